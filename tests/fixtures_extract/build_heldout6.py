"""Build heldout6.jsonl: the sixth blind held-out gold set for the extractor.

Fourteen texts written as crawls of different provincial, district and commune sites
(seven before the July 2025 merger, seven after; North, Centre, Highlands, South), each
with its own hurried citation habits: abbreviated type words ("QĐ số", "CT 16", "NQ 57",
"KH số", "CV", "TB số", "NĐ 30"), "số:" with a colon, lowercase type words, citations in
parentheses and at the start of bulleted lines, "năm 2024" after a loose mention,
ISO dates in metadata lines, old and new province names in one text, commune bodies after
2025, and mass organisations and sector bodies (Mặt trận, Tỉnh đoàn, Bộ Chỉ huy Quân sự
tỉnh, Công an tỉnh, Kho bạc Nhà nước).

The annotations were made by hand from the gold format's rules and the project's
conventions, before the extractor was read or run. Offsets are not typed by hand: each
surface is searched for from the end of the previous reference of its case, so a surface
that is not in the text (or out of order) stops the build.

Run from the repository root:  python tests/fixtures_extract/build_heldout6.py
"""

from __future__ import annotations

import json
import pathlib
import sys

OUT = pathlib.Path(__file__).with_name("heldout6.jsonl")

FIELDS = ("doc_type", "number", "symbol", "date", "issuer", "scope", "role")

# Each reference: (surface, doc_type, number, symbol, date, issuer, scope, role[, note]).
CASES: list[dict] = []


def case(id_, published, province, evidence, text, refs):
    CASES.append({"id": id_, "source": f"heldout6/{id_}", "url": None, "published": published,
                  "province": province, "province_evidence": evidence, "text": text,
                  "refs": refs})


# 01 Hà Giang (North, before 2025): a department's page, ISO date in the metadata line,
# "Kế hoạch số:", "QĐ số", "KH số", lowercase "quyết định", "NĐ 30", a Tỉnh đoàn plan,
# a "Tin liên quan" link.
case("h6-01-ha-giang", "2024-03-18", "Hà Giang", "'Sở Nội vụ tỉnh Hà Giang ban hành'", """\
Trang chủ » Tin tức - Sự kiện » Cải cách hành chính
Ngày đăng: 2024-03-18 | Lượt xem: 1.204

SỞ NỘI VỤ TRIỂN KHAI KẾ HOẠCH THỰC HIỆN VĂN HÓA CÔNG VỤ NĂM 2024

Ngày 15/3/2024, Sở Nội vụ tỉnh Hà Giang ban hành Kế hoạch số: 38/KH-SNV về thực hiện văn hóa công vụ trong cơ quan năm 2024.

Kế hoạch được xây dựng nhằm cụ thể hóa QĐ số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án văn hóa công vụ và KH số 45/KH-UBND ngày 20/02/2024 của UBND tỉnh về thực hiện Đề án trên địa bàn tỉnh trong năm nay. Căn cứ vào quyết định số 112/QĐ-SNV ngày 04/5/2023 của Giám đốc Sở ban hành quy chế văn hóa công sở, mỗi phòng chuyên môn phải tự rà soát việc đeo thẻ, trang phục, giờ giấc và thái độ giao tiếp với người dân.

Theo kế hoạch, từ tháng 4 đến tháng 11, Sở tổ chức kiểm tra đột xuất ít nhất hai lần mỗi quý tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa của các huyện Vị Xuyên, Bắc Quang, Đồng Văn. Kết quả kiểm tra là căn cứ đánh giá, xếp loại công chức cuối năm.

Đối với việc soạn thảo văn bản, Kế hoạch yêu cầu công chức tuân thủ đúng thể thức theo NĐ 30 của Chính phủ; văn bản sai thể thức sẽ bị trả lại ngay tại bộ phận văn thư. Theo đánh giá của Sở, năm 2023 vẫn còn khoảng 7% văn bản gửi đến phải chỉnh sửa về thể thức, chủ yếu do trình bày sai số, ký hiệu hoặc thiếu nơi nhận.

Sở cũng đề nghị Ban Thường vụ Tỉnh đoàn phối hợp phát động phong trào "Thanh niên công chức nói không với phiền hà" theo tinh thần Kế hoạch số 210-KH/TĐTN ngày 09/01/2024 của Tỉnh đoàn.

Tin liên quan:
- Hà Giang công bố Chỉ số cải cách hành chính năm 2023
- UBND tỉnh ban hành KH 45/KH-UBND về văn hóa công vụ
""", [
    ("Kế hoạch số: 38/KH-SNV", "Kế hoạch", "38", "KH-SNV", "2024-03-15", "Sở Nội vụ", "local", "self"),
    ("QĐ số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ", "Quyết định", "1847", "QĐ-TTg", "2018-12-27",
     "Thủ tướng Chính phủ", "central", "implements"),
    ("KH số 45/KH-UBND ngày 20/02/2024 của UBND tỉnh", "Kế hoạch", "45", "KH-UBND", "2024-02-20", "UBND tỉnh",
     "local", "implements"),
    ("quyết định số 112/QĐ-SNV ngày 04/5/2023 của Giám đốc Sở", "Quyết định", "112", "QĐ-SNV", "2023-05-04",
     "Sở Nội vụ", "local", "cites", "a director's decision is the department's"),
    ("NĐ 30 của Chính phủ", "Nghị định", "30", None, None, "Chính phủ", "central", "cites",
     "no symbol or date anywhere in the text: the year cannot be known from it"),
    ("Kế hoạch số 210-KH/TĐTN ngày 09/01/2024 của Tỉnh đoàn", "Kế hoạch", "210", "KH/TĐTN", "2024-01-09",
     "Tỉnh đoàn", "local", "cites", "'theo tinh thần' for a movement of the Tỉnh đoàn, not what the plan carries out"),
    ("KH 45/KH-UBND", "Kế hoạch", "45", "KH-UBND", "2024-02-20", "UBND tỉnh", "local", "cites",
     "'Tin liên quan' link"),
])

# 02 Thái Bình (North, before 2025): a district portal in the first COVID-19 lockdown.
# "CT 16" in the headline and body, lowercase "công văn số", "CV", "thông báo số:".
case("h6-02-thai-binh", "2020-04-02", "Thái Bình", "'UBND huyện Quỳnh Phụ'; 'UBND tỉnh Thái Bình có CV'", """\
UBND HUYỆN QUỲNH PHỤ - CỔNG THÔNG TIN ĐIỆN TỬ
Cập nhật lúc: 02/04/2020 07:45

Quỳnh Phụ khẩn trương thực hiện cách ly xã hội theo CT 16

Để triển khai Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19, tối 1/4, UBND huyện Quỳnh Phụ đã ban hành công văn số 312/UBND-VP gửi các cơ quan, đơn vị và UBND 38 xã, thị trấn.

Theo văn bản này, từ 0 giờ ngày 01/4/2020, người dân trên địa bàn huyện chỉ ra khỏi nhà trong trường hợp thật sự cần thiết như mua lương thực, thực phẩm, thuốc men hoặc cấp cứu. Các cửa hàng kinh doanh hàng hóa không thiết yếu tạm dừng hoạt động; chợ truyền thống phải bố trí người bán cách nhau ít nhất 2 mét.

Trước đó, UBND tỉnh Thái Bình có CV 1021/UBND-KGVX ngày 31/3/2020 yêu cầu các huyện, thành phố thực hiện nghiêm CT 16, đồng thời giao Sở Y tế hướng dẫn việc khai báo y tế bắt buộc. Huyện ủy Quỳnh Phụ cũng đã ban hành thông báo số: 145-TB/HU chỉ đạo các chi bộ, đảng bộ cơ sở tuyên truyền đến từng hộ gia đình.

Chủ tịch UBND huyện yêu cầu Công an huyện chủ trì, phối hợp Ban Chỉ huy Quân sự huyện lập chốt kiểm soát tại các điểm giáp ranh; xử lý nghiêm các trường hợp tụ tập đông người nơi công cộng. Các xã, thị trấn báo cáo tình hình hằng ngày trước 15 giờ về Văn phòng HĐND và UBND huyện để tổng hợp, báo cáo Ban Chỉ đạo tỉnh.

Đến sáng 2/4, trên địa bàn huyện có 214 trường hợp đang cách ly tại nhà, 9 trường hợp cách ly tập trung, chưa ghi nhận ca dương tính.
""", [
    ("CT 16", "Chỉ thị", "16", None, "2020-03-31", "Thủ tướng Chính phủ", "central", "implements",
     "headline; loose mention takes the document's date and issuer"),
    ("Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ", "Chỉ thị", "16", "CT-TTg", "2020-03-31",
     "Thủ tướng Chính phủ", "central", "implements"),
    ("công văn số 312/UBND-VP", "Công văn", "312", "UBND-VP", "2020-04-01", "UBND huyện", "local", "self",
     "'tối 1/4': year from the article"),
    ("CV 1021/UBND-KGVX ngày 31/3/2020", "Công văn", "1021", "UBND-KGVX", "2020-03-31", "UBND tỉnh", "local",
     "cites", "issued before, by the province; the district letter is not said to carry it out"),
    ("CT 16", "Chỉ thị", "16", None, "2020-03-31", "Thủ tướng Chính phủ", "central", "implements"),
    ("thông báo số: 145-TB/HU", "Thông báo", "145", "TB/HU", None, "Huyện ủy", "local", "cites"),
])

# 03 Quảng Bình (Centre, before 2025): the provincial military command's plan for storm Noru;
# basis documents as a bulleted list; a law by name with its date; a police plan.
case("h6-03-quang-binh", "2022-09-26", "Quảng Bình", "'Bộ Chỉ huy Quân sự (CHQS) tỉnh Quảng Bình'", """\
Bộ CHQS tỉnh Quảng Bình sẵn sàng lực lượng ứng phó mưa lũ
2022-09-26 | Quốc phòng - An ninh

Chiều 26/9, Bộ Chỉ huy Quân sự (CHQS) tỉnh Quảng Bình cho biết đơn vị vừa ban hành Kế hoạch số 2156/KH-BCH về huy động lực lượng, phương tiện ứng phó với bão số 4 (bão Noru) và mưa lũ sau bão.

Kế hoạch được xây dựng trên cơ sở các văn bản chỉ đạo sau:
- Công điện số 05/CĐ-BQP ngày 25/9/2022 của Bộ Quốc phòng về chủ động ứng phó bão Noru;
- Công điện 12/CĐ-UBND ngày 24/9/2022 của Chủ tịch UBND tỉnh;
- Phương án số 87/PA-BCH ngày 15/5/2022 của Bộ CHQS tỉnh về phòng, chống thiên tai và tìm kiếm cứu nạn năm 2022.

Theo đó, Bộ CHQS tỉnh huy động hơn 1.800 cán bộ, chiến sĩ, dân quân tự vệ cùng 42 xe ô tô, 65 xuồng máy túc trực tại các địa bàn xung yếu thuộc huyện Lệ Thủy, Quảng Ninh và thị xã Ba Đồn. Các Ban CHQS huyện, thị xã, thành phố phải hoàn thành việc kiểm tra phương án sơ tán dân trước 17 giờ ngày 27/9.

Kế hoạch yêu cầu các đơn vị tiếp tục thực hiện nghiêm Chỉ thị số 02/CT-BTL ngày 10/3/2022 của Tư lệnh Quân khu 4 về công tác phòng, chống thiên tai, không để xảy ra thương vong trong lực lượng vũ trang. Chỉ huy trưởng Bộ CHQS tỉnh nhắc lại, Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013 đã xác định quân đội là lực lượng nòng cốt trong ứng phó và khắc phục hậu quả thiên tai.

Trước đó, ngày 24/9, Công an tỉnh đã ban hành kế hoạch số 318/KH-CAT-PV01 bảo đảm an ninh trật tự tại các khu vực sơ tán dân.

Chia sẻ: Facebook | Zalo
""", [
    ("Kế hoạch số 2156/KH-BCH", "Kế hoạch", "2156", "KH-BCH", None, "Bộ Chỉ huy Quân sự tỉnh", "local", "self",
     "'vừa ban hành', no date"),
    ("Công điện số 05/CĐ-BQP ngày 25/9/2022 của Bộ Quốc phòng", "Công điện", "05", "CĐ-BQP", "2022-09-25",
     "Bộ Quốc phòng", "central", "cites", "'trên cơ sở': basis"),
    ("Công điện 12/CĐ-UBND ngày 24/9/2022 của Chủ tịch UBND tỉnh", "Công điện", "12", "CĐ-UBND", "2022-09-24",
     "UBND tỉnh", "local", "cites"),
    ("Phương án số 87/PA-BCH ngày 15/5/2022 của Bộ CHQS tỉnh", "Phương án", "87", "PA-BCH", "2022-05-15",
     "Bộ Chỉ huy Quân sự tỉnh", "local", "cites"),
    ("Chỉ thị số 02/CT-BTL ngày 10/3/2022 của Tư lệnh Quân khu 4", "Chỉ thị", "02", "CT-BTL", "2022-03-10",
     "Bộ Tư lệnh Quân khu 4", "central", "implements",
     "a military region's command is not a local body; the commander signs for it"),
    ("Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013", "Luật", None, None, "2013-06-19", "Quốc hội",
     "central", "cites"),
    ("kế hoạch số 318/KH-CAT-PV01", "Kế hoạch", "318", "KH-CAT-PV01", "2022-09-24", "Công an tỉnh", "local",
     "cites"),
])

# 04 Nghệ An (Centre, after 2025): a commune's plan under NQ 57, citing the commune Party
# committee, the provincial plan, the Tỉnh đoàn and the commune council.
case("h6-04-nghe-an", "2025-08-20", "Nghệ An", "'UBND xã Đô Lương (tỉnh Nghệ An)'", """\
Đô Lương: UBND xã ban hành kế hoạch thực hiện NQ 57
Đăng lúc 20/08/2025 - 09:12 | Tác giả: Minh Châu

Ngày 18/8/2025, UBND xã Đô Lương (tỉnh Nghệ An) ban hành Kế hoạch số 27/KH-UBND về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn xã đến năm 2030.

Kế hoạch nhằm cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Nghị quyết số 09-NQ/ĐU ngày 12/8/2025 của Đảng ủy xã và Kế hoạch 215/KH-UBND ngày 25/7/2025 của UBND tỉnh. Đây là văn bản đầu tiên về chuyển đổi số do chính quyền xã mới ban hành kể từ khi sắp xếp đơn vị hành chính cấp xã.

Theo kế hoạch, đến hết năm 2025, toàn bộ hồ sơ thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công xã phải được số hóa; 80% hộ gia đình có ít nhất một người sử dụng thành thạo ứng dụng VNeID. Xã thành lập 24 tổ công nghệ số cộng đồng ở các xóm, do bí thư chi đoàn làm tổ trưởng.

Ông Nguyễn Văn T., Chủ tịch UBND xã, cho biết cái khó nhất hiện nay là hạ tầng mạng ở các xóm vùng giáp ranh còn yếu, trong khi nhiều công chức chuyển từ huyện về chưa quen với phần mềm quản lý văn bản mới. "Chúng tôi xác định NQ 57 là nhiệm vụ chính trị lâu dài, không phải phong trào", ông nói.

Cũng theo kế hoạch, Ủy ban MTTQ Việt Nam xã chủ trì vận động người dân kích hoạt tài khoản định danh điện tử mức 2; Đoàn Thanh niên xã ra quân "Bình dân học vụ số" theo tinh thần Hướng dẫn số 05-HD/TĐTN ngày 3/6/2025 của Ban Thường vụ Tỉnh đoàn.

Kinh phí thực hiện lấy từ ngân sách xã và nguồn xã hội hóa, trên cơ sở Nghị quyết số 11/NQ-HĐND ngày 30/7/2025 của HĐND xã về dự toán ngân sách bổ sung.
""", [
    ("NQ 57", "Nghị quyết", "57", None, "2024-12-22", "Bộ Chính trị", "central", "implements", "headline"),
    ("Kế hoạch số 27/KH-UBND", "Kế hoạch", "27", "KH-UBND", "2025-08-18", "UBND xã", "local", "self"),
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "Nghị quyết", "57", "NQ/TW", "2024-12-22",
     "Bộ Chính trị", "central", "implements"),
    ("Nghị quyết số 09-NQ/ĐU ngày 12/8/2025 của Đảng ủy xã", "Nghị quyết", "09", "NQ/ĐU", "2025-08-12",
     "Đảng ủy xã", "local", "implements"),
    ("Kế hoạch 215/KH-UBND ngày 25/7/2025 của UBND tỉnh", "Kế hoạch", "215", "KH-UBND", "2025-07-25",
     "UBND tỉnh", "local", "implements"),
    ("NQ 57", "Nghị quyết", "57", None, "2024-12-22", "Bộ Chính trị", "central", "implements",
     "in the chairman's quote"),
    ("Hướng dẫn số 05-HD/TĐTN ngày 3/6/2025 của Ban Thường vụ Tỉnh đoàn", "Hướng dẫn", "05", "HD/TĐTN",
     "2025-06-03", "Ban Thường vụ Tỉnh đoàn", "local", "cites"),
    ("Nghị quyết số 11/NQ-HĐND ngày 30/7/2025 của HĐND xã", "Nghị quyết", "11", "NQ-HĐND", "2025-07-30",
     "HĐND xã", "local", "cites"),
])

# 05 Đà Nẵng (Centre, after 2025): the merged city's directive on public investment, citing
# acts of the former Quảng Nam province, a parenthesised short name, the State Treasury,
# and a "Xem thêm" line with "năm 2025" after the citation.
case("h6-05-da-nang", "2025-09-15", "Đà Nẵng", "'Chủ tịch UBND thành phố Đà Nẵng ký Chỉ thị'", """\
Đà Nẵng yêu cầu gỡ vướng giải ngân vốn đầu tư công tại khu vực Quảng Nam cũ
Thứ Hai, 15/09/2025 - 16:40

Ngày 12/9/2025, Chủ tịch UBND thành phố Đà Nẵng ký Chỉ thị số 08/CT-UBND về tăng cường các giải pháp đẩy nhanh tiến độ giải ngân vốn đầu tư công những tháng cuối năm 2025.

Chỉ thị nêu rõ, sau khi hợp nhất, nhiều dự án do các huyện của tỉnh Quảng Nam (nay là thành phố Đà Nẵng) làm chủ đầu tư bị chậm vì phải bàn giao hồ sơ cho các ban quản lý dự án mới. Một số công trình được giao vốn tại Quyết định số 2870/QĐ-UBND ngày 28/12/2024 của UBND tỉnh Quảng Nam đến nay mới giải ngân chưa tới 30%.

Để thực hiện Công điện số 88/CĐ-TTg ngày 2/9/2025 của Thủ tướng Chính phủ (Công điện 88) về đẩy mạnh giải ngân, Chủ tịch UBND thành phố yêu cầu thủ trưởng các sở, ngành, Chủ tịch UBND các xã, phường chịu trách nhiệm cá nhân nếu để chậm giải ngân mà không có lý do chính đáng.

Kho bạc Nhà nước khu vực XIII được đề nghị rút ngắn thời gian kiểm soát chi xuống tối đa 2 ngày làm việc, theo hướng dẫn tại công văn số 3125/KBNN-KSC ngày 20/8/2025 của Kho bạc Nhà nước. Các chủ đầu tư ở khu vực phía tây, như các xã thuộc huyện Nam Trà My, Phước Sơn trước đây, được ưu tiên bố trí cán bộ hỗ trợ lập hồ sơ thanh toán.

Chỉ thị này thay thế Chỉ thị 03/CT-UBND ngày 14/3/2025 của UBND thành phố Đà Nẵng (trước hợp nhất) và Công văn 1562/UBND-KTN ngày 21/3/2025 của UBND tỉnh Quảng Nam về cùng nội dung.

Theo Sở Tài chính, tính đến ngày 10/9/2025, toàn thành phố mới giải ngân được 41,6% kế hoạch vốn Thủ tướng giao; riêng phần vốn chuyển từ tỉnh Quảng Nam cũ đạt 33,2%. Mục tiêu đến 31/01/2026 phải giải ngân hết kế hoạch.

Xem thêm: Chỉ thị 08/CT-UBND năm 2025 của UBND thành phố
""", [
    ("Chỉ thị số 08/CT-UBND", "Chỉ thị", "08", "CT-UBND", "2025-09-12", "UBND thành phố", "local", "self"),
    ("Quyết định số 2870/QĐ-UBND ngày 28/12/2024 của UBND tỉnh Quảng Nam", "Quyết định", "2870", "QĐ-UBND",
     "2024-12-28", "UBND tỉnh", "local", "cites", "an act of the former province"),
    ("Công điện số 88/CĐ-TTg ngày 2/9/2025 của Thủ tướng Chính phủ", "Công điện", "88", "CĐ-TTg", "2025-09-02",
     "Thủ tướng Chính phủ", "central", "implements"),
    ("Công điện 88", "Công điện", "88", None, "2025-09-02", "Thủ tướng Chính phủ", "central", "implements",
     "short name in parentheses"),
    ("công văn số 3125/KBNN-KSC ngày 20/8/2025 của Kho bạc Nhà nước", "Công văn", "3125", "KBNN-KSC",
     "2025-08-20", "Kho bạc Nhà nước", "central", "cites"),
    ("Chỉ thị 03/CT-UBND ngày 14/3/2025 của UBND thành phố Đà Nẵng", "Chỉ thị", "03", "CT-UBND", "2025-03-14",
     "UBND thành phố", "local", "cites", "replaced by the self directive"),
    ("Công văn 1562/UBND-KTN ngày 21/3/2025 của UBND tỉnh Quảng Nam", "Công văn", "1562", "UBND-KTN",
     "2025-03-21", "UBND tỉnh", "local", "cites"),
    ("Chỉ thị 08/CT-UBND năm 2025", "Chỉ thị", "08", "CT-UBND", "2025-09-12", "UBND thành phố", "local", "self",
     "'Xem thêm' line about the text's own directive"),
])

# 06 Bình Định (Centre, before 2025): the Fatherland Front's plan; citations in
# parentheses, "căn cứ vào", "để triển khai", a bulleted attachment list.
case("h6-06-binh-dinh", "2023-07-06", "Bình Định", "'Ủy ban MTTQ Việt Nam tỉnh Bình Định vừa ban hành'", """\
MTTQ tỉnh Bình Định phát động đợt cao điểm xóa nhà tạm
Ngày đăng: 2023-07-06

QUY NHƠN - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định vừa ban hành Kế hoạch số 112/KH-MTTQ-BTT phát động đợt cao điểm vận động ủng hộ xây dựng nhà "Đại đoàn kết" cho hộ nghèo, thời gian từ tháng 7 đến hết tháng 12/2023.

Kế hoạch được ban hành trên cơ sở chương trình phối hợp thống nhất hành động của hệ thống Mặt trận năm nay (Chương trình số 01/CTr-MTTQ-BTT ngày 10/01/2023) và để triển khai chỉ đạo của Ban Thường vụ Tỉnh ủy tại Kết luận số 512-KL/TU ngày 19/6/2023 về công tác giảm nghèo bền vững. Ngoài ra, Mặt trận tỉnh căn cứ vào Quyết định số 1998/QĐ-UBND ngày 02/6/2023 của UBND tỉnh (quy định mức hỗ trợ 50 triệu đồng cho mỗi căn nhà xây mới) để đề xuất nguồn đối ứng.

Mục tiêu của đợt cao điểm là vận động xây mới 500 căn và sửa chữa 200 căn nhà cho hộ nghèo, hộ cận nghèo ở các huyện An Lão, Vĩnh Thạnh, Vân Canh và thị xã Hoài Nhơn. Mỗi căn được hỗ trợ từ Quỹ "Vì người nghèo" các cấp ít nhất 40 triệu đồng, phần còn lại do ngân sách, doanh nghiệp và dòng họ cùng góp.

Theo Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, trong 6 tháng đầu năm, Quỹ "Vì người nghèo" tỉnh đã tiếp nhận hơn 18 tỷ đồng. Việc quản lý, phân bổ quỹ phải công khai tại khu dân cư và thực hiện theo quy chế ban hành kèm theo Quyết định số 05/QĐ-MTTQ-BTT ngày 15/02/2022 của Ban Thường trực.

Các văn bản liên quan:
• Kế hoạch 112/KH-MTTQ-BTT (tải về)
• QĐ 1998/QĐ-UBND ngày 02/6/2023
""", [
    ("Kế hoạch số 112/KH-MTTQ-BTT", "Kế hoạch", "112", "KH-MTTQ-BTT", None,
     "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "local", "self", "'vừa ban hành', no date"),
    ("Chương trình số 01/CTr-MTTQ-BTT ngày 10/01/2023", "Chương trình", "01", "CTr-MTTQ-BTT", "2023-01-10",
     "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "local", "cites", "in parentheses after its description"),
    ("Kết luận số 512-KL/TU ngày 19/6/2023", "Kết luận", "512", "KL/TU", "2023-06-19", "Ban Thường vụ Tỉnh ủy",
     "local", "implements", "issuer before the document: 'chỉ đạo của Ban Thường vụ Tỉnh ủy tại'"),
    ("Quyết định số 1998/QĐ-UBND ngày 02/6/2023 của UBND tỉnh", "Quyết định", "1998", "QĐ-UBND", "2023-06-02",
     "UBND tỉnh", "local", "cites"),
    ("Quyết định số 05/QĐ-MTTQ-BTT ngày 15/02/2022 của Ban Thường trực", "Quyết định", "05", "QĐ-MTTQ-BTT",
     "2022-02-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "local", "cites"),
    ("Kế hoạch 112/KH-MTTQ-BTT", "Kế hoạch", "112", "KH-MTTQ-BTT", None,
     "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "local", "self", "attachment list"),
    ("QĐ 1998/QĐ-UBND ngày 02/6/2023", "Quyết định", "1998", "QĐ-UBND", "2023-06-02", "UBND tỉnh", "local",
     "cites"),
])

# 07 Kon Tum (Highlands, before 2025): the provincial office's notice of a vice-chairman's
# conclusions on the population-data project; "TB số", "Kế hoạch số:", "CV", lowercase
# "quyết định" without a date, and "Quyết định 06 năm 2025" where the year is the plan's.
case("h6-07-kon-tum", "2024-11-08", "Kon Tum", "'Văn phòng UBND tỉnh Kon Tum vừa phát hành'", """\
Kon Tum: Kết luận của Phó Chủ tịch UBND tỉnh về triển khai Đề án 06
08/11/2024

Văn phòng UBND tỉnh Kon Tum vừa phát hành TB số 312/TB-VP ngày 07/11/2024 thông báo kết luận của Phó Chủ tịch UBND tỉnh, Tổ trưởng Tổ công tác triển khai Đề án 06 của tỉnh, tại cuộc họp giao ban quý IV.

Theo báo cáo của Công an tỉnh (cơ quan thường trực Tổ công tác), đến ngày 31/10/2024 toàn tỉnh đã thu nhận hơn 412.000 hồ sơ định danh điện tử, kích hoạt được 71% tài khoản mức 2. Dữ liệu dân cư đã kết nối với cơ sở dữ liệu bảo hiểm xã hội, giáo dục và đất đai; tuy nhiên việc làm sạch dữ liệu hộ tịch ở các huyện Tu Mơ Rông, Kon Plông, Ia H'Drai còn chậm.

Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành và UBND các huyện, thành phố tiếp tục thực hiện quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia, cùng các nhiệm vụ tại Kế hoạch số: 58/KH-UBND ngày 11/3/2024 của UBND tỉnh.

Sở Tư pháp phối hợp Công an tỉnh hoàn thành số hóa sổ hộ tịch trước ngày 15/12/2024 theo đúng tiến độ đã nêu tại CV 3410/UBND-NC ngày 02/10/2024. Công an tỉnh khẩn trương hoàn thiện dự thảo kế hoạch triển khai Quyết định 06 năm 2025, trình UBND tỉnh trước ngày 30/11.

Đối với các tồn tại đã được chỉ ra tại Thông báo 245/TB-VP ngày 14/8/2024, Phó Chủ tịch phê bình UBND huyện Ia H'Drai chưa khắc phục dứt điểm, yêu cầu báo cáo giải trình bằng văn bản.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.
""", [
    ("TB số 312/TB-VP ngày 07/11/2024", "Thông báo", "312", "TB-VP", "2024-11-07", "Văn phòng UBND tỉnh",
     "local", "self"),
    ("quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ", "Quyết định", "06", "QĐ-TTg", None,
     "Thủ tướng Chính phủ", "central", "implements", "no date in the text"),
    ("Kế hoạch số: 58/KH-UBND ngày 11/3/2024 của UBND tỉnh", "Kế hoạch", "58", "KH-UBND", "2024-03-11",
     "UBND tỉnh", "local", "implements"),
    ("CV 3410/UBND-NC ngày 02/10/2024", "Công văn", "3410", "UBND-NC", "2024-10-02", "UBND tỉnh", "local",
     "cites"),
    ("Quyết định 06", "Quyết định", "06", None, None, "Thủ tướng Chính phủ", "central", "implements",
     "'năm 2025' belongs to the plan being drafted, not to the decision"),
    ("Thông báo 245/TB-VP ngày 14/8/2024", "Thông báo", "245", "TB-VP", "2024-08-14", "Văn phòng UBND tỉnh",
     "local", "cites"),
])

# 08 Đắk Lắk (Highlands, after 2025): a commune Party committee's directive for the coffee
# harvest; lowercase "chỉ thị số", "công văn số", "kế hoạch số:", an old-tone "uỷ", a law
# by name without a date.
case("h6-08-dak-lak", "2025-10-03", "Đắk Lắk", "'Đảng ủy xã Ea Kar (tỉnh Đắk Lắk)'", """\
ĐẢNG ỦY XÃ EA KAR LÃNH ĐẠO BẢO ĐẢM AN NINH MÙA THU HOẠCH CÀ PHÊ
Cập nhật: 2025-10-03 10:15:22

Ngày 01/10/2025, Đảng ủy xã Ea Kar (tỉnh Đắk Lắk) ban hành chỉ thị số 03-CT/ĐU về tăng cường sự lãnh đạo của cấp ủy đối với công tác bảo đảm an ninh, trật tự trong mùa thu hoạch cà phê niên vụ 2025 - 2026.

Chỉ thị được ban hành để triển khai công văn số 1125-CV/TU ngày 22/9/2025 của Ban Thường vụ Tỉnh ủy và kế hoạch số: 402/KH-CAT ngày 25/9/2025 của Công an tỉnh về mở đợt cao điểm tấn công, trấn áp tội phạm trộm cắp nông sản.

Theo chỉ thị, các chi bộ thôn, buôn phải phân công đảng viên phụ trách từng nhóm hộ, phối hợp lực lượng công an xã và dân quân tuần tra ban đêm tại các rẫy cà phê xa khu dân cư. Cơ sở thu mua cà phê phải có sổ ghi chép nguồn gốc hàng hóa; trường hợp mua cà phê tươi không rõ nguồn gốc sẽ bị xử lý theo quy định.

Đảng uỷ xã giao UBND xã xây dựng kế hoạch cụ thể trước ngày 10/10; Ủy ban MTTQ Việt Nam xã vận động các buôn đồng bào dân tộc thiểu số đưa nội dung giữ gìn an ninh vào hương ước, quy ước của buôn.

Niên vụ trước, trên địa bàn các xã Ea Kar, Ea Păl, Cư Ni (cũ) xảy ra 47 vụ trộm cà phê, thiệt hại hơn 1,2 tỷ đồng. Chỉ thị yêu cầu tiếp tục thực hiện Kết luận số 15-KL/ĐU ngày 20/8/2025 của Ban Chấp hành Đảng bộ xã về nhiệm vụ quốc phòng, an ninh năm 2025, đồng thời phát huy vai trò tổ bảo vệ an ninh, trật tự ở cơ sở theo Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.
""", [
    ("chỉ thị số 03-CT/ĐU", "Chỉ thị", "03", "CT/ĐU", "2025-10-01", "Đảng ủy xã", "local", "self"),
    ("công văn số 1125-CV/TU ngày 22/9/2025 của Ban Thường vụ Tỉnh ủy", "Công văn", "1125", "CV/TU",
     "2025-09-22", "Ban Thường vụ Tỉnh ủy", "local", "implements"),
    ("kế hoạch số: 402/KH-CAT ngày 25/9/2025 của Công an tỉnh", "Kế hoạch", "402", "KH-CAT", "2025-09-25",
     "Công an tỉnh", "local", "implements"),
    ("Kết luận số 15-KL/ĐU ngày 20/8/2025 của Ban Chấp hành Đảng bộ xã", "Kết luận", "15", "KL/ĐU",
     "2025-08-20", "Đảng ủy xã", "local", "implements",
     "the executive committee of the commune Party organisation is the commune Party committee"),
    ("Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Luật", None, None, None, "Quốc hội", "central",
     "cites", "law by name, no date in the text; 'theo'"),
])

# 09 Lâm Đồng (Highlands, after 2025): a Party conference that disseminates resolutions and
# issues nothing, so every mention cites and the case has no province. "NQ 57 năm 2025"
# where the year is the implementation's.
case("h6-09-lam-dong", "2025-07-24", None,
     "a conference of the Lâm Đồng Party Standing Board; it issues no document of its own", """\
Lâm Đồng: Hội nghị học tập, quán triệt các nghị quyết mới của Bộ Chính trị
24/07/2025 14:05 | In bài | Gửi email

Sáng 23/7, Ban Thường vụ Tỉnh ủy Lâm Đồng tổ chức hội nghị trực tuyến đến 124 điểm cầu xã, phường, đặc khu để học tập, quán triệt Nghị quyết số 66-NQ/TW ngày 30/4/2025 về đổi mới công tác xây dựng và thi hành pháp luật và Nghị quyết số 68-NQ/TW ngày 4/5/2025 về phát triển kinh tế tư nhân của Bộ Chính trị. Đây là hội nghị học tập nghị quyết đầu tiên của tỉnh Lâm Đồng mới, hợp nhất từ Lâm Đồng, Đắk Nông và Bình Thuận, sau ngày 1/7.

Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy nhấn mạnh hai nghị quyết này cùng với NQ 57 và Nghị quyết 59-NQ/TW về hội nhập quốc tế tạo thành "bộ tứ trụ cột" để đất nước bước vào kỷ nguyên mới. Mỗi cán bộ, đảng viên không chỉ học để biết mà phải gắn với việc thay đổi cách làm ở chính cơ quan, đơn vị mình.

Báo cáo viên Trung ương đã truyền đạt những nội dung cốt lõi: Nghị quyết 68 xác định kinh tế tư nhân là một động lực quan trọng nhất của nền kinh tế quốc gia; Nghị quyết 66 yêu cầu khắc phục tình trạng luật ban hành chậm được hướng dẫn, chồng chéo giữa các văn bản.

Trên cơ sở Kế hoạch số 12-KH/TU ngày 10/7/2025 của Ban Thường vụ Tỉnh ủy về học tập, quán triệt các nghị quyết, trước ngày 15/8 các đảng ủy trực thuộc phải hoàn thành việc tổ chức học tập đến chi bộ; Ban Tuyên giáo và Dân vận Tỉnh ủy sẽ kiểm tra việc tổ chức ở cơ sở.

Tại hội nghị, Sở Khoa học và Công nghệ thông tin kết quả thực hiện NQ 57 năm 2025 trên địa bàn: 100% xã, phường, đặc khu đã vận hành hệ thống quản lý văn bản điện tử; hơn 60% hồ sơ thủ tục hành chính được nộp trực tuyến.
""", [
    ("Nghị quyết số 66-NQ/TW ngày 30/4/2025", "Nghị quyết", "66", "NQ/TW", "2025-04-30", "Bộ Chính trị",
     "central", "cites", "'... và Nghị quyết số 68-NQ/TW ... của Bộ Chính trị': one issuer phrase for both"),
    ("Nghị quyết số 68-NQ/TW ngày 4/5/2025", "Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị",
     "central", "cites"),
    ("NQ 57", "Nghị quyết", "57", None, None, "Bộ Chính trị", "central", "cites",
     "no date in this text; issuer from the headline's 'các nghị quyết mới của Bộ Chính trị'"),
    ("Nghị quyết 59-NQ/TW", "Nghị quyết", "59", "NQ/TW", None, "Bộ Chính trị", "central", "cites"),
    ("Nghị quyết 68", "Nghị quyết", "68", None, "2025-05-04", "Bộ Chính trị", "central", "cites"),
    ("Nghị quyết 66", "Nghị quyết", "66", None, "2025-04-30", "Bộ Chính trị", "central", "cites"),
    ("Kế hoạch số 12-KH/TU ngày 10/7/2025 của Ban Thường vụ Tỉnh ủy", "Kế hoạch", "12", "KH/TU", "2025-07-10",
     "Ban Thường vụ Tỉnh ủy", "local", "cites"),
    ("NQ 57", "Nghị quyết", "57", None, None, "Bộ Chính trị", "central", "cites",
     "'năm 2025' is the year of the results, not of the resolution"),
])

# 10 Bến Tre (South, before 2025): the Tỉnh đoàn's summer volunteer plan; "nhằm cụ thể hóa",
# "tiếp tục thực hiện", a lowercase earlier plan without a date, "Kế hoạch 268 năm 2024".
case("h6-10-ben-tre", "2024-06-12", "Bến Tre", "'Ban Thường vụ Tỉnh đoàn Bến Tre ban hành'", """\
Tỉnh đoàn Bến Tre ra quân chiến dịch tình nguyện hè năm 2024
Thứ tư, 12/6/2024, 08:30 (GMT+7)

Ngày 10/6/2024, Ban Thường vụ Tỉnh đoàn Bến Tre ban hành Kế hoạch số 268-KH/TĐTN về tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2024, với chủ đề "Tuổi trẻ Bến Tre xung kích chuyển đổi số, bảo vệ môi trường".

Kế hoạch nhằm cụ thể hóa Kế hoạch số 150-KH/TWĐTN-PTTN ngày 12/3/2024 của Ban Bí thư Trung ương Đoàn và tiếp tục thực hiện Chỉ thị số 27-CT/TU ngày 5/1/2024 của Ban Thường vụ Tỉnh ủy về tăng cường giáo dục lý tưởng cách mạng cho thế hệ trẻ.

Chiến dịch gồm ba mặt trận: "Mùa hè xanh" của sinh viên, "Hoa phượng đỏ" của học sinh và "Hành quân xanh" của thanh niên lực lượng vũ trang. Đặc biệt, tại các huyện ven biển Ba Tri, Bình Đại, Thạnh Phú, các đội hình sẽ hỗ trợ người dân trữ nước ngọt, lắp đặt 300 bồn chứa nước cho hộ nghèo - nội dung được UBND tỉnh đề nghị tại CV 2315/UBND-KGVX ngày 20/5/2024.

Anh Huỳnh Văn B., Phó Bí thư Tỉnh đoàn, cho biết so với chiến dịch năm ngoái (tổ chức theo kế hoạch số 96-KH/TĐTN), chiến dịch năm nay có thêm nội dung hướng dẫn người cao tuổi dùng dịch vụ công trực tuyến. Toàn tỉnh dự kiến huy động 15.000 lượt đoàn viên tham gia.

Lễ ra quân cấp tỉnh diễn ra ngày 15/6 tại xã An Thủy, huyện Ba Tri. Kinh phí thực hiện Kế hoạch 268 năm 2024 do ngân sách tỉnh cấp theo Quyết định số 879/QĐ-UBND ngày 22/4/2024 của UBND tỉnh và từ nguồn vận động xã hội hóa.
""", [
    ("Kế hoạch số 268-KH/TĐTN", "Kế hoạch", "268", "KH/TĐTN", "2024-06-10", "Ban Thường vụ Tỉnh đoàn", "local",
     "self"),
    ("Kế hoạch số 150-KH/TWĐTN-PTTN ngày 12/3/2024 của Ban Bí thư Trung ương Đoàn", "Kế hoạch", "150",
     "KH/TWĐTN-PTTN", "2024-03-12", "Ban Bí thư Trung ương Đoàn", "central", "implements"),
    ("Chỉ thị số 27-CT/TU ngày 5/1/2024 của Ban Thường vụ Tỉnh ủy", "Chỉ thị", "27", "CT/TU", "2024-01-05",
     "Ban Thường vụ Tỉnh ủy", "local", "implements"),
    ("CV 2315/UBND-KGVX ngày 20/5/2024", "Công văn", "2315", "UBND-KGVX", "2024-05-20", "UBND tỉnh", "local",
     "cites"),
    ("kế hoạch số 96-KH/TĐTN", "Kế hoạch", "96", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "local", "cites",
     "last year's plan; no day is given, so no ISO date"),
    ("Kế hoạch 268", "Kế hoạch", "268", None, "2024-06-10", "Ban Thường vụ Tỉnh đoàn", "local", "self",
     "followed by 'năm 2024'"),
    ("Quyết định số 879/QĐ-UBND ngày 22/4/2024 của UBND tỉnh", "Quyết định", "879", "QĐ-UBND", "2024-04-22",
     "UBND tỉnh", "local", "cites"),
])

# 11 An Giang (South, after 2025): a department's letter as a document database shows it —
# metadata lines with an ISO date, then the body; "NĐ 30/2020/NĐ-CP", "Thông tư
# 01/2023/TT-BNV", "Kế hoạch số:", "văn bản số" for an earlier letter.
case("h6-11-an-giang", "2025-11-03", "An Giang", "'Cổng TTĐT Sở Nội vụ tỉnh An Giang'", """\
Cổng TTĐT Sở Nội vụ tỉnh An Giang > Văn bản chỉ đạo điều hành
Số ký hiệu: 2045/SNV-VTLT
Ngày ban hành: 2025-11-03
Loại văn bản: Công văn
Cơ quan ban hành: Sở Nội vụ
Trích yếu: V/v chấn chỉnh công tác lập hồ sơ và nộp lưu hồ sơ điện tử tại các xã, phường, đặc khu

Nội dung:
Qua kiểm tra công tác văn thư, lưu trữ tại 40 xã, phường, đặc khu trong tháng 10/2025, Sở Nội vụ nhận thấy nhiều nơi chưa lập hồ sơ điện tử theo quy định; văn bản đi vẫn ghi sai ký hiệu cơ quan sau khi sắp xếp (còn dùng "UBND huyện" hoặc tên xã cũ); một số xã ở khu vực Kiên Giang trước đây chưa bàn giao hồ sơ của UBND huyện cũ cho Lưu trữ lịch sử tỉnh.

Căn cứ NĐ 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư và Thông tư 01/2023/TT-BNV ngày 16/02/2023 của Bộ Nội vụ hướng dẫn quản lý hồ sơ, tài liệu điện tử; để triển khai Kế hoạch số: 156/KH-UBND ngày 18/8/2025 của UBND tỉnh về chỉnh lý, bàn giao tài liệu lưu trữ của các cơ quan kết thúc hoạt động, Sở Nội vụ đề nghị Chủ tịch UBND các xã, phường, đặc khu thực hiện một số nội dung sau:

1. Từ ngày 15/11/2025, toàn bộ văn bản đi phải được ký số và lập hồ sơ điện tử trên Hệ thống quản lý văn bản và điều hành của tỉnh; không phát hành văn bản giấy song song, trừ văn bản mật.
2. Ghi đúng ký hiệu cơ quan theo Quyết định số 1620/QĐ-UBND ngày 01/7/2025 của UBND tỉnh về danh mục mã định danh điện tử các cơ quan, đơn vị.
3. Hoàn thành bàn giao hồ sơ, tài liệu của UBND các huyện, thị xã, thành phố (cũ) trước ngày 31/12/2025.

Sở Nội vụ lưu ý, văn bản số 1877/SNV-VTLT ngày 10/10/2025 về cùng nội dung đã được gửi nhưng đến nay mới có 18/102 xã, phường, đặc khu báo cáo.

Tệp đính kèm: van-ban-dinh-kem.pdf (312 KB) | Lượt tải: 57
""", [
    ("Số ký hiệu: 2045/SNV-VTLT", "Công văn", "2045", "SNV-VTLT", "2025-11-03", "Sở Nội vụ", "local", "self",
     "metadata cell; type and date from the next lines"),
    ("NĐ 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ", "Nghị định", "30", "2020/NĐ-CP", "2020-03-05", "Chính phủ",
     "central", "cites"),
    ("Thông tư 01/2023/TT-BNV ngày 16/02/2023 của Bộ Nội vụ", "Thông tư", "01", "2023/TT-BNV", "2023-02-16",
     "Bộ Nội vụ", "central", "cites"),
    ("Kế hoạch số: 156/KH-UBND ngày 18/8/2025 của UBND tỉnh", "Kế hoạch", "156", "KH-UBND", "2025-08-18",
     "UBND tỉnh", "local", "implements"),
    ("Quyết định số 1620/QĐ-UBND ngày 01/7/2025 của UBND tỉnh", "Quyết định", "1620", "QĐ-UBND", "2025-07-01",
     "UBND tỉnh", "local", "cites"),
    ("văn bản số 1877/SNV-VTLT ngày 10/10/2025", "Công văn", "1877", "SNV-VTLT", "2025-10-10", "Sở Nội vụ",
     "local", "cites", "'văn bản' is generic; the symbol has no type part, so a letter"),
])

# 12 Bình Phước (South, before 2025): a provincial letter on overdue procedures; "CV",
# "theo tinh thần" for the telegram the letter answers, bulleted lines that open with a
# citation (one lowercase), a Party directive without a date, a no-break space.
case("h6-12-binh-phuoc", "2023-04-28", "Bình Phước", "'UBND tỉnh Bình Phước có CV 1284/UBND-KSTTHC'", """\
Bình Phước: Chấn chỉnh việc giải quyết thủ tục hành chính quá hạn
28/04/2023 | 15:20 | Nguồn: Văn phòng UBND tỉnh

Ngày 26/4, UBND tỉnh Bình Phước có CV 1284/UBND-KSTTHC gửi thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện, thị xã, thành phố về tăng cường kỷ luật, kỷ cương trong giải quyết thủ tục hành chính.

Văn bản nêu, quý I/2023 toàn tỉnh còn 2.316 hồ sơ quá hạn, tập trung ở lĩnh vực đất đai tại thị xã Chơn Thành, huyện Bù Đăng và huyện Đồng Phú; nhiều hồ sơ trễ hẹn nhưng cơ quan giải quyết không gửi văn bản xin lỗi người dân.

Theo tinh thần Công điện số 280/CĐ-TTg của Thủ tướng Chính phủ ngày 19/4/2023, Chủ tịch UBND tỉnh yêu cầu:
- Các cơ quan, đơn vị rà soát toàn bộ hồ sơ tồn đọng, hoàn thành giải quyết trước ngày 31/5/2023;
- quyết định số 1523/QĐ-UBND ngày 15/9/2022 của UBND tỉnh (quy chế phối hợp giải quyết thủ tục hành chính liên thông) là căn cứ để xác định trách nhiệm của từng cơ quan khi hồ sơ bị trễ hạn;
- Chỉ thị 05-CT/TU của\u00a0Ban Thường vụ Tỉnh ủy về nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tiếp tục được quán triệt đến từng công chức tiếp nhận hồ sơ.

UBND tỉnh cũng giao Sở Nội vụ đưa kết quả giải quyết hồ sơ vào tiêu chí chấm điểm cải cách hành chính năm 2023 theo Quyết định số 210/QĐ-UBND ngày 10/02/2023; giao Văn phòng UBND tỉnh theo dõi, tổng hợp, báo cáo trước ngày 05 hằng tháng.

Trước đó, tại Thông báo số 95/TB-UBND ngày 12/4/2023, Chủ tịch UBND tỉnh đã phê bình 5 đơn vị có tỷ lệ hồ sơ trễ hạn cao.
""", [
    ("CV 1284/UBND-KSTTHC", "Công văn", "1284", "UBND-KSTTHC", "2023-04-26", "UBND tỉnh", "local", "self",
     "'Ngày 26/4': year from the article"),
    ("Công điện số 280/CĐ-TTg của Thủ tướng Chính phủ ngày 19/4/2023", "Công điện", "280", "CĐ-TTg",
     "2023-04-19", "Thủ tướng Chính phủ", "central", "implements",
     "'theo tinh thần' of the telegram the letter answers: carried out, not merely a basis"),
    ("quyết định số 1523/QĐ-UBND ngày 15/9/2022 của UBND tỉnh", "Quyết định", "1523", "QĐ-UBND", "2022-09-15",
     "UBND tỉnh", "local", "cites"),
    ("Chỉ thị 05-CT/TU của\u00a0Ban Thường vụ Tỉnh ủy", "Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy",
     "local", "implements", "'tiếp tục được quán triệt'"),
    ("Quyết định số 210/QĐ-UBND ngày 10/02/2023", "Quyết định", "210", "QĐ-UBND", "2023-02-10", "UBND tỉnh",
     "local", "cites"),
    ("Thông báo số 95/TB-UBND ngày 12/4/2023", "Thông báo", "95", "TB-UBND", "2023-04-12", "UBND tỉnh", "local",
     "cites"),
])

# 13 Lào Cai (North, after 2025): the chairman's telegram on landslides, naming former Yên
# Bái places; "căn cứ vào" two telegrams, bulleted orders, "tiếp tục thực hiện theo", a
# guidance of the provincial military command.
case("h6-13-lao-cai", "2025-07-30", "Lào Cai", "'Chủ tịch UBND tỉnh Lào Cai ký Công điện'", """\
LÀO CAI CHỦ ĐỘNG ỨNG PHÓ MƯA LỚN, SẠT LỞ ĐẤT
Ngày xuất bản: 2025-07-30 | Chuyên mục: Thời sự

Trước diễn biến mưa lớn kéo dài, chiều 29/7/2025 Chủ tịch UBND tỉnh Lào Cai ký Công điện số 07/CĐ-UBND gửi Giám đốc các sở, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công an tỉnh và Chủ tịch UBND các xã, phường về chủ động ứng phó mưa lớn, lũ quét, sạt lở đất.

Căn cứ vào Công điện số 112/CĐ-TTg ngày 27/7/2025 của Thủ tướng Chính phủ và Công điện 09/CĐ-BCĐ ngày 28/7/2025 của Ban Chỉ đạo quốc gia về phòng, chống thiên tai, Chủ tịch UBND tỉnh yêu cầu:
- Chủ tịch UBND các xã vùng cao như Mù Cang Chải, Trạm Tấu, Bát Xát, Si Ma Cai không để người dân ở lại khu vực có nguy cơ sạt lở; kiên quyết di dời trước 18 giờ ngày 30/7.
- Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh bố trí lực lượng tại các điểm xung yếu trên Quốc lộ 32 (đoạn qua địa phận tỉnh Yên Bái cũ) và Quốc lộ 4D.
- Sở Nông nghiệp và Môi trường thực hiện kế hoạch số 98/KH-UBND ngày 03/7/2025 của UBND tỉnh về phòng, chống thiên tai năm 2025; theo dõi chặt chẽ việc vận hành hồ Thác Bà.

Những nội dung khác tiếp tục thực hiện theo Công điện 05/CĐ-UBND ngày 18/7/2025 của Chủ tịch UBND tỉnh.

Trước đó, tại tỉnh Yên Bái (cũ), khu vực Mù Cang Chải từng xảy ra lũ quét nghiêm trọng; rút kinh nghiệm, Bộ Chỉ huy Quân sự tỉnh đã ban hành Hướng dẫn số 14/HD-BCH ngày 10/7/2025 về tổ chức sơ tán dân theo cấp độ rủi ro thiên tai.

Theo Đài Khí tượng Thủy văn tỉnh, từ đêm 29/7 đến ngày 1/8, lượng mưa phổ biến 100-200 mm, có nơi trên 300 mm.
""", [
    ("Công điện số 07/CĐ-UBND", "Công điện", "07", "CĐ-UBND", "2025-07-29", "UBND tỉnh", "local", "self"),
    ("Công điện số 112/CĐ-TTg ngày 27/7/2025 của Thủ tướng Chính phủ", "Công điện", "112", "CĐ-TTg",
     "2025-07-27", "Thủ tướng Chính phủ", "central", "cites", "'căn cứ vào': basis by the project's rule"),
    ("Công điện 09/CĐ-BCĐ ngày 28/7/2025 của Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "Công điện", "09",
     "CĐ-BCĐ", "2025-07-28", "Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "central", "cites"),
    ("kế hoạch số 98/KH-UBND ngày 03/7/2025 của UBND tỉnh", "Kế hoạch", "98", "KH-UBND", "2025-07-03",
     "UBND tỉnh", "local", "implements"),
    ("Công điện 05/CĐ-UBND ngày 18/7/2025 của Chủ tịch UBND tỉnh", "Công điện", "05", "CĐ-UBND", "2025-07-18",
     "UBND tỉnh", "local", "implements"),
    ("Hướng dẫn số 14/HD-BCH ngày 10/7/2025", "Hướng dẫn", "14", "HD-BCH", "2025-07-10",
     "Bộ Chỉ huy Quân sự tỉnh", "local", "cites"),
])

# 14 Cà Mau (South, after 2025): the provincial police's Tết plan, naming former Bạc Liêu;
# "NĐ 168" with its full citation in parentheses, a joint programme of the police and the
# Fatherland Front, last year's plans of both former provinces' police.
case("h6-14-ca-mau", "2025-12-10", "Cà Mau", "'Giám đốc Công an tỉnh Cà Mau ký ban hành'", """\
Công an tỉnh Cà Mau mở đợt cao điểm bảo đảm an ninh trật tự dịp Tết Nguyên đán Bính Ngọ 2026
10/12/2025 | Lượt xem: 856

Ngày 8/12/2025, Giám đốc Công an tỉnh Cà Mau ký ban hành kế hoạch số 1290/KH-CAT-PV01 về đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự dịp Tết Nguyên đán Bính Ngọ, thời gian từ 15/12/2025 đến hết 28/02/2026.

Kế hoạch nhằm triển khai Kế hoạch số 425/KH-BCA-C02 ngày 28/11/2025 của Bộ Công an và Chỉ thị số 09/CT-UBND ngày 2/12/2025 của Chủ tịch UBND tỉnh về tăng cường bảo đảm an ninh, trật tự những tháng cuối năm.

Công an 64 xã, phường được yêu cầu tổng rà soát người nghiện ma túy, đối tượng cho vay lãi nặng, đòi nợ thuê; Phòng Cảnh sát giao thông tăng cường kiểm tra nồng độ cồn trên Quốc lộ 1 đoạn qua khu vực tỉnh Bạc Liêu cũ và trên Quốc lộ 63. Việc xử phạt vi phạm trật tự an toàn giao thông phải căn cứ NĐ 168 (Nghị định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ), không có vùng cấm, không có ngoại lệ.

Công an tỉnh đề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp phát động phong trào toàn dân bảo vệ an ninh Tổ quốc ở khu dân cư, theo Chương trình số 03/CTr-CAT-MTTQ ngày 15/8/2025 giữa Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh.

Dịp Tết Ất Tỵ vừa qua, thực hiện Kế hoạch 1015/KH-CAT của Công an tỉnh Cà Mau và Kế hoạch 988/KH-CAT của Công an tỉnh Bạc Liêu (trước hợp nhất), lực lượng công an hai tỉnh đã triệt phá 37 băng, nhóm tội phạm, bắt giữ 212 đối tượng, thu giữ hơn 4 kg ma túy tổng hợp.
""", [
    ("kế hoạch số 1290/KH-CAT-PV01", "Kế hoạch", "1290", "KH-CAT-PV01", "2025-12-08", "Công an tỉnh", "local",
     "self"),
    ("Kế hoạch số 425/KH-BCA-C02 ngày 28/11/2025 của Bộ Công an", "Kế hoạch", "425", "KH-BCA-C02", "2025-11-28",
     "Bộ Công an", "central", "implements"),
    ("Chỉ thị số 09/CT-UBND ngày 2/12/2025 của Chủ tịch UBND tỉnh", "Chỉ thị", "09", "CT-UBND", "2025-12-02",
     "UBND tỉnh", "local", "implements"),
    ("NĐ 168", "Nghị định", "168", None, "2024-12-26", "Chính phủ", "central", "cites",
     "short form before its full citation in parentheses"),
    ("Nghị định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ", "Nghị định", "168", "2024/NĐ-CP", "2024-12-26",
     "Chính phủ", "central", "cites"),
    ("Chương trình số 03/CTr-CAT-MTTQ ngày 15/8/2025 giữa Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh",
     "Chương trình", "03", "CTr-CAT-MTTQ", "2025-08-15", "Công an tỉnh; Ủy ban MTTQ Việt Nam tỉnh", "local",
     "cites", "joint programme"),
    ("Kế hoạch 1015/KH-CAT của Công an tỉnh Cà Mau", "Kế hoạch", "1015", "KH-CAT", None, "Công an tỉnh",
     "local", "cites", "last year's plan, before the merger; the self plan does not carry it out"),
    ("Kế hoạch 988/KH-CAT của Công an tỉnh Bạc Liêu", "Kế hoạch", "988", "KH-CAT", None, "Công an tỉnh",
     "local", "cites"),
])


def build_cases() -> list[dict]:
    """Return the gold cases with offsets, in file order."""
    out = []
    for c in CASES:
        text = c["text"]
        refs = []
        pos = 0
        for r in c["refs"]:
            surface = r[0]
            start = text.find(surface, pos)
            if start < 0:
                raise ValueError(f"{c['id']}: surface not found after offset {pos}: {surface!r}")
            end = start + len(surface)
            ref = {"surface": surface, "start": start, "end": end}
            ref.update(zip(FIELDS, r[1:8]))
            if len(r) > 8:
                ref["note"] = r[8]
            refs.append(ref)
            pos = end
        if not 800 <= len(text) <= 3500:
            raise ValueError(f"{c['id']}: {len(text)} characters, outside 800-3500")
        out.append({"id": c["id"], "source": c["source"], "url": c["url"], "published": c["published"],
                    "province": c["province"], "province_evidence": c["province_evidence"],
                    "text": text, "references": refs})
    return out


def to_jsonl(cases: list[dict]) -> str:
    """The JSONL text exactly as committed."""
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


if __name__ == "__main__":
    OUT.write_text(to_jsonl(build_cases()), encoding="utf-8")
    print(f"wrote {OUT} ({len(CASES)} cases)", file=sys.stderr)
