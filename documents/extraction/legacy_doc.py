"""Word 97–2003 `.doc` files, converted to .docx by LibreOffice headless and read as such.

Each conversion gets a private LibreOffice profile, so parallel runs and a crashed run never
lock each other out; the profile is copied from a template made once per machine (a fresh
profile costs ~0.7 s on top of the ~0.7 s conversion). The converter runs in its own process
group and the whole group is killed on timeout.

Two traps of the converted file are handled here: LibreOffice writes the TCVN3 letter ư
(byte 0xAD, the soft hyphen) as Word's optional hyphen `<w:softHyphen/>`, which readers drop,
so it is put back as U+00AD text before the docx reader decodes the .VnTime run; and Wingdings
check boxes arrive as private-use characters (U+F0FE checked, U+F0A8 empty) in a Wingdings run,
which the docx reader maps to ☒/☐.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import stat
import subprocess
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path

from documents.extraction.limits import check_size, check_zip_container
from documents.extraction.text import Block, DocumentText

CONVERT_TIMEOUT = 60.0
NOT_WORD = (
    "Không mở được tệp .doc (có thể không phải tệp Word hoặc tệp bị hỏng); xin lưu lại dạng .docx."
)
TOO_SLOW = "Chuyển đổi tệp .doc quá thời gian cho phép; xin lưu lại dạng .docx rồi gửi lại."
_SOFT_HYPHEN_XML = b"<w:softHyphen/>"
_SOFT_HYPHEN_TEXT = '<w:t xml:space="preserve">\u00ad</w:t>'.encode()


class LegacyDocError(ValueError):
    """The .doc could not be converted; the message is for the sender (Vietnamese)."""


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise LegacyDocError(NOT_WORD + " (LibreOffice không có trên máy chủ)")
    return found


def _run(args: list[str], home: Path, timeout: float) -> None:
    env = dict(os.environ, HOME=str(home), SAL_USE_VCLPLUGIN="svp")
    process = subprocess.Popen(
        args,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=env,
        start_new_session=True,  # its own process group: oosplash and soffice.bin die together
    )
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise LegacyDocError(TOO_SLOW) from exc


def _template_dir() -> Path:
    return Path(tempfile.gettempdir()) / f"dvk-soffice-profile-{os.getuid()}"


def _usable_template(path: Path) -> bool:
    """Only a profile we own and nobody else can write into is copied into runs."""
    try:
        info = path.stat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        and (path / "user").is_dir()
    )


def _prepare_profile(work: Path) -> Path:
    profile = work / "profile"
    template = _template_dir()
    if _usable_template(template):
        shutil.copytree(template, profile, symlinks=True)
    return profile


def _keep_as_template(profile: Path) -> None:
    template = _template_dir()
    if template.exists():
        return
    staging = Path(tempfile.mkdtemp(prefix="dvk-soffice-profile-staging-"))
    try:
        shutil.copytree(profile, staging / "p", symlinks=True)
        (staging / "p").chmod(0o700)
        os.rename(staging / "p", template)  # atomic; a concurrent winner makes this fail
    except OSError:
        pass
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def convert(
    data: bytes, suffix: str, target: str = "docx", *, timeout: float = CONVERT_TIMEOUT
) -> bytes:
    """`data` (a file of type `suffix`, e.g. ".doc") converted by LibreOffice to `target`."""
    check_size(data)
    with tempfile.TemporaryDirectory(prefix="dvk-soffice-") as tmp:
        work = Path(tmp)
        source = work / f"input{suffix}"
        source.write_bytes(data)
        outdir = work / "out"
        had_template = _usable_template(_template_dir())
        profile = _prepare_profile(work)
        _run(
            [
                _soffice(),
                "--headless",
                "--norestore",
                "--nologo",
                "--nodefault",
                "--nolockcheck",
                f"-env:UserInstallation={profile.as_uri()}",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                str(source),
            ],
            home=work,
            timeout=timeout,
        )
        produced = outdir / f"input.{target.split(':')[0]}"
        if not produced.is_file() or produced.stat().st_size == 0:
            raise LegacyDocError(NOT_WORD)
        if not had_template:
            _keep_as_template(profile)
        return produced.read_bytes()


def restore_soft_hyphens(docx: bytes) -> bytes:
    """Put each `<w:softHyphen/>` back as a U+00AD character in its run's text."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename.startswith("word/") and info.filename.endswith(".xml"):
                content = content.replace(_SOFT_HYPHEN_XML, _SOFT_HYPHEN_TEXT)
            target.writestr(info, content)
    return out.getvalue()


def _drop_soft_hyphens(block: Block) -> Block:
    """U+00AD left after decoding was a real optional hyphen (Unicode font): invisible."""
    if not any("\u00ad" in cell for cell in block.cells):
        return block
    return replace(block, cells=tuple(cell.replace("\u00ad", "") for cell in block.cells))


def read_doc(data: bytes, *, timeout: float = CONVERT_TIMEOUT) -> DocumentText:
    """A Word 97–2003 document as text (source "doc"). Raises `LegacyDocError`."""
    from documents.extraction.docx_reader import read_docx  # the colleague's reader, lazily

    converted = convert(data, ".doc", "docx", timeout=timeout)
    check_zip_container(converted)
    doc = read_docx(restore_soft_hyphens(converted))
    doc.blocks = [_drop_soft_hyphens(b) for b in doc.blocks]
    doc.source = "doc"
    return doc
