"""The walk over a message's part tree that finds every file and the body text.

See ingest.mime for what counts as a file. Each part is read on its own, so one damaged part
costs only itself; the stdlib reports decoding defects only once a part is decoded, so they are
collected after each part is read.
"""

from __future__ import annotations

import base64
import binascii
import email
import quopri
from dataclasses import dataclass, field
from email import policy
from email.message import Message

from documents.sniff import DOC, PDF, ZIP
from ingest import archives
from ingest.body import html_to_text
from ingest.embedded import extract_data_uris, extract_embedded
from ingest.filenames import safe_filename
from ingest.headers import codec_name, decode_bytes, param_value, parse_params
from ingest.parsed import ParsedAttachment

MAX_ATTACHMENTS = 1000
MAX_DEPTH = 40

# Parts of delivery/read/feedback reports: machine data about a message, not files.
REPORT_TYPES = frozenset(
    {
        "message/delivery-status",
        "message/global-delivery-status",
        "message/disposition-notification",
        "message/global-disposition-notification",
        "message/feedback-report",
        "text/rfc822-headers",
        "message/global-headers",
    }
)
_FRAGMENT_TYPES = frozenset({"message/partial", "message/external-body"})
_BODY_TYPES = frozenset({"text/plain", "text/html"})
_DOCUMENT_TYPES = frozenset({PDF, DOC, ZIP, "application/rtf", "application/vnd.rar"})


@dataclass
class Walk:
    """What a walk over the part tree collects."""

    attachments: list[ParsedAttachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    plain: list[tuple[int, str]] = field(default_factory=list)  # (forward depth, text)
    html: list[tuple[int, str]] = field(default_factory=list)
    top_types: list[str] = field(default_factory=list)  # media types outside forwarded mail

    def defect(self, text: str) -> None:
        if text not in self.defects:
            self.defects.append(text)


def _header_map(part: Message) -> dict[str, str]:
    """Raw header values by lower-cased name, the first occurrence winning."""
    headers: dict[str, str] = {}
    for name, value in part.raw_items():
        headers.setdefault(name.strip().lower(), value if isinstance(value, str) else str(value))
    return headers


def _note_part_defects(part: Message, pid: str, walk: Walk) -> None:
    for defect in getattr(part, "defects", ()):
        doc = (type(defect).__doc__ or type(defect).__name__).strip().splitlines()[0]
        walk.defect(f"part {pid}: {doc.rstrip('.')}")


def _add(walk: Walk, attachment: ParsedAttachment) -> None:
    if len(walk.attachments) >= MAX_ATTACHMENTS:
        walk.defect(f"more than {MAX_ATTACHMENTS} files: the rest are not listed")
        return
    walk.attachments.append(attachment)


def _add_inner(walk: Walk, pid: str, inner: archives.Unpacked) -> None:
    for defect in inner.defects:
        walk.defect(f"part {pid}: {defect}")
    for item in inner.files:
        media_type = archives.safe_sniff(item.data)
        inner_pid = f"{pid}/{item.path}"
        _add(
            walk,
            ParsedAttachment(
                part=inner_pid,
                filename=safe_filename(item.name, part=inner_pid, media_type=media_type),
                original_filename=item.name,
                declared_type=None,
                media_type=media_type,
                data=item.data,
            ),
        )
        if media_type == ZIP and "zip:" not in item.path:  # a zip sent from Outlook or uuencoded
            _add_inner(walk, inner_pid, archives.unpack_zip(item.data))


#: What a clean base64 body holds; anything else goes the stdlib's way, which reports it.
_BASE64_TEXT = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\r\n"


def _clean_base64(part: Message) -> bytes | None:
    """Decode a well-formed base64 body in one pass, or None to leave it to the stdlib.

    The stdlib splits the body into lines and joins them again before decoding, several copies
    of a large attachment at once; binascii skips the line breaks itself.
    """
    if str(part.get("content-transfer-encoding", "")).strip().lower() != "base64":
        return None
    payload = part.get_payload()
    if not isinstance(payload, str):
        return None
    encoded = payload.encode("ascii", "surrogateescape")
    if encoded.translate(None, _BASE64_TEXT):
        return None  # stray characters: the stdlib decodes and notes the defect
    try:
        return binascii.a2b_base64(encoded)
    except binascii.Error:
        return None  # bad padding: likewise


def _payload(part: Message, pid: str, walk: Walk) -> bytes:
    try:
        clean = _clean_base64(part)
        data = clean if clean is not None else part.get_payload(decode=True)
    except Exception as exc:  # a damaged part must not lose the others
        walk.defect(f"part {pid}: content cannot be decoded ({exc})")
        return b""
    return data if isinstance(data, bytes) else b""


def _file(walk: Walk, pid: str, data: bytes, original: str | None, declared: str | None) -> None:
    media_type = archives.safe_sniff(data)
    _add(
        walk,
        ParsedAttachment(
            part=pid,
            filename=safe_filename(original, part=pid, media_type=media_type),
            original_filename=original,
            declared_type=declared,
            media_type=media_type,
            data=data,
        ),
    )
    if archives.is_tnef(media_type, declared, original):
        _add_inner(walk, pid, archives.unpack_tnef(data))
    elif media_type == ZIP:
        _add_inner(walk, pid, archives.unpack_zip(data))


def _body_text(
    walk: Walk, pid: str, part: Message, ctype: str, charset: str | None, depth: int
) -> None:
    data = _payload(part, pid, walk)
    if ctype == "text/plain" and (b"begin " in data or b"=ybegin " in data):
        embedded = extract_embedded(data)
        for defect in embedded.defects:
            walk.defect(f"part {pid}: {defect}")
        if embedded.files:
            data = embedded.text
            _add_inner(walk, pid, archives.Unpacked(files=embedded.files))
    if ctype == "text/html":
        pasted = extract_data_uris(data)
        if pasted:
            _add_inner(walk, pid, archives.Unpacked(files=pasted))
    if charset and codec_name(charset) is None:
        walk.defect(f"part {pid}: unknown charset {charset!r}")
    text, fell_back = decode_bytes(data, charset)
    if fell_back and charset and codec_name(charset) is not None:
        walk.defect(f"part {pid}: text is not in its declared charset {charset!r}")
    target = walk.plain if ctype == "text/plain" else walk.html
    target.append((depth, text))


def _leaf(part: Message, pid: str, depth: int, walk: Walk) -> None:
    headers = _header_map(part)
    ctype = part.get_content_type()
    declared_main, ct_params = parse_params(headers.get("content-type"))
    disposition, cd_params = parse_params(headers.get("content-disposition"))
    charset = ct_params.get("charset")
    original = param_value(cd_params, "filename", charset) or param_value(
        ct_params, "name", charset
    )
    if original is not None and not original.strip():
        original = None
    declared = declared_main if "/" in declared_main else None
    is_named_or_attached = original is not None or disposition == "attachment"
    if not is_named_or_attached and ctype in _BODY_TYPES:
        _body_text(walk, pid, part, ctype, charset, depth)
        return
    if not is_named_or_attached and part.get_content_maintype() == "multipart":
        walk.defect(f"part {pid}: {ctype} without parts, read as text")
        _body_text(walk, pid, part, "text/plain", charset, depth)
        return
    _file(walk, pid, _payload(part, pid, walk), original, declared)


def walk_part(part: Message, local: str, prefix: str, depth: int, walk: Walk) -> None:
    pid = prefix + (local or "1")
    if depth > MAX_DEPTH or local.count(".") > MAX_DEPTH:
        walk.defect(f"part {pid}: nested too deeply, not read")
        return
    try:
        _walk_part(part, pid, local, prefix, depth, walk)
    except RecursionError:
        raise
    except Exception as exc:  # one unreadable part must not cost its siblings
        walk.defect(f"part {pid} cannot be read: {type(exc).__name__}: {exc}")
    finally:  # after decoding, which is when the stdlib notices bad base64
        _note_part_defects(part, pid, walk)


def _enclosed(part: Message, pid: str, walk: Walk) -> Message | None:
    """The message inside a message/rfc822 part.

    RFC 2046 forbids encoding such a part, yet some clients base64 it; the stdlib then parses
    the base64 text as a message, so decode it and parse again.
    """
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    if encoding in ("base64", "quoted-printable"):
        try:
            text = inner.as_string() if isinstance(inner, Message) else str(payload or "")
            raw = text.encode("ascii", "surrogateescape")
            data = (
                base64.b64decode(b"".join(raw.split()) + b"==", validate=False)
                if encoding == "base64"
                else quopri.decodestring(raw)
            )
        except (ValueError, TypeError, LookupError, UnicodeError) as exc:
            walk.defect(f"part {pid}: encoded forwarded message cannot be decoded ({exc})")
            return None
        walk.defect(f"part {pid}: forwarded message is {encoding}-encoded")
        return email.message_from_bytes(data, policy=policy.compat32)
    if isinstance(inner, Message):
        return inner
    data = _payload(part, pid, walk)
    return email.message_from_bytes(data, policy=policy.compat32) if data else None


def _walk_part(part: Message, pid: str, local: str, prefix: str, depth: int, walk: Walk) -> None:
    ctype = part.get_content_type()
    if depth == 0:
        walk.top_types.append(ctype)
    if ctype in REPORT_TYPES:
        return
    if ctype in _FRAGMENT_TYPES:
        walk.defect(f"part {pid}: {ctype} is a fragment of a message, not reassembled")
        return
    if part.get_content_maintype() == "message":
        enclosed = _enclosed(part, pid, walk)
        if enclosed is not None:
            walk_part(enclosed, "", pid + "/", depth + 1, walk)
        return
    payload = part.get_payload()
    if isinstance(payload, list):
        for index, child in enumerate(payload, 1):
            if isinstance(child, Message):
                walk_part(child, f"{local}.{index}" if local else str(index), prefix, depth, walk)
        return
    _leaf(part, pid, depth, walk)


def choose_body(walk: Walk) -> str | None:
    """Plain text parts of the outermost message that has any (joined: Apple Mail splits the
    body around inline images); its HTML flattened when it has no plain text."""
    depths = [depth for depth, _ in walk.plain + walk.html]
    if not depths:
        return None
    top = min(depths)
    plain = [text for depth, text in walk.plain if depth == top and text.strip()]
    if plain:
        return "\n\n".join(plain)
    html = [html_to_text(text) for depth, text in walk.html if depth == top]
    return "\n\n".join(html) if html else None


def is_document(media_type: str) -> bool:
    markers = ("officedocument", "opendocument", "ms-word", "ms-excel")
    return media_type in _DOCUMENT_TYPES or any(marker in media_type for marker in markers)
