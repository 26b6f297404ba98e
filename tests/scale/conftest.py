"""A small JSONL corpus for the scale tests: the bundled samples in several wordings, plus a
broken line, so every path must keep order and pass rejections through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from eventscope.ingest import sample_paths

    texts = [p.read_text(encoding="utf-8") for p in sample_paths() if p.suffix == ".txt"]
    path = tmp_path_factory.mktemp("scale") / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(3):
            for j, text in enumerate(texts):
                first, _, rest = text.partition("\n")
                f.write(json.dumps({"id": f"d{i}-{j}", "text": f"{first} ({i})\n{rest}",
                                    "date": "2023-06-1" + str(i), "source": f"outlet{i}"}) + "\n")
            if i == 1:
                f.write("{not json\n")
    return path
