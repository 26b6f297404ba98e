// Bundle src/ into ../eventscope/serve/static (committed, so `pip install` is all a user needs).
// Usage: npm ci && npm run build
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "eventscope", "serve", "static");
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { app: join(here, "src", "main.js") },
  bundle: true,
  minify: true,
  format: "iife",
  target: ["chrome100", "firefox100", "safari15"],
  outdir: out,
  loader: { ".png": "dataurl", ".svg": "dataurl" },
  legalComments: "linked",
  logLevel: "info",
});

copyFileSync(join(here, "src", "index.html"), join(out, "index.html"));
// Natural Earth 1:50m country outlines (world-atlas), fetched by the page as its basemap.
copyFileSync(join(here, "node_modules", "world-atlas", "countries-50m.json"),
             join(out, "countries-50m.json"));

// Swagger UI (swagger-ui-dist) for the API's /docs page, served from here instead of a CDN so
// that it works offline.
const swagger = join(out, "swagger");
mkdirSync(swagger, { recursive: true });
for (const name of ["swagger-ui-bundle.js", "swagger-ui-bundle.js.LICENSE.txt", "swagger-ui.css",
  "favicon-32x32.png", "LICENSE", "NOTICE"]) {
  copyFileSync(join(here, "node_modules", "swagger-ui-dist", name), join(swagger, name));
}
