"""A generated corpus of hostile inputs, shared by the reliability tests and
``eval/reliability_report.py``: the inputs of issue 8, plus seeded random junk and ordinary
news stories so the pipeline does real work too.

:func:`write_corpus` writes a directory for ``eventscope ingest`` and a JSONL file for
``eventscope extract``, and returns how many inputs each holds (a file is one input, except a
JSONL file, where every line is one), so a run can be checked for processed + rejected == N.

Nothing here is copied from evaluation data: the stories are made up from templates.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ACTORS = ("Russian forces", "Ukrainian troops", "Houthi rebels", "Israeli aircraft",
          "Al-Shabaab fighters", "Sudanese soldiers", "Turkish police", "Syrian government forces",
          "Islamic State militants", "Iraqi security forces", "Malian troops", "protesters")
VERBS = ("shelled", "attacked", "raided", "bombed", "seized", "surrounded", "fired on",
         "stormed")
PLACES = ("Kherson", "Aden", "Gaza", "Mogadishu", "Khartoum", "Istanbul", "Aleppo", "Mosul",
          "Bamako", "Kharkiv", "Idlib", "Kabul", "Tbilisi", "Benghazi")
SPEAKERS = ("officials said", "a military spokesman said", "local residents told reporters",
            "the interior ministry said in a statement", "witnesses said")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

FOREIGN = {
    "fr": "Le ministère de la Défense a annoncé que les troupes étaient entrées dans la ville "
          "après des combats violents, selon les autorités locales.",
    "es": "El ministerio de Defensa informó que las tropas entraron en la ciudad después de "
          "intensos combates, según las autoridades locales.",
    "de": "Das Verteidigungsministerium teilte mit, dass die Truppen nach heftigen Kämpfen in "
          "die Stadt eingerückt seien, sagten örtliche Behörden.",
    "ru": "Министерство обороны сообщило, что войска вошли в город после ожесточённых боёв, "
          "заявили местные власти.",
    "ar": "قالت وزارة الدفاع إن القوات دخلت المدينة صباح اليوم بعد اشتباكات عنيفة مع المسلحين.",
    "tr": "Savunma Bakanlığı, şiddetli çatışmaların ardından askerlerin şehre girdiğini "
          "açıkladı, yerel yetkililer söyledi.",
}


def story(rng: random.Random, sentences: int = 3) -> str:
    """A made-up news story of a few sentences; distinct with high probability."""
    out = []
    for _ in range(sentences):
        out.append(f"{rng.choice(ACTORS)} {rng.choice(VERBS)} positions near "
                   f"{rng.choice(PLACES)} on {rng.choice(DAYS)}, killing {rng.randint(2, 400)} "
                   f"people, {rng.choice(SPEAKERS)}.")
    return " ".join(out)


def page(rng: random.Random, body: str | None = None) -> str:
    """An HTML page with site furniture, a script and the story in an article."""
    body = body if body is not None else story(rng)
    return (f"<!DOCTYPE html><html><head><title>News {rng.randint(1, 10**6)}</title>"
            "<script>document.write('<b>x</b>')</script></head><body><nav>Home | World | "
            f"Skip to main content</nav><article><h1>Clashes reported</h1><p>{body}</p>"
            "<p><img src=x onerror=alert(1)></p></article><footer>© 2024 News</footer>"
            "</body></html>")


def _obj(d: dict[str, object]) -> bytes:
    return json.dumps(d, ensure_ascii=False).encode("utf-8")


# -- JSONL lines: each function returns one line's bytes (no newline) ---------------------------

LineMaker = Callable[[random.Random, int], bytes]


def _good_text(rng: random.Random, i: int) -> bytes:
    return _obj({"id": f"t{i}", "text": story(rng, rng.randint(1, 4)),
                 "date": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"})


def _good_html(rng: random.Random, i: int) -> bytes:
    return _obj({"id": f"h{i}", "html": page(rng), "url": f"https://example.org/{i}"})


def _foreign(rng: random.Random, i: int) -> bytes:
    return _obj({"id": f"f{i}", "text": f"{rng.choice(list(FOREIGN.values()))} {i}"})


JUNK_LINES: dict[str, LineMaker] = {
    "empty_line": lambda rng, i: b"",
    "whitespace_line": lambda rng, i: b" \t ",
    "broken_json": lambda rng, i: b'{"id": "b%d", "text": "unterminated' % i,
    "not_object": lambda rng, i: rng.choice([b"[1, 2]", b'"text"', b"42", b"null", b"true"]),
    "missing_id": lambda rng, i: _obj({"text": story(rng, 1)}),
    "null_id": lambda rng, i: _obj({"id": None, "text": story(rng, 1)}),
    "bad_id": lambda rng, i: _obj({"id": rng.choice([[1], {"a": 1}, "", "  ", True, 1.5]),
                                   "text": story(rng, 1)}),
    "surrogate_id": lambda rng, i: b'{"id": "s\\ud800%d", "text": "x"}' % i,
    "int_id": lambda rng, i: _obj({"id": 10**6 + i, "text": story(rng, 2)}),
    "no_content": lambda rng, i: _obj({"id": f"n{i}", "title": "Only a title"}),
    "wrong_types": lambda rng, i: _obj({"id": f"w{i}", "text": rng.choice(
        [123, ["a"], {"b": 1}, True]), "date": 20240101}),
    "bad_date": lambda rng, i: _obj({"id": f"d{i}", "text": story(rng, 1),
                                     "date": rng.choice(["2024-02-30", "yesterday", "9999-99-99",
                                                         "2024-13-01T99:00"])}),
    "empty_text": lambda rng, i: _obj({"id": f"e{i}", "text": rng.choice(["", "   ", "\n\n"])}),
    "too_short": lambda rng, i: _obj({"id": f"s{i}", "text": "Shots fired."}),
    "nul_text": lambda rng, i: _obj({"id": f"z{i}",
                                     "text": story(rng, 1).replace(" ", " \x00", 2)}),
    "lone_surrogate_text": lambda rng, i: b'{"id": "ls%d", "text": "Troops \\udc80 entered Kherson '
                                          b'on Friday after heavy shelling, officials said."}' % i,
    "control_chars": lambda rng, i: _obj({"id": f"c{i}", "text": "\x01\x02\x1b[31m" + story(rng, 1)
                                          + "\u202e\u200b\ufeff"}),
    "binary_line": lambda rng, i: bytes(rng.randrange(256) for _ in range(rng.randint(1, 200))
                                        ).replace(b"\n", b"\x00"),
    "invalid_utf8_line": lambda rng, i: b'{"id": "u%d", "text": "Troops \xff\xfe entered \xc3\x28 '
                                        b'Kherson on Friday, officials said."}' % i,
    "cp1256_line": lambda rng, i: b'{"id": "cp%d", "text": "' % i
    + FOREIGN["ar"].encode("cp1256") + b'"}',
    "deep_json": lambda rng, i: b"[" * 100_000 + b"]" * 100_000,
    "deep_object": lambda rng, i: b'{"id": "dj%d", "text": "x", "extra": ' % i
    + b'{"a": ' * 5000 + b"1" + b"}" * 5000 + b"}",
    "huge_number": lambda rng, i: b'{"id": ' + b"9" * 5000 + b', "text": "x"}',
    "script_html": lambda rng, i: _obj({"id": f"x{i}", "html": "<script>alert(1)</script>"
                                        "<iframe src=javascript:alert(2)></iframe>" + page(rng)}),
    "nested_html": lambda rng, i: _obj({"id": f"nh{i}", "html": "<div>" * 5000 + story(rng)
                                        + "</div>" * 5000}),
    "html_no_body": lambda rng, i: _obj({"id": f"nb{i}", "html": "<html><head><title>T</title>"
                                         "</head></html>"}),
    "tag_soup": lambda rng, i: _obj({"id": f"ts{i}", "html": "<p><b><i>" + story(rng)
                                     + "</p></b><<>>&&#xffffff;&#0;<!--"}),
    "foreign": _foreign,
}

# weights of line kinds in the bulk of the JSONL inputs: about a third real stories
BULK_WEIGHTS: dict[str, float] = {"good_text": 28.0, "good_html": 6.0, "foreign": 6.0,
                                  **{k: 60.0 / len(JUNK_LINES) for k in JUNK_LINES
                                     if k not in ("foreign", "deep_json", "deep_object")},
                                  "deep_json": 0.3, "deep_object": 0.3}
MAKERS: dict[str, LineMaker] = {"good_text": _good_text, "good_html": _good_html, **JUNK_LINES}


@dataclass
class Corpus:
    """What :func:`write_corpus` wrote and how many inputs each part holds."""

    ingest_dir: Path
    extract_file: Path
    ingest_inputs: int = 0
    extract_lines: int = 0
    kinds: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str, n: int = 1) -> None:
        self.kinds[kind] = self.kinds.get(kind, 0) + n


def _lines(data: bytes) -> int:
    """How many lines ``readline`` sees in ``data``: a last line needs no newline."""
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def named_files(rng: random.Random, *, big_bytes: int, long_line_bytes: int) -> dict[str, bytes]:
    """The named nasty files of issue 8 (each is one input when it is not JSONL)."""
    s = story(rng).encode()
    bomb = gzip.compress(b"A" * (big_bytes + 1024), compresslevel=9)
    return {
        "empty.txt": b"",
        "whitespace.txt": b" \n\t\r\n  \n",
        "binary.txt": bytes(range(256)) * 64,
        "random-bytes": bytes(rng.randrange(256) for _ in range(4096)),
        "png-named.txt": b"\x89PNG\r\n\x1a\n" + bytes(200),
        "invalid-utf8.txt": s + b"\xff\xfe\xfa bad \xc3\x28 bytes " + s,
        "cp1256.txt": FOREIGN["ar"].encode("cp1256"),
        "latin1.txt": FOREIGN["fr"].encode("latin-1"),
        "cyrillic-utf8.txt": FOREIGN["ru"].encode(),
        "utf16-bom.txt": story(rng).encode("utf-16"),
        "utf16-no-bom.txt": story(rng).encode("utf-16-le"),
        "utf8-bom.txt": b"\xef\xbb\xbf" + story(rng).encode(),
        "nul-bytes.txt": s.replace(b" ", b" \x00", 4),
        "many-nuls.txt": b"\x00" * 5000 + s,
        "big.txt": (b"Troops entered the town after heavy shelling, officials said. " *
                    (big_bytes // 62 + 1))[:big_bytes],
        "deep.html": b"<div>" * 20_000 + s + b"</div>" * 20_000,
        "no-body.html": b"<html><head><title>Only a title</title></head></html>",
        "script.html": page(rng).encode(),
        "unclosed.html": b"<html><body><p>" + s + b"<div><span><table><tr><td>",
        "sniffed-page": page(rng).encode(),
        "story.txt": story(rng).encode(),
        "story.html.gz": gzip.compress(page(rng).encode()),
        "bomb.txt.gz": bomb,
        "bomb.jsonl.gz": bomb,
        "corrupt.txt.gz": gzip.compress(s)[:-12] + b"garbage!",
        "not-gzip.txt.gz": s,
        "broken.jsonl": b"\xef\xbb\xbf" + _obj({"id": "first", "text": story(rng)}) + b"\r\n"
                        + b'{"id": 1\n\n{"id": [1], "text": "x"}\n{"id": "n"}\n'
                        + _obj({"id": "last", "text": story(rng)}),  # no final newline
        "long-line.jsonl": _obj({"id": "long", "text": "word " * (long_line_bytes // 5 + 1)})
                           + b"\n" + _obj({"id": "after-long", "text": story(rng)}) + b"\n",
    }


def write_corpus(root: Path, *, n: int, seed: int = 8, big_bytes: int = 2_000_000,
                 long_line_bytes: int = 1_100_000, per_file: int = 500,
                 story_weight: float = 1.0) -> Corpus:
    """Write about ``n`` ingest inputs under ``root/in``, and the JSONL part of them plus the
    named JSONL files to ``root/extract.jsonl``.

    The named files come first; the rest are JSONL lines drawn from :data:`BULK_WEIGHTS`, a few
    of them exact duplicates of earlier lines (same content, other line: stored once).
    ``big_bytes`` sizes the big text and the zip bombs (50 MB in the report);
    ``story_weight`` scales the share of real stories and pages (the expensive inputs).
    """
    rng = random.Random(seed)
    in_dir = root / "in"
    in_dir.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(ingest_dir=in_dir, extract_file=root / "extract.jsonl")
    named = named_files(rng, big_bytes=big_bytes, long_line_bytes=long_line_bytes)
    for name, data in named.items():
        (in_dir / name).write_bytes(data)
        if name.endswith(".jsonl"):
            corpus.ingest_inputs += _lines(data)
        else:
            corpus.ingest_inputs += 1
        corpus.count("file:" + name)
    kinds = list(BULK_WEIGHTS)
    weights = [w * (story_weight if k in ("good_text", "good_html") else 1.0)
               for k, w in BULK_WEIGHTS.items()]
    remaining = max(0, n - corpus.ingest_inputs)
    all_lines: list[bytes] = []
    for i in range(remaining):
        kind = rng.choices(kinds, weights)[0]
        if kind == "good_text" and all_lines and rng.random() < 0.02:
            line = rng.choice(all_lines[-50:])  # a repeat: the store keeps it once
            kind = "repeat"
        else:
            line = MAKERS[kind](rng, i)
        assert b"\n" not in line, kind
        all_lines.append(line)
        corpus.count(kind)
    for k in range(0, len(all_lines), per_file):
        chunk = b"\n".join(all_lines[k:k + per_file]) + b"\n"
        (in_dir / "bulk" / f"part-{k // per_file:04d}.jsonl").parent.mkdir(exist_ok=True)
        (in_dir / "bulk" / f"part-{k // per_file:04d}.jsonl").write_bytes(chunk)
    corpus.ingest_inputs += len(all_lines)
    extract_lines = list(all_lines)
    for name in ("broken.jsonl", "long-line.jsonl"):
        extract_lines += (in_dir / name).read_bytes().rstrip(b"\n").split(b"\n")
    corpus.extract_file.write_bytes(b"\n".join(extract_lines) + b"\n")
    corpus.extract_lines = len(extract_lines)
    return corpus


__all__ = ["Corpus", "write_corpus", "named_files", "story", "page", "JUNK_LINES",
           "BULK_WEIGHTS"]
