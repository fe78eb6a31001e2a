"""One mail travels the whole embedded path: drop folder → stored → read → matched → register →
acknowledgement in the outbox folder; a second run changes nothing."""

from __future__ import annotations

import email
import email.policy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from documents.register import unit_statuses
from workers.bootstrap import Context, load_configured_files
from workers.runner import Runner
from workers.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


@pytest.fixture
def example_settings(settings: Settings) -> Settings:
    return settings.model_copy(
        update={
            "units_file": EXAMPLES / "units.yaml",
            "campaign_file": EXAMPLES / "campaign.yaml",
        }
    )


def deliver_examples(settings: Settings) -> None:
    settings.inbox_dir.mkdir(parents=True, exist_ok=True)
    for mail in sorted((EXAMPLES / "mails").glob("*.eml")):
        shutil.copy(mail, settings.inbox_dir / mail.name)


def outbox_mails(settings: Settings) -> list[email.message.EmailMessage]:
    return [
        email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for path in sorted(settings.outbox_dir.glob("*.eml"))
    ]


def test_example_mails_reach_the_register_and_are_acknowledged_once(
    example_settings: Settings,
) -> None:
    ctx = Context(example_settings)
    load_configured_files(ctx)
    deliver_examples(example_settings)

    processed = Runner(ctx).run_once()

    with ctx.sessions() as session:
        register = {u.unit_id: u for u in unit_statuses(session)}
    xom1 = register["cb-xom-1"].deadlines["registration"]
    assert xom1.status == "received"
    (document,) = xom1.documents
    assert document.fields["model_name"] == "Dân vận khéo trong xây dựng đường giao thông nông thôn"
    assert document.fields["domain"] == "economy"
    assert document.fields["model_type"] == "collective"
    assert document.fields["phone"] == "0912345601"
    assert register["hoi-phu-nu"].deadlines["registration"].status == "received"
    late = register["cong-an"].deadlines["registration"]
    assert late.status in {"late", "needs_review"}
    assert late.documents[0].late_days == 2
    assert register["hoi-nong-dan"].deadlines["registration"].status == "missing"
    # On time (late_days 0); the reader may still send a field to review (counts read only
    # from the results' prose stay below 0.9).
    report = register["cb-xom-3"].deadlines["report"]
    assert report.status in {"received", "needs_review"} and report.documents[0].late_days == 0
    assert register["cb-xom-3"].deadlines["registration"].status == "missing"

    acks = outbox_mails(example_settings)
    originals = {
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)["Message-ID"]
        for p in (EXAMPLES / "mails").glob("*.eml")
    }
    assert len(acks) == len(originals) == processed
    assert {ack["In-Reply-To"] for ack in acks} == originals
    for ack in acks:
        assert ack["Auto-Submitted"] == "auto-replied"
        assert ack["Subject"].startswith("[Dân vận khéo] Xác nhận tiếp nhận hồ sơ")  # our own

    # Everything again: nothing is stored, read or sent twice.
    deliver_examples(example_settings)
    assert Runner(ctx).run_once() == 0  # the re-run found nothing new to process
    assert len(outbox_mails(example_settings)) == len(acks)
    with ctx.sessions() as session:
        again = {u.unit_id: u for u in unit_statuses(session)}
    assert len(again["cb-xom-1"].deadlines["registration"].documents) == 1


def test_dvk_register_json_lists_every_unit(example_settings: Settings) -> None:
    env = {
        **os.environ,
        "DVK_DATA_DIR": str(example_settings.data_dir),
        "DVK_DATABASE_URL": example_settings.effective_database_url,
        "DVK_UNITS_FILE": str(EXAMPLES / "units.yaml"),
        "DVK_CAMPAIGN_FILE": str(EXAMPLES / "campaign.yaml"),
    }
    deliver_examples(example_settings)
    dvk = [sys.executable, "-m", "workers.cli"]
    subprocess.run([*dvk, "run", "--once"], env=env, check=True, capture_output=True, cwd=ROOT)
    result = subprocess.run(
        [*dvk, "register", "--json"], env=env, check=True, capture_output=True, cwd=ROOT
    )
    rows = json.loads(result.stdout)
    assert len(rows) == 34
    by_id = {row["unit_id"]: row for row in rows}
    xom1 = by_id["cb-xom-1"]
    assert xom1["unit_name"] == "Chi bộ xóm 1"
    assert xom1["registration"]["status"] == "received"
    doc = xom1["registration"]["documents"][0]
    assert doc["kind"] == "registration"
    assert doc["file"].endswith(".docx")
    assert doc["message_id"] == "<20240326091500.chiboxom1.nghiathai@mail.test>"
    assert by_id["hoi-nong-dan"]["registration"] == {
        "status": "missing",
        "due_date": "2024-04-07",
        "documents": [],
    }
    assert xom1["report"]["status"] == "missing"
