"""Helpers of the hostile mail tests: deliver mails in-process, read what dvk sent."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from sqlalchemy import select

from documents.models import Message
from ingest.dropfolder import drain_drop_folder
from workers import steps
from workers.bootstrap import Context


def deliver(ctx: Context, raws: list[bytes], prefix: str = "m") -> list[int]:
    """Drop the mails, store them, process each and send its acknowledgement; the ids stored."""
    inbox = ctx.settings.inbox_dir
    inbox.mkdir(parents=True, exist_ok=True)
    for n, raw in enumerate(raws):
        tmp = inbox / f".{prefix}-{n:05d}.tmp"
        tmp.write_bytes(raw)
        tmp.rename(inbox / f"{prefix}-{n:05d}.eml")
    stored = drain_drop_folder(ctx.sessions, ctx.settings)
    for message_id in stored:
        outbox_id = steps.handle_message(ctx, message_id)
        if outbox_id is not None:
            steps.deliver(ctx, outbox_id)
    return stored


def sent_mails(ctx: Context) -> list[EmailMessage]:
    """What the FolderSender wrote: every automatic mail dvk sent."""
    folder = ctx.settings.outbox_dir
    return (
        [
            email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            for path in sorted(folder.glob("*.eml"))
        ]
        if folder.is_dir()
        else []
    )


def acks_to(ctx: Context, message_id_header: str) -> list[EmailMessage]:
    return [m for m in sent_mails(ctx) if str(m["In-Reply-To"] or "").strip() == message_id_header]


def states(ctx: Context, headers: list[str]) -> dict[str, str]:
    with ctx.sessions() as session:
        rows = session.execute(
            select(Message.message_id_header, Message.state).where(
                Message.message_id_header.in_(headers)
            )
        )
        return {str(h): s for h, s in rows}
