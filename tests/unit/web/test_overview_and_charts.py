"""The overview's filters and summary, the chart geometry and the download name, without a server."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from documents.register import DeadlineStatus, DocumentSummary, UnitStatus
from web.charts import BAR_FONT, TICK_FONT, WIDTH, bar_chart, cumulative_chart, text_width
from web.labels import DOMAIN
from web.overview import Filters, apply_filters, charts, fold, paginate, summarise
from web.views import safe_filename

DUE = date(2024, 4, 7)


def _doc(fields: dict[str, object], day: int, late: int = 0) -> DocumentSummary:
    return DocumentSummary(
        submission_id=day,
        extraction_id=day,
        attachment_id=day,
        file="f.docx",
        kind="registration",
        fields=dict(fields),
        message_id=None,
        received_at=datetime(2024, 4, day, 3, tzinfo=UTC),
        late_days=late,
        review_state="accepted",
        is_current=True,
    )


def _unit(uid: str, name: str, kind: str, status: str, *docs: DocumentSummary) -> UnitStatus:
    return UnitStatus(
        uid,
        name,
        kind,
        {
            "registration": DeadlineStatus("registration", DUE, status, docs),
            "report": DeadlineStatus("report", date(2024, 9, 5), "missing", ()),
        },
    )


UNITS = [
    _unit(
        "a",
        "Chi bộ xóm 1",
        "chi_bo",
        "received",
        _doc({"model_name": "Đường hoa", "domain": "economy", "model_type": "collective"}, 3),
    ),
    _unit(
        "b",
        "Hội Nông dân xã",
        "doan_the",
        "late",
        _doc({"model_name": "Nuôi ong", "domain": "economy", "model_type": "individual"}, 9, 2),
    ),
    _unit("c", "Đoàn Thanh niên", "doan_the", "missing"),
]


def names(units: list[UnitStatus]) -> list[str]:
    return [u.unit_name for u in units]


def test_fold_ignores_diacritics_case_and_d_stroke() -> None:
    assert fold("Đoàn Thanh Niên") == fold("doan thanh nien")
    assert "xom 1" in fold("Chi bộ Xóm 1")


def test_filters_combine() -> None:
    kinds = ["chi_bo", "doan_the"]
    assert names(apply_filters(UNITS, Filters.from_args({"kind": "doan_the"}, kinds))) == [
        "Hội Nông dân xã",
        "Đoàn Thanh niên",
    ]
    f = Filters.from_args({"domain": "economy", "model_type": "individual"}, kinds)
    assert names(apply_filters(UNITS, f)) == ["Hội Nông dân xã"]
    assert names(apply_filters(UNITS, Filters.from_args({"q": "doan"}, kinds))) == [
        "Đoàn Thanh niên"
    ]
    assert names(apply_filters(UNITS, Filters.from_args({"q": "nuoi ong"}, kinds))) == [
        "Hội Nông dân xã"
    ]
    f = Filters.from_args({"status": "missing", "deadline": "registration"}, kinds)
    assert names(apply_filters(UNITS, f)) == ["Đoàn Thanh niên"]
    f = Filters.from_args({"status": "missing"}, kinds)  # any deadline: all miss the report
    assert len(apply_filters(UNITS, f)) == 3
    assert not Filters.from_args({"kind": "<script>", "status": "x"}, kinds).active


def test_summary_counts_and_percentages() -> None:
    registration = summarise(UNITS)[0]
    counts = {c.status: (c.count, c.percent) for c in registration.counts}
    assert registration.total == 3
    assert counts["received"] == (1, 33.3)
    assert counts["late"] == (1, 33.3)
    assert counts["missing"] == (1, 33.3)
    assert counts["needs_review"] == (0, 0.0)


def test_cumulative_chart_marks_the_deadline_and_climbs() -> None:
    chart = cumulative_chart("Đăng ký", [date(2024, 4, 3), date(2024, 4, 9)], DUE, 3)
    assert chart.deadline_x is not None
    ys = [float(p.split(",")[1]) for p in chart.path[1:].split(" L")]
    assert ys == sorted(ys, reverse=True)  # never goes down (SVG y grows downwards)
    assert ys[0] > ys[-1]
    xs = [float(p.split(",")[0]) for p in chart.path[1:].split(" L")]
    assert xs[0] < chart.deadline_x < xs[-1]
    assert "Đã nhận 2 văn bản, trong đó 1" in chart.desc
    assert not chart.empty
    assert cumulative_chart("x", [], DUE, 3).empty


def test_bar_chart_scales_to_the_largest_value() -> None:
    chart = bar_chart("Lĩnh vực", {"Kinh tế": 4, "Văn hóa": 2, "Khác": 0})
    widths = [b.width for b in chart.bars]
    assert widths[0] == 2 * widths[1] and widths[2] == 0
    assert "Kinh tế: 4" in chart.desc


def test_overview_charts_count_registered_models() -> None:
    lines, bars = charts(UNITS, "Asia/Ho_Chi_Minh")
    assert lines[0].title.startswith("Đăng ký")
    domain = {b.label: b.value for b in bars[0].bars}
    assert domain["Kinh tế"] == 2
    kind = {b.label: b.value for b in bars[1].bars}
    assert kind == {"Tập thể": 1, "Cá nhân": 1}


def test_safe_filename() -> None:
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename('a\r\nb"c;.docx') == "ab_c_.docx"
    assert safe_filename("C:\\Users\\x\\Bản đăng ký.pdf") == "Bản đăng ký.pdf"
    assert safe_filename("...") == "tai-lieu"


def _text_spans(chart_texts: Sequence[tuple[float, str, str, float]]) -> list[tuple[float, float]]:
    """(left, right) of each text as the template anchors it."""
    spans = []
    for x, anchor, text, size in chart_texts:
        width = text_width(text, size)
        left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
        spans.append((left, left + width))
    return spans


def test_every_chart_label_fits_inside_the_chart() -> None:
    bars = bar_chart("Mô hình đăng ký theo lĩnh vực", {v: 3 for v in DOMAIN.values()})
    texts = [(bars.label_x, "end", b.label, BAR_FONT) for b in bars.bars]
    texts += [(b.x + b.width + 4, "start", str(b.value), BAR_FONT) for b in bars.bars]
    assert "Xây dựng hệ thống chính trị" in [b.label for b in bars.bars]
    for day_count in (0, 1, 30, 200):
        days = [DUE - timedelta(days=d) for d in range(day_count)]
        line = cumulative_chart("Đăng ký", days, DUE, 500)
        texts += [(t.x, "middle", t.text, TICK_FONT) for t in line.x_ticks]
        texts += [(t.x, "end", t.text, TICK_FONT) for t in line.y_ticks]
        assert line.deadline_x is not None
        anchor = line.deadline_anchor
        texts.append((line.deadline_label_x, anchor, line.deadline_label, TICK_FONT))
    for left, right in _text_spans(texts):
        assert left >= 0 and right <= WIDTH, (left, right)


def test_a_label_too_long_for_half_the_chart_is_cut_with_an_ellipsis() -> None:
    name = "Một lĩnh vực có cái tên dài hơn hẳn mọi lĩnh vực của kế hoạch năm nay"
    chart = bar_chart("x", {name: 1})
    assert chart.bars[0].label.endswith("…")
    assert text_width(chart.bars[0].label, BAR_FONT) <= chart.label_x
    assert name in chart.desc


def test_paging_keeps_to_the_units_there_are() -> None:
    many = [_unit(f"u{n}", f"Chi bộ {n}", "chi_bo", "missing") for n in range(1, 121)]
    first = paginate(many, "1")
    assert (first.number, first.count, first.total, first.first, first.last) == (1, 3, 120, 1, 50)
    assert paginate(many, 3).units[0].unit_name == "Chi bộ 101"
    assert paginate(many, 3).last == 120
    assert paginate(many, "99").number == 3 and paginate(many, "abc").number == 1
    assert paginate(many, "-4").number == 1
    empty = paginate([], 1)
    assert (empty.count, empty.first, empty.last, empty.units) == (1, 0, 0, [])
    assert paginate([_unit(f"u{n}", "x", "chi_bo", "missing") for n in range(500)], 5).numbers == [
        1, None, 3, 4, 5, 6, 7, None, 10
    ]  # fmt: skip


def test_filters_become_link_parameters() -> None:
    f = Filters.from_args({"kind": "chi_bo", "q": "xóm", "status": "bogus"}, ["chi_bo"])
    assert f.args() == {"q": "xóm", "kind": "chi_bo"}
