"""Child process of test_big_attachment: ingest and process the drop folder once, then report
its own peak memory and its children's, as JSON on stdout (run with DVK_ settings)."""

from __future__ import annotations

import json
import os
import resource

from ingest.dropfolder import drain_drop_folder
from tests.faults.procs import descendants, peak_rss_kib
from workers import steps
from workers.bootstrap import Context, load_configured_files
from workers.settings import Settings


def main() -> None:
    ctx = Context(Settings())
    load_configured_files(ctx)
    stored = drain_drop_folder(ctx.sessions, ctx.settings)
    after_store = peak_rss_kib(os.getpid())
    for message_id in stored:
        outbox_id = steps.handle_message(ctx, message_id)
        if outbox_id is not None:
            steps.deliver(ctx, outbox_id)
    live_children = max((peak_rss_kib(pid) for pid in descendants(os.getpid())), default=0)
    ended_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    report = {
        "stored": stored,
        "peak_after_store_kib": after_store,
        "worker_peak_kib": peak_rss_kib(os.getpid()),
        "children_peak_kib": max(live_children, ended_children),
    }
    print(json.dumps(report), flush=True)
    ctx.dispose()


if __name__ == "__main__":
    main()
