"""Batch conversions with LibreOffice headless: .docx → .pdf and .docx → .doc.

One soffice process converts a whole folder (starting it costs about a second), with a profile
of its own so that parallel runs or a crashed run never lock each other out.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path


class ConversionError(RuntimeError):
    pass


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise ConversionError("LibreOffice (soffice) is not installed: apt-get install libreoffice")
    return found


def convert(files: Sequence[Path], target: str, outdir: Path, *, timeout: float = 600) -> None:
    """Convert `files` to `target` ("pdf", "doc") into `outdir`, checking every output."""
    if not files:
        return
    outdir.mkdir(parents=True, exist_ok=True)
    filters = {"pdf": "pdf:writer_pdf_Export", "doc": "doc:MS Word 97"}
    with tempfile.TemporaryDirectory(prefix="corpus-lo-") as profile:
        args = [
            soffice(),
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            filters[target],
            "--outdir",
            str(outdir),
            *map(str, files),
        ]
        done = subprocess.run(args, capture_output=True, timeout=timeout, check=False)
    missing = [f.name for f in files if not (outdir / f"{f.stem}.{target}").exists()]
    if done.returncode or missing:
        raise ConversionError(
            f"soffice --convert-to {target} failed for {missing or 'some files'}: "
            f"{done.stderr.decode(errors='replace')[-500:]}"
        )
