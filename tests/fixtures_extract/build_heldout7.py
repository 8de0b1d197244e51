"""Builds heldout7.jsonl: the seventh held-out gold set, on the Party side of governance.

Fourteen texts written for this set (not taken from any source): Party newspaper and Party committee
website reports, a Tỉnh ủy action programme carrying out a Central Committee resolution, a Huyện ủy
plan carrying out the Tỉnh ủy's programme, a Thành ủy directive of Hà Nội, a Ban Tuyên giáo guidance,
an inspection committee's notice, the resolution of a Party bloc committee, a Quy định of the Bộ
Chính trị, a Ban Bí thư Thông báo kết luận, a provincial Party conference resolution, mass
organisations carrying out Party documents, a commune Party committee after July 2025, and a speech
report quoting a provincial Party secretary who names directives loosely.

Numbers of local documents are invented; central Party documents are real where their numbers are
well known (18-NQ/TW of 2017, 35-CT/TW of 2019, 21-KL/TW of 2021, 57-NQ/TW of 2024, …).

The annotations were written by hand before the extractor was read or run. Offsets are not typed
in: each reference's surface is searched from the end of the previous reference (or from the end of
an optional `after` anchor that follows it), so a surface must be the next occurrence of its text.

Run: python tests/fixtures_extract/build_heldout7.py   (writes heldout7.jsonl beside this file)

A "Chương trình hành động" (CTr) is annotated with doc_type "Chương trình", the type its symbol
names, as a "Thông báo kết luận" is a "Thông báo" (relabelled after first contact; the figures
in tests/test_heldout7.py were measured with the first labels).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("heldout7.jsonl")
NB = "\u00a0"  # non-breaking space, as pasted from web pages
FIELDS = ("doc_type", "number", "symbol", "date", "issuer", "scope", "role")


def ref(surface, doc_type, number, symbol, date, issuer, scope, role, note=None, after=None):
    """One hand annotation; `after` is text that precedes the surface, to skip earlier look-alikes."""
    return {"surface": surface, "doc_type": doc_type, "number": number, "symbol": symbol,
            "date": date, "issuer": issuer, "scope": scope, "role": role, "note": note,
            "after": after}


CASES = []


def case(cid, published, province, evidence, text, refs):
    CASES.append({"id": cid, "published": published, "province": province,
                  "province_evidence": evidence, "text": text, "refs": refs})


# 1. Party newspaper: a Standing Board conclusion carrying out a Politburo conclusion.
case("h7-01", "2024-03-22", "Thanh Hóa", "'Ban Thường vụ Tỉnh ủy Thanh Hóa' in the headline; Báo Thanh Hóa",
"""Ban Thường vụ Tỉnh ủy Thanh Hóa ra kết luận về bảo vệ cán bộ dám nghĩ, dám làm

(Báo Thanh Hóa) - Ngày 20/3, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Phó Bí thư Thường trực Tỉnh ủy đã ký ban hành Kết luận số 312-KL/TU về tiếp tục thực hiện Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung trên địa bàn tỉnh.

Kết luận đánh giá, sau hơn hai năm triển khai Kế hoạch số 165-KH/TU ngày 15 tháng 12 năm 2021 của Ban Thường vụ Tỉnh ủy, nhận thức của cấp ủy, tổ chức đảng và người đứng đầu các cơ quan, đơn vị về vai trò của đội ngũ cán bộ dám nghĩ, dám làm đã chuyển biến rõ. Nhiều địa phương chủ động đề xuất cách làm mới trong giải phóng mặt bằng, thu hút đầu tư và cải cách thủ tục hành chính.

Tuy nhiên, một bộ phận cán bộ, công chức còn tâm lý sợ sai, làm việc cầm chừng, đùn đẩy trách nhiệm lên cấp trên; việc cụ thể hóa cơ chế bảo vệ cán bộ ở một số nơi còn chậm, chưa gắn chặt với Quy định số 114-QĐ/TW ngày 11/7/2023 của Bộ Chính trị về kiểm soát quyền lực và phòng, chống tham nhũng, tiêu cực trong công tác cán bộ.

Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt sâu sắc Kết luận 14 và Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá, dám chịu trách nhiệm vì lợi ích chung. Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy rà soát, sửa đổi Quy chế số 09-QC/TU ngày 25/6/2022 và Quy định số 1250-QĐ/TU ngày 8/8/2023 của Ban Thường vụ Tỉnh ủy cho phù hợp với tình hình mới. Ban cán sự đảng UBND tỉnh lãnh đạo xây dựng quyết định thay thế Quyết định số 28/2022/QĐ-UBND ngày 10/6/2022 của UBND tỉnh về tiêu chí đánh giá, xếp loại cán bộ, trình trong quý II/2024.

Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện, định kỳ hằng năm báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy) trước ngày 30/11.

Tin liên quan:
- Tỉnh ủy Thanh Hóa ban hành Chỉ thị 21-CT/TU về siết chặt kỷ luật, kỷ cương hành chính
- Hội nghị cán bộ toàn tỉnh quán triệt các nghị quyết của Trung ương
""", [
    ref("Kết luận số 312-KL/TU", "Kết luận", "312", "KL/TU", "2024-03-20", "Ban Thường vụ Tỉnh ủy", "local", "self",
        "'Ngày 20/3': year from the article's date"),
    ref("Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị", "Kết luận", "14", "KL/TW", "2021-09-22", "Bộ Chính trị", "central", "implements"),
    ref("Kế hoạch số 165-KH/TU ngày 15 tháng 12 năm 2021 của Ban Thường vụ Tỉnh ủy", "Kế hoạch", "165", "KH/TU", "2021-12-15", "Ban Thường vụ Tỉnh ủy", "local", "cites",
        "the earlier plan whose results are reviewed: not what the new conclusion carries out"),
    ref("Quy định số 114-QĐ/TW ngày 11/7/2023 của Bộ Chính trị", "Quy định", "114", "QĐ/TW", "2023-07-11", "Bộ Chính trị", "central", "cites"),
    ref("Kết luận 14", "Kết luận", "14", None, "2021-09-22", "Bộ Chính trị", "central", "implements", "loose repeat after 'quán triệt'"),
    ref("Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ", "Nghị định", "73", "2023/NĐ-CP", "2023-09-29", "Chính phủ", "central", "implements"),
    ref("Quy chế số 09-QC/TU ngày 25/6/2022", "Quy chế", "09", "QC/TU", "2022-06-25", "Ban Thường vụ Tỉnh ủy", "local", "cites",
        "one issuer phrase for two documents"),
    ref("Quy định số 1250-QĐ/TU ngày 8/8/2023 của Ban Thường vụ Tỉnh ủy", "Quy định", "1250", "QĐ/TU", "2023-08-08", "Ban Thường vụ Tỉnh ủy", "local", "cites",
        "type word Quy định with a QĐ symbol"),
    ref("Quyết định số 28/2022/QĐ-UBND ngày 10/6/2022 của UBND tỉnh", "Quyết định", "28", "2022/QĐ-UBND", "2022-06-10", "UBND tỉnh", "local", "cites"),
    ref("Chỉ thị 21-CT/TU", "Chỉ thị", "21", "CT/TU", None, "Tỉnh ủy", "local", "cites", "a 'Tin liên quan' link: a citation, no date given"),
])

# 2. Official text: a Tỉnh ủy action programme carrying out Resolution 57-NQ/TW.
case("h7-02", "2025-03-12", "Quảng Ninh", "header 'TỈNH ỦY QUẢNG NINH' and 'Quảng Ninh, ngày 12 tháng 3 năm 2025'",
"""ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY QUẢNG NINH
*
Số 41-CTr/TU
Quảng Ninh, ngày 12 tháng 3 năm 2025

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia
-----

Căn cứ Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ và Kế hoạch số 01-KH/BCĐTW ngày 08/01/2025 của Ban Chỉ đạo Trung ương; trên cơ sở kết quả thực hiện Nghị quyết số 09-NQ/TU ngày 05/02/2022 của Tỉnh ủy về chuyển đổi số toàn diện tỉnh Quảng Ninh, Tỉnh ủy ban hành Chương trình hành động với các nội dung sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt đầy đủ, sâu sắc quan điểm, mục tiêu của Nghị quyết 57 tới toàn thể cán bộ, đảng viên và Nhân dân; xác định khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá quan trọng hàng đầu, là động lực chính để tỉnh phát triển nhanh và bền vững.
2. Cụ thể hóa nhiệm vụ, giải pháp thành đầu việc rõ người, rõ việc, rõ thời gian, rõ trách nhiệm; phân công cơ quan chủ trì và cơ quan phối hợp.

II. MỤC TIÊU ĐẾN NĂM 2030
Quảng Ninh thuộc nhóm 5 địa phương dẫn đầu cả nước về chỉ số chuyển đổi số cấp tỉnh; kinh tế số chiếm tối thiểu 30% GRDP; trên 80% người dân sử dụng dịch vụ công trực tuyến; 100% cơ quan đảng, chính quyền xử lý văn bản điện tử có ký số.

III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
1. Đổi mới tư duy, nâng cao nhận thức: người đứng đầu cấp ủy trực tiếp chỉ đạo, coi kết quả chuyển đổi số là tiêu chí đánh giá cán bộ hằng năm.
2. Hoàn thiện thể chế: rà soát văn bản quy phạm pháp luật của tỉnh, bảo đảm đồng bộ với Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023 và Luật Dữ liệu số 60/2024/QH15 ngày 30/11/2024; đề xuất cơ chế thử nghiệm có kiểm soát đối với mô hình kinh doanh mới.
3. Phát triển hạ tầng số, dữ liệu số; bảo đảm an ninh mạng cho hệ thống thông tin của các cơ quan đảng.

IV. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tuyên truyền, phổ biến Chương trình.
2. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện, hoàn thành trong tháng 4/2025.
3. Chương trình hành động này thay thế Chương trình hành động số 20-CTr/TU ngày 5/4/2021 của Tỉnh ủy về chuyển đổi số giai đoạn 2021-2025.

Nơi nhận:
- Bộ Chính trị, Ban Bí thư (để b/c),
- Văn phòng Trung ương Đảng,
- Lưu Văn phòng Tỉnh ủy.
T/M TỈNH ỦY
BÍ THƯ
""", [
    ref("Số 41-CTr/TU", "Chương trình", "41", "CTr/TU", "2025-03-12", "Tỉnh ủy", "local", "self",
        "the 'Số:' header; date from the place-date line; the upper-case title is not annotated because the document has a number"),
    ref("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "central", "implements"),
    ref("Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ", "Nghị quyết", "03", "NQ-CP", "2025-01-09", "Chính phủ", "central", "cites"),
    ref("Kế hoạch số 01-KH/BCĐTW ngày 08/01/2025 của Ban Chỉ đạo Trung ương", "Kế hoạch", "01", "KH/BCĐTW", "2025-01-08", "Ban Chỉ đạo Trung ương", "central", "cites"),
    ref("Nghị quyết số 09-NQ/TU ngày 05/02/2022 của Tỉnh ủy", "Nghị quyết", "09", "NQ/TU", "2022-02-05", "Tỉnh ủy", "local", "cites",
        "'trên cơ sở kết quả thực hiện': a basis, although the word 'thực hiện' precedes it"),
    ref("Nghị quyết 57", "Nghị quyết", "57", None, "2024-12-22", "Bộ Chính trị", "central", "implements"),
    ref("Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023", "Luật", None, None, "2023-06-22", "Quốc hội", "central", "cites"),
    ref("Luật Dữ liệu số 60/2024/QH15 ngày 30/11/2024", "Luật", "60", "2024/QH15", "2024-11-30", "Quốc hội", "central", "cites"),
    ref("Chương trình hành động số 20-CTr/TU ngày 5/4/2021 của Tỉnh ủy", "Chương trình", "20", "CTr/TU", "2021-04-05", "Tỉnh ủy", "local", "cites",
        "replaced by the new programme"),
])

# 3. District Party committee website: a Huyện ủy plan carrying out the Tỉnh ủy's programme.
case("h7-03", "2022-12-12", "Nghệ An", "'Tỉnh uỷ Nghệ An'; huyện Yên Thành is a district of Nghệ An",
"""Yên Thành ra kế hoạch phát triển nông nghiệp, nông dân, nông thôn đến năm 2030

Ngày 9/12/2022, Ban Thường vụ Huyện ủy Yên Thành ban hành Kế hoạch số 148-KH/HU thực hiện Chương trình hành động số 29-CTr/TU ngày 18/10/2022 của Tỉnh uỷ Nghệ An thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khoá XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045.

Yên Thành là huyện thuần nông, hơn 70% dân số sống ở khu vực nông thôn. Những năm qua, huyện đã thực hiện có kết quả các Nghị quyết của Ban Chấp hành Đảng bộ huyện: số 03-NQ/HU ngày 12/01/2021 về phát triển nông nghiệp hàng hoá tập trung, số 07-NQ/HU ngày 20/4/2021 về xây dựng nông thôn mới nâng cao, kiểu mẫu; giá trị sản xuất nông nghiệp bình quân tăng 4,2%/năm, nhiều mô hình liên kết theo chuỗi được nhân rộng.

Kế hoạch đặt mục tiêu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới, trong đó 8 xã đạt chuẩn nâng cao và 3 xã đạt chuẩn kiểu mẫu; đến năm 2030, thu nhập bình quân đầu người khu vực nông thôn tăng ít nhất 2,5 lần so với năm 2020, tỷ lệ lao động nông nghiệp qua đào tạo đạt trên 55%.

Để đạt mục tiêu, huyện tập trung sáu nhóm nhiệm vụ: tổ chức lại sản xuất theo chuỗi giá trị, phát triển hợp tác xã kiểu mới; lồng ghép với Đề án số 05-ĐA/HU ngày 10/3/2021 của Huyện ủy về phát triển vùng nguyên liệu cam, chè và dược liệu; huy động nguồn lực từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025 được phê duyệt tại Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ; đào tạo nghề cho lao động nông thôn; giữ gìn bản sắc văn hóa làng quê.

Ban Thường vụ Huyện ủy giao UBND huyện xây dựng kế hoạch cụ thể hóa Kế hoạch 148, hoàn thành trong tháng 01/2023; Ủy ban MTTQ và các đoàn thể huyện đẩy mạnh cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Các chi bộ, đảng bộ cơ sở căn cứ tình hình thực tế xây dựng chương trình thực hiện, báo cáo kết quả về Ban Thường vụ Huyện ủy (qua Văn phòng Huyện ủy) trước ngày 15/12 hằng năm.
""", [
    ref("Kế hoạch số 148-KH/HU", "Kế hoạch", "148", "KH/HU", "2022-12-09", "Ban Thường vụ Huyện ủy", "local", "self"),
    ref("Chương trình hành động số 29-CTr/TU ngày 18/10/2022 của Tỉnh uỷ Nghệ An", "Chương trình", "29", "CTr/TU", "2022-10-18", "Tỉnh ủy", "local", "implements"),
    ref("Nghị quyết số 19-NQ/TW ngày 16/6/2022", "Nghị quyết", "19", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương", "central", "implements",
        "nested in the title of the programme the plan carries out: the plan carries it out one step down"),
    ref("số 03-NQ/HU ngày 12/01/2021", "Nghị quyết", "03", "NQ/HU", "2021-01-12", "Huyện ủy", "local", "cites",
        "list head 'các Nghị quyết của Ban Chấp hành Đảng bộ huyện'; past implementation, not carried out by the plan"),
    ref("số 07-NQ/HU ngày 20/4/2021", "Nghị quyết", "07", "NQ/HU", "2021-04-20", "Huyện ủy", "local", "cites"),
    ref("Đề án số 05-ĐA/HU ngày 10/3/2021 của Huyện ủy", "Đề án", "05", "ĐA/HU", "2021-03-10", "Huyện ủy", "local", "cites"),
    ref("Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ", "Quyết định", "263", "QĐ-TTg", "2022-02-22", "Thủ tướng Chính phủ", "central", "cites"),
    ref("Kế hoạch 148", "Kế hoạch", "148", None, "2022-12-09", "Ban Thường vụ Huyện ủy", "local", "self", "loose repeat of the own plan"),
])

# 4. A Thành ủy directive of Hà Nội on the Party congresses (NBSP inside the issuer phrase).
case("h7-04", "2025-05-07", "Hà Nội", "'Ban Thường vụ Thành ủy Hà Nội'",
f"""Thành ủy Hà Nội ra chỉ thị về đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030

Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, ngày 6/5/2025, Ban Thường vụ Thành ủy Hà Nội đã ban hành Chỉ thị số 47-CT/TU về lãnh đạo đại hội đảng bộ các cấp tiến tới Đại hội đại biểu lần thứ XVIII Đảng bộ thành phố.

Chỉ thị nêu rõ, đại hội lần này diễn ra khi cả hệ thống chính trị đang sắp xếp, tinh gọn tổ chức bộ máy theo Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư và chuẩn bị vận hành chính quyền địa phương hai cấp, vì vậy phải được chuẩn bị chu đáo, dân chủ, đúng nguyên tắc.

Công tác nhân sự phải bảo đảm đúng Quy định số 232-QĐ/TW ngày 20/01/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng và Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị về hướng dẫn xây dựng phương án nhân sự; kiên quyết không để lọt vào cấp ủy những người có biểu hiện cơ hội chính trị, tham vọng quyền lực, cục bộ, lợi ích nhóm.

Về thời gian, đại hội chi bộ trực thuộc đảng ủy cơ sở hoàn thành trước ngày 31/5/2025; đại hội đảng bộ cấp cơ sở hoàn thành trước ngày 30/6/2025; Đại hội đại biểu Đảng bộ thành phố tổ chức trong tháng 10/2025, theo hướng dẫn của Ban Tổ chức Trung ương tại Hướng dẫn số 36-HD/BTCTW ngày 30/4/2025.

Chỉ thị 47 cũng yêu cầu đẩy mạnh tuyên truyền về đại hội, chủ động đấu tranh phản bác các quan điểm sai trái, thù địch theo tinh thần Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng; giải quyết dứt điểm đơn thư khiếu nại, tố cáo liên quan đến nhân sự trước đại hội.

Chỉ thị này thay thế Chỉ thị số 28-CT/TU ngày 20/6/2019 của{NB}Ban Thường vụ{NB}Thành ủy về lãnh đạo đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025.
""", [
    ref("Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị", "Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "central", "implements"),
    ref("Chỉ thị số 47-CT/TU", "Chỉ thị", "47", "CT/TU", "2025-05-06", "Ban Thường vụ Thành ủy", "local", "self",
        "issuer before the document: 'ngày 6/5/2025, Ban Thường vụ Thành ủy Hà Nội đã ban hành'"),
    ref("Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư", "Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị; Ban Bí thư", "central", "cites",
        "joint issuers"),
    ref("Quy định số 232-QĐ/TW ngày 20/01/2025 của Ban Chấp hành Trung ương", "Quy định", "232", "QĐ/TW", "2025-01-20", "Ban Chấp hành Trung ương", "central", "cites"),
    ref("Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị", "Kết luận", "150", "KL/TW", "2025-04-14", "Bộ Chính trị", "central", "cites"),
    ref("Hướng dẫn số 36-HD/BTCTW ngày 30/4/2025", "Hướng dẫn", "36", "HD/BTCTW", "2025-04-30", "Ban Tổ chức Trung ương", "central", "cites",
        "issuer before the document: 'theo hướng dẫn của Ban Tổ chức Trung ương tại'"),
    ref("Chỉ thị 47", "Chỉ thị", "47", None, "2025-05-06", "Ban Thường vụ Thành ủy", "local", "self", "loose repeat of the own directive"),
    ref("Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị", "Nghị quyết", "35", "NQ/TW", "2018-10-22", "Bộ Chính trị", "central", "cites"),
    ref(f"Chỉ thị số 28-CT/TU ngày 20/6/2019 của{NB}Ban Thường vụ{NB}Thành ủy", "Chỉ thị", "28", "CT/TU", "2019-06-20", "Ban Thường vụ Thành ủy", "local", "cites"),
])

# 5. A Ban Tuyên giáo Tỉnh ủy guidance ("05 - CT/TW" with spaces around the dash).
case("h7-05", "2024-04-04", "Bắc Giang", "'Ban Tuyên giáo Tỉnh uỷ Bắc Giang'",
"""Bắc Giang: tuyên truyền kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh

Ban Tuyên giáo Tỉnh uỷ Bắc Giang vừa ban hành Hướng dẫn số 112-HD/BTGTU ngày 2/4/2024 về tuyên truyền kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024).

Thực hiện Hướng dẫn số 145-HD/BTGTW ngày 15 tháng 3 năm 2024 của Ban Tuyên giáo Trung ương và Kế hoạch số 220-KH/TU ngày 25/3/2024 của Ban Thường vụ Tỉnh ủy, đợt tuyên truyền nhằm giáo dục sâu sắc truyền thống cách mạng, khơi dậy lòng yêu nước, ý chí tự lực, tự cường trong cán bộ, đảng viên và các tầng lớp Nhân dân.

Đợt tuyên truyền gắn với tiếp tục triển khai Chỉ thị số 05 - CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05; biểu dương các tập thể, cá nhân tiêu biểu trong học tập và làm theo Bác ở cơ sở. Các cơ quan báo chí chủ động đấu tranh, phản bác các luận điệu xuyên tạc về Chủ tịch Hồ Chí Minh theo Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị.

Về hình thức, Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh mở chuyên trang, chuyên mục; Trung tâm Văn hóa - Điện ảnh tỉnh tổ chức triển lãm ảnh "Bác Hồ với Nhân dân các dân tộc"; các huyện, thành phố treo băng rôn, khẩu hiệu theo danh mục kèm theo Hướng dẫn 112, bảo đảm trang trọng, tiết kiệm, hoàn thành trước ngày 15/5.

Ban Tuyên giáo các huyện ủy, thành ủy, đảng ủy trực thuộc báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 25/5/2024 để tổng hợp.
""", [
    ref("Hướng dẫn số 112-HD/BTGTU ngày 2/4/2024", "Hướng dẫn", "112", "HD/BTGTU", "2024-04-02", "Ban Tuyên giáo Tỉnh ủy", "local", "self"),
    ref("Hướng dẫn số 145-HD/BTGTW ngày 15 tháng 3 năm 2024 của Ban Tuyên giáo Trung ương", "Hướng dẫn", "145", "HD/BTGTW", "2024-03-15", "Ban Tuyên giáo Trung ương", "central", "implements"),
    ref("Kế hoạch số 220-KH/TU ngày 25/3/2024 của Ban Thường vụ Tỉnh ủy", "Kế hoạch", "220", "KH/TU", "2024-03-25", "Ban Thường vụ Tỉnh ủy", "local", "implements"),
    ref("Chỉ thị số 05 - CT/TW ngày 15/5/2016 của Bộ Chính trị", "Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "central", "implements",
        "'05 - CT/TW' with spaces around the dash"),
    ref("Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị", "Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "central", "implements"),
    ref("Chỉ thị 05", "Chỉ thị", "05", None, "2016-05-15", "Bộ Chính trị", "central", "implements",
        "nested in the conclusion's title; a loose repeat of a document the guidance carries out"),
    ref("Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị", "Nghị quyết", "35", "NQ/TW", "2018-10-22", "Bộ Chính trị", "central", "cites"),
    ref("Hướng dẫn 112", "Hướng dẫn", "112", None, "2024-04-02", "Ban Tuyên giáo Tỉnh ủy", "local", "self"),
])

# 6. An inspection committee's notice on its session.
case("h7-06", "2024-08-28", "Đắk Lắk", "'Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk'; xã Ea Phê, huyện Krông Pắc",
"""Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk thông báo kết quả kỳ họp thứ 27

Ngày 27/8, Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk ra Thông báo số 214-TB/UBKTTU về kết quả kỳ họp thứ 27, nhiệm kỳ 2020 - 2025.

Tại kỳ họp, căn cứ Quy định số 22-QĐ/TW ngày 28 tháng 7 năm 2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng, Ủy ban Kiểm tra Tỉnh ủy đã xem xét kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy xã Ea Phê (huyện Krông Pắc) và một số cá nhân.

Ủy ban Kiểm tra Tỉnh ủy kết luận: Ban Thường vụ Đảng ủy xã Ea Phê đã vi phạm nguyên tắc tập trung dân chủ và quy chế làm việc; buông lỏng lãnh đạo, để UBND xã xác nhận hồ sơ cấp giấy chứng nhận quyền sử dụng đất trái với Quyết định số 1325/QĐ-UBND ngày 12/6/2023 của UBND huyện Krông Pắc về phê duyệt phương án sử dụng đất. Đồng chí N.V.H, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, chịu trách nhiệm chính.

Những vi phạm nêu trên đến mức phải xử lý kỷ luật theo Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị và Hướng dẫn số 05-HD/UBKTTW ngày 22/11/2022 của Ủy ban Kiểm tra Trung ương. Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức khiển trách Ban Thường vụ Đảng ủy xã Ea Phê nhiệm kỳ 2020 - 2025 và cảnh cáo đồng chí N.V.H.

Cũng tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật cảnh cáo đồng chí T.T.L, đảng viên Chi bộ Phòng Tài nguyên và Môi trường huyện Cư M'gar, do vi phạm Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm và Điều 8 Quy định 69.

Đồng thời, Ủy ban Kiểm tra Tỉnh ủy giám sát chuyên đề đối với Ban Thường vụ Huyện ủy Lắk trong việc thực hiện Chỉ thị số 27-CT/TU ngày 15/3/2022 của Ban Thường vụ Tỉnh ủy về tăng cường công tác quản lý đất đai; yêu cầu khắc phục hạn chế và báo cáo kết quả trước ngày 30/10.
""", [
    ref("Thông báo số 214-TB/UBKTTU", "Thông báo", "214", "TB/UBKTTU", "2024-08-27", "Ủy ban Kiểm tra Tỉnh ủy", "local", "self",
        "'Ngày 27/8': year from the article's date"),
    ref("Quy định số 22-QĐ/TW ngày 28 tháng 7 năm 2021 của Ban Chấp hành Trung ương", "Quy định", "22", "QĐ/TW", "2021-07-28", "Ban Chấp hành Trung ương", "central", "cites"),
    ref("Quyết định số 1325/QĐ-UBND ngày 12/6/2023 của UBND huyện Krông Pắc", "Quyết định", "1325", "QĐ-UBND", "2023-06-12", "UBND huyện", "local", "cites"),
    ref("Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị", "Quy định", "69", "QĐ/TW", "2022-07-06", "Bộ Chính trị", "central", "cites"),
    ref("Hướng dẫn số 05-HD/UBKTTW ngày 22/11/2022 của Ủy ban Kiểm tra Trung ương", "Hướng dẫn", "05", "HD/UBKTTW", "2022-11-22", "Ủy ban Kiểm tra Trung ương", "central", "cites"),
    ref("Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương", "Quy định", "37", "QĐ/TW", "2021-10-25", "Ban Chấp hành Trung ương", "central", "cites"),
    ref("Quy định 69", "Quy định", "69", None, "2022-07-06", "Bộ Chính trị", "central", "cites", "'Điều 8 Quy định 69': loose repeat"),
    ref("Chỉ thị số 27-CT/TU ngày 15/3/2022 của Ban Thường vụ Tỉnh ủy", "Chỉ thị", "27", "CT/TU", "2022-03-15", "Ban Thường vụ Tỉnh ủy", "local", "cites",
        "supervision of how a district carries it out: the notice itself does not carry it out"),
])

# 7. The Party committee of the bloc of provincial agencies.
case("h7-07", "2024-06-17", "Bình Định", "'Đảng bộ Khối các cơ quan tỉnh Bình Định'",
"""Đảng ủy Khối các cơ quan tỉnh ra nghị quyết nâng cao chất lượng sinh hoạt chi bộ

(Bình Định) - Ngày 14/6/2024, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh Bình Định ban hành Nghị quyết số 15-NQ/ĐUK về nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2024 - 2025 và những năm tiếp theo.

Nghị quyết được ban hành nhằm tiếp tục thực hiện Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư khóa X về nâng cao chất lượng sinh hoạt chi bộ, Kết luận số 18-KL/TW ngày 22/9/2017 của Ban Bí thư khóa XII về tiếp tục đẩy mạnh thực hiện Chỉ thị 10-CT/TW và Hướng dẫn số 12-HD/BTCTW ngày 18/10/2018 của Ban Tổ chức Trung ương về một số vấn đề nâng cao chất lượng sinh hoạt chi bộ; đồng thời cụ thể hóa Kết luận số 1280-KL/TU ngày 8/4/2024 của Ban Thường vụ Tỉnh ủy về kết quả kiểm tra việc thực hiện quy định về sinh hoạt chi bộ.

Toàn Đảng bộ Khối hiện có 112 tổ chức cơ sở đảng với hơn 4.600 đảng viên. Năm 2023, 96,4% chi bộ duy trì sinh hoạt định kỳ đúng quy định; nhiều chi bộ chọn chuyên đề sát với nhiệm vụ chính trị của cơ quan. Tuy vậy, nội dung sinh hoạt ở một số chi bộ còn đơn điệu, nặng về thông báo tình hình; tự phê bình và phê bình chưa thường xuyên; vai trò của bí thư chi bộ có nơi còn mờ nhạt.

Nghị quyết đề ra mục tiêu hằng năm có trên 80% chi bộ được đánh giá sinh hoạt có chất lượng tốt, 100% chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần. Các giải pháp gồm: lấy các chuẩn mực tại Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị làm thước đo khi đánh giá đảng viên; bồi dưỡng nghiệp vụ cho bí thư chi bộ; ứng dụng sổ tay đảng viên điện tử theo Hướng dẫn số 03-HD/ĐUK ngày 20/02/2024 của Ban Thường vụ Đảng ủy Khối.

Các chi bộ, đảng bộ cơ sở căn cứ Nghị quyết số 15-NQ/ĐUK xây dựng kế hoạch thực hiện, báo cáo kết quả về Đảng ủy Khối trước ngày 15/11 hằng năm.
""", [
    ref("Nghị quyết số 15-NQ/ĐUK", "Nghị quyết", "15", "NQ/ĐUK", "2024-06-14", "Đảng ủy Khối các cơ quan tỉnh", "local", "self",
        "named in the text as 'Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh'"),
    ref("Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư", "Chỉ thị", "10", "CT/TW", "2007-03-30", "Ban Bí thư", "central", "implements"),
    ref("Kết luận số 18-KL/TW ngày 22/9/2017 của Ban Bí thư", "Kết luận", "18", "KL/TW", "2017-09-22", "Ban Bí thư", "central", "implements"),
    ref("Chỉ thị 10-CT/TW", "Chỉ thị", "10", "CT/TW", "2007-03-30", "Ban Bí thư", "central", "implements", "nested in the conclusion's title"),
    ref("Hướng dẫn số 12-HD/BTCTW ngày 18/10/2018 của Ban Tổ chức Trung ương", "Hướng dẫn", "12", "HD/BTCTW", "2018-10-18", "Ban Tổ chức Trung ương", "central", "implements"),
    ref("Kết luận số 1280-KL/TU ngày 8/4/2024 của Ban Thường vụ Tỉnh ủy", "Kết luận", "1280", "KL/TU", "2024-04-08", "Ban Thường vụ Tỉnh ủy", "local", "implements", "'cụ thể hóa'"),
    ref("Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị", "Quy định", "144", "QĐ/TW", "2024-05-09", "Bộ Chính trị", "central", "cites"),
    ref("Hướng dẫn số 03-HD/ĐUK ngày 20/02/2024 của Ban Thường vụ Đảng ủy Khối", "Hướng dẫn", "03", "HD/ĐUK", "2024-02-20", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh", "local", "cites"),
    ref("Nghị quyết số 15-NQ/ĐUK", "Nghị quyết", "15", "NQ/ĐUK", "2024-06-14", "Đảng ủy Khối các cơ quan tỉnh", "local", "self"),
])

# 8. A Quy định of the Bộ Chính trị (central: no province); older rules with "QĐi" and a list head.
case("h7-08", "2024-05-11", None, "the Politburo's own rule: central",
"""Bộ Chính trị ban hành Quy định về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên

Thay mặt Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành Quy định số 144-QĐ/TW ngày 9 tháng 5 năm 2024 về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới.

Quy định được ban hành nhằm cụ thể hóa Nghị quyết Đại hội XIII của Đảng và Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống.

Văn bản xác định năm nhóm chuẩn mực: trung thành, kiên định, đặt lợi ích của Đảng, quốc gia, dân tộc lên trên hết; cần, kiệm, liêm, chính, chí công vô tư; gương mẫu, nói đi đôi với làm; đoàn kết, kỷ luật, kỷ cương; thường xuyên học tập, tự phê bình và phê bình. Khác với nhiều văn bản trước, các chuẩn mực được áp dụng thống nhất cho mọi cán bộ, đảng viên, là căn cứ để đánh giá, xếp loại hằng năm.

Trước đó, Đảng đã ban hành nhiều văn bản về nêu gương, đạo đức, lối sống, như Quy định số 101-QĐ/TW ngày 07/6/2012 của Ban Bí thư về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp; Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương; và các Quy định của Bộ Chính trị: số 55-QĐ/TW ngày 19/12/2016 về một số việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên, số 114-QĐ/TW ngày 11/7/2023 về kiểm soát quyền lực và phòng, chống tham nhũng, tiêu cực trong công tác cán bộ.

Quy định 144 có hiệu lực từ ngày ký. Bộ Chính trị giao Ban Tổ chức Trung ương chủ trì, phối hợp với Ủy ban Kiểm tra Trung ương hướng dẫn, theo dõi, kiểm tra việc thực hiện; các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương tổ chức quán triệt tới từng chi bộ và đảng viên.
""", [
    ref("Quy định số 144-QĐ/TW ngày 9 tháng 5 năm 2024", "Quy định", "144", "QĐ/TW", "2024-05-09", "Bộ Chính trị", "central", "self"),
    ref("Kết luận số 21-KL/TW ngày 25/10/2021", "Kết luận", "21", "KL/TW", "2021-10-25", "Ban Chấp hành Trung ương", "central", "implements",
        "'cụ thể hóa'; the Đại hội XIII resolution before it is vague and not annotated"),
    ref("Quy định số 101-QĐ/TW ngày 07/6/2012 của Ban Bí thư", "Quy định", "101", "QĐ/TW", "2012-06-07", "Ban Bí thư", "central", "cites"),
    ref("Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương", "Quy định", "08", "QĐi/TW", "2018-10-25", "Ban Chấp hành Trung ương", "central", "cites",
        "older 'QĐi' type code"),
    ref("số 55-QĐ/TW ngày 19/12/2016", "Quy định", "55", "QĐ/TW", "2016-12-19", "Bộ Chính trị", "central", "cites",
        "list head 'các Quy định của Bộ Chính trị:'"),
    ref("số 114-QĐ/TW ngày 11/7/2023", "Quy định", "114", "QĐ/TW", "2023-07-11", "Bộ Chính trị", "central", "cites"),
    ref("Quy định 144", "Quy định", "144", None, "2024-05-09", "Bộ Chính trị", "central", "self"),
])

# 9. A Ban Bí thư Thông báo kết luận (N-TB/TW) that carries a 2015 directive forward.
case("h7-09", "2025-03-19", None, "the Secretariat's own notice: central",
"""Ban Bí thư kết luận về tiếp tục thực hiện Chỉ thị 42 về giáo dục lý tưởng cách mạng cho thế hệ trẻ

Ngày 17/3/2025, thay mặt Ban Bí thư, đồng chí Thường trực Ban Bí thư đã ký ban hành Thông báo kết luận số 182-TB/TW về tiếp tục thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư khóa XI về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ giai đoạn 2015 - 2030.

Thông báo nêu rõ, sau 10 năm thực hiện Chỉ thị, nhận thức của cấp ủy, chính quyền về vị trí của công tác giáo dục thế hệ trẻ được nâng lên; nhiều phong trào của Đoàn như "Thanh niên tình nguyện", "Tuổi trẻ sáng tạo" lan tỏa rộng. Tuy nhiên, một bộ phận thanh niên còn phai nhạt lý tưởng, sống thực dụng; nội dung, phương thức giáo dục ở một số nơi chậm đổi mới, chưa theo kịp môi trường số.

Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt, thực hiện nghiêm Chỉ thị 42, gắn với triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Việc sắp xếp tổ chức Đoàn, Hội Liên hiệp Thanh niên và Hội Sinh viên phải bảo đảm đúng tinh thần Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư và Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII.

Đảng đoàn Quốc hội lãnh đạo rà soát Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020, đề xuất sửa đổi những quy định không còn phù hợp với mô hình chính quyền địa phương hai cấp. Ban Tuyên giáo và Dân vận Trung ương chủ trì, phối hợp với Ban Bí thư Trung ương Đoàn hướng dẫn, theo dõi, định kỳ báo cáo Ban Bí thư.
""", [
    ref("Chỉ thị 42", "Chỉ thị", "42", None, "2015-03-24", "Ban Bí thư", "central", "implements",
        "headline mention; date and issuer from the full citation below"),
    ref("Thông báo kết luận số 182-TB/TW", "Thông báo", "182", "TB/TW", "2025-03-17", "Ban Bí thư", "central", "self",
        "doc_type from the symbol: a 'Thông báo kết luận' is a Thông báo"),
    ref("Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư", "Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "central", "implements",
        "'về tiếp tục thực hiện': the notice carries the directive forward"),
    ref("Chỉ thị 42", "Chỉ thị", "42", None, "2015-03-24", "Ban Bí thư", "central", "implements"),
    ref("Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị", "Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "central", "implements"),
    ref("Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư", "Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị; Ban Bí thư", "central", "cites"),
    ref("Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương", "Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "central", "cites"),
    ref("Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020", "Luật", "57", "2020/QH14", "2020-06-16", "Quốc hội", "central", "cites"),
], )

NFD_TU = unicodedata.normalize("NFD", "Tỉnh ủy")  # one issuer phrase pasted in decomposed form

# 10. A resolution of a provincial Party conference ("Hội nghị lần thứ 17 Ban Chấp hành Đảng bộ tỉnh").
case("h7-10", "2023-07-15", "Hà Tĩnh", "'Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh'; Báo Hà Tĩnh",
f"""Hội nghị lần thứ 17 Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh khóa XIX ban hành nghị quyết về du lịch

(Báo Hà Tĩnh) - Ngày 14/7, Hội nghị lần thứ 17 Ban Chấp hành Đảng bộ tỉnh khóa XIX đã thảo luận, thống nhất ban hành Nghị quyết số 16-NQ/TU về phát triển du lịch, dịch vụ Hà Tĩnh đến năm 2030, tầm nhìn đến năm 2045.

Nghị quyết nhằm cụ thể hóa Nghị quyết số 08-NQ/TW ngày 16-1-2017 của Bộ Chính trị về phát triển du lịch trở thành ngành kinh tế mũi nhọn và Nghị quyết số 82/NQ-CP ngày 18-5-2023 của Chính phủ về các nhiệm vụ, giải pháp chủ yếu nhằm đẩy nhanh phục hồi, tăng tốc phát triển du lịch hiệu quả, bền vững.

Theo báo cáo trình hội nghị, sau 5 năm thực hiện Nghị quyết số 05-NQ/TU ngày 30-9-2017 của Ban Chấp hành Đảng bộ tỉnh khóa XVIII, lượng khách đến Hà Tĩnh tăng bình quân 12%/năm; các khu du lịch Thiên Cầm, Xuân Thành, Kỳ Ninh thu hút nhiều dự án lớn. Tuy vậy, sản phẩm du lịch còn đơn điệu, tính mùa vụ cao, nguồn nhân lực chất lượng cao còn thiếu.

Nghị quyết đặt mục tiêu đến năm 2030 đón 5 triệu lượt khách, tổng thu từ khách du lịch đạt 9.000 tỷ đồng. Các nhiệm vụ trọng tâm gồm: rà soát quy hoạch các khu, điểm du lịch theo Quyết định số 1363/QĐ-TTg ngày 08/11/2022 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Hà Tĩnh thời kỳ 2021 - 2030; phát triển du lịch biển gắn với du lịch tâm linh, sinh thái; đẩy mạnh liên kết với Nghệ An, Quảng Bình trên tuyến hành lang Đông - Tây.

Hội nghị cũng cho ý kiến vào dự thảo quy định mới về phân cấp quản lý cán bộ, thay thế Quy định số 1136-QĐ/TU ngày 12/8/2021 của Ban Thường vụ{NB}Tỉnh uỷ, và nghe báo cáo sơ kết 2 năm thực hiện Chỉ thị số 20-CT/TU ngày 5 tháng 5 năm 2021 của Ban Thường vụ {NFD_TU} về cải cách hành chính.

Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy yêu cầu UBND tỉnh khẩn trương xây dựng chương trình hành động thực hiện Nghị quyết 16, hoàn thành trong quý III/2023.
""", [
    ref("Nghị quyết số 16-NQ/TU", "Nghị quyết", "16", "NQ/TU", "2023-07-14", "Tỉnh ủy", "local", "self",
        "issued by the conference of the Ban Chấp hành Đảng bộ tỉnh, i.e. the Tỉnh ủy; year from the article's date"),
    ref("Nghị quyết số 08-NQ/TW ngày 16-1-2017 của Bộ Chính trị", "Nghị quyết", "08", "NQ/TW", "2017-01-16", "Bộ Chính trị", "central", "implements",
        "date written with dashes"),
    ref("Nghị quyết số 82/NQ-CP ngày 18-5-2023 của Chính phủ", "Nghị quyết", "82", "NQ-CP", "2023-05-18", "Chính phủ", "central", "implements"),
    ref("Nghị quyết số 05-NQ/TU ngày 30-9-2017 của Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết", "05", "NQ/TU", "2017-09-30", "Tỉnh ủy", "local", "cites",
        "the previous term's resolution, reviewed; 'thực hiện' here is about the past"),
    ref("Quyết định số 1363/QĐ-TTg ngày 08/11/2022 của Thủ tướng Chính phủ", "Quyết định", "1363", "QĐ-TTg", "2022-11-08", "Thủ tướng Chính phủ", "central", "cites"),
    ref(f"Quy định số 1136-QĐ/TU ngày 12/8/2021 của Ban Thường vụ{NB}Tỉnh uỷ", "Quy định", "1136", "QĐ/TU", "2021-08-12", "Ban Thường vụ Tỉnh ủy", "local", "cites"),
    ref(f"Chỉ thị số 20-CT/TU ngày 5 tháng 5 năm 2021 của Ban Thường vụ {NFD_TU}", "Chỉ thị", "20", "CT/TU", "2021-05-05", "Ban Thường vụ Tỉnh ủy", "local", "cites",
        "'Tỉnh ủy' in NFD"),
    ref("Nghị quyết 16", "Nghị quyết", "16", None, "2023-07-14", "Tỉnh ủy", "local", "self"),
])

# 11. The Fatherland Front carries out a Central Committee resolution; the Farmers' Union's earlier plan.
case("h7-11", "2024-02-21", "Long An", "'Ủy ban MTTQ Việt Nam tỉnh Long An'",
"""Long An: Mặt trận tỉnh triển khai Nghị quyết 43 của Trung ương

Ủy ban MTTQ Việt Nam tỉnh Long An vừa ban hành Kế hoạch số 92/KH-MTTQ-BTT ngày 19/02/2024 triển khai Nghị quyết số 43-NQ/TW ngày 24/11/2023 Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc.

Kế hoạch đồng thời cụ thể hóa Chương trình hành động số 37-CTr/TU ngày 5/1/2024 của Tỉnh ủy Long An thực hiện Nghị quyết 43, xác định nhiệm vụ trọng tâm là củng cố niềm tin của Nhân dân, phát huy quyền làm chủ của Nhân dân và vai trò của Mặt trận trong giám sát, phản biện xã hội.

Mặt trận các cấp tiếp tục triển khai Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội ở cơ sở; phát huy vai trò giám sát theo Quy định số 124-QĐ/TW ngày 04/10/2023 của Ban Bí thư đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên.

Kế hoạch cũng đặt chỉ tiêu đến năm 2025 có 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc, mỗi năm vận động xây dựng, sửa chữa ít nhất 500 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo.

Trước đó, Hội Nông dân tỉnh đã có Kế hoạch số 118-KH/HNDT ngày 28/12/2023 về thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn, trong đó tập trung xây dựng các tổ hợp tác, chi hội nông dân nghề nghiệp và phát triển thương hiệu nông sản chủ lực của tỉnh như lúa gạo, thanh long, chanh không hạt.
""", [
    ref("Nghị quyết 43 của Trung ương", "Nghị quyết", "43", None, "2023-11-24", "Ban Chấp hành Trung ương", "central", "implements",
        "headline mention; date from the full citation below"),
    ref("Kế hoạch số 92/KH-MTTQ-BTT ngày 19/02/2024", "Kế hoạch", "92", "KH-MTTQ-BTT", "2024-02-19", "Ủy ban MTTQ Việt Nam tỉnh", "local", "self"),
    ref("Nghị quyết số 43-NQ/TW ngày 24/11/2023", "Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "central", "implements"),
    ref("Chương trình hành động số 37-CTr/TU ngày 5/1/2024 của Tỉnh ủy Long An", "Chương trình", "37", "CTr/TU", "2024-01-05", "Tỉnh ủy", "local", "implements"),
    ref("Nghị quyết 43", "Nghị quyết", "43", None, "2023-11-24", "Ban Chấp hành Trung ương", "central", "implements", "nested in the programme's title"),
    ref("Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư", "Chỉ thị", "18", "CT/TW", "2022-10-26", "Ban Bí thư", "central", "implements"),
    ref("Quy định số 124-QĐ/TW ngày 04/10/2023 của Ban Bí thư", "Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "central", "cites"),
    ref("Kế hoạch số 118-KH/HNDT ngày 28/12/2023", "Kế hoạch", "118", "KH/HNDT", "2023-12-28", "Hội Nông dân tỉnh", "local", "cites",
        "another body's earlier plan ('Trước đó … đã có'): not the text's own"),
    ref("Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương", "Nghị quyết", "19", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương", "central", "cites",
        "'về thực hiện' belongs to the Farmers' Union plan, not to the Front's own plan"),
])

# 12. The provincial Youth Union's plan ("22/CT-TW" garbled), the Women's Union's earlier plan.
case("h7-12", "2023-04-13", "Quảng Ngãi", "'Ban Thường vụ Tỉnh đoàn Quảng Ngãi'",
"""Tỉnh đoàn Quảng Ngãi triển khai chỉ thị của Tỉnh ủy về công tác thanh niên

Ngày 10/4/2023, Ban Thường vụ Tỉnh đoàn Quảng Ngãi ban hành Kế hoạch số 215-KH/TĐTN-TG thực hiện Chỉ thị số 17-CT/TU ngày 3/3/2023 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác Đoàn và phong trào thanh thiếu nhi trong tình hình mới.

Theo kế hoạch, các cấp bộ Đoàn tổ chức học tập, quán triệt Chỉ thị 17 tới 100% cán bộ, đoàn viên; gắn với tiếp tục thực hiện Chỉ thị 42-CT/TW ngày 24-3-2015 của Ban Bí thư về giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ. Tỉnh đoàn đặt chỉ tiêu mỗi năm giới thiệu ít nhất 1.200 đoàn viên ưu tú cho Đảng xem xét kết nạp, thành lập mới 20 câu lạc bộ khởi nghiệp và 15 đội hình thanh niên tình nguyện chuyển đổi số ở thôn, tổ dân phố.

Tại các khu công nghiệp Dung Quất, VSIP Quảng Ngãi, Tỉnh đoàn phối hợp với Liên đoàn Lao động tỉnh tuyên truyền Chỉ thị 22/CT-TW ngày 05/6/2008 của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp tới đoàn viên, thanh niên công nhân; hỗ trợ nhà ở, học nghề cho thanh niên lao động ngoại tỉnh.

Trước đó, ngày 20/3, Hội Liên hiệp Phụ nữ tỉnh đã ban hành Kế hoạch số 36/KH-HPN thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới. Hai tổ chức thống nhất phối hợp phát hiện, bồi dưỡng nữ đoàn viên ưu tú, tạo nguồn cán bộ nữ trẻ cho cấp ủy cơ sở nhiệm kỳ 2025 - 2030.

Kế hoạch 215 yêu cầu các huyện đoàn, thành đoàn, đoàn trực thuộc báo cáo kết quả 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/11.
""", [
    ref("Kế hoạch số 215-KH/TĐTN-TG", "Kế hoạch", "215", "KH/TĐTN-TG", "2023-04-10", "Ban Thường vụ Tỉnh đoàn", "local", "self"),
    ref("Chỉ thị số 17-CT/TU ngày 3/3/2023 của Ban Thường vụ Tỉnh ủy", "Chỉ thị", "17", "CT/TU", "2023-03-03", "Ban Thường vụ Tỉnh ủy", "local", "implements"),
    ref("Chỉ thị 17", "Chỉ thị", "17", None, "2023-03-03", "Ban Thường vụ Tỉnh ủy", "local", "implements"),
    ref("Chỉ thị 42-CT/TW ngày 24-3-2015 của Ban Bí thư", "Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "central", "implements"),
    ref("Chỉ thị 22/CT-TW ngày 05/6/2008 của Ban Bí thư", "Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "central", "cites",
        "garbled state-style separators; 'tuyên truyền' (spreading the word) is not one of the carrying-out verbs"),
    ref("Kế hoạch số 36/KH-HPN", "Kế hoạch", "36", "KH-HPN", "2023-03-20", "Hội Liên hiệp Phụ nữ tỉnh", "local", "cites",
        "another body's earlier plan; 'ngày 20/3' before it, year from the article"),
    ref("Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư", "Chỉ thị", "21", "CT/TW", "2023-01-20", "Ban Bí thư", "central", "cites",
        "carried out by the Women's Union plan, not by the Youth Union's"),
    ref("Kế hoạch 215", "Kế hoạch", "215", None, "2023-04-10", "Ban Thường vụ Tỉnh đoàn", "local", "self"),
])

# 13. A commune Party committee after July 2025 (two-level local government), and a Party cell.
case("h7-13", "2025-08-14", "Đà Nẵng", "'xã Hòa Vang (thành phố Đà Nẵng)'; 'Ban Thường vụ Thành ủy Đà Nẵng'",
"""Đảng ủy xã Hòa Vang đưa "Bình dân học vụ số" đến từng chi bộ

Ngày 12/8, Ban Thường vụ Đảng ủy xã Hòa Vang (thành phố Đà Nẵng) ban hành Kế hoạch số 18-KH/ĐU về triển khai phong trào "Bình dân học vụ số" trong cán bộ, đảng viên và Nhân dân trên địa bàn xã.

Kế hoạch nhằm thực hiện Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị và Kế hoạch số 05-KH/TU ngày 25/7/2025 của Ban Thường vụ Thành ủy Đà Nẵng về phổ cập kỹ năng số cho người dân. Đây là một trong những văn bản đầu tiên Đảng ủy xã ban hành sau khi chính quyền địa phương hai cấp đi vào hoạt động từ ngày 1/7/2025.

Theo kế hoạch, đến hết năm 2025, 100% cán bộ, công chức xã và 90% đảng viên sử dụng thành thạo sổ tay đảng viên điện tử, dịch vụ công trực tuyến toàn trình; mỗi thôn có ít nhất một tổ công nghệ số cộng đồng. Đảng ủy xã giao UBND xã bố trí kinh phí, phối hợp với doanh nghiệp viễn thông hỗ trợ thiết bị cho hộ nghèo.

Trước đó, Đảng ủy xã đã có Công văn số 42-CV/ĐU ngày 5/8/2025 đề nghị các chi bộ rà soát số đảng viên chưa cài đặt ứng dụng. Tại Chi bộ thôn Phú Sơn, Nghị quyết chuyên đề số 03-NQ/CB ngày 8/8/2025 của Chi bộ đã giao mỗi đảng viên trẻ kèm cặp ít nhất hai hộ gia đình; cách làm này được Đảng ủy xã đánh giá cao và đề nghị nhân rộng.

Đảng ủy xã yêu cầu các chi bộ đưa nội dung chuyển đổi số vào sinh hoạt định kỳ hằng tháng, báo cáo kết quả thực hiện Kế hoạch 18 về Văn phòng Đảng ủy trước ngày 20/12/2025.
""", [
    ref("Kế hoạch số 18-KH/ĐU", "Kế hoạch", "18", "KH/ĐU", "2025-08-12", "Ban Thường vụ Đảng ủy xã", "local", "self",
        "'Ngày 12/8': year from the article's date"),
    ref("Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị", "Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "central", "implements"),
    ref("Kế hoạch số 05-KH/TU ngày 25/7/2025 của Ban Thường vụ Thành ủy Đà Nẵng", "Kế hoạch", "05", "KH/TU", "2025-07-25", "Ban Thường vụ Thành ủy", "local", "implements"),
    ref("Công văn số 42-CV/ĐU ngày 5/8/2025", "Công văn", "42", "CV/ĐU", "2025-08-05", "Đảng ủy xã", "local", "cites"),
    ref("Nghị quyết chuyên đề số 03-NQ/CB ngày 8/8/2025 của Chi bộ", "Nghị quyết", "03", "NQ/CB", "2025-08-08", "Chi bộ", "local", "cites"),
    ref("Kế hoạch 18", "Kế hoạch", "18", None, "2025-08-12", "Ban Thường vụ Đảng ủy xã", "local", "self"),
])

# 14. A speech report: the provincial Party secretary names directives loosely; nothing is issued.
case("h7-14", "2022-11-26", None, "a speech at a conference: the text issues no document, so no province (Vĩnh Phúc)",
"""Bí thư Tỉnh ủy Vĩnh Phúc: Không để "trên nóng, dưới lạnh" trong xây dựng, chỉnh đốn Đảng

Sáng 25/11, Tỉnh ủy Vĩnh Phúc tổ chức hội nghị sơ kết một năm thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị và Chương trình hành động số 12-CTr/TU ngày 20/12/2021 của Tỉnh ủy thực hiện Kết luận này.

Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy nhấn mạnh: "Kết luận 21 không phải là khẩu hiệu. Cấp ủy nào để cán bộ suy thoái, tham nhũng mà không phát hiện thì người đứng đầu phải chịu trách nhiệm trước tiên". Theo đồng chí, việc sắp xếp bộ máy theo Nghị quyết 18 của Trung ương ở tỉnh đã cơ bản xong, nhưng tinh gọn về số lượng chưa đi liền với nâng cao chất lượng; có nơi sáp nhập xong thì "ai vẫn làm việc nấy".

Đồng chí Bí thư nhắc lại kinh nghiệm chuẩn bị nhân sự đại hội nhiệm kỳ trước theo chỉ đạo của Bộ Chính trị tại Chỉ thị 35: "Làm nhân sự phải từ sớm, từ xa, đánh giá cán bộ bằng sản phẩm cụ thể, không để chạy chức, chạy quyền". Đồng chí yêu cầu các huyện ủy, thành ủy tiếp tục thực hiện nghiêm các nghị quyết của Trung ương và Nghị quyết Đại hội XIII của Đảng, gắn với Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII.

Báo cáo tại hội nghị cho biết, trong năm, Ủy ban Kiểm tra các cấp đã kiểm tra 215 tổ chức đảng và 640 đảng viên khi có dấu hiệu vi phạm; thi hành kỷ luật 97 đảng viên, trong đó có 18 cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý. Việc thực hiện Chương trình hành động 12 được đánh giá có chuyển biến ở khâu kiểm tra, giám sát nhưng còn chậm ở khâu rà soát quy hoạch cán bộ.

Kết thúc hội nghị, Ban Thường vụ Tỉnh ủy khen thưởng 12 tập thể, 20 cá nhân có thành tích xuất sắc.
""", [
    ref("Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương", "Kết luận", "21", "KL/TW", "2021-10-25", "Ban Chấp hành Trung ương", "central", "cites",
        "nothing is issued: every mention only cites"),
    ref("Chương trình hành động số 12-CTr/TU ngày 20/12/2021 của Tỉnh ủy", "Chương trình", "12", "CTr/TU", "2021-12-20", "Tỉnh ủy", "local", "cites"),
    ref("Kết luận 21", "Kết luận", "21", None, "2021-10-25", "Ban Chấp hành Trung ương", "central", "cites", "quoted loose repeat"),
    ref("Nghị quyết 18 của Trung ương", "Nghị quyết", "18", None, None, "Ban Chấp hành Trung ương", "central", "cites",
        "loose first mention: the text gives no date, so the year cannot be known from it (18-NQ/TW of 2017)"),
    ref("Chỉ thị 35", "Chỉ thị", "35", None, None, "Bộ Chính trị", "central", "cites",
        "issuer before the document ('chỉ đạo của Bộ Chính trị tại'); no date in the text (35-CT/TW of 2019)"),
    ref("Chương trình hành động 12", "Chương trình", "12", None, "2021-12-20", "Tỉnh ủy", "local", "cites"),
])


def build_case(spec):
    text = spec["text"]
    refs = []
    cursor = 0
    for raw in spec["refs"]:
        if raw["after"]:
            anchor = text.find(raw["after"], cursor)
            if anchor < 0:
                raise ValueError(f"{spec['id']}: anchor {raw['after']!r} not found after {cursor}")
            cursor = anchor + len(raw["after"])
        start = text.find(raw["surface"], cursor)
        if start < 0:
            raise ValueError(f"{spec['id']}: surface {raw['surface']!r} not found after offset {cursor}")
        end = start + len(raw["surface"])
        out = {"surface": raw["surface"], "start": start, "end": end}
        out.update({k: raw[k] for k in FIELDS})
        if raw["note"]:
            out["note"] = raw["note"]
        refs.append(out)
        cursor = end
    if not 800 <= len(text) <= 3500:
        raise ValueError(f"{spec['id']}: text has {len(text)} characters, outside 800-3500")
    return {"id": spec["id"], "source": f"heldout7/{spec['id']}", "url": None,
            "published": spec["published"], "province": spec["province"],
            "province_evidence": spec["province_evidence"], "text": text, "references": refs}


def build():
    """Every case as a gold record, offsets computed."""
    return [build_case(spec) for spec in CASES]


def render():
    """The JSONL text the builder writes (one case per line, UTF-8, not ASCII-escaped)."""
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in build())


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT} ({len(CASES)} cases)")
