"""Routing a province's shared mailbox: which commune a message was sent to, or none for sure.

A province may run one domain for all its communes (`xa-lac-hung@dvk.tinh.gov.vn`,
`vanphong.phulac@dvk.tinh.gov.vn`) delivered into one mailbox. Each commune lists its addresses
(`CommuneAddress`); a message goes to the commune whose address it was sent to:

1. the envelope recipients a real MTA leaves (`Delivered-To`, `X-Original-To`, `Envelope-To`):
   they say for which recipient this copy was delivered (Postfix delivers one copy per original
   recipient, each with its own `X-Original-To`);
2. only when those name no commune's address, the `To` and `Cc` headers.

Exactly one commune matched at the first step that matches any: that commune. Several (a mail
Cc'd to two communes, with no envelope header to say which copy this is): held, never guessed.
None: held. A held message is stored for the province's administrator, with the reason.

Addresses compare in canonical form (`documents.addresses.canonical_address`: lower case, NFC,
IDNA domain); `x+tag@domain` also matches `x@domain`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from documents import clock
from documents.addresses import canonical_address
from documents.campaign_template import province_id
from documents.db import all_communes, commune_id_by_slug, for_commune
from documents.lifecycle import UNROUTED, MessageState
from documents.models import AuditEntry, Blob, CommuneAddress, Message
from ingest.envelope import addresses
from ingest.settings import IngestSettings
from ingest.store import store_message

#: Headers a receiving MTA writes with the envelope recipient, in no order of trust.
ENVELOPE_HEADERS = ("delivered-to", "x-original-to", "envelope-to")
#: The headers the sender wrote, read only when the envelope names no commune.
VISIBLE_HEADERS = ("to", "cc")
#: `Message.reply_code` of a held message the province has since routed to its commune.
ROUTED = "routed"


@dataclass(frozen=True)
class Recipients:
    """The canonical recipient addresses of a message, by where they were read."""

    envelope: tuple[str, ...]
    visible: tuple[str, ...]

    def all(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.envelope, *self.visible)))


@dataclass(frozen=True)
class Route:
    """Where a message goes: a commune, or held (`commune_id` None) with the reason, in
    Vietnamese for the province's administrator."""

    commune_id: int | None
    reason: str | None = None

    @property
    def held(self) -> bool:
        return self.commune_id is None


def read_recipients(raw: bytes) -> Recipients:
    """The envelope and visible recipients of a raw message (its header block only)."""
    parsed = BytesHeaderParser(policy=compat32).parsebytes(_header_block(raw))
    headers = [(name, str(value)) for name, value in parsed.raw_items()]

    def values(names: Sequence[str]) -> list[str]:
        return [value for name, value in headers if name.strip().lower() in names]

    return Recipients(addresses(values(ENVELOPE_HEADERS)), addresses(values(VISIBLE_HEADERS)))


def _header_block(raw: bytes) -> bytes:
    """The headers without the body (a scanned form may make a 20 MB message)."""
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    return raw[: min(ends)] + b"\r\n\r\n" if ends else raw


def normalise(text: str) -> str | None:
    """An address as the directory keeps it (canonical), or None when it is none."""
    return canonical_address(text)


def lookup_keys(address: str) -> tuple[str, ...]:
    """The directory entries an address may match: itself, and without its `+tag`."""
    local, _, domain = address.rpartition("@")
    base = local.split("+", 1)[0]
    if base and base != local:
        return (address, f"{base}@{domain}")
    return (address,)


def communes_of(found: Iterable[str], directory: Mapping[str, int]) -> dict[int, str]:
    """The communes `found` addresses belong to, each with the first address that named it."""
    matched: dict[int, str] = {}
    for address in found:
        for key in lookup_keys(address):
            if key in directory:
                matched.setdefault(directory[key], address)
                break
    return matched


def resolve(recipients: Recipients, directory: Mapping[str, int]) -> Route:
    """The commune a message goes to (see the module's doc), or held with why."""
    for step in (recipients.envelope, recipients.visible):
        matched = communes_of(step, directory)
        if len(matched) == 1:
            return Route(next(iter(matched)))
        if len(matched) > 1:
            named = ", ".join(sorted(matched.values()))
            return Route(None, f"Gửi cho nhiều xã cùng lúc ({named}): không đoán xã nào nhận.")
    shown = ", ".join(recipients.all()[:5]) or "không có địa chỉ người nhận đọc được"
    return Route(None, f"Không địa chỉ nào là của một xã ({shown}).")


# --- The database side: the directory of addresses, and where held mail goes ----------------


class RoutingError(ValueError):
    """A message cannot be routed or held as asked; the text says what to do instead."""


class NoProvinceError(RoutingError):
    """A shared mailbox has mail to hold and the deployment has no province row to hold it in."""


def load_directory(session: Session, found: Iterable[str]) -> dict[str, int]:
    """The directory entries (address → commune id) `found` addresses may match. Reads across
    communes: `session` is an operator's (`all_communes`)."""
    keys = {key for address in found for key in lookup_keys(address)}
    if not keys:
        return {}
    rows = session.execute(
        select(CommuneAddress.address, CommuneAddress.commune_id).where(
            CommuneAddress.address.in_(keys)
        )
    )
    return {address: int(commune_id) for address, commune_id in rows}


def route_all(sessions: sessionmaker[Session], raws: Sequence[bytes]) -> list[Route]:
    """The route of each raw message, from one read of the directory."""
    readings = [read_recipients(raw) for raw in raws]
    with all_communes(sessions)() as session:
        directory = load_directory(session, {a for r in readings for a in r.all()})
    return [resolve(reading, directory) for reading in readings]


def holding_commune(sessions: sessionmaker[Session]) -> int:
    """The province's row, where unrouted mail waits for its administrator."""
    found = province_id(sessions)
    if found is None:
        raise NoProvinceError(
            "hộp thư chung có thư không chia được về xã nào và chưa có tỉnh để giữ: thêm tỉnh "
            "bằng `dvk communes add MÃ TÊN --province`"
        )
    return found


def mark_held(session: Session, message_id: int, reason: str) -> None:
    """Show a stored message as unrouted: waiting for the province, never processed nor
    acknowledged (`documents.lifecycle.UNROUTED`)."""
    session.execute(
        update(Message)
        .where(Message.id == message_id)
        .values(
            state=MessageState.QUARANTINED,
            error=f"Chưa chuyển được về xã nào: {reason}",
            reply_code=UNROUTED,
            reply_note=reason,
        )
    )


def route_held(
    sessions: sessionmaker[Session],
    message_id: int,
    commune_slug: str,
    *,
    settings: IngestSettings,
    actor: str,
) -> int:
    """The province's administrator sends a held message to the commune it was meant for: it
    is stored there as if it had arrived so (its raw bytes, its arrival time) and processed
    like any other; the held copy stays in the province's row as evidence, marked routed.
    Returns the commune's message id."""
    province = holding_commune(sessions)
    with for_commune(sessions, province)() as session:
        held = session.get(Message, message_id)
        if held is None or held.reply_code != UNROUTED:
            raise RoutingError(f"không có thư #{message_id} đang chờ (xem `dvk mailboxes held`)")
        raw = session.get_one(Blob, held.raw_sha256).data
        source, received_at = held.source, held.received_at
    commune_id = commune_id_by_slug(sessions, commune_slug)
    if commune_id is None or commune_id == province:
        raise RoutingError(f"không có xã mã “{commune_slug}” (xem `dvk communes list`)")
    with for_commune(sessions, commune_id)() as session:
        stored = store_message(
            session, raw, source=source, received_at=received_at, settings=settings
        )
        session.commit()
    _mark_routed(sessions, province, message_id, commune_slug, stored.message_id, actor)
    return stored.message_id


def _mark_routed(
    sessions: sessionmaker[Session],
    province: int,
    message_id: int,
    slug: str,
    routed_id: int,
    actor: str,
) -> None:
    with for_commune(sessions, province)() as session:
        session.execute(
            update(Message)
            .where(Message.id == message_id)
            .values(
                state=MessageState.PROCESSED,
                reply_code=ROUTED,
                reply_note=f"Đã chuyển về xã {slug} (thư #{routed_id} của xã).",
                processed_at=clock.now(),
            )
        )
        session.add(
            AuditEntry(
                actor=actor[:64],
                action="message.route",
                entity="message",
                entity_id=str(message_id),
                before={"reply_code": UNROUTED},
                after={"commune": slug, "message_id": routed_id},
            )
        )
        session.commit()
