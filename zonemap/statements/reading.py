"""Read the text of a statement or article, refusing what is not readable text."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError
from ..limits import STATEMENT_FILE_LIMIT, read_bounded

__all__ = ["read_statement"]


def read_statement(path: Path) -> str:
    """Return the text of ``path`` (UTF-8, or UTF-16 with a byte-order mark).

    Raises
    ------
    InputError
        The file is not a regular file, is empty, larger than
        :data:`~zonemap.limits.STATEMENT_FILE_LIMIT`, binary or not in a text encoding
        zonemap reads.
    """
    data = read_bounded(path, STATEMENT_FILE_LIMIT, InputError)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data:
            raise InputError("this is a binary file, not text", file=path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not UTF-8 text (byte {exc.start}); save the file as UTF-8", file=path
            ) from None
    if not text.strip():
        raise InputError("the file is empty", file=path)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > len(text) // 100:
        raise InputError("this is a binary file, not text", file=path)
    return text.replace("\r\n", "\n").replace("\r", "\n")
