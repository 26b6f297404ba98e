// Building DOM nodes safely: text always goes in through text nodes, never as HTML.

/** el("a", {class: "x", href: "#/event/1"}, "text", child) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "href") {
      node.setAttribute("href", safeHref(String(value)));
    } else if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else if (key === "style" && typeof value === "object") {
      Object.assign(node.style, value);
    } else if (/^(class|id|title|type|value|name|for|role|tabindex|placeholder|min|max|list|checked|aria-[a-z]+|data-[a-z-]+)$/.test(key)) {
      if (key === "checked") node.checked = Boolean(value);
      else if (key === "value") node.value = String(value);
      else node.setAttribute(key, String(value));
    } else {
      throw new Error(`el(): attribute ${key} is not allowed`);
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Only in-page links: anything else (javascript:, data:, remote) becomes "#". */
export function safeHref(href) {
  return href.startsWith("#") ? href : "#";
}

/** An external link to a document's source URL: http(s) only, opened without a referrer. */
export function externalLink(url, label) {
  let ok = false;
  try {
    const u = new URL(url);
    ok = u.protocol === "http:" || u.protocol === "https:";
  } catch (e) { ok = false; }
  if (!ok) return el("span", { class: "url" }, url);
  const a = document.createElement("a");
  a.href = url; // a vetted http(s) URL
  a.rel = "noopener noreferrer nofollow";
  a.target = "_blank";
  a.textContent = label || url;
  return a;
}

export function svg(tag, attrs = {}) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}
