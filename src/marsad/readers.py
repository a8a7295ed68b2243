"""Readers: turn files, directories and standard input into raw articles.

Each reader yields ``RawArticle`` or an ``InputError`` (never raises for one bad item), so a batch
goes on past a bad file or a broken JSONL line and the caller reports each error on one line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import (
    MAX_INPUT_BYTES,
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputNotFoundError,
    JSONLineError,
    MissingFieldError,
    TooLargeError,
    UnsupportedFormatError,
)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass(frozen=True, slots=True)
class RawArticle:
    id: str
    text: str
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    path: str | None = None
    line: int | None = None


def parse_date(value: object) -> dt.date | None:
    """ISO date or datetime string (metadata) to a date; None when absent or unparsable."""
    if not value or not isinstance(value, str):
        return None
    v = value.strip()
    try:
        return dt.date.fromisoformat(v[:10])
    except ValueError:
        return None


def _looks_arabic_or_text(s: str) -> bool:
    """Plausibility of a decoding: letters dominate and few control characters."""
    if not s:
        return False
    sample = s[:20000]
    ctrl = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    return ctrl / len(sample) < 0.01


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a text file: UTF-8 (with/without BOM), UTF-16 (BOM or NUL pattern), Windows-1256."""
    if len(data) > MAX_INPUT_BYTES:
        raise TooLargeError(path=path)
    if not data.strip():
        return ""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as e:
            raise EncodingError(f"invalid UTF-8 after BOM at byte {e.start}", path=path) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise EncodingError("invalid UTF-16", path=path) from None
    # UTF-16 without BOM: ASCII and Arabic code units have a high byte of 0x00 or 0x06, so one
    # byte parity is dominated by those two values.
    if len(data) >= 4 and len(data) % 2 == 0:
        even, odd = data[0::2], data[1::2]
        hi_odd = sum(odd.count(b) for b in (0, 6)) / len(odd)
        hi_even = sum(even.count(b) for b in (0, 6)) / len(even)
        if max(hi_odd, hi_even) > 0.7 and (b"\x00" in data or b"\x06" in data):
            enc = "utf-16-le" if hi_odd > hi_even else "utf-16-be"
            try:
                text = data.decode(enc)
                if _looks_arabic_or_text(text):
                    return text
            except UnicodeDecodeError:
                pass
    if b"\x00" in data:
        raise BinaryInputError(path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _looks_arabic_or_text(text):
            raise BinaryInputError(path=path)
        return text
    # Not UTF-8: Windows-1256 is the legacy Arabic code page; accept it only when the result is
    # mostly Arabic letters, so that random binary or Latin-1 text is not silently mis-decoded.
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise EncodingError(path=path) from None
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    if letters and arabic / len(letters) > 0.5 and _looks_arabic_or_text(text):
        return text
    if not _looks_arabic_or_text(text):
        raise BinaryInputError(path=path)
    raise EncodingError(path=path)


def _check_text(text: str, path: str, line: int | None = None) -> str:
    if not text or not text.strip():
        raise EmptyInputError(path=path, line=line)
    if len(text.encode("utf-8", "surrogatepass")) > MAX_INPUT_BYTES:
        raise TooLargeError(path=path, line=line)
    return text


def read_text_file(path: Path, display: str | None = None) -> Iterator[RawArticle | InputError]:
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise TooLargeError(path=name)
        text = _check_text(decode_bytes(path.read_bytes(), name), name)
    except InputError as e:
        yield e
        return
    yield RawArticle(id=path.stem, text=text.replace("\r\n", "\n"), path=name)


def html_to_article(html: str, ident: str, name: str) -> RawArticle:
    """Main text, title and date of an HTML page via trafilatura/htmldate."""
    import trafilatura  # heavy import, only when HTML is read

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise EmptyInputError("no article text found in HTML", path=name)
    title = getattr(doc, "title", None)
    published = parse_date(getattr(doc, "date", None))
    if published is None:
        try:
            from htmldate import find_date

            published = parse_date(find_date(html, original_date=True, extensive_search=False))
        except Exception:  # htmldate is best effort; the text stage can still find a dateline
            published = None
    url = getattr(doc, "url", None)
    outlet = getattr(doc, "sitename", None)
    return RawArticle(id=ident, text=_check_text(text, name), published=published, url=url, title=title,
                      outlet=outlet, path=name)


def read_html_file(path: Path, display: str | None = None) -> Iterator[RawArticle | InputError]:
    name = display or str(path)
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise TooLargeError(path=name)
        html = decode_bytes(path.read_bytes(), name)
        yield html_to_article(html, path.stem, name)
    except InputError as e:
        yield e


def parse_jsonl_line(raw: str, name: str, lineno: int) -> RawArticle:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        raise JSONLineError(f"broken JSON line ({e.msg} at column {e.colno})", path=name, line=lineno) from None
    if not isinstance(obj, dict):
        raise JSONLineError("a JSON line must be an object", path=name, line=lineno)
    for key in ("id", "text"):
        if key not in obj or obj[key] is None:
            raise MissingFieldError(f"JSON line lacks required field '{key}'", path=name, line=lineno)
    text = obj["text"]
    if not isinstance(text, str):
        raise MissingFieldError("field 'text' must be a string", path=name, line=lineno)
    text = _check_text(text, name, lineno).replace("\r\n", "\n")

    def opt(key: str) -> str | None:
        v = obj.get(key)
        return str(v) if v not in (None, "") else None

    return RawArticle(id=str(obj["id"]), text=text, published=parse_date(obj.get("published")),
                      url=opt("url"), title=opt("title"), outlet=opt("outlet"), path=name, line=lineno)


def read_jsonl_lines(lines: Iterable[str], name: str) -> Iterator[RawArticle | InputError]:
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            yield parse_jsonl_line(raw, name, lineno)
        except InputError as e:
            yield e


def read_jsonl_file(path: Path, display: str | None = None) -> Iterator[RawArticle | InputError]:
    name = display or str(path)
    try:
        fh = path.open("rb")
    except OSError as e:
        yield InputNotFoundError(str(e.strerror or e), path=name)
        return
    with fh:
        for lineno, braw in enumerate(fh, 1):
            if not braw.strip():
                continue
            try:
                if len(braw) > MAX_INPUT_BYTES:
                    raise TooLargeError(path=name, line=lineno)
                try:
                    raw = braw.decode("utf-8-sig" if lineno == 1 else "utf-8")
                except UnicodeDecodeError as e:
                    raise EncodingError(f"invalid UTF-8 at byte {e.start}", path=name, line=lineno) from None
                yield parse_jsonl_line(raw, name, lineno)
            except InputError as e:
                yield e


def read_path(path: Path, display: str | None = None) -> Iterator[RawArticle | InputError]:
    name = display or str(path)
    if not path.exists():
        yield InputNotFoundError(path=name)
        return
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for f in sorted(files):
                p = Path(root) / f
                if p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                    yield from read_path(p)
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, name)
    elif suffix in HTML_SUFFIXES:
        yield from read_html_file(path, name)
    elif suffix in TEXT_SUFFIXES:
        yield from read_text_file(path, name)
    else:
        yield UnsupportedFormatError(path=name)


def read_stdin(stream: object = None) -> Iterator[RawArticle | InputError]:
    """``-``: sniff JSONL (starts with '{'), HTML (starts with '<') or plain text."""
    buf: Any = stream if stream is not None else sys.stdin.buffer
    data: bytes = buf.read()
    name = "<stdin>"
    try:
        text = decode_bytes(data, name)
    except InputError as e:
        yield e
        return
    head = text.lstrip()[:1]
    if head == "{":
        yield from read_jsonl_lines(text.splitlines(), name)
    elif head == "<":
        try:
            yield html_to_article(text, "stdin", name)
        except InputError as e:
            yield e
    else:
        try:
            yield RawArticle(id="stdin", text=_check_text(text, name).replace("\r\n", "\n"), path=name)
        except InputError as e:
            yield e


def read_inputs(inputs: Iterable[str]) -> Iterator[RawArticle | InputError]:
    for item in inputs:
        if item == "-":
            yield from read_stdin()
        else:
            yield from read_path(Path(item), item)
