"""Waiting for something another process does, without timed sleeps in the tests."""

from __future__ import annotations

import time
from collections.abc import Callable


def poll_until(condition: Callable[[], object], timeout: float, interval: float = 0.2) -> bool:
    """Whether `condition()` became true within `timeout` seconds, checked every `interval`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return False
