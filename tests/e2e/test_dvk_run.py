"""`dvk run` as a user starts it: watcher, processing, scheduler and web in one process."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

from tests.polling import poll_until
from workers.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def get(url: str) -> tuple[int, str, str]:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=5) as response:
            return response.status, response.headers.get("Location", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location", ""), ""
    except (urllib.error.URLError, OSError):
        return 0, "", ""


def test_dvk_run_serves_the_register_and_answers_a_dropped_mail(settings: Settings) -> None:
    port = free_port()
    env = {
        **os.environ,
        "DVK_DATA_DIR": str(settings.data_dir),
        "DVK_DATABASE_URL": settings.effective_database_url,
        "DVK_UNITS_FILE": str(EXAMPLES / "units.yaml"),
        "DVK_CAMPAIGN_FILE": str(EXAMPLES / "campaign.yaml"),
        "DVK_OFFICE_EMAIL": "danvan@nghiathai.test",
        "DVK_WEB_PORT": str(port),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "workers.cli", "run"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        assert poll_until(lambda: get(base + "/healthz")[0] == 200, 60), (
            "web register did not start"
        )
        status, location, body = get(base + "/healthz")
        assert json.loads(body)["components"]["database"] == {"status": "ok"}
        status, location, _ = get(base + "/")
        assert status in {302, 303} and "/login" in location

        settings.inbox_dir.mkdir(parents=True, exist_ok=True)
        mail = EXAMPLES / "mails" / "02-dang-ky-hoi-phu-nu.eml"
        shutil.copy(mail, settings.inbox_dir / "incoming.tmp")
        (settings.inbox_dir / "incoming.tmp").rename(settings.inbox_dir / "incoming.eml")
        assert poll_until(lambda: len(list(settings.outbox_dir.glob("*.eml"))) == 1, 60), (
            "no acknowledgement in the outbox folder"
        )
        assert (settings.inbox_dir / "processed" / "incoming.eml").exists()
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    stderr = process.stderr.read().decode() if process.stderr else ""
    assert code == 0, stderr[-2000:]
