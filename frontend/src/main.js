// eventscope page: filters -> (map, timeline, list); hash routes -> the side view.
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "./style.css";
import { FACTUALITY, PLOVER, colour, get } from "./api.js";
import { clear, el } from "./dom.js";
import { createMap } from "./map.js";
import { createTimeline } from "./timeline.js";
import { enc, eventList, showActor, showDocument, showEvent } from "./views.js";

// The most markers drawn at once (the newest first); beyond it the status line says so.
const MAP_CAP = 20000;
// The point columns the map uses (fewer columns: a smaller, faster /api/points answer).
const MAP_FIELDS = "event_id,lat,lon,plover_type,date_start,location_name";

const state = {
  filters: { type: [], factuality: [], actor: "", country: "", since: "", until: "", q: "" },
  brush: null, // {since, until} from the timeline
  seq: 0,
};
const page = { markers: 0, listed: 0, total: 0, ready: false, errors: [] };
window.eventscope = page; // read by the browser tests

const $ = (id) => document.getElementById(id);

function params({ withBrush }) {
  const f = state.filters;
  const p = { type: f.type, factuality: f.factuality, actor: f.actor, country: f.country,
    since: f.since, until: f.until, q: f.q };
  if (withBrush && state.brush) {
    p.since = f.since && f.since > state.brush.since ? f.since : state.brush.since;
    p.until = f.until && f.until < state.brush.until ? f.until : state.brush.until;
  }
  return p;
}

function setStatus(text, isError = false) {
  const s = $("status");
  s.textContent = text;
  s.classList.toggle("error", isError);
}

let mapView;
let timeline;

async function refresh({ timelineToo = true } = {}) {
  const seq = ++state.seq;
  page.ready = false;
  delete document.body.dataset.ready;
  try {
    const p = params({ withBrush: true });
    const [pts, list, counts] = await Promise.all([
      get("points", { ...p, limit: MAP_CAP, fields: MAP_FIELDS }),
      get("events", { ...p, limit: 200 }),
      timelineToo ? get("counts", { ...params({ withBrush: false }), by: "day" }) : null,
    ]);
    if (seq !== state.seq) return;
    if (counts) {
      let rows = counts.counts;
      let by = "day";
      if (rows.length) {
        const first = new Date(rows[0].period);
        const last = new Date(rows[rows.length - 1].period);
        if ((last - first) / 864e5 > 400) {
          rows = (await get("counts", { ...params({ withBrush: false }), by: "week" })).counts;
          by = "week";
        }
      }
      timeline.render(rows, by, state.brush);
    }
    page.markers = mapView.setPoints(pts.points, pts.fields);
    page.listed = list.events.length;
    page.total = list.total;
    const listNode = clear($("list"));
    listNode.appendChild(el("h2", {}, `${list.total} events`,
      list.total > list.events.length ? ` (first ${list.events.length})` : "",
      state.brush ? el("span", { class: "brushed" }, ` · ${state.brush.since} – ${state.brush.until} `,
        el("button", { type: "button", class: "link", onclick: () => { state.brush = null; refresh(); } }, "clear")) : ""));
    listNode.appendChild(eventList(list.events, openEvent));
    setStatus(`${list.total} events · ${page.markers} on the map` +
      (pts.count >= MAP_CAP ? " (the newest; filter or brush to see others)" : ""));
    page.ready = true;
    document.body.dataset.ready = String(seq);
  } catch (err) {
    page.errors.push(String(err));
    setStatus(String(err.message || err), true);
  }
}

function openEvent(id) { location.hash = `#/event/${enc(id)}`; }

async function route() {
  const view = $("view");
  const parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  try {
    if (parts[0] === "event" && parts[1]) {
      await showEvent(view, parts[1]);
    } else if (parts[0] === "document" && parts[1]) {
      await showDocument(view, parts[1], parts[2]);
    } else if (parts[0] === "actor" && parts[1]) {
      await showActor(view, parts[1], openEvent);
    } else {
      clear(view);
      return;
    }
    view.prepend(el("button", { type: "button", class: "close", onclick: () => { location.hash = "#/"; } }, "× close"));
  } catch (err) {
    clear(view).appendChild(el("p", { class: "error" }, String(err.message || err)));
  }
}

function checkboxes(name, values, colours) {
  return el("fieldset", {}, el("legend", {}, name),
    values.map((v) => el("label", { class: "check" },
      el("input", { type: "checkbox", name, value: v, onchange: readFilters }),
      colours ? el("span", { class: "swatch", style: { background: colour(v) } }) : null,
      ` ${v.toLowerCase()}`)));
}

function readFilters() {
  const form = $("filter-form");
  const checked = (name) => [...form.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);
  const f = state.filters;
  f.type = checked("type");
  f.factuality = checked("factuality");
  for (const key of ["actor", "country", "since", "until", "q"]) f[key] = form.elements[key].value.trim();
  refresh();
}

function buildFilters(actors) {
  const text = (name, label, attrs = {}) => el("label", { class: "field" }, label,
    el("input", { name, type: "text", ...attrs }));
  const form = el("form", { id: "filter-form", onsubmit: (e) => { e.preventDefault(); readFilters(); } },
    text("q", "Text in evidence", { placeholder: "words, \"a phrase\", prefix*" }),
    text("actor", "Actor", { list: "actor-names", placeholder: "id or name" }),
    el("datalist", { id: "actor-names" }, actors.map((a) => el("option", { value: a.name || a.actor_id }))),
    text("country", "Country", { placeholder: "ISO code, e.g. SY" }),
    el("label", { class: "field" }, "Since", el("input", { name: "since", type: "date" })),
    el("label", { class: "field" }, "Until", el("input", { name: "until", type: "date" })),
    el("div", { class: "buttons" },
      el("button", { type: "submit" }, "Apply"),
      el("button", { type: "reset", onclick: () => setTimeout(() => { state.brush = null; readFilters(); }) }, "Reset")),
    checkboxes("type", PLOVER, true),
    checkboxes("factuality", FACTUALITY, false),
    el("h3", {}, "Top actors"),
    el("ul", { class: "top-actors" }, actors.slice(0, 12).map((a) => el("li", {},
      el("a", { href: `#/actor/${enc(a.actor_id)}` }, a.name || a.actor_id), ` (${a.events})`))),
  );
  for (const name of ["since", "until"]) form.elements[name].addEventListener("change", readFilters);
  clear($("filters")).appendChild(form);
}

async function main() {
  const [config, actorList] = await Promise.all([get("config"), get("actors", { limit: 200 })]);
  buildFilters(actorList.actors);
  mapView = createMap($("map"), { tileUrl: config.tile_url, onSelect: openEvent });
  timeline = createTimeline($("timeline"), {
    onBrush: (range) => { state.brush = range; refresh({ timelineToo: false }); },
  });
  window.addEventListener("hashchange", route);
  let resizeTimer;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { mapView.map.invalidateSize(); timeline.rerender(state.brush); }, 200);
  });
  await refresh();
  await route();
}

main().catch((err) => { page.errors.push(String(err)); setStatus(String(err.message || err), true); });
