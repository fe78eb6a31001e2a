"""`dvk extract` and `dvk score` through Typer, as the lead's CLI registers them."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from tests.fixtures.forms import generate
from tests.refusals import assert_refused
from workers.bootstrap import Context
from workers.commands import extract as extract_commands
from workers.settings import Settings


def _app() -> typer.Typer:
    app = typer.Typer()
    extract_commands.register(app, lambda: Context(Settings()))

    @app.command("noop")
    def _noop() -> None:  # a second command keeps Typer in multi-command mode
        """Nothing."""

    return app


def test_extract_json_one_line_per_file_and_missing_file_is_not_a_usage_error(
    tmp_path: Path,
) -> None:
    case = generate(5)
    form = tmp_path / "form.docx"
    form.write_bytes(case.data)
    result = CliRunner().invoke(
        _app(), ["extract", str(form), str(tmp_path / "nope.pdf"), "--json"]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(form), str(tmp_path / "nope.pdf")]
    assert set(lines[0]) == {"file", "kind", "fields", "confidence", "warnings", "source",
                             "provenance", "layout", "doubts"}  # fmt: skip
    assert lines[0]["kind"] == case.kind
    assert lines[0]["fields"]["model_name"] == case.expected["model_name"]
    assert lines[1]["kind"] == "unknown"
    assert "không tìm thấy" in lines[1]["warnings"][0]


def test_extract_table_output(tmp_path: Path) -> None:
    form = tmp_path / "form.docx"
    form.write_bytes(generate(7).data)
    result = CliRunner().invoke(_app(), ["extract", str(form)])
    assert result.exit_code == 0
    assert "model_name" in result.stdout


def test_bad_option_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["extract", "--frobnicate", str(tmp_path)])
    assert_refused(result, "No such option: --frobnicate", code=2)


def test_score_over_a_folder_of_truth_files(tmp_path: Path) -> None:
    for seed in (0, 1):
        case = generate(seed)
        (tmp_path / f"g{seed}.docx").write_bytes(case.data)
        fields = {k: case.expected.get(k) for k in (
            "unit_name", "model_name", "model_type", "domain", "leader_name", "leader_position",
            "phone", "location", "content", "results", "participants", "funds_vnd", "signed_date")}  # fmt: skip
        truth = {"kind": case.kind, "fields": fields, "files": [f"g{seed}.docx"]}
        (tmp_path / f"g{seed}.truth.json").write_text(json.dumps(truth, ensure_ascii=False))
    result = CliRunner().invoke(_app(), ["score", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["fields_total"] == 26
    assert report["field_accuracy"] == 1.0
    assert set(report["per_source"]) == {"docx"}


def test_score_needs_a_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["score", str(tmp_path / "missing")])
    assert_refused(result, "missing is not a folder", code=2)
