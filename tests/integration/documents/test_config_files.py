"""The units and campaign files: validated whole, errors naming line and field, upserts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from documents.config_files import (
    ConfigFileError,
    campaign_words,
    import_units,
    load_campaign,
    load_campaign_file,
    load_units_file,
)
from documents.models import Campaign, Commune, Unit, UnitEmail

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"

UNITS = """\
office_email: danvan@xa.test
units:
  - id: cb-xom-1
    name: Chi bộ xóm 1
    kind: chi_bo
    aliases: [CB xóm 1]
    emails: [Xom1@Gmail.test]
  - id: mttq
    name: Ủy ban MTTQ xã
    kind: mttq
    emails: [mattran@xa.test]
"""


def write(tmp_path: Path, text: str, name: str = "units.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_examples_are_valid() -> None:
    assert len(load_units_file(EXAMPLES / "units.yaml").units) == 34
    campaign = load_campaign_file(EXAMPLES / "campaign.yaml")
    assert campaign.deadlines == {"registration": date(2024, 4, 7), "report": date(2024, 9, 5)}
    assert campaign.timezone == "Asia/Ho_Chi_Minh"
    assert campaign.reminders.before_working_days == [7, 3, 1]


@pytest.mark.parametrize(
    ("bad", "line", "field"),
    [
        ("    emails: [Xom1@Gmail.test]", 7, "units.0.emails.0"),
        ("    kind: chi_bo\n    colour: red", 6, "units.0.colour"),
    ],
)
def test_a_bad_units_file_names_line_and_field(
    tmp_path: Path, bad: str, line: int, field: str
) -> None:
    text = UNITS.replace("    emails: [Xom1@Gmail.test]", "    emails: [not-an-address]")
    if "colour" in bad:
        text = UNITS.replace("    kind: chi_bo\n    aliases", bad + "\n    aliases", 1)
    with pytest.raises(ConfigFileError) as error:
        load_units_file(write(tmp_path, text))
    message = str(error.value)
    assert f"line {line}" in message
    assert f"'{field}'" in message


def test_duplicate_ids_and_shared_addresses_are_refused(tmp_path: Path) -> None:
    twice = UNITS.replace("id: mttq", "id: cb-xom-1")
    with pytest.raises(ConfigFileError, match="appears twice"):
        load_units_file(write(tmp_path, twice))
    shared = UNITS.replace("mattran@xa.test", "xom1@gmail.test")
    with pytest.raises(ConfigFileError, match="both"):
        load_units_file(write(tmp_path, shared))


def test_yaml_syntax_errors_name_the_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigFileError, match="line 3"):
        load_units_file(write(tmp_path, "units:\n  - id: a\n   name: [unclosed\n"))


def test_import_upserts_keeps_confirmed_addresses_and_deactivates(
    tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    with sessions.begin() as session:
        assert import_units(session, load_units_file(write(tmp_path, UNITS))) == {
            "added": 2,
            "updated": 0,
            "deactivated": 0,
        }
        session.add(UnitEmail(unit_id="mttq", address="chutich@gmail.test", origin="confirmed"))
    fewer = UNITS.split("  - id: mttq")[0].replace("Chi bộ xóm 1", "Chi bộ Xóm Một")
    with sessions.begin() as session:
        counts = import_units(session, load_units_file(write(tmp_path, fewer)))
        assert counts == {"added": 0, "updated": 1, "deactivated": 1}
    with sessions() as session:
        xom1 = session.scalars(select(Unit).where(Unit.id == "cb-xom-1")).one()
        assert xom1.name == "Chi bộ Xóm Một"
        assert [e.address for e in xom1.emails] == ["xom1@gmail.test"]
        mttq = session.scalars(select(Unit).where(Unit.id == "mttq")).one()
        assert not mttq.active
        assert [e.address for e in mttq.emails] == ["chutich@gmail.test"]


def test_campaign_load_upserts_deadlines(tmp_path: Path, sessions: sessionmaker[Session]) -> None:
    text = (EXAMPLES / "campaign.yaml").read_text(encoding="utf-8")
    with sessions.begin() as session:
        load_campaign(session, load_campaign_file(write(tmp_path, text, "c.yaml")))
    moved = text.replace("report: 2024-09-05", "report: 2024-09-06")
    with sessions.begin() as session:
        load_campaign(session, load_campaign_file(write(tmp_path, moved, "c.yaml")))
    with sessions() as session:
        (campaign,) = session.scalars(select(Campaign)).all()
        assert {d.kind: d.due_date for d in campaign.deadlines} == {
            "registration": date(2024, 4, 7),
            "report": date(2024, 9, 6),
        }
        assert campaign.settings["calendar"]["working_days"] == ["2024-05-04"]


def test_bad_timezone_is_refused(tmp_path: Path) -> None:
    text = (EXAMPLES / "campaign.yaml").read_text(encoding="utf-8")
    bad = text.replace("timezone: Asia/Ho_Chi_Minh", "timezone: Asia/Hanoi_City")
    with pytest.raises(ConfigFileError, match=r"line 6, field 'timezone'"):
        load_campaign_file(write(tmp_path, bad, "c.yaml"))


def test_the_commune_block_is_stored_and_older_flat_files_still_load(
    tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    flat = "office_name: Khối Dân vận xã Nghĩa Thái\ncommune: xã Nghĩa Thái\n" + UNITS
    with sessions.begin() as session:
        import_units(session, load_units_file(write(tmp_path, flat)))
    with sessions() as session:
        (commune,) = session.scalars(select(Commune)).all()
        assert (commune.slug, commune.name, commune.office_name) == (
            "xa-nghia-thai",
            "xã Nghĩa Thái",
            "Khối Dân vận xã Nghĩa Thái",
        )
        assert commune.superior_report_to is None and commune.signer_title is None
    with sessions.begin() as session:  # a new database: the commune's rows go with it
        for model in (UnitEmail, Unit, Commune):
            session.execute(delete(model))
    with sessions.begin() as session:
        import_units(session, load_units_file(EXAMPLES / "units.yaml"))
    with sessions() as session:
        (commune,) = session.scalars(select(Commune)).all()
        assert commune.slug == "nghia-thai" and commune.party_committee == "Đảng ủy xã Nghĩa Thái"
        assert (commune.superior_level, commune.superior_party, commune.superior_report_to) == (
            "district",
            "Đảng bộ huyện Nghĩa Phong",
            "Ban Dân vận Huyện ủy Nghĩa Phong",
        )
        assert (commune.signer_on_behalf, commune.signer_title) == ("T/M Đảng ủy", "Bí thư")


def test_a_commune_block_error_names_the_block_s_field(tmp_path: Path) -> None:
    text = (EXAMPLES / "units.yaml").read_text(encoding="utf-8")
    bad = text.replace("    level: district\n", "    level: huyen\n", 1)
    with pytest.raises(ConfigFileError, match=r"line 24, field 'commune.superior.level'"):
        load_units_file(write(tmp_path, bad))
    missing = text.replace("    title: Bí thư\n", "", 1)
    with pytest.raises(ConfigFileError, match=r"field 'commune.signer.title': Field required"):
        load_units_file(write(tmp_path, missing))


def test_a_campaign_s_own_superior_is_kept_with_it(
    tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    text = (EXAMPLES / "campaign.yaml").read_text(encoding="utf-8") + (
        "superior:\n  level: province\n  party: Đảng bộ tỉnh Nam Phong\n"
        "  report_to: Ban Dân vận Tỉnh ủy Nam Phong\n"
    )
    with sessions.begin() as session:
        load_campaign(session, load_campaign_file(write(tmp_path, text, "c.yaml")))
    with sessions() as session:
        (campaign,) = session.scalars(select(Campaign)).all()
        assert campaign.settings["superior"] == {
            "level": "province",
            "party": "Đảng bộ tỉnh Nam Phong",
            "report_to": "Ban Dân vận Tỉnh ủy Nam Phong",
        }


def test_a_file_past_the_size_bound_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    padding = "".join(f"# {'x' * 70}\n" for _ in range(4000))  # 292 kB of comments
    with pytest.raises(ConfigFileError, match=r"line \d+: the file is larger than 256 kB"):
        load_units_file(write(tmp_path, padding + UNITS))


def test_the_registers_campaign_words_are_the_units_files_phrases(
    tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    """What the mailroom's reader mends towards (read from the register) is what `dvk score
    --units` mends towards (read from the file), and a unit dropped from the file drops out."""
    spec = load_units_file(EXAMPLES / "units.yaml")
    with sessions.begin() as session:
        import_units(session, spec)
        words = campaign_words(session)
    assert sorted(words) == sorted(spec.phrases())
    assert "Văn phòng Đảng ủy xã Nghĩa Thái" in words and "Nguyễn Văn Thành" in words
    with sessions.begin() as session:
        import_units(session, load_units_file(write(tmp_path, UNITS)))
        assert "Nguyễn Văn Thành" not in campaign_words(session)
