// The REST API, as small functions returning parsed JSON.

export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) { for (const v of value) q.append(key, v); } else q.append(key, value);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

export async function get(path, params = {}) {
  const response = await fetch(`/api/${path}${query(params)}`, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = body.error || (body.detail && JSON.stringify(body.detail)) || response.statusText;
    throw new Error(`${response.status}: ${message}`);
  }
  return body;
}

export const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

export const FACTUALITY = ["asserted", "reported", "hedged", "speculative", "negated", "future"];

// Cooperative types in blues/greens, verbal conflict in ambers, material conflict in reds.
export const COLOURS = {
  AGREE: "#1b9e77", CONSULT: "#66c2a5", SUPPORT: "#2c7fb8", CONCEDE: "#41b6c4",
  COOPERATE: "#0868ac", AID: "#7fcdbb", RETREAT: "#9e9ac8", REQUEST: "#807dba",
  ACCUSE: "#fdae61", REJECT: "#f4a582", THREATEN: "#e08214", PROTEST: "#b35806",
  SANCTION: "#d6604d", MOBILIZE: "#8c510a", COERCE: "#b2182b", ASSAULT: "#67001f",
};

export function colour(type) { return COLOURS[type] || "#555"; }
