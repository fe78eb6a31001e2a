"""The Celery app on DVK_BROKER_URL (Redis) and its thin tasks.

Tasks take ids, re-read the database and call `workers.steps`; they are idempotent, so
`acks_late` with `task_reject_on_worker_lost` is safe: a worker killed mid-task has its task
redelivered, and the periodic `dvk.tick` re-queues whatever the database says is unfinished
(Redis here keeps nothing on disk, so a restart loses the queue — never the work).
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections.abc import Callable
from typing import Any

from celery import Celery
from celery.signals import task_postrun, worker_process_init, worker_ready, worker_shutdown

from documents.operations import heartbeats
from workers import steps
from workers.bootstrap import Context
from workers.redis_transport import transport_for
from workers.settings import Settings

TICK_SECONDS = 15.0
#: How often some worker starts an extraction sandbox only to prove it can (`sandbox` health).
SANDBOX_PROBE_SECONDS = 300.0
log = logging.getLogger(__name__)

_context: Context | None = None
#: The heartbeat threads of this process's worker nodes, by node name.
_workers_alive: dict[str, threading.Event] = {}


def context() -> Context:
    if _context is None:
        raise RuntimeError("the Celery app was not created with make_celery()")
    return _context


def make_celery(settings: Settings) -> Celery:
    """Build the app and register its tasks; the composition root calls this once per process."""
    global _context
    if not settings.broker_url:
        raise ValueError("DVK_BROKER_URL is not set: without a broker, `dvk run` works in-process")
    _context = Context(settings)
    app = Celery("dvk", broker=settings.broker_url, set_as_current=True)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
        broker_transport=transport_for(settings.broker_url),
        broker_transport_options={"visibility_timeout": 3600},
        beat_schedule={
            "dvk-tick": {"task": "dvk.tick", "schedule": TICK_SECONDS},
            "dvk-probe-sandbox": {
                "task": "dvk.probe_sandbox",
                "schedule": SANDBOX_PROBE_SECONDS,
                "options": {"expires": SANDBOX_PROBE_SECONDS},
            },
        },
    )
    _register_tasks(app)
    return app


#: How long the publisher may try to reach the broker for one message before moving on.
ENQUEUE_RETRY_POLICY = {"max_retries": 3, "interval_start": 0.2, "interval_step": 0.5,
                        "interval_max": 1.0}  # fmt: skip
#: Messages waiting to be published; past this the tick's re-queueing takes over.
ENQUEUE_BACKLOG = 10_000


def make_enqueue(app: Celery) -> Callable[[int], None]:
    """Queue a stored message for processing without ever stalling the mail source.

    The message is already committed, so publishing is best effort: a background thread
    publishes, and if the broker is down or slow the message simply waits for the periodic tick,
    which re-queues from the database. The watcher only ever does a non-blocking `put`.
    """
    waiting: queue.Queue[int] = queue.Queue(maxsize=ENQUEUE_BACKLOG)

    def publish_forever() -> None:
        while True:
            message_id = waiting.get()
            try:
                app.send_task(
                    "dvk.process_message",
                    args=[message_id],
                    retry=True,
                    retry_policy=ENQUEUE_RETRY_POLICY,
                )
            except Exception as exc:
                log.warning(
                    "message %s stored but not queued (%s); the tick will queue it",
                    message_id,
                    exc.__class__.__name__,
                )

    threading.Thread(target=publish_forever, name="enqueue", daemon=True).start()

    def enqueue(message_id: int) -> None:
        try:
            waiting.put_nowait(message_id)
        except queue.Full:
            log.warning("message %s stored; queue to the broker full, the tick will queue it",
                        message_id)  # fmt: skip

    return enqueue


def _register_tasks(app: Celery) -> None:
    retry: dict[str, Any] = {
        "autoretry_for": (Exception,),
        "retry_backoff": 2,
        "retry_backoff_max": 300,
        "retry_jitter": True,
        "max_retries": 5,
    }

    @app.task(name="dvk.process_message", **retry)
    def process_message(message_id: int) -> None:
        outbox_id = steps.handle_message(context(), message_id)
        if outbox_id is not None:
            # Sent right away rather than queued behind a backlog; if this fails, the row stays
            # planned and the tick sends it.
            steps.deliver(context(), outbox_id)

    @app.task(name="dvk.tick")
    def tick() -> None:
        for message_id in steps.tick(context()):
            app.send_task("dvk.process_message", args=[message_id])

    @app.task(name="dvk.probe_sandbox", bind=True)
    def probe_sandbox(self: Any) -> None:
        steps.probe_sandbox(context(), str(self.request.hostname or heartbeats.node_name()))


@worker_ready.connect
def _start_heartbeat(sender: Any = None, **_: Any) -> None:
    """The worker node's sign of life, from its main process, every DVK_HEARTBEAT_SECONDS;
    and a first sandbox probe, so a new node proves at once that it can read forms."""
    if _context is None:
        return
    node = str(getattr(sender, "hostname", None) or heartbeats.node_name())
    beat = _context.heartbeat(heartbeats.WORKER, node)
    detail = {"pid": os.getpid()}
    _workers_alive[node] = threading.Event()
    stop = _workers_alive[node]

    def beat_forever() -> None:
        while not stop.is_set():
            beat.alive(detail)
            stop.wait(_context.settings.heartbeat_seconds if _context else 30.0)

    threading.Thread(target=beat_forever, name="heartbeat", daemon=True).start()
    app = getattr(sender, "app", None)
    if app is not None:
        try:
            app.send_task("dvk.probe_sandbox")
        except Exception as exc:
            log.warning("sandbox probe not queued: %s", type(exc).__name__)


@worker_shutdown.connect
def _forget_heartbeat(sender: Any = None, **_: Any) -> None:
    """A worker stopped on purpose (scaled down, redeployed) is not a lost worker."""
    if _context is None:
        return
    for node, stop in list(_workers_alive.items()):
        stop.set()
        heartbeats.forget(_context.sessions, heartbeats.WORKER, node)


@task_postrun.connect
def _task_heartbeat(task: Any = None, **_: Any) -> None:
    """The last task a node finished: `last_ok_at` of its heartbeat (rate-limited per process)."""
    if _context is None or task is None:
        return
    node = str(getattr(task.request, "hostname", None) or heartbeats.node_name())
    _context.heartbeat(heartbeats.WORKER, node).ok()


@worker_process_init.connect
def _after_fork(**_: Any) -> None:
    """Pooled database connections must not cross a fork, nor the parent's heartbeat writers
    (a lock held by its heartbeat thread at the fork would stay held in the child)."""
    if _context is not None:
        _context.dispose()
        _context.forget_heartbeat_writers()
    _workers_alive.clear()
