"""The names a commune's documents carry, read from the database for the exports.

The commune (`Commune`, from the units file) says who issues the report and who signs it; the
body the report goes to is the commune's usual superior unless the campaign names another (a
2024 campaign went to a district, a 2026 one goes to a province). Nothing here has a default
text: a missing name is reported as missing, never replaced by a placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from documents.db import session_commune
from documents.models import UNNAMED_COMMUNE, Campaign, Commune

#: The prefixes of a commune's name that are not part of its proper name (for the date line).
PLACE_PREFIXES = ("xã ", "phường ", "đặc khu ", "thị trấn ")


class CommuneNamesMissingError(LookupError):
    """The database lacks names the report needs; the message says what to add where."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        super().__init__(
            "the report needs the commune's "
            + ", ".join(missing)
            + ": add the `commune:` block to the units file (see examples/units.yaml) "
            "and run `dvk units import FILE`"
        )


@dataclass(frozen=True)
class Superior:
    """The body a commune reports to."""

    level: str  # province | district | other
    party: str  # "Đảng bộ tỉnh Nam Phong": the party organisation above the commune
    report_to: str  # "Ban Dân vận Tỉnh ủy Nam Phong": the receiver of the report


@dataclass(frozen=True)
class CommuneNames:
    """Everything the exports print about who writes, signs and receives the report."""

    slug: str
    name: str  # "xã Nghĩa Thái"
    place: str  # "Nghĩa Thái"
    party_committee: str  # "Đảng ủy xã Nghĩa Thái"
    office_name: str
    signer_on_behalf: str  # "T/M Đảng ủy"
    signer_title: str  # "Bí thư"
    signer_name: str  # may be empty: signed by hand
    superior: Superior

    def missing_for_report(self) -> list[str]:
        """What the report needs and these names lack (an older units file gives no signer)."""
        needed = {
            "party committee": self.party_committee,
            "office name": self.office_name,
            "signer": self.signer_on_behalf and self.signer_title,
            "superior body": self.superior.party and self.superior.report_to,
        }
        return [what for what, value in needed.items() if not value]


def place_of(name: str) -> str:
    """The proper name for the date line: "xã Nghĩa Thái" → "Nghĩa Thái"."""
    stripped = name.strip()
    for prefix in PLACE_PREFIXES:
        if stripped.lower().startswith(prefix):
            return stripped[len(prefix) :].strip()
    return stripped


def heading_name(names: CommuneNames | None) -> str:
    """Whose papers they are, for a printed title block: the party committee ("Đảng ủy xã Nghĩa
    Thái"), or the commune's name when an older units file gives none; "" when no commune is
    loaded, so that a page prints without it rather than with a placeholder."""
    if names is None:
        return ""
    return names.party_committee or names.name


def the_commune(session: Session) -> Commune | None:
    """The commune of the session's transaction, once a units file has named it (None: not
    named yet, or a session of all communes)."""
    commune_id = session_commune(session)
    commune = session.get(Commune, commune_id) if commune_id is not None else None
    return None if commune is None or commune.slug == UNNAMED_COMMUNE else commune


def _campaign_superior(campaign: Campaign | None) -> dict[str, Any] | None:
    raw = (campaign.settings or {}).get("superior") if campaign is not None else None
    return raw if isinstance(raw, dict) else None


def commune_names(session: Session, campaign: Campaign | None = None) -> CommuneNames | None:
    """The names for `campaign`'s documents, as far as they are known (None: no commune yet).

    The body the report goes to is the campaign's own when its file names one."""
    commune = the_commune(session)
    if commune is None:
        return None
    override = _campaign_superior(campaign)
    superior = (
        Superior(str(override["level"]), str(override["party"]), str(override["report_to"]))
        if override
        else Superior(
            commune.superior_level or "",
            commune.superior_party or "",
            commune.superior_report_to or "",
        )
    )
    return CommuneNames(
        slug=commune.slug,
        name=commune.name,
        place=commune.place or place_of(commune.name),
        party_committee=commune.party_committee or "",
        office_name=commune.office_name or "",
        signer_on_behalf=commune.signer_on_behalf or "",
        signer_title=commune.signer_title or "",
        signer_name=commune.signer_name or "",
        superior=superior,
    )


def report_names(session: Session, campaign: Campaign | None = None) -> CommuneNames:
    """The complete names the report prints; raises `CommuneNamesMissingError` saying what lacks."""
    names = commune_names(session, campaign)
    if names is None:
        raise CommuneNamesMissingError(["name", "party committee", "signer", "superior body"])
    missing = names.missing_for_report()
    if missing:
        raise CommuneNamesMissingError(missing)
    return names


def name_commune(session: Session, slug: str, name: str) -> Commune:
    """Name the commune of the session's transaction (what a units file's commune block does,
    for callers without a file)."""
    commune_id = session_commune(session)
    commune = session.get(Commune, commune_id) if commune_id is not None else None
    if commune is None:
        raise LookupError("this session belongs to no commune")
    commune.slug, commune.name = slug, name
    session.flush()
    return commune
