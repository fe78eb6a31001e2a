"""The lifecycle is named once: every state the schema stores is a member, every member has a
Vietnamese label, and no code compares or sets a state with a bare string any more."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, String

from documents import labels, lifecycle
from documents.lifecycle import (
    PIPELINE,
    Attention,
    DocumentState,
    MessageState,
    Named,
    OutboxState,
    RegisterStatus,
    ReviewState,
    SlotState,
    Stage,
    document_state,
)
from documents.models import Message, OutboundMail, Submission

ROOT = Path(__file__).resolve().parents[3]
CODE = ("documents", "ingest", "notifier", "workers", "web")
STATE_NAMES = frozenset({"state", "review_state", "new_state"})
ENUMS = (
    Attention, MessageState, DocumentState, ReviewState, RegisterStatus, OutboxState, SlotState, Stage,
)  # fmt: skip
#: The stored columns and the enum each one holds.
COLUMNS: tuple[tuple[Any, type[Named]], ...] = (
    (Message.__table__.c.state, MessageState),
    (Submission.__table__.c.review_state, ReviewState),
    (OutboundMail.__table__.c.state, OutboxState),
)


@pytest.mark.parametrize(("column", "enum"), COLUMNS, ids=lambda c: getattr(c, "name", ""))
def test_every_stored_default_is_a_member_and_every_member_fits_its_column(
    column: Column[str], enum: type[Named]
) -> None:
    assert column.default is not None
    default = column.default.arg  # type: ignore[attr-defined]
    assert default in {m.value for m in enum}
    assert isinstance(column.type, String) and column.type.length is not None
    assert max(len(m.value) for m in enum) <= column.type.length


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_a_vietnamese_label(enum: type[Named]) -> None:
    seen: set[str] = set()
    for member in enum:
        text = member.label
        assert text and text == unicodedata.normalize("NFC", text)
        assert not text.isascii(), f"{member!r} is labelled {text!r}: not Vietnamese"
        assert text not in seen, f"two {enum.__name__} members read {text!r}"
        seen.add(text)
    assert set(lifecycle.LABELS) >= set(enum)


def test_stored_values_did_not_change() -> None:
    """StrEnum members are the strings the database always held: no data migration."""
    assert [m.value for m in MessageState] == ["received", "processed", "failed", "quarantined"]
    assert [m.value for m in ReviewState] == ["accepted", "needs_review", "rejected"]
    assert {m.value for m in OutboxState} == {
        "planned", "sending", "sent", "failed", "held", "dropped", "cancelled",
    }  # fmt: skip
    stored: str = "failed"
    assert stored == MessageState.FAILED and f"{OutboxState.HELD}" == "held"


def test_the_pipeline_is_the_literal_list_of_stages() -> None:
    assert [s.value for s in PIPELINE] == [
        "store", "classify", "extract", "match", "register", "acknowledge",
    ]  # fmt: skip
    assert [s.label for s in PIPELINE] == [
        "Lưu thư", "Phân loại", "Đọc phiếu", "Xác định đơn vị", "Ghi sổ", "Gửi xác nhận",
    ]  # fmt: skip
    assert set(PIPELINE) == set(Stage)


def test_the_label_tables_are_the_lifecycle_s() -> None:
    assert {m.value: m.label for m in RegisterStatus} == labels.STATUS
    assert labels.MESSAGE_STATE["quarantined"] == "Tạm giữ do lỗi"
    assert labels.OUTBOX_STATE["held"] == OutboxState.HELD.label


@pytest.mark.parametrize(
    ("form", "kind", "registered", "expected"),
    [
        (False, None, False, DocumentState.NOT_A_FORM),
        (True, None, False, DocumentState.STORED),
        (True, "unknown", False, DocumentState.UNREADABLE),
        (True, "registration", False, DocumentState.READ),
        (True, "report", True, DocumentState.REGISTERED),
    ],
)
def test_a_document_s_state_comes_from_what_is_stored(
    form: bool, kind: str | None, registered: bool, expected: DocumentState
) -> None:
    assert document_state(form=form, kind=kind, registered=registered) is expected


def _is_state(node: ast.expr) -> bool:
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)
    return name in STATE_NAMES


def _strings(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [s for e in node.elts for s in _strings(e)]
    return []


def _state_literals(path: Path) -> list[tuple[int, str]]:
    """String literals a file compares a state with, or sets one to (`state="x"`,
    `X.state.in_(("a", "b"))`, `row.state = "x"`)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Compare) and _is_state(node.left):
            found += [(node.lineno, s) for c in node.comparators for s in _strings(c)]
        elif isinstance(node, ast.Compare) and any(_is_state(c) for c in node.comparators):
            found += [(node.lineno, s) for s in _strings(node.left)]
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "in_" and _is_state(func.value):
                found += [(node.lineno, s) for a in node.args for s in _strings(a)]
            found += [(node.lineno, s) for k in node.keywords
                      if k.arg in STATE_NAMES for s in _strings(k.value)]  # fmt: skip
        elif isinstance(node, ast.Assign) and any(_is_state(t) for t in node.targets):
            found += [(node.lineno, s) for s in _strings(node.value)]
    return found


def test_no_code_names_a_state_with_a_bare_string() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for package in CODE
        for path in sorted((ROOT / package).rglob("*.py"))
        for line, text in _state_literals(path)
    ]
    assert offenders == []


def test_the_migrations_only_name_states_that_exist() -> None:
    """A migration keeps its literals (it is history), but they must be stored values."""
    members = {m.value for enum in (MessageState, ReviewState, OutboxState) for m in enum}
    used = {
        text
        for path in sorted((ROOT / "migrations").rglob("*.py"))
        for _line, text in _state_literals(path)
    }
    assert used and used <= members
