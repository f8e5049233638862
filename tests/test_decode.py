import codecs

import pytest

from analysis.decode import BinaryContentError, DecodeError, EmptyContentError, decode_bytes

SAMPLE = "Le Kremlin a démenti « l’œuvre » de Washington.\nPeskov : aucune preuve."


def test_utf8():
    assert decode_bytes(SAMPLE.encode("utf-8")) == SAMPLE


def test_utf8_with_bom_drops_the_mark():
    assert decode_bytes(codecs.BOM_UTF8 + SAMPLE.encode("utf-8")) == SAMPLE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding):
    data = SAMPLE.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    elif encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode_bytes(data) == SAMPLE


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_pattern(encoding):
    assert decode_bytes(SAMPLE.encode(encoding)) == SAMPLE


def test_cp1252_legacy_file():
    data = SAMPLE.encode("cp1252")
    assert b"\x92" in data and b"\x9c" in data  # ’ and œ in cp1252
    assert decode_bytes(data) == SAMPLE


def test_mostly_utf8_with_a_damaged_byte_keeps_accents():
    data = "déjà vu, « été » ".encode() + b"\xff" + b" fin"
    assert decode_bytes(data) == "déjà vu, « été » \ufffd fin"


def test_invalid_in_utf8_and_cp1252_decodes_with_replacement():
    assert decode_bytes(b"abc \x81\x8d def") == "abc \ufffd\ufffd def"


def test_mixed_line_endings_are_left_for_cleaning():
    assert decode_bytes(b"a\r\nb\rc\n") == "a\r\nb\rc\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x7fELF\x02\x01\x01", "ELF"),
        (b"\x1f\x8b\x08\x00\x00\x00", "GZIP"),
        (b"text with a NUL\x00 byte in it", "NUL"),
        (bytes(range(1, 9)) * 20 + b"some words", "control bytes"),
    ],
)
def test_binary_content_is_refused_with_a_reason(data, reason):
    with pytest.raises(BinaryContentError, match=reason):
        decode_bytes(data)


def test_binary_in_utf16_is_refused():
    with pytest.raises(BinaryContentError, match="control characters"):
        decode_bytes(("\x01\x02\x03\x04 data" * 40).encode("utf-16"))


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8, " \n".encode("utf-16")])
def test_empty_content_is_refused(data):
    with pytest.raises(EmptyContentError):
        decode_bytes(data)


def test_errors_share_a_value_error_base():
    assert issubclass(BinaryContentError, DecodeError)
    assert issubclass(EmptyContentError, DecodeError)
    assert issubclass(DecodeError, ValueError)


def test_a_few_escape_characters_do_not_make_text_binary():
    data = b"\x1b[31mrouge\x1b[0m et du texte ordinaire assez long"
    assert decode_bytes(data).startswith("\x1b[31mrouge")
