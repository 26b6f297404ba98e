"""Clean: raw input -> a Doc holding clean story text, its provenance, and what was removed.

HTML goes through trafilatura; text pages through a line-level boilerplate filter; both are
normalised, checked for size and language, and given a title and a valid date when there is
one. See :mod:`.document` for the decisions (offsets, titles, dates, rejection reasons).
"""

from .boilerplate import boilerplate_rule, filter_boilerplate
from .document import clean_document, headline, valid_date
from .html import HtmlPage, extract_html
from .language import detect_language, foreign_language
from .normalize import normalize_text

__all__ = ["clean_document", "filter_boilerplate", "boilerplate_rule", "normalize_text",
           "extract_html", "HtmlPage", "detect_language", "foreign_language", "headline",
           "valid_date"]
