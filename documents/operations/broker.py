"""The broker as the operator sees it: does it answer, and how many tasks wait in it.

Celery's Redis transport keeps each queue as a Redis list named after the queue, and the tasks
delivered to a worker but not yet acknowledged in the hash `unacked`; both are read with one
round trip, without Celery (only `workers` knows Celery).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

#: The queues dvk's tasks go to (Celery's default queue; dvk declares no other).
QUEUES = ("celery",)
UNACKED_KEY = "unacked"


@dataclass(frozen=True)
class BrokerState:
    configured: bool
    ok: bool
    queued: dict[str, int] = field(default_factory=dict)  # tasks waiting, per queue
    unacked: int = 0  # delivered to a worker, not yet finished
    latency_ms: float = 0.0
    error: str | None = None  # the exception's class name: never the URL or its password


def probe_broker(url: str | None, timeout: float = 2.0) -> BrokerState:
    """Ping the broker and read its queue lengths; never raises."""
    if not url:
        return BrokerState(configured=False, ok=True)
    if not url.startswith(("redis://", "rediss://")):
        return BrokerState(configured=True, ok=False, error="not a Redis URL")
    started = time.perf_counter()
    try:
        import redis

        client = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
        try:
            pipe = client.pipeline(transaction=False)
            pipe.ping()
            for queue in QUEUES:
                pipe.llen(queue)
            pipe.hlen(UNACKED_KEY)
            _, *lengths, unacked = pipe.execute()
        finally:
            client.close()
    except Exception as exc:
        return BrokerState(configured=True, ok=False, error=type(exc).__name__)
    latency = (time.perf_counter() - started) * 1000
    queued = {queue: int(n) for queue, n in zip(QUEUES, lengths, strict=True)}
    return BrokerState(True, True, queued, int(unacked), round(latency, 1))
