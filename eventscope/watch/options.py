"""The settings of one watcher: politeness (rate, robots, User-Agent), patience (timeouts,
retries) and how much to take per poll. One dataclass, passed in; no module globals."""

from __future__ import annotations

from dataclasses import dataclass

from .. import __version__
from ..errors import ConfigError

#: Sent with every request: names the tool, its version and where to read about it.
DEFAULT_USER_AGENT = f"eventscope/{__version__} (news event watcher; honours robots.txt)"
#: The product token matched against robots.txt ``User-agent`` lines.
ROBOTS_AGENT = "eventscope"


@dataclass(frozen=True, slots=True)
class WatchOptions:
    """How a :class:`~eventscope.watch.Watcher` fetches.

    ``rate_per_host`` is requests per second to one host (the minimum interval between two
    requests is its inverse; a robots.txt ``Crawl-delay`` can only lengthen it, up to
    ``max_crawl_delay``). ``retries`` is how many times a request is tried again after a connect
    error, a timeout, a 5xx or a 429, waiting ``backoff * 2**k`` seconds (or the server's
    ``Retry-After``, at most ``retry_after_cap``). A page that failed for such a transient cause
    is tried again on later polls, at most ``max_attempts`` times in all. ``max_pages`` caps the
    new pages fetched per poll (the rest wait for the next one); None means no cap.
    """

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0
    retry_after_cap: float = 60.0
    rate_per_host: float = 1.0
    max_crawl_delay: float = 60.0
    max_pages: int | None = None
    max_attempts: int = 3
    max_bytes: int = 10_000_000

    def __post_init__(self) -> None:
        if self.timeout <= 0:
            raise ConfigError(f"timeout must be > 0 seconds, not {self.timeout}.")
        if self.retries < 0:
            raise ConfigError(f"retries must be 0 or more, not {self.retries}.")
        if self.rate_per_host <= 0:
            raise ConfigError(f"rate_per_host must be > 0 requests per second, not "
                              f"{self.rate_per_host}; use a small value such as 0.2 for one "
                              "request every 5 seconds.")
        if self.max_pages is not None and self.max_pages < 1:
            raise ConfigError(f"max_pages must be 1 or more, not {self.max_pages}.")
        if self.max_attempts < 1:
            raise ConfigError(f"max_attempts must be 1 or more, not {self.max_attempts}.")
        if not self.user_agent.strip():
            raise ConfigError("The User-Agent must not be empty: site owners need to know who "
                              "is fetching (the default names eventscope).")

    @property
    def min_interval(self) -> float:
        """Seconds between two requests to one host."""
        return 1.0 / self.rate_per_host


__all__ = ["DEFAULT_USER_AGENT", "ROBOTS_AGENT", "WatchOptions"]
