"""``eventscope watch``: poll feeds, URL lists and directories into the SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from ..pipeline import load
from ._common import db_option, friendly_errors, make_config, pipeline_options


@click.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--every", type=click.FloatRange(min=1.0), default=300.0, show_default=True,
              metavar="SECONDS", help="Seconds from the start of one poll to the next.")
@click.option("--once", is_flag=True, help="Poll every source one time and exit.")
@click.option("--rate-per-host", type=click.FloatRange(min=0.001), default=1.0,
              show_default=True, metavar="R",
              help="Requests per second to one host (robots.txt Crawl-delay can slow it).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
              metavar="S", help="Seconds to wait for a connection or a response.")
@click.option("--retries", type=click.IntRange(min=0), default=2, show_default=True,
              metavar="N", help="Retries of a request after a connect error, timeout, 5xx or 429.")
@click.option("--user-agent", default=None, metavar="UA",
              help="User-Agent header [default: eventscope/VERSION (...)].")
@click.option("--max-pages", type=click.IntRange(min=1), default=None, metavar="N",
              help="Fetch at most N new pages per poll; the rest wait for the next poll.")
@click.option("-v", "--verbose", is_flag=True,
              help="Also print a line for each source that had nothing new.")
@pipeline_options
@friendly_errors
def watch_cli(sources: tuple[str, ...], db_path: Path, every: float, once: bool,
              rate_per_host: float, timeout: float, retries: int, user_agent: str | None,
              max_pages: int | None, verbose: bool, spacy_model: str | None,
              actor_files: tuple[Path, ...]) -> None:
    """Watch SOURCES and ingest each new page once into the database at --db.

    A SOURCE is an RSS/Atom feed URL, a file listing URLs (one per line, '#' comments; feeds
    or pages), or a directory whose new and changed files are ingested. Requests are polite:
    conditional (ETag, Last-Modified), rate-limited per host, robots.txt respected, retried
    with backoff. Prints a line per source with news or a failure (all with -v), and a summary
    per poll; stop with Ctrl-C.

    \b
        eventscope watch https://example.org/world/rss.xml feeds.txt inbox/ --db news.db
    """
    from ..store import Store
    from ..watch import DEFAULT_USER_AGENT, Watcher, WatchOptions, watch

    options = WatchOptions(user_agent=user_agent or DEFAULT_USER_AGENT, timeout=timeout,
                           retries=retries, rate_per_host=rate_per_host, max_pages=max_pages)
    pipeline = load(make_config(spacy_model, actor_files))
    with Store(db_path) as store, Watcher(pipeline, store, options=options) as watcher:
        try:
            for report in watch(watcher, list(sources), every=every, once=once):
                *per_source, summary = report.lines(unchanged=verbose)
                for line in per_source:
                    click.echo(line)
                click.echo(f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ} {summary}")
        except KeyboardInterrupt:
            click.echo("stopped", err=True)
