"""The field parser: blocks of any format → the contract's fields, kind, confidence, warnings.

Order of evidence, strongest first: a labelled value (line, table row, heading section), then
sentences of a prose report, then the header block (unit) and the signature block (signer as
leader, only when nobody in charge is named). A value the document does not hold stays absent.
"""

from __future__ import annotations

import re

from documents.contract import FIELD_KEYS, REGISTRATION_ONLY, REPORT_ONLY, Extraction, Kind
from documents.extraction.classify import classify
from documents.extraction.fields import prose
from documents.extraction.fields.labels import OTHER
from documents.extraction.fields.people import signed_date, signer, split_person, unit_from_header
from documents.extraction.fields.scan import Item, Scanner
from documents.extraction.fields.zones import (
    Zones,
    cut,
)
from documents.extraction.normalise import (
    clean_long_text,
    clean_text,
    key,
    parse_amount,
    parse_count,
    parse_domain,
    parse_model_type,
    parse_phone,
    strip_honorific,
)
from documents.extraction.text import BlockKind, DocumentText

REQUIRED = ("unit_name", "model_name", "model_type", "domain", "leader_name")
FIELD_NAMES_VI = {
    "unit_name": "tên đơn vị",
    "model_name": "tên mô hình",
    "model_type": "loại mô hình (tập thể/cá nhân)",
    "domain": "lĩnh vực",
    "leader_name": "người phụ trách",
}


# ------------------------------------------------------------------ assembly


def read_fields(doc: DocumentText) -> Extraction:
    """Fields of a document from its blocks, whatever format they were read from."""
    zones = cut(doc.blocks)
    title = " ".join(zones.title)
    body_lines = [ln for b in zones.body for c in b.cells for ln in c.split("\n") if ln.strip()]
    body_text = "\n".join(body_lines)

    scanner = Scanner(classify(title, body_text, set()))
    previous_table: int | None = None
    for block in zones.body:
        if block.kind is BlockKind.TABLE_ROW:
            scanner.row(block.cells, block.table != previous_table, block.table)
            previous_table = block.table
        else:
            for line in block.text.split("\n"):
                scanner.line(line)
    labelled: dict[str, Item] = {}
    for item in scanner.items:
        if item.name == OTHER:
            continue
        if not item.has_value and item.name not in labelled:
            continue
        if item.name not in labelled or not labelled[item.name].has_value:
            labelled[item.name] = item
    kind = classify(title, body_text, {k for k, v in labelled.items() if v.has_value})

    fields: dict[str, str | int | None] = {}
    confidence: dict[str, float] = {}
    warnings: list[str] = list(scanner.notes)

    def put(name: str, value: str | int | None, conf: float) -> None:
        if value is None or value == "" or name in fields:
            return
        fields[name] = value
        confidence[name] = round(conf, 2)

    def text_of(name: str) -> tuple[str | None, float]:
        item = labelled.get(name)
        return (item.value(), item.confidence) if item and item.has_value else (None, 0.0)

    # ---- plain labelled values
    for name in ("unit_name", "model_name", "location"):
        value, conf = text_of(name)
        put(name, clean_text(value), conf)
    for name in ("content", "results"):
        value, conf = text_of(name)
        put(name, clean_long_text(value), conf)
    value, conf = text_of("leader_position")
    put("leader_position", clean_text(value), conf)
    value, conf = text_of("phone")
    if value:
        phone = parse_phone(value)
        if phone is None:
            warnings.append(f"Số điện thoại không đọc được: {clean_text(value)}")
        put("phone", phone, conf)
    value, conf = text_of("leader_name")
    if value:
        person_name, position, person_phone = split_person(value)
        put("leader_name", person_name, conf)
        put("leader_position", position, conf * 0.9)
        put("phone", person_phone, conf * 0.9)
    for name, parser in (("model_type", parse_model_type), ("domain", parse_domain)):
        value, conf = text_of(name)
        if value:
            chosen, ambiguous = parser(value)
            if chosen is None:
                warnings.append(
                    f"Không xác định được {FIELD_NAMES_VI[name]}: “{clean_text(value)}”"
                    + (" (không đánh dấu hoặc đánh dấu nhiều ô)" if ambiguous else "")
                )
            put(name, str(chosen) if chosen else None, conf)
    for name, number_parser, label in (
        ("participants", parse_count, "số người tham gia"),
        ("funds_vnd", parse_amount, "kinh phí"),
    ):
        value, conf = text_of(name)
        if value:
            number = number_parser(value)
            if number is None:
                warnings.append(f"Không đọc được {label}: “{clean_text(value)}”")
                continue
            if number.approximate:
                warnings.append(f"{label.capitalize()} là con số ước lượng: “{clean_text(value)}”")
                conf *= 0.8
            put(name, number.value, conf)

    # ---- sentences of a prose report and the title
    intro = "\n".join(prose_lines(scanner, zones))
    put("model_name", prose.model_name(intro), 0.75)
    put("model_name", prose.model_name(title), 0.7)
    put("model_type", prose.model_type(intro), 0.7)
    domain_words = prose.domain_text(intro)
    if domain_words:
        prose_domain = parse_domain(domain_words)[0]
        put("domain", str(prose_domain) if prose_domain else None, 0.7)
    person = prose.leader(body_text)
    if person and "leader_name" not in fields:
        put("leader_name", clean_text(strip_honorific(person[0])), 0.75)
        put("leader_position", person[1], 0.7)
    results_text = fields.get("results")
    if isinstance(results_text, str):
        count = prose.participants(results_text)
        if count is not None:
            if count.approximate:
                warnings.append("Số người tham gia là con số ước lượng")
            put("participants", count.value, 0.6)
        money = prose.funds(results_text)
        if money is not None:
            if money.approximate:
                warnings.append("Kinh phí huy động là con số ước lượng")
            put("funds_vnd", money.value, 0.6)

    # ---- header, signature, date
    put("unit_name", unit_from_header(zones), 0.8)
    put("unit_name", prose.unit(intro), 0.6)
    signed_by = signer(zones)
    if signed_by and "leader_name" not in fields:
        put("leader_name", clean_text(signed_by[0]), 0.7)
        if "leader_position" not in fields:
            put("leader_position", signed_by[1], 0.65)
    date, _ = signed_date(zones, body_lines)
    put("signed_date", date, 0.9)

    # ---- kind-specific fields, confidence scaling, warnings
    if kind is Kind.UNKNOWN:
        fields.clear()
        confidence.clear()
        warnings = ["Không nhận ra phiếu đăng ký hay báo cáo mô hình “Dân vận khéo”"]
    else:
        drop = REPORT_ONLY if kind is Kind.REGISTRATION else REGISTRATION_ONLY
        for name in drop:
            fields.pop(name, None)
            confidence.pop(name, None)
        missing = [FIELD_NAMES_VI[n] for n in REQUIRED if fields.get(n) in (None, "")]
        if missing:
            warnings.append("Thiếu thông tin: " + ", ".join(missing))
    if doc.ocr_confidence is not None or doc.source.endswith("ocr"):
        for name in ("unit_name", "model_name", "leader_position", "location"):
            slipped = fields.get(name)
            if isinstance(slipped, str):
                fields[name] = fix_ocr_slips(slipped)
    if doc.ocr_confidence is not None:
        for name in confidence:
            confidence[name] = round(confidence[name] * doc.ocr_confidence, 2)
    ordered = {k: fields[k] for k in FIELD_KEYS if k in fields}
    return Extraction(
        kind=kind,
        fields=ordered,
        confidence={k: confidence[k] for k in ordered},
        warnings=tuple(doc.warnings) + tuple(warnings),
        source=doc.source,
    )


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


def prose_lines(scanner: Scanner, zones: Zones) -> list[str]:
    """Text where prose fields may sit: loose paragraphs and unlabelled sections."""
    lines = list(scanner.prose)
    for item in scanner.items:
        if item.name == OTHER:
            lines.extend(item.parts)
    return lines


__all__ = ["key", "read_fields"]
