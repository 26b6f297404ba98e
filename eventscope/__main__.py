"""``python -m eventscope``: the same as the ``eventscope`` command."""

from .cli import main

main()
