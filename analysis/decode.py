"""Turning the bytes of an article file into text, or saying why they are not text.

Order of trust: a byte order mark decides; then strict UTF-8 (the usual case);
then cp1252 for legacy Windows and Latin-1 files; then UTF-8 with replacement
characters, so that a damaged file is still readable. Binary files are refused
before any of that, with the reason in the error message.
"""

from __future__ import annotations

import codecs
import re

# File signatures of formats that an analyst may drop into a folder of articles.
MAGIC_NUMBERS: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"%PDF-": "PDF document",
    b"PK\x03\x04": "ZIP archive (or DOCX/ODT/EPUB)",
    b"PK\x05\x06": "empty ZIP archive",
    b"\x7fELF": "ELF executable",
    b"\x1f\x8b": "GZIP archive",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF87a": "GIF image",
    b"GIF89a": "GIF image",
    b"BZh91AY&SY": "BZIP2 archive",
    b"\xfd7zXZ\x00": "XZ archive",
    b"7z\xbc\xaf\x27\x1c": "7-Zip archive",
    b"\x28\xb5\x2f\xfd": "Zstandard archive",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "legacy Office document",
    b"SQLite format 3\x00": "SQLite database",
    b"\x00asm": "WebAssembly module",
}

# Checked longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that never occur in text; tab, line feed, vertical tab, form
# feed, carriage return and ESC (coloured logs) are allowed.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
MAX_CONTROL_SHARE = 0.05
# UTF-16 without a byte order mark: ASCII-heavy text has a NUL in every other byte.
MIN_UTF16_NUL_SHARE = 0.3


class DecodeError(ValueError):
    """The bytes cannot be turned into article text."""


class BinaryContentError(DecodeError):
    """The bytes are those of a binary file, not of a text."""


class EmptyContentError(DecodeError):
    """The file holds no text at all, or only white space."""


def decode_bytes(data: bytes) -> str:
    """Decode an article file; raise a `DecodeError` saying why when it is not text."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _checked_text(data[len(mark) :].decode(encoding, errors="replace"), encoding)
    _refuse_binary_signature(data)
    if b"\x00" in data:
        encoding = _bomless_utf16(data)
        if encoding is None:
            raise BinaryContentError(f"binary content: NUL bytes ({data.count(0)} of {len(data)})")
        return _checked_text(data.decode(encoding, errors="replace"), encoding)
    _refuse_control_bytes(data)
    return _not_empty(_decode_without_mark(data))


def _refuse_binary_signature(data: bytes) -> None:
    for magic, kind in MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise BinaryContentError(f"binary content: {kind} signature")


def _refuse_control_bytes(data: bytes) -> None:
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > MAX_CONTROL_SHARE * len(data):
        share = controls / len(data)
        raise BinaryContentError(f"binary content: {share:.0%} control bytes")


def _bomless_utf16(data: bytes) -> str | None:
    """Return the UTF-16 byte order that explains the NUL bytes, if any does."""
    if len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    if odd_nuls >= MIN_UTF16_NUL_SHARE * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= MIN_UTF16_NUL_SHARE * half and odd_nuls == 0:
        return "utf-16-be"
    return None


def _decode_without_mark(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    # Mostly valid UTF-8 with a few damaged bytes: re-reading it as cp1252
    # would garble every accented letter, so keep UTF-8.
    if _valid_multibyte_count(lenient) > lenient.count("\ufffd"):
        return lenient
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return lenient


def _valid_multibyte_count(text: str) -> int:
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return non_ascii - text.count("\ufffd")


def _checked_text(text: str, encoding: str) -> str:
    """Refuse decoded text that is mostly control characters.

    With a byte order mark or in UTF-16, the byte test cannot see them.
    """
    text = _not_empty(text)
    controls = len(_CONTROL_CHARACTER.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        share = controls / len(text)
        raise BinaryContentError(f"binary content: {share:.0%} control characters ({encoding})")
    return text


def _not_empty(text: str) -> str:
    if not text.strip():
        raise EmptyContentError("empty content" if not text else "only white space")
    return text
