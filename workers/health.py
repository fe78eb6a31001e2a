"""`dvk health`: the health report of `documents.operations.health`, plus the live probes only
this side can run — start an extraction sandbox on this machine, ping the Celery workers."""

from __future__ import annotations

from typing import Any

from documents.operations.health import (
    DOWN,
    OFF,
    OK,
    ComponentHealth,
    HealthReport,
    Probe,
    check_health,
    probe_sandbox,
)
from workers.bootstrap import Context

PING_TIMEOUT = 2.0


def ping_workers(ctx: Context) -> ComponentHealth:
    """Ask every Celery worker to answer within `PING_TIMEOUT` seconds."""
    if not ctx.settings.broker_url:
        return ComponentHealth("workers", OFF, "no broker: `dvk run` processes in-process")
    from workers.celery_app import make_celery

    try:
        replies: list[dict[str, Any]] = (
            make_celery(ctx.settings).control.ping(timeout=PING_TIMEOUT) or []
        )
    except Exception as exc:
        return ComponentHealth("workers", DOWN, f"ping failed ({type(exc).__name__})")
    nodes = sorted(node for reply in replies for node in reply)
    if not nodes:
        return ComponentHealth("workers", DOWN, f"no worker answered within {PING_TIMEOUT} s")
    return ComponentHealth("workers", OK, f"{len(nodes)} workers answered", {"answered": nodes})


def health(ctx: Context, component: str | None = None, *, probe: bool = False) -> HealthReport:
    """The report; with `probe`, the sandbox and the workers are checked live from here."""
    probes: dict[str, Probe] = {}
    if probe:
        settings = ctx.settings
        probes["sandbox"] = lambda: probe_sandbox(
            timeout=settings.extract_timeout, memory_mb=settings.extract_memory_mb
        )
        probes["workers"] = lambda: ping_workers(ctx)
    return check_health(ctx.sessions, ctx.settings, only=component, probes=probes)
