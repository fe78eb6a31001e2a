"""An office's routing slip and an event's script: the people who route the slip (addressee,
submitter, approver) are not the model's person in charge; an event's venue is not where the
model runs (a weak hint at most); a position ends where the next role's label opens; a phone
is the person's written with it. Layouts, places and people of our own."""

from __future__ import annotations

from documents.contract import Kind
from documents.extraction import read_fields
from documents.extraction.fields import prose, story
from documents.extraction.fields.candidates import Candidate
from documents.extraction.fields.found import Method, Where
from documents.extraction.fields.people import split_person
from documents.extraction.fields.routing import is_routing_line, is_routing_row
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def test_routing_labels_open_a_line_or_a_row() -> None:
    assert is_routing_line("Kính trình: Đồng chí Lò Văn Khánh")
    assert is_routing_line("NGƯỜI TRÌNH")
    assert is_routing_line("Lãnh đạo phê duyệt:")
    assert is_routing_row(["Kính trình:", "Đồng chí Lò Văn Khánh, Phó Chủ tịch phụ trách VHXH"])
    assert not is_routing_row(["Kính trình: Đồng chí Lò Văn Khánh"])  # one cell: a line
    assert not is_routing_line("Người phụ trách: Lò Thị Mai")
    assert not is_routing_line("Trình bày: ông Vi Văn Sơn")


def _slip(person_line: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["HỘI NÔNG DÂN XÃ NÀ PHẶC\nBAN THƯỜNG VỤ", f"{MOTTO}\nNà Phặc, ngày 9 tháng 4 năm 2026"],
            table=0)  # fmt: skip
    doc.paragraph("PHIẾU TRÌNH", bold=True, centered=True)
    doc.paragraph("Giải quyết công việc", centered=True)
    doc.row(["Kính trình:", "Đồng chí Lò Văn Khánh, Phó Chủ tịch phụ trách Hội Nông dân xã"],
            table=1)  # fmt: skip
    doc.row(["Vấn đề trình:", "Đăng ký mô hình “Dân vận khéo” năm 2026 của hội viên"], table=1)
    doc.row(["Người trình:", "Đồng chí Vi Thị Hằng, chuyên viên văn phòng, ĐT: 0912 000 418"],
            table=1)  # fmt: skip
    doc.row(
        [
            "Tóm tắt nội dung đề xuất:",
            "1. Tên mô hình: “Nuôi ong dưới tán rừng”\n"
            "2. Loại mô hình: ☐ Tập thể ☒ Cá nhân\n"
            "3. Lĩnh vực: ☒ Kinh tế ☐ Văn hóa - xã hội\n"
            f"{person_line}\n"
            "5. Địa bàn thực hiện: thôn Khuổi Hẩu\n"
            "6. Nội dung, giải pháp chủ yếu: đặt 40 đõ ong dưới tán rừng, chia sẻ cách làm.",
        ],
        table=1,
    )
    doc.row(["Ý KIẾN PHÊ DUYỆT CỦA LÃNH ĐẠO", "NGƯỜI TRÌNH"], table=2)
    doc.row(["Đồng ý.\n\nLò Văn Khánh", "Vi Thị Hằng"], table=2)
    return doc


def test_the_builder_of_an_individual_model_is_its_person_not_the_slips_addressee() -> None:
    person = "4. Cá nhân xây dựng mô hình: Nông Văn Tài; chức vụ: Chi hội trưởng; điện thoại: 0977"
    result = read_fields(_slip(person + " 315 206"))
    assert result.kind is Kind.REGISTRATION
    assert result.fields["leader_name"] == "Nông Văn Tài"
    assert result.fields["leader_position"] == "Chi hội trưởng"
    assert result.fields["location"] == "thôn Khuổi Hẩu"


def test_a_slip_naming_nobody_for_the_model_does_not_give_it_to_its_addressee() -> None:
    result = read_fields(_slip("4. Thời gian thực hiện: năm 2026"))
    assert result.fields.get("leader_name") != "Lò Văn Khánh"
    assert result.fields.get("leader_position") is None or "Phó Chủ tịch" not in str(
        result.fields.get("leader_position")
    )
    assert result.confidence.get("leader_name", 0) < 0.9


def _script(venue: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["ĐẢNG BỘ XÃ NÀ PHẶC\nCHI BỘ THÔN KHUỔI HẨU", MOTTO], table=0)
    doc.paragraph("KỊCH BẢN", bold=True, centered=True)
    doc.paragraph("BUỔI SƠ KẾT MỘT NĂM", bold=True, centered=True)
    doc.paragraph("mô hình “Dân vận khéo” “Đường sáng thôn xanh”", bold=True, centered=True)
    doc.paragraph("- Thời gian: 8 giờ 00, ngày 14/11/2026")
    doc.paragraph(f"- Địa điểm: {venue}")
    doc.paragraph("- Chủ trì: đồng chí Hoàng Văn Lực, Bí thư Chi bộ")
    doc.paragraph("- Điều hành: đồng chí Lý Thị Nhung, Bí thư Chi đoàn (ĐT: 0386 402 915)")
    doc.row(["TT", "Nội dung", "Người thực hiện"], table=1)
    doc.row(["1", "Khai mạc, giới thiệu đại biểu.", "MC"], table=1)
    doc.row(
        [
            "2",
            "Báo cáo kết quả: lắp 60 bóng đèn, 35 hộ góp 24 triệu đồng làm đường điện.",
            "Đ/c Hoàng Văn Lực",
        ],
        table=1,
    )
    return doc


def test_a_scripts_venue_gives_only_its_village_as_a_weak_hint() -> None:
    result = read_fields(_script("Nhà văn hóa thôn Khuổi Hẩu"))
    assert result.fields["location"] == "thôn Khuổi Hẩu"
    assert result.confidence["location"] < 0.9


def test_a_hall_of_the_commune_office_gives_no_place() -> None:
    result = read_fields(_script("Hội trường UBND xã Nà Phặc"))
    assert result.fields.get("location") is None


def test_a_position_ends_where_the_next_role_opens_and_its_phone_is_that_persons() -> None:
    result = read_fields(_script("Nhà văn hóa thôn Khuổi Hẩu"))
    assert result.fields["leader_name"] == "Hoàng Văn Lực"
    assert result.fields["leader_position"] == "Bí thư Chi bộ"
    assert result.fields.get("phone") != "0386402915"  # the host's number, not the leader's


def test_village_of_venue() -> None:
    assert story.village_of_venue("Nhà văn hóa bản Nậm Cắt") == "bản Nậm Cắt"
    assert story.village_of_venue("tại Hội trường thôn Bó Lếch") == "thôn Bó Lếch"
    assert story.village_of_venue("Hội trường Ủy ban nhân dân xã") is None
    assert story.village_of_venue("ấp Cây Gáo") == "ấp Cây Gáo"


def test_a_running_text_phone_belongs_to_the_person_on_its_line() -> None:
    text = "Chủ trì: ông Đàm Văn Thể\nĐiều hành: đồng chí Lý Thị Nhung (ĐT: 0386 402 915)"
    assert prose.phone_owner(text, "0386402915") == "Lý Thị Nhung"
    assert prose.phone_owner("Liên hệ: 0386 402 915", "0386402915") is None
    lost_comma = "- Đồng chí Ma Văn Tùng Chỉ huy trưởng Ban CHQS xã; điện thoại: 0386 402 915;"
    assert prose.phone_owner(lost_comma, "0386402915") == "Ma Văn Tùng"


def test_a_persons_value_ends_at_the_next_roles_label_but_keeps_its_phone() -> None:
    joined = "đồng chí Đàm Văn Thể, Trưởng thôn - Thư ký: chị Lục Thị Vân (ĐT: 0398 221 604)"
    assert split_person(joined) == ("Đàm Văn Thể", "Trưởng thôn", None)
    own = "Ông Đàm Văn Thể - Trưởng thôn - ĐT: 0398 221 604"
    assert split_person(own) == ("Đàm Văn Thể", "Trưởng thôn", "0398221604")


def test_the_villages_a_sentence_builds_or_runs_the_model_in() -> None:
    said = (
        "Năm 2026, Hội Cựu chiến binh xã thực hiện mô hình “Vườn mẫu, ao cá” tại thôn Bản Chang "
        "và xóm Nà Mạ, do đồng chí Đàm Văn Thể phụ trách."
    )
    assert prose.location(said) == "thôn Bản Chang và xóm Nà Mạ"
    counted = (
        "Mô hình do Chi đoàn xây dựng từ tháng 2/2025 tại 5 thôn, bản, anh Vi Văn Sơn phụ trách."
    )
    assert prose.location(counted) == "5 thôn, bản"
    of_the_commune = "Ủy ban MTTQ xã vận động, triển khai mô hình tại 6 thôn của xã, như sau:"
    assert prose.location(of_the_commune) == "6 thôn của xã"
    assert prose.location("Bà con họp tại nhà văn hóa, bàn cách làm đường.") is None
    # the villages of another task under a heading's colon, no sentence placing the model
    task = "2. Về công tác triển khai: Hội lập danh sách trẻ bỏ học ở 3 thôn vùng sâu."
    assert prose.location(task) is None


def test_an_agreements_party_address_is_not_where_the_model_runs() -> None:
    """'BÊN A: Hội …' then 'Địa chỉ: Trụ sở …': the party's seat, no location; the same label
    with no party above it stays."""
    seat = Candidate("location", "Trụ sở UBND xã Nà Phặc", Method.INLINE, 3,
                     places=(Where(12, 0),), label="Địa chỉ")  # fmt: skip
    body = [
        ("BÊN A (Bên nhận hỗ trợ): HỘI CỰU CHIẾN BINH XÃ NÀ PHẶC", Where(10, 0)),
        ("Đại diện: Ông Hà Văn Sào", Where(11, 0)),
        ("Địa chỉ: Trụ sở UBND xã Nà Phặc", Where(12, 0)),
    ]
    assert story.without_party_seat([seat], body) == []
    assert story.without_party_seat([seat], body[1:]) == [seat]


def _village_report(placed: str) -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row(["ỦY BAN NHÂN DÂN\nXÃ NÀ PHẶC\nBẢN CO MẠ", f"{MOTTO}\nCo Mạ, ngày 30 tháng 6 năm 2026"],
            table=0)  # fmt: skip
    for line in (
        "BÁO CÁO",
        "Kết quả công tác tháng 6 năm 2026",
        "Kính gửi: Ủy ban nhân dân xã Nà Phặc",
        "I. TÌNH HÌNH CHUNG",
        "Bản Co Mạ có 96 hộ, 402 khẩu.",
        "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        "1. Mô hình “Đèn sáng đường bản”",
        f"Mô hình do Đoàn xã Nà Phặc xây dựng {placed} (ra mắt ngày 02/4/2026), đồng chí Lò Văn "
        "Pọm phụ trách. Sau 3 tháng:",
        "- 40 hộ góp 12 triệu đồng lắp 30 bóng đèn;",
        "- Đường bản sáng cả đêm.",
    ):
        doc.paragraph(line)
    return doc


def test_the_village_unnamed_is_the_one_the_paper_is_from() -> None:
    """'… xây dựng tại bản (…)' in a village's report: the village its header names, as the
    body spells it; never sure."""
    result = read_fields(_village_report("tại bản"))
    assert result.fields.get("location") == "bản Co Mạ"
    assert result.confidence["location"] < 0.9
    assert prose.bare_village("Mô hình do Hội xây dựng tại bản (năm 2025)") == "bản"
    assert prose.bare_village("Mô hình do Hội xây dựng tại bản Co Mạ (năm 2025)") is None


def test_no_place_said_gives_no_place() -> None:
    assert read_fields(_village_report("cho bà con")).fields.get("location") is None
