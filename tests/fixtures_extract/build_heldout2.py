"""Builds heldout2.jsonl: a second blind held-out gold set for the citation extractor.

Sixteen Vietnamese texts written for this set (fictitious document numbers where the real ones are
unknown; real bodies, provinces and places), annotated by hand in the gold format of the shared
README without looking at the extractor. Each reference is written down by its surface; the builder
finds it in the text by searching from the end of the previous reference, so offsets never have to
be counted by hand and a typo in a surface fails loudly.

Annotation rules applied throughout (where the README leaves a choice):
- a loose repeat ("Công điện 968") carries the document's date and issuer from its full mention,
  but symbol null because the mention gives only a number;
- a document named inside the title of another citation takes the role of the citation that
  contains it ("Căn cứ Kế hoạch … về triển khai Công điện …" -> cites);
- anaphors ("Chỉ thị nêu rõ", "Công văn này", "theo kế hoạch") are not references when the
  document has a number somewhere in the text;
- links under "Tin liên quan" and other page chrome are not part of the article: their titles are
  not references;
- a bare official document (letter, decision) has no article date: published is null.

Run: python tests/fixtures_extract/build_heldout2.py   (rewrites heldout2.jsonl beside it)
"""

from __future__ import annotations

import json
import pathlib

OUT = pathlib.Path(__file__).with_name("heldout2.jsonl")
NBSP = "\u00a0"
EN_DASH = "\u2013"
ETH = "\u00d0"  # Ð, the look-alike some sites type for Đ

TTG = "Thủ tướng Chính phủ"
CP = "Chính phủ"
UBT = "UBND tỉnh"
BTVTU = "Ban Thường vụ Tỉnh ủy"


def ref(surface, doc_type, number, symbol, date, issuer, scope, role, note=None):
    """One gold reference; offsets are filled in by build()."""
    r = {"surface": surface, "doc_type": doc_type, "number": number, "symbol": symbol,
         "date": date, "issuer": issuer, "scope": scope, "role": role}
    if note:
        r["note"] = note
    return r


CASES: list[dict] = []


def case(cid, published, province, evidence, text, refs):
    CASES.append({"id": cid, "published": published, "province": province,
                  "province_evidence": evidence, "text": text, "references": refs})


# --- h2-01: a provincial official letter, full national-header format ------------------------
case("h2-01", None, "Nghệ An", "letterhead 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN' and place-date line",
"""ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
-------
Số: 8736/UBND-TH
V/v triển khai Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Nghệ An, ngày 20 tháng 10 năm 2023

Kính gửi:
- Các sở, ban, ngành, đoàn thể cấp tỉnh;
- UBND các huyện, thành phố, thị xã.

Thực hiện Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ ngày 16/10/2023 về việc chấn chỉnh, siết chặt kỷ luật, kỷ cương công vụ (sau đây gọi tắt là Công điện 968), Chủ tịch UBND tỉnh đề nghị Thủ trưởng các sở, ban, ngành cấp tỉnh, Chủ tịch UBND các huyện, thành phố, thị xã tập trung làm tốt những việc sau:

1. Phổ biến đầy đủ tinh thần của Công điện 968 tới từng cán bộ, công chức, viên chức thuộc quyền quản lý; gắn với việc tiếp tục thực hiện nghiêm Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp.

2. Kiên quyết khắc phục tình trạng né tránh, đùn đẩy, sợ sai, không dám làm; xem xét xử lý nghiêm người vi phạm theo quy định tại Nghị định số 112/2020/NĐ-CP ngày 18/9/2020 của Chính phủ về xử lý kỷ luật cán bộ, công chức, viên chức (đã được sửa đổi, bổ sung tại Nghị định số 71/2023/NĐ-CP ngày 20/9/2023).

3. Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tăng cường kiểm tra công vụ đột xuất; tổng hợp kết quả thực hiện Công điện 968, tham mưu UBND tỉnh báo cáo Thủ tướng Chính phủ trước ngày 15/12/2023.

Đề nghị các cơ quan, đơn vị, địa phương nghiêm túc triển khai./.

Nơi nhận:
- Như trên;
- Thủ tướng Chính phủ (để b/c);
- Bộ Nội vụ (để b/c);
- Thường trực Tỉnh ủy, HĐND tỉnh (để b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, TH.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
""", [
    ref("Số: 8736/UBND-TH", "Công văn", "8736", "UBND-TH", "2023-10-20", UBT, "local", "self",
        "the 'Số:' header; date from the place-date line; a letter's symbol has no type part"),
    ref("Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ", "Công điện", "968", "CĐ-TTg",
        "2023-10-16", TTG, "central", "implements",
        "V/v line: 'triển khai'; no date here, the date comes from the body"),
    ref("Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ ngày 16/10/2023", "Công điện", "968",
        "CĐ-TTg", "2023-10-16", TTG, "central", "implements", "date after the issuer"),
    ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, "central", "implements",
        "the short name the letter defines for itself"),
    ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, "central", "implements"),
    ref("Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ", "Chỉ thị", "26", "CT-TTg",
        "2016-09-05", TTG, "central", "implements", "'tiếp tục thực hiện nghiêm'"),
    ref("Nghị định số 112/2020/NĐ-CP ngày 18/9/2020 của Chính phủ", "Nghị định", "112",
        "2020/NĐ-CP", "2020-09-18", CP, "central", "cites"),
    ref("Nghị định số 71/2023/NĐ-CP ngày 20/9/2023", "Nghị định", "71", "2023/NĐ-CP",
        "2023-09-20", CP, "central", "cites", "issuer from the symbol NĐ-CP"),
    ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, "central", "implements",
        "'tổng hợp kết quả thực hiện'"),
])

# --- h2-02: a provincial chairman's directive; dates written 'ngày 5 tháng 3 năm 2024' --------
case("h2-02", "2024-03-06", "Thanh Hóa", "'Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn'",
"""Thanh Hóa ban hành Chỉ thị 05 về siết chặt kỷ luật, kỷ cương hành chính

06/03/2024 15:20

Ngày 5 tháng 3 năm 2024, Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn đã ký ban hành Chỉ thị số 05/CT-UBND về tăng cường kỷ luật, kỷ cương hành chính, nâng cao hiệu quả thực thi công vụ trên địa bàn tỉnh.

Chỉ thị nêu rõ, thời gian qua công tác cải cách hành chính của tỉnh có nhiều chuyển biến; tuy vậy, ở một số cơ quan, đơn vị vẫn còn cán bộ làm việc riêng trong giờ hành chính, hồ sơ của người dân, doanh nghiệp bị giải quyết chậm so với thời hạn, có biểu hiện đùn đẩy, né tránh công việc khó.

Để khắc phục những hạn chế này, đồng thời triển khai nghiêm Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ và Chỉ thị số 26-CT/TW ngày 23 tháng 11 năm 2023 của Ban Bí thư, Chủ tịch UBND tỉnh đề nghị các giám đốc sở, thủ trưởng ban, ngành và chủ tịch UBND các huyện, thị xã, thành phố tập trung vào một số nhiệm vụ trọng tâm.

Trước hết, người đứng đầu phải gương mẫu và chịu trách nhiệm trực tiếp về việc chấp hành kỷ luật, kỷ cương ở cơ quan mình. Cán bộ, công chức, viên chức phải giữ đúng chuẩn mực văn hóa công vụ theo Quyết định số 1847/QĐ-TTg ngày 27 tháng 12 năm 2018 của Thủ tướng Chính phủ phê duyệt Đề án Văn hóa công vụ và làm tròn các nghĩa vụ mà Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008 đã quy định.

Các cơ quan tuyệt đối không để hồ sơ trễ hạn mà không có văn bản xin lỗi người dân, doanh nghiệp; kết quả giải quyết thủ tục hành chính phải được công khai trên Cổng Dịch vụ công của tỉnh. Sở Nội vụ được giao chủ trì kiểm tra công vụ đột xuất, hằng quý báo cáo Chủ tịch UBND tỉnh kết quả thực hiện Chỉ thị 05 và đề xuất xử lý trách nhiệm tập thể, cá nhân vi phạm.

Chỉ thị 05 thay thế Chỉ thị số 12/CT-UBND ngày 14 tháng 6 năm 2021 của Chủ tịch UBND tỉnh về chấn chỉnh lề lối làm việc của cán bộ, công chức, viên chức.
""", [
    ref("Chỉ thị 05", "Chỉ thị", "05", None, "2024-03-05", UBT, "local", "self", "headline"),
    ref("Chỉ thị số 05/CT-UBND", "Chỉ thị", "05", "CT-UBND", "2024-03-05", UBT, "local", "self",
        "the chairman's directive is the UBND's"),
    ref("Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ", "Công điện",
        "968", "CĐ-TTg", "2023-10-16", TTG, "central", "implements"),
    ref("Chỉ thị số 26-CT/TW ngày 23 tháng 11 năm 2023 của Ban Bí thư", "Chỉ thị", "26", "CT/TW",
        "2023-11-23", "Ban Bí thư", "central", "implements"),
    ref("Quyết định số 1847/QĐ-TTg ngày 27 tháng 12 năm 2018 của Thủ tướng Chính phủ",
        "Quyết định", "1847", "QĐ-TTg", "2018-12-27", TTG, "central", "cites"),
    ref("Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008", "Luật", None, None, "2008-11-13",
        "Quốc hội", "central", "cites", "law cited by name"),
    ref("Chỉ thị 05", "Chỉ thị", "05", None, "2024-03-05", UBT, "local", "self"),
    ref("Chỉ thị 05", "Chỉ thị", "05", None, "2024-03-05", UBT, "local", "self"),
    ref("Chỉ thị số 12/CT-UBND ngày 14 tháng 6 năm 2021 của Chủ tịch UBND tỉnh", "Chỉ thị", "12",
        "CT-UBND", "2021-06-14", UBT, "local", "cites", "replaced by the new directive"),
])

# --- h2-03: a provincial Party Standing Board directive (N-CT/TU) ----------------------------
case("h2-03", "2024-07-09", "Quảng Ninh", "'Bí thư Tỉnh ủy Quảng Ninh' and the headline",
"""Quảng Ninh: Chỉ thị 38-CT/TU về trách nhiệm nêu gương của người đứng đầu

(Báo Quảng Ninh) - Ngày 8/7/2024, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Ninh, đã ký ban hành Chỉ thị số 38-CT/TU về tăng cường trách nhiệm nêu gương của người đứng đầu cấp ủy, chính quyền các cấp trong thực thi công vụ.

Chỉ thị được ban hành nhằm quán triệt, cụ thể hóa Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới và Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung.

Theo đánh giá của Ban Thường vụ Tỉnh ủy, Nghị quyết số 17-NQ/TU ngày 27/4/2021 của Tỉnh ủy về đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh giai đoạn 2021-2025 đã tạo chuyển biến rõ nét trong ý thức trách nhiệm của đội ngũ cán bộ. Dù vậy, vẫn còn một bộ phận cán bộ, trong đó có cả người đứng đầu, làm việc cầm chừng, ngại va chạm, đẩy việc lên cấp trên.

Chỉ thị số 38-CT/TU yêu cầu các cấp ủy, tổ chức đảng lấy kết quả, sản phẩm cụ thể làm thước đo chủ yếu khi đánh giá cán bộ; người đứng đầu công khai cam kết nêu gương trước tập thể và chịu trách nhiệm khi để xảy ra vi phạm trong cơ quan, đơn vị mình. Ban Tổ chức Tỉnh ủy chủ trì theo dõi, định kỳ 6 tháng báo cáo Ban Thường vụ Tỉnh ủy tình hình thực hiện Chỉ thị 38 và đề xuất biểu dương những tập thể, cá nhân làm tốt.
""", [
    ref("Chỉ thị 38-CT/TU", "Chỉ thị", "38", "CT/TU", "2024-07-08", BTVTU, "local", "self",
        "headline"),
    ref("Chỉ thị số 38-CT/TU", "Chỉ thị", "38", "CT/TU", "2024-07-08", BTVTU, "local", "self"),
    ref("Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị", "Quy định", "144", "QĐ/TW",
        "2024-05-09", "Bộ Chính trị", "central", "implements"),
    ref("Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị", "Kết luận", "14", "KL/TW",
        "2021-09-22", "Bộ Chính trị", "central", "implements"),
    ref("Nghị quyết số 17-NQ/TU ngày 27/4/2021 của Tỉnh ủy", "Nghị quyết", "17", "NQ/TU",
        "2021-04-27", "Tỉnh ủy", "local", "cites", "an earlier resolution under review"),
    ref("Chỉ thị số 38-CT/TU", "Chỉ thị", "38", "CT/TU", "2024-07-08", BTVTU, "local", "self"),
    ref("Chỉ thị 38", "Chỉ thị", "38", None, "2024-07-08", BTVTU, "local", "self"),
])

# --- h2-04: a district plan carrying out a provincial Party conclusion and the UBND's plan ----
case("h2-04", "2024-04-17", "Bắc Giang",
     "'Ban Thường vụ Tỉnh ủy Bắc Giang'; huyện Lục Ngạn is a district of Bắc Giang",
"""Lục Ngạn triển khai Kết luận 125-KL/TU của Ban Thường vụ Tỉnh ủy

Cập nhật: 17/04/2024

UBND huyện Lục Ngạn vừa ban hành Kế hoạch số 96/KH-UBND ngày 15/4/2024 triển khai thực hiện Kết luận số 125-KL/TU ngày 22/3/2024 của Ban Thường vụ Tỉnh ủy Bắc Giang về tiếp tục chấn chỉnh lề lối, tác phong làm việc của cán bộ, công chức, viên chức và Kế hoạch số 78/KH-UBND ngày 2/4/2024 của UBND tỉnh thực hiện Kết luận này.

Theo kế hoạch, từ nay đến hết năm 2024, huyện tập trung sắp xếp lại bộ phận tiếp nhận và trả kết quả tại các xã, thị trấn; bố trí công chức có chuyên môn phù hợp; xử lý dứt điểm hồ sơ tồn đọng. Chủ tịch UBND các xã, thị trấn chịu trách nhiệm trước Chủ tịch UBND huyện nếu để cán bộ thuộc quyền quản lý vi phạm kỷ luật, kỷ cương.

Phòng Nội vụ huyện được giao làm đầu mối kiểm tra đột xuất, nhất là vào đầu giờ làm việc buổi sáng và cuối giờ chiều. Việc đánh giá, xếp loại cán bộ cuối năm căn cứ vào kết quả thực hiện Kế hoạch 96 và các tiêu chí tại Quy định số 1089-QĐ/TU ngày 12/5/2023 của Ban Thường vụ Tỉnh ủy về khung tiêu chí đánh giá cán bộ theo kết quả, sản phẩm cụ thể.

Huyện cũng khuyến khích người dân phản ánh thái độ phục vụ của cán bộ qua đường dây nóng và ứng dụng Bắc Giang-S.
""", [
    ref("Kết luận 125-KL/TU của Ban Thường vụ Tỉnh ủy", "Kết luận", "125", "KL/TU",
        "2024-03-22", BTVTU, "local", "implements", "headline"),
    ref("Kế hoạch số 96/KH-UBND ngày 15/4/2024", "Kế hoạch", "96", "KH-UBND", "2024-04-15",
        "UBND huyện", "local", "self"),
    ref("Kết luận số 125-KL/TU ngày 22/3/2024 của Ban Thường vụ Tỉnh ủy Bắc Giang", "Kết luận",
        "125", "KL/TU", "2024-03-22", BTVTU, "local", "implements"),
    ref("Kế hoạch số 78/KH-UBND ngày 2/4/2024 của UBND tỉnh", "Kế hoạch", "78", "KH-UBND",
        "2024-04-02", UBT, "local", "implements",
        "same verb phrase 'triển khai thực hiện … và …'"),
    ref("Kế hoạch 96", "Kế hoạch", "96", None, "2024-04-15", "UBND huyện", "local", "self"),
    ref("Quy định số 1089-QĐ/TU ngày 12/5/2023 của Ban Thường vụ Tỉnh ủy", "Quy định", "1089",
        "QĐ/TU", "2023-05-12", BTVTU, "local", "cites", "criteria 'tại': a basis"),
])

# --- h2-05: a department plan; dates written 'ngày 5-3-2024' ---------------------------------
case("h2-05", "2024-03-12", "Bình Dương", "'Sở Nội vụ tỉnh Bình Dương' and its cities",
"""Sở Nội vụ Bình Dương lên kế hoạch kiểm tra công vụ năm 2024

Ngày 11-3-2024, Giám đốc Sở Nội vụ tỉnh Bình Dương đã ký ban hành Kế hoạch số 412/KH-SNV về kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị trên địa bàn tỉnh trong năm 2024.

Kế hoạch được xây dựng để triển khai thực hiện Kế hoạch số 1150/KH-UBND ngày 5-3-2024 của UBND tỉnh về công tác cải cách hành chính năm 2024 và Chỉ thị số 03/CT-UBND ngày 20-2-2024 của Chủ tịch UBND tỉnh về chấn chỉnh tình trạng chậm trễ trong giải quyết hồ sơ thủ tục hành chính.

Theo đó, Sở Nội vụ sẽ thành lập các đoàn kiểm tra, làm việc trực tiếp với 10 sở, ngành và UBND các thành phố Thủ Dầu Một, Thuận An, Dĩ An, Tân Uyên, Bến Cát cùng các huyện Bàu Bàng, Dầu Tiếng, Phú Giáo, Bắc Tân Uyên. Nội dung kiểm tra tập trung vào giờ giấc làm việc, việc đeo thẻ công chức và thực hiện văn hóa công sở theo Quyết định số 129/2007/QĐ-TTg ngày 2-8-2007 của Thủ tướng Chính phủ ban hành Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước; việc sử dụng điện thoại, mạng xã hội vào việc riêng trong giờ làm việc cũng được đưa vào diện kiểm tra.

Kết quả kiểm tra được tổng hợp, báo cáo UBND tỉnh trước ngày 15-12-2024, làm cơ sở đánh giá, xếp loại chất lượng cán bộ, công chức theo Nghị định số 90/2020/NĐ-CP ngày 13-8-2020 của Chính phủ.
""", [
    ref("Kế hoạch số 412/KH-SNV", "Kế hoạch", "412", "KH-SNV", "2024-03-11", "Sở Nội vụ",
        "local", "self"),
    ref("Kế hoạch số 1150/KH-UBND ngày 5-3-2024 của UBND tỉnh", "Kế hoạch", "1150", "KH-UBND",
        "2024-03-05", UBT, "local", "implements"),
    ref("Chỉ thị số 03/CT-UBND ngày 20-2-2024 của Chủ tịch UBND tỉnh", "Chỉ thị", "03",
        "CT-UBND", "2024-02-20", UBT, "local", "implements"),
    ref("Quyết định số 129/2007/QĐ-TTg ngày 2-8-2007 của Thủ tướng Chính phủ", "Quyết định",
        "129", "2007/QĐ-TTg", "2007-08-02", TTG, "central", "cites"),
    ref("Nghị định số 90/2020/NĐ-CP ngày 13-8-2020 của Chính phủ", "Nghị định", "90",
        "2020/NĐ-CP", "2020-08-13", CP, "central", "cites"),
])

# --- h2-06: a ministry's guidance carrying out a Prime Minister's directive (central) ---------
case("h2-06", "2023-12-05", None, "central: the ministry's own letter",
"""Bộ Nội vụ hướng dẫn triển khai Chỉ thị 31/CT-TTg của Thủ tướng

Thứ Ba, 05/12/2023 - 10:30

Bộ Nội vụ vừa có Công văn số 7215/BNV-CCVC ngày 4/12/2023 gửi các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và UBND các tỉnh, thành phố trực thuộc Trung ương hướng dẫn triển khai Chỉ thị số 31/CT-TTg ngày 20/11/2023 của Thủ tướng Chính phủ về chấn chỉnh công tác đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức.

Theo hướng dẫn, việc đánh giá phải thực chất, gắn với kết quả thực hiện nhiệm vụ được giao, tránh nể nang, "cào bằng". Các cơ quan, đơn vị làm đúng trình tự, thủ tục quy định tại các Nghị định của Chính phủ: số 90/2020/NĐ-CP ngày 13/8/2020 về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức; số 48/2023/NĐ-CP ngày 17/7/2023 sửa đổi, bổ sung một số điều của Nghị định số 90/2020/NĐ-CP.

Bộ Nội vụ lưu ý, số người được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% số được xếp loại "Hoàn thành tốt nhiệm vụ" trở lên trong cùng cơ quan, đơn vị. Kết quả đánh giá là căn cứ để bố trí, sử dụng, quy hoạch cán bộ và xem xét kỷ luật theo Nghị định số 112/2020/NĐ-CP ngày 18/9/2020 của Chính phủ.

Các bộ, ngành, địa phương gửi báo cáo kết quả thực hiện Chỉ thị 31 về Bộ Nội vụ trước ngày 31/01/2024 để tổng hợp, báo cáo Thủ tướng Chính phủ.
""", [
    ref("Chỉ thị 31/CT-TTg của Thủ tướng", "Chỉ thị", "31", "CT-TTg", "2023-11-20", TTG,
        "central", "implements", "headline"),
    ref("Công văn số 7215/BNV-CCVC ngày 4/12/2023", "Công văn", "7215", "BNV-CCVC", "2023-12-04",
        "Bộ Nội vụ", "central", "self"),
    ref("Chỉ thị số 31/CT-TTg ngày 20/11/2023 của Thủ tướng Chính phủ", "Chỉ thị", "31",
        "CT-TTg", "2023-11-20", TTG, "central", "implements"),
    ref("số 90/2020/NĐ-CP ngày 13/8/2020", "Nghị định", "90", "2020/NĐ-CP", "2020-08-13", CP,
        "central", "cites", "list head 'các Nghị định của Chính phủ:' gives type and issuer"),
    ref("số 48/2023/NĐ-CP ngày 17/7/2023", "Nghị định", "48", "2023/NĐ-CP", "2023-07-17", CP,
        "central", "cites"),
    ref("Nghị định số 90/2020/NĐ-CP", "Nghị định", "90", "2020/NĐ-CP", "2020-08-13", CP,
        "central", "cites", "nested in the title of 48/2023"),
    ref("Nghị định số 112/2020/NĐ-CP ngày 18/9/2020 của Chính phủ", "Nghị định", "112",
        "2020/NĐ-CP", "2020-09-18", CP, "central", "cites"),
    ref("Chỉ thị 31", "Chỉ thị", "31", None, "2023-11-20", TTG, "central", "implements"),
])

# --- h2-07: central news on a Prime Minister's telegram --------------------------------------
case("h2-07", "2024-11-25", None, "central: the Prime Minister's telegram",
"""Thủ tướng yêu cầu chấm dứt tình trạng đùn đẩy, né tránh trách nhiệm

(Chinhphu.vn) - Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 121/CĐ-TTg ngày 25/11/2024 gửi các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương về chấn chỉnh tình trạng đùn đẩy, né tránh trách nhiệm trong thực thi công vụ.

Công điện nêu, cuối năm là thời điểm khối lượng công việc lớn, song tại một số nơi vẫn còn hiện tượng cán bộ ngại va chạm, xin ý kiến cấp trên những việc thuộc thẩm quyền của mình, làm chậm tiến độ giải ngân vốn đầu tư công và giải quyết thủ tục cho người dân, doanh nghiệp.

Nhằm tiếp tục quán triệt và thực hiện nghiêm Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung, Thủ tướng yêu cầu người đứng đầu các cơ quan, đơn vị kịp thời phát hiện, động viên, bảo vệ cán bộ dám nghĩ, dám làm theo đúng Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ; đồng thời xử lý nghiêm, thay thế kịp thời những người yếu kém về năng lực, sợ trách nhiệm.

Trước đó, ngày 16/10/2023, Thủ tướng đã ban hành Công điện số 968/CĐ-TTg yêu cầu siết lại kỷ luật, kỷ cương của bộ máy hành chính. Theo Bộ Nội vụ, sau hơn một năm thực hiện Công điện 968, kỷ luật hành chính có chuyển biến nhưng chưa đồng đều giữa các địa phương.

Thủ tướng giao Bộ Nội vụ theo dõi, đôn đốc việc thực hiện Công điện số 121/CĐ-TTg, báo cáo Thủ tướng Chính phủ trước ngày 15/01/2025; Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao.
""", [
    ref("Công điện số 121/CĐ-TTg ngày 25/11/2024", "Công điện", "121", "CĐ-TTg", "2024-11-25",
        TTG, "central", "self"),
    ref("Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị", "Kết luận", "14", "KL/TW",
        "2021-09-22", "Bộ Chính trị", "central", "implements"),
    ref("Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ", "Nghị định", "73",
        "2023/NĐ-CP", "2023-09-29", CP, "central", "cites"),
    ref("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, "central",
        "cites", "date stands before the document: 'ngày 16/10/2023, Thủ tướng đã ban hành'"),
    ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, "central", "cites"),
    ref("Công điện số 121/CĐ-TTg", "Công điện", "121", "CĐ-TTg", "2024-11-25", TTG, "central",
        "self"),
])

# --- h2-08: after 1 July 2025 — a merged province writes to its communes and wards -----------
case("h2-08", "2025-08-14", "Phú Thọ",
     "'UBND tỉnh Phú Thọ'; the merged province (with Vĩnh Phúc, Hòa Bình) from 1/7/2025",
"""Phú Thọ chấn chỉnh kỷ luật, kỷ cương ở chính quyền cấp xã sau sắp xếp

Thứ Năm, 14/08/2025 08:40

UBND tỉnh Phú Thọ vừa ban hành Công văn số 1925/UBND-NC ngày 13/8/2025 yêu cầu UBND các xã, phường trên địa bàn tỉnh tăng cường kỷ luật, kỷ cương hành chính, bảo đảm bộ máy chính quyền địa phương hai cấp vận hành thông suốt.

Sau hơn một tháng vận hành mô hình mới theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh và Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025, phần lớn các xã, phường của tỉnh đã đi vào nền nếp. Tuy nhiên, tại một số nơi như phường Vĩnh Yên, xã Tam Đảo hay xã Mai Châu vẫn còn hồ sơ chậm giải quyết, cán bộ chưa thạo phần mềm dùng chung, có lúc người dân phải đi lại nhiều lần.

Thực hiện Công điện số 112/CĐ-TTg ngày 22/7/2025 của Thủ tướng Chính phủ về bảo đảm hoạt động thông suốt của chính quyền cấp xã, Chủ tịch UBND tỉnh Trần Duy Đông yêu cầu Chủ tịch UBND các xã, phường trực tiếp chỉ đạo Trung tâm Phục vụ hành chính công, không để người dân phải nộp lại giấy tờ đã có trong cơ sở dữ liệu; việc phân công cán bộ phải bám sát Kế hoạch số 45/KH-UBND ngày 30/6/2025 của UBND tỉnh về tổ chức vận hành chính quyền địa phương hai cấp.

Sở Nội vụ chủ trì kiểm tra, tổng hợp kết quả thực hiện Công điện 112 và Công văn này, báo cáo UBND tỉnh trước ngày 30/9/2025.
""", [
    ref("Công văn số 1925/UBND-NC ngày 13/8/2025", "Công văn", "1925", "UBND-NC", "2025-08-13",
        UBT, "local", "self"),
    ref("Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội", "Nghị quyết", "202",
        "2025/QH15", "2025-06-12", "Quốc hội", "central", "cites"),
    ref("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", "Luật", None, None,
        "2025-06-16", "Quốc hội", "central", "cites", "law cited by name"),
    ref("Công điện số 112/CĐ-TTg ngày 22/7/2025 của Thủ tướng Chính phủ", "Công điện", "112",
        "CĐ-TTg", "2025-07-22", TTG, "central", "implements"),
    ref("Kế hoạch số 45/KH-UBND ngày 30/6/2025 của UBND tỉnh", "Kế hoạch", "45", "KH-UBND",
        "2025-06-30", UBT, "local", "cites", "'bám sát': a basis"),
    ref("Công điện 112", "Công điện", "112", None, "2025-07-22", TTG, "central", "implements"),
])

# --- h2-09: after 1 July 2025 — a ward of a centrally-run city --------------------------------
case("h2-09", "2025-09-05", "Đà Nẵng", "'UBND phường Hải Châu (thành phố Đà Nẵng)'",
"""Phường Hải Châu triển khai Chỉ thị 06 của Chủ tịch UBND thành phố

05/09/2025

UBND phường Hải Châu (thành phố Đà Nẵng) vừa ban hành Kế hoạch số 58/KH-UBND ngày 3/9/2025 thực hiện Chỉ thị số 06/CT-UBND ngày 20/8/2025 của Chủ tịch UBND thành phố về nâng cao chất lượng phục vụ người dân, doanh nghiệp tại Trung tâm Phục vụ hành chính công cấp xã.

Theo đó, Trung tâm Phục vụ hành chính công phường niêm yết đầy đủ, công khai các thủ tục; bố trí công chức có chuyên môn phù hợp tại từng quầy; mỗi tuần lãnh đạo UBND phường trực tiếp tiếp dân một buổi. Kế hoạch 58 đặt mục tiêu toàn bộ hồ sơ được tiếp nhận, giải quyết đúng hạn, tỷ lệ hồ sơ nộp trực tuyến đạt trên 80% vào cuối năm 2025.

Trước đó, Ban Thường vụ Thành ủy Đà Nẵng đã ban hành Kết luận số 20-KL/TU ngày 5/8/2025 về tăng cường kỷ luật, kỷ cương trong hệ thống chính trị thành phố sau hợp nhất với tỉnh Quảng Nam, yêu cầu các xã, phường, đặc khu không để gián đoạn việc giải quyết thủ tục hành chính.

Chủ tịch UBND phường giao Văn phòng HĐND và UBND phường theo dõi, định kỳ hằng tháng báo cáo kết quả thực hiện Chỉ thị 06 về UBND thành phố qua Sở Nội vụ.
""", [
    ref("Chỉ thị 06 của Chủ tịch UBND thành phố", "Chỉ thị", "06", None, "2025-08-20",
        "UBND thành phố", "local", "implements", "headline"),
    ref("Kế hoạch số 58/KH-UBND ngày 3/9/2025", "Kế hoạch", "58", "KH-UBND", "2025-09-03",
        "UBND phường", "local", "self", "ward-level issuer after the district level was abolished"),
    ref("Chỉ thị số 06/CT-UBND ngày 20/8/2025 của Chủ tịch UBND thành phố", "Chỉ thị", "06",
        "CT-UBND", "2025-08-20", "UBND thành phố", "local", "implements"),
    ref("Kế hoạch 58", "Kế hoạch", "58", None, "2025-09-03", "UBND phường", "local", "self"),
    ref("Kết luận số 20-KL/TU ngày 5/8/2025", "Kết luận", "20", "KL/TU", "2025-08-05",
        "Ban Thường vụ Thành ủy", "local", "cites",
        "issuer before: 'Ban Thường vụ Thành ủy Đà Nẵng đã ban hành'; background, not carried out"),
    ref("Chỉ thị 06", "Chỉ thị", "06", None, "2025-08-20", "UBND thành phố", "local",
        "implements", "'báo cáo kết quả thực hiện'"),
])

# --- h2-10: a review article that issues nothing ---------------------------------------------
case("h2-10", "2024-10-16", None, "the article only reviews documents of several bodies",
"""Nhìn lại một năm thực hiện Công điện 968 về chấn chỉnh kỷ luật công vụ

16/10/2024 06:00

Tròn một năm trước, ngày 16/10/2023, Thủ tướng Chính phủ ký Công điện số 968/CĐ-TTg, đòi hỏi các cấp chấn chỉnh ngay những biểu hiện buông lỏng kỷ luật công vụ. Văn bản ra đời khi tâm lý sợ sai, né tránh trách nhiệm đang làm chậm nhiều việc ở cả trung ương và địa phương.

Công điện không đứng một mình. Nó nối tiếp một loạt văn bản về văn hóa công vụ, trong đó có các Quyết định của Thủ tướng Chính phủ: số 129/2007/QĐ-TTg ngày 2/8/2007 ban hành Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước; số 1847/QĐ-TTg ngày 27/12/2018 phê duyệt Đề án Văn hóa công vụ. Ít tuần sau Công điện, Ban Bí thư ra Chỉ thị số 26-CT/TW ngày 23/11/2023, và tới giữa tháng 12, Thủ tướng ký tiếp Chỉ thị số 30/CT-TTg ngày 15/12/2023.

Ở địa phương, tốc độ phản hồi rất khác nhau. Đồng Nai đi nhanh nhất: chỉ 9 ngày sau, Chủ tịch UBND tỉnh đã ký Chỉ thị số 12/CT-UBND ngày 25/10/2023. Hà Tĩnh có Công văn số 6466/UBND-NC2 ngày 15/11/2023, trong khi Quảng Nam tới ngày 06/02/2024 mới ra Công văn số 983/UBND-NCKS.

Theo một số chuyên gia về hành chính công, điểm mới của Công điện 968 là gắn trách nhiệm người đứng đầu với kết quả cụ thể, thay vì chỉ nhắc lại yêu cầu chung. Tuy vậy, khảo sát của nhiều địa phương cho thấy việc kiểm tra công vụ vẫn nặng về hình thức, chủ yếu đếm số lượt đi muộn, về sớm.
""", [
    ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, "central", "cites",
        "headline"),
    ref("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, "central",
        "cites"),
    ref("số 129/2007/QĐ-TTg ngày 2/8/2007", "Quyết định", "129", "2007/QĐ-TTg", "2007-08-02",
        TTG, "central", "cites", "list head 'các Quyết định của Thủ tướng Chính phủ:'"),
    ref("số 1847/QĐ-TTg ngày 27/12/2018", "Quyết định", "1847", "QĐ-TTg", "2018-12-27", TTG,
        "central", "cites"),
    ref("Chỉ thị số 26-CT/TW ngày 23/11/2023", "Chỉ thị", "26", "CT/TW", "2023-11-23",
        "Ban Bí thư", "central", "cites", "issuer stands before: 'Ban Bí thư ra Chỉ thị'"),
    ref("Chỉ thị số 30/CT-TTg ngày 15/12/2023", "Chỉ thị", "30", "CT-TTg", "2023-12-15", TTG,
        "central", "cites"),
    ref("Chỉ thị số 12/CT-UBND ngày 25/10/2023", "Chỉ thị", "12", "CT-UBND", "2023-10-25", UBT,
        "local", "cites", "Đồng Nai's; the case issues nothing so province stays null"),
    ref("Công văn số 6466/UBND-NC2 ngày 15/11/2023", "Công văn", "6466", "UBND-NC2",
        "2023-11-15", UBT, "local", "cites", "Hà Tĩnh's"),
    ref("Công văn số 983/UBND-NCKS", "Công văn", "983", "UBND-NCKS", "2024-02-06", UBT, "local",
        "cites", "Quảng Nam's; date stands before: 'tới ngày 06/02/2024 mới ra'"),
    ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, "central", "cites"),
])

# --- h2-11: a provincial decision with a 'Căn cứ' preamble and articles ----------------------
case("h2-11", None, "Quảng Trị", "letterhead 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ'",
"""ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
--------
Số: 2876/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
----------------
Quảng Trị, ngày 27 tháng 11 năm 2023

QUYẾT ĐỊNH
Về việc thành lập Tổ kiểm tra công vụ của tỉnh năm 2023-2024
---------------
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 112/2020/NĐ-CP ngày 18 tháng 9 năm 2020 của Chính phủ về xử lý kỷ luật cán bộ, công chức, viên chức;
Căn cứ Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ về chấn chỉnh, siết chặt kỷ luật, kỷ cương công vụ;
Căn cứ Kế hoạch số 190/KH-UBND ngày 30 tháng 10 năm 2023 của UBND tỉnh về triển khai Công điện số 968/CĐ-TTg;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 2041/TTr-SNV ngày 20 tháng 11 năm 2023.

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ kiểm tra công vụ của tỉnh năm 2023-2024 (sau đây gọi là Tổ kiểm tra), gồm:
1. Ông Trần Quốc Hưng, Phó Giám đốc Sở Nội vụ - Tổ trưởng;
2. Bà Lê Thị Minh Hà, Phó Chánh Văn phòng UBND tỉnh - Tổ phó;
3. Đại diện lãnh đạo Thanh tra tỉnh, Sở Tư pháp - thành viên.

Điều 2. Tổ kiểm tra có nhiệm vụ kiểm tra bất thường tình hình chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức tại các sở, ban, ngành và UBND các huyện, thị xã, thành phố; tham mưu Chủ tịch UBND tỉnh xử lý hoặc kiến nghị xử lý các trường hợp vi phạm theo quy định tại Nghị định số 112/2020/NĐ-CP và Nghị định số 71/2023/NĐ-CP ngày 20 tháng 9 năm 2023 của Chính phủ. Tổ kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan liên quan và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Nội vụ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Lưu: VT, NC.

CHỦ TỊCH
(Đã ký)
""", [
    ref("Số: 2876/QĐ-UBND", "Quyết định", "2876", "QĐ-UBND", "2023-11-27", UBT, "local", "self",
        "the chairman's decision; date from the place-date line"),
    ref("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Luật", None, None,
        "2015-06-19", "Quốc hội", "central", "cites"),
    ref("Nghị định số 112/2020/NĐ-CP ngày 18 tháng 9 năm 2020 của Chính phủ", "Nghị định", "112",
        "2020/NĐ-CP", "2020-09-18", CP, "central", "cites"),
    ref("Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ", "Công điện",
        "968", "CĐ-TTg", "2023-10-16", TTG, "central", "cites", "'Căn cứ': a basis"),
    ref("Kế hoạch số 190/KH-UBND ngày 30 tháng 10 năm 2023 của UBND tỉnh", "Kế hoạch", "190",
        "KH-UBND", "2023-10-30", UBT, "local", "cites"),
    ref("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, "central",
        "cites", "nested in the title of Kế hoạch 190; the 'triển khai' is that plan's, not this decision's"),
    ref("Tờ trình số 2041/TTr-SNV ngày 20 tháng 11 năm 2023", "Tờ trình", "2041", "TTr-SNV",
        "2023-11-20", "Sở Nội vụ", "local", "cites", "issuer before: 'Giám đốc Sở Nội vụ tại'"),
    ref("Nghị định số 112/2020/NĐ-CP", "Nghị định", "112", "2020/NĐ-CP", "2020-09-18", CP,
        "central", "cites"),
    ref("Nghị định số 71/2023/NĐ-CP ngày 20 tháng 9 năm 2023 của Chính phủ", "Nghị định", "71",
        "2023/NĐ-CP", "2023-09-20", CP, "central", "cites"),
])

# --- h2-12: a news page with menus, a clock header of another year, related links, a form ----
case("h2-12", "2024-03-05", "Hà Giang",
     "'UBND tỉnh Hà Giang'; the 2025 clock line is the page's, not the article's",
"""Thứ Năm, 02/01/2025 07:45 (GMT+7)
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Media
Đăng nhập | Đăng ký
Thời sự

Hà Giang: Không để "trên nóng, dưới lạnh" trong thực thi công vụ

Thứ Ba, 05/03/2024 16:40

Ngày 4/3, Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn ký Công văn số 712/UBND-KGVX gửi các sở, ngành, UBND các huyện, thành phố về tăng cường kỷ luật, kỷ cương hành chính ngay từ đầu năm 2024.

Theo Công văn 712, sau kỳ nghỉ Tết Nguyên đán Giáp Thìn, tại một số cơ quan vẫn còn tình trạng cán bộ đi làm muộn, tổ chức liên hoan trong giờ hành chính, chậm xử lý văn bản đến. Thực hiện Chỉ thị số 03-CT/TU ngày 20/2/2024 của Ban Thường vụ Tỉnh ủy về tăng cường kỷ luật, kỷ cương trong cơ quan, đơn vị, UBND tỉnh yêu cầu người đứng đầu các cơ quan trực tiếp kiểm tra, nhắc nhở cấp dưới; tuyệt đối không sử dụng xe công đi lễ hội, không đi lễ hội trong giờ hành chính.

Các huyện vùng cao như Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ được yêu cầu bố trí cán bộ trực tại bộ phận một cửa cả ngày thứ Bảy để phục vụ người dân đi chợ phiên. Sở Nội vụ thành lập đoàn kiểm tra đột xuất, kết quả được công khai trên Cổng thông tin điện tử tỉnh.

Tin liên quan
Hà Giang đẩy mạnh chuyển đổi số trong cải cách hành chính
Thủ tướng ký Chỉ thị 30/CT-TTg về chấn chỉnh kỷ luật công vụ
Phát động phong trào thi đua "Dân vận khéo" năm 2024

Ý kiến bạn đọc
Họ và tên *
Email *
Nội dung bình luận
Gửi bình luận

Bản quyền thuộc Báo Hà Giang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", [
    ref("Công văn số 712/UBND-KGVX", "Công văn", "712", "UBND-KGVX", "2024-03-04", UBT, "local",
        "self", "'Ngày 4/3': year from the article's date 05/03/2024, not the 2025 clock line"),
    ref("Công văn 712", "Công văn", "712", None, "2024-03-04", UBT, "local", "self"),
    ref("Chỉ thị số 03-CT/TU ngày 20/2/2024 của Ban Thường vụ Tỉnh ủy", "Chỉ thị", "03", "CT/TU",
        "2024-02-20", BTVTU, "local", "implements"),
])

# --- h2-13: spelling noise: uỷ/hoá, NBSP, CD-TTg, en dash, garbled Party symbol, Ð -----------
case("h2-13", "2023-11-08", "Kiên Giang", "'Chủ tịch UBND tỉnh Kiên Giang Lâm Minh Thành'",
"""Kiên Giang: Chỉ thị 09 của Chủ tịch UBND tỉnh về chấn chỉnh lề lối làm việc

08/11/2023 09:05

Ngày 6/11/2023, Chủ tịch UBND tỉnh Kiên Giang Lâm Minh Thành ký ban hành Chỉ thị số 09/CT""" + EN_DASH + """UBND về chấn chỉnh lề lối, tác phong làm việc và tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan nhà nước trên địa bàn tỉnh.

Chỉ thị được ban hành nhằm thực hiện Công điện số 968/CD-TTg ngày 16/10/2023 của Thủ tướng Chính phủ và quán triệt Kết luận số 21/KL-TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khoá XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; đồng thời cụ thể hoá Chỉ thị số 27-CT/TU ngày 14/9/2023 của""" + NBSP + "Ban Thường vụ" + NBSP + """Tỉnh uỷ về nâng cao trách nhiệm của người đứng đầu.

Theo Chỉ thị 09, Thủ trưởng các sở, ban, ngành và Chủ tịch""" + NBSP + "UBND" + NBSP + """các huyện, thành phố phải chấn chỉnh ngay tình trạng cán bộ, công chức không mặc đồng phục, không đeo thẻ, tự ý bỏ vị trí làm việc; thực hiện đúng chuẩn mực giao tiếp, ứng xử theo Quyết định số 1847/Q""" + ETH + """-TTg ngày 27/12/2018 của Thủ tướng Chính phủ. Uỷ ban nhân dân tỉnh sẽ xem xét trách nhiệm người đứng đầu nơi để xảy ra vi phạm nhiều lần.

Giám đốc Sở Nội vụ định kỳ hằng quý báo cáo Chủ tịch UBND tỉnh kết quả thực hiện Chỉ thị số 09/CT-UBND, đồng thời đề xuất biểu dương những đơn vị làm tốt tinh thần Công điện 968.
""", [
    ref("Chỉ thị 09 của Chủ tịch UBND tỉnh", "Chỉ thị", "09", None, "2023-11-06", UBT, "local",
        "self", "headline"),
    ref("Chỉ thị số 09/CT" + EN_DASH + "UBND", "Chỉ thị", "09", "CT-UBND", "2023-11-06", UBT,
        "local", "self", "en dash in the symbol"),
    ref("Công điện số 968/CD-TTg ngày 16/10/2023 của Thủ tướng Chính phủ", "Công điện", "968",
        "CĐ-TTg", "2023-10-16", TTG, "central", "implements", "ASCII 'CD' for CĐ"),
    ref("Kết luận số 21/KL-TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khoá XIII",
        "Kết luận", "21", "KL/TW", "2021-10-25", "Ban Chấp hành Trung ương", "central",
        "implements", "Party symbol garbled into state shape: '21/KL-TW' gives KL/TW"),
    ref("Chỉ thị số 27-CT/TU ngày 14/9/2023 của" + NBSP + "Ban Thường vụ" + NBSP + "Tỉnh uỷ",
        "Chỉ thị", "27", "CT/TU", "2023-09-14", BTVTU, "local", "implements",
        "NBSP inside the issuer phrase, old tone placement; 'cụ thể hoá'"),
    ref("Chỉ thị 09", "Chỉ thị", "09", None, "2023-11-06", UBT, "local", "self"),
    ref("Quyết định số 1847/Q" + ETH + "-TTg ngày 27/12/2018 của Thủ tướng Chính phủ",
        "Quyết định", "1847", "QĐ-TTg", "2018-12-27", TTG, "central", "cites",
        "U+00D0 look-alike for Đ"),
    ref("Chỉ thị số 09/CT-UBND", "Chỉ thị", "09", "CT-UBND", "2023-11-06", UBT, "local", "self"),
    ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, "central", "implements",
        "'làm tốt tinh thần': carrying it out"),
])

# --- h2-14: a department letter; issuer before the document; one issuer for two ------------
case("h2-14", "2023-11-14", "Sóc Trăng", "'Sở Nội vụ tỉnh Sóc Trăng'",
"""Sở Nội vụ Sóc Trăng chấn chỉnh tình trạng đi muộn, về sớm

Ngày 13/11/2023, Sở Nội vụ tỉnh Sóc Trăng có Công văn số 1468/SNV-TTr gửi các phòng, đơn vị trực thuộc về việc chấn chỉnh tình trạng đi muộn, về sớm, làm việc riêng trong giờ hành chính.

Công văn được ban hành để thực hiện chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 3345/UBND-NC ngày 8/11/2023 về triển khai Công điện 968/CĐ-TTg (ngày 16/10/2023) của Thủ tướng.

Theo đó, Giám đốc Sở yêu cầu trưởng các phòng, thủ trưởng các đơn vị chấp hành nghiêm các quy định tại Quyết định số 12/QĐ-SNV ngày 4/1/2023 và Quyết định số 215/QĐ-SNV ngày 20/2/2023 của Giám đốc Sở Nội vụ ban hành Quy chế làm việc và Quy chế văn hóa công sở của Sở; công chức, người lao động ra ngoài cơ quan trong giờ làm việc phải báo cáo lãnh đạo phòng và ghi sổ theo dõi.

Thanh tra Sở được giao kiểm tra đột xuất ít nhất mỗi tháng một lần; kết quả kiểm tra là căn cứ để đánh giá, xếp loại công chức cuối năm. Sở cũng đề nghị các phòng báo cáo kết quả thực hiện Công văn 3345 của UBND tỉnh trước ngày 5/12/2023 để Sở tổng hợp, tham mưu UBND tỉnh báo cáo Thủ tướng Chính phủ về kết quả triển khai Công điện 968.
""", [
    ref("Công văn số 1468/SNV-TTr", "Công văn", "1468", "SNV-TTr", "2023-11-13", "Sở Nội vụ",
        "local", "self"),
    ref("Công văn số 3345/UBND-NC ngày 8/11/2023", "Công văn", "3345", "UBND-NC", "2023-11-08",
        UBT, "local", "implements",
        "issuer before the document: 'chỉ đạo của Chủ tịch UBND tỉnh tại'"),
    ref("Công điện 968/CĐ-TTg (ngày 16/10/2023) của Thủ tướng", "Công điện", "968",
        "CĐ-TTg", "2023-10-16", TTG, "central", "implements",
        "date in brackets; nested in the title of 3345, which the letter carries out"),
    ref("Quyết định số 12/QĐ-SNV ngày 4/1/2023", "Quyết định", "12", "QĐ-SNV", "2023-01-04",
        "Sở Nội vụ", "local", "cites", "one issuer phrase 'của Giám đốc Sở Nội vụ' for both"),
    ref("Quyết định số 215/QĐ-SNV ngày 20/2/2023 của Giám đốc Sở Nội vụ", "Quyết định", "215",
        "QĐ-SNV", "2023-02-20", "Sở Nội vụ", "local", "cites"),
    ref("Công văn 3345 của UBND tỉnh", "Công văn", "3345", None, "2023-11-08", UBT, "local",
        "implements"),
    ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, "central", "implements"),
])

# --- h2-15: a centrally-run city's Party Standing Board; dates written 'ngày 05/3/2024' -------
case("h2-15", "2024-03-07", "Hà Nội", "'Ban Thường vụ Thành ủy Hà Nội'",
"""Hà Nội: Ban Thường vụ Thành ủy ban hành Chỉ thị 31-CT/TU về kỷ cương công vụ

Ngày 05/3/2024, thay mặt Ban Thường vụ Thành ủy Hà Nội, đồng chí Phó Bí thư Thường trực Thành ủy đã ký ban hành Chỉ thị số 31-CT/TU về tăng cường sự lãnh đạo của các cấp ủy đảng đối với việc chấn chỉnh kỷ luật, kỷ cương, nâng cao đạo đức công vụ trên địa bàn Thủ đô.

Chỉ thị nhằm quán triệt Chỉ thị 26-CT/TW ngày 23/11/2023 của Ban Bí thư và cụ thể hóa Nghị quyết số 15-NQ/TW ngày 05/5/2022 của Bộ Chính trị về phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội đến năm 2030, tầm nhìn đến năm 2045.

Ban Thường vụ Thành ủy đánh giá, Chương trình số 03-CTr/TU ngày 17/3/2021 của Thành ủy về đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân giai đoạn 2021-2025, cùng với Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy về phát triển công nghiệp văn hóa, đã góp phần thay đổi rõ phong cách phục vụ của bộ máy. Song, tại một số quận, huyện, xã, phường vẫn còn cán bộ gây phiền hà, sách nhiễu người dân.

Theo Chỉ thị số 31-CT/TU, cấp ủy các cấp phải đưa nội dung chấp hành kỷ luật, kỷ cương vào sinh hoạt chi bộ định kỳ; UBND thành phố cụ thể hóa Chỉ thị bằng các kế hoạch hằng năm. Ban Tổ chức Thành ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Thành ủy kết quả thực hiện Chỉ thị 31.
""", [
    ref("Chỉ thị 31-CT/TU", "Chỉ thị", "31", "CT/TU", "2024-03-05", "Ban Thường vụ Thành ủy",
        "local", "self", "headline"),
    ref("Chỉ thị số 31-CT/TU", "Chỉ thị", "31", "CT/TU", "2024-03-05", "Ban Thường vụ Thành ủy",
        "local", "self"),
    ref("Chỉ thị 26-CT/TW ngày 23/11/2023 của Ban Bí thư", "Chỉ thị", "26", "CT/TW",
        "2023-11-23", "Ban Bí thư", "central", "implements"),
    ref("Nghị quyết số 15-NQ/TW ngày 05/5/2022 của Bộ Chính trị", "Nghị quyết", "15", "NQ/TW",
        "2022-05-05", "Bộ Chính trị", "central", "implements"),
    ref("Chương trình số 03-CTr/TU ngày 17/3/2021 của Thành ủy", "Chương trình", "03", "CTr/TU",
        "2021-03-17", "Thành ủy", "local", "cites"),
    ref("Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy", "Nghị quyết", "09", "NQ/TU",
        "2022-02-22", "Thành ủy", "local", "cites"),
    ref("Chỉ thị số 31-CT/TU", "Chỉ thị", "31", "CT/TU", "2024-03-05", "Ban Thường vụ Thành ủy",
        "local", "self"),
    ref("Chỉ thị 31", "Chỉ thị", "31", None, "2024-03-05", "Ban Thường vụ Thành ủy", "local",
        "self"),
])

# --- h2-16: the text's own document has no number anywhere -----------------------------------
case("h2-16", "2024-05-22", "Cà Mau", "'UBND tỉnh Cà Mau'",
"""Cà Mau triển khai Kết luận 88 của Ban Thường vụ Tỉnh ủy về nâng cao Chỉ số PAPI

22/05/2024 | 14:05

UBND tỉnh Cà Mau vừa ban hành Kế hoạch triển khai Kết luận số 88-KL/TU ngày 8/5/2024 của Ban Thường vụ Tỉnh ủy về nâng cao Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) giai đoạn 2024-2025.

Năm 2023, Chỉ số PAPI của Cà Mau giảm điểm ở các nội dung công khai, minh bạch và kiểm soát tham nhũng trong khu vực công. Để cải thiện, UBND tỉnh giao từng sở, ngành phụ trách một chỉ số thành phần, đặt mục tiêu cụ thể cho năm 2024 và năm 2025; người đứng đầu chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu chỉ số thành phần do đơn vị mình phụ trách giảm điểm.

Cùng với việc thực hiện Kết luận 88, UBND tỉnh yêu cầu các cơ quan, địa phương tiếp tục thực hiện hiệu quả Chỉ thị số 08/CT-UBND ngày 12/6/2023 của Chủ tịch UBND tỉnh về tăng cường kỷ luật, kỷ cương hành chính; đẩy mạnh đối thoại với người dân tại các xã, phường, thị trấn, công khai kết quả tiếp thu, giải quyết kiến nghị.

Sở Nội vụ là cơ quan thường trực, tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.
""", [
    ref("Kết luận 88 của Ban Thường vụ Tỉnh ủy", "Kết luận", "88", None, "2024-05-08", BTVTU,
        "local", "implements", "headline"),
    ref("Kế hoạch", "Kế hoạch", None, None, None, UBT, "local", "self",
        "the text's own plan has no number and no date anywhere: type word as surface"),
    ref("Kết luận số 88-KL/TU ngày 8/5/2024 của Ban Thường vụ Tỉnh ủy", "Kết luận", "88",
        "KL/TU", "2024-05-08", BTVTU, "local", "implements"),
    ref("Kết luận 88", "Kết luận", "88", None, "2024-05-08", BTVTU, "local", "implements"),
    ref("Chỉ thị số 08/CT-UBND ngày 12/6/2023 của Chủ tịch UBND tỉnh", "Chỉ thị", "08",
        "CT-UBND", "2023-06-12", UBT, "local", "implements", "'tiếp tục thực hiện hiệu quả'"),
])


def build() -> list[dict]:
    """Return the cases with start/end filled in, in the gold format."""
    out = []
    for c in CASES:
        text = c["text"]
        assert 500 <= len(text) <= 3500, (c["id"], len(text))
        pos = 0
        refs = []
        for r in c["references"]:
            start = text.find(r["surface"], pos)
            if start < 0:
                raise ValueError(f"{c['id']}: surface not found after {pos}: {r['surface']!r}")
            end = start + len(r["surface"])
            refs.append({"surface": r["surface"], "start": start, "end": end,
                         **{k: v for k, v in r.items() if k != "surface"}})
            pos = end
        out.append({"id": c["id"], "source": f"heldout2/{c['id']}", "url": None,
                    "published": c["published"], "province": c["province"],
                    "province_evidence": c["province_evidence"], "text": text,
                    "references": refs})
    return out


def render() -> str:
    """The JSONL text exactly as written to heldout2.jsonl."""
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in build())


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT} ({len(CASES)} cases)")
