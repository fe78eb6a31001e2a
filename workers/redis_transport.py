"""kombu's Redis transport, made to survive a Redis restart under a busy Celery 5.7 worker.

When the broker connection breaks, Celery 5.7 first *collects* the connection (kombu detaches
the transport from it) and then *closes* it. If the Redis server was unreachable during the
collect, the default channel is left open with unacknowledged deliveries; closing it again
tries to restore them, builds a new connection pool from the detached transport, and kombu
fails with ``AttributeError: 'NoneType' object has no attribute 'hostname'`` (in
``Channel._connparams``). That error is not a connection error, so the consumer dies with
"Unrecoverable error" and the worker stops taking tasks. The same happens when a task that
began before the restart finishes and acknowledges its delivery on the old channel.

Here a channel whose transport is detached raises a Redis ``ConnectionError`` instead, which
kombu and Celery already treat as a lost connection: the close is ignored, the late
acknowledgement is logged as impossible, and the consumer reconnects. Nothing is lost by
that: Redis lost those deliveries with its restart, and `dvk.tick` re-queues from the
database whatever is unfinished (see `documents.pipeline.unfinished_message_ids`).
"""

from __future__ import annotations

from typing import Any

from kombu.transport import redis as kombu_redis
from redis.exceptions import ConnectionError as RedisConnectionError


class DetachedChannelError(RedisConnectionError):
    """The channel belongs to a broker connection that was already collected."""


class Channel(kombu_redis.Channel):
    def _connparams(self, asynchronous: bool = False) -> dict[str, Any]:
        if self.connection is None or self.connection.client is None:
            raise DetachedChannelError(
                "this broker channel belongs to a connection that was already closed"
            )
        params: dict[str, Any] = super()._connparams(asynchronous=asynchronous)
        return params


class Transport(kombu_redis.Transport):
    Channel = Channel


#: The value for Celery's ``broker_transport`` setting.
TRANSPORT_PATH = f"{__name__}:Transport"


def transport_for(broker_url: str) -> str | None:
    """Our transport for plain ``redis://`` URLs; None (kombu's choice) for any other scheme.

    ``rediss://`` is left to kombu because kombu derives its TLS defaults from that scheme name.
    """
    return TRANSPORT_PATH if broker_url.split("://", 1)[0].lower() == "redis" else None
