"""Read a form from any supported file into the field contract.

`extract` is the one entry point the pipeline uses: it never raises for a bad file (an
unreadable, unsupported, encrypted or broken file becomes kind `unknown` with the reason in
Vietnamese, ready for the acknowledgement mail). `read_fields` is the format-independent parser
that every reader's `DocumentText` goes through.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from documents.contract import Extraction
from documents.extraction.fields import read_fields
from documents.extraction.fields.memory import MemoryHint
from documents.extraction.readers import PREFIX, Unreadable, read_document
from documents.sniff import sniff_media_type

log = logging.getLogger(__name__)

__all__ = ["extract", "read_fields"]


def extract(data: bytes, filename: str, hints: Sequence[MemoryHint] = ()) -> Extraction:
    """The kind and fields of one file; the type comes from the bytes, never from `filename`.
    `hints` are the office's layout memories that may apply (see `fields.memory`)."""
    media_type = sniff_media_type(data) if data else "application/octet-stream"
    try:
        doc = read_document(data, media_type)
    except Unreadable as exc:
        return Extraction.unreadable(exc.reason)
    except Exception as exc:  # a reader's bug must not stop the mailroom
        message = getattr(exc, "message", None)
        if isinstance(message, str) and type(exc).__name__ == "UnsafeFile":
            return Extraction.unreadable(PREFIX + message)
        log.exception("reading %s (%s) failed", filename, media_type)
        return Extraction.unreadable(PREFIX + "tệp bị hỏng hoặc không đúng định dạng")
    try:
        return read_fields(doc, hints)
    except Exception:
        log.exception("parsing fields of %s failed", filename)
        return Extraction.unreadable("Không đọc được nội dung phiếu trong tệp", source=doc.source)
