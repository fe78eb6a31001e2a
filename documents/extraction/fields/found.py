"""What the reader's stages hand each other: labelled items, their text parts, and where each
part sits in the document (for provenance and the layout fingerprint)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from documents.extraction.fields.gloss import drop_english_head, is_english_label
from documents.extraction.fields.zones import Where as Where
from documents.extraction.fields.zones import is_decoration


class Method(StrEnum):
    """How a value was found: the geometry (or the kind of sentence) that tied it to a label."""

    INLINE = "inline"  # after the label on its line ("Tên mô hình: X")
    NEXT_LINES = "next_lines"  # below a label alone on its line
    CELL = "cell"  # the cell right of a label cell
    CELL_BELOW = "cell_below"  # the cell under a label cell
    COLUMN = "column"  # under a column header, in a table whose rows are the forms
    SECTION = "section"  # the body of a report section ("II. Kết quả đạt được")
    HEADER = "header"  # the unit line of the header block
    SIGNATURE = "signature"  # the typed name (and position) under the signature
    PROSE = "prose"  # a sentence ("Mô hình do đồng chí X … phụ trách")
    TITLE = "title"  # the document's title ("Báo cáo kết quả mô hình “X”")
    DATE_LINE = "date_line"  # "…, ngày 02 tháng 4 năm 2024"
    FIGURES = "figures"  # a count or a sum inside the results text
    MEMORY = "memory"  # where the office showed it sits on this layout (`memory.py`)


@dataclass
class Part:
    text: str
    where: Where | None = None


@dataclass
class Item:
    """One labelled value (or section) as the reader found it."""

    name: str
    confidence: float  # how surely the label names the field
    number: str | None  # the label's numbering ("9", "II", "a")
    parts: list[Part] = field(default_factory=list)
    heading: bool = False
    method: Method = Method.INLINE
    label: str = ""  # the label as written
    label_where: Where | None = None
    inferred: bool = False  # read from a heading's word, not written under a label
    heading_words: str = ""  # the column header a value was read under (tables of forms)
    group: str = ""  # values of one row of a table of people belong to that row's person
    after: str = ""  # free text: the paragraph after it in its section, for its figures only
    #: why a labelled value is still unsure, for the office: free text whose bounds are unsure
    #: (`passages.py`), a sum worked out (`funds.py`)
    doubt: str = ""

    @property
    def has_value(self) -> bool:
        return any(p.text.strip() and not is_decoration(p.text) for p in self.parts)

    def value(self) -> str:
        return " ".join(p.text.strip() for p in self.parts if p.text.strip())

    def add(self, text: str, where: Where | None) -> None:
        if not self.has_value:  # "Model name" under "Tên mô hình": its label's English half
            if is_english_label(text):
                return
            text = drop_english_head(text)
        self.parts.append(Part(text, where))

    @property
    def places(self) -> tuple[Where, ...]:
        return tuple(dict.fromkeys(p.where for p in self.parts if p.text.strip() and p.where))


#: Why a value read as the answer to a leaflet's question ("Câu 5. Hỏi: … đạt kết quả gì?" over
#: "Đáp: …") is unsure: a question asks in its own words, no form's label names the field, and
#: an answer tells more than the value (`flow.py`, `confidence.py`).
TOLD = "đọc từ câu trả lời của tài liệu hỏi – đáp, không có nhãn của phiếu"

#: Why a unit read from a header that names only the body issuing the document is unsure: it
#: may be that body's text about another unit, and the units file knowing that body does not
#: make it the unit (`confidence.py`, `corroborate.py`).
ISSUER = "tiêu đề chỉ nêu cơ quan ban hành văn bản, có thể không phải đơn vị xây dựng mô hình"
