"""The bundled sample: short news-like pages written for eventscope, plus the seed page.

``eventscope demo`` ingests them; tests and docs use them as small, realistic inputs. The
stories are fictional (real places and organisations, invented events), written for this
project and not copied from any site; ``abu-kamal-reinforcements.txt`` is the project's seed
page, shipped as it is. Text pages keep some site furniture, as scraped pages do, and
``mogadishu-base-attack.html`` is a whole page with navigation, share buttons, a cookie banner
and metadata. Each text page has a ``NAME.meta.json`` sidecar with its publication date (see
:mod:`.files`); the HTML page carries its date in its metadata.

>>> [p.name for p in sample_paths()][0]
'abu-kamal-reinforcements.txt'
"""

from __future__ import annotations

from pathlib import Path

from .files import SIDECAR_SUFFIX

_SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "sample"


def sample_dir() -> Path:
    """The directory holding the bundled sample pages."""
    return _SAMPLE_DIR


def sample_paths() -> list[Path]:
    """The sample pages (not their sidecars), sorted by name."""
    return sorted(p for p in _SAMPLE_DIR.iterdir()
                  if p.is_file() and not p.name.startswith(".")
                  and not p.name.lower().endswith(SIDECAR_SUFFIX))


__all__ = ["sample_dir", "sample_paths"]
