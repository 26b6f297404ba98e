"""serve: a REST API and an offline web page (map, timeline, reader) over one database.

>>> from eventscope.serve import create_app
>>> app = create_app("news.db")          # doctest: +SKIP

Run it with ``eventscope serve --db news.db``; the API is described at ``/docs``.
"""

from .app import create_app

__all__ = ["create_app"]
