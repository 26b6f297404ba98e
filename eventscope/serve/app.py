"""The FastAPI application: a read-only REST API over one eventscope database, plus the page.

``create_app(db_path)`` is the whole server; ``eventscope serve`` runs it with uvicorn. Reads use
one read-only connection per worker thread (WAL lets them read while an ingest writes). Bad
parameters are answered with a 4xx that names the parameter, never a 500.

>>> app = create_app("news.db")          # doctest: +SKIP
>>> # uvicorn.run(app, host="127.0.0.1", port=8000)
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, AsyncIterator
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import (FileResponse, HTMLResponse, JSONResponse, Response,
                               StreamingResponse)
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..errors import EventscopeError, StoreError
from ..store import EventFilter, FilterError, Store
from ..store import queries
from .ingest import DEFAULT_MAX_BODY, Ingester, token_ok
from .params import MAX_LIMIT, MAX_OFFSET, MAX_POINTS, event_filter

Filter = Annotated[EventFilter, Depends(event_filter)]

STATIC = Path(__file__).resolve().parent / "static"

#: export format -> (media type, file suffix)
EXPORT_TYPES: dict[str, tuple[str, str]] = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "acled_csv": ("text/csv; charset=utf-8", "acled.csv"),
    "geojson": ("application/geo+json", "geojson"),
    "jsonl": ("application/x-ndjson", "jsonl"),
}

POINT_FIELDS = queries.POINT_FIELDS

#: Swagger UI's files, bundled from npm (swagger-ui-dist) by frontend/build.mjs.
SWAGGER = "/static/swagger"
#: FastAPI's Swagger page starts the UI with an inline script; nothing may come from elsewhere.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def _json(obj: Any, status: int = 200) -> Response:
    """Serialise with the standard library (much faster than FastAPI's encoder on big lists)."""
    return Response(json.dumps(obj, ensure_ascii=False, separators=(",", ":")),
                    status_code=status, media_type="application/json")


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status)


def _raw_json(text: str) -> Response:
    """A body already encoded as JSON (by SQLite): sent as it is."""
    return Response(text, media_type="application/json")


def _sql(store: Store, fn: Callable[..., Any], *args: Any) -> Any:
    """Run a query function on the store's connection; SQLite errors become StoreError (503)."""
    try:
        return fn(store.connection, *args)
    except sqlite3.Error as e:
        raise StoreError(f"Query on {store.path} failed: {e}.") from e


def _fields(raw: str | None) -> tuple[str, ...]:
    """``fields=a,b`` -> a tuple of known point fields, in the order asked."""
    if raw is None:
        return POINT_FIELDS
    names = tuple(dict.fromkeys(p.strip() for p in raw.split(",") if p.strip()))
    unknown = [n for n in names if n not in POINT_FIELDS]
    if unknown or not names:
        raise FilterError(f"fields={raw!r}: unknown or no field names {unknown}. Valid: "
                          f"{', '.join(POINT_FIELDS)}.")
    return names


class Readers:
    """One read-only :class:`Store` per thread, all closed together at shutdown."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.db_path, readonly=True)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for s in self._all:
                s.close()
            self._all.clear()


def _csp(tile_url: str | None) -> str:
    img = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        if parts.scheme in ("http", "https") and parts.netloc:
            host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tile_url else parts.netloc
            img += f" {parts.scheme}://{host}"
    return ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src {img}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


def create_app(db_path: str | Path, *, token: str | None = None, tile_url: str | None = None,
               max_body_bytes: int = DEFAULT_MAX_BODY,
               pipeline_factory: Callable[[], Any] | None = None) -> FastAPI:
    """The server for the database at ``db_path``, read-only unless ``token`` is given.

    - ``token``: enables ``POST /api/ingest`` for requests with ``Authorization: Bearer TOKEN``.
    - ``tile_url``: an XYZ tile template (``https://{s}.tile.example/{z}/{x}/{y}.png``) for
      users who are online; the page always draws the bundled country outlines.
    - ``pipeline_factory``: builds the pipeline for ingest (default: ``eventscope.load()``).
    """
    db = str(db_path)
    try:  # fail now, with a clear message, if it cannot be read
        Store(db, readonly=True).close()
    except sqlite3.Error as e:
        raise StoreError(f"Cannot read {db}: {e}. Is it a database made by eventscope "
                         "(`eventscope ingest` or `eventscope demo`)?") from e
    readers = Readers(db)
    ingester = Ingester(db, pipeline_factory) if token else None
    csp = _csp(tile_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        readers.close()

    # /docs is served below from bundled files; ReDoc would load its script from a CDN, so it
    # is off (the OpenAPI document stays at /openapi.json for any other viewer).
    app = FastAPI(title="eventscope", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="Events extracted from news: who did what to whom, where, when, "
                              "how sure, and which sentence says so.")

    @app.exception_handler(FilterError)
    async def _bad_filter(_: Request, e: FilterError) -> JSONResponse:
        return _error(400, str(e))

    @app.exception_handler(StoreError)
    async def _store_error(_: Request, e: StoreError) -> JSONResponse:
        return _error(503, f"The database could not answer: {e}")

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault(
            "Content-Security-Policy", DOCS_CSP if request.url.path == "/docs" else csp)
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    @app.get("/api/config", tags=["meta"])
    def config() -> dict[str, Any]:
        """What the page needs to know: version, tile URL, whether ingest is on, totals."""
        s = readers.get().summary(top=0)
        return {"version": __version__, "tile_url": tile_url, "ingest": token is not None,
                "documents": s["documents"], "events": s["events"],
                "events_by_type": s["events_by_type"], "schema_version": s["schema_version"]}

    @app.get("/api/events", tags=["events"])
    def list_events(f: Filter,
                    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = 100,
                    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> Response:
        """Events matching every filter, sorted by ``sort``, one page at a time."""
        store = readers.get()
        f.limit, f.offset = limit, offset
        return _json({"total": store.count(f), "limit": limit, "offset": offset,
                      "events": store.events(f)})

    @app.get("/api/points", tags=["events"])
    def points(f: Filter, limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = MAX_POINTS,
               fields: Annotated[str | None, Query(
                   description="Comma-separated columns to return, in this order (default: "
                               "all of " + ", ".join(POINT_FIELDS) + ").",
                   max_length=300)] = None) -> Response:
        """Located events as compact rows for the map: ``fields`` names the columns.

        With ``limit`` below the number of matches, the newest (by ``sort``) come back.
        """
        f.limit = limit
        names = _fields(fields)
        n, rows = _sql(readers.get(), queries.points_json, f, names)
        head = json.dumps({"fields": names, "count": n}, separators=(",", ":"))
        return _raw_json(f'{head[:-1]},"points":{rows}}}')

    @app.get("/api/events/{event_id}", tags=["events"])
    def one_event(event_id: Annotated[str, PathParam(max_length=300)]) -> Response:
        """One event with all its argument spans and its source document (text included)."""
        e = readers.get().event(event_id)
        if e is None:
            return _error(404, f"No event {event_id!r}.")
        return _json(e)

    @app.get("/api/documents/{key}", tags=["documents"])
    def document(key: Annotated[str, PathParam(max_length=300)]) -> Response:
        """A document by number or ``doc_id``: cleaned text, sentences and every span."""
        lookup: int | str = int(key) if key.isdigit() and len(key) < 18 else key
        d = readers.get().document(lookup)
        if d is None:
            return _error(404, f"No document {key!r}.")
        return _json(d)

    @app.get("/api/actors", tags=["actors"])
    def actors(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
               offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> Response:
        """Actor identities with event and mention counts, most active first."""
        return _json({"actors": readers.get().actors(limit=limit, offset=offset)})

    @app.get("/api/actors/{actor_id}", tags=["actors"])
    def one_actor(actor_id: Annotated[str, PathParam(max_length=300)],
                  limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = 100) -> Response:
        """One actor: its counts, its counterpart actors (the network) and its events."""
        store = readers.get()
        a = queries.actor(store.connection, actor_id)
        if a is None:
            return _error(404, f"No actor {actor_id!r}; list them at /api/actors.")
        a["counterparts"] = queries.counterparts(store.connection, actor_id)
        a["events"] = store.events(EventFilter(actor_id=actor_id, limit=limit))
        return _json(a)

    @app.get("/api/places", tags=["places"])
    def places(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
               offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> Response:
        """Resolved places with mention and event counts, most mentioned first."""
        return _json({"places": readers.get().places(limit=limit, offset=offset)})

    @app.get("/api/counts", tags=["events"])
    def counts(f: Filter, by: Annotated[str, Query(pattern="^(day|week|month|year)$")] = "day"
               ) -> Response:
        """Matching events per period and PLOVER type, for timelines (undated ones left out)."""
        rows = _sql(readers.get(), queries.counts_json, by, f)
        return _raw_json(f'{{"by":{json.dumps(by)},"counts":{rows}}}')

    @app.get("/api/export", tags=["events"])
    def export(f: Filter, format: Annotated[str, Query(
                   pattern="^(csv|geojson|jsonl|acled_csv)$")] = "jsonl",
               limit: Annotated[int | None, Query(ge=1)] = None) -> StreamingResponse:
        """Every matching event in one file: CSV, GeoJSON, JSON Lines or ACLED-style CSV."""
        from .. import export as _exporters  # noqa: F401  (registers the exporters)
        from ..registry import exporters

        f.limit = limit
        writer = exporters.get(format)
        spool = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024, mode="w+",
                                              encoding="utf-8", newline="")
        writer(readers.get().iter_events(f), spool)
        spool.seek(0)

        def chunks() -> Iterator[bytes]:
            try:
                while piece := spool.read(256 * 1024):
                    yield piece.encode("utf-8")
            finally:
                spool.close()

        media, suffix = EXPORT_TYPES[format]
        return StreamingResponse(chunks(), media_type=media, headers={
            "Content-Disposition": f'attachment; filename="events.{suffix}"'})

    @app.post("/api/ingest", tags=["ingest"], status_code=200)
    async def ingest(request: Request) -> Response:
        """Ingest a page (text/plain, text/html) or JSON Lines; needs ``Authorization: Bearer``.

        Optional query parameters for a single page: ``id``, ``date``, ``title``, ``url``,
        ``source``. Off (403) unless the server was started with a token.
        """
        if ingester is None or token is None:
            return _error(403, "Ingest is off: start the server with --token to enable it.")
        if not token_ok(request.headers.get("authorization"), token):
            r = _error(401, "Missing or wrong token: send 'Authorization: Bearer TOKEN'.")
            r.headers["WWW-Authenticate"] = "Bearer"
            return r
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > max_body_bytes):
            return _error(413, f"Body larger than the limit of {max_body_bytes:,} bytes.")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > max_body_bytes:
                return _error(413, f"Body larger than the limit of {max_body_bytes:,} bytes.")
        if not body.strip():
            return _error(400, "Empty body: send a page or JSON Lines.")
        meta = {k: (request.query_params.get(k) or None)
                for k in ("id", "date", "title", "url", "source")}
        if any(v is not None and len(v) > 2000 for v in meta.values()):
            return _error(400, "Query parameters id, date, title, url, source: 2000 chars max.")
        from starlette.concurrency import run_in_threadpool

        try:
            result = await run_in_threadpool(ingester.run, bytes(body),
                                             request.headers.get("content-type", ""), meta)
        except EventscopeError as e:
            return _error(400, f"{type(e).__name__}: {e}")
        return _json(result.to_dict())

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        page = STATIC / "index.html"
        if not page.is_file():
            return _error(404, "The page is not built: run `npm run build` in frontend/.")
        return FileResponse(page, media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI from the bundled files: the API reference works with no internet."""
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title="eventscope API",
            swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
            swagger_css_url=f"{SWAGGER}/swagger-ui.css",
            swagger_favicon_url=f"{SWAGGER}/favicon-32x32.png")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")
    return app


__all__ = ["create_app", "EXPORT_TYPES", "POINT_FIELDS"]
