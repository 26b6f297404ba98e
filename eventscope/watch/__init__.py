"""Watch: RSS/Atom feeds, URL lists and directories in, each new page ingested once.

Polite by default: conditional requests (ETag, Last-Modified), a per-host rate limit,
robots.txt respected, timeouts, retries with exponential backoff, and a User-Agent that names
eventscope. What the watcher remembers (feed validators, pages met and how they ended, files
read) lives in ``watch_*`` tables of the store's own SQLite file, so a second poll over the
same sources fetches nothing new and changes nothing in the events.

>>> from eventscope.watch import WatchOptions
>>> WatchOptions(rate_per_host=2).min_interval
0.5
"""

from .feeds import Feed, FeedError, FeedItem, parse_feed
from .fetch import Fetcher, FetchFailed, Response
from .options import DEFAULT_USER_AGENT, WatchOptions
from .report import PollReport, SourceReport
from .sources import Source, classify, read_url_list
from .state import WatchState
from .watcher import Watcher, watch

__all__ = [
           "DEFAULT_USER_AGENT",
           "Feed",
           "FeedError",
           "FeedItem",
           "FetchFailed",
           "Fetcher",
           "PollReport",
           "Response",
           "Source",
           "SourceReport",
           "WatchOptions",
           "WatchState",
           "Watcher",
           "classify",
           "parse_feed",
           "read_url_list",
           "watch",
]
