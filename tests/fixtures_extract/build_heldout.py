"""Builds heldout.jsonl, the held-out gold set for the citation extractor, from the cases below.

The texts were written for this set (invented documents with plausible numbers, real bodies and
places) and annotated by hand following the gold format of the shared README: every mention of a
document in order of appearance, laws cited by name, the text's own document even unnumbered, no
vague mentions ("Chỉ thị này", "các nghị quyết của Trung ương"). The text's own document is
annotated by its type word only when it has no number (the README's rule); a headline's "ban hành
kế hoạch" above a numbered "Kế hoạch số 215/KH-UBND" is as vague as "Chỉ thị này". They were written and annotated
without running the extractor, so the set measures how it does on texts it was not written against.

Offsets are not typed by hand: each reference gives its `surface`, and `start`/`end` are found by
searching the text from the end of the previous reference (so repeated surfaces resolve in order).
A case marked `nfd=True` is stored in Unicode NFD, its surfaces too, so offsets point into NFD text.

Run from anywhere:  python tests/fixtures_extract/build_heldout.py
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("heldout.jsonl")
NBSP = "\u00a0"
ETH = "\u00d0"  # "Ð", the look-alike of "Đ" that some sites emit


def ref(surface, doc_type, number, symbol, date, issuer, scope, role, note=None) -> dict:
    """One gold reference; fields as the README defines them (national-form issuer, ISO date)."""
    item = {"surface": surface, "doc_type": doc_type, "number": number, "symbol": symbol, "date": date,
            "issuer": issuer, "scope": scope, "role": role}
    if note:
        item["note"] = note
    return item


TTG, CP, QH, BCT = "Thủ tướng Chính phủ", "Chính phủ", "Quốc hội", "Bộ Chính trị"
C, L = "central", "local"

# --- 01: provincial news report, Thái Bình before the merger; years implied by the article date ---
T01 = """Thái Bình triển khai Công điện 968 của Thủ tướng về chấn chỉnh kỷ luật hành chính

(Cập nhật: 27/10/2023)

Ngày 26/10, Chủ tịch UBND tỉnh Thái Bình đã ký ban hành Công văn số 4012/UBND-NC gửi các sở, ban, ngành và UBND các huyện, thành phố về việc siết chặt kỷ luật, kỷ cương hành chính trong các cơ quan nhà nước trên địa bàn tỉnh.

Văn bản được ban hành nhằm thực hiện Công điện số 968/CĐ-TTg mà Thủ tướng Chính phủ ký ngày 16/10/2023. Theo đánh giá của UBND tỉnh, thời gian qua kỷ luật hành chính ở nhiều cơ quan đã có chuyển biến, song vẫn còn tình trạng né tránh, đùn đẩy, sợ sai, không dám làm; một số hồ sơ thủ tục hành chính còn bị trả chậm so với thời hạn quy định.

Chủ tịch UBND tỉnh yêu cầu người đứng đầu các cơ quan, đơn vị quán triệt đầy đủ Công điện số 968/CĐ-TTg và Chỉ thị số 26/CT-TTg ngày 20 tháng 10 năm 2023 của Thủ tướng Chính phủ về kiểm tra, giám sát hoạt động công vụ; rà soát lại quy chế làm việc, phân công rõ người, rõ việc, rõ trách nhiệm và thời hạn hoàn thành.

Sở Nội vụ được giao chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức kiểm tra công vụ đột xuất, kết hợp với đợt kiểm tra theo Quyết định số 1163/QĐ-UBND ngày 12/5/2023 của UBND tỉnh về cải cách hành chính giai đoạn 2023 - 2025. Kết quả kiểm tra là căn cứ để đánh giá, xếp loại cán bộ, công chức cuối năm.

Cũng theo văn bản, các huyện, thành phố phải báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/12 để tổng hợp, báo cáo Thủ tướng Chính phủ. Trước đó, ngày 19/10, Sở Nội vụ đã có Công văn số 1358/SNV-CCVC đề nghị các cơ quan tự rà soát tình hình chấp hành giờ giấc làm việc của công chức."""

R01 = [
    ref("Công điện 968 của Thủ tướng", "Công điện", "968", None, "2023-10-16", TTG, C, "implements",
        "headline, loose form: no symbol (the README: null when the text gives only a number); date from the body"),
    ref("Công văn số 4012/UBND-NC", "Công văn", "4012", "UBND-NC", "2023-10-26", "UBND tỉnh", L, "self",
        "'Ngày 26/10' with the article dated 27/10/2023"),
    ref("Công điện số 968/CĐ-TTg mà Thủ tướng Chính phủ ký ngày 16/10/2023", "Công điện", "968", "CĐ-TTg",
        "2023-10-16", TTG, C, "implements", "issuer before the date"),
    ref("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, C, "implements"),
    ref("Chỉ thị số 26/CT-TTg ngày 20 tháng 10 năm 2023 của Thủ tướng Chính phủ", "Chỉ thị", "26", "CT-TTg",
        "2023-10-20", TTG, C, "implements"),
    ref("Quyết định số 1163/QĐ-UBND ngày 12/5/2023 của UBND tỉnh", "Quyết định", "1163", "QĐ-UBND",
        "2023-05-12", "UBND tỉnh", L, "cites"),
    ref("Công văn số 1358/SNV-CCVC", "Công văn", "1358", "SNV-CCVC", "2023-10-19", "Sở Nội vụ", L, "cites",
        "'Trước đó, ngày 19/10, Sở Nội vụ đã có': year implied"),
]

# --- 02: centrally-run city after the July 2025 merger (Đà Nẵng absorbed Quảng Nam) ---
T02 = """Đà Nẵng siết kỷ luật công vụ sau khi vận hành chính quyền địa phương hai cấp

Ngày 13/8/2025, Chủ tịch UBND thành phố Đà Nẵng đã ký ban hành Chỉ thị số 17/CT-UBND về tăng cường kỷ luật, kỷ cương hành chính và nâng cao chất lượng phục vụ người dân, doanh nghiệp tại các phường, xã sau sắp xếp.

Chỉ thị được ban hành để cụ thể hóa Kết luận số 2046-KL/TU ngày 30/7/2025 của Ban Thường vụ Thành ủy và triển khai Chỉ thị số 2710/CT-TTg ngày 18/7/2025 của Thủ tướng Chính phủ về bảo đảm hoạt động thông suốt của bộ máy hành chính sau hợp nhất. Từ ngày 1/7/2025, thành phố Đà Nẵng mới được hình thành trên cơ sở hợp nhất thành phố Đà Nẵng và tỉnh Quảng Nam theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội; bộ máy ở nhiều phường, xã có cán bộ mới chuyển về, chưa quen việc.

Theo Chỉ thị số 17/CT-UBND, thủ trưởng các sở, ngành và Chủ tịch UBND các phường, xã, đặc khu phải trực tiếp chịu trách nhiệm nếu để xảy ra tình trạng hồ sơ trễ hạn mà không xin lỗi người dân bằng văn bản. Các trung tâm phục vụ hành chính công phải niêm yết công khai đường dây nóng, bố trí người hướng dẫn tại chỗ cho người cao tuổi và người dân ở vùng núi phía tây của thành phố.

Thành ủy Đà Nẵng trước đó cũng đã có Công văn số 315-CV/TU ngày 05/7/2025 yêu cầu các cấp ủy lãnh đạo chặt chẽ việc bàn giao hồ sơ, tài liệu giữa đơn vị cũ và đơn vị mới, không để gián đoạn việc giải quyết thủ tục cho người dân."""

R02 = [
    ref("Chỉ thị số 17/CT-UBND", "Chỉ thị", "17", "CT-UBND", "2025-08-13", "UBND thành phố", L, "self",
        "a chairman's directive of a centrally-run city: issuer 'UBND thành phố'"),
    ref("Kết luận số 2046-KL/TU ngày 30/7/2025 của Ban Thường vụ Thành ủy", "Kết luận", "2046", "KL/TU",
        "2025-07-30", "Ban Thường vụ Thành ủy", L, "implements", "'cụ thể hóa'"),
    ref("Chỉ thị số 2710/CT-TTg ngày 18/7/2025 của Thủ tướng Chính phủ", "Chỉ thị", "2710", "CT-TTg",
        "2025-07-18", TTG, C, "implements"),
    ref("Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội", "Nghị quyết", "202", "2025/QH15",
        "2025-06-12", QH, C, "cites"),
    ref("Chỉ thị số 17/CT-UBND", "Chỉ thị", "17", "CT-UBND", "2025-08-13", "UBND thành phố", L, "self",
        "'Theo Chỉ thị số 17/CT-UBND': the own document again, so still self"),
    ref("Công văn số 315-CV/TU ngày 05/7/2025", "Công văn", "315", "CV/TU", "2025-07-05", "Thành ủy", L,
        "cites", "Party correspondence 'N-CV/TU'; 'Thành ủy Đà Nẵng trước đó cũng đã có'"),
]

# --- 03: a Party committee's directive, full text (Quảng Bình, 2024) ---
T03 = """TỈNH ỦY QUẢNG BÌNH
*
Số 42-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Đồng Hới, ngày 18 tháng 6 năm 2024

CHỈ THỊ
của Ban Thường vụ Tỉnh ủy
về tăng cường kỷ luật, kỷ cương và nâng cao đạo đức công vụ của cán bộ, đảng viên

Thời gian qua, các cấp ủy, tổ chức đảng trong tỉnh đã quán triệt và thực hiện khá nghiêm túc Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; ý thức trách nhiệm của đội ngũ cán bộ, đảng viên từng bước được nâng lên. Tuy nhiên, một bộ phận cán bộ, đảng viên còn biểu hiện thờ ơ, ngại va chạm, làm việc cầm chừng; có nơi người đứng đầu chưa thật sự gương mẫu, việc kiểm tra, giám sát còn hình thức.

Để khắc phục tình trạng trên, thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, cơ quan, đơn vị tập trung thực hiện tốt một số nhiệm vụ sau:

1. Tổ chức quán triệt sâu rộng Quy định số 144-QĐ/TW và Chỉ thị này đến từng chi bộ, từng cán bộ, đảng viên; gắn với việc thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.

2. Người đứng đầu cấp ủy, cơ quan, đơn vị phải gương mẫu, nói đi đôi với làm; kịp thời phát hiện, xử lý nghiêm cán bộ, đảng viên vi phạm theo Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm, không có vùng cấm, không có ngoại lệ.

3. Ủy ban Kiểm tra Tỉnh ủy đưa nội dung thực hiện Chỉ thị này vào chương trình kiểm tra, giám sát năm 2024 và năm 2025; định kỳ 6 tháng báo cáo Ban Thường vụ Tỉnh ủy.

4. Đảng đoàn Hội đồng nhân dân tỉnh, Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo cụ thể hóa các nội dung trên thành quy định về kỷ luật hành chính trong cơ quan nhà nước; chỉ đạo rà soát, công khai thời hạn giải quyết thủ tục hành chính tại bộ phận một cửa các cấp, kiên quyết xử lý tình trạng gây phiền hà, sách nhiễu người dân và doanh nghiệp.

5. Mỗi cán bộ, đảng viên nghiêm túc thực hiện Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm; tự giác kiểm điểm, tự phê bình và phê bình, đăng ký nội dung rèn luyện, tu dưỡng với chi bộ nơi sinh hoạt. Cán bộ lãnh đạo, quản lý các cấp đăng ký việc làm nêu gương cụ thể, được chi bộ và nhân dân nơi cư trú giám sát.

6. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan báo chí của tỉnh xây dựng chuyên mục phản ánh gương tốt, việc tốt, đồng thời phê phán những biểu hiện quan liêu, vô cảm; Ban Tổ chức Tỉnh ủy tham mưu đưa kết quả thực hiện Chỉ thị này vào tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên hằng năm, làm căn cứ để quy hoạch, bổ nhiệm cán bộ.

Chỉ thị này thay thế Chỉ thị số 23-CT/TU ngày 14/3/2019 của Ban Thường vụ Tỉnh ủy và được phổ biến đến chi bộ.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Nơi nhận:
- Ban Bí thư Trung ương Đảng (để báo cáo),
- Các đảng bộ trực thuộc Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy."""

R03 = [
    ref("Số 42-CT/TU", "Chỉ thị", "42", "CT/TU", "2024-06-18", "Ban Thường vụ Tỉnh ủy", L, "self",
        "number line of the header; date from 'Đồng Hới, ngày 18 tháng 6 năm 2024'; the 'CHỈ THỊ' heading "
        "is not annotated separately"),
    ref("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", "Chỉ thị", "5", "CT/TW", "2016-05-15", BCT, C,
        "cites", "past compliance ('đã quán triệt và thực hiện'), not what this directive carries out"),
    ref("Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị", "Quy định", "144", "QĐ/TW", "2024-05-09",
        BCT, C, "implements"),
    ref("Quy định số 144-QĐ/TW", "Quy định", "144", "QĐ/TW", "2024-05-09", BCT, C, "implements"),
    ref("Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII", "Kết luận", "21", "KL/TW",
        "2021-10-25", "Ban Chấp hành Trung ương", C, "implements",
        "'Hội nghị Trung ương 4' is a plenum of the Ban Chấp hành Trung ương"),
    ref("Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị", "Quy định", "69", "QĐ/TW", "2022-07-06", BCT, C,
        "cites"),
    ref("Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương", "Quy định", "37", "QĐ/TW",
        "2021-10-25", "Ban Chấp hành Trung ương", C, "implements", "'nghiêm túc thực hiện'"),
    ref("Chỉ thị số 23-CT/TU ngày 14/3/2019 của Ban Thường vụ Tỉnh ủy", "Chỉ thị", "23", "CT/TU", "2019-03-14",
        "Ban Thường vụ Tỉnh ủy", L, "cites", "replaced by this directive"),
]

# --- 04: an official letter with the national header (Lạng Sơn, 2024) ---
T04 = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
Số: 1187/UBND-KGVX
V/v triển khai thực hiện Công điện số 1482/CĐ-TTg ngày 08/11/2024 của Thủ tướng Chính phủ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 14 tháng 11 năm 2024

Kính gửi:
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố.

Thực hiện Công điện số 1482/CĐ-TTg ngày 08/11/2024 của Thủ tướng Chính phủ về việc tập trung phòng, chống bệnh dịch tả lợn châu Phi, Ủy ban nhân dân tỉnh có ý kiến như sau:

1. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện nghiêm Kế hoạch số 96/KH-UBND ngày 02/4/2024 của UBND tỉnh về phòng, chống bệnh dịch tả lợn châu Phi năm 2024; bố trí lực lượng thú y trực tại các cửa khẩu, lối mở biên giới, kiểm soát chặt việc vận chuyển lợn và sản phẩm từ lợn.

2. UBND các huyện, thành phố chỉ đạo UBND cấp xã rà soát tổng đàn, hướng dẫn người chăn nuôi tiêu hủy lợn bệnh đúng quy trình; xử lý vi phạm theo Nghị định số 90/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực thú y.

3. Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh tăng cường tuyên truyền các quy định của Luật Thú y ngày 19 tháng 6 năm 2015 để người dân chủ động khai báo dịch.

Các cơ quan, đơn vị báo cáo kết quả về Sở Nông nghiệp và Phát triển nông thôn trước ngày 20/12/2024 để tổng hợp, báo cáo UBND tỉnh./.

Nơi nhận:
- Như trên;
- Văn phòng Chính phủ (b/c);
- Bộ Nông nghiệp và PTNT (b/c);
- Thường trực Tỉnh ủy;
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""

R04 = [
    ref("Số: 1187/UBND-KGVX", "Công văn", "1187", "UBND-KGVX", "2024-11-14", "UBND tỉnh", L, "self",
        "doc_type from the symbol family (N/ISSUER-UNIT, no type part) and the 'V/v' line"),
    ref("Công điện số 1482/CĐ-TTg ngày 08/11/2024 của Thủ tướng Chính phủ", "Công điện", "1482", "CĐ-TTg",
        "2024-11-08", TTG, C, "implements", "in the 'V/v' subject line"),
    ref("Công điện số 1482/CĐ-TTg ngày 08/11/2024 của Thủ tướng Chính phủ", "Công điện", "1482", "CĐ-TTg",
        "2024-11-08", TTG, C, "implements"),
    ref("Kế hoạch số 96/KH-UBND ngày 02/4/2024 của UBND tỉnh", "Kế hoạch", "96", "KH-UBND", "2024-04-02",
        "UBND tỉnh", L, "implements", "'tổ chức thực hiện nghiêm'"),
    ref("Nghị định số 90/2017/NĐ-CP ngày 31/7/2017 của Chính phủ", "Nghị định", "90", "2017/NĐ-CP",
        "2017-07-31", CP, C, "cites"),
    ref("Luật Thú y ngày 19 tháng 6 năm 2015", "Luật", None, None, "2015-06-19", QH, C, "cites"),
]

# --- 05: an official decision with a "Căn cứ" preamble (Bắc Giang, 2024) ---
T05 = """ỦY BAN NHÂN DÂN TỈNH BẮC GIANG
Số: 845/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 22 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính năm 2024

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật Viên chức ngày 15 tháng 11 năm 2010;
Căn cứ Nghị định số 112/2020/NĐ-CP ngày 18/9/2020 của Chính phủ về xử lý kỷ luật cán bộ, công chức, viên chức;
Căn cứ Kế hoạch số 52/KH-UBND ngày 29/01/2024 của UBND tỉnh về kiểm tra công vụ năm 2024;
Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 219/TTr-SNV ngày 18/3/2024.

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính năm 2024, gồm: Tổ trưởng là Phó Giám đốc Sở Nội vụ; Tổ phó là Phó Chánh Văn phòng UBND tỉnh; các thành viên là đại diện lãnh đạo Thanh tra tỉnh, Sở Tư pháp, Công an tỉnh.

Điều 2. Tổ công tác có nhiệm vụ giúp Chủ tịch UBND tỉnh triển khai Chỉ thị số 26/CT-TTg của Thủ tướng Chính phủ và Công văn số 1021/UBND-NC ngày 05/3/2024 của UBND tỉnh; kiểm tra đột xuất, không báo trước tại các sở, ngành, UBND các huyện, thị xã, thành phố; kiến nghị xử lý cá nhân vi phạm. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1912/QĐ-UBND ngày 10/10/2023 của Chủ tịch UBND tỉnh.

Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Nội vụ (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, NC.

CHỦ TỊCH"""

R05 = [
    ref("Số: 845/QĐ-UBND", "Quyết định", "845", "QĐ-UBND", "2024-03-22", "UBND tỉnh", L, "self",
        "the chairman's decision: issuer 'UBND tỉnh'; 'QUYẾT ĐỊNH' headings not annotated separately"),
    ref("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Luật", None, None, "2015-06-19", QH,
        C, "cites"),
    ref("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
        "ngày 22 tháng 11 năm 2019", "Luật", None, None, "2019-11-22", QH, C, "cites",
        "one amending law; the two law names inside its title are part of the title, not mentions"),
    ref("Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008", "Luật", None, None, "2008-11-13", QH, C, "cites"),
    ref("Luật Viên chức ngày 15 tháng 11 năm 2010", "Luật", None, None, "2010-11-15", QH, C, "cites"),
    ref("Nghị định số 112/2020/NĐ-CP ngày 18/9/2020 của Chính phủ", "Nghị định", "112", "2020/NĐ-CP",
        "2020-09-18", CP, C, "cites"),
    ref("Kế hoạch số 52/KH-UBND ngày 29/01/2024 của UBND tỉnh", "Kế hoạch", "52", "KH-UBND", "2024-01-29",
        "UBND tỉnh", L, "cites"),
    ref("Tờ trình số 219/TTr-SNV ngày 18/3/2024", "Tờ trình", "219", "TTr-SNV", "2024-03-18", "Sở Nội vụ", L,
        "cites", "'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình'"),
    ref("Chỉ thị số 26/CT-TTg của Thủ tướng Chính phủ", "Chỉ thị", "26", "CT-TTg", None, TTG, C, "implements",
        "'giúp Chủ tịch UBND tỉnh triển khai'; the text gives no date"),
    ref("Công văn số 1021/UBND-NC ngày 05/3/2024 của UBND tỉnh", "Công văn", "1021", "UBND-NC", "2024-03-05",
        "UBND tỉnh", L, "implements"),
    ref("Quyết định số 1912/QĐ-UBND ngày 10/10/2023 của Chủ tịch UBND tỉnh", "Quyết định", "1912", "QĐ-UBND",
        "2023-10-10", "UBND tỉnh", L, "cites", "replaced by this decision"),
]

# --- 06: a district plan carrying out a provincial directive (Hà Tĩnh, 2024); stored in NFD ---
T06 = """Huyện Can Lộc ban hành kế hoạch thực hiện Chỉ thị 09 của UBND tỉnh

Ngày 3/4/2024, UBND huyện Can Lộc (Hà Tĩnh) ban hành Kế hoạch số 215/KH-UBND triển khai Chỉ thị số 09/CT-UBND ngày 20/3/2024 của UBND tỉnh về tăng cường quản lý nhà nước về đất đai, xử lý dứt điểm các trường hợp lấn chiếm, sử dụng đất sai mục đích.

Kế hoạch số 215/KH-UBND được xây dựng trên cơ sở Nghị quyết số 12-NQ/HU ngày 15/01/2024 của Ban Chấp hành Đảng bộ huyện về nhiệm vụ năm 2024, đồng thời tổ chức triển khai thi hành Luật Đất đai ngày 18 tháng 01 năm 2024 đến từng thôn, tổ dân phố.

Theo đó, huyện đặt mục tiêu đến hết quý III/2024 hoàn thành rà soát toàn bộ quỹ đất công do UBND các xã quản lý; lập hồ sơ xử lý các trường hợp vi phạm phát sinh từ năm 2020 đến nay. Phòng Tài nguyên và Môi trường là cơ quan thường trực, phối hợp với Thanh tra huyện và Công an huyện lập đoàn kiểm tra liên ngành.

Trước đó, UBND huyện đã có Quyết định số 3120/QĐ-UBND ngày 12/9/2023 thành lập tổ rà soát đất công, nhưng kết quả còn chậm do thiếu hồ sơ gốc. Lần này, chủ tịch UBND các xã, thị trấn phải ký cam kết hoàn thành đúng hạn và báo cáo kết quả thực hiện Chỉ thị số 09/CT-UBND về UBND huyện trước ngày 25 hằng tháng."""

R06 = [
    ref("Chỉ thị 09 của UBND tỉnh", "Chỉ thị", "9", None, "2024-03-20", "UBND tỉnh", L, "implements",
        "headline, loose form; symbol and date from the body"),
    ref("Kế hoạch số 215/KH-UBND", "Kế hoạch", "215", "KH-UBND", "2024-04-03", "UBND huyện", L, "self"),
    ref("Chỉ thị số 09/CT-UBND ngày 20/3/2024 của UBND tỉnh", "Chỉ thị", "9", "CT-UBND", "2024-03-20",
        "UBND tỉnh", L, "implements"),
    ref("Kế hoạch số 215/KH-UBND", "Kế hoạch", "215", "KH-UBND", "2024-04-03", "UBND huyện", L, "self"),
    ref("Nghị quyết số 12-NQ/HU ngày 15/01/2024 của Ban Chấp hành Đảng bộ huyện", "Nghị quyết", "12", "NQ/HU",
        "2024-01-15", "Huyện ủy", L, "cites", "'được xây dựng trên cơ sở': a basis"),
    ref("Luật Đất đai ngày 18 tháng 01 năm 2024", "Luật", None, None, "2024-01-18", QH, C, "implements",
        "'tổ chức triển khai thi hành'"),
    ref("Quyết định số 3120/QĐ-UBND ngày 12/9/2023", "Quyết định", "3120", "QĐ-UBND", "2023-09-12",
        "UBND huyện", L, "cites", "'Trước đó, UBND huyện đã có'"),
    ref("Chỉ thị số 09/CT-UBND", "Chỉ thị", "9", "CT-UBND", "2024-03-20", "UBND tỉnh", L, "implements",
        "'báo cáo kết quả thực hiện'"),
]

# --- 07: a department's guidance, Tây Ninh after the merger with Long An ---
T07 = """Sở Nội vụ Tây Ninh hướng dẫn đánh giá, xếp loại cán bộ, công chức cấp xã năm 2025

Ngày 9/9/2025, Sở Nội vụ tỉnh Tây Ninh ban hành Hướng dẫn số 1306/HD-SNV về đánh giá, xếp loại chất lượng đối với cán bộ, công chức cấp xã sau khi sắp xếp đơn vị hành chính.

Văn bản được ban hành để triển khai Quy định số 1366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị, Nghị định số 1170/2025/NĐ-CP ngày 14/8/2025 của Chính phủ và Kế hoạch số 2218/KH-UBND ngày 22/8/2025 của UBND tỉnh về đánh giá cán bộ năm 2025. Do nhiều xã, phường mới được thành lập từ đơn vị cũ của hai tỉnh Tây Ninh và Long An, tiêu chí chấm điểm trước đây của mỗi tỉnh không còn phù hợp.

Theo văn bản, việc đánh giá phải căn cứ vào kết quả, sản phẩm cụ thể của từng vị trí việc làm, không bình quân chủ nghĩa; cán bộ mới điều động về xã được tính thời gian công tác ở cả đơn vị cũ và đơn vị mới. UBND các xã, phường căn cứ Công văn số 4521/BNV-CCVC ngày 01/8/2025 của Bộ Nội vụ để xác định thẩm quyền đánh giá đối với từng chức danh.

Hướng dẫn này thay thế Hướng dẫn số 87/HD-SNV ngày 15/01/2025 của Sở Nội vụ tỉnh Long An và các văn bản hướng dẫn trước đây của Sở Nội vụ tỉnh Tây Ninh về cùng nội dung. Kết quả đánh giá gửi về Sở Nội vụ trước ngày 15/12/2025."""

R07 = [
    ref("Hướng dẫn số 1306/HD-SNV", "Hướng dẫn", "1306", "HD-SNV", "2025-09-09", "Sở Nội vụ", L, "self",
        "the headline's 'hướng dẫn' is a verb there, not a mention"),
    ref("Quy định số 1366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị", "Quy định", "1366", "QĐ/TW", "2025-08-30",
        BCT, C, "implements"),
    ref("Nghị định số 1170/2025/NĐ-CP ngày 14/8/2025 của Chính phủ", "Nghị định", "1170", "2025/NĐ-CP",
        "2025-08-14", CP, C, "implements"),
    ref("Kế hoạch số 2218/KH-UBND ngày 22/8/2025 của UBND tỉnh", "Kế hoạch", "2218", "KH-UBND", "2025-08-22",
        "UBND tỉnh", L, "implements"),
    ref("Công văn số 4521/BNV-CCVC ngày 01/8/2025 của Bộ Nội vụ", "Công văn", "4521", "BNV-CCVC", "2025-08-01",
        "Bộ Nội vụ", C, "cites"),
    ref("Hướng dẫn số 87/HD-SNV ngày 15/01/2025 của Sở Nội vụ tỉnh Long An", "Hướng dẫn", "87", "HD-SNV",
        "2025-01-15", "Sở Nội vụ", L, "cites", "a body of the former Long An province; replaced"),
]

# --- 08: central news: a Prime Minister's telegram (self is central, province null) ---
T08 = """Thủ tướng yêu cầu xử lý dứt điểm tình trạng đùn đẩy, né tránh trách nhiệm

Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 1127/CĐ-TTg ngày 22/10/2024 gửi các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương về tiếp tục chấn chỉnh kỷ luật, kỷ cương hành chính.

Văn bản nêu rõ, sau một năm thực hiện Công điện 968/CĐ-TTg (16/10/2023) và Chỉ thị 26/CT-TTg (20/10/2023) của Thủ tướng Chính phủ, kỷ luật, kỷ cương trong các cơ quan hành chính đã có chuyển biến tích cực. Tuy nhiên, tình trạng cán bộ sợ trách nhiệm, xin ý kiến vòng vo, chuyển hồ sơ lên cấp trên để né tránh vẫn còn ở một số nơi, làm chậm tiến độ giải ngân vốn đầu tư công và giải quyết thủ tục cho doanh nghiệp.

Để khắc phục, Thủ tướng yêu cầu bộ trưởng, thủ trưởng cơ quan ngang bộ, chủ tịch UBND cấp tỉnh tiếp tục thực hiện nghiêm Công điện số 968/CĐ-TTg, Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung và Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo; công khai danh sách những đơn vị để hồ sơ quá hạn.

Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ tổ chức các đoàn kiểm tra công vụ liên ngành, tổng hợp kết quả, báo cáo Thủ tướng trước ngày 15/12/2024."""

R08 = [
    ref("Công điện số 1127/CĐ-TTg ngày 22/10/2024", "Công điện", "1127", "CĐ-TTg", "2024-10-22", TTG, C,
        "self"),
    ref("Công điện 968/CĐ-TTg (16/10/2023)", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, C, "cites",
        "'sau một năm thực hiện': looking back, not carried out by this telegram; issuer from the shared "
        "'của Thủ tướng Chính phủ'"),
    ref("Chỉ thị 26/CT-TTg (20/10/2023) của Thủ tướng Chính phủ", "Chỉ thị", "26", "CT-TTg", "2023-10-20", TTG,
        C, "cites", "dates in parentheses without 'ngày'"),
    ref("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, C, "implements",
        "'tiếp tục thực hiện nghiêm'"),
    ref("Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ", "Nghị định", "73", "2023/NĐ-CP",
        "2023-09-29", CP, C, "implements"),
    ref("Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị", "Kết luận", "14", "KL/TW", "2021-09-22", BCT, C,
        "implements"),
]

# --- 09: an article that only mentions documents (no self document, province null) ---
T09 = """Nhìn lại các văn bản địa phương sau Công điện 968

Sau khi Thủ tướng Chính phủ ký Công điện số 968/CĐ-TTg ngày 16/10/2023 yêu cầu siết lại kỷ luật, kỷ cương hành chính, nhiều địa phương đã cụ thể hóa bằng văn bản của mình, nhưng tốc độ rất khác nhau.

Đồng Nai thuộc nhóm sớm nhất: chỉ 9 ngày sau, Chủ tịch UBND tỉnh này đã ký Chỉ thị số 12/CT-UBND ngày 25/10/2023. Hà Tĩnh ra Công văn số 6466/UBND-NC2 ngày 15/11/2023, còn Quảng Nam phải đến đầu tháng 2 năm sau mới có Công văn số 983/UBND-NCKS ngày 06/02/2024, gắn việc chấn chỉnh với dịp Tết Nguyên đán.

Theo một chuyên gia về hành chính công, độ trễ ấy không hẳn là chậm: nhiều tỉnh chờ gộp nội dung với Chỉ thị số 26/CT-TTg ngày 20/10/2023 để ban hành một văn bản thống nhất, tránh chồng chéo. Cũng có nơi chỉ sao chép nguyên văn các yêu cầu, không giao việc cụ thể cho người đứng đầu.

Ở khối Đảng, việc ra chỉ thị riêng về kỷ luật hành chính không phải mới: Ban Thường vụ Tỉnh ủy Bạc Liêu đã có Chỉ thị 12 từ năm 2018. Các văn bản đều nhắc việc quán triệt tinh thần Nghị quyết Đại hội XIII và các nghị quyết của Trung ương, song thước đo cuối cùng vẫn là số hồ sơ được giải quyết đúng hạn."""

R09 = [
    ref("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, C, "cites",
        "headline, loose form; the article issues nothing, so every mention cites"),
    ref("Công điện số 968/CĐ-TTg ngày 16/10/2023", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, C, "cites",
        "issuer before the document: 'Thủ tướng Chính phủ ký Công điện'"),
    ref("Chỉ thị số 12/CT-UBND ngày 25/10/2023", "Chỉ thị", "12", "CT-UBND", "2023-10-25", "UBND tỉnh", L,
        "cites", "retold provincial act, not the article's own"),
    ref("Công văn số 6466/UBND-NC2 ngày 15/11/2023", "Công văn", "6466", "UBND-NC2", "2023-11-15", "UBND tỉnh",
        L, "cites", "issuer: the text says only 'Hà Tĩnh ra'; UBND from the symbol"),
    ref("Công văn số 983/UBND-NCKS ngày 06/02/2024", "Công văn", "983", "UBND-NCKS", "2024-02-06", "UBND tỉnh",
        L, "cites"),
    ref("Chỉ thị số 26/CT-TTg ngày 20/10/2023", "Chỉ thị", "26", "CT-TTg", "2023-10-20", TTG, C, "cites",
        "issuer from the symbol (TTg)"),
    ref("Chỉ thị 12", "Chỉ thị", "12", None, None, "Ban Thường vụ Tỉnh ủy", L, "cites",
        "only the year 2018 is given: date null"),
]

# --- 10: a plan carrying out laws cited by name (Hưng Yên after its merger with Thái Bình) ---
T10 = """Hưng Yên triển khai các luật mới có hiệu lực từ ngày 1/7/2025

UBND tỉnh Hưng Yên vừa ban hành Kế hoạch tổ chức triển khai thi hành các luật có hiệu lực từ ngày 01/7/2025 trên địa bàn tỉnh, gồm: Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Luật Cán bộ, công chức số 80/2025/QH15; Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025 và Luật Thuế giá trị gia tăng.

Theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, tỉnh Hưng Yên mới được hình thành từ tỉnh Hưng Yên và tỉnh Thái Bình, nên khối lượng văn bản cần rà soát rất lớn. Văn bản giao Sở Tư pháp chủ trì tổ chức hội nghị quán triệt cho cán bộ chủ chốt của các sở, ngành và các xã, phường; biên soạn tài liệu hỏi - đáp ngắn gọn để phát trên hệ thống loa truyền thanh cơ sở.

Các sở, ngành rà soát toàn bộ văn bản quy phạm pháp luật do HĐND, UBND hai tỉnh ban hành trước ngày 1/7/2025 để kiến nghị bãi bỏ hoặc thay thế, trong đó có Quyết định số 35/2021/QĐ-UBND ngày 10/9/2021 của UBND tỉnh Thái Bình về phân cấp quản lý cán bộ. Việc tuyên truyền được thực hiện theo hướng dẫn tại Công văn số 3152/BTP-PBGDPL ngày 30/6/2025 của Bộ Tư pháp."""

R10 = [
    ref("Kế hoạch", "Kế hoạch", None, None, None, "UBND tỉnh", L, "self", "unnumbered, undated ('vừa ban hành')"),
    ref("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Luật", "72", "2025/QH15", None, QH, C,
        "implements", "year only from the symbol: date null"),
    ref("Luật Cán bộ, công chức số 80/2025/QH15", "Luật", "80", "2025/QH15", None, QH, C, "implements"),
    ref("Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025", "Luật", None, None, "2025-02-19",
        QH, C, "implements"),
    ref("Luật Thuế giá trị gia tăng", "Luật", None, None, None, QH, C, "implements"),
    ref("Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội", "Nghị quyết", "202", "2025/QH15",
        "2025-06-12", QH, C, "cites"),
    ref("Quyết định số 35/2021/QĐ-UBND ngày 10/9/2021 của UBND tỉnh Thái Bình", "Quyết định", "35",
        "2021/QĐ-UBND", "2021-09-10", "UBND tỉnh", L, "cites", "to be reviewed for repeal"),
    ref("Công văn số 3152/BTP-PBGDPL ngày 30/6/2025 của Bộ Tư pháp", "Công văn", "3152", "BTP-PBGDPL",
        "2025-06-30", "Bộ Tư pháp", C, "cites"),
]

# --- 11: list heads giving the type ("các Nghị định của Chính phủ: số …; số …"), Quảng Ngãi 2025 ---
T11 = """Quảng Ngãi chấn chỉnh công tác xây dựng, ban hành văn bản quy phạm pháp luật

Ngày 1/10/2025, UBND tỉnh Quảng Ngãi có Công văn số 5127/UBND-NC gửi các sở, ban, ngành và UBND các xã, phường, đặc khu Lý Sơn về việc chấn chỉnh công tác xây dựng, ban hành văn bản quy phạm pháp luật.

Để thực hiện đúng Luật Ban hành văn bản quy phạm pháp luật năm 2025 và các Nghị định của Chính phủ: số 78/2025/NĐ-CP ngày 01/4/2025 quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật; số 187/2025/NĐ-CP ngày 01/7/2025 sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP, UBND tỉnh yêu cầu thủ trưởng các cơ quan chuyên môn không tham mưu ban hành văn bản có nội dung trái thẩm quyền sau khi chính quyền cấp huyện chấm dứt hoạt động.

Các sở, ngành khẩn trương rà soát các Quyết định của UBND tỉnh Kon Tum (cũ): số 32/2024/QĐ-UBND ngày 05/7/2024, số 41/2024/QĐ-UBND ngày 19/9/2024 và các văn bản khác còn quy định nhiệm vụ của cấp huyện, đề xuất sửa đổi hoặc bãi bỏ trước ngày 30/11/2025.

Sở Tư pháp theo dõi, đôn đốc và tổng hợp kết quả, theo yêu cầu tại Thông báo số 415/TB-UBND ngày 25/9/2025 của UBND tỉnh về kết luận của Chủ tịch UBND tỉnh tại hội nghị giao ban công tác tư pháp quý III."""

R11 = [
    ref("Công văn số 5127/UBND-NC", "Công văn", "5127", "UBND-NC", "2025-10-01", "UBND tỉnh", L, "self"),
    ref("Luật Ban hành văn bản quy phạm pháp luật năm 2025", "Luật", None, None, None, QH, C, "implements",
        "only the year: date null"),
    ref("số 78/2025/NĐ-CP ngày 01/4/2025", "Nghị định", "78", "2025/NĐ-CP", "2025-04-01", CP, C, "implements",
        "type and issuer from the list head 'các Nghị định của Chính phủ:'"),
    ref("Luật Ban hành văn bản quy phạm pháp luật", "Luật", None, None, None, QH, C, "implements",
        "law named inside the title of decree 78 (a nested mention of the law cited first)"),
    ref("số 187/2025/NĐ-CP ngày 01/7/2025", "Nghị định", "187", "2025/NĐ-CP", "2025-07-01", CP, C,
        "implements"),
    ref("Nghị định số 78/2025/NĐ-CP", "Nghị định", "78", "2025/NĐ-CP", "2025-04-01", CP, C, "implements",
        "nested in the title of decree 187, inside the 'Để thực hiện' list"),
    ref("số 32/2024/QĐ-UBND ngày 05/7/2024", "Quyết định", "32", "2024/QĐ-UBND", "2024-07-05", "UBND tỉnh", L,
        "cites", "list head 'các Quyết định của UBND tỉnh Kon Tum (cũ):'"),
    ref("số 41/2024/QĐ-UBND ngày 19/9/2024", "Quyết định", "41", "2024/QĐ-UBND", "2024-09-19", "UBND tỉnh", L,
        "cites"),
    ref("Thông báo số 415/TB-UBND ngày 25/9/2025 của UBND tỉnh", "Thông báo", "415", "TB-UBND", "2025-09-25",
        "UBND tỉnh", L, "cites", "'theo Thông báo'"),
]

# --- 12: loose mentions only ("Chỉ thị 12", "Công điện 968"); Trảng Bom is a district of Đồng Nai ---
T12 = """Trảng Bom ra kế hoạch thực hiện Chỉ thị 12 về kỷ luật hành chính

Ngày 10/1/2024, UBND huyện Trảng Bom ban hành Kế hoạch kiểm tra công vụ năm 2024, nhằm tiếp tục triển khai Chỉ thị 12 của Chủ tịch UBND tỉnh và Công điện 968 của Thủ tướng Chính phủ về chấn chỉnh kỷ luật, kỷ cương hành chính.

Theo Phòng Nội vụ huyện, sau gần ba tháng thực hiện Chỉ thị 12, tình trạng công chức đi muộn, về sớm, làm việc riêng trong giờ hành chính đã giảm rõ; song việc trả hồ sơ đất đai vẫn còn trễ hẹn ở một số xã như Sông Trầu, Đồi 61.

Năm nay, các đoàn kiểm tra sẽ đến không báo trước, chấm điểm từng bộ phận một cửa theo các tiêu chí văn hóa công vụ tại Quyết định 1847 của Thủ tướng. Người đứng đầu đơn vị để xảy ra sai phạm lặp lại sẽ bị xem xét trách nhiệm khi đánh giá, xếp loại cuối năm."""

R12 = [
    ref("kế hoạch", "Kế hoạch", None, None, "2024-01-10", "UBND huyện", L, "self",
        "headline, lower case; unnumbered own plan"),
    ref("Chỉ thị 12", "Chỉ thị", "12", None, None, "UBND tỉnh", L, "implements",
        "headline; the body names the chairman of the provincial People's Committee"),
    ref("Kế hoạch", "Kế hoạch", None, None, "2024-01-10", "UBND huyện", L, "self"),
    ref("Chỉ thị 12 của Chủ tịch UBND tỉnh", "Chỉ thị", "12", None, None, "UBND tỉnh", L, "implements"),
    ref("Công điện 968 của Thủ tướng Chính phủ", "Công điện", "968", None, None, TTG, C, "implements",
        "loose: no symbol and no date anywhere in the text"),
    ref("Chỉ thị 12", "Chỉ thị", "12", None, None, "UBND tỉnh", L, "cites",
        "'sau gần ba tháng thực hiện': past performance reported by the district office"),
    ref("Quyết định 1847 của Thủ tướng", "Quyết định", "1847", None, None, TTG, C, "cites"),
]

# --- 13: spelling noise: old tone placement, NBSP, ASCII "CD", "Ð" U+00D0, en dashes (Hà Nội, 2023) ---
T13 = f"""Hà Nội: Thành uỷ chỉ đạo siết chặt kỷ luật, kỷ cương trong thực thi công vụ

Ngày 2/11/2023, thay mặt Ban Thường vụ Thành uỷ, Phó Bí thư Thường trực Thành uỷ Hà Nội đã ký ban hành Chỉ thị số 27–CT/TU về tăng cường kỷ luật, kỷ cương, nâng cao trách nhiệm của cán bộ, đảng viên trong thực thi công vụ.

Chỉ thị nhằm cụ thể hoá Công điện số 968/CD-TTg ngày 16/10/2023 của{NBSP}Thủ tướng{NBSP}Chính phủ cùng với Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương {ETH}ảng khoá XIII, trong bối cảnh Thủ đô đang đẩy mạnh giải ngân vốn đầu tư công và hoàn thiện các quy hoạch lớn.

Ban Thường vụ Thành uỷ yêu cầu các cấp uỷ, tổ chức đảng quán triệt, thực hiện nghiêm Chỉ thị số 26/CT-TTg của Thủ tướng Chính phủ ban hành ngày 20/10/2023 và Quy định số 08-Q{ETH}i/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên; kiên quyết thay thế những người không hoàn thành nhiệm vụ mà không chờ hết nhiệm kỳ.

Ban cán sự đảng UBND Thành phố lãnh đạo rà soát quy chế làm việc, sớm trình ban hành quy chế mới thay thế Quyết định số 1153/Q{ETH}-UBND ngày 14/3/2022 của UBND thành phố; công khai kết quả giải quyết thủ tục hành chính của từng sở, quận, huyện, thị xã hằng tháng.

Các quận uỷ, huyện uỷ, thị uỷ, đảng uỷ trực thuộc báo cáo kết quả thực hiện Chỉ thị số 27 – CT/TU về Ban Thường vụ Thành uỷ (qua Văn phòng Thành uỷ) trước ngày 15/12/2023."""

R13 = [
    ref("Chỉ thị số 27–CT/TU", "Chỉ thị", "27", "CT/TU", "2023-11-02", "Ban Thường vụ Thành ủy", L, "self",
        "en dash in the symbol; Hà Nội's city Party committee numbers as TU"),
    ref(f"Công điện số 968/CD-TTg ngày 16/10/2023 của{NBSP}Thủ tướng{NBSP}Chính phủ", "Công điện", "968",
        "CĐ-TTg", "2023-10-16", TTG, C, "implements", "ASCII 'CD'; NBSP in the issuer phrase"),
    ref(f"Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương {ETH}ảng khoá XIII", "Kết luận",
        "21", "KL/TW", "2021-10-25", "Ban Chấp hành Trung ương", C, "implements", "U+00D0 in 'Ðảng'"),
    ref("Chỉ thị số 26/CT-TTg của Thủ tướng Chính phủ ban hành ngày 20/10/2023", "Chỉ thị", "26", "CT-TTg",
        "2023-10-20", TTG, C, "implements"),
    ref(f"Quy định số 08-Q{ETH}i/TW ngày 25/10/2018 của Ban Chấp hành Trung ương", "Quy định", "8", "QĐi/TW",
        "2018-10-25", "Ban Chấp hành Trung ương", C, "implements", "'QĐi' (Quy định, Party) with U+00D0"),
    ref(f"Quyết định số 1153/Q{ETH}-UBND ngày 14/3/2022 của UBND thành phố", "Quyết định", "1153", "QĐ-UBND",
        "2022-03-14", "UBND thành phố", L, "cites", "to be replaced"),
    ref("Chỉ thị số 27 – CT/TU", "Chỉ thị", "27", "CT/TU", "2023-11-02", "Ban Thường vụ Thành ủy", L, "self",
        "spaced en dash"),
]

# --- 14: text left over from an HTML page: menus, a page-header date that is not the article's,
#         related links, a comment form (Sóc Trăng, before its merger into Cần Thơ) ---
T14 = """Trang chủ | Tin tức | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Video
Thứ Năm, 10/7/2025 | 08:15
Đăng nhập | Đăng ký
Chính trị
Sóc Trăng chấn chỉnh tình trạng chậm trễ giải quyết hồ sơ đất đai
05/12/2024 14:32
Ngày 4/12, Chủ tịch UBND tỉnh Sóc Trăng ký Công văn số 3815/UBND-KT yêu cầu Sở Tài nguyên và Môi trường, Văn phòng Đăng ký đất đai và UBND các huyện, thị xã, thành phố chấn chỉnh ngay tình trạng chậm trễ trong giải quyết hồ sơ đất đai.

Văn bản nêu rõ, thực hiện Công văn số 7345/VPCP-NN ngày 21/10/2024 của Văn phòng Chính phủ truyền đạt ý kiến chỉ đạo của lãnh đạo Chính phủ về cải cách thủ tục đất đai, các cơ quan phải công khai thời hạn giải quyết từng loại hồ sơ, không yêu cầu người dân bổ sung giấy tờ ngoài danh mục đã công bố tại Quyết định số 2158/QĐ-UBND ngày 30/8/2024 của UBND tỉnh.

Qua kiểm tra, toàn tỉnh còn hơn 1.200 hồ sơ cấp giấy chứng nhận quá hạn, tập trung ở thị xã Vĩnh Châu và huyện Trần Đề. Chủ tịch UBND tỉnh giao Thanh tra tỉnh phối hợp với Sở Nội vụ làm rõ trách nhiệm của tập thể, cá nhân để xảy ra tình trạng này, xử lý theo quy định của Luật Đất đai năm 2024.

Chia sẻ | In bài | Lưu tin
Tin liên quan
- Sóc Trăng: Người dân phản ánh chậm cấp sổ đỏ tại Trần Đề
- Triển khai Nghị định số 101/2024/NĐ-CP về đăng ký, cấp giấy chứng nhận quyền sử dụng đất
Ý kiến bạn đọc
Họ và tên (*) | Email (*) | Nội dung bình luận | Gửi bình luận
Bản quyền thuộc Cổng thông tin điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này."""

R14 = [
    ref("Công văn số 3815/UBND-KT", "Công văn", "3815", "UBND-KT", "2024-12-04", "UBND tỉnh", L, "self",
        "'Ngày 4/12' with the article dated 05/12/2024; the header date 10/7/2025 is the page's"),
    ref("Công văn số 7345/VPCP-NN ngày 21/10/2024 của Văn phòng Chính phủ", "Công văn", "7345", "VPCP-NN",
        "2024-10-21", "Văn phòng Chính phủ", C, "implements"),
    ref("Quyết định số 2158/QĐ-UBND ngày 30/8/2024 của UBND tỉnh", "Quyết định", "2158", "QĐ-UBND",
        "2024-08-30", "UBND tỉnh", L, "cites"),
    ref("Luật Đất đai năm 2024", "Luật", None, None, None, QH, C, "cites", "'theo quy định của'; year only"),
    ref("Nghị định số 101/2024/NĐ-CP", "Nghị định", "101", "2024/NĐ-CP", None, CP, C, "cites",
        "in a related-article link left over from the page: still a mention in the text; issuer from NĐ-CP"),
]

CASES = [
    ("heldout-01", "2023-10-27", "Thái Bình", "'Chủ tịch UBND tỉnh Thái Bình đã ký ban hành'", T01, R01, False),
    ("heldout-02", "2025-08-14", "Đà Nẵng", "'Chủ tịch UBND thành phố Đà Nẵng'; after 1/7/2025 (new city)",
     T02, R02, False),
    ("heldout-03", "2024-06-18", "Quảng Bình", "header 'TỈNH ỦY QUẢNG BÌNH', 'Đồng Hới'", T03, R03, False),
    ("heldout-04", "2024-11-14", "Lạng Sơn", "header 'TỈNH LẠNG SƠN'", T04, R04, False),
    ("heldout-05", "2024-03-22", "Bắc Giang", "header 'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG' (before the merger)",
     T05, R05, False),
    ("heldout-06", "2024-04-05", "Hà Tĩnh", "'UBND huyện Can Lộc (Hà Tĩnh)'", T06, R06, True),
    ("heldout-07", "2025-09-10", "Tây Ninh", "'Sở Nội vụ tỉnh Tây Ninh', after the merger with Long An",
     T07, R07, False),
    ("heldout-08", "2024-10-23", None, "a Prime Minister's telegram: central", T08, R08, False),
    ("heldout-09", "2024-02-20", None, "the article issues no document of its own", T09, R09, False),
    ("heldout-10", "2025-07-25", "Hưng Yên", "'UBND tỉnh Hưng Yên vừa ban hành' (new province)", T10, R10, False),
    ("heldout-11", "2025-10-02", "Quảng Ngãi", "'UBND tỉnh Quảng Ngãi' (after absorbing Kon Tum)", T11, R11, False),
    ("heldout-12", "2024-01-12", "Đồng Nai", "'UBND huyện Trảng Bom': a district of Đồng Nai; never named",
     T12, R12, False),
    ("heldout-13", "2023-11-03", "Hà Nội", "'Thành uỷ Hà Nội'", T13, R13, False),
    ("heldout-14", "2024-12-05", "Sóc Trăng", "'Chủ tịch UBND tỉnh Sóc Trăng'; before the 2025 merger into Cần Thơ",
     T14, R14, False),
]


def placed(text: str, references: list[dict]) -> list[dict]:
    """The references with start/end, each searched from the end of the previous one."""
    out, cursor = [], 0
    for item in references:
        start = text.find(item["surface"], cursor)
        if start < 0:
            raise SystemExit(f"surface not found after offset {cursor}: {item['surface']!r}")
        end = start + len(item["surface"])
        out.append({"surface": item["surface"], "start": start, "end": end,
                    **{k: v for k, v in item.items() if k != "surface"}})
        cursor = end
    return out


def build() -> list[dict]:
    records = []
    for case_id, published, province, evidence, text, references, nfd in CASES:
        if nfd:
            text = unicodedata.normalize("NFD", text)
            references = [{**r, "surface": unicodedata.normalize("NFD", r["surface"])} for r in references]
        if not 600 <= len(text) <= 4000:
            raise SystemExit(f"{case_id}: text length {len(text)} outside 600-4000")
        records.append({
            "id": case_id, "source": f"heldout/{case_id}.txt", "url": None, "published": published,
            "province": province, "province_evidence": evidence, "text": text,
            "references": placed(text, references),
        })
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    total = sum(len(r["references"]) for r in records)
    print(f"wrote {OUT.name}: {len(records)} cases, {total} references")


if __name__ == "__main__":
    main()
