"""What an operator watches: can we reach the database and the broker, how long is the queue,
how many messages failed or wait in quarantine, how many mails could not be sent."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text

from documents.models import Message, OutboundMail
from workers.bootstrap import Context


def check_database(ctx: Context) -> dict[str, Any]:
    try:
        with ctx.sessions() as session:
            session.execute(text("SELECT 1"))
            states = dict(
                session.execute(select(Message.state, func.count()).group_by(Message.state)).all()
            )
            outbox = dict(
                session.execute(
                    select(OutboundMail.state, func.count()).group_by(OutboundMail.state)
                ).all()
            )
    except Exception as exc:
        return {"ok": False, "error": exc.__class__.__name__}
    return {"ok": True, "messages": states, "outbox": outbox}


def check_broker(ctx: Context) -> dict[str, Any]:
    url = ctx.settings.broker_url
    if not url:
        return {"ok": True, "mode": "in-process"}
    try:
        import redis

        client = redis.Redis.from_url(url, socket_timeout=3, socket_connect_timeout=3)
        client.ping()
        queued = int(client.llen("celery"))
    except Exception as exc:
        return {"ok": False, "error": exc.__class__.__name__}
    return {"ok": True, "queued_tasks": queued}


def health(ctx: Context, component: str = "all") -> dict[str, Any]:
    report: dict[str, Any] = {}
    if component in {"all", "database"}:
        report["database"] = check_database(ctx)
    if component in {"all", "broker"}:
        report["broker"] = check_broker(ctx)
    report["ok"] = all(part["ok"] for part in report.values() if isinstance(part, dict))
    return report
