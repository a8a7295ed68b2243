"""The one catalogue of marsad's errors.

Every error has a stable ``code`` (shown to users and usable in scripts) and renders as ONE line
naming the file and, where known, the line: ``E102 articles.jsonl:7: broken JSON line: ...``.
"""

from __future__ import annotations

# Input size limit per article/file (documented in README): larger inputs are refused rather than
# risking an out-of-memory worker. Real news articles are well under 200 KB.
MAX_INPUT_BYTES = 5 * 1024 * 1024


class MarsadError(Exception):
    """Base class of all marsad errors."""

    code = "E000"
    message = "marsad error"

    def __init__(self, detail: str = "", *, path: str | None = None, line: int | None = None) -> None:
        self.detail = detail or self.message
        self.path = path
        self.line = line
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"{self.code} {where}{self.detail}".replace("\n", " ")


class InputError(MarsadError):
    code = "E100"
    message = "cannot read input"


class InputNotFoundError(InputError):
    code = "E101"
    message = "no such file or directory"


class JSONLineError(InputError):
    code = "E102"
    message = "broken JSON line"


class BinaryInputError(InputError):
    code = "E103"
    message = "binary data, not text"


class EncodingError(InputError):
    code = "E104"
    message = "unknown or invalid text encoding (supported: UTF-8, UTF-8 with BOM, UTF-16, Windows-1256)"


class EmptyInputError(InputError):
    code = "E105"
    message = "empty article (no text)"


class TooLargeError(InputError):
    code = "E106"
    message = f"input larger than the {MAX_INPUT_BYTES // (1024 * 1024)} MB limit"


class UnsupportedFormatError(InputError):
    code = "E107"
    message = "unsupported file type (use .txt, .html, .htm, .jsonl or a directory)"


class MissingFieldError(InputError):
    code = "E108"
    message = "JSON line lacks a required field"


class ResourceError(MarsadError):
    code = "E200"
    message = "packaged resource missing or corrupt (run `make resources`)"


class GazetteerImportError(MarsadError):
    code = "E201"
    message = "bad Wikidata entity line"


class StoreError(MarsadError):
    code = "E300"
    message = "store error"


class StoreURLError(StoreError):
    code = "E301"
    message = "unsupported store URL (use a file path, sqlite:///PATH or postgresql://...)"


class NotFoundError(StoreError):
    code = "E302"
    message = "not found"


class UsageError(MarsadError):
    code = "E400"
    message = "bad argument"
