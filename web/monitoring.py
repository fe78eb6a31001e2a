"""`/healthz`, `/healthz/<component>` and `/metrics`: what monitoring reads from the register.

Health is public in its statuses only (a load balancer needs no more); its details — mailbox
names, errors, workers — and every metric (per-commune counts) are for monitoring alone: a
client whose address is in `DVK_METRICS_ALLOW`, or who presents `DVK_METRICS_TOKEN` as a bearer
token, or a logged-in office user (health details only, and of the mailboxes only its own
commune's). With neither setting `/metrics` does
not exist (404). The client address is the one `web.proxy` established: a forwarded request
counts as its real client, never as the proxy.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging

from flask import Blueprint, abort, jsonify, request
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.wrappers import Response

from documents.db import for_commune
from documents.operations.health import COMPONENTS, check_health
from documents.operations.metrics import render_metrics
from documents.province import PROVINCE_ROLES
from web import auth
from web.state import request_commune, state

log = logging.getLogger(__name__)
bp = Blueprint("monitoring", __name__)
PUBLIC_ENDPOINTS = frozenset(
    {"monitoring.healthz", "monitoring.healthz_component", "monitoring.metrics"}
)


def _metrics_enabled() -> bool:
    settings = state().settings
    return bool(settings.metrics_allow) or bool(
        settings.metrics_token and settings.metrics_token.get_secret_value()
    )


def monitoring_client() -> bool:
    """Whether this request comes from monitoring: an allowed address or the bearer token."""
    settings = state().settings
    token = settings.metrics_token.get_secret_value() if settings.metrics_token else ""
    header = request.headers.get("Authorization", "")
    if token and header.startswith("Bearer "):
        offered = header.removeprefix("Bearer ").strip()
        if hmac.compare_digest(offered.encode(), token.encode()):
            return True
    try:
        client = ipaddress.ip_address(request.remote_addr or "")
    except ValueError:
        return False
    return any(client in ipaddress.ip_network(net) for net in settings.metrics_allow)


def _health_sessions(monitoring: bool) -> sessionmaker[Session]:
    """Monitoring and the province read every commune's mailboxes; a commune's office user
    reads its own commune's (and the shared ones), never another commune's names or errors."""
    user = auth.current_user()
    commune = request_commune()
    if monitoring or user is None or user.role in PROVINCE_ROLES or commune is None:
        return state().sessions
    return for_commune(state().sessions, commune)


def _health(only: str | None) -> tuple[Response, int]:
    settings = state().settings
    monitoring = monitoring_client()
    report = check_health(_health_sessions(monitoring), settings, only=only)
    detailed = monitoring or auth.current_user() is not None
    response = jsonify(report.as_json(with_detail=detailed))
    return response, 200 if report.ok else 503


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    """Every component; 503 when one is down (the load balancer's check)."""
    return _health(None)


@bp.get("/healthz/<component>")
def healthz_component(component: str) -> tuple[Response, int]:
    """One component (e.g. `/healthz/database` for a web instance's own readiness)."""
    if component not in COMPONENTS:
        abort(404)
    return _health(component)


@bp.get("/metrics")
def metrics() -> Response:
    if not _metrics_enabled():
        abort(404)
    if not monitoring_client():
        log.warning("/metrics refused to %s", request.remote_addr)
        abort(403)
    body = render_metrics(state().sessions, state().settings)
    return Response(body, status=200, content_type=CONTENT_TYPE_LATEST)
