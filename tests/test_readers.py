"""Readers: encodings, bad files, JSONL lines; errors are one line naming file and line."""

import json

import pytest

from marsad.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    JSONLineError,
    MissingFieldError,
    TooLargeError,
    UnsupportedFormatError,
)
from marsad.readers import RawArticle, read_path

AR = "قال الرئيس الروسي فلاديمير بوتين إن بلاده تتعاون مع الصين."


def items(p):
    return list(read_path(p))


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("utf-16-le", b""), ("cp1256", b""),
])
def test_text_encodings(tmp_path, encoding, prefix):
    """UTF-8, UTF-8 with BOM, UTF-16 (with and without BOM) and Windows-1256 all decode."""
    p = tmp_path / "a.txt"
    p.write_bytes(prefix + AR.encode(encoding))
    [art] = items(p)
    assert isinstance(art, RawArticle) and art.text == AR and art.id == "a"


def test_binary_is_refused(tmp_path):
    p = tmp_path / "b.txt"
    p.write_bytes(bytes(range(256)) * 10)
    [err] = items(p)
    assert isinstance(err, BinaryInputError | EncodingError)
    assert "b.txt" in err.one_line()


def test_latin1_garbage_is_not_silently_decoded(tmp_path):
    p = tmp_path / "l.txt"
    p.write_bytes("café résumé naïve über".encode("latin-1"))
    [err] = items(p)
    assert isinstance(err, EncodingError)


def test_empty_file(tmp_path):
    p = tmp_path / "e.txt"
    p.write_text("  \n", encoding="utf-8")
    [err] = items(p)
    assert isinstance(err, EmptyInputError)


def test_too_large(tmp_path, monkeypatch):
    import marsad.readers as r

    monkeypatch.setattr(r, "MAX_INPUT_BYTES", 100)
    p = tmp_path / "big.txt"
    p.write_text(AR * 10, encoding="utf-8")
    [err] = items(p)
    assert isinstance(err, TooLargeError)


def test_unsupported_suffix(tmp_path):
    p = tmp_path / "x.pdf"
    p.write_bytes(b"%PDF")
    [err] = items(p)
    assert isinstance(err, UnsupportedFormatError)


def test_jsonl_bad_lines_do_not_stop_the_batch(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "1", "text": AR}), "{broken", json.dumps({"id": "3"}),
             json.dumps({"id": "4", "text": AR, "published": "2024-05-16", "url": "http://x"})]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = items(p)
    assert [type(o) for o in out] == [RawArticle, JSONLineError, MissingFieldError, RawArticle]
    assert out[1].one_line().startswith("E102 ") and f"{p}:2:" in out[1].one_line()
    assert str(out[3].published) == "2024-05-16"


def test_directory_is_recursive(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    assert sorted(a.id for a in items(tmp_path)) == ["a", "b"]


def test_html_main_text_title_date(tmp_path):
    body = "".join(f"<p>{AR} {i}</p>" for i in range(6))
    html = (
        "<html><head><title>قمة روسية صينية</title>"
        '<meta property="article:published_time" content="2024-05-16T10:00:00Z"></head>'
        "<body><nav>الرئيسية &gt;&gt; أخبار</nav><article><h1>قمة روسية صينية</h1>"
        f"{body}</article><footer>جميع الحقوق محفوظة</footer></body></html>"
    )
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    [art] = items(p)
    assert isinstance(art, RawArticle)
    assert "فلاديمير بوتين" in art.text and "جميع الحقوق" not in art.text
    assert str(art.published) == "2024-05-16"
