"""What `parse_message` hands to the rest of dvk: one message and its files, read and judged.

Kept apart from the parser so the storage and the pipeline can name these types without pulling
in the parsing machinery.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ParsedAttachment:
    """One file found in a message.

    `part` says where: a MIME part path ("2", "2.1"), through forwarded messages ("3/1.2"),
    archives ("2/zip:forms/a.docx"), winmail.dat ("2/tnef:a.pdf"), or text-embedded encodings
    ("1/uu:a.pdf", "1/yenc:a.jpg", "1.2/data:1"). `media_type` comes from the bytes, never from
    the declared type or the name, which both lie.
    """

    part: str
    filename: str
    original_filename: str | None
    declared_type: str | None
    media_type: str
    data: bytes


@dataclass(frozen=True)
class ParsedMail:
    """One message: envelope fields, readable body, every file, and how far to trust it.

    `classification` is "normal", "auto_reply", "bounce" or "own" (see ingest.classify);
    `authenticity` "pass", "fail" or "unknown" (see ingest.authenticity); `defects` lists in
    plain words what was odd or broken, parse errors included.
    """

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    sender: str | None
    sender_name: str | None
    reply_to: str | None
    return_path: str | None
    to: tuple[str, ...]
    subject: str | None
    date: datetime | None
    body_text: str | None
    attachments: tuple[ParsedAttachment, ...]
    classification: str
    authenticity: str
    defects: tuple[str, ...]
