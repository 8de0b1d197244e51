"""Builds heldout3.jsonl: the third blind held-out gold set for the document-citation extractor.

Sixteen short Vietnamese texts written for this set (not copied from any article), on topics other
than administrative discipline: storm telegrams, COVID-era directives, public investment, Party
anti-corruption rules, Đề án 06, land law, education, health, HĐND resolutions, the 2025
reorganisation and a ministry carrying out Nghị quyết 57. Numbers that the writer did not know are
plausible inventions; bodies and places are real.

Every reference was annotated by hand, in order, as (surface, doc_type, number, symbol, date,
issuer, scope, role[, note]). The builder only computes offsets: each surface is searched from the
end of the previous reference (or from an optional anchor phrase, when a short surface would
otherwise land on an earlier occurrence), and a surface that cannot be found stops the build.

Run: /work/main/.venv/bin/python tests/fixtures_extract/build_heldout3.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).with_name("heldout3.jsonl")

NBSP = "\u00a0"
ETH = "\u00d0"  # "Ð", the look-alike of "Đ" that real pages carry
EN_DASH = "\u2013"

TTG = "Thủ tướng Chính phủ"
CP = "Chính phủ"
BCT = "Bộ Chính trị"
QH = "Quốc hội"
C, L = "central", "local"
SELF, IMPL, CITE = "self", "implements", "cites"


def R(surface, doc_type, number, symbol, date, issuer, scope, role, note=None, anchor=None):
    """One hand-annotated reference; `anchor` is a phrase to search first (not stored)."""
    ref = {"surface": surface, "doc_type": doc_type, "number": number, "symbol": symbol,
           "date": date, "issuer": issuer, "scope": scope, "role": role}
    if note:
        ref["note"] = note
    return ref, anchor


CASES = []


def case(cid, source, published, province, evidence, text, refs):
    CASES.append({"id": cid, "source": source, "url": None, "published": published,
                  "province": province, "province_evidence": evidence, "text": text,
                  "refs": refs})


# 01 — Government portal: the Prime Minister's storm telegram (central, no province).
case("h3-01", "heldout3/01 government portal, storm telegram", "2024-09-05", None,
     "the Prime Minister's own telegram: central", """\
Thủ tướng Chính phủ chỉ đạo ứng phó khẩn cấp với bão số 3

(Chinhphu.vn) - Chiều 5/9, Thủ tướng Chính phủ Phạm Minh Chính đã ký Công điện số 86/CĐ-TTg về việc tập trung ứng phó khẩn cấp với cơn bão số 3 năm 2024 (tên quốc tế Yagi).

Công điện gửi Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Quảng Ninh đến Nghệ An và các tỉnh trung du, miền núi phía Bắc; Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Phát triển nông thôn, Công Thương, Giao thông vận tải, Tài nguyên và Môi trường.

Theo cơ quan khí tượng, sáng ngày 5/9 bão đã đạt cường độ cấp 16, giật trên cấp 17, là một trong những cơn bão mạnh nhất hoạt động trên Biển Đông trong thập kỷ qua. Tiếp theo Công điện số 84/CĐ-TTg ngày 04/9/2024, Thủ tướng yêu cầu các địa phương tuyệt đối không được chủ quan, triển khai ứng phó ở mức cao nhất với phương châm "bốn tại chỗ", sẵn sàng di dời người dân khỏi vùng nguy hiểm.

Các tỉnh ven biển kiểm đếm, hướng dẫn tàu thuyền về nơi neo đậu; đưa toàn bộ người trên lồng bè, chòi canh nuôi trồng thủy sản lên bờ chậm nhất trước 17 giờ ngày 6/9; kiểm tra phương án bảo vệ đê điều, hồ đập theo đúng quy định của Luật Phòng, chống thiên tai và Luật Đê điều.

Bộ Nông nghiệp và Phát triển nông thôn, trên cơ sở Công điện số 5263/CĐ-BNN-ĐĐ ngày 3/9 của Bộ, tiếp tục hướng dẫn các địa phương chằng chống nhà cửa, theo dõi sát diễn biến và phối hợp với Ban Chỉ đạo quốc gia về phòng, chống thiên tai chỉ đạo công tác ứng phó. Bộ Quốc phòng, Bộ Công an bố trí lực lượng, phương tiện cứu hộ tại các khu vực xung yếu.

Thủ tướng đề nghị các địa phương quán triệt và thực hiện nghiêm các chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 19/CT-TTg ngày 25/6/2024 về công tác phòng, chống thiên tai mùa mưa bão năm 2024, không để bị động, bất ngờ.

Văn phòng Chính phủ theo dõi, đôn đốc các bộ, địa phương thực hiện Công điện 86; báo cáo Thủ tướng những vấn đề đột xuất, phát sinh.
""", [
    R("Công điện số 86/CĐ-TTg", "Công điện", "86", "CĐ-TTg", "2024-09-05", TTG, C, SELF,
      "'Chiều 5/9 ... đã ký': year from the article date"),
    R("Công điện số 84/CĐ-TTg ngày 04/9/2024", "Công điện", "84", "CĐ-TTg", "2024-09-04", TTG, C, CITE,
      "'Tiếp theo': an earlier telegram, not carried out by this one; issuer from the symbol"),
    R("Luật Phòng, chống thiên tai", "Luật", None, None, None, QH, C, CITE, "law by name, no date in the text"),
    R("Luật Đê điều", "Luật", None, None, None, QH, C, CITE),
    R("Công điện số 5263/CĐ-BNN-ĐĐ ngày 3/9", "Công điện", "5263", "CĐ-BNN-ĐĐ", "2024-09-03",
      "Bộ Nông nghiệp và Phát triển nông thôn", C, CITE, "issuer named before it; year implied"),
    R("Chỉ thị số 19/CT-TTg ngày 25/6/2024", "Chỉ thị", "19", "CT-TTg", "2024-06-25", TTG, C, IMPL,
      "issuer before the document: 'các chỉ đạo của Thủ tướng Chính phủ tại'"),
    R("Công điện 86", "Công điện", "86", None, "2024-09-05", TTG, C, SELF, "loose repeat"),
])

# 02 — Provincial portal: Quảng Ninh's chairman follows the PM's telegram.
case("h3-02", "heldout3/02 provincial portal, storm telegram follow-up", "2024-09-05", "Quảng Ninh",
     "'Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy'", f"""\
Quảng Ninh cấm tàu thuyền ra khơi từ trưa 5/9 để ứng phó bão số 3

Ngày 5/9/2024, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy đã ký ban hành Công điện số 06/CĐ-UBND về việc khẩn trương triển khai các biện pháp cấp bách ứng phó với bão số 3.

Thực hiện Công điện số 86/CD-TTg ngày 5/9/2024 của Thủ tướng Chính phủ và Công điện số 07/C{ETH}-QG ngày 04/9/2024 của Ban Chỉ đạo quốc gia về phòng, chống thiên tai, Chủ tịch UBND tỉnh yêu cầu từ 12 giờ ngày 5/9 cấm tất cả các phương tiện, tàu thuyền hoạt động trên biển, kể cả tàu du lịch lưu trú qua đêm trên vịnh Hạ Long và vịnh Bái Tử Long; chậm nhất đến 15 giờ cùng ngày phải đưa toàn bộ người trên lồng bè, chòi canh nuôi trồng thủy sản vào nơi an toàn.

Các địa phương ven biển như Móng Cái, Hải Hà, Đầm Hà, Tiên Yên, Vân Đồn, Cô Tô khẩn trương kêu gọi tàu thuyền vào nơi tránh trú; tổ chức chằng chống nhà cửa, cắt tỉa cây xanh, kiểm tra an toàn các công trình đang thi công. Việc di dời dân ở khu vực có nguy cơ sạt lở, ngập lụt được triển khai theo Quyết định số 1850/QĐ-UBND ngày 20/6/2024 của UBND tỉnh về phương án ứng phó thiên tai theo các cấp độ rủi ro.

Trước đó, Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh đã có Công điện số 03/CĐ-PCTT ngày 3/9 yêu cầu các ngành, địa phương theo dõi chặt chẽ diễn biến của bão, tổ chức trực ban 24/24 giờ.

Công điện 06 cũng giao Sở Giáo dục và Đào tạo cho học sinh toàn tỉnh nghỉ học ngày 6/9 và 7/9; Công ty Điện lực Quảng Ninh chuẩn bị vật tư để khắc phục sự cố lưới điện; Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh bố trí lực lượng trực cứu hộ, cứu nạn tại các địa bàn trọng điểm.

Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội phối hợp tuyên truyền để người dân nắm được diễn biến của bão, chủ động phòng tránh, thực hiện nghiêm Công điện số 86/CĐ-TTg của Thủ tướng Chính phủ.
""", [
    R("Công điện số 06/CĐ-UBND", "Công điện", "06", "CĐ-UBND", "2024-09-05", "UBND tỉnh", L, SELF,
      "the chairman's telegram is the UBND's"),
    R("Công điện số 86/CD-TTg ngày 5/9/2024 của Thủ tướng Chính phủ", "Công điện", "86", "CĐ-TTg",
      "2024-09-05", TTG, C, IMPL, "ASCII 'CD'"),
    R(f"Công điện số 07/C{ETH}-QG ngày 04/9/2024 của Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
      "Công điện", "07", "CĐ-QG", "2024-09-04", "Ban Chỉ đạo quốc gia về phòng, chống thiên tai", C, IMPL,
      "'Ð' U+00D0 in the symbol"),
    R("Quyết định số 1850/QĐ-UBND ngày 20/6/2024 của UBND tỉnh", "Quyết định", "1850", "QĐ-UBND",
      "2024-06-20", "UBND tỉnh", L, CITE, "evacuation runs 'theo' the plan: basis"),
    R("Công điện số 03/CĐ-PCTT ngày 3/9", "Công điện", "03", "CĐ-PCTT", "2024-09-03",
      "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh", L, CITE,
      "issuer named before it ('Trước đó, Ban Chỉ huy ... đã có'); year implied"),
    R("Công điện 06", "Công điện", "06", None, "2024-09-05", "UBND tỉnh", L, SELF),
    R("Công điện số 86/CĐ-TTg của Thủ tướng Chính phủ", "Công điện", "86", "CĐ-TTg", "2024-09-05",
      TTG, C, IMPL, "'thực hiện nghiêm'; no date in this mention, the document's date from above"),
])

# 03 — Provincial newspaper: Quảng Trị's disaster command carries out two telegrams (2020 floods).
case("h3-03", "heldout3/03 provincial newspaper, flood telegram", "2020-10-17", "Quảng Trị",
     "'Ban Chỉ huy ... tỉnh Quảng Trị' and the districts Hải Lăng, Triệu Phong, Đông Hà", """\
Quảng Trị: Khẩn trương sơ tán dân vùng thấp trũng trước đợt mưa lũ mới

Ngày 17-10, Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Quảng Trị ban hành Công điện số 42/CĐ-PCTT yêu cầu các địa phương tập trung ứng phó với đợt mưa lớn kéo dài và nguy cơ lũ quét, sạt lở đất tại khu vực miền núi.

Triển khai Công điện số 1410/CĐ-TTg ngày 16-10-2020 của Thủ tướng Chính phủ về tập trung khắc phục hậu quả mưa lũ và chủ động ứng phó với áp thấp nhiệt đới, cùng Công điện khẩn số 14/CĐ-UBND ngày 16-10 của Chủ tịch UBND tỉnh, Ban Chỉ huy yêu cầu UBND các huyện Hải Lăng, Triệu Phong, Gio Linh, Vĩnh Linh, Đakrông, Hướng Hóa và thành phố Đông Hà, thị xã Quảng Trị khẩn trương di dời người dân ra khỏi khu vực ngập sâu, ven sông, ven suối; tuyệt đối không để người dân qua lại tại các ngầm tràn, đoạn đường bị ngập.

Theo báo cáo nhanh, đến chiều 16-10 toàn tỉnh đã sơ tán hơn 8.400 hộ với trên 28.000 nhân khẩu; nhiều đoạn trên quốc lộ 9, quốc lộ 49C bị sạt lở, chia cắt cục bộ. Các lực lượng quân đội, công an, biên phòng được huy động hỗ trợ Nhân dân di chuyển tài sản, vận chuyển lương thực, nước uống đến các điểm bị cô lập.

Công điện 42 nhấn mạnh: các địa phương chủ động ứng phó theo phương án đã được phê duyệt tại Quyết định số 1569/QĐ-UBND ngày 29/6/2020 của UBND tỉnh; kiểm tra, vận hành an toàn các hồ chứa thủy lợi, thủy điện; bố trí lực lượng, phương tiện túc trực 24/24 giờ tại các vùng trọng điểm.

Sở Nông nghiệp và Phát triển nông thôn, cơ quan thường trực của Ban Chỉ huy, tổng hợp tình hình thiệt hại, báo cáo UBND tỉnh và Ban Chỉ đạo Trung ương về phòng, chống thiên tai trước 16 giờ hằng ngày.
""", [
    R("Công điện số 42/CĐ-PCTT", "Công điện", "42", "CĐ-PCTT", "2020-10-17",
      "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh", L, SELF,
      "'Ngày 17-10': year from the article; issuer named before it"),
    R("Công điện số 1410/CĐ-TTg ngày 16-10-2020 của Thủ tướng Chính phủ", "Công điện", "1410", "CĐ-TTg",
      "2020-10-16", TTG, C, IMPL, "date with hyphens"),
    R("Công điện khẩn số 14/CĐ-UBND ngày 16-10 của Chủ tịch UBND tỉnh", "Công điện", "14", "CĐ-UBND",
      "2020-10-16", "UBND tỉnh", L, IMPL, "'Công điện khẩn'; the chairman's telegram is the UBND's; year implied"),
    R("Công điện 42", "Công điện", "42", None, "2020-10-17",
      "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh", L, SELF),
    R("Quyết định số 1569/QĐ-UBND ngày 29/6/2020 của UBND tỉnh", "Quyết định", "1569", "QĐ-UBND",
      "2020-06-29", "UBND tỉnh", L, CITE, "'theo phương án đã được phê duyệt tại': basis"),
])

# 04 — Provincial newspaper: Bình Định pushes public-investment disbursement.
case("h3-04", "heldout3/04 provincial newspaper, public investment", "2024-07-15", "Bình Định",
     "'Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn'", """\
Bình Định: Người đứng đầu phải chịu trách nhiệm nếu giải ngân vốn đầu tư công chậm

Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn vừa ký Công văn số 5123/UBND-TH ngày 12/7/2024 yêu cầu các sở, ban, ngành, UBND các huyện, thị xã, thành phố và các chủ đầu tư đẩy nhanh tiến độ thực hiện, giải ngân kế hoạch vốn đầu tư công năm 2024.

Theo báo cáo của Sở Kế hoạch và Đầu tư, đến hết tháng 6/2024 toàn tỉnh mới giải ngân được khoảng 31% kế hoạch vốn Thủ tướng Chính phủ giao, thấp hơn mức bình quân chung của cả nước. Một số dự án trọng điểm vướng mắc trong bồi thường, giải phóng mặt bằng, thiếu vật liệu đắp nền.

Để quán triệt các chỉ đạo của Chính phủ tại Nghị quyết số 01/NQ-CP ngày 05 tháng 01 năm 2024 về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024, cũng như Công điện số 62/CĐ-TTg ngày 29/6/2024 của Thủ tướng Chính phủ về đẩy mạnh giải ngân vốn đầu tư công, Chủ tịch UBND tỉnh đề nghị lãnh đạo các cơ quan, đơn vị xác định giải ngân là nhiệm vụ chính trị trọng tâm; phân công lãnh đạo trực tiếp theo dõi từng dự án, lập tiến độ giải ngân chi tiết theo tháng.

Các chủ đầu tư rà soát, điều chuyển vốn từ dự án chậm giải ngân sang dự án có khả năng giải ngân tốt hơn, bảo đảm đúng quy định của Luật Đầu tư công ngày 13 tháng 6 năm 2019 và Nghị quyết số 45/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh về kế hoạch đầu tư công năm 2024. Tổ công tác của tỉnh kiểm tra hiện trường theo tinh thần Quyết định số 435/QĐ-TTg ngày 24/4/2023 của Thủ tướng Chính phủ về thành lập các Tổ công tác kiểm tra, đôn đốc, tháo gỡ khó khăn, vướng mắc, đẩy mạnh giải ngân vốn đầu tư công.

Công văn 5123 nêu rõ: người đứng đầu cơ quan, đơn vị, địa phương để xảy ra chậm trễ sẽ bị xem xét trách nhiệm khi đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2024; kết quả giải ngân được báo cáo UBND tỉnh (qua Sở Kế hoạch và Đầu tư) trước ngày 25 hằng tháng.
""", [
    R("Công văn số 5123/UBND-TH ngày 12/7/2024", "Công văn", "5123", "UBND-TH", "2024-07-12",
      "UBND tỉnh", L, SELF),
    R("Nghị quyết số 01/NQ-CP ngày 05 tháng 01 năm 2024", "Nghị quyết", "01", "NQ-CP", "2024-01-05",
      CP, C, IMPL, "'quán triệt các chỉ đạo của Chính phủ tại': issuer before the document"),
    R("Công điện số 62/CĐ-TTg ngày 29/6/2024 của Thủ tướng Chính phủ", "Công điện", "62", "CĐ-TTg",
      "2024-06-29", TTG, C, IMPL, "second object of 'Để quán triệt ... cũng như'"),
    R("Luật Đầu tư công ngày 13 tháng 6 năm 2019", "Luật", None, None, "2019-06-13", QH, C, CITE),
    R("Nghị quyết số 45/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh", "Nghị quyết", "45", "NQ-HĐND",
      "2023-12-08", "HĐND tỉnh", L, CITE),
    R("Quyết định số 435/QĐ-TTg ngày 24/4/2023 của Thủ tướng Chính phủ", "Quyết định", "435", "QĐ-TTg",
      "2023-04-24", TTG, C, CITE, "'theo tinh thần': basis"),
    R("Công văn 5123", "Công văn", "5123", None, "2024-07-12", "UBND tỉnh", L, SELF),
])

# 05 — Party newspaper: Thanh Hóa's Standing Board plans the Politburo's power-control rules.
case("h3-05", "heldout3/05 provincial Party newspaper, anti-corruption", "2023-12-20", "Thanh Hóa",
     "'Ban Thường vụ Tỉnh uỷ Thanh Hoá', signer Đỗ Trọng Hưng, Bí thư Tỉnh ủy Thanh Hóa", f"""\
Ban Thường vụ Tỉnh uỷ Thanh Hoá ban hành kế hoạch kiểm soát quyền lực trong công tác cán bộ

Báo Thanh Hoá - Thay mặt Ban Thường vụ Tỉnh uỷ, đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh uỷ đã ký ban hành Kế hoạch số 215-KH/TU ngày 18/12/2023 thực hiện Quy định số 114-QĐ/TW ngày 11/7/2023 và Quy định số 131 - QĐ/TW ngày 27/10/2023 của Bộ{NBSP}Chính{NBSP}trị.

Mục đích của kế hoạch nhằm quán triệt sâu sắc nội dung Quy định 114 về kiểm soát quyền lực và phòng, chống tham nhũng, tiêu cực trong công tác cán bộ, cùng các quy định về kiểm soát quyền lực trong công tác kiểm tra, giám sát, thi hành kỷ luật đảng và trong hoạt động thanh tra, kiểm toán; nâng cao nhận thức, trách nhiệm của cấp uỷ, tổ chức đảng, người đứng đầu và cán bộ, đảng viên.

Kế hoạch được xây dựng trên cơ sở kết quả tổng kết Chỉ thị số 50-CT/TW ngày 07/12/2015 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác phát hiện, xử lý vụ việc, vụ án tham nhũng, đồng thời kế thừa những nội dung còn phù hợp của Chỉ thị số 07-CT/TU ngày 15/3/2022 của Ban Thường vụ Tỉnh uỷ về nâng cao chất lượng công tác cán bộ.

Trong quý I năm 2024, các đảng bộ trực thuộc hoàn thành việc rà soát, bổ sung quy chế làm việc, quy trình công tác cán bộ; công khai các trường hợp vi phạm đã bị xử lý. Ủy ban Kiểm tra Tỉnh uỷ chủ trì, phối hợp với Ban Tổ chức Tỉnh uỷ hướng dẫn, theo dõi, đôn đốc và định kỳ tháng 11 hằng năm tham mưu Ban Thường vụ sơ kết việc thực hiện Kế hoạch 215.

Theo Ban Nội chính Tỉnh uỷ, năm 2023 toàn tỉnh đã thi hành kỷ luật 24 tổ chức đảng và 310 đảng viên, trong đó có 41 đảng viên vi phạm liên quan đến tham nhũng, tiêu cực, lãng phí.
""", [
    R("Kế hoạch số 215-KH/TU ngày 18/12/2023", "Kế hoạch", "215", "KH/TU", "2023-12-18",
      "Ban Thường vụ Tỉnh ủy", L, SELF, "'Thay mặt Ban Thường vụ Tỉnh uỷ, ... Bí thư Tỉnh uỷ đã ký'"),
    R("Quy định số 114-QĐ/TW ngày 11/7/2023", "Quy định", "114", "QĐ/TW", "2023-07-11", BCT, C, IMPL,
      "shared issuer phrase 'của Bộ Chính trị' after the second item"),
    R(f"Quy định số 131 - QĐ/TW ngày 27/10/2023 của Bộ{NBSP}Chính{NBSP}trị", "Quy định", "131", "QĐ/TW",
      "2023-10-27", BCT, C, IMPL, "spaces around the hyphen; NBSP inside the issuer"),
    R("Quy định 114", "Quy định", "114", None, "2023-07-11", BCT, C, IMPL, "'quán triệt sâu sắc'"),
    R("Chỉ thị số 50-CT/TW ngày 07/12/2015 của Bộ Chính trị", "Chỉ thị", "50", "CT/TW", "2015-12-07",
      BCT, C, CITE, "'trên cơ sở kết quả tổng kết': basis"),
    R("Chỉ thị số 07-CT/TU ngày 15/3/2022 của Ban Thường vụ Tỉnh uỷ", "Chỉ thị", "07", "CT/TU",
      "2022-03-15", "Ban Thường vụ Tỉnh ủy", L, CITE, "'kế thừa những nội dung còn phù hợp': basis"),
    R("Kế hoạch 215", "Kế hoạch", "215", None, "2023-12-18", "Ban Thường vụ Tỉnh ủy", L, SELF),
])

# 06 — Provincial portal: Bắc Giang's 2024 plan for Đề án 06.
case("h3-06", "heldout3/06 provincial portal, digital transformation", "2024-03-18", "Bắc Giang",
     "'UBND tỉnh Bắc Giang ban hành'", f"""\
Bắc Giang đặt mục tiêu 100% hồ sơ thủ tục hành chính được số hóa trong năm 2024

Cổng TTĐT tỉnh - Ngày 15/3/2024, UBND tỉnh Bắc Giang ban hành Kế hoạch số 112/KH{EN_DASH}UBND triển khai Đề án 06 trên địa bàn tỉnh năm 2024.

Kế hoạch được ban hành nhằm tiếp tục thực hiện Quyết định số 06/QĐ-TTg ngày 06-01-2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 và Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ về tiếp tục đẩy mạnh triển khai Đề án này tại các bộ, ngành, địa phương.

Theo kế hoạch, năm 2024 tỉnh phấn đấu 100% hồ sơ thủ tục hành chính tiếp nhận mới được số hóa, kết quả giải quyết được trả vào kho dữ liệu điện tử của tổ chức, cá nhân; 90% người dân trong độ tuổi được kích hoạt tài khoản định danh điện tử mức độ 2 theo Nghị định số 59/2022/NĐ-CP ngày 05/9/2022 của Chính phủ quy định về định danh và xác thực điện tử.

Công an tỉnh là cơ quan thường trực, phối hợp với Sở Thông tin và Truyền thông kết nối Cơ sở dữ liệu quốc gia về dân cư với hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; làm sạch dữ liệu hộ tịch, bảo hiểm, đất đai. Sở Y tế triển khai sử dụng căn cước công dân gắn chíp thay thẻ bảo hiểm y tế ở 100% cơ sở khám, chữa bệnh.

Năm 2023, tỉnh đã hoàn thành 37/39 chỉ tiêu đặt ra tại Kế hoạch số 30/KH-UBND ngày 10/02/2023 của UBND tỉnh. Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương coi việc triển khai Đề án 06 là nhiệm vụ trọng tâm, gắn trách nhiệm người đứng đầu với kết quả thực hiện Kế hoạch 112.
""", [
    R(f"Kế hoạch số 112/KH{EN_DASH}UBND", "Kế hoạch", "112", "KH-UBND", "2024-03-15", "UBND tỉnh", L, SELF,
      "en dash in the symbol"),
    R("Đề án 06", "Đề án", "06", None, "2022-01-06", TTG, C, IMPL,
      "the scheme approved by Quyết định 06/QĐ-TTg of 6/1/2022, known by that number; "
      "annotated as its own document (type Đề án), with the approving decision's date and issuer"),
    R("Quyết định số 06/QĐ-TTg ngày 06-01-2022 của Thủ tướng Chính phủ", "Quyết định", "06", "QĐ-TTg",
      "2022-01-06", TTG, C, IMPL),
    R("Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ", "Chỉ thị", "05", "CT-TTg",
      "2023-02-23", TTG, C, IMPL, "'Đề án này' after it is vague: not a reference"),
    R("Nghị định số 59/2022/NĐ-CP ngày 05/9/2022 của Chính phủ", "Nghị định", "59", "2022/NĐ-CP",
      "2022-09-05", CP, C, CITE),
    R("Kế hoạch số 30/KH-UBND ngày 10/02/2023 của UBND tỉnh", "Kế hoạch", "30", "KH-UBND", "2023-02-10",
      "UBND tỉnh", L, CITE, "last year's plan: its targets reported, not carried out by the new plan"),
    R("Đề án 06", "Đề án", "06", None, "2022-01-06", TTG, C, IMPL),
    R("Kế hoạch 112", "Kế hoạch", "112", None, "2024-03-15", "UBND tỉnh", L, SELF),
])

# 07 — Provincial newspaper: Lâm Đồng's land decision under the 2024 Land Law.
case("h3-07", "heldout3/07 provincial newspaper, land", "2024-10-02", "Lâm Đồng",
     "'UBND tỉnh Lâm Đồng vừa ban hành'; Đà Lạt, Bảo Lộc", """\
Lâm Đồng quy định hạn mức giao đất ở theo Luật Đất đai 2024

UBND tỉnh Lâm Đồng vừa ban hành Quyết định số 39/2024/QĐ-UBND ngày 27/9/2024 quy định hạn mức giao đất ở, hạn mức công nhận đất ở và diện tích tối thiểu được tách thửa đối với từng loại đất trên địa bàn tỉnh. Quyết định có hiệu lực kể từ ngày 10/10/2024.

Quyết định được ban hành căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024, Luật Nhà ở ngày 27 tháng 11 năm 2023 và các Nghị định của Chính phủ: số 88/2024/NĐ-CP ngày 15/7/2024 quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất; số 101/2024/NĐ-CP ngày 29/7/2024 quy định về điều tra cơ bản đất đai, đăng ký, cấp giấy chứng nhận và hệ thống thông tin đất đai; số 102/2024/NĐ-CP ngày 30/7/2024 quy định chi tiết thi hành một số điều của Luật Đất đai.

Theo đó, hạn mức giao đất ở tại các phường thuộc thành phố Đà Lạt, Bảo Lộc không quá 300 m2; tại thị trấn không quá 400 m2; tại các xã không quá 500 m2. Diện tích tối thiểu sau khi tách thửa đối với đất ở tại đô thị là 40 m2, chiều rộng mặt tiền không nhỏ hơn 4 m; đối với đất ở tại nông thôn là 60 m2. Đối với đất nông nghiệp, diện tích tối thiểu được tách thửa là 500 m2 với đất trồng cây hằng năm và 1.000 m2 với đất trồng cây lâu năm.

Quyết định 39/2024/QD-UBND thay thế Quyết định số 18/2020/QĐ-UBND ngày 12/8/2020 của UBND tỉnh. Những hồ sơ tách thửa đã được tiếp nhận hợp lệ trước ngày Quyết định có hiệu lực thì tiếp tục giải quyết theo quy định tại thời điểm tiếp nhận.

Sở Tài nguyên và Môi trường được giao hướng dẫn, kiểm tra việc thực hiện; UBND các huyện, thành phố công khai hạn mức tại bộ phận một cửa, ngăn chặn tình trạng "phân lô, bán nền" trái phép lợi dụng quy định mới.
""", [
    R("Luật Đất đai 2024", "Luật", None, None, "2024-01-18", QH, C, CITE,
      "headline, law by name and year; 'theo' a law: basis; date from the body"),
    R("Quyết định số 39/2024/QĐ-UBND ngày 27/9/2024", "Quyết định", "39", "2024/QĐ-UBND", "2024-09-27",
      "UBND tỉnh", L, SELF),
    R("Luật Đất đai số 31/2024/QH15 ngày 18/01/2024", "Luật", "31", "2024/QH15", "2024-01-18", QH, C, CITE),
    R("Luật Nhà ở ngày 27 tháng 11 năm 2023", "Luật", None, None, "2023-11-27", QH, C, CITE),
    R("số 88/2024/NĐ-CP ngày 15/7/2024", "Nghị định", "88", "2024/NĐ-CP", "2024-07-15", CP, C, CITE,
      "list under 'các Nghị định của Chính phủ:'"),
    R("số 101/2024/NĐ-CP ngày 29/7/2024", "Nghị định", "101", "2024/NĐ-CP", "2024-07-29", CP, C, CITE),
    R("số 102/2024/NĐ-CP ngày 30/7/2024", "Nghị định", "102", "2024/NĐ-CP", "2024-07-30", CP, C, CITE),
    R("Luật Đất đai", "Luật", None, None, "2024-01-18", QH, C, CITE, "nested in the title of Nghị định 102"),
    R("Quyết định 39/2024/QD-UBND", "Quyết định", "39", "2024/QĐ-UBND", "2024-09-27", "UBND tỉnh", L, SELF,
      "ASCII 'QD'"),
    R("Quyết định số 18/2020/QĐ-UBND ngày 12/8/2020 của UBND tỉnh", "Quyết định", "18", "2020/QĐ-UBND",
      "2020-08-12", "UBND tỉnh", L, CITE, "replaced by the new decision"),
])

# 08 — Official letter with header and 'Nơi nhận': Hà Nội's education department on Thông tư 29.
case("h3-08", "heldout3/08 official letter, education", "2025-02-10", "Hà Nội",
     "header 'UBND THÀNH PHỐ HÀ NỘI / SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Hà Nội, ngày 10 tháng 02 năm 2025'", f"""\
UBND THÀNH PHỐ HÀ NỘI
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 412/SGDĐT-GDTrH
V/v triển khai thực hiện Thông tư số 29/2024/TT-BGDĐT về dạy thêm, học thêm

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 02 năm 2025

Kính gửi:
- Trưởng phòng Giáo dục và Đào tạo các quận, huyện, thị xã;
- Hiệu trưởng các trường trung học phổ thông công lập, tư thục;
- Giám đốc các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên.

Thực hiện Thông tư số 29/2024/TT-BGD{ETH}T ngày 30/12/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về dạy thêm, học thêm (có hiệu lực từ ngày 14/02/2025), Sở Giáo dục và Đào tạo Hà Nội đề nghị các đơn vị triển khai một số nội dung sau:

1. Tổ chức cho cán bộ quản lý, giáo viên nghiên cứu, nắm vững các quy định của Thông tư 29; rà soát toàn bộ hoạt động dạy thêm, học thêm hiện có tại đơn vị, chấm dứt các lớp không đúng quy định trước ngày Thông tư có hiệu lực.

2. Việc dạy thêm trong nhà trường không được thu tiền của học sinh, chỉ dành cho học sinh có kết quả học tập môn học cuối kỳ chưa đạt, học sinh được nhà trường chọn bồi dưỡng học sinh giỏi và học sinh lớp cuối cấp tự nguyện đăng ký ôn thi, theo hướng dẫn tại Công văn số 3935/BGDĐT-GDTrH ngày 30/7/2024 của Bộ Giáo dục và Đào tạo về thực hiện nhiệm vụ giáo dục trung học năm học 2024-2025.

3. Giáo viên đang dạy tại trường không được dạy thêm ngoài nhà trường có thu tiền đối với học sinh mà mình đang dạy chính khóa; thủ trưởng đơn vị chịu trách nhiệm quản lý, kiểm tra việc thực hiện của giáo viên.

4. Các đơn vị lồng ghép nội dung trên vào kế hoạch giáo dục của nhà trường, theo nhiệm vụ năm học đã được giao tại Chỉ thị số 13/CT-UBND ngày 15/8/2024 của UBND Thành phố; báo cáo kết quả về Sở (qua Phòng Giáo dục Trung học) trước ngày 28/02/2025.

Sở Giáo dục và Đào tạo yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.

Nơi nhận:
- Như trên;
- Bộ GD&ĐT (để b/c);
- UBND Thành phố (để b/c);
- Giám đốc Sở (để b/c);
- Lưu: VT, GDTrH.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
""", [
    R("Số: 412/SGDĐT-GDTrH", "Công văn", "412", "SGDĐT-GDTrH", "2025-02-10", "Sở Giáo dục và Đào tạo", L, SELF,
      "header; a letter ('V/v'), date from the place-and-date line"),
    R("Thông tư số 29/2024/TT-BGDĐT", "Thông tư", "29", "2024/TT-BGDĐT", "2024-12-30",
      "Bộ Giáo dục và Đào tạo", C, IMPL, "the 'V/v' line; date from the body"),
    R(f"Thông tư số 29/2024/TT-BGD{ETH}T ngày 30/12/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo", "Thông tư",
      "29", "2024/TT-BGDĐT", "2024-12-30", "Bộ Giáo dục và Đào tạo", C, IMPL,
      "'Ð' U+00D0; the minister's circular is the ministry's"),
    R("Thông tư 29", "Thông tư", "29", None, "2024-12-30", "Bộ Giáo dục và Đào tạo", C, IMPL),
    R("Công văn số 3935/BGDĐT-GDTrH ngày 30/7/2024 của Bộ Giáo dục và Đào tạo", "Công văn", "3935",
      "BGDĐT-GDTrH", "2024-07-30", "Bộ Giáo dục và Đào tạo", C, CITE, "'theo hướng dẫn tại'"),
    R("Chỉ thị số 13/CT-UBND ngày 15/8/2024 của UBND Thành phố", "Chỉ thị", "13", "CT-UBND", "2024-08-15",
      "UBND thành phố", L, CITE, "centrally-run city; 'theo nhiệm vụ ... đã được giao tại'"),
])

# 09 — Government portal: the Ministry of Health's telegram on dengue (central).
case("h3-09", "heldout3/09 government portal, health", "2024-08-22", None,
     "the Ministry of Health's own telegram: central", """\
Bộ Y tế đề nghị các địa phương không để dịch sốt xuất huyết bùng phát

(Chinhphu.vn) - Thực hiện Công điện số 81/CĐ-TTg ngày 18/8/2024 của Thủ tướng Chính phủ về tăng cường phòng, chống dịch bệnh mùa mưa, Bộ Y tế vừa có Công điện số 1198/CĐ-BYT gửi Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương đề nghị tập trung chỉ đạo công tác phòng, chống sốt xuất huyết, tay chân miệng và sởi.

Theo số liệu giám sát, từ đầu năm đến ngày 20/8, cả nước ghi nhận hơn 68.000 ca mắc sốt xuất huyết, 11 trường hợp tử vong; số ca mắc tăng mạnh tại Hà Nội, Bình Dương, Khánh Hòa và một số tỉnh Tây Nguyên. Dự báo dịch có thể tiếp tục gia tăng trong những tháng cao điểm mùa mưa.

Công điện ngày 21/8 đề nghị các địa phương tổ chức chiến dịch diệt lăng quăng, bọ gậy; giám sát chặt chẽ, phát hiện sớm và xử lý triệt để ổ dịch theo quy định của Luật Phòng, chống bệnh truyền nhiễm; bảo đảm đủ thuốc, hóa chất, vật tư, trang thiết bị cho công tác điều trị.

Các cơ sở khám bệnh, chữa bệnh thực hiện phân tuyến điều trị, tránh quá tải tuyến cuối; áp dụng đúng hướng dẫn chẩn đoán và điều trị ban hành kèm theo Quyết định số 2760/QĐ-BYT ngày 04/7/2023 của Bộ trưởng Bộ Y tế. Việc thông tin, báo cáo bệnh truyền nhiễm thực hiện theo Thông tư số 54/2015/TT-BYT ngày 28-12-2015 của Bộ Y tế.

Bộ Y tế cũng yêu cầu Sở Y tế các tỉnh, thành phố tham mưu UBND cấp tỉnh bố trí kinh phí, huy động cả hệ thống chính trị tham gia; các Viện Vệ sinh dịch tễ, Viện Pasteur tăng cường hỗ trợ chuyên môn cho địa phương. Trước đó, ngày 9/8, Bộ đã có Công văn số 4721/BYT-DP đề nghị các tỉnh phía Nam chủ động tăng cường giám sát ca bệnh sởi.
""", [
    R("Công điện số 81/CĐ-TTg ngày 18/8/2024 của Thủ tướng Chính phủ", "Công điện", "81", "CĐ-TTg",
      "2024-08-18", TTG, C, IMPL),
    R("Công điện số 1198/CĐ-BYT", "Công điện", "1198", "CĐ-BYT", "2024-08-21", "Bộ Y tế", C, SELF,
      "date from a later sentence 'Công điện ngày 21/8' (that type-word mention is not annotated: "
      "the document has a number); year from the article"),
    R("Luật Phòng, chống bệnh truyền nhiễm", "Luật", None, None, None, QH, C, CITE),
    R("Quyết định số 2760/QĐ-BYT ngày 04/7/2023 của Bộ trưởng Bộ Y tế", "Quyết định", "2760", "QĐ-BYT",
      "2023-07-04", "Bộ Y tế", C, CITE, "'áp dụng đúng hướng dẫn ... ban hành kèm theo': basis"),
    R("Thông tư số 54/2015/TT-BYT ngày 28-12-2015 của Bộ Y tế", "Thông tư", "54", "2015/TT-BYT",
      "2015-12-28", "Bộ Y tế", C, CITE, "'thực hiện theo' a circular: basis"),
    R("Công văn số 4721/BYT-DP", "Công văn", "4721", "BYT-DP", "2024-08-09", "Bộ Y tế", C, CITE,
      "'Trước đó, ngày 9/8, Bộ đã có': date and issuer before it"),
])

# 10 — Provincial newspaper: Nghệ An's People's Council passes resolutions (HĐND).
case("h3-10", "heldout3/10 provincial newspaper, HĐND session", "2023-12-09", "Nghệ An",
     "'HĐND tỉnh Nghệ An khoá XVIII'", """\
HĐND tỉnh Nghệ An thông qua 28 nghị quyết tại kỳ họp cuối năm

Chiều 8/12, Kỳ họp thứ 17, HĐND tỉnh Nghệ An khoá XVIII, nhiệm kỳ 2021 - 2026 bế mạc sau 3 ngày làm việc. Kỳ họp đã xem xét, thông qua 28 nghị quyết, trong đó có nhiều nghị quyết quy phạm pháp luật liên quan trực tiếp đến đời sống người dân.

Đáng chú ý, HĐND tỉnh thông qua Nghị quyết số 12/2023/NQ-HĐND quy định chính sách hỗ trợ đối với cán bộ, công chức, viên chức công tác tại các xã đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi; Nghị quyết số 13/2023/NQ-HĐND quy định mức thu, miễn, giảm một số loại phí, lệ phí trên địa bàn tỉnh. Hai nghị quyết có hiệu lực từ ngày 1/1/2024.

Nghị quyết 12 được xây dựng theo Nghị định số 76/2019/NĐ-CP ngày 08/10/2019 của Chính phủ về chính sách đối với cán bộ, công chức, viên chức, người lao động công tác ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn, thay thế Nghị quyết số 27/2022/NQ-HĐND ngày 9/12/2022 của HĐND tỉnh.

Các nghị quyết lần này nhằm cụ thể hoá Nghị quyết số 39-NQ/TW ngày 18/7/2023 của Bộ Chính trị về xây dựng và phát triển tỉnh Nghệ An đến năm 2030, tầm nhìn đến năm 2045 bằng các cơ chế, chính sách đặc thù của tỉnh. Phát biểu bế mạc, Chủ tịch HĐND tỉnh Thái Thanh Quý đề nghị UBND tỉnh khẩn trương ban hành kế hoạch triển khai; Thường trực HĐND tỉnh, các ban của HĐND và đại biểu HĐND tỉnh tăng cường giám sát việc tổ chức thực hiện.

Các nghị quyết được thông qua trên cơ sở thẩm quyền quy định tại Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và Luật Ban hành văn bản quy phạm pháp luật.
""", [
    R("Nghị quyết số 12/2023/NQ-HĐND", "Nghị quyết", "12", "2023/NQ-HĐND", "2023-12-08", "HĐND tỉnh", L, SELF,
      "passed at the session that closed 'Chiều 8/12'; year from the article and the symbol"),
    R("Nghị quyết số 13/2023/NQ-HĐND", "Nghị quyết", "13", "2023/NQ-HĐND", "2023-12-08", "HĐND tỉnh", L, SELF,
      "a second own document"),
    R("Nghị quyết 12", "Nghị quyết", "12", None, "2023-12-08", "HĐND tỉnh", L, SELF),
    R("Nghị định số 76/2019/NĐ-CP ngày 08/10/2019 của Chính phủ", "Nghị định", "76", "2019/NĐ-CP",
      "2019-10-08", CP, C, CITE, "'được xây dựng theo': basis"),
    R("Nghị quyết số 27/2022/NQ-HĐND ngày 9/12/2022 của HĐND tỉnh", "Nghị quyết", "27", "2022/NQ-HĐND",
      "2022-12-09", "HĐND tỉnh", L, CITE, "replaced"),
    R("Nghị quyết số 39-NQ/TW ngày 18/7/2023 của Bộ Chính trị", "Nghị quyết", "39", "NQ/TW", "2023-07-18",
      BCT, C, IMPL, "'cụ thể hoá'"),
    R("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Luật", None, None, "2015-06-19", QH, C,
      CITE),
    R("Luật Ban hành văn bản quy phạm pháp luật", "Luật", None, None, None, QH, C, CITE),
])

# 11 — Party newspaper: a ward Party committee of the new Đà Nẵng after the 2025 reorganisation.
case("h3-11", "heldout3/11 Party newspaper, 2025 reorganisation", "2025-07-10", "Đà Nẵng",
     "'phường Hải Châu, thành phố Đà Nẵng', after 1 July 2025", """\
Đảng ủy phường Hải Châu ra nghị quyết về nhiệm vụ trọng tâm 6 tháng cuối năm 2025

Ngày 8/7/2025, Ban Chấp hành Đảng bộ phường Hải Châu, thành phố Đà Nẵng tổ chức hội nghị lần thứ nhất sau khi chính quyền địa phương hai cấp đi vào hoạt động. Trên cơ sở thảo luận, Đảng ủy phường ban hành Nghị quyết số 02-NQ/ĐU về nhiệm vụ trọng tâm 6 tháng cuối năm 2025.

Phường Hải Châu được thành lập trên cơ sở sắp xếp các phường Hải Châu I, Hải Châu II, Phước Ninh, Thạch Thang theo Nghị quyết số 1659/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Đà Nẵng năm 2025. Cùng thời điểm, theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, tỉnh Quảng Nam và thành phố Đà Nẵng hợp nhất thành thành phố Đà Nẵng mới từ ngày 1/7/2025.

Nghị quyết của Đảng ủy phường xác định tiếp tục quán triệt, triển khai nghiêm Kết luận số 127-KL/TW ngày 28-02-2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị; bảo đảm bộ máy mới vận hành thông suốt, không để gián đoạn việc giải quyết thủ tục hành chính cho người dân và doanh nghiệp.

Đảng bộ phường Hải Châu hiện có 96 tổ chức cơ sở đảng với hơn 5.200 đảng viên, được thành lập theo Quyết định số 1123-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Thành ủy Đà Nẵng. Bí thư Đảng ủy phường nhấn mạnh, năm 2025 là năm đầu tiên vận hành mô hình mới, nhiều cán bộ mới đảm nhận nhiệm vụ, vì vậy cần sớm hoàn thiện quy chế làm việc và phân công cụ thể cho từng cấp ủy viên.

Để thực hiện Kết luận 127 và các chỉ đạo của Thành ủy, Đảng ủy phường giao UBND phường xây dựng kế hoạch sắp xếp trụ sở, bố trí nơi làm việc cho cán bộ, công chức, hoàn thành trong tháng 7/2025. Theo Nghị quyết 202, thành phố Đà Nẵng mới có diện tích hơn 11.800 km2.
""", [
    R("Nghị quyết số 02-NQ/ĐU", "Nghị quyết", "02", "NQ/ĐU", "2025-07-08", "Đảng ủy phường", L, SELF,
      "Party committee of a ward in the two-level local government"),
    R("Nghị quyết số 1659/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội", "Nghị quyết",
      "1659", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", C, CITE),
    R("Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội", "Nghị quyết", "202", "2025/QH15",
      "2025-06-12", QH, C, CITE, "'theo': the merger as a fact"),
    R("Kết luận số 127-KL/TW ngày 28-02-2025 của Bộ Chính trị, Ban Bí thư", "Kết luận", "127", "KL/TW",
      "2025-02-28", "Bộ Chính trị; Ban Bí thư", C, IMPL, "joint issuers"),
    R("Quyết định số 1123-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Thành ủy Đà Nẵng", "Quyết định", "1123",
      "QĐ/TU", "2025-06-30", "Ban Thường vụ Thành ủy", L, CITE),
    R("Kết luận 127", "Kết luận", "127", None, "2025-02-28", "Bộ Chính trị; Ban Bí thư", C, IMPL),
    R("Nghị quyết 202", "Nghị quyết", "202", None, "2025-06-12", QH, C, CITE),
])

# 12 — Ministry news: the Ministry of Science and Technology carries out Nghị quyết 57 (central).
case("h3-12", "heldout3/12 ministry news, Party resolution 57", "2025-02-05", None,
     "a ministry's own decision: central", """\
Bộ Khoa học và Công nghệ ban hành Kế hoạch hành động thực hiện Nghị quyết 57

Ngày 3/2/2025, Bộ trưởng Bộ Khoa học và Công nghệ đã ký Quyết định số 205/QĐ-BKHCN ban hành Kế hoạch hành động của Bộ thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị ngày 22/12/2024 về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.

Kế hoạch nhằm cụ thể hóa Nghị quyết số 03/NQ-CP ngày 09-01-2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết 57 và Kế hoạch số 01-KH/BCĐTW ngày 31/01/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, xác định rõ 120 nhiệm vụ, đơn vị chủ trì và thời hạn hoàn thành.

Trong quý I/2025, Bộ tập trung hoàn thiện thể chế: trình Chính phủ dự án Luật sửa đổi, bổ sung một số điều của Luật Khoa học và công nghệ, sửa đổi Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và công nghệ theo hướng chấp nhận rủi ro trong nghiên cứu, khoán chi đến sản phẩm cuối cùng.

Bộ cũng đặt mục tiêu đến năm 2030 chi cho nghiên cứu phát triển đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%; Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á về nghiên cứu, phát triển trí tuệ nhân tạo.

Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm trước Bộ trưởng về kết quả thực hiện nhiệm vụ được giao; định kỳ hằng tháng báo cáo tiến độ qua Văn phòng Bộ. Theo Bộ trưởng, việc triển khai Nghị quyết 57 phải “nói đi đôi với làm”, đo đếm được bằng kết quả cụ thể.
""", [
    R("Nghị quyết 57", "Nghị quyết", "57", None, "2024-12-22", BCT, C, IMPL, "headline"),
    R("Quyết định số 205/QĐ-BKHCN", "Quyết định", "205", "QĐ-BKHCN", "2025-02-03",
      "Bộ Khoa học và Công nghệ", C, SELF, "the minister's decision is the ministry's; the action plan it "
      "issues is its annex, not a separate document"),
    R("Nghị quyết số 57-NQ/TW của Bộ Chính trị ngày 22/12/2024", "Nghị quyết", "57", "NQ/TW", "2024-12-22",
      BCT, C, IMPL, "date after the issuer"),
    R("Nghị quyết số 03/NQ-CP ngày 09-01-2025 của Chính phủ", "Nghị quyết", "03", "NQ-CP", "2025-01-09",
      CP, C, IMPL, "'cụ thể hóa'"),
    R("Nghị quyết 57", "Nghị quyết", "57", None, "2024-12-22", BCT, C, IMPL,
      "nested in the title of Nghị quyết 03/NQ-CP"),
    R("Kế hoạch số 01-KH/BCĐTW ngày 31/01/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, "
      "đổi mới sáng tạo và chuyển đổi số", "Kế hoạch", "01", "KH/BCĐTW", "2025-01-31",
      "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", C, IMPL),
    R("Luật Khoa học và công nghệ", "Luật", None, None, None, QH, C, CITE,
      "the law to be amended; the draft amending law is not an issued document"),
    R("Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ", "Nghị định", "08", "2014/NĐ-CP",
      "2014-01-27", CP, C, CITE, "to be amended"),
    R("Luật Khoa học và công nghệ", "Luật", None, None, None, QH, C, CITE, "nested in the decree's title"),
    R("Nghị quyết 57", "Nghị quyết", "57", None, "2024-12-22", BCT, C, IMPL),
])

# 13 — Crawled city portal page with menus, share bar, related links and footer (COVID 2021).
case("h3-13", "heldout3/13 crawled city portal page, COVID-19", "2021-07-08", "Hồ Chí Minh",
     "site 'Cổng Thông tin điện tử Thành phố Hồ Chí Minh'; 'UBND Thành phố Hồ Chí Minh ban hành'", """\
Cổng Thông tin điện tử Thành phố Hồ Chí Minh
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chỉ đạo điều hành | Văn bản | Dịch vụ công | Liên hệ
Đăng nhập | English | Sơ đồ trang
Trang chủ > Tin tức - Sự kiện > Chỉ đạo điều hành

TP.HCM giãn cách xã hội toàn Thành phố 15 ngày từ 0 giờ ngày 9/7

Cập nhật lúc 22:15, Thứ năm, 08/07/2021 (GMT+7)

Tối 8/7, UBND Thành phố Hồ Chí Minh ban hành Công văn số 2279/UBND-VX về việc thực hiện giãn cách xã hội toàn Thành phố theo nguyên tắc của Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19.

Thời gian giãn cách là 15 ngày, bắt đầu từ 0 giờ ngày 9/7/2021. Quyết định được đưa ra trên cơ sở đề xuất của Sở Y tế tại Tờ trình số 4567/TTr-SYT ngày 7/7/2021 và ý kiến đồng ý của Thủ tướng Chính phủ, sau khi các biện pháp theo Chỉ thị 15/CT-TTg áp dụng từ ngày 31/5 chưa kiểm soát được sự lây lan của biến chủng Delta.

Theo Công văn 2279, người dân chỉ ra khỏi nhà khi thật sự cần thiết như mua lương thực, thực phẩm, thuốc men, cấp cứu, làm việc tại nhà máy, cơ sở sản xuất còn hoạt động; không tụ tập quá 2 người ngoài phạm vi công sở, trường học, bệnh viện và giữ khoảng cách tối thiểu 2 m. Dừng các hoạt động không thiết yếu, các phương tiện vận chuyển hành khách công cộng, trừ các trường hợp phục vụ công vụ, chống dịch.

Thủ trưởng các sở, ban, ngành, Chủ tịch UBND quận, huyện, thành phố Thủ Đức chịu trách nhiệm tổ chức thực hiện nghiêm Chỉ thị 16 trên địa bàn, xử lý nghiêm các trường hợp vi phạm.

Chia sẻ: Facebook | Zalo | In bài | Gửi email

Tin liên quan
- TP.HCM đề xuất áp dụng Chỉ thị 16 trong 15 ngày (07/07/2021)
- Hướng dẫn hoạt động của chợ truyền thống trong thời gian giãn cách (06/07/2021)
- Kéo dài thời gian thực hiện Chỉ thị 15 thêm 7 ngày tại TP Thủ Đức (28/06/2021)

Cơ quan chủ quản: Ủy ban nhân dân Thành phố Hồ Chí Minh. Địa chỉ: 86 Lê Thánh Tôn, phường Bến Nghé, Quận 1. Điện thoại: (028) 3829 6052.
Ghi rõ nguồn "Cổng Thông tin điện tử Thành phố Hồ Chí Minh" khi phát hành lại thông tin từ website này.
""", [
    R("Công văn số 2279/UBND-VX", "Công văn", "2279", "UBND-VX", "2021-07-08", "UBND thành phố", L, SELF,
      "'Tối 8/7': year from the page's update line"),
    R("Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ", "Chỉ thị", "16", "CT-TTg", "2020-03-31",
      TTG, C, IMPL, "distancing 'theo nguyên tắc của' it, ordered by the own letter: carried out"),
    R("Tờ trình số 4567/TTr-SYT ngày 7/7/2021", "Tờ trình", "4567", "TTr-SYT", "2021-07-07", "Sở Y tế", L, CITE,
      "issuer named before it"),
    R("Chỉ thị 15/CT-TTg", "Chỉ thị", "15", "CT-TTg", None, TTG, C, CITE,
      "no date anywhere in the text"),
    R("Công văn 2279", "Công văn", "2279", None, "2021-07-08", "UBND thành phố", L, SELF),
    R("Chỉ thị 16", "Chỉ thị", "16", None, "2020-03-31", TTG, C, IMPL, "'tổ chức thực hiện nghiêm'"),
    R("Chỉ thị 16", "Chỉ thị", "16", None, "2020-03-31", TTG, C, CITE, "related-news link"),
    R("Chỉ thị 15", "Chỉ thị", "15", None, None, TTG, C, CITE, "related-news link"),
])

# 14 — Provincial newspaper: Thừa Thiên Huế's chairman carries out Chỉ thị 16 (COVID 2020).
case("h3-14", "heldout3/14 provincial newspaper, COVID-19", "2020-04-02", "Thừa Thiên Huế",
     "'Chủ tịch UBND tỉnh Thừa Thiên Huế Phan Ngọc Thọ'", f"""\
Thừa Thiên Huế thực hiện cách ly toàn xã hội từ ngày 1/4

Ngày 1/4, Chủ tịch UBND tỉnh Thừa Thiên Huế Phan Ngọc Thọ đã ký ban hành Chỉ thị số 09/CT-UBND về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19 trên địa bàn tỉnh.

Chỉ thị được ban hành nhằm triển khai Chỉ thị{NBSP}số 16/CT-TTg ngày 31 tháng 3 năm 2020 của Thủ tướng Chính phủ và thực hiện ý kiến chỉ đạo của Ban Thường vụ Tỉnh uỷ tại Công văn số 2345-CV/TU ngày 31/3/2020. Theo đó, việc cách ly toàn xã hội được thực hiện trong 15 ngày kể từ 0 giờ ngày 1/4/2020 trên phạm vi toàn tỉnh, theo nguyên tắc gia đình cách ly với gia đình, thôn bản cách ly với thôn bản.

Mọi người dân ở tại nhà, chỉ ra ngoài trong trường hợp thật sự cần thiết như mua lương thực, thực phẩm, thuốc men, cấp cứu; làm việc tại nhà máy, cơ sở sản xuất, cơ sở kinh doanh dịch vụ, hàng hóa thiết yếu không bị đóng cửa. Thực hiện nghiêm việc giữ khoảng cách tối thiểu 2 mét khi giao tiếp; không tập trung quá 2 người ngoài phạm vi công sở, trường học, bệnh viện.

Các biện pháp đã nêu tại Chỉ thị số 05/CT-UBND ngày 27/3/2020 của UBND tỉnh, được ban hành sau Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ, tiếp tục được áp dụng nếu không trái với Chỉ thị 09.

Giám đốc các sở, Chủ tịch UBND các huyện, thị xã và thành phố Huế chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để dịch bệnh lây lan trên địa bàn. Tỉnh cũng giao Sở Y tế hướng dẫn các biện pháp chuyên môn theo Quyết định số 447/QĐ-TTg ngày 01/4/2020 của Thủ tướng Chính phủ về việc công bố dịch COVID-19, đồng thời quán triệt tinh thần "chống dịch như chống giặc" của Chỉ thị 16.
""", [
    R("Chỉ thị số 09/CT-UBND", "Chỉ thị", "09", "CT-UBND", "2020-04-01", "UBND tỉnh", L, SELF,
      "'Ngày 1/4': year from the article"),
    R(f"Chỉ thị{NBSP}số 16/CT-TTg ngày 31 tháng 3 năm 2020 của Thủ tướng Chính phủ", "Chỉ thị", "16", "CT-TTg",
      "2020-03-31", TTG, C, IMPL, "NBSP after the type word; date in words"),
    R("Công văn số 2345-CV/TU ngày 31/3/2020", "Công văn", "2345", "CV/TU", "2020-03-31",
      "Ban Thường vụ Tỉnh ủy", L, IMPL, "Party letter; issuer before it ('chỉ đạo của Ban Thường vụ Tỉnh uỷ tại')"),
    R("Chỉ thị số 05/CT-UBND ngày 27/3/2020 của UBND tỉnh", "Chỉ thị", "05", "CT-UBND", "2020-03-27",
      "UBND tỉnh", L, CITE, "earlier measures kept in force: basis"),
    R("Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ", "Chỉ thị", "15", "CT-TTg", "2020-03-27",
      TTG, C, CITE),
    R("Chỉ thị 09", "Chỉ thị", "09", None, "2020-04-01", "UBND tỉnh", L, SELF),
    R("Quyết định số 447/QĐ-TTg ngày 01/4/2020 của Thủ tướng Chính phủ", "Quyết định", "447", "QĐ-TTg",
      "2020-04-01", TTG, C, CITE, "'theo'"),
    R("Chỉ thị 16", "Chỉ thị", "16", None, "2020-03-31", TTG, C, IMPL, "'quán triệt tinh thần'"),
])

# 15 — Party newspaper: a central anti-corruption meeting; the text issues nothing.
case("h3-15", "heldout3/15 Party newspaper, central anti-corruption meeting", "2024-06-28", None,
     "a meeting report: no document of its own", """\
Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp phiên thứ 26

Sáng 27/6, tại Hà Nội, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực tổ chức phiên họp thứ 26 để cho ý kiến về kết quả công tác 6 tháng đầu năm 2024 và nhiệm vụ trọng tâm 6 tháng cuối năm.

Theo báo cáo, 6 tháng đầu năm, cấp ủy, ủy ban kiểm tra các cấp đã thi hành kỷ luật 265 tổ chức đảng và hơn 7.300 đảng viên; các cơ quan tiến hành tố tụng khởi tố mới 2.473 vụ án tham nhũng, chức vụ. Việc kiểm soát quyền lực được triển khai theo Quy định số 131-QĐ/TW ngày 27/10/2023 của Bộ Chính trị, gắn với Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm.

Các ý kiến tại phiên họp cho rằng, việc thực hiện Chỉ thị 27-CT/TW ngày 10/01/2019 của Bộ Chính trị về bảo vệ người phát hiện, tố giác, người đấu tranh chống tham nhũng, lãng phí, tiêu cực ở một số nơi còn hình thức. Ban Chỉ đạo đề nghị sớm sơ kết Chỉ thị 27 và hoàn thiện quy định về cơ chế bảo vệ.

Ban Chỉ đạo thống nhất trong 6 tháng cuối năm tập trung thực hiện Kết luận số 86-KL/TW ngày 10/4/2024 của Bộ Chính trị về tiếp tục đẩy mạnh công tác phòng, chống tham nhũng, tiêu cực trong tình hình mới; khẩn trương sửa đổi Luật Phòng, chống tham nhũng theo hướng khắc phục những hạn chế trong kê khai, kiểm soát tài sản, thu nhập.

Công tác phòng, chống tham nhũng, tiêu cực tiếp tục được thực hiện quyết liệt theo tinh thần Nghị quyết Đại hội XIII của Đảng và các nghị quyết, kết luận của Trung ương, không có vùng cấm, không có ngoại lệ.
""", [
    R("Quy định số 131-QĐ/TW ngày 27/10/2023 của Bộ Chính trị", "Quy định", "131", "QĐ/TW", "2023-10-27",
      BCT, C, CITE, "no own document: every mention cites"),
    R("Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị", "Quy định", "69", "QĐ/TW", "2022-07-06",
      BCT, C, CITE),
    R("Chỉ thị 27-CT/TW ngày 10/01/2019 của Bộ Chính trị", "Chỉ thị", "27", "CT/TW", "2019-01-10", BCT, C, CITE,
      "no 'số'"),
    R("Chỉ thị 27", "Chỉ thị", "27", None, "2019-01-10", BCT, C, CITE),
    R("Kết luận số 86-KL/TW ngày 10/4/2024 của Bộ Chính trị", "Kết luận", "86", "KL/TW", "2024-04-10",
      BCT, C, CITE),
    R("Luật Phòng, chống tham nhũng", "Luật", None, None, None, QH, C, CITE,
      "'Nghị quyết Đại hội XIII' and 'các nghị quyết, kết luận của Trung ương' after it are vague"),
])

# 16 — Government portal: the Government's monthly resolution (central, public investment).
case("h3-16", "heldout3/16 government portal, Government resolution", "2024-08-03", None,
     "the Government's own resolution: central", """\
Nghị quyết phiên họp Chính phủ thường kỳ tháng 7 năm 2024

(Chinhphu.vn) - Ngày 2/8/2024, Chính phủ ban hành Nghị quyết số 124/NQ-CP phiên họp Chính phủ thường kỳ tháng 7 năm 2024 và Hội nghị trực tuyến Chính phủ với địa phương.

Nghị quyết yêu cầu các bộ, cơ quan, địa phương tiếp tục thực hiện quyết liệt, hiệu quả các nhiệm vụ, giải pháp đề ra tại các Nghị quyết của Chính phủ số 01/NQ-CP và số 02/NQ-CP ngày 05 tháng 01 năm 2024; triển khai Nghị quyết số 142/2024/QH15 ngày 29/6/2024 của Quốc hội kỳ họp thứ 7, Quốc hội khóa XV.

Về đầu tư công, Chính phủ nhận định tỷ lệ giải ngân 7 tháng mới đạt khoảng 29% kế hoạch, thấp hơn cùng kỳ năm trước. Các bộ, cơ quan, địa phương phải quán triệt Công điện 62 của Thủ tướng Chính phủ (ngày 29/6/2024) về đẩy mạnh giải ngân vốn đầu tư công; phấn đấu giải ngân cả năm đạt trên 95% kế hoạch được giao.

Luật Đất đai năm 2024, Luật Nhà ở năm 2023 và Luật Kinh doanh bất động sản năm 2023 có hiệu lực từ ngày 1/8/2024. Chính phủ yêu cầu các bộ, ngành, địa phương khẩn trương ban hành văn bản quy định chi tiết thuộc thẩm quyền, tháo gỡ vướng mắc trong giao đất, định giá đất để các dự án sớm triển khai.

Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với Bộ Tài chính theo dõi tiến độ giải ngân của các bộ, ngành, địa phương, báo cáo Thủ tướng Chính phủ trước ngày 15 hằng tháng; kịp thời đề xuất điều chuyển vốn theo quy định tại Nghị định số 99/2021/NĐ-CP ngày 11/11/2021 của Chính phủ.
""", [
    R("Nghị quyết số 124/NQ-CP", "Nghị quyết", "124", "NQ-CP", "2024-08-02", CP, C, SELF),
    R("số 01/NQ-CP", "Nghị quyết", "01", "NQ-CP", "2024-01-05", CP, C, IMPL,
      "list 'các Nghị quyết của Chính phủ số … và số …' sharing one date"),
    R("số 02/NQ-CP ngày 05 tháng 01 năm 2024", "Nghị quyết", "02", "NQ-CP", "2024-01-05", CP, C, IMPL),
    R("Nghị quyết số 142/2024/QH15 ngày 29/6/2024 của Quốc hội", "Nghị quyết", "142", "2024/QH15",
      "2024-06-29", QH, C, IMPL, "'triển khai'"),
    R("Công điện 62 của Thủ tướng Chính phủ (ngày 29/6/2024)", "Công điện", "62", None, "2024-06-29", TTG, C,
      IMPL, "loose number, date in brackets after the issuer; 'quán triệt'"),
    R("Luật Đất đai năm 2024", "Luật", None, None, None, QH, C, CITE,
      "law by name and year only: no day in the text, date null"),
    R("Luật Nhà ở năm 2023", "Luật", None, None, None, QH, C, CITE),
    R("Luật Kinh doanh bất động sản năm 2023", "Luật", None, None, None, QH, C, CITE),
    R("Nghị định số 99/2021/NĐ-CP ngày 11/11/2021 của Chính phủ", "Nghị định", "99", "2021/NĐ-CP",
      "2021-11-11", CP, C, CITE, "'theo quy định tại'"),
])


def locate(case_data: dict) -> dict:
    """The gold case with start/end filled in; raises ValueError when a surface is not found."""
    text = case_data["text"]
    refs, pos = [], 0
    for ref, anchor in case_data["refs"]:
        from_ = pos
        if anchor is not None:
            from_ = text.find(anchor, pos)
            if from_ < 0:
                raise ValueError(f"{case_data['id']}: anchor {anchor!r} not found after {pos}")
        start = text.find(ref["surface"], from_)
        if start < 0:
            raise ValueError(f"{case_data['id']}: surface {ref['surface']!r} not found after {from_}")
        end = start + len(ref["surface"])
        refs.append({"surface": ref["surface"], "start": start, "end": end,
                     **{k: v for k, v in ref.items() if k != "surface"}})
        pos = end
    if not 500 <= len(text) <= 3500:
        raise ValueError(f"{case_data['id']}: text is {len(text)} characters, outside 500-3500")
    out = {k: v for k, v in case_data.items() if k != "refs"}
    out["references"] = refs
    return out


def build_lines() -> list[str]:
    """The JSONL lines of the set, in case order."""
    return [json.dumps(locate(c), ensure_ascii=False) for c in CASES]


def render() -> str:
    """The whole file's content, exactly as committed."""
    return "\n".join(build_lines()) + "\n"


def main() -> int:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {len(CASES)} cases, {sum(len(c['refs']) for c in CASES)} references to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
