"""`dvk extract` reads forms as the mailroom would; `dvk score` measures it against truth files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from documents.config_files import load_units_file
from documents.contract import FIELD_KEYS, Extraction
from documents.extraction import extract
from documents.extraction.accents import use_campaign_words
from documents.extraction.corroborate import corroborate
from documents.extraction.readers import PREFIX
from documents.extraction.scoring import CONFIDENT, ScoreReport, Tally, load_truths, score
from documents.matching import UnitDirectory
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


def _tally_table(title: str, rows: dict[str, Tally], sort: bool = True) -> Table:
    table = Table(title=title)
    table.add_column(title.split()[-1])
    table.add_column("ok", justify="right")
    table.add_column("accuracy", justify="right")
    for name, tally in sorted(rows.items()) if sort else rows.items():
        table.add_row(name, f"{tally.ok}/{tally.total}", f"{tally.accuracy:.3f}")
    return table


def _calibration_table(report: ScoreReport) -> Table:
    table = Table(title="Calibration: output values per confidence band")
    for column in ("confidence", "count", "right", "accuracy"):
        table.add_column(column, justify="right")
    for band, tally in report.bands.items():
        accuracy = f"{tally.accuracy:.4f}" if tally.total else "–"
        table.add_row(band, str(tally.total), str(tally.ok), accuracy)
    return table


def _score_tables(
    console: Console, report: ScoreReport, calibration: bool = False, shown: int = 50
) -> None:
    console.print(
        f"Field accuracy: [bold]{report.overall.accuracy:.4f}[/bold] "
        f"({report.overall.ok}/{report.overall.total}); "
        f"kind accuracy {report.kinds.accuracy:.4f} ({report.kinds.ok}/{report.kinds.total})"
    )
    console.print(_tally_table("Per field", report.per_field, sort=False))
    console.print(_tally_table("Per source", report.per_source))
    console.print(_tally_table("Per layout", report.per_layout))
    if calibration:
        console.print(_calibration_table(report))
        console.print(
            f"Confident (≥ {CONFIDENT}) values right: [bold]{report.confident.accuracy:.4f}"
            f"[/bold] ({report.confident.ok}/{report.confident.total})"
        )
        for err, conf in report.confident_errors[:shown]:
            console.print(
                f"  [red]✗ {conf:.2f}[/red] {err.file} {err.field}: "
                f"got {err.got!r}, want {err.expected!r}",
                soft_wrap=True,
            )
    for err in report.errors[:shown]:
        console.print(
            f"  [red]✗[/red] {err.file} {err.field}: got {err.got!r}, want {err.expected!r}",
            soft_wrap=True,
        )
    for file, want, got in report.kind_errors:
        console.print(f"  [red]✗[/red] {file} kind: got {got}, want {want}", soft_wrap=True)


def _units_near(folders: list[Path]) -> list[Path]:
    for folder in folders:
        for place in (folder / "units.yaml", folder.parent / "units.yaml"):
            if place.is_file():
                return [place]
    return []


def _directory(paths: list[Path]) -> UnitDirectory | None:
    """The units of the given files, as the matcher sees them."""
    if not paths:
        return None
    units: list[tuple[str, str, list[str]]] = []
    contacts: dict[str, str] = {}
    for path in paths:
        for unit in load_units_file(path).units:
            units.append((unit.id, unit.name, list(unit.aliases)))
            if unit.contact:
                contacts[unit.id] = unit.contact
    return UnitDirectory(units, {}, contacts)


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
        samples_dirs: Annotated[
            list[Path] | None,
            typer.Argument(help="Folders of documents and their .truth.json files."),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="The report as JSON.")] = False,
        calibration: Annotated[
            bool, typer.Option("--calibration", help="Also the table of confidence bands.")
        ] = False,
        errors: Annotated[int, typer.Option(help="Wrong values to list.")] = 50,
        units: Annotated[
            list[Path] | None,
            typer.Option(
                "--units",
                help="Units file(s) to check names against, as the mailroom does "
                "(default: a units.yaml in the folder or the one above it).",
            ),
        ] = None,
    ) -> None:
        """Field accuracy of extraction over samples folders: per field, source and layout."""
        folders = samples_dirs or [DEFAULT_SAMPLES]
        for folder in folders:
            if not folder.is_dir():
                raise typer.BadParameter(f"{folder} is not a folder", param_hint="SAMPLES_DIR")
        unit_files = units if units is not None else _units_near(folders)
        directory = _directory(unit_files)
        phrases = [p for path in unit_files for p in load_units_file(path).phrases()]
        pairs = []
        with use_campaign_words(phrases):
            for folder in folders:
                for path, truth in load_truths(folder):
                    result = _read(path)
                    if directory is not None:
                        result = corroborate(result, directory)
                    pairs.append((truth, result.as_json(file=path.name)))
        if not pairs:
            raise typer.BadParameter(f"no .truth.json documents in {', '.join(map(str, folders))}")
        report = score(pairs)
        if as_json:
            _write_json(report.as_json())
        else:
            _score_tables(console, report, calibration, errors)
