"""``eventscope serve``: the REST API and the web page over one database."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ._common import friendly_errors


def _migrate_if_old(db_path: Path) -> None:
    """Bring a database made by an older eventscope up to date once (the server reads it
    read-only, and a read-only connection cannot migrate). Newer or foreign files are left
    alone: the server's own open then gives the clear error."""
    import sqlite3
    from urllib.parse import quote

    from ..store import Store
    from ..store.schema import current_version, latest_version

    try:
        conn = sqlite3.connect(f"file:{quote(str(db_path.resolve()))}?mode=ro", uri=True)
        try:
            version = current_version(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return
    if 0 < version < latest_version():
        click.echo(f"eventscope: migrating {db_path} from schema version {version} to "
                   f"{latest_version()}", err=True)
        Store(db_path).close()


@click.command()
@click.option("--db", "db_path", required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="SQLite database made by `eventscope ingest` or `eventscope demo`.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; 0.0.0.0 exposes the server to your network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", default=None, envvar="EVENTSCOPE_TOKEN",
              help="Enable POST /api/ingest for requests bearing this token "
                   "[env EVENTSCOPE_TOKEN]. Without it the server is read-only.")
@click.option("--tile-url", default=None, metavar="URL",
              help="XYZ tile template for an online basemap, e.g. "
                   "https://tile.openstreetmap.org/{z}/{x}/{y}.png. Default: the bundled "
                   "country outlines only (works offline).")
@click.option("--max-body", "max_body_mb", default=5.0, show_default=True, type=float,
              help="Largest ingest request body, in MB.")
@friendly_errors
def serve_cli(db_path: Path, host: str, port: int, token: str | None, tile_url: str | None,
              max_body_mb: float) -> None:
    """Serve --db: the web page at / and the REST API at /api (documented at /docs)."""
    import uvicorn

    from ..serve import create_app

    if token is not None and len(token) < 16:
        raise click.BadParameter("use a token of at least 16 characters.", param_hint="--token")
    _migrate_if_old(db_path)
    app = create_app(db_path, token=token, tile_url=tile_url,
                     max_body_bytes=int(max_body_mb * 1024 * 1024))
    click.echo(f"eventscope: serving {db_path} at http://{host}:{port}/ "
               f"({'ingest on' if token else 'read-only'}); Ctrl-C stops.", err=True)
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("EVENTSCOPE_LOG", "warning"))
