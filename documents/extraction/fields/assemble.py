"""The result of the reader: the chosen values put together as the contract's `Extraction`,
with what the sender is told (warnings) and why a value was not trusted (doubts)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from documents.contract import (
    FIELD_KEYS,
    REGISTRATION_ONLY,
    REPORT_ONLY,
    Extraction,
    Kind,
    LayoutFingerprint,
    TextLine,
)
from documents.extraction.fields.choose import Choice
from documents.extraction.fields.confidence import CONFIDENT
from documents.extraction.fields.flow import Reader
from documents.extraction.fields.provenance import provenance
from documents.extraction.text import DocumentText

REQUIRED = ("unit_name", "model_name", "model_type", "domain", "leader_name")
FIELD_NAMES_VI = {
    "unit_name": "tên đơn vị",
    "model_name": "tên mô hình",
    "model_type": "loại mô hình (tập thể/cá nhân)",
    "domain": "lĩnh vực",
    "leader_name": "người phụ trách",
    "leader_position": "chức vụ",
    "phone": "số điện thoại",
    "location": "địa bàn",
    "content": "nội dung",
    "results": "kết quả",
    "participants": "số người tham gia",
    "funds_vnd": "kinh phí",
    "signed_date": "ngày ký",
}


def extraction(
    doc: DocumentText, kind: Kind, chosen: dict[str, Choice], refused: dict[str, str],
    reader: Reader, shape: tuple[LayoutFingerprint, tuple[TextLine, ...]],
) -> Extraction:  # fmt: skip
    layout, lines = shape
    if kind is Kind.UNKNOWN:
        return Extraction(kind=kind, source=doc.source, layout=layout, lines=lines,
                          warnings=(*doc.warnings, "Không nhận ra phiếu đăng ký hay báo cáo mô hình “Dân vận khéo”"))  # fmt: skip
    drop = REPORT_ONLY if kind is Kind.REGISTRATION else REGISTRATION_ONLY
    kept = {k: c for k, c in chosen.items() if k not in drop}
    refused = {k: r for k, r in refused.items() if k not in drop and k not in kept}
    ocr = doc.ocr_confidence is not None or doc.source.endswith("ocr")
    fields = {k: _final_value(k, kept[k], ocr) for k in FIELD_KEYS if k in kept}
    return Extraction(
        kind=kind,
        fields=fields,
        confidence={k: kept[k].confidence for k in fields},
        warnings=tuple(doc.warnings) + tuple(_warnings(reader, kept, refused, fields)),
        source=doc.source,
        provenance={k: provenance(doc, kept[k].candidate, str(fields[k])) for k in fields},
        layout=layout,
        doubts=_doubts(kept, refused),
        lines=lines,
    )


def _final_value(name: str, choice: Choice, ocr: bool) -> str | int | None:
    value = choice.verdict.value
    if ocr and isinstance(value, str) and name in ("unit_name", "model_name", "leader_position",
                                                   "location"):  # fmt: skip
        return fix_ocr_slips(value)
    return value


def _warnings(
    reader: Reader, kept: dict[str, Choice], refused: dict[str, str], fields: Mapping[str, object]
) -> list[str]:
    """What the sender is told: values that could not be read, rough figures, missing ones."""
    out = list(reader.notes)
    out += [r for r in refused.values() if r]
    out += [c.verdict.reason for c in kept.values() if c.verdict.approximate and c.verdict.reason]
    missing = [FIELD_NAMES_VI[n] for n in REQUIRED if fields.get(n) in (None, "")]
    if missing:
        out.append("Thiếu thông tin: " + ", ".join(missing))
    return list(dict.fromkeys(out))


def _doubts(kept: dict[str, Choice], refused: dict[str, str]) -> dict[str, str]:
    """Why a field was not trusted: every value below 0.9, every value refused."""
    out: dict[str, str] = {}
    for name, choice in kept.items():
        if choice.confidence < CONFIDENT:
            why = "; ".join(dict.fromkeys(choice.reasons)) or "bằng chứng chưa đủ chắc chắn"
            out[name] = (
                f"Cần kiểm tra {FIELD_NAMES_VI[name]} (độ tin cậy {choice.confidence:.2f}): {why}"
            )
    for name, reason in refused.items():
        out[name] = f"Không lấy {FIELD_NAMES_VI[name]}: {reason}"
    return out


_OCR_SLIPS = (
    (re.compile(r"\b([Cc])hỉ(\s+)(bộ|BỘ)\b(?!\s*(?:phận|PHẬN))"), r"\1hi\2\3"),
    (re.compile(r"\bCHỈ(\s+)BỘ\b(?!\s*PHẬN)"), r"CHI\1BỘ"),
    (re.compile(r"\b([Dd])ần(\s+)(vận)\b"), r"\1ân\2\3"),
    (re.compile(r"\bDẦN(\s+)VẬN\b"), r"DÂN\1VẬN"),
)


def fix_ocr_slips(text: str) -> str:
    """Tesseract's usual Vietnamese slips on these forms ("chỉ bộ", "Dần vận"): never words
    that a unit or a model name really contains."""
    for pattern, replacement in _OCR_SLIPS:
        text = pattern.sub(replacement, text)
    return text
