"""Drop site furniture from text pages, line by line, without touching the story.

A line is removed only when the **whole line** (stripped, and short: at most
``MAX_LINE_CHARS`` characters, or ``MAX_BANNER_CHARS`` for cookie banners) matches one of the
rules below. Story sentences are long or do not match a whole-line pattern, so they stay.

Rules (case-insensitive): skip links ("skip to Main Content"), back-to-top links, share and
social lines ("Share this article", "Facebook Twitter WhatsApp"), newsletter and subscription
prompts, cookie banners, "Read more"/"Related"/"Advertisement" teasers, log-in and menu
items, navigation bars and breadcrumbs ("Home | World | Middle East"), copyright lines.

>>> filter_boilerplate("skip to Main Content\\nIran sent troops.\\nBack To Top", keep_offsets=False)
('Iran sent troops.', ['skip to Main Content', 'Back To Top'])
"""

from __future__ import annotations

import re

MAX_LINE_CHARS = 120
MAX_BANNER_CHARS = 400

_SOCIAL = (r"facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|email|e-mail|"
           r"print|copy link|messenger|flipboard|instagram|youtube|tiktok|threads|bluesky|"
           r"mastodon|rss|sms")

_RULES: tuple[tuple[str, str], ...] = (
    ("skip link", r"skip (to|navigation)\b.*|jump to (main )?(content|navigation)"),
    ("back to top", r"(back|return|scroll|go) to (the )?top( of (the )?page)?|top of page|"
                    r"\^? ?top|↑ ?top"),
    ("share line", rf"(share|share this( article| story| page)?|tweet|shares?:?)"
                   rf"( (on|via|to|with))?( ({_SOCIAL}))*:?"),
    ("social buttons", rf"(({_SOCIAL})[\s,|•·/]*){{2,}}"),
    ("follow prompt", rf"follow us( on ({_SOCIAL}|social media).*)?.*"),
    ("newsletter", r"(sign up|subscribe)( now| today| here)?( (for|to) .*)?|"
                   r".*\b(newsletter|inbox|mailing list)\b.*(sign up|subscribe|register|"
                   r"delivered|straight to|every (morning|day|week)).*|"
                   r"(sign up|subscribe|register) .*\b(newsletter|updates|alerts)\b.*|"
                   r"(get|receive) (our|the) (latest|daily|weekly) .*(inbox|newsletter|alerts)\.?"),
    ("read more", r"(read|see|view|show) (more|also|full story|the full (story|article))"
                  r"(:.*| (here|stories|news|about .*))?|continue reading.*|"
                  r"(related|recommended|most read|more from|more on this|trending)"
                  r"( (stories|articles|news|content|topics|now|coverage))?(:.*)?|"
                  r"also read:? .*|click here\b.*|(next|previous) (article|story|post)\b.*"),
    ("advertisement", r"advertisement|advertising|sponsored( content)?|ad|promoted|"
                      r"story continues below( advertisement)?"),
    ("account link", r"(log ?in|sign ?in|log ?out|sign ?out|register|my account|create (an |a "
                     r"free )?account)( or (log ?in|sign ?in|register|subscribe))?"),
    ("menu item", r"menu|main menu|search|close|open menu|toggle navigation|navigation|"
                  r"loading\.*|home|comments?( \(\d+\))?|leave a (comment|reply)|"
                  r"listen to (this|the) (article|story)( \d+ min(utes?)?)?|"
                  r"(download|get) (our|the) (free )?app\b.*|print( this)?( article| page)?|"
                  r"(font|text) size|a\+? ?a-?|image \d+ of \d+|"
                  r"photos?|video|gallery|\d+ min(ute)? read"),
    ("copyright", r"(©|\(c\)).*|copyright\s*(©|\(c\))?\s*(\d{4}|by\b).*|"
                  r".*\ball rights reserved\b.*|"
                  r".*\b(terms of (use|service)|privacy policy)\b.*(\||·|•).*"),
)

# Cookie banners are often a long sentence, so they get their own, longer limit.
_COOKIE = re.compile(
    r"(?=.*\bcookies?\b)(?=.*\b(we use|this (web)?site uses|uses cookies|accept|consent|"
    r"privacy|preferences|continu(e|ing) to (use|browse))\b).*|"
    r"(accept|reject|allow|manage|decline)( all)?( cookies| preferences| settings)?|"
    r"cookie (settings|policy|preferences)|got it!?|i agree|ok(ay)?, i agree",
    re.IGNORECASE)

# Words one of which a line must contain for a rule to be tried: a cheap gate that keeps the
# filter fast on long documents (None: always tried).
_GATES: dict[str, tuple[str, ...] | None] = {
    "skip link": ("skip", "jump"),
    "back to top": ("top",),
    "share line": ("share", "tweet"),
    "follow prompt": ("follow",),
    "newsletter": ("sign up", "subscribe", "newsletter", "inbox", "mailing list", "alerts",
                   "latest"),
    "read more": ("read", "see", "view", "show", "continu", "related", "recommended", "more",
                  "trending", "also", "click", "next", "previous"),
    "advertisement": ("advert", "sponsor", "ad", "promoted", "continues"),
    "account link": ("log", "sign", "register", "account"),
    "copyright": ("©", "(c)", "copyright", "rights reserved", "terms of", "privacy policy"),
}
_COOKIE_GATE = ("cookie", "got it", "agree", "accept", "reject", "allow", "manage", "decline")
_LINE_RULES = tuple((name, _GATES.get(name), re.compile(pattern, re.IGNORECASE))
                    for name, pattern in _RULES)
# "Home | World | Middle East", "Home > News > World": several short items with separators
_NAV_SEP = re.compile(r"\s*(?:\||•|·|»|›|>|/)\s*")


def _is_nav_bar(line: str) -> bool:
    if not any(sep in line for sep in "|•·»›>/"):
        return False
    parts = [p for p in _NAV_SEP.split(line) if p]
    if len(parts) < 3 or len(_NAV_SEP.findall(line)) < 2:
        return False
    return all(len(p.split()) <= 3 and not p.rstrip().endswith((".", "?", "!")) for p in parts)


def boilerplate_rule(line: str) -> str | None:
    """The name of the rule that makes ``line`` site furniture, or None for story text."""
    s = line.strip()
    if not s or len(s) > MAX_BANNER_CHARS:
        return None
    lower = s.lower()
    if any(w in lower for w in _COOKIE_GATE) and _COOKIE.fullmatch(s):
        return "cookie banner"
    if len(s) > MAX_LINE_CHARS:
        return None
    core = s.rstrip(" .:!»›>→…↑").lstrip(" •·-–—*#>«‹←")
    for name, gate, rule in _LINE_RULES:
        if gate is not None and not any(w in lower for w in gate):
            continue
        if rule.fullmatch(core) or (core != s and rule.fullmatch(s)):
            return name
    if _is_nav_bar(s):
        return "navigation bar"
    return None


def filter_boilerplate(text: str, *, keep_offsets: bool) -> tuple[str, list[str]]:
    """Remove furniture lines; return the new text and the removed lines (stripped).

    With ``keep_offsets`` each removed line is replaced by spaces of the same length, so every
    other character keeps its offset; otherwise removed lines are dropped.
    """
    out: list[str] = []
    removed: list[str] = []
    for line in text.split("\n"):
        if boilerplate_rule(line):
            removed.append(line.strip())
            if keep_offsets:
                out.append(" " * len(line))
            continue
        out.append(line)
    return "\n".join(out), removed


__all__ = ["filter_boilerplate", "boilerplate_rule", "MAX_LINE_CHARS", "MAX_BANNER_CHARS"]
