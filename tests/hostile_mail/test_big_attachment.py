"""A 40 MB attachment (a Word form carrying a 40 MB photo): stored whole, processed without a
crash, and the memory of the process that handles it stays bounded. Peak RSS is printed."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from documents.models import Attachment, Message
from tests.faults.mailgen import form_mail, unit_addresses
from workers.bootstrap import Context

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SIZE = 40 * 1024 * 1024
#: The worker holds the raw message (57 MB here), its decoded attachment and their database
#: copies, on top of about 150 MiB of code; a bound of 15 times the attachment catches a leak or
#: a whole-message copy loop (re-parsing the raw message for its headers cost 600 MB once).
MAX_PEAK_MIB = 600  # measured: ~290 MiB after storing, ~395 MiB after processing


def _big_docx(unit_name: str) -> bytes:
    from tests.faults.mailgen import form_docx

    buffer = io.BytesIO(form_docx(unit_name, 40))
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("word/media/anh-chup.jpg", os.urandom(SIZE))
    return buffer.getvalue()


def test_forty_megabyte_attachment(ctx: Context, tmp_path: Path) -> None:
    address = unit_addresses()[3]
    mail = form_mail(40, address, run="big")
    import email
    import email.policy

    message = email.message_from_bytes(mail.raw, policy=email.policy.default)
    for part in message.iter_attachments():
        part.set_content(
            _big_docx(address.name),
            "application",
            "vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename="Phieu dang ky kem anh.docx",
        )
    inbox = ctx.settings.inbox_dir
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / "big.eml").write_bytes(bytes(message))

    settings = ctx.settings
    env = {k: v for k, v in os.environ.items() if not k.startswith("DVK_")} | {
        "PYTHONPATH": str(ROOT),
        "DVK_DATA_DIR": str(settings.data_dir),
        "DVK_DATABASE_URL": str(settings.database_url),
        "DVK_OFFICE_EMAIL": str(settings.office_email),
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.hostile_mail.big_child"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    worker_mib = report["worker_peak_kib"] / 1024
    child_mib = report["children_peak_kib"] / 1024
    store_mib = report["peak_after_store_kib"] / 1024
    print(
        f"\n40 MB attachment: peak RSS {store_mib:.0f} MiB after storing, {worker_mib:.0f} MiB "
        f"after processing and acknowledging; extraction child {child_mib:.0f} MiB"
    )

    with ctx.sessions() as session:
        stored = session.scalars(
            select(Message).where(Message.message_id_header == mail.message_id)
        ).one()
        assert stored.state == "processed", stored.error
        sizes = list(
            session.scalars(select(Attachment.size).where(Attachment.message_id == stored.id))
        )
    assert max(sizes) > SIZE, "the attachment is stored whole"
    assert worker_mib < MAX_PEAK_MIB
    assert child_mib < MAX_PEAK_MIB
