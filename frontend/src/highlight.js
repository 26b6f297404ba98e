// Text with highlighted spans, built from text nodes and <mark> elements (never HTML strings).
import { el } from "./dom.js";

// When spans overlap, the one with the smallest rank wins the colour of the overlap.
const RANK = { trigger: 0, source: 1, target: 2, place: 3, date: 4, fatalities: 5, cue: 6,
  actor: 7, evidence: 8 };

/**
 * Render text[from:to] with spans [{start, end, role, label}] marked. Offsets are into `text`.
 * Returns a <span> whose textContent is exactly text.slice(from, to).
 */
export function highlight(text, from, to, spans) {
  const inside = spans.filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.end > s.start && s.end > from && s.start < to);
  const cuts = new Set([from, to]);
  for (const s of inside) { cuts.add(Math.max(from, s.start)); cuts.add(Math.min(to, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = el("span", { class: "hl-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = inside.filter((s) => s.start <= a && s.end >= b)
      .sort((p, q) => (RANK[p.role] ?? 9) - (RANK[q.role] ?? 9));
    if (!covering.length) { out.appendChild(document.createTextNode(piece)); continue; }
    const top = covering[0];
    const roles = [...new Set(covering.map((s) => s.role))];
    out.appendChild(el("mark", {
      class: `hl hl-${top.role}`, "data-role": roles.join(" "),
      title: covering.map((s) => s.label || s.role).join("; "),
    }, piece));
  }
  return out;
}

/** The spans of one event, by role, for highlight(). */
export function eventSpans(e) {
  const spans = [];
  if (e.trigger) spans.push({ ...e.trigger, role: "trigger", label: `trigger (${e.plover_type})` });
  for (const a of e.source || []) spans.push({ start: a.start, end: a.end, role: "source", label: `source: ${a.name || a.text}` });
  for (const a of e.target || []) spans.push({ start: a.start, end: a.end, role: "target", label: `target: ${a.name || a.text}` });
  if (e.location) spans.push({ start: e.location.start, end: e.location.end, role: "place", label: `place: ${e.location.name || e.location.text}` });
  if (e.date && Number.isInteger(e.date.span_start)) {
    spans.push({ start: e.date.span_start, end: e.date.span_end, role: "date", label: `date: ${e.date.start}..${e.date.end}` });
  }
  if (e.fatalities && Number.isInteger(e.fatalities.start)) {
    spans.push({ start: e.fatalities.start, end: e.fatalities.end, role: "fatalities", label: "fatalities" });
  }
  if (e.factuality_cue) spans.push({ ...e.factuality_cue, role: "cue", label: `factuality: ${e.factuality}` });
  return spans;
}
