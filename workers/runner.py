"""`dvk run`: the whole mailroom in one process on the embedded defaults.

Threads: the mail source (IMAP watcher or drop-folder poller) hands ids of newly committed
messages to a queue; the main loop processes them and delivers acknowledgements; a scheduler
ticks every few seconds (reminders, sending, re-queueing); the web register serves the office.
With a broker configured, processing is handed to Celery workers instead of the local loop.
"""

from __future__ import annotations

import logging
import queue
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.source import MailSource, open_mail_source, watch_mail
from workers import steps
from workers.bootstrap import Context

log = logging.getLogger(__name__)

TICK_SECONDS = 15.0
#: How often a sandbox is started only to prove that one can start (`sandbox` health).
SANDBOX_PROBE_SECONDS = 300.0


@dataclass
class Runner:
    ctx: Context
    enqueue: Callable[[int], None] | None = None  # Celery's, when a broker is configured
    stop: threading.Event = field(default_factory=threading.Event)
    pending: queue.Queue[int] = field(default_factory=queue.Queue)

    def _submit(self, message_id: int) -> None:
        if self.enqueue is not None:
            self.enqueue(message_id)
        else:
            self.pending.put(message_id)

    def _source(self) -> MailSource:
        return open_mail_source(self.ctx.settings, self.ctx.sessions, self._submit)

    def drain_source(self) -> int:
        """Collect everything waiting in the mail source once; returns how many were new."""
        return self._source().drain_once()

    def process_pending(self) -> int:
        """Process the queued messages in this process and deliver their acknowledgements."""
        done = 0
        while True:
            try:
                message_id = self.pending.get_nowait()
            except queue.Empty:
                return done
            try:
                outbox_id = steps.handle_message(self.ctx, message_id)
                if outbox_id is not None:
                    steps.deliver(self.ctx, outbox_id)
            except Exception:
                log.exception("message %s failed; it stays visible for `dvk reprocess`", message_id)
            done += 1

    def run_once(self) -> int:
        """Everything waiting, then exit: for scripts and cron (`dvk run --once`)."""
        for message_id in steps.messages_to_requeue(self.ctx, stale_only=False):
            self._submit(message_id)
        self.drain_source()
        processed = self.process_pending()
        for message_id in steps.tick(self.ctx):
            self._submit(message_id)
        return processed + self.process_pending()

    def _source_loop(self) -> None:
        watch_mail(self.ctx.settings, self.ctx.sessions, self._submit, self.stop)

    def _scheduler_loop(self) -> None:
        probed_at = time.monotonic()
        while not self.stop.wait(TICK_SECONDS):
            try:
                for message_id in steps.tick(self.ctx):
                    self._submit(message_id)
            except Exception:
                log.exception("scheduler tick failed; retrying at the next tick")
            if self.enqueue is None and time.monotonic() - probed_at >= SANDBOX_PROBE_SECONDS:
                probed_at = time.monotonic()
                self._probe_sandbox()

    def _probe_sandbox(self) -> None:
        """Processing runs here (no broker): prove now and then that a sandbox starts."""
        try:
            steps.probe_sandbox(self.ctx, socket.gethostname())
        except Exception:
            log.exception("sandbox probe failed")

    def watch_forever(self) -> None:
        """Only the mail source, until SIGINT/SIGTERM (`dvk watch`)."""
        self._install_signal_handlers()
        self._source_loop()

    def _install_signal_handlers(self) -> None:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, lambda *_: self.stop.set())

    def run_forever(self, web: Callable[[threading.Event], None] | None = None) -> None:
        for message_id in steps.messages_to_requeue(self.ctx, stale_only=False):
            self._submit(message_id)
        if self.enqueue is None:
            self._probe_sandbox()
        threads = [
            threading.Thread(target=self._source_loop, name="source", daemon=True),
            threading.Thread(target=self._scheduler_loop, name="scheduler", daemon=True),
        ]
        if web is not None:
            threads.append(threading.Thread(target=web, args=(self.stop,), name="web", daemon=True))
        for thread in threads:
            thread.start()
        self._install_signal_handlers()
        while not self.stop.is_set():
            try:
                message_id = self.pending.get(timeout=0.5)
            except queue.Empty:
                continue
            self.pending.put(message_id)
            self.process_pending()
        for thread in threads:
            thread.join(timeout=10)
