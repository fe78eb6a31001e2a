"""`dvk extract` reads forms as the mailroom would; `dvk score` measures it against truth files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from documents.contract import FIELD_KEYS, Extraction
from documents.extraction import extract
from documents.extraction.readers import PREFIX
from documents.extraction.scoring import ScoreReport, load_truths, score
from workers.commands import ContextGetter

DEFAULT_SAMPLES = Path("/work/shared/samples/documents")


def _read(path: Path) -> Extraction:
    """A missing or unreadable path is a result for that file, not a usage error."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Extraction.unreadable(PREFIX + "không tìm thấy tệp")
    except IsADirectoryError:
        return Extraction.unreadable(PREFIX + "đây là thư mục, không phải tệp")
    except OSError as exc:
        return Extraction.unreadable(PREFIX + f"lỗi đọc tệp ({exc.strerror or exc})")
    return extract(data, path.name)


def _write_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def _extraction_table(console: Console, name: str, result: Extraction) -> None:
    table = Table(title=f"{name} — {result.kind.value} ({result.source})", show_lines=False)
    table.add_column("field")
    table.add_column("value", overflow="fold")
    table.add_column("conf.", justify="right")
    for key in FIELD_KEYS:
        if key in result.fields:
            value = result.fields[key]
            table.add_row(
                key, "" if value is None else str(value), f"{result.confidence.get(key, 0):.2f}"
            )
    console.print(table)
    for warning in result.warnings:
        console.print(f"  [yellow]![/yellow] {warning}")


def _score_tables(console: Console, report: ScoreReport) -> None:
    console.print(
        f"Field accuracy: [bold]{report.overall.accuracy:.4f}[/bold] "
        f"({report.overall.ok}/{report.overall.total}); "
        f"kind accuracy {report.kinds.accuracy:.4f} ({report.kinds.ok}/{report.kinds.total})"
    )
    by_field = Table(title="Per field")
    by_field.add_column("field")
    by_field.add_column("ok", justify="right")
    by_field.add_column("accuracy", justify="right")
    for name, tally in report.per_field.items():
        by_field.add_row(name, f"{tally.ok}/{tally.total}", f"{tally.accuracy:.3f}")
    console.print(by_field)
    by_source = Table(title="Per source")
    by_source.add_column("source")
    by_source.add_column("ok", justify="right")
    by_source.add_column("accuracy", justify="right")
    for name, tally in sorted(report.per_source.items()):
        by_source.add_row(name, f"{tally.ok}/{tally.total}", f"{tally.accuracy:.3f}")
    console.print(by_source)
    for err in report.errors[:50]:
        console.print(
            f"  [red]✗[/red] {err.file} {err.field}: got {err.got!r}, want {err.expected!r}"
        )
    for file, want, got in report.kind_errors:
        console.print(f"  [red]✗[/red] {file} kind: got {got}, want {want}")


def register(app: typer.Typer, ctx: ContextGetter) -> None:
    console = Console()

    @app.command("extract")
    def extract_command(
        files: Annotated[list[Path], typer.Argument(help="Documents to read (any format).")],
        as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    ) -> None:
        """Read forms and show their kind and fields, as the mailroom would."""
        for path in files:
            result = _read(path)
            if as_json:
                _write_json(result.as_json(file=str(path)))
            else:
                _extraction_table(console, str(path), result)

    @app.command("score")
    def score_command(
        samples_dir: Annotated[
            Path | None,
            typer.Argument(help="Folder of documents and their .truth.json files."),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="The report as JSON.")] = False,
    ) -> None:
        """Field accuracy of extraction over a samples folder, per field and per source."""
        folder = samples_dir or DEFAULT_SAMPLES
        if not folder.is_dir():
            raise typer.BadParameter(f"{folder} is not a folder", param_hint="SAMPLES_DIR")
        pairs = []
        for path, truth in load_truths(folder):
            pairs.append((truth, _read(path).as_json(file=path.name)))
        if not pairs:
            raise typer.BadParameter(f"no .truth.json documents in {folder}")
        report = score(pairs)
        if as_json:
            _write_json(report.as_json())
        else:
            _score_tables(console, report)
