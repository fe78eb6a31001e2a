"""The parts of a Word file around its body: page headers, page footers, footnotes, endnotes.

Real forms put the letterhead and the date line ("…, ngày … tháng … năm …") in the page
header or footer, and a leader's position or phone in a footnote on the name
("đồng chí Lù Văn Sình¹" with note 1 "Phó Bí thư Chi bộ; điện thoại …"). These helpers say
which header/footer parts a section shows, and what of them is page furniture (a page number,
the file's path stamped by the printer) that must never become a value.
"""

from __future__ import annotations

import posixpath
import re

from lxml import etree  # type: ignore[import-untyped]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"

#: Markers put in a paragraph's text where a footnote/endnote is referenced (private use).
NOTE_OPEN, NOTE_CLOSE = "\ue000", "\ue001"
NOTE_MARK = re.compile(NOTE_OPEN + r"([fe]-?\d+)" + NOTE_CLOSE)

#: Which page shows a header/footer: the first page's own one first (the letterhead), then
#: the one every page shows, then the even pages' one.
_TYPE_ORDER = {"first": 0, "default": 1, "even": 2}

_PAGE_NUMBER = re.compile(
    r"(?:^|\s[-–—|•·]\s*|\s)(?:trang|page|tr\.)\s*\d+\s*(?:(?:/|của|trên|of)\s*\d+)?\s*$"
    r"|^\s*[-–—]?\s*\d{1,3}\s*(?:(?:/|của|trên|of)\s*\d{1,3})?\s*[-–—]?\s*$",
    re.IGNORECASE,
)
_FILE_PATH = re.compile(
    r"^\s*(?:[A-Za-z]:\\|\\\\|/home/|/Users/)\S.*$|\S+\.(?:docx?|docm|odt|pdf|xlsx?)\s*$",
    re.IGNORECASE,
)


def relationships(xml: bytes | None) -> dict[str, str]:
    """`rId` → part name (`word/header1.xml`) from `word/_rels/document.xml.rels`."""
    if not xml:
        return {}
    try:
        root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError:
        return {}
    targets: dict[str, str] = {}
    for rel in root.iter(_RELS):
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        name = target.lstrip("/") if target.startswith("/") else "word/" + target
        targets[rel.get("Id") or ""] = posixpath.normpath(name)
    return targets


def section_parts(body: etree._Element, rels: dict[str, str], kind: str) -> list[str]:
    """The header (`kind` "header") or footer parts the document's sections show, in the order
    a reader meets them: per section, the first page's, then every page's, then even pages'."""
    ordered: list[str] = []
    for sect in body.iter(f"{_W}sectPr"):
        title_page = sect.find(f"{_W}titlePg") is not None
        refs = []
        for ref in sect.iterfind(f"{_W}{kind}Reference"):
            kind_of = ref.get(f"{_W}type") or "default"
            if kind_of == "first" and not title_page:
                continue  # Word shows a first-page part only when the section asks for one
            refs.append((_TYPE_ORDER.get(kind_of, 3), rels.get(ref.get(f"{_R}id") or "", "")))
        for _, name in sorted(refs):
            if name and name not in ordered:
                ordered.append(name)
    return ordered


def furniture_stripped(text: str) -> str:
    """A header/footer text without its page numbers ("Trang 1/2", "- 2 -") and the file's
    path that Word prints at the foot of a page: these repeat on every page and are no value.
    Other lines stay as they are (a letterhead's "*" and rule included)."""
    kept: list[str] = []
    for line in text.split("\n"):
        if _FILE_PATH.match(line):
            continue
        stripped = _PAGE_NUMBER.sub("", line)
        if stripped != line:
            stripped = stripped.rstrip(" -–—|•·\t")
            if not any(c.isalpha() for c in stripped):
                continue
        kept.append(stripped)
    return "\n".join(kept)


def names_a_person(before: str) -> bool:
    """Does the text a note marker follows end with a person's name ("đồng chí Lù Văn Sình")?
    A note on a name describes the person (position, phone) and reads as an apposition to it;
    a note on any other value (a place, a title) is a remark, kept apart from the value."""
    tail = before.rsplit(":", 1)[-1].rstrip()
    if not tail or not tail[-1].isalpha():
        return False
    words = tail.split()
    count = 0
    for word in reversed(words):
        if not (word[0].isupper() and word.isalpha() and (len(word) == 1 or word[1:].islower())):
            break
        count += 1
    return 2 <= count <= 5
