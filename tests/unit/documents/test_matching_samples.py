"""The unit names the sample documents carry (as extracted, and their accepted alternatives)
match the document's unit; the sample e-mails' senders match by address."""

from __future__ import annotations

import json
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from documents.config_files import load_units_file
from documents.matching import UnitDirectory


def directory(samples_dir: Path) -> UnitDirectory:
    spec = load_units_file(samples_dir / "units.yaml")
    units = [(u.id, u.name, u.aliases) for u in spec.units]
    return UnitDirectory(units, {a: u.id for u in spec.units for a in u.emails})


def test_sample_documents_name_their_unit(samples_dir: Path) -> None:
    units = directory(samples_dir)
    checked = 0
    for path in sorted((samples_dir / "documents").glob("*.truth.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        names = [truth["fields"]["unit_name"], *truth.get("alt", {}).get("unit_name", [])]
        for name in names:
            result = units.match(None, [name])
            assert (result.unit_id, result.needs_review) == (truth["unit_id"], False), name
            checked += 1
    assert checked >= 30


def test_sample_mails_match_by_sender(samples_dir: Path) -> None:
    units = directory(samples_dir)
    for path in sorted((samples_dir / "emails").glob("*.eml")):
        truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
        message = message_from_bytes(path.read_bytes(), policy=default)
        names = [d["fields"].get("unit_name") or "" for d in truth["documents"]]
        result = units.match(str(message["From"]), names)
        assert result.unit_id == truth["unit_id"], path.name
        assert not result.needs_review, (path.name, result.reasons)
