"""Builds heldout4.jsonl: the fourth held-out gold set for the extractor, twelve LONG news articles.

The texts are written for this set (2,500-6,000 characters each) in the manner of provincial
newspapers, Party papers, the Government portal and district or ward portals, with what a crawler
brings along: menus, bylines, photo captions, view counters, "Tin liên quan" lists, tables
flattened into lines. Numbers of real documents are used where known (968/CĐ-TTg, 26/CT-TTg,
76/NQ-CP, 44-NQ/TW, 178/2024/NĐ-CP, 202/2025/QH15 …); the others are plausible inventions.

The annotations were made by hand from the gold format (../shared/README.md, not read here) and
the project's conventions (README "Evaluation") before the extractor was read or run. Each
reference is written as data in order of appearance; `build()` finds its span by searching the
surface from the end of the previous reference, so a wrong order or a surface absent from the text
fails loudly instead of pointing at the wrong place.

Run from the project root: `.venv/bin/python tests/fixtures_extract/build_heldout4.py`.
"""

from __future__ import annotations

import json
import pathlib

OUT = pathlib.Path(__file__).with_name("heldout4.jsonl")

TTG = "Thủ tướng Chính phủ"
CP = "Chính phủ"


def ref(surface, doc_type, number, symbol, date, issuer, scope, role, note=None):
    """One gold reference before its offsets are known."""
    item = {"surface": surface, "doc_type": doc_type, "number": number, "symbol": symbol,
            "date": date, "issuer": issuer, "scope": scope, "role": role}
    if note:
        item["note"] = note
    return item


CASES: list[dict] = []


def case(case_id, published, province, evidence, text, refs, url=None):
    CASES.append({"id": case_id, "source": f"heldout4/{case_id}", "url": url,
                  "published": published, "province": province, "province_evidence": evidence,
                  "text": text, "references": refs})


# ---------------------------------------------------------------------------------------------
# 01. Meeting report: the chairman "chỉ đạo" a new directive, then signs it the next day.
case("h4-01", "2024-03-15", "Thanh Hóa",
     "'Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thanh Hóa' chairs the meeting and signs",
     """Trang chủ » Thời sự » Chính trị
Thứ sáu, 15/03/2024 - 07:42  |  Cỡ chữ  A-  A+

Chủ tịch UBND tỉnh chủ trì hội nghị đánh giá kỷ luật, kỷ cương hành chính quý I

(Baothanhhoa.vn) – Chiều 13/3, đồng chí Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thanh Hóa chủ trì hội nghị trực tuyến với 27 huyện, thị xã, thành phố để đánh giá việc chấp hành kỷ luật, kỷ cương hành chính trong quý I năm 2024. Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban, ngành cấp tỉnh và Chủ tịch UBND các huyện, thị xã, thành phố.

[Ảnh] Quang cảnh hội nghị tại điểm cầu trụ sở UBND tỉnh. Ảnh: Minh Hiếu

Báo cáo tại hội nghị, lãnh đạo Sở Nội vụ cho biết, sau khi Thủ tướng Chính phủ phát đi Công điện số 968/CĐ-TTg (ngày 16 tháng 10 năm 2023) về việc tiếp tục chấn chỉnh kỷ luật, kỷ cương, UBND tỉnh đã có Công văn số 15320/UBND-THKH ngày 27/10/2023 yêu cầu các đơn vị rà soát và khắc phục ngay những tồn tại. Qua 5 đợt kiểm tra công vụ đột xuất từ tháng 11/2023 đến hết tháng 2/2024 tại 64 cơ quan, đơn vị, các đoàn kiểm tra phát hiện 37 lượt cán bộ, công chức đi muộn, về sớm; 12 lượt sử dụng thời giờ làm việc vào việc riêng; 9 hồ sơ thủ tục hành chính bị trả chậm mà không có văn bản xin lỗi người dân.

Tỷ lệ hồ sơ giải quyết đúng hạn trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đạt 97,8%, tăng 1,2 điểm phần trăm so với cùng kỳ năm 2023. Tuy vậy, vẫn còn 4 sở và 6 huyện có tỷ lệ hồ sơ quá hạn trên 3%; việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở cấp xã mới đạt 61%, thấp hơn nhiều so với chỉ tiêu 80% đặt ra cho năm 2024.

Thảo luận tại hội nghị, lãnh đạo các huyện Như Xuân, Quan Hóa, Thạch Thành nêu những khó khăn về đường truyền, thiết bị và đội ngũ công chức bộ phận một cửa cấp xã thường xuyên thay đổi. Đại diện Thanh tra tỉnh đề nghị các địa phương bám sát Chỉ thị số 26/CT-TTg của Thủ tướng Chính phủ (ban hành ngày 20/10/2023) để xây dựng kế hoạch kiểm tra công vụ năm 2024, tránh chồng chéo với các đoàn thanh tra chuyên ngành. Giám đốc Sở Thông tin và Truyền thông đề xuất sớm hoàn thành việc kết nối camera giám sát tại bộ phận một cửa các huyện trước ngày 30/6/2024.

Phát biểu kết luận, Chủ tịch UBND tỉnh Đỗ Minh Tuấn nhấn mạnh: kỷ luật, kỷ cương không phải là khẩu hiệu mà phải trở thành nếp làm việc hằng ngày của từng cán bộ, công chức. Đồng chí chỉ đạo Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh khẩn trương tham mưu một chỉ thị mới của Chủ tịch UBND tỉnh, trong đó quy định rõ trách nhiệm người đứng đầu khi để cấp dưới vi phạm nhiều lần, hoàn thành dự thảo ngay trong tuần. Các huyện phải niêm yết số điện thoại đường dây nóng của Chủ tịch UBND huyện tại bộ phận một cửa trước ngày 31/3/2024.

Chủ tịch UBND tỉnh cũng yêu cầu các sở, ngành tiếp tục thực hiện nghiêm Kết luận số 1008-KL/TU ngày 15/8/2023 của Ban Thường vụ Tỉnh ủy về nâng cao trách nhiệm nêu gương của người đứng đầu; cơ quan nào để xảy ra tình trạng nhũng nhiễu, gây phiền hà cho người dân thì người đứng đầu phải nhận trách nhiệm trước Chủ tịch UBND tỉnh.

*

Ngay sau hội nghị, ngày 14/3/2024, Chủ tịch UBND tỉnh đã ký ban hành Chỉ thị số 07/CT-UBND về siết chặt kỷ luật, kỷ cương hành chính và nâng cao trách nhiệm của người đứng đầu cơ quan hành chính nhà nước các cấp trên địa bàn tỉnh. Chỉ thị 07 được ban hành nhằm cụ thể hóa Công điện 968 của Thủ tướng Chính phủ và Kết luận 1008 của Ban Thường vụ Tỉnh ủy, đồng thời căn cứ Nghị định số 112/2020/NĐ-CP của Chính phủ ngày 18/9/2020 về xử lý kỷ luật cán bộ, công chức, viên chức.

Theo Chỉ thị, kể từ ngày 1/4/2024, kết quả chấp hành kỷ luật, kỷ cương của từng cơ quan là một tiêu chí bắt buộc khi đánh giá, xếp loại người đứng đầu cuối năm. Trước ngày 25 hằng tháng, các đơn vị gửi báo cáo về Sở Nội vụ; Sở Nội vụ tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả cả năm trước ngày 15/12/2024.

Lê Hợi

Chia sẻ  |  In bài  |  Lượt xem: 2.317

Tin liên quan:
- Thanh Hóa công khai kết quả kiểm tra công vụ đột xuất tháng 2
- Chủ tịch UBND tỉnh kiểm tra việc thực hiện Chỉ thị 03/CT-UBND tại huyện Nông Cống
- Rà soát, cắt giảm thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước
""",
     [
         ref("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG,
             "central", "implements", "date in words in brackets; Chỉ thị 07 'cụ thể hóa' it"),
         ref("Công văn số 15320/UBND-THKH", "Công văn", "15320", "UBND-THKH", "2023-10-27",
             "UBND tỉnh", "local", "cites", "the province's earlier letter"),
         ref("Chỉ thị số 26/CT-TTg", "Chỉ thị", "26", "CT-TTg", "2023-10-20", TTG, "central",
             "cites", "raised by the inspectorate at the meeting; the new directive does not say it carries it out"),
         ref("Kết luận số 1008-KL/TU", "Kết luận", "1008", "KL/TU", "2023-08-15",
             "Ban Thường vụ Tỉnh ủy", "local", "implements"),
         ref("Chỉ thị số 07/CT-UBND", "Chỉ thị", "7", "CT-UBND", "2024-03-14", "UBND tỉnh",
             "local", "self", "'một chỉ thị mới' earlier is the same document, unnumbered: not a reference"),
         ref("Chỉ thị 07", "Chỉ thị", "7", None, "2024-03-14", "UBND tỉnh", "local", "self"),
         ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, "central", "implements"),
         ref("Kết luận 1008", "Kết luận", "1008", None, "2023-08-15", "Ban Thường vụ Tỉnh ủy",
             "local", "implements"),
         ref("Nghị định số 112/2020/NĐ-CP", "Nghị định", "112", "2020/NĐ-CP", "2020-09-18", CP,
             "central", "cites", "'căn cứ'; date after the issuer"),
         ref("Chỉ thị 03/CT-UBND", "Chỉ thị", "3", "CT-UBND", None, "UBND tỉnh", "local", "cites",
             "related-link title; no date"),
     ],
     url="https://baothanhhoa.vn/thoi-su/chu-tich-ubnd-tinh-chu-tri-hoi-nghi-ky-luat-ky-cuong-quy-i.htm")


# ---------------------------------------------------------------------------------------------
# 02. Interview: officials speak of directives loosely; the text issues nothing, so all cite.
case("h4-02", "2024-01-10", None,
     "the text issues nothing, so it has no province of its own (the project's convention); the "
     "acts it reports are Quảng Bình's: 'Giám đốc Sở Nội vụ tỉnh Quảng Bình' is interviewed",
     """BÁO QUẢNG BÌNH ĐIỆN TỬ
Chính trị - Xã hội  >  Phỏng vấn

"Không để cán bộ sợ sai, né việc": Trao đổi với Giám đốc Sở Nội vụ

10/01/2024 06:15  Lượt xem: 1.042

(QBĐT) - Gần ba tháng sau khi Thủ tướng Chính phủ ký Công điện số 968/CĐ-TTg, đề ngày 16/10/2023, yêu cầu chấn chỉnh kỷ luật, kỷ cương trong cơ quan hành chính các cấp, tình trạng đùn đẩy, né tránh trách nhiệm ở một số nơi trong tỉnh đã giảm nhưng chưa chấm dứt. Phóng viên Báo Quảng Bình có cuộc trao đổi với ông Hoàng Văn Lực, Giám đốc Sở Nội vụ tỉnh Quảng Bình, xung quanh vấn đề này.

PV: Thưa ông, sau Công điện 968, tỉnh ta đã chuyển động ra sao?

Ông Hoàng Văn Lực: Ngay khi nhận được Công điện 968, UBND tỉnh đã có văn bản chỉ đạo các sở, ngành, địa phương quán triệt đến từng cán bộ. Sở Nội vụ được giao theo dõi, đôn đốc. Chúng tôi lập 3 đoàn kiểm tra, làm việc trực tiếp với 11 sở và 8 huyện, thị xã, thành phố. Nhìn chung, cán bộ đã nghiêm túc hơn về giờ giấc, hồ sơ trễ hạn giảm rõ, từ 1.240 hồ sơ trong quý III xuống còn 386 hồ sơ trong quý IV năm 2023.

Nhưng tôi phải nói thẳng: cái khó nhất không nằm ở giờ giấc. Cái khó nhất là tâm lý sợ sai, sợ trách nhiệm nên không dám quyết. Có hồ sơ đất đai chuyển qua lại giữa ba cơ quan suốt bốn tháng mà không ai ký.

PV: Vậy tỉnh xử lý tâm lý đó bằng cách nào?

Ông Hoàng Văn Lực: Trung ương đã có hành lang rất rõ. Kết luận 14 của Bộ Chính trị năm 2021 về khuyến khích và bảo vệ cán bộ năng động, sáng tạo, rồi gần đây là Nghị định 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ, đã tháo gỡ phần nào nỗi lo của anh em. Nghị định 73 quy định cụ thể các trường hợp được xem xét loại trừ, miễn hoặc giảm trách nhiệm khi đề xuất đổi mới mà có thiệt hại. Sở đang tham mưu UBND tỉnh xây dựng quy định riêng của tỉnh, dự kiến trình trong quý I năm nay.

Bên cạnh đó, chúng tôi kiến nghị làm nghiêm hơn khâu kiểm tra. Chỉ thị 26/CT-TTg ngày 20/10/2023 của Thủ tướng yêu cầu tăng cường thanh tra, kiểm tra công vụ; thực hiện Chỉ thị 26, năm 2024 tỉnh sẽ kiểm tra đột xuất nhiều hơn kiểm tra theo kế hoạch, và công khai kết quả trên Cổng thông tin điện tử tỉnh.

PV: Có ý kiến cho rằng chấn chỉnh kỷ luật sẽ làm cán bộ càng thêm rụt rè?

Ông Hoàng Văn Lực: Tôi không nghĩ vậy. Kỷ luật và khuyến khích đổi mới là hai mặt của một vấn đề. Người làm đúng, làm vì cái chung thì được bảo vệ; người cố tình trì hoãn, gây khó dễ thì phải xử lý. Ban Thường vụ Tỉnh ủy cũng đã có Chỉ thị 21 về nâng cao trách nhiệm người đứng đầu, yêu cầu người đứng đầu phải trực tiếp đối thoại khi người dân phản ánh. Thời gian tới, cùng với Công điện 968, chúng tôi sẽ lấy Chỉ thị 21 làm căn cứ để đánh giá, xếp loại lãnh đạo các phòng, ban.

PV: Về thủ tục hành chính, người dân vẫn phàn nàn về việc phải đi lại nhiều lần?

Ông Hoàng Văn Lực: Đúng vậy. Tỉnh đặt mục tiêu đến ngày 30/6/2024, 100% hồ sơ tiếp nhận tại bộ phận một cửa được số hóa, và từ ngày 1/7/2024 không yêu cầu người dân nộp lại giấy tờ đã có trong cơ sở dữ liệu. Sở Nội vụ sẽ phối hợp với Văn phòng UBND tỉnh khảo sát mức độ hài lòng định kỳ mỗi quý, lần đầu vào khoảng từ ngày 15/3 đến 30/3.

PV: Xin cảm ơn ông!

Minh Phương (thực hiện)

Bình luận (0)   Gửi bình luận
""",
     [
         ref("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG,
             "central", "cites", "'đề ngày 16/10/2023': the text issues nothing, so every mention cites"),
         ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, "central", "cites"),
         ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, "central", "cites"),
         ref("Kết luận 14", "Kết luận", "14", None, None, "Bộ Chính trị", "central", "cites",
             "'năm 2021': year only, so no date"),
         ref("Nghị định 73/2023/NĐ-CP", "Nghị định", "73", "2023/NĐ-CP", "2023-09-29", CP,
             "central", "cites"),
         ref("Nghị định 73", "Nghị định", "73", None, "2023-09-29", CP, "central", "cites"),
         ref("Chỉ thị 26/CT-TTg", "Chỉ thị", "26", "CT-TTg", "2023-10-20", TTG, "central", "cites"),
         ref("Chỉ thị 26", "Chỉ thị", "26", None, "2023-10-20", TTG, "central", "cites",
             "'thực hiện Chỉ thị 26' by the province in general, not by a document of this text"),
         ref("Chỉ thị 21", "Chỉ thị", "21", None, None, "Ban Thường vụ Tỉnh ủy", "local", "cites"),
         ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, "central", "cites"),
         ref("Chỉ thị 21", "Chỉ thị", "21", None, None, "Ban Thường vụ Tỉnh ủy", "local", "cites"),
     ],
     url="https://www.baoquangbinh.vn/chinh-tri/202401/khong-de-can-bo-so-sai-ne-viec-2214803/")


# ---------------------------------------------------------------------------------------------
# 03. Half-year review: documents of 2017-2024, a neighbouring province's letter and conclusion,
#     and the province's own new plan.
case("h4-03", "2024-07-12", "Nghệ An",
     "'UBND tỉnh Nghệ An' holds the review and issues the plan; Hà Tĩnh appears only as a comparison",
     """Nghệ An sơ kết 6 tháng công tác cải cách hành chính: chuyển biến rõ nhưng còn "điểm nghẽn" ở cấp xã

Cập nhật lúc 12/07/2024 - 15:20   (Baonghean.vn)

Sáng 11/7, UBND tỉnh Nghệ An tổ chức hội nghị sơ kết công tác cải cách hành chính (CCHC) 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Phó Chủ tịch UBND tỉnh Bùi Đình Long chủ trì hội nghị.

Nhìn lại chặng đường từ năm 2017

Theo báo cáo của Sở Nội vụ, sau gần 7 năm thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII về tinh gọn tổ chức bộ máy, tỉnh đã giảm 12 đầu mối cấp sở và tương đương, giảm 146 đơn vị sự nghiệp công lập. Giai đoạn 2021-2030, tỉnh triển khai Chương trình tổng thể CCHC nhà nước theo Nghị quyết số 76/NQ-CP của Chính phủ (ngày 15/7/2021); trên cơ sở đó, UBND tỉnh ban hành Quyết định số 3056/QĐ-UBND ngày 18/10/2021 phê duyệt Chương trình CCHC của tỉnh đến năm 2030.

Năm 2022, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 30/5/2022 về tăng cường sự lãnh đạo của các cấp ủy đối với công tác CCHC, trong đó xác định cải cách thủ tục hành chính là khâu đột phá. Năm 2024, UBND tỉnh tiếp tục ban hành Kế hoạch số 05/KH-UBND ngày 4/1/2024 về CCHC năm 2024 với 9 nhóm nhiệm vụ, 68 sản phẩm cụ thể.

Kết quả 6 tháng đầu năm

Từ ngày 1/1 đến 30/6/2024, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 486.211 hồ sơ thủ tục hành chính, trong đó 97,2% được giải quyết đúng hạn. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 43,5%, cao hơn 11 điểm phần trăm so với cuối năm 2023. Chỉ số hài lòng của người dân (SIPAS) năm 2023 đạt 82,6%, xếp thứ 17/63 tỉnh, thành phố.

Tuy nhiên, hội nghị cũng chỉ ra nhiều hạn chế: 38 xã còn tỷ lệ hồ sơ trễ hạn trên 5%; một số sở chậm công bố, công khai thủ tục hành chính mới; việc tái sử dụng dữ liệu số hóa gần như chưa có. Kỷ luật, kỷ cương ở một vài nơi chưa nghiêm, trong 6 tháng đã xử lý kỷ luật 14 công chức cấp xã.

Học cách làm của tỉnh bạn

Tại hội nghị, đại diện Sở Nội vụ giới thiệu kinh nghiệm của tỉnh Hà Tĩnh. Sau Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ ngày 16/10/2023, UBND tỉnh Hà Tĩnh đã có Công văn số 6466/UBND-NC2 ngày 15/11/2023 giao trách nhiệm cụ thể cho người đứng đầu từng sở, ngành; trước đó Ban Thường vụ Tỉnh ủy Hà Tĩnh cũng có Kết luận số 29-KL/TU ngày 22/7/2021 về siết chặt kỷ luật, kỷ cương. Cách làm này giúp Hà Tĩnh giảm mạnh hồ sơ trễ hạn chỉ trong một quý.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Bùi Đình Long yêu cầu các sở, ngành, địa phương thẳng thắn nhận diện nguyên nhân chủ quan; không để tình trạng "trên nóng, dưới lạnh". Các huyện phải hoàn thành rà soát, bố trí đủ công chức bộ phận một cửa cấp xã trước ngày 30/8/2024; Sở Thông tin và Truyền thông hoàn thành kết nối dữ liệu dân cư với hệ thống giải quyết thủ tục hành chính trước ngày 30/9/2024.

Kế hoạch cho 6 tháng cuối năm

Ngày 10/7/2024, UBND tỉnh Nghệ An đã ban hành Kế hoạch số 412/KH-UBND về các nhiệm vụ trọng tâm CCHC 6 tháng cuối năm 2024. Kế hoạch triển khai Kế hoạch số 05/KH-UBND và Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy, đồng thời tiếp tục thực hiện Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ. Theo Kế hoạch 412, mỗi sở, ngành phải cắt giảm ít nhất 20% thời gian giải quyết đối với 5 thủ tục có số hồ sơ lớn nhất; kết quả được tổng hợp vào báo cáo năm, gửi Sở Nội vụ trước ngày 15/12/2024.

Thanh Lê

Bài viết cùng chuyên mục:
» Nghệ An: Xử lý nghiêm cán bộ gây phiền hà trong giải quyết thủ tục đất đai
» Nghệ An công bố Chỉ số CCHC năm 2023 của các sở, ngành và UBND cấp huyện
""",
     [
         ref("Nghị quyết số 18-NQ/TW", "Nghị quyết", "18", "NQ/TW", "2017-10-25",
             "Ban Chấp hành Trung ương", "central", "cites"),
         ref("Nghị quyết số 76/NQ-CP", "Nghị quyết", "76", "NQ-CP", "2021-07-15", CP, "central",
             "cites", "date in brackets after the issuer"),
         ref("Quyết định số 3056/QĐ-UBND", "Quyết định", "3056", "QĐ-UBND", "2021-10-18",
             "UBND tỉnh", "local", "cites"),
         ref("Chỉ thị số 12-CT/TU", "Chỉ thị", "12", "CT/TU", "2022-05-30", "Ban Thường vụ Tỉnh ủy",
             "local", "implements"),
         ref("Kế hoạch số 05/KH-UBND", "Kế hoạch", "5", "KH-UBND", "2024-01-04", "UBND tỉnh",
             "local", "implements"),
         ref("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG,
             "central", "implements", "first mention is about Hà Tĩnh; the own plan carries it out later"),
         ref("Công văn số 6466/UBND-NC2", "Công văn", "6466", "UBND-NC2", "2023-11-15", "UBND tỉnh",
             "local", "cites", "Hà Tĩnh's letter, not Nghệ An's"),
         ref("Kết luận số 29-KL/TU", "Kết luận", "29", "KL/TU", "2021-07-22",
             "Ban Thường vụ Tỉnh ủy", "local", "cites", "Hà Tĩnh's Party body"),
         ref("Kế hoạch số 412/KH-UBND", "Kế hoạch", "412", "KH-UBND", "2024-07-10", "UBND tỉnh",
             "local", "self"),
         ref("Kế hoạch số 05/KH-UBND", "Kế hoạch", "5", "KH-UBND", "2024-01-04", "UBND tỉnh",
             "local", "implements"),
         ref("Chỉ thị số 12-CT/TU", "Chỉ thị", "12", "CT/TU", "2022-05-30", "Ban Thường vụ Tỉnh ủy",
             "local", "implements"),
         ref("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG,
             "central", "implements"),
         ref("Kế hoạch 412", "Kế hoạch", "412", None, "2024-07-10", "UBND tỉnh", "local", "self"),
     ],
     url="https://baonghean.vn/nghe-an-so-ket-6-thang-cong-tac-cai-cach-hanh-chinh-10281734.html")


# ---------------------------------------------------------------------------------------------
# 04. Conference to "quán triệt" Party resolutions (a list whose head gives the type), and the
#     Standing Board's plan that carries them out.
case("h4-04", "2024-01-27", "Quảng Ninh",
     "'Tỉnh ủy Quảng Ninh tổ chức hội nghị'; Bí thư Tỉnh ủy Nguyễn Xuân Ký",
     """Quảng Ninh: Quán triệt, triển khai các nghị quyết Hội nghị Trung ương 8 khóa XIII
                                                          
Thứ Bảy, 27/01/2024, 08:05 [GMT+7]
Chia sẻ   Facebook   Zalo

Ngày 26/1, Tỉnh ủy Quảng Ninh tổ chức hội nghị trực tiếp kết hợp trực tuyến tới 177 điểm cầu cơ sở để học tập, quán triệt các nghị quyết, kết luận của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII. Đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo hội nghị. Gần 15.000 đảng viên tham dự ở các điểm cầu.

[Ảnh: Các đại biểu dự hội nghị tại điểm cầu Trung tâm Chính trị tỉnh. Ảnh: Thu Chung]

Tại hội nghị, các báo cáo viên đã truyền đạt những nội dung cơ bản, cốt lõi của các nghị quyết của Ban Chấp hành Trung ương ngày 24/11/2023: số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc trong tình hình mới; số 45-NQ/TW về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững; số 46-NQ/TW về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.

Cùng với đó, hội nghị được nghe giới thiệu Quy định số 114-QĐ/TW ngày 11/7/2023 của Bộ Chính trị về kiểm soát quyền lực và phòng, chống tham nhũng, tiêu cực trong công tác cán bộ, và những điểm mới trong việc thực hiện Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.

Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng không học tập theo kiểu "đọc lại văn bản", mà phải gắn nội dung các nghị quyết với thực tiễn của một tỉnh biên giới, ven biển, có vị trí đặc biệt quan trọng về quốc phòng, an ninh. Với Nghị quyết 44, các địa phương biên giới như Móng Cái, Hải Hà, Bình Liêu phải xây dựng khu vực phòng thủ vững chắc, gắn phát triển kinh tế với củng cố thế trận lòng dân. Với Nghị quyết 45, tỉnh cần có cơ chế thu hút, trọng dụng trí thức trẻ, nhất là trong các lĩnh vực chuyển đổi số, kinh tế biển. Còn Nghị quyết 46 đặt ra yêu cầu Mặt trận và các đoàn thể phải sát dân hơn, giảm bớt hội họp, hành chính hóa.

Đồng chí lưu ý, việc học tập nghị quyết phải hoàn thành ở cấp cơ sở trước ngày 15/3/2024; mỗi đảng viên viết bản thu hoạch, liên hệ với nhiệm vụ của mình. Đảng bộ nào tổ chức chậm hoặc hình thức sẽ bị kiểm điểm trong đợt kiểm tra giữa năm. Trong năm 2024, tỉnh cũng tập trung hoàn thành các chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV và chuẩn bị cho đại hội đảng bộ các cấp nhiệm kỳ 2025-2030.

Để đưa các nghị quyết vào cuộc sống, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 215-KH/TU ngày 24/1/2024 triển khai thực hiện Nghị quyết số 44-NQ/TW, Nghị quyết số 45-NQ/TW và Nghị quyết số 46-NQ/TW, giao 42 nhiệm vụ cụ thể cho các sở, ngành, địa phương, mỗi nhiệm vụ đều có thời hạn và cơ quan chịu trách nhiệm chính. Theo Kế hoạch 215-KH/TU, Ban Tuyên giáo Tỉnh ủy theo dõi, tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy định kỳ 6 tháng, một năm.

Ngay sau hội nghị tỉnh, 13 đảng bộ huyện, thị xã, thành phố và các đảng bộ trực thuộc đã xây dựng kế hoạch tổ chức hội nghị ở cấp mình, dự kiến hoàn thành trong tháng 2/2024, trước và sau Tết Nguyên đán Giáp Thìn.

Hoàng Quỳnh

Từ khóa: #Nghị quyết Trung ương 8  #học tập nghị quyết  #Tỉnh ủy Quảng Ninh
""",
     [
         ref("số 44-NQ/TW", "Nghị quyết", "44", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương",
             "central", "implements", "list whose head 'các nghị quyết của Ban Chấp hành Trung ương ngày 24/11/2023' gives type, issuer and date"),
         ref("số 45-NQ/TW", "Nghị quyết", "45", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương",
             "central", "implements"),
         ref("số 46-NQ/TW", "Nghị quyết", "46", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương",
             "central", "implements"),
         ref("Quy định số 114-QĐ/TW", "Quy định", "114", "QĐ/TW", "2023-07-11", "Bộ Chính trị",
             "central", "cites"),
         ref("Kết luận số 21-KL/TW", "Kết luận", "21", "KL/TW", "2021-10-25",
             "Ban Chấp hành Trung ương", "central", "cites"),
         ref("Nghị quyết 44", "Nghị quyết", "44", None, "2023-11-24", "Ban Chấp hành Trung ương",
             "central", "implements"),
         ref("Nghị quyết 45", "Nghị quyết", "45", None, "2023-11-24", "Ban Chấp hành Trung ương",
             "central", "implements"),
         ref("Nghị quyết 46", "Nghị quyết", "46", None, "2023-11-24", "Ban Chấp hành Trung ương",
             "central", "implements"),
         ref("Kế hoạch số 215-KH/TU", "Kế hoạch", "215", "KH/TU", "2024-01-24",
             "Ban Thường vụ Tỉnh ủy", "local", "self", "'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV' before it is vague"),
         ref("Nghị quyết số 44-NQ/TW", "Nghị quyết", "44", "NQ/TW", "2023-11-24",
             "Ban Chấp hành Trung ương", "central", "implements"),
         ref("Nghị quyết số 45-NQ/TW", "Nghị quyết", "45", "NQ/TW", "2023-11-24",
             "Ban Chấp hành Trung ương", "central", "implements"),
         ref("Nghị quyết số 46-NQ/TW", "Nghị quyết", "46", "NQ/TW", "2023-11-24",
             "Ban Chấp hành Trung ương", "central", "implements"),
         ref("Kế hoạch 215-KH/TU", "Kế hoạch", "215", "KH/TU", "2024-01-24",
             "Ban Thường vụ Tỉnh ủy", "local", "self"),
     ],
     url="https://baoquangninh.vn/quan-triet-trien-khai-cac-nghi-quyet-hoi-nghi-trung-uong-8-khoa-xiii-3265412.html")


# ---------------------------------------------------------------------------------------------
# 05. Two documents of one body on one day: the date phrase stands once, before both.
case("h4-05", "2025-01-17", "Bình Định",
     "'UBND tỉnh Bình Định ban hành'; Chủ tịch UBND tỉnh Phạm Anh Tuấn",
     """Báo Bình Định
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao
_____________________________________________

UBND tỉnh ban hành hai văn bản chỉ đạo quan trọng đầu năm 2025

17/01/2025 | 09:11

Ngày 15/1, UBND tỉnh Bình Định ban hành Quyết định số 187/QĐ-UBND về Kế hoạch hành động thực hiện các nhiệm vụ, giải pháp chủ yếu chỉ đạo, điều hành kinh tế - xã hội và dự toán ngân sách năm 2025, và Chỉ thị số 02/CT-UBND về tổ chức Tết Nguyên đán Ất Tỵ năm 2025. Cả hai văn bản đều do Chủ tịch UBND tỉnh Phạm Anh Tuấn ký.

Mục tiêu tăng trưởng 8,5 - 9%

Quyết định 187/QĐ-UBND được xây dựng để triển khai Nghị quyết số 01/NQ-CP ngày 8/1/2025 của Chính phủ và Nghị quyết của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2025. Theo đó, năm 2025 tỉnh phấn đấu tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 8,5 - 9%; thu ngân sách nhà nước trên địa bàn đạt 13.600 tỷ đồng; giải ngân vốn đầu tư công đạt 100% kế hoạch Thủ tướng Chính phủ giao.

Kế hoạch hành động giao 11 nhóm nhiệm vụ cho các sở, ngành và UBND các huyện, thị xã, thành phố, kèm theo danh mục 146 nhiệm vụ, đề án phải trình trong năm. Dự toán chi tiết đã được giao tại Quyết định số 4562/QĐ-UBND ngày 25/12/2024 của UBND tỉnh; các đơn vị được yêu cầu phân bổ hết vốn trước ngày 31/1/2025, chậm nhất đến ngày 28/2/2025 phải hoàn tất thủ tục đầu tư đối với các dự án khởi công mới.

[Ảnh: Chủ tịch UBND tỉnh Phạm Anh Tuấn kiểm tra tiến độ dự án đường ven biển. Ảnh: N.T]

Tết vui tươi, an toàn, tiết kiệm

Chỉ thị 02 yêu cầu các cấp, các ngành quán triệt và thực hiện nghiêm Chỉ thị số 41-CT/TW của Ban Bí thư (ngày 2/12/2024) về tổ chức Tết Ất Tỵ năm 2025 và Chỉ thị số 45/CT-TTg ngày 13/12/2024 của Thủ tướng Chính phủ, cùng chỉ thị của Ban Thường vụ Tỉnh ủy về Tết. Các cơ quan, đơn vị tuyệt đối không tổ chức đi chúc Tết cấp trên; không dùng ngân sách, phương tiện công vào việc riêng; nghỉ Tết đúng quy định từ ngày 25/1 đến hết ngày 2/2/2025 (tức từ 26 tháng Chạp đến mùng 5 tháng Giêng).

Chủ tịch UBND tỉnh giao Sở Lao động - Thương binh và Xã hội chủ trì rà soát, bảo đảm 100% hộ nghèo, gia đình chính sách có quà Tết trước ngày 20/1/2025; năm nay toàn tỉnh dự kiến tặng hơn 98.000 suất quà với tổng kinh phí trên 62 tỷ đồng. Công an tỉnh mở đợt cao điểm tấn công, trấn áp tội phạm từ ngày 15/12/2024 đến ngày 28/2/2025; Sở Công Thương bảo đảm cung ứng hàng hóa, không để khan hiếm, sốt giá.

Ngay sau kỳ nghỉ Tết, cán bộ, công chức phải bắt tay vào công việc, không để ách tắc hồ sơ của người dân, doanh nghiệp. Các đơn vị báo cáo tình hình trước, trong và sau Tết về UBND tỉnh (qua Sở Nội vụ) trước 10 giờ ngày 5/2/2025.

Trước đó, tại phiên họp thường kỳ tháng 12/2024, UBND tỉnh đã thống nhất chủ đề năm 2025 là "Tăng tốc, bứt phá, về đích"; Quyết định 187 và Chỉ thị 02 là hai văn bản đầu tiên cụ thể hóa chủ đề này.

HOÀNG NHI

Bài liên quan
› Bình Định phấn đấu giải ngân 100% vốn đầu tư công năm 2025
› Chăm lo Tết cho người nghèo, gia đình chính sách
""",
     [
         ref("Quyết định số 187/QĐ-UBND", "Quyết định", "187", "QĐ-UBND", "2025-01-15",
             "UBND tỉnh", "local", "self", "first of two own documents; 'Ngày 15/1' before both"),
         ref("Chỉ thị số 02/CT-UBND", "Chỉ thị", "2", "CT-UBND", "2025-01-15", "UBND tỉnh",
             "local", "self"),
         ref("Quyết định 187/QĐ-UBND", "Quyết định", "187", "QĐ-UBND", "2025-01-15", "UBND tỉnh",
             "local", "self"),
         ref("Nghị quyết số 01/NQ-CP", "Nghị quyết", "1", "NQ-CP", "2025-01-08", CP, "central",
             "implements", "carried out by Quyết định 187"),
         ref("Quyết định số 4562/QĐ-UBND", "Quyết định", "4562", "QĐ-UBND", "2024-12-25",
             "UBND tỉnh", "local", "cites"),
         ref("Chỉ thị 02", "Chỉ thị", "2", None, "2025-01-15", "UBND tỉnh", "local", "self"),
         ref("Chỉ thị số 41-CT/TW", "Chỉ thị", "41", "CT/TW", "2024-12-02", "Ban Bí thư",
             "central", "implements", "carried out by Chỉ thị 02; date in brackets after the issuer"),
         ref("Chỉ thị số 45/CT-TTg", "Chỉ thị", "45", "CT-TTg", "2024-12-13", TTG, "central",
             "implements"),
         ref("Quyết định 187", "Quyết định", "187", None, "2025-01-15", "UBND tỉnh", "local", "self"),
         ref("Chỉ thị 02", "Chỉ thị", "2", None, "2025-01-15", "UBND tỉnh", "local", "self"),
     ],
     url="https://baobinhdinh.vn/viewer.aspx?macm=1&macmp=1&mabb=312477")


# ---------------------------------------------------------------------------------------------
# 06. The own document appears only in the last paragraph; everything before is background.
case("h4-06", "2024-03-06", "Lạng Sơn",
     "'Lạng Sơn', 'Chủ tịch UBND tỉnh Hồ Tiến Thiệu' signs the closing letter",
     """Lạng Sơn: Nguy cơ cháy rừng ở cấp cực kỳ nguy hiểm, nhiều huyện căng mình trực chiến

06/03/2024 16:48   |   Nông nghiệp - Nông thôn

LSO - Nắng hanh kéo dài suốt từ cuối tháng 2 khiến độ ẩm không khí ở nhiều huyện xuống dưới 40%. Theo Chi cục Kiểm lâm, đến chiều 5/3, cấp dự báo cháy rừng tại các huyện Văn Quan, Bình Gia, Đình Lập, Lộc Bình đã lên cấp V - cấp cực kỳ nguy hiểm.

Chỉ trong 10 ngày, từ ngày 24/2 đến ngày 4/3/2024, toàn tỉnh xảy ra 6 vụ cháy rừng, làm thiệt hại khoảng 27,4 ha rừng trồng thông, keo, bạch đàn. Vụ lớn nhất xảy ra tại xã Tú Mịch, huyện Lộc Bình, lực lượng kiểm lâm, công an, quân đội và hơn 300 người dân mất gần 9 tiếng mới khống chế được đám cháy. Nguyên nhân ban đầu được xác định chủ yếu do người dân đốt thực bì, đốt nương làm rẫy trong những ngày cao điểm nắng nóng.

[Ảnh: Lực lượng chức năng dập lửa tại huyện Lộc Bình chiều 2/3. Ảnh: Hoàng Việt]

Lạng Sơn hiện có hơn 588.000 ha rừng, tỷ lệ che phủ đạt 63,8%, thuộc nhóm cao nhất cả nước. Rừng thông mã vĩ, thông nhựa với lớp lá khô dày đặc dễ bắt lửa, nhiều nơi địa hình dốc, xa khu dân cư nên khi xảy ra cháy rất khó tiếp cận.

Suốt nhiều năm qua, công tác quản lý, bảo vệ rừng trên địa bàn được tỉnh chú trọng từ khi triển khai Chỉ thị số 13-CT/TW ngày 12/1/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng. Luật Lâm nghiệp số 16/2017/QH14 và Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 quy định chi tiết thi hành một số điều của Luật đã quy định rõ trách nhiệm của chủ rừng, chính quyền các cấp và người dân trong phòng cháy, chữa cháy rừng.

Mới đây, ngày 26/2/2024, Thủ tướng Chính phủ có Công điện số 122/CĐ-TTg về việc tập trung triển khai các biện pháp cấp bách phòng cháy, chữa cháy rừng. Ở cấp tỉnh, UBND tỉnh đã ban hành từ đầu năm Kế hoạch số 25/KH-UBND ngày 30/1/2024 về phòng cháy, chữa cháy rừng năm 2024, trong đó xác định 146 điểm có nguy cơ cháy cao, bố trí 11 chốt trực 24/24 giờ trong mùa khô.

Ông Hoàng Văn Nam, Chi cục trưởng Chi cục Kiểm lâm cho biết: "Chúng tôi đã tăng cường 100% kiểm lâm địa bàn bám xã. Khó nhất là ý thức người dân. Dù đã tuyên truyền rất nhiều nhưng vẫn còn tình trạng đốt thực bì khi chưa xin phép, không có người canh giữ." Theo ông Nam, từ ngày 1/3 đến hết ngày 30/4 là giai đoạn cao điểm, tỉnh cấm tuyệt đối việc đốt thực bì trên toàn bộ các huyện có rừng.

Tại huyện Đình Lập, UBND huyện đã thành lập 12 tổ xung kích tại các thôn giáp rừng, mỗi tổ từ 15 đến 20 người, được trang bị bàn dập lửa, máy thổi gió. Huyện cũng yêu cầu các xã kiểm tra, lập danh sách hộ gia đình canh tác gần rừng, ký cam kết không đốt nương trước ngày 10/3/2024.

Trước diễn biến phức tạp của thời tiết, ngày 4/3, Chủ tịch UBND tỉnh Hồ Tiến Thiệu đã ký Công văn số 318/UBND-KT yêu cầu các sở, ngành, UBND các huyện, thành phố tiếp tục thực hiện nghiêm Công điện 122/CĐ-TTg của Thủ tướng Chính phủ, Chỉ thị 13-CT/TW của Ban Bí thư và Kế hoạch số 25/KH-UBND của UBND tỉnh; người đứng đầu chính quyền địa phương để xảy ra cháy rừng lớn do chủ quan, lơ là sẽ bị xem xét trách nhiệm.

Bích Ngọc
""",
     [
         ref("Chỉ thị số 13-CT/TW", "Chỉ thị", "13", "CT/TW", "2017-01-12", "Ban Bí thư",
             "central", "implements", "the letter in the last paragraph carries it out"),
         ref("Luật Lâm nghiệp số 16/2017/QH14", "Luật", "16", "2017/QH14", None, "Quốc hội",
             "central", "cites", "no day in the text; the year lives in the symbol"),
         ref("Nghị định số 156/2018/NĐ-CP", "Nghị định", "156", "2018/NĐ-CP", "2018-11-16", CP,
             "central", "cites"),
         ref("Công điện số 122/CĐ-TTg", "Công điện", "122", "CĐ-TTg", "2024-02-26", TTG,
             "central", "implements", "date before the issuer: 'ngày 26/2/2024, Thủ tướng Chính phủ có Công điện'"),
         ref("Kế hoạch số 25/KH-UBND", "Kế hoạch", "25", "KH-UBND", "2024-01-30", "UBND tỉnh",
             "local", "implements"),
         ref("Công văn số 318/UBND-KT", "Công văn", "318", "UBND-KT", "2024-03-04", "UBND tỉnh",
             "local", "self", "the own document, named only in the last paragraph"),
         ref("Công điện 122/CĐ-TTg", "Công điện", "122", "CĐ-TTg", "2024-02-26", TTG, "central",
             "implements"),
         ref("Chỉ thị 13-CT/TW", "Chỉ thị", "13", "CT/TW", "2017-01-12", "Ban Bí thư", "central",
             "implements"),
         ref("Kế hoạch số 25/KH-UBND", "Kế hoạch", "25", "KH-UBND", "2024-01-30", "UBND tỉnh",
             "local", "implements"),
     ],
     url="https://baolangson.vn/nguy-co-chay-rung-o-cap-cuc-ky-nguy-hiem-5012337.html")


# ---------------------------------------------------------------------------------------------
# 07. Statistics and deadlines everywhere; only three dates in the text belong to documents.
case("h4-07", "2024-10-04", "Đồng Tháp",
     "'Chủ tịch UBND tỉnh Đồng Tháp Phạm Thiện Nghĩa' signs the letter",
     """Thứ Sáu, 04/10/2024  |  Đăng nhập  |  RSS

BÁO ĐỒNG THÁP ONLINE  >  Kinh tế

Giải ngân vốn đầu tư công: còn gần 1.900 tỷ đồng phải "về đích" trong 3 tháng

Tính đến ngày 30/9/2024, tỉnh Đồng Tháp mới giải ngân được 2.652 tỷ đồng trên tổng kế hoạch vốn 4.541 tỷ đồng, đạt 58,4%, cao hơn mức bình quân chung cả nước (khoảng 47% theo số liệu của Bộ Kế hoạch và Đầu tư đến cuối tháng 9) nhưng còn xa mục tiêu 95% mà tỉnh đặt ra. Nói cách khác, trong khoảng 90 ngày còn lại, tỉnh phải giải ngân gần 1.900 tỷ đồng, bình quân hơn 20 tỷ đồng mỗi ngày.

So sánh theo từng giai đoạn: từ ngày 1/1 đến 30/6/2024, toàn tỉnh giải ngân 1.187 tỷ đồng (26,1%); riêng quý III giải ngân thêm 1.465 tỷ đồng, gấp 1,2 lần cả 6 tháng đầu năm. Có 14/36 chủ đầu tư đạt trên 70%, nhưng vẫn còn 7 chủ đầu tư dưới 40%, trong đó có 3 dự án giao thông trọng điểm vướng mặt bằng kéo dài từ năm 2022.

Bảng tổng hợp của Sở Kế hoạch và Đầu tư cho thấy: vốn ngân sách địa phương giải ngân 63,7%; vốn ngân sách trung ương hỗ trợ có mục tiêu 49,2%; vốn các chương trình mục tiêu quốc gia chỉ đạt 41,5%. Vốn kéo dài từ năm 2023 sang năm 2024 là 216 tỷ đồng, đến nay mới giải ngân 58 tỷ đồng, trong khi thời hạn giải ngân số vốn này chỉ đến hết ngày 31/12/2024.

Kế hoạch vốn năm 2024 được UBND tỉnh giao tại Quyết định số 1544/QĐ-UBND ngày 28/12/2023, trên cơ sở Nghị quyết số 112/NQ-HĐND của HĐND tỉnh ngày 8/12/2023. Ngay từ đầu năm, thực hiện Nghị quyết số 01/NQ-CP ngày 5/1/2024 của Chính phủ, tỉnh xác định giải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm; Chủ tịch UBND tỉnh thành lập 5 tổ công tác đặc biệt do các Phó Chủ tịch làm tổ trưởng.

[Ảnh: Thi công tuyến đường ĐT.857 đoạn qua huyện Tháp Mười. Ảnh: Hữu Nghĩa]

Sau Công điện số 102/CĐ-TTg mà Thủ tướng Chính phủ gửi các bộ, ngành, địa phương hôm 24/9/2024 về đẩy mạnh giải ngân vốn đầu tư công những tháng cuối năm, ngày 3/10, Chủ tịch UBND tỉnh Phạm Thiện Nghĩa đã ký Công văn số 4125/UBND-KT gửi các sở, ngành, UBND các huyện, thành phố và các chủ đầu tư. Công văn nêu rõ: trước ngày 15/10/2024, các chủ đầu tư phải rà soát, đề xuất điều chuyển vốn của những dự án không có khả năng giải ngân; từ ngày 1/11/2024 trở đi, chủ đầu tư nào giải ngân dưới 60% thì người đứng đầu phải giải trình trực tiếp tại phiên họp UBND tỉnh.

Cũng theo Công văn 4125, Sở Tài chính, Kho bạc Nhà nước tỉnh phải thanh toán cho nhà thầu trong vòng 4 ngày làm việc kể từ khi nhận đủ hồ sơ; các huyện hoàn thành bồi thường, giải phóng mặt bằng 3 dự án giao thông trọng điểm trước ngày 30/11/2024. Việc giải ngân phải tuân thủ Luật Đầu tư công số 39/2019/QH14, không chạy theo tiến độ mà bỏ qua chất lượng công trình.

Mục tiêu của tỉnh là đến ngày 31/12/2024 giải ngân tối thiểu 95% kế hoạch và phấn đấu đạt 100% khi kết thúc niên độ ngân sách vào ngày 31/1/2025. UBND tỉnh sẽ đánh giá, xếp loại các chủ đầu tư trước ngày 15/12; kết quả là căn cứ phân bổ vốn năm 2025 và giai đoạn 2026-2030.

Minh Tâm

Ý kiến bạn đọc (2)
""",
     [
         ref("Quyết định số 1544/QĐ-UBND", "Quyết định", "1544", "QĐ-UBND", "2023-12-28",
             "UBND tỉnh", "local", "cites"),
         ref("Nghị quyết số 112/NQ-HĐND", "Nghị quyết", "112", "NQ-HĐND", "2023-12-08",
             "HĐND tỉnh", "local", "cites", "date after the issuer"),
         ref("Nghị quyết số 01/NQ-CP", "Nghị quyết", "1", "NQ-CP", "2024-01-05", CP, "central",
             "cites", "'thực hiện' by the province at the start of the year, not by the letter"),
         ref("Công điện số 102/CĐ-TTg", "Công điện", "102", "CĐ-TTg", "2024-09-24", TTG,
             "central", "implements", "'Sau Công điện ... hôm 24/9/2024 ...': the letter answers it"),
         ref("Công văn số 4125/UBND-KT", "Công văn", "4125", "UBND-KT", "2024-10-03",
             "UBND tỉnh", "local", "self", "'ngày 3/10' stands before the signer; 'trước ngày 15/10/2024' after it is a deadline"),
         ref("Công văn 4125", "Công văn", "4125", None, "2024-10-03", "UBND tỉnh", "local", "self"),
         ref("Luật Đầu tư công số 39/2019/QH14", "Luật", "39", "2019/QH14", None, "Quốc hội",
             "central", "cites"),
     ],
     url="https://baodongthap.vn/kinh-te/giai-ngan-von-dau-tu-cong-con-gan-1-900-ty-dong-128455.aspx")


# ---------------------------------------------------------------------------------------------
# 08. A district (before the 2025 reform): the district's plan carries out the province's plan
#     and the district Party committee's directive.
case("h4-08", "2024-04-10", "Nghệ An",
     "'UBND huyện Diễn Châu' (a district of Nghệ An); the province's plan is 'của UBND tỉnh Nghệ An'",
     """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU - TỈNH NGHỆ AN
Giới thiệu | Tin tức - Sự kiện | Chỉ đạo điều hành | Văn bản | Hỏi đáp
Tin tức - Sự kiện > Chỉ đạo điều hành

Diễn Châu: Ban hành kế hoạch kiểm tra công vụ năm 2024, tập trung vào cấp xã
Ngày đăng: 10/04/2024 | Lượt xem: 856 | In bài viết

Ngày 8/4/2024, UBND huyện Diễn Châu ban hành Kế hoạch số 156/KH-UBND về kiểm tra công vụ, kỷ luật, kỷ cương hành chính năm 2024 trên địa bàn huyện.

Kế hoạch được xây dựng nhằm triển khai Kế hoạch số 112/KH-UBND ngày 22/2/2024 của UBND tỉnh Nghệ An về kiểm tra công vụ năm 2024 và Chỉ thị số 09-CT/HU ngày 15/3/2024 của Ban Thường vụ Huyện ủy về tăng cường kỷ luật, kỷ cương, nâng cao trách nhiệm người đứng đầu trong hệ thống chính trị huyện. Căn cứ pháp lý của việc kiểm tra là Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008 và Luật Viên chức ngày 15 tháng 11 năm 2010 cùng các văn bản hướng dẫn.

Theo Kế hoạch, năm 2024 huyện sẽ kiểm tra theo kế hoạch tại 12 xã, thị trấn và 6 cơ quan chuyên môn thuộc UBND huyện; kiểm tra đột xuất không dưới 24 lượt, bình quân mỗi tháng 2 lượt. Đối tượng kiểm tra là cán bộ, công chức, viên chức, người lao động, trong đó chú trọng công chức làm việc tại bộ phận tiếp nhận và trả kết quả cấp xã - nơi tiếp xúc trực tiếp với người dân.

Nội dung kiểm tra gồm việc chấp hành thời giờ làm việc, nội quy, quy chế của cơ quan; thái độ, tác phong, văn hóa công sở; việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính; việc thực hiện các văn bản chỉ đạo của cấp trên, trong đó có Chỉ thị số 26/CT-TTg của Thủ tướng Chính phủ ngày 20/10/2023 và Công điện 968 của Thủ tướng. Đoàn kiểm tra do Phó Chủ tịch UBND huyện làm trưởng đoàn, Phòng Nội vụ là cơ quan thường trực.

Năm 2023, qua 19 cuộc kiểm tra, huyện đã nhắc nhở 41 trường hợp, đề nghị xử lý kỷ luật 3 công chức cấp xã. Từ ngày 1/1 đến ngày 31/3/2024, tỷ lệ hồ sơ thủ tục hành chính cấp xã giải quyết đúng hạn đạt 98,1%; tuy nhiên vẫn còn 5 xã có hồ sơ trễ hạn lặp lại nhiều lần, gồm Diễn Hoàng, Diễn Mỹ, Diễn Lâm, Diễn Đoài và Diễn Trường.

Kết quả kiểm tra sẽ được công khai trên Cổng thông tin điện tử huyện chậm nhất 5 ngày làm việc sau khi kết thúc mỗi đợt, đồng thời là căn cứ để đánh giá, xếp loại cán bộ, công chức cuối năm. Các xã, thị trấn báo cáo kết quả tự kiểm tra về Phòng Nội vụ trước ngày 20/6/2024 (báo cáo 6 tháng) và trước ngày 20/11/2024 (báo cáo năm).

Trước đó, năm 2023 UBND huyện đã có Quyết định số 2079/QĐ-UBND ngày 9/10/2023 ban hành Quy chế phối hợp kiểm tra công vụ giữa Phòng Nội vụ, Thanh tra huyện và Văn phòng HĐND - UBND huyện. Kế hoạch 156 yêu cầu tiếp tục áp dụng Quy chế này trong năm 2024.

Phòng Nội vụ huyện Diễn Châu

Văn bản đính kèm: 156-KH-UBND.pdf (Tải về)

Các tin khác
- Diễn Châu tổ chức Hội nghị sơ kết quý I năm 2024
- Thường trực HĐND huyện giám sát việc giải quyết kiến nghị cử tri
""",
     [
         ref("Kế hoạch số 156/KH-UBND", "Kế hoạch", "156", "KH-UBND", "2024-04-08", "UBND huyện",
             "local", "self"),
         ref("Kế hoạch số 112/KH-UBND", "Kế hoạch", "112", "KH-UBND", "2024-02-22", "UBND tỉnh",
             "local", "implements"),
         ref("Chỉ thị số 09-CT/HU", "Chỉ thị", "9", "CT/HU", "2024-03-15",
             "Ban Thường vụ Huyện ủy", "local", "implements"),
         ref("Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008", "Luật", None, None, "2008-11-13",
             "Quốc hội", "central", "cites", "law by name: number and symbol null"),
         ref("Luật Viên chức ngày 15 tháng 11 năm 2010", "Luật", None, None, "2010-11-15",
             "Quốc hội", "central", "cites"),
         ref("Chỉ thị số 26/CT-TTg", "Chỉ thị", "26", "CT-TTg", "2023-10-20", TTG, "central",
             "cites", "a thing the inspection checks, not what the plan carries out"),
         ref("Công điện 968", "Công điện", "968", None, None, TTG, "central", "cites",
             "first and only mention is loose: no date in this text"),
         ref("Quyết định số 2079/QĐ-UBND", "Quyết định", "2079", "QĐ-UBND", "2023-10-09",
             "UBND huyện", "local", "cites", "the plan applies this rule-set: 'tiếp tục áp dụng' (kept as cites)"),
         ref("Kế hoạch 156", "Kế hoạch", "156", None, "2024-04-08", "UBND huyện", "local", "self"),
     ],
     url="https://dienchau.nghean.gov.vn/tin-tuc-su-kien/dien-chau-ban-hanh-ke-hoach-kiem-tra-cong-vu-nam-2024-612203")


# ---------------------------------------------------------------------------------------------
# 09. A ward after the 2025 reform: the ward's plan, the city's plan, the ward Party committee.
case("h4-09", "2025-08-12", "Đà Nẵng",
     "'UBND phường Hải Châu, thành phố Đà Nẵng' (after 1/7/2025, the merged city)",
     """Phường Hải Châu - Thành phố Đà Nẵng
Trang chủ / Tin tức / Hoạt động của phường

Phường Hải Châu ra kế hoạch nâng chất lượng phục vụ người dân sau 40 ngày vận hành chính quyền hai cấp

Thứ ba, 12/8/2025 - 10:30

Sau hơn 40 ngày đi vào hoạt động theo mô hình chính quyền địa phương hai cấp, ngày 8/8/2025, UBND phường Hải Châu ban hành Kế hoạch số 38/KH-UBND về nâng cao chất lượng phục vụ người dân, doanh nghiệp tại Trung tâm Phục vụ hành chính công phường đến cuối năm 2025.

Phường Hải Châu được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên và quy mô dân số của các phường Hải Châu I, Hải Châu II, Phước Ninh, Thạch Thang và một phần phường Nam Dương cũ, theo Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của thành phố Đà Nẵng năm 2025. Phường có diện tích khoảng 4,9 km², dân số hơn 103.000 người, là trung tâm hành chính, thương mại của thành phố.

Bối cảnh pháp lý mới

Việc tổ chức bộ máy của phường thực hiện theo Luật Tổ chức chính quyền địa phương số 72/2025/QH15 và Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh và UBND cấp xã. Từ ngày 1/7/2025, khi Nghị quyết số 202/2025/QH15 của Quốc hội ngày 12/6/2025 về sắp xếp đơn vị hành chính cấp tỉnh có hiệu lực, tỉnh Quảng Nam và thành phố Đà Nẵng hợp nhất thành thành phố Đà Nẵng mới; cấp huyện chấm dứt hoạt động, quận Hải Châu không còn.

Kế hoạch 38 được ban hành để triển khai Kế hoạch số 127/KH-UBND ngày 25/7/2025 của UBND thành phố về nâng cao hiệu quả hoạt động của Trung tâm Phục vụ hành chính công cấp xã và thực hiện Nghị quyết số 05-NQ/ĐU ngày 30/7/2025 của Đảng ủy phường về nhiệm vụ trọng tâm 6 tháng cuối năm 2025.

Những con số sau 40 ngày

Từ ngày 1/7 đến ngày 10/8/2025, Trung tâm Phục vụ hành chính công phường tiếp nhận 6.842 hồ sơ, đã giải quyết 6.517 hồ sơ, trong đó 98,6% đúng hạn; 71% hồ sơ nộp trực tuyến. Lĩnh vực tư pháp - hộ tịch và đất đai chiếm gần 60% số hồ sơ. Có 96 hồ sơ trễ hạn, chủ yếu do hệ thống phần mềm chưa đồng bộ dữ liệu từ quận cũ chuyển về và do thiếu công chức địa chính.

Chủ tịch UBND phường cho biết, phường hiện có 74 cán bộ, công chức, nhiều người lần đầu làm công việc của cấp huyện trước đây. "Có những thủ tục trước kia cấp quận giải quyết nay về phường, anh em vừa làm vừa học. Nhưng dứt khoát không để người dân phải chờ đợi vì lý do nội bộ của mình," ông nói.

Mục tiêu đến cuối năm 2025

Theo Kế hoạch 38/KH-UBND, đến ngày 31/12/2025 phường phấn đấu 100% hồ sơ giải quyết đúng hạn, ít nhất 80% hồ sơ được nộp trực tuyến, mức độ hài lòng của người dân đạt trên 95%. Phường bố trí thêm 2 công chức hỗ trợ người cao tuổi nộp hồ sơ trực tuyến; tổ chức đối thoại với người dân về thủ tục hành chính mỗi quý một lần, lần đầu trước ngày 30/9/2025.

Các bộ phận thuộc UBND phường báo cáo kết quả thực hiện định kỳ hằng tháng, trước ngày 20; Văn phòng HĐND và UBND phường tổng hợp, báo cáo UBND thành phố theo quy định. Kế hoạch cũng nhắc lại yêu cầu của Quyết định số 759/QĐ-TTg ngày 14/4/2025 của Thủ tướng Chính phủ là bảo đảm hoạt động thông suốt, không gián đoạn trong quá trình sắp xếp.

Thu Hà - Văn phòng HĐND và UBND phường
""",
     [
         ref("Kế hoạch số 38/KH-UBND", "Kế hoạch", "38", "KH-UBND", "2025-08-08", "UBND phường",
             "local", "self", "'Nghị quyết của Ủy ban Thường vụ Quốc hội' just after has no number: not a reference"),
         ref("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Luật", "72", "2025/QH15", None,
             "Quốc hội", "central", "cites"),
         ref("Nghị định số 150/2025/NĐ-CP", "Nghị định", "150", "2025/NĐ-CP", "2025-06-12", CP,
             "central", "cites"),
         ref("Nghị quyết số 202/2025/QH15", "Nghị quyết", "202", "2025/QH15", "2025-06-12",
             "Quốc hội", "central", "cites", "date after the issuer"),
         ref("Kế hoạch 38", "Kế hoạch", "38", None, "2025-08-08", "UBND phường", "local", "self"),
         ref("Kế hoạch số 127/KH-UBND", "Kế hoạch", "127", "KH-UBND", "2025-07-25",
             "UBND thành phố", "local", "implements"),
         ref("Nghị quyết số 05-NQ/ĐU", "Nghị quyết", "5", "NQ/ĐU", "2025-07-30", "Đảng ủy phường",
             "local", "implements"),
         ref("Kế hoạch 38/KH-UBND", "Kế hoạch", "38", "KH-UBND", "2025-08-08", "UBND phường",
             "local", "self"),
         ref("Quyết định số 759/QĐ-TTg", "Quyết định", "759", "QĐ-TTg", "2025-04-14", TTG,
             "central", "cites", "'nhắc lại yêu cầu': recalled, not carried out"),
     ],
     url="https://haichau.danang.gov.vn/tin-tuc/phuong-hai-chau-ra-ke-hoach-nang-chat-luong-phuc-vu-nguoi-dan")


# ---------------------------------------------------------------------------------------------
# 10. Ministries' guidance (Bộ Nội vụ, Bộ Tài chính) and a Prime Minister's decision with the
#     year in its symbol, around the province's own plan.
case("h4-10", "2025-03-12", "Bắc Giang",
     "'UBND tỉnh Bắc Giang vừa ban hành Kế hoạch'; before the 1/7/2025 merger into Bắc Ninh",
     """Bắc Giang: Chi trả chế độ cho người nghỉ việc do sắp xếp bộ máy phải xong trước 30/4

BẮC GIANG - Thứ Tư, 12/3/2025, 14:02
Nguồn: Báo Bắc Giang điện tử | Tác giả: Thu Hằng

Đọc nhanh:  ▪ 1.127 người đăng ký nghỉ  ▪ Dự kiến kinh phí 1.480 tỷ đồng  ▪ Hạn chót 30/4/2025

UBND tỉnh Bắc Giang vừa ban hành Kế hoạch số 58/KH-UBND ngày 10/3/2025 thực hiện chính sách, chế độ đối với cán bộ, công chức, viên chức, người lao động trong quá trình sắp xếp tổ chức bộ máy của hệ thống chính trị trên địa bàn tỉnh.

Kế hoạch nhằm triển khai thực hiện Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ về chính sách, chế độ đối với cán bộ, công chức, viên chức, người lao động và lực lượng vũ trang trong thực hiện sắp xếp tổ chức bộ máy, bảo đảm thống nhất với Kết luận số 121-KL/TW ngày 24/1/2025 của Ban Chấp hành Trung ương về tổng kết Nghị quyết 18.

Ba tầng hướng dẫn từ Trung ương

Theo Sở Nội vụ, quá trình xây dựng Kế hoạch bám sát các hướng dẫn của bộ, ngành Trung ương. Về đối tượng và cách tính chế độ, tỉnh áp dụng Thông tư số 01/2025/TT-BNV do Bộ Nội vụ ban hành ngày 17/1/2025 và Công văn số 651/BNV-TCBC ngày 12/2/2025 của Bộ Nội vụ giải đáp các vướng mắc phát sinh, như cách tính thời gian công tác có đóng bảo hiểm xã hội bắt buộc.

Về kinh phí, tỉnh thực hiện theo Thông tư số 07/2025/TT-BTC ngày 24/1/2025 của Bộ Tài chính hướng dẫn việc xác định, lập dự toán, thanh quyết toán kinh phí; Bộ Tài chính cũng có Công văn số 1592/BTC-HCSN đề nghị các địa phương chủ động sử dụng nguồn cải cách tiền lương còn dư. Đối với người lao động làm việc theo hợp đồng, tỉnh căn cứ Quyết định số 03/2025/QĐ-TTg của Thủ tướng Chính phủ ngày 20/2/2025 về mức hỗ trợ đối với lao động hợp đồng khi chấm dứt hợp đồng do sắp xếp.

Con số và mốc thời gian

Đến ngày 7/3/2025, toàn tỉnh có 1.127 người có đơn xin nghỉ việc, trong đó 312 người nghỉ hưu trước tuổi, 815 người thôi việc; khối Đảng, đoàn thể chiếm 38%, khối chính quyền 54%, còn lại là viên chức sự nghiệp. Tổng kinh phí dự kiến khoảng 1.480 tỷ đồng, bình quân hơn 1,3 tỷ đồng mỗi người.

Kế hoạch 58 đặt ra các mốc: các cơ quan, đơn vị hoàn thành lập danh sách, dự toán kinh phí gửi Sở Nội vụ, Sở Tài chính trước ngày 20/3/2025; UBND tỉnh phê duyệt danh sách đợt 1 trước ngày 31/3/2025; việc chi trả phải hoàn thành chậm nhất ngày 30/4/2025. Trường hợp nghỉ từ ngày 1/6/2025 trở đi được xem xét ở đợt 2.

Phó Chủ tịch Thường trực UBND tỉnh lưu ý, tuyệt đối không để xảy ra tình trạng "chạy" để được hưởng chính sách, hoặc ép buộc người có năng lực phải nghỉ. Những người có trình độ cao, đang đảm nhiệm vị trí khó tuyển dụng cần được động viên ở lại. Kết quả chi trả được công khai tại cơ quan, đơn vị và báo cáo UBND tỉnh trước ngày 5/5/2025 để tổng hợp, báo cáo Bộ Nội vụ theo yêu cầu của Nghị định 178.

Thu Hằng

TIN CÙNG CHUYÊN MỤC
• Sáp nhập, hợp nhất 21 cơ quan chuyên môn: Bắc Giang còn 14 sở
• Hướng dẫn chế độ nghỉ hưu trước tuổi theo Nghị định 178/2024/NĐ-CP
""",
     [
         ref("Kế hoạch số 58/KH-UBND", "Kế hoạch", "58", "KH-UBND", "2025-03-10", "UBND tỉnh",
             "local", "self"),
         ref("Nghị định số 178/2024/NĐ-CP", "Nghị định", "178", "2024/NĐ-CP", "2024-12-31", CP,
             "central", "implements"),
         ref("Kết luận số 121-KL/TW", "Kết luận", "121", "KL/TW", "2025-01-24",
             "Ban Chấp hành Trung ương", "central", "cites", "'bảo đảm thống nhất với': consistency, not carrying out"),
         ref("Nghị quyết 18", "Nghị quyết", "18", None, None, "Ban Chấp hành Trung ương",
             "central", "cites", "inside the conclusion's title; NQ 18-NQ/TW of 2017, but no date in this text; issuer from domain knowledge (the text does not say it)"),
         ref("Thông tư số 01/2025/TT-BNV", "Thông tư", "1", "2025/TT-BNV", "2025-01-17",
             "Bộ Nội vụ", "central", "cites", "'do Bộ Nội vụ ban hành ngày 17/1/2025'"),
         ref("Công văn số 651/BNV-TCBC", "Công văn", "651", "BNV-TCBC", "2025-02-12", "Bộ Nội vụ",
             "central", "cites"),
         ref("Thông tư số 07/2025/TT-BTC", "Thông tư", "7", "2025/TT-BTC", "2025-01-24",
             "Bộ Tài chính", "central", "cites"),
         ref("Công văn số 1592/BTC-HCSN", "Công văn", "1592", "BTC-HCSN", None, "Bộ Tài chính",
             "central", "cites", "no date"),
         ref("Quyết định số 03/2025/QĐ-TTg", "Quyết định", "3", "2025/QĐ-TTg", "2025-02-20", TTG,
             "central", "cites", "'căn cứ'; date after the issuer"),
         ref("Kế hoạch 58", "Kế hoạch", "58", None, "2025-03-10", "UBND tỉnh", "local", "self"),
         ref("Nghị định 178", "Nghị định", "178", None, "2024-12-31", CP, "central", "implements"),
         ref("Nghị định 178/2024/NĐ-CP", "Nghị định", "178", "2024/NĐ-CP", "2024-12-31", CP,
             "central", "cites", "related-link title: a link under the related news cites (project convention), though the plan carries the decree out"),
     ],
     url="https://baobacgiang.vn/chi-tra-che-do-cho-nguoi-nghi-viec-do-sap-xep-bo-may-phai-xong-truoc-30-4-postid421877.bbg")


# ---------------------------------------------------------------------------------------------
# 11. Tables flattened into lines: one lists the documents (date and issuer in their own cells),
#     the other holds statistics with periods that are not document dates.
case("h4-11", "2024-05-14", "Quảng Trị",
     "'UBND tỉnh Quảng Trị'; Chủ tịch UBND tỉnh Võ Văn Hưng signs",
     """Cổng thông tin điện tử tỉnh Quảng Trị
Tin tức - Sự kiện | Thông tin chỉ đạo, điều hành

Quảng Trị chấn chỉnh tình trạng hồ sơ trễ hạn tại một số sở, ngành

14/05/2024   Xem với cỡ chữ: A A A

Ngày 13/5/2024, Chủ tịch UBND tỉnh Võ Văn Hưng ký Công văn số 2210/UBND-NC chỉ đạo chấn chỉnh tình trạng hồ sơ thủ tục hành chính trễ hạn, tăng cường kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị.

Theo số liệu từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, 4 tháng đầu năm 2024 toàn tỉnh có 2.136 hồ sơ trễ hạn, tăng 14% so với cùng kỳ. Tình trạng này tập trung ở một số sở, ngành có nhiều thủ tục liên quan đến đất đai, đầu tư, xây dựng:

Đơn vị | Hồ sơ tiếp nhận | Hồ sơ trễ hạn | Tỷ lệ đúng hạn (%)
Sở Tài nguyên và Môi trường | 3.412 | 187 | 94,5
Sở Kế hoạch và Đầu tư | 1.906 | 64 | 96,6
Sở Xây dựng | 822 | 41 | 95,0
UBND thành phố Đông Hà | 9.745 | 318 | 96,7
UBND huyện Hải Lăng | 6.120 | 251 | 95,9
(Số liệu từ 01/01/2024 đến 30/4/2024)

Trước đó, ngày 18/4/2024, UBND tỉnh đã có Công văn số 1755/UBND-NC đề nghị các đơn vị có tỷ lệ trễ hạn trên 5% giải trình nguyên nhân, nhưng đến nay mới có 3/8 đơn vị gửi báo cáo.

Công văn 2210 yêu cầu người đứng đầu các sở, ban, ngành và Chủ tịch UBND các huyện, thị xã, thành phố tiếp tục quán triệt, thực hiện nghiêm các văn bản chỉ đạo sau:

STT | Văn bản | Ngày ban hành | Cơ quan ban hành
1 | Công điện số 968/CĐ-TTg | 16/10/2023 | Thủ tướng Chính phủ
2 | Chỉ thị số 26/CT-TTg | 20/10/2023 | Thủ tướng Chính phủ
3 | Nghị định số 73/2023/NĐ-CP | 29/9/2023 | Chính phủ
4 | Chỉ thị số 23-CT/TU | 05/12/2023 | Ban Thường vụ Tỉnh ủy
5 | Chỉ thị số 04/CT-UBND | 18/01/2024 | UBND tỉnh

Đồng thời, người đứng đầu cơ quan, đơn vị có hồ sơ trễ hạn phải thực hiện xin lỗi người dân bằng văn bản theo quy định, chậm nhất 3 ngày làm việc kể từ ngày hồ sơ quá hạn. Trước ngày 25/5/2024, các đơn vị trong bảng trên gửi báo cáo giải trình về Sở Nội vụ để tổng hợp, tham mưu UBND tỉnh xem xét trách nhiệm tại phiên họp thường kỳ tháng 5.

Sở Nội vụ được giao chủ trì, phối hợp Văn phòng UBND tỉnh kiểm tra đột xuất ít nhất 10 đơn vị trong quý II và quý III năm 2024; kết quả kiểm tra được đưa vào tiêu chí chấm điểm Chỉ số cải cách hành chính năm 2024 của từng đơn vị. Từ tháng 6/2024, Văn phòng UBND tỉnh công khai hằng tháng danh sách đơn vị có hồ sơ trễ hạn trên Cổng thông tin điện tử tỉnh.

Thành Trung (Văn phòng UBND tỉnh)

Các tin đã đưa ngày:
  Quảng Trị: Khai mạc Hội nghị xúc tiến đầu tư năm 2024 (13/05/2024)
  Triển khai Chỉ thị số 04/CT-UBND về nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (19/01/2024)
""",
     [
         ref("Công văn số 2210/UBND-NC", "Công văn", "2210", "UBND-NC", "2024-05-13", "UBND tỉnh",
             "local", "self"),
         ref("Công văn số 1755/UBND-NC", "Công văn", "1755", "UBND-NC", "2024-04-18", "UBND tỉnh",
             "local", "cites"),
         ref("Công văn 2210", "Công văn", "2210", None, "2024-05-13", "UBND tỉnh", "local", "self"),
         ref("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG,
             "central", "implements", "date and issuer in the row's own cells"),
         ref("Chỉ thị số 26/CT-TTg", "Chỉ thị", "26", "CT-TTg", "2023-10-20", TTG, "central",
             "implements"),
         ref("Nghị định số 73/2023/NĐ-CP", "Nghị định", "73", "2023/NĐ-CP", "2023-09-29", CP,
             "central", "implements"),
         ref("Chỉ thị số 23-CT/TU", "Chỉ thị", "23", "CT/TU", "2023-12-05", "Ban Thường vụ Tỉnh ủy",
             "local", "implements"),
         ref("Chỉ thị số 04/CT-UBND", "Chỉ thị", "4", "CT-UBND", "2024-01-18", "UBND tỉnh",
             "local", "implements"),
         ref("Chỉ thị số 04/CT-UBND", "Chỉ thị", "4", "CT-UBND", "2024-01-18", "UBND tỉnh",
             "local", "cites", "related-link title dated 19/01/2024 (the link's date, not the directive's); links cite"),
     ],
     url="https://quangtri.gov.vn/tin-tuc-su-kien/quang-tri-chan-chinh-tinh-trang-ho-so-tre-han-2210")


# ---------------------------------------------------------------------------------------------
# 12. Government portal: the Prime Minister's own telegram (central, no province), an ASCII
#     symbol in a caption, and related links that cite.
case("h4-12", "2025-04-16", None,
     "the own document is the Prime Minister's; no local body issues anything",
     """CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ
Chỉ đạo, quyết định của Chính phủ, Thủ tướng Chính phủ

Thủ tướng yêu cầu bảo đảm công việc thông suốt, không để "khoảng trống" trong quá trình sắp xếp bộ máy

16/04/2025 19:35

(Chinhphu.vn) - Thủ tướng Chính phủ Phạm Minh Chính vừa ký ban hành Công điện số 41/CĐ-TTg ngày 15/4/2025 về việc chấn chỉnh kỷ luật, kỷ cương, bảo đảm hoạt động thông suốt của các cơ quan hành chính nhà nước trong quá trình sắp xếp tổ chức bộ máy và đơn vị hành chính các cấp.

Công điện gửi: Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.

Công điện nêu: Thực hiện Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị và Nghị quyết số 60-NQ/TW của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII (ngày 12/4/2025), các bộ, ngành, địa phương đang khẩn trương triển khai việc sắp xếp, tinh gọn bộ máy với khối lượng công việc rất lớn, thời gian gấp.

Bên cạnh những kết quả tích cực, vẫn còn tình trạng một số cán bộ, công chức có tâm lý chờ đợi, làm việc cầm chừng; một số hồ sơ thủ tục hành chính bị chậm giải quyết do thay đổi đầu mối; việc bàn giao tài liệu, trụ sở, tài sản ở một số nơi chưa chặt chẽ.

[Ảnh: Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ. Công điện 41/CD-TTg được ban hành ngay sau phiên họp - Ảnh: VGP/Nhật Bắc]

Để khắc phục tình trạng trên, Thủ tướng yêu cầu các Bộ trưởng, Chủ tịch UBND các tỉnh, thành phố tiếp tục quán triệt nghiêm Công điện số 968/CĐ-TTg ngày 16/10/2023 và Chỉ thị số 26/CT-TTg ngày 20 tháng 10 năm 2023 của Thủ tướng Chính phủ; tuyệt đối không để gián đoạn việc giải quyết thủ tục hành chính, nhất là các thủ tục liên quan trực tiếp đến người dân, doanh nghiệp như hộ tịch, đất đai, đăng ký kinh doanh, bảo hiểm xã hội.

Người đứng đầu các cơ quan, địa phương chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ nếu để xảy ra tình trạng trì trệ, đùn đẩy, né tránh trách nhiệm trong thời gian sắp xếp. Đồng thời, phải kịp thời động viên, bảo vệ cán bộ dám nghĩ, dám làm theo tinh thần Nghị định số 73/2023/NĐ-CP của Chính phủ.

Công điện giao Bộ Nội vụ theo dõi, đôn đốc; tổng hợp tình hình, báo cáo Thủ tướng trước ngày 30/4/2025 và hằng tháng trong năm 2025. Văn phòng Chính phủ tăng cường kiểm tra công vụ đột xuất, kịp thời kiến nghị xử lý nghiêm các trường hợp vi phạm; Bộ Công an chỉ đạo bảo đảm an ninh, an toàn hồ sơ, tài liệu trong quá trình bàn giao.

Trước đó, ngày 14/4/2025, Thủ tướng đã ký Quyết định số 759/QĐ-TTg phê duyệt Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp. Theo Đề án, cấp huyện sẽ kết thúc hoạt động từ ngày 1/7/2025, số đơn vị hành chính cấp xã giảm khoảng 60-70%.

Hồng Nhung

Tin liên quan
› Toàn văn Kết luận 127-KL/TW của Bộ Chính trị, Ban Bí thư
› Thủ tướng: Không để người dân, doanh nghiệp bị ảnh hưởng khi sắp xếp bộ máy
› Thủ tướng ký Công điện 968/CĐ-TTg về chấn chỉnh, tăng cường kỷ luật, kỷ cương
""",
     [
         ref("Công điện số 41/CĐ-TTg", "Công điện", "41", "CĐ-TTg", "2025-04-15", TTG, "central",
             "self"),
         ref("Kết luận số 127-KL/TW", "Kết luận", "127", "KL/TW", "2025-02-28",
             "Bộ Chính trị; Ban Bí thư", "central", "implements", "joint issuer"),
         ref("Nghị quyết số 60-NQ/TW", "Nghị quyết", "60", "NQ/TW", "2025-04-12",
             "Ban Chấp hành Trung ương", "central", "implements", "date in brackets after the issuer"),
         ref("Công điện 41/CD-TTg", "Công điện", "41", "CĐ-TTg", "2025-04-15", TTG, "central",
             "self", "ASCII 'CD' in a photo caption"),
         ref("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG,
             "central", "implements", "'tiếp tục quán triệt nghiêm'"),
         ref("Chỉ thị số 26/CT-TTg", "Chỉ thị", "26", "CT-TTg", "2023-10-20", TTG, "central",
             "implements"),
         ref("Nghị định số 73/2023/NĐ-CP", "Nghị định", "73", "2023/NĐ-CP", None, CP,
             "central", "cites", "'theo tinh thần': no date in this text, but the year is in the symbol"),
         ref("Quyết định số 759/QĐ-TTg", "Quyết định", "759", "QĐ-TTg", "2025-04-14", TTG,
             "central", "cites", "'Trước đó, ngày 14/4/2025, Thủ tướng đã ký'"),
         ref("Kết luận 127-KL/TW", "Kết luận", "127", "KL/TW", "2025-02-28",
             "Bộ Chính trị; Ban Bí thư", "central", "cites", "related link"),
         ref("Công điện 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, "central",
             "cites", "related link"),
     ],
     url="https://baochinhphu.vn/thu-tuong-yeu-cau-bao-dam-cong-viec-thong-suot-trong-qua-trinh-sap-xep-bo-may-102250416193512.htm")


def build() -> list[dict]:
    """The cases with start/end filled in; raises if a surface is missing or out of order."""
    cases = []
    for raw in CASES:
        text = raw["text"]
        refs, cursor = [], 0
        for r in raw["references"]:
            start = text.find(r["surface"], cursor)
            if start < 0:
                raise ValueError(f"{raw['id']}: {r['surface']!r} not found after offset {cursor}")
            end = start + len(r["surface"])
            refs.append({"surface": r["surface"], "start": start, "end": end,
                         **{k: v for k, v in r.items() if k != "surface"}})
            cursor = end
        cases.append({**raw, "references": refs})
    return cases


def render() -> str:
    """The JSONL text of the set, one case per line."""
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in build())


def main() -> None:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
