"""decode_bytes: every encoding a scraped page comes in, and binary data refused."""

from __future__ import annotations

import random

import pytest

from eventscope.errors import InputError
from eventscope.ingest import decode_bytes

ARABIC = "قالت وزارة الدفاع إن القوات دخلت المدينة صباح اليوم بعد اشتباكات عنيفة مع المسلحين."
RUSSIAN = "Министерство обороны заявило, что войска вошли в город утром после ожесточённых боёв."
FRENCH = "Le ministère a annoncé des sanctions contre les dirigeants élus à Genève."
ENGLISH = "He said \u201cno\u201d to the deal \u2014 it\u2019s over, the envoy told reporters."


@pytest.mark.parametrize("text, encoding", [
    (ENGLISH, "utf-8"), (ENGLISH, "utf-8-sig"), (ENGLISH, "utf-16"), (ENGLISH, "utf-32"),
    (FRENCH, "utf-16"), (ENGLISH, "utf-16-le"), (ENGLISH, "utf-16-be"),
    (FRENCH, "latin-1"), (FRENCH, "cp1252"), (ENGLISH, "cp1252"),
    (ARABIC, "cp1256"), (RUSSIAN, "cp1251"), (ARABIC, "utf-8"),
])
def test_encodings_round_trip(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


def test_utf8_with_a_few_cp1252_bytes_is_repaired() -> None:
    data = (ENGLISH * 3).encode("utf-8") + " Caf\u00e9 \u201cquoted\u201d".encode("cp1252")
    assert decode_bytes(data) == ENGLISH * 3 + " Caf\u00e9 \u201cquoted\u201d"


def test_a_few_nul_bytes_are_stripped() -> None:
    assert decode_bytes(b"Troops\x00 entered\x00 the town.") == "Troops entered the town."


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"PK\x03\x04\x14\x00\x06\x00",
    b"\x7fELF\x02\x01\x01",
    random.Random(7).randbytes(4000),
    b"\x00" * 1000,
    b"text" + b"\x01\x02\x03\x04\x05\x06" * 50,
])
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data)
    assert err.value.reason == "binary"


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_bytes(b"") == ""
