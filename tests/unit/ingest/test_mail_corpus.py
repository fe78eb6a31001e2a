"""Real-world messages (207 of them) and the project's sample mails: no exception, no lost file.

The corpus manifest lists what the stdlib's `iter_attachments()` finds. We must find at least
those files (compared by the sha256 of the decoded bytes), except entries that are not files for
dvk, each for a reason the corpus README names:
- report machinery (delivery-status, rfc822-headers, disposition/feedback reports) is not a file;
- message/rfc822 entries are walked, not kept; their size is a re-serialisation anyway;
- text/plain or text/html parts without a name and not marked `attachment` are body text to us
  (the stdlib lists a second inline text part as an attachment, e.g. list footers).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from ingest.mime import parse_message
from tests.conftest import unavailable

NOT_FILES = frozenset(
    {
        "message/delivery-status",
        "message/disposition-notification",
        "message/feedback-report",
        "text/rfc822-headers",
        "message/rfc822",
    }
)


@pytest.fixture(scope="module")
def corpus(shared_dir: Path) -> tuple[Path, list[dict[str, Any]]]:
    root = shared_dir / "mail-corpus"
    if not (root / "manifest.json").is_file():
        unavailable(f"mail corpus not found at {root}")
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    return root, manifest["messages"]


def expected_files(entry: dict[str, Any]) -> list[dict[str, Any]]:
    wanted = []
    for attachment in entry["attachments"]:
        content_type = attachment["content_type"]
        if content_type in NOT_FILES or attachment.get("size_is_reserialised"):
            continue
        is_inline_text = content_type in {"text/plain", "text/html"} and (
            attachment["filename"] is None and attachment["disposition"] != "attachment"
        )
        if not is_inline_text:
            wanted.append(attachment)
    return wanted


def test_every_corpus_message_parses_and_keeps_its_files(
    corpus: tuple[Path, list[dict[str, Any]]],
) -> None:
    root, messages = corpus
    assert len(messages) >= 200
    lost: list[str] = []
    checked = 0
    for entry in messages:
        parsed = parse_message((root / entry["path"]).read_bytes())
        found = {hashlib.sha256(a.data).hexdigest() for a in parsed.attachments}
        for attachment in expected_files(entry):
            checked += 1
            if attachment["sha256"] not in found:
                lost.append(f"{entry['path']} part {attachment['part']} {attachment['filename']}")
        assert all(parsed_file.filename for parsed_file in parsed.attachments), entry["path"]
    assert checked > 400
    assert lost == []


def by_path(messages: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {entry["path"]: entry for entry in messages}


@pytest.mark.parametrize(
    ("path", "expected_names"),
    [
        # Files that are the whole message (the stdlib's walk finds nothing there).
        ("mikel-mail/attachment_emails/attachment_only_email.eml", ["blah.gz"]),
        ("php-mime-mail-parser/m0124", ["1234.txt"]),
        ("php-mime-mail-parser/issue250", ["Kontoutskrift for 1506.14.90466 Bedriftskonto.pdf"]),
        # Unquoted RFC 2047 in a parameter: the stdlib gives no name.
        (
            "mikel-mail/attachment_emails/attachment_with_base64_encoded_name.eml",
            ["This is a test.pdf"],
        ),
        # TNEF: the files inside winmail.dat, and winmail.dat itself.
        (
            "mimekit/tnef/rich-text.eml",
            ["winmail.dat", "kitten-playing-with-a-christmas-tree.jpg"],
        ),
        # uuencode / yEnc inside a text body: no MIME part at all.
        ("mimekit/yenc/simple.msg", ["testfile.txt"]),
        # multipart/related whose only part is an image: the "root" is still a file.
        ("mikel-mail/error_emails/missing_content_disposition.eml", ["tep-dinh-kem-1.txt"]),
    ],
)
def test_known_cases_the_manifest_misses(
    corpus: tuple[Path, list[dict[str, Any]]], path: str, expected_names: list[str]
) -> None:
    root, _ = corpus
    parsed = parse_message((root / path).read_bytes())
    names = [a.filename for a in parsed.attachments]
    for name in expected_names:
        assert name in names


def test_mis_declared_rfc2231_charset_gives_no_replacement_character(
    corpus: tuple[Path, list[dict[str, Any]]],
) -> None:
    root, _ = corpus
    raw = (root / "mikel-mail/attachment_emails/attachment_with_encoded_name.eml").read_bytes()
    (attachment,) = parse_message(raw).attachments
    assert "\ufffd" not in attachment.filename
    assert attachment.filename.startswith("01 Quien Te Dij")
    assert attachment.filename.endswith(". Pitbull.mp3")


def test_corpus_bounces_and_auto_replies_are_never_normal(
    corpus: tuple[Path, list[dict[str, Any]]],
) -> None:
    root, messages = corpus
    wrong = []
    for entry in messages:
        if not {"bounce", "autoreply"} & set(entry["tags"]):
            continue
        parsed = parse_message((root / entry["path"]).read_bytes())
        if parsed.classification == "normal":
            wrong.append(entry["path"])
    assert wrong == []


def test_sample_mails_yield_their_documents_and_are_acknowledgeable(shared_dir: Path) -> None:
    emails = sorted((shared_dir / "samples" / "emails").glob("*.eml"))
    if not emails:
        unavailable(f"sample mails not found under {shared_dir / 'samples' / 'emails'}")
    for path in emails:
        truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
        parsed = parse_message(
            path.read_bytes(), own_addresses=frozenset({"danvan@nghiathai.test"})
        )
        names = [a.filename for a in parsed.attachments]
        for document in truth["documents"]:
            assert document["filename"] in names, path.name
        if truth["ack_expected"]:
            assert parsed.classification == "normal", path.name
        elif truth["unit_id"] is not None:  # a unit's mail that must not be acknowledged
            assert parsed.classification != "normal", path.name
        assert parsed.message_id == truth["message_id"], path.name
        assert parsed.body_text, path.name
