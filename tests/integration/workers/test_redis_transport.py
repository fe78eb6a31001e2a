"""The broker connection breaking under unacknowledged deliveries, on a private Redis server.

This replays, step by step, what a Celery 5.7 worker does when Redis restarts while tasks are
in flight (see `workers.redis_transport`): collect the broken connection, close it, and later
acknowledge a delivery from before the restart. Each step must end in nothing or in a
connection error, never in an error the consumer cannot recover from.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator

import pytest
from kombu.common import ignore_errors
from kombu.connection import Connection
from kombu.entity import Exchange, Queue
from kombu.message import Message
from kombu.messaging import Consumer

from tests.conftest import unavailable
from tests.servers.redis_server import RedisServer, RedisUnavailableError
from workers.redis_transport import TRANSPORT_PATH, transport_for


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    try:
        server = RedisServer.create()
        server.start()
    except RedisUnavailableError as exc:
        unavailable(str(exc))
    yield server
    server.destroy()


def deliver_unacknowledged(connection: Connection) -> Message:
    """Consume one task-like message without acknowledging it, with the connection shaped like
    a worker's: the default channel and a second channel both waiting on a BRPOP."""
    tasks = Queue("dvk-transport-tasks", Exchange("dvk-transport-tasks"), "dvk")
    control = Queue("dvk-transport-control", Exchange("dvk-transport-control"), "control")
    with connection.Producer() as producer:
        producer.publish({"id": 1}, exchange=tasks.exchange, routing_key="dvk", declare=[tasks])
    received: list[Message] = []
    Consumer(
        connection.default_channel, [tasks], callbacks=[lambda _b, m: received.append(m)]
    ).consume()
    Consumer(connection.channel(), [control], callbacks=[lambda _b, _m: None]).consume()
    connection.drain_events(timeout=5)
    with pytest.raises(socket.timeout):
        connection.drain_events(timeout=0.2)
    assert len(received) == 1
    return received[0]


def test_a_broken_connection_closes_and_late_acks_fail_as_connection_errors(
    redis_server: RedisServer,
) -> None:
    connection = Connection(redis_server.url, transport=TRANSPORT_PATH)
    recoverable = connection.connection_errors
    message = deliver_unacknowledged(connection)

    redis_server.stop()
    with contextlib.suppress(Exception):  # what Celery does first: collect, come what may
        connection.collect(socket_timeout=1)
    ignore_errors(connection, connection.close)  # then close: must not raise

    with pytest.raises(recoverable):  # the task finishing late: a connection error
        message.ack()


def test_the_connection_still_works_normally(redis_server: RedisServer) -> None:
    with Connection(redis_server.url, transport=TRANSPORT_PATH) as connection:
        message = deliver_unacknowledged(connection)
        assert message.payload == {"id": 1}
        message.ack()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("redis://127.0.0.1:6379/0", TRANSPORT_PATH),
        ("REDIS://broker/1", TRANSPORT_PATH),
        ("rediss://broker:6380/0?ssl_cert_reqs=required", None),
        ("sentinel://broker:26379", None),
        ("amqp://guest@broker//", None),
    ],
)
def test_only_plain_redis_urls_get_the_transport(url: str, expected: str | None) -> None:
    assert transport_for(url) == expected
