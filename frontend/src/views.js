// The side views: one event with its evidence, one actor with its network, one document.
import { colour, get } from "./api.js";
import { clear, el, externalLink, svg } from "./dom.js";
import { eventSpans, highlight } from "./highlight.js";

export const enc = encodeURIComponent;

export function typeBadge(type) {
  return el("span", { class: "badge", style: { background: colour(type) } }, type);
}

function actorLinks(list) {
  if (!list || !list.length) return "–";
  return list.map((a, i) => [i ? ", " : "",
    a.actor_id ? el("a", { href: `#/actor/${enc(a.actor_id)}`, class: "actor" }, a.name || a.text)
      : el("span", { class: "actor" }, a.name || a.text)]);
}

function dateText(d) {
  if (!d) return "–";
  return d.start === d.end ? `${d.start} (${d.precision})` : `${d.start} – ${d.end} (${d.precision})`;
}

function row(label, ...value) {
  return el("tr", {}, el("th", {}, label), el("td", {}, ...value));
}

export async function showEvent(node, eventId) {
  const e = await get(`events/${enc(eventId)}`);
  const doc = e.document || { text: "" };
  const spans = eventSpans(e);
  const mentions = (e.mentions && e.mentions.length) ? e.mentions : [e.evidence];
  const loc = e.location;
  clear(node).appendChild(el("article", { class: "event-view", "data-event-id": e.event_id },
    el("h2", {}, typeBadge(e.plover_type), " ", e.plover_mode || ""),
    el("div", { class: "evidence", "aria-label": "Evidence" },
      mentions.map((m) => el("blockquote", {}, highlight(doc.text, m.start, m.end, spans)))),
    el("p", { class: "legend" }, ["trigger", "source", "target", "place", "date"].map((r) =>
      el("mark", { class: `hl hl-${r}` }, r)), " "),
    el("table", { class: "facts" },
      row("Source", actorLinks(e.source)),
      row("Target", actorLinks(e.target)),
      row("Where", loc ? `${loc.name || loc.text}${loc.country_code ? ` (${loc.country_code})` : ""}` : "–"),
      row("When", dateText(e.date)),
      row("Factuality", e.factuality, e.attributed_to ? ` — according to ${e.attributed_to.name || e.attributed_to.text}` : ""),
      row("Confidence", String(e.confidence)),
      row("Fatalities", e.fatalities ? `${e.fatalities.min}–${e.fatalities.max}` : "–"),
      row("ACLED", e.acled_event_type ? `${e.acled_event_type} / ${e.acled_sub_event_type || ""}` : "–"),
      row("CAMEO", e.cameo_root || "–"),
      row("Document", el("a", { href: `#/document/${enc(String(e.document_id))}/${enc(e.event_id)}`, class: "doc-link" },
        e.title || e.doc_id), e.pub_date ? ` (${e.pub_date})` : ""),
      e.url ? row("Source URL", externalLink(e.url)) : null,
      row("Event id", e.event_id),
    )));
  return e;
}

export async function showDocument(node, key, eventId) {
  const d = await get(`documents/${enc(key)}`);
  const spans = [];
  for (const p of d.places || []) spans.push({ start: p.start, end: p.end, role: "place", label: `place: ${p.name || p.text}` });
  for (const a of d.actors || []) spans.push({ start: a.start, end: a.end, role: "actor", label: `actor: ${a.name || a.text}` });
  let focus = null;
  for (const e of d.events || []) {
    if (e.trigger) spans.push({ ...e.trigger, role: "trigger", label: `${e.plover_type} (${e.event_id})` });
    if (e.event_id === eventId) focus = e;
  }
  if (focus) spans.push(...eventSpans(focus).filter((s) => s.role !== "trigger"),
    { start: focus.evidence.start, end: focus.evidence.end, role: "evidence", label: "evidence" });
  const body = highlight(d.text, 0, d.text.length, spans);
  body.classList.add("doc-text");
  clear(node).appendChild(el("article", { class: "doc-view", "data-document-id": String(d.document_id) },
    el("h2", {}, d.title || d.doc_id),
    el("p", { class: "meta" }, [d.pub_date, d.source, d.doc_id].filter(Boolean).join(" · "), " ",
      d.url ? externalLink(d.url, "source") : ""),
    el("p", { class: "meta" }, `${(d.events || []).length} events, ${(d.places || []).length} places, ${(d.actors || []).length} actor mentions`),
    el("div", { class: "reader" }, body)));
  const target = node.querySelector("mark.hl-evidence, mark[data-role~='evidence']");
  if (target) target.scrollIntoView({ block: "center" });
  return d;
}

export async function showActor(node, actorId, onEvent) {
  const a = await get(`actors/${enc(actorId)}`);
  clear(node).appendChild(el("article", { class: "actor-view", "data-actor-id": a.actor_id },
    el("h2", {}, a.name || a.actor_id),
    el("p", { class: "meta" }, [a.kind, a.country_code, a.code].filter(Boolean).join(" · "),
      ` — ${a.events} events, ${a.mentions} mentions`),
    el("h3", {}, "Counterparts"),
    network(a),
    el("ul", { class: "counterparts" }, a.counterparts.map((c) => el("li", {},
      c.actor_id ? el("a", { href: `#/actor/${enc(c.actor_id)}` }, c.name || c.actor_id) : (c.name || "?"),
      ` — ${c.events} events (${c.as_source} as its target, ${c.as_target} as its source)`))),
    el("h3", {}, "Events"),
    eventList(a.events, onEvent)));
  return a;
}

function network(a) {
  const size = 260;
  const c = size / 2;
  const root = svg("svg", { width: size, height: size, class: "network", role: "img" });
  const peers = a.counterparts.slice(0, 16);
  const max = Math.max(1, ...peers.map((p) => p.events));
  peers.forEach((p, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, peers.length) - Math.PI / 2;
    const x = c + Math.cos(angle) * 95;
    const y = c + Math.sin(angle) * 95;
    root.appendChild(svg("line", { x1: c, y1: c, x2: x, y2: y, stroke: "#999", "stroke-width": 1 + (4 * p.events) / max }));
    const dot = svg("circle", { cx: x, cy: y, r: 6, fill: "#2c7fb8" });
    const title = svg("title", {});
    title.textContent = `${p.name}: ${p.events} events`;
    dot.appendChild(title);
    root.appendChild(dot);
    const label = svg("text", { x, y: y + (y > c ? 16 : -9), "text-anchor": "middle", class: "net-label" });
    label.textContent = (p.name || "?").slice(0, 18);
    root.appendChild(label);
  });
  root.appendChild(svg("circle", { cx: c, cy: c, r: 10, fill: "#b2182b" }));
  const me = svg("text", { x: c, y: c + 24, "text-anchor": "middle", class: "net-label me" });
  me.textContent = (a.name || a.actor_id).slice(0, 24);
  root.appendChild(me);
  return root;
}

export function eventList(events, onEvent) {
  return el("ol", { class: "events" }, events.map((e) => {
    const src = (e.source || []).map((x) => x.name || x.text).join(", ");
    const tgt = (e.target || []).map((x) => x.name || x.text).join(", ");
    const ev = (e.evidence && e.evidence.text) || "";
    return el("li", { class: "event-item", "data-event-id": e.event_id, tabindex: 0,
      onclick: () => onEvent(e.event_id),
      onkeydown: (k) => { if (k.key === "Enter") onEvent(e.event_id); } },
    el("div", { class: "line1" }, typeBadge(e.plover_type), " ",
      el("span", { class: "date" }, (e.date && e.date.start) || "undated"), " ",
      el("span", { class: "where" }, (e.location && (e.location.name || e.location.text)) || ""), " ",
      el("span", { class: "fact" }, e.factuality)),
    el("div", { class: "who" }, `${src || "–"} → ${tgt || "–"}`),
    el("div", { class: "snippet" }, ev.length > 160 ? `${ev.slice(0, 160)}…` : ev));
  }));
}
