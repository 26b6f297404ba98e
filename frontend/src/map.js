// The map: bundled Natural Earth outlines (offline), optional tiles, clustered event markers.
import L from "leaflet";
import "leaflet.markercluster";
import { feature } from "topojson-client";
import { PLOVER, colour } from "./api.js";

const SAFE_TYPE = new Set(PLOVER);

export function createMap(node, { tileUrl, onSelect }) {
  const map = L.map(node, { worldCopyJump: true, preferCanvas: true, minZoom: 1, maxZoom: 14 })
    .setView([25, 30], 2);
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 18, attribution: "tiles: see --tile-url" }).addTo(map);
  }
  fetch("/static/countries-50m.json")
    .then((r) => r.json())
    .then((topo) => {
      const countries = feature(topo, topo.objects.countries);
      for (const f of countries.features) unwrapGeometry(f.geometry);
      L.geoJSON(countries, {
        renderer: L.canvas(),
        interactive: false,
        style: { color: "#8a8f98", weight: 0.6, fillColor: tileUrl ? "transparent" : "#eef0ea",
                 fillOpacity: tileUrl ? 0 : 1 },
      }).addTo(map);
      map.attributionControl.addAttribution("Natural Earth");
    })
    .catch(() => { /* the markers still work without outlines */ });

  const clusters = L.markerClusterGroup({
    chunkedLoading: true,
    showCoverageOnHover: false,
    maxClusterRadius: 40,
    iconCreateFunction: (cluster) => clusterIcon(cluster),
  });
  map.addLayer(clusters);

  let fitted = false;

  function setPoints(rows, fields) {
    const idx = Object.fromEntries(fields.map((f, i) => [f, i]));
    clusters.clearLayers();
    const markers = [];
    for (const row of rows) {
      const type = SAFE_TYPE.has(row[idx.plover_type]) ? row[idx.plover_type] : "OTHER";
      const marker = L.marker([row[idx.lat], row[idx.lon]], {
        icon: L.divIcon({ className: `ev-marker t-${type}`, iconSize: [14, 14] }),
        title: `${type} ${row[idx.date_start] || ""} ${row[idx.location_name] || ""}`,
        keyboard: true,
      });
      marker.eventType = type;
      marker.eventId = row[idx.event_id];
      marker.on("click", () => onSelect(marker.eventId));
      markers.push(marker);
    }
    clusters.addLayers(markers);
    node.dataset.markers = String(markers.length);
    if (!fitted && markers.length) {
      fitted = true;
      map.fitBounds(clusters.getBounds().pad(0.3), { maxZoom: 6 });
    }
    return markers.length;
  }

  return { map, setPoints, clusters };
}

// Rings crossing the antimeridian (Russia, Fiji) jump from +180 to -180; shifting the rest of
// the ring by 360 degrees keeps it whole instead of drawing a line across the world.
function unwrapRing(ring) {
  let shift = 0;
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i][0] + shift - ring[i - 1][0];
    if (d > 180) shift -= 360;
    else if (d < -180) shift += 360;
    ring[i] = [ring[i][0] + shift, ring[i][1]];
  }
}

function unwrapGeometry(g) {
  if (!g) return;
  if (g.type === "Polygon") g.coordinates.forEach(unwrapRing);
  else if (g.type === "MultiPolygon") g.coordinates.forEach((p) => p.forEach(unwrapRing));
}

function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const counts = {};
  for (const m of children) counts[m.eventType] = (counts[m.eventType] || 0) + 1;
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  const div = document.createElement("div");
  div.className = "ev-cluster";
  div.style.background = colour(top);
  div.textContent = String(children.length);
  const size = children.length < 10 ? 28 : children.length < 100 ? 34 : 42;
  return L.divIcon({ html: div, className: "ev-cluster-wrap", iconSize: [size, size] });
}
