"""Threads in tests that cannot fail silently: an exception in a thread is raised in the test.

A bare `threading.Thread` that dies prints a traceback and lets the test carry on (and often
pass, since the dead thread simply did less). `run_in_threads` and `Worker` hand the thread's
result or exception back to the test; pytest's own hook for unhandled thread exceptions is an
error as well (`filterwarnings` in pyproject.toml), for any thread started another way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Worker(threading.Thread, Generic[T]):
    """A thread whose `result()` returns what its target returned or raises what it raised."""

    def __init__(self, target: Callable[..., T], *args: Any, name: str | None = None) -> None:
        super().__init__(name=name, daemon=True)
        self._call = target
        self._args = args
        self._value: T | None = None
        self._error: BaseException | None = None

    def run(self) -> None:
        try:
            self._value = self._call(*self._args)
        except BaseException as exc:  # handed to the test in result()
            self._error = exc

    def result(self, timeout: float = 60.0) -> T:
        self.join(timeout)
        if self.is_alive():
            raise TimeoutError(f"thread {self.name} still running after {timeout} s")
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


def run_in_threads(
    target: Callable[..., T], count: int, *args: Any, timeout: float = 60.0
) -> list[T]:
    """Run `target(*args)` in `count` threads at once; their results, or the first exception."""
    workers = [Worker(target, *args, name=f"{target.__name__}-{i}") for i in range(count)]
    for worker in workers:
        worker.start()
    return [worker.result(timeout) for worker in workers]
