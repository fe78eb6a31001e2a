"""One raw message in, everything dvk needs from it out: headers, body text, every file.

`parse_message` is a pure function over the bytes the IMAP watcher fetched. It never raises: the
caller stores the raw bytes whatever happens, and a message that cannot be read well still yields
what could be read, with the reasons in `defects`.

What counts as a file (attachment): every leaf part that is not body text and not delivery-report
machinery. Body text is a text/plain or text/html part without a file name and without
`Content-Disposition: attachment`; everything else with content is a file, wherever it sits.
Inline images without a name inside multipart/related HTML are kept as files on purpose: units
paste phone photos of signed forms into the body, and a logo too many costs less than a lost form.
Forwarded messages (message/rfc822) are walked and their files found (part "3/1.2"); zip archives
and winmail.dat are unpacked (parts "2/zip:a.docx", "2/tnef:a.pdf") and kept themselves too;
uuencode/yEnc blocks in plain text ("1/uu:a.pdf", "1/yenc:a.jpg") and images pasted into HTML as
data: URIs ("1.2/data:1") become files as well. Delivery-report parts are not files, and
message/partial fragments are reported in `defects`, not reassembled.

The stdlib's `compat32` policy is used for speed (about 3× faster than `policy.default`) and
because it leaves header values raw, which `ingest.headers` decodes more leniently.
"""

from __future__ import annotations

import base64
import email
import quopri
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import Message

from documents.sniff import DOC, OCTET, PDF, TNEF, ZIP, sniff_media_type
from ingest import archives
from ingest.authenticity import UNKNOWN, verdict
from ingest.body import html_to_text, tidy_body
from ingest.classify import NORMAL, classify
from ingest.embedded import extract_data_uris, extract_embedded
from ingest.envelope import read_envelope
from ingest.filenames import safe_filename
from ingest.headers import codec_name, decode_bytes, param_value, parse_params

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
_TNEF_MAGIC = b"\x78\x9f\x3e\x22"


@dataclass(frozen=True)
class ParsedAttachment:
    part: str
    filename: str
    original_filename: str | None
    declared_type: str | None
    media_type: str
    data: bytes


@dataclass(frozen=True)
class ParsedMail:
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


@dataclass
class _Walk:
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


def _note_part_defects(part: Message, pid: str, walk: _Walk) -> None:
    for defect in getattr(part, "defects", ()):
        doc = (type(defect).__doc__ or type(defect).__name__).strip().splitlines()[0]
        walk.defect(f"part {pid}: {doc.rstrip('.')}")


def _sniff(data: bytes) -> str:
    """documents.sniff with two corrections: a TNEF signature wins over a "%PDF-" found in the
    first kilobyte (a winmail.dat holding a small PDF would otherwise pass for a PDF), and a
    damaged archive that makes the sniffer raise is still named."""
    if data.startswith(_TNEF_MAGIC):
        return TNEF
    try:
        return sniff_media_type(data)
    except Exception:  # a damaged zip can make zipfile raise zlib.error while sniffing
        return ZIP if data.startswith(b"PK") else OCTET


def _add(walk: _Walk, attachment: ParsedAttachment) -> None:
    if len(walk.attachments) >= MAX_ATTACHMENTS:
        walk.defect(f"more than {MAX_ATTACHMENTS} files: the rest are not listed")
        return
    walk.attachments.append(attachment)


def _add_inner(walk: _Walk, pid: str, inner: archives.Unpacked) -> None:
    for defect in inner.defects:
        walk.defect(f"part {pid}: {defect}")
    for item in inner.files:
        media_type = _sniff(item.data)
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


def _payload(part: Message, pid: str, walk: _Walk) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:  # a damaged part must not lose the others
        walk.defect(f"part {pid}: content cannot be decoded ({exc})")
        return b""
    return data if isinstance(data, bytes) else b""


def _file(walk: _Walk, pid: str, data: bytes, original: str | None, declared: str | None) -> None:
    media_type = _sniff(data)
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
    walk: _Walk, pid: str, part: Message, ctype: str, charset: str | None, depth: int
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


def _leaf(part: Message, pid: str, depth: int, walk: _Walk) -> None:
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
    if original is None and disposition != "attachment" and ctype in _BODY_TYPES:
        _body_text(walk, pid, part, ctype, charset, depth)
        return
    if (
        original is None
        and disposition != "attachment"
        and part.get_content_maintype() == ("multipart")
    ):
        walk.defect(f"part {pid}: {ctype} without parts, read as text")
        _body_text(walk, pid, part, "text/plain", charset, depth)
        return
    _file(walk, pid, _payload(part, pid, walk), original, declared)


def _walk(part: Message, local: str, prefix: str, depth: int, walk: _Walk) -> None:
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


def _enclosed(part: Message, pid: str, walk: _Walk) -> Message | None:
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


def _walk_part(part: Message, pid: str, local: str, prefix: str, depth: int, walk: _Walk) -> None:
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
            _walk(enclosed, "", pid + "/", depth + 1, walk)
        return
    payload = part.get_payload()
    if isinstance(payload, list):
        for index, child in enumerate(payload, 1):
            if isinstance(child, Message):
                _walk(child, f"{local}.{index}" if local else str(index), prefix, depth, walk)
        return
    _leaf(part, pid, depth, walk)


def _choose_body(walk: _Walk) -> str | None:
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


def parse_message(
    raw: bytes,
    *,
    own_addresses: frozenset[str] = frozenset(),
    trusted_authserv_ids: frozenset[str] = frozenset(),
) -> ParsedMail:
    """Parse one message; never raises (see the module docstring for what is a file)."""
    try:
        message = email.message_from_bytes(raw, policy=policy.compat32)
    except Exception as exc:  # the stdlib raises RecursionError and others
        return _unreadable(f"message cannot be parsed: {type(exc).__name__}: {exc}")
    try:
        return _parse(message, own_addresses, trusted_authserv_ids)
    except Exception as exc:  # last resort, keeps the promise never to raise
        return _unreadable(f"message cannot be read: {type(exc).__name__}: {exc}")


def _unreadable(reason: str) -> ParsedMail:
    return ParsedMail(
        message_id=None, in_reply_to=None, references=(), sender=None, sender_name=None,
        reply_to=None, return_path=None, to=(), subject=None, date=None, body_text=None,
        attachments=(), classification=NORMAL, authenticity=UNKNOWN, defects=(reason,),
    )  # fmt: skip


def _parse(
    message: Message, own_addresses: frozenset[str], trusted_authserv_ids: frozenset[str]
) -> ParsedMail:
    walk = _Walk()
    try:
        _walk(message, "", "", 0, walk)
    except RecursionError:
        walk.defect("message is nested too deeply to read completely")
    except Exception as exc:  # keep the files found so far and say why the rest is missing
        walk.defect(f"message structure cannot be read completely: {type(exc).__name__}: {exc}")
    headers = [
        (name, value if isinstance(value, str) else str(value))
        for name, value in message.raw_items()
    ]
    envelope = read_envelope(headers, charset=message.get_param("charset"))
    defects = [*walk.defects, *envelope.defects]
    body_text = _choose_body(walk)
    if body_text is not None:
        body_text, truncated = tidy_body(body_text)
        if truncated:
            defects.append("body text is longer than the limit and was cut")
    auth_values = [
        value for name, value in headers if name.strip().lower() == "authentication-results"
    ]
    return ParsedMail(
        message_id=envelope.message_id,
        in_reply_to=envelope.in_reply_to,
        references=envelope.references,
        sender=envelope.sender,
        sender_name=envelope.sender_name,
        reply_to=envelope.reply_to,
        return_path=envelope.return_path,
        to=envelope.to,
        subject=envelope.subject,
        date=envelope.date,
        body_text=body_text,
        attachments=tuple(walk.attachments),
        classification=classify(
            headers,
            content_types=walk.top_types,
            sender=envelope.sender,
            subject=envelope.subject,
            return_path=envelope.return_path,
            own_addresses=own_addresses,
            carries_documents=any(_is_document(a.media_type) for a in walk.attachments),
        ),
        authenticity=verdict(auth_values, trusted_authserv_ids),
        defects=tuple(_printable(defect) for defect in defects),
    )


def _is_document(media_type: str) -> bool:
    markers = ("officedocument", "opendocument", "ms-word", "ms-excel")
    return media_type in _DOCUMENT_TYPES or any(marker in media_type for marker in markers)


def _printable(text: str) -> str:
    """Defects quote raw header bytes; lone surrogates would not survive a database."""
    return text.encode("utf-8", "replace").decode("utf-8")
