"""The field contract (`spec/fields.md`) as types: document kinds, enums, the extraction result."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    REGISTRATION = "registration"
    REPORT = "report"
    UNKNOWN = "unknown"


class ModelType(StrEnum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"


class Domain(StrEnum):
    ECONOMY = "economy"
    CULTURE_SOCIETY = "culture_society"
    SECURITY_DEFENSE = "security_defense"
    POLITICAL_SYSTEM = "political_system"


#: Every field key of the contract, in the order forms usually list them.
FIELD_KEYS: tuple[str, ...] = (
    "unit_name",
    "model_name",
    "model_type",
    "domain",
    "leader_name",
    "leader_position",
    "phone",
    "location",
    "content",
    "results",
    "participants",
    "funds_vnd",
    "signed_date",
)

#: Fields that only one kind of document carries.
REGISTRATION_ONLY = frozenset({"content"})
REPORT_ONLY = frozenset({"results", "participants", "funds_vnd"})

FieldValue = str | int | None


@dataclass(frozen=True)
class Extraction:
    """What one file was read as: its kind, the contract's fields and how sure we are of each.

    `fields` holds only contract keys; a key the document does not contain is absent or None.
    `source` names the reader that produced the text ("docx", "pdf-text", "pdf-ocr", "image-ocr",
    "doc", "odt", …) so the office can tell a typed form from a scan.
    """

    kind: Kind
    fields: dict[str, FieldValue] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    source: str = "unknown"

    def as_json(self, file: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind.value,
            "fields": {k: self.fields.get(k) for k in FIELD_KEYS if k in self.fields},
            "confidence": dict(self.confidence),
            "warnings": list(self.warnings),
            "source": self.source,
        }
        if file is not None:
            data = {"file": file, **data}
        return data

    @classmethod
    def unreadable(cls, reason: str, source: str = "unknown") -> Extraction:
        """The result for a file that could not be read: kind unknown and the reason why."""
        return cls(kind=Kind.UNKNOWN, warnings=(reason,), source=source)
