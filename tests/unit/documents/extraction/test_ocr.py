"""OCR on real renders: generated forms and the sample PDFs, upright, turned, skewed, noisy."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from documents.extraction import ocr, read_fields
from documents.extraction.limits import UnsafeFile
from documents.extraction.text import BlockKind, DocumentText
from tests.conftest import unavailable
from tests.hostile.make_hostile_files import huge_png

FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
LINES = [
    "1. Tên đơn vị: Hội Nông dân xã",
    "2. Tên mô hình: Dân vận khéo trong chuyển đổi cây trồng",
    "3. Người phụ trách: Nguyễn Văn Bình",
    "4. Điện thoại: 0912345678",
    "5. Địa bàn thực hiện: Xóm 5, xã Nghĩa Thái",
]


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
    if not (FONT_DIR / name).exists():
        unavailable("fonts-liberation2 is not installed")
    return ImageFont.truetype(str(FONT_DIR / name), size)


def make_form(width: int = 2480, height: int = 3508) -> Image.Image:
    """An A4 page at 300 dpi with the two-column header and a numbered form."""
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    bold, regular = font(46, bold=True), font(50)
    draw.text((300, 250), "ĐẢNG BỘ XÃ NGHĨA THÁI", font=bold, fill=0)
    draw.text((1350, 250), "ĐẢNG CỘNG SẢN VIỆT NAM", font=bold, fill=0)
    draw.text((420, 330), "HỘI NÔNG DÂN XÃ", font=bold, fill=0)
    draw.text((1400, 330), "Nghĩa Thái, ngày 02 tháng 4 năm 2024", font=regular, fill=0)
    draw.text((520, 600), "PHIẾU ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO", font=font(56, bold=True), fill=0)
    for i, line in enumerate(LINES):
        draw.text((250, 800 + i * 90), line, font=regular, fill=0)
    return page


def png(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def noisy(image: Image.Image, amount: float = 0.01, seed: int = 7) -> Image.Image:
    rng = random.Random(seed)
    out = image.copy()
    pixels = out.load()
    assert pixels is not None
    for _ in range(int(out.width * out.height * amount)):
        x, y = rng.randrange(out.width), rng.randrange(out.height)
        value = pixels[x, y]
        assert isinstance(value, int)
        pixels[x, y] = 0 if value > 128 else 255
    return out


def assert_form_text(doc: DocumentText) -> None:
    # "Dần" for "Dân" is Tesseract's usual slip on these fonts (field notes); tolerate it.
    text = doc.plain_text.replace("ầ", "â")
    for needle in (
        "Tên đơn vị",
        "Hội Nông dân xã",
        "Người phụ trách",
        "Nguyễn Văn Bình",
        "0912345678",
    ):
        assert needle in text, f"{needle!r} not in OCR text:\n{text}"


@pytest.mark.slow
def test_image_form_reads_labels_values_and_two_column_header() -> None:
    doc = ocr.read_image(png(make_form()))
    assert doc.source == "image-ocr"
    assert_form_text(doc)
    header = doc.blocks[0]
    assert header.kind is BlockKind.TABLE_ROW
    assert "ĐẢNG BỘ XÃ" in header.cells[0] and "CỘNG SẢN" in header.cells[1]
    assert doc.ocr_confidence is not None and doc.ocr_confidence > 0.8


@pytest.mark.slow
def test_upside_down_noisy_jpeg_is_turned() -> None:
    photo = noisy(make_form().rotate(180))
    doc = ocr.read_image(png(photo, "JPEG", quality=80))
    assert_form_text(doc)


@pytest.mark.slow
def test_unevenly_lit_phone_photo() -> None:
    form = make_form()
    light = Image.linear_gradient("L").resize(form.size).rotate(30).point(lambda p: 60 + p * 0.75)
    photo = ImageChops.multiply(form, light).filter(ImageFilter.GaussianBlur(1.2))
    assert_form_text(ocr.read_image(png(photo, "JPEG", quality=75)))


@pytest.mark.slow
def test_sideways_page_is_turned() -> None:
    doc = ocr.read_image(png(make_form().rotate(90, expand=True, fillcolor=255)))
    assert_form_text(doc)


def test_exif_orientation_of_a_phone_photo() -> None:
    # The camera stores the pixels turned and says so in EXIF tag 274 (6 = rotate 90° CW).
    stored = make_form().rotate(90, expand=True, fillcolor=255)
    exif = Image.Exif()
    exif[274] = 6
    frames, _ = ocr.load_image_frames(png(stored, "JPEG", exif=exif.tobytes()))
    assert frames[0].size == (2480, 3508)


@pytest.mark.parametrize("angle", [3.0, -2.0, 1.2])
def test_skew_is_estimated(angle: float) -> None:
    skewed = make_form().rotate(
        angle, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC
    )
    assert ocr.estimate_skew(skewed) == pytest.approx(-angle, abs=0.3)


@pytest.mark.slow
def test_skewed_scan_reads() -> None:
    skewed = make_form().rotate(2.5, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    assert_form_text(ocr.read_image(png(skewed)))


@pytest.mark.slow
def test_scanned_two_page_pdf_in_parallel() -> None:
    first = make_form()
    second = Image.new("L", first.size, 255)
    ImageDraw.Draw(second).text((250, 300), "Điện thoại: 0987654321", font=font(50), fill=0)
    buffer = io.BytesIO()
    first.save(buffer, format="PDF", resolution=300, save_all=True, append_images=[second])
    doc = ocr.read_scanned_pdf(buffer.getvalue(), workers=2)
    assert doc.source == "pdf-ocr"
    assert_form_text(doc)
    assert "0987654321" in doc.plain_text
    assert {b.page for b in doc.blocks} == {1, 2}


def test_blank_page_warns() -> None:
    doc = ocr.read_image(png(Image.new("L", (1200, 1700), 255)))
    assert doc.warnings and "Không đọc được" in doc.warnings[0]


def test_huge_image_is_refused_from_its_header() -> None:
    with pytest.raises(UnsafeFile):
        ocr.read_image(huge_png(30_000, 30_000))


def test_words_regroup_into_rows_and_columns() -> None:
    words = [
        ocr.Word(100, 100, 200, 40, 90, "ĐẢNG"),
        ocr.Word(320, 102, 80, 40, 90, "BỘ"),
        ocr.Word(1400, 101, 200, 40, 90, "ĐẢNG"),
        ocr.Word(1620, 99, 120, 40, 90, "CỘNG"),
        ocr.Word(900, 300, 300, 40, 80, "TITLE"),
        ocr.Word(200, 400, 100, 40, 70, "Tên:"),
        ocr.Word(320, 401, 100, 40, 70, "X"),
    ]
    doc = DocumentText()
    ocr.add_page(doc, ocr.PageText(words, 2100, 3000), 1, 0)
    assert [b.kind for b in doc.blocks] == [
        BlockKind.TABLE_ROW,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
    ]
    assert doc.blocks[0].cells == ("ĐẢNG BỘ", "ĐẢNG CỘNG")
    assert doc.blocks[1].centered and not doc.blocks[2].centered
    assert doc.blocks[2].text == "Tên: X"


def test_parse_tsv_drops_unread_marks() -> None:
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "4\t1\t1\t1\t1\t0\t0\t0\t10\t10\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t10\t20\t30\t40\t91.5\tXã\n"
        "5\t1\t1\t1\t1\t2\t50\t20\t30\t40\t0.0\t>x:\n"
    )
    assert ocr.parse_tsv(tsv) == [ocr.Word(10, 20, 30, 40, 91.5, "Xã")]


@pytest.mark.slow
def test_sample_pdf_rendered_as_a_scan(samples_dir: Path) -> None:
    pdf = pdfium.PdfDocument(samples_dir / "documents" / "s10-dk-hoi-nong-dan.pdf")
    scan = pdf[0].render(scale=300 / 72, grayscale=True).to_pil()
    pdf.close()
    scan = noisy(scan.rotate(-1.5, expand=True, fillcolor=255), 0.003)
    doc = ocr.read_image(png(scan, "JPEG", quality=85))
    truth = json.loads((samples_dir / "documents" / "s10-dk-hoi-nong-dan.truth.json").read_text())
    text = doc.plain_text
    for needle in ("Đơn vị đăng ký: Hội Nông dân xã", "Hà Bá Kiên", "+84 900 564", "Kinh tế"):
        assert needle in text, f"{needle!r} not in OCR text:\n{text}"
    extraction = read_fields(doc)
    assert extraction.kind.value == truth["kind"]
    for key in ("phone", "leader_name", "domain", "model_type", "signed_date"):
        assert extraction.fields.get(key) == truth["fields"][key], key


def test_wrapped_line_joins_its_paragraph_but_a_new_item_does_not() -> None:
    words = [
        ocr.Word(200, 100, 1500, 40, 90, "5. Người phụ trách: Hà Bá Kiên - SĐT: +84 900 564"),
        ocr.Word(200, 160, 100, 40, 90, "764"),
        ocr.Word(200, 220, 600, 40, 90, "6. Địa chỉ: xã Nghĩa Thái"),
        ocr.Word(200, 280, 300, 40, 90, "- Vận động"),
    ]
    doc = DocumentText()
    ocr.add_page(doc, ocr.PageText(words, 2000, 3000), 1, 0)
    assert [b.text for b in doc.blocks] == [
        "5. Người phụ trách: Hà Bá Kiên - SĐT: +84 900 564 764",
        "6. Địa chỉ: xã Nghĩa Thái",
        "- Vận động",
    ]


def test_big_jpeg_is_decoded_at_reduced_size() -> None:
    photo = make_form().resize((2480 * 3, 3508 * 3))  # 78 megapixels, 10524 px high
    frames, _ = ocr.load_image_frames(png(photo, "JPEG", quality=70))
    assert max(frames[0].size) == 3508 * 3 // 2  # decoded at 1/2, still above MAX_OCR_SIDE
    assert frames[0].mode == "L"


def test_table_rules_are_removed_and_letters_kept() -> None:
    page = Image.new("L", (1600, 800), 255)
    draw = ImageDraw.Draw(page)
    for y in (100, 300, 500):
        draw.line((100, y, 1500, y), fill=0, width=3)
    for x in (100, 700, 1500):
        draw.line((x, 100, x, 500), fill=0, width=3)
    draw.text((150, 170), "Lĩnh vực", font=font(60, bold=True), fill=0)
    draw.text((750, 170), "Văn hóa - xã hội", font=font(60), fill=0)
    clean = ocr.remove_rules(page)
    assert clean.getpixel((400, 100)) == 255 and clean.getpixel((700, 400)) == 255
    for letters in ((140, 150, 690, 280), (710, 150, 1450, 280)):  # both cells, not the rule
        before = sum(page.crop(letters).histogram()[:128])
        after = sum(clean.crop(letters).histogram()[:128])
        assert after >= 0.97 * before  # the words lost (almost) no ink


def test_parse_tsv_drops_borders_and_unsure_punctuation_but_keeps_dashes() -> None:
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    rows = [
        ("|", 90.0),
        ("|Tập", 88.0),
        (".", 28.0),
        ("-", 93.0),
        ("_", 70.0),
        ("ị", 48.0),
        ("5", 40.0),
    ]
    tsv = header + "".join(
        f"5\t1\t1\t1\t1\t{i}\t{i * 50}\t10\t40\t40\t{c}\t{t}\n" for i, (t, c) in enumerate(rows)
    )
    assert [w.text for w in ocr.parse_tsv(tsv)] == ["Tập", "-", "5"]


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Dần vận khéo", "Dân vận khéo"),
        ("khu dần cư", "khu dân cư"),
        ("Hội Nông dần xã", "Hội Nông dân xã"),
        ("Chỉ bộ xóm 5", "Chi bộ xóm 5"),
        ("Chỉ hội trưởng", "Chi hội trưởng"),
        ("Chí bộ xóm 3", "Chi bộ xóm 3"),
        ("Chì hội trưởng", "Chi hội trưởng"),
        ("Chỉ ủy", "Chi ủy"),
        ("Ð/c Hà Bá Kiên", "Đ/c Hà Bá Kiên"),
        ("45-KH/ĐŨ", "45-KH/ĐU"),
        ("ngày 6/\u20444/\u20442024", "ngày 6/4/2024"),
        ("ngày 1\u20444/2024", "ngày 1/4/2024"),
        # real words stay
        ("chỉ bộ phận văn thư", "chỉ bộ phận văn thư"),
        ("chỉ hội viên nghèo", "chỉ hội viên nghèo"),
        ("chỉ ủy ban xã", "chỉ ủy ban xã"),
        ("dần dần", "dần dần"),
        ("chỉ đạo", "chỉ đạo"),
    ],
)
def test_typical_ocr_slips_are_fixed_in_context(read: str, meant: str) -> None:
    assert ocr.fix_slips(read) == meant


def test_marks_in_the_outer_margin_are_not_text() -> None:
    edge = ocr.Word(84, 900, 20, 60, 63, "Ì")  # the paper's edge in a photo, 1820 px wide
    number = ocr.Word(320, 900, 30, 40, 96, "2.")
    word_at_margin = ocr.Word(60, 900, 300, 40, 96, "Nguyễn")
    assert ocr._off_the_page(edge, 1820, 2500)
    assert not ocr._off_the_page(number, 1820, 2500)
    assert not ocr._off_the_page(word_at_margin, 1820, 2500)
