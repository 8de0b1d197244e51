"""Builds heldout11.jsonl: ten texts from the Mekong Delta and the South-East, annotated by hand.

The texts were written for this set (none is copied from a real article); the bodies, places and
central acts are real, the numbers of local documents are made up. They were annotated in the
gold format before the extractor or its fixtures were read or run. Run this file to rewrite the
JSONL; the test module checks that the committed file is what `to_jsonl(build_cases())` writes.

Offsets are not typed by hand: each reference's surface is searched for from the end of the
previous reference, so the annotations below must list references in the order they occur.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("heldout11.jsonl")


def R(surface, doc_type, number, symbol, date, issuer, scope, role, note=None):
    """One hand annotation; offsets are filled in by `build_cases`."""
    ref = {"surface": surface, "doc_type": doc_type, "number": number, "symbol": symbol, "date": date,
           "issuer": issuer, "scope": scope, "role": role}
    if note:
        ref["note"] = note
    return ref


TTG, CP, QH = "Thủ tướng Chính phủ", "Chính phủ", "Quốc hội"
C, L = "central", "local"
SELF, IMPL, CITE = "self", "implements", "cites"

# 1. Cần Thơ after the merger: a plan of the centrally-run city, its sections citing documents.
TEXT_01 = """Cần Thơ siết kỷ luật, kỷ cương hành chính ở 103 xã, phường sau sắp xếp

Thứ Năm, 14/08/2025 - 09:35

(CT) - UBND thành phố Cần Thơ vừa ban hành Kế hoạch số 186/KH-UBND ngày 12/8/2025 về tăng cường kỷ luật, kỷ cương hành chính và nâng cao chất lượng phục vụ người dân, doanh nghiệp tại các xã, phường sau khi vận hành mô hình chính quyền địa phương hai cấp. Kế hoạch nhằm triển khai thực hiện Chỉ thị số 20/CT-TTg ngày 14/7/2025 của Thủ tướng Chính phủ và Kết luận số 05-KL/ThU ngày 28/7/2025 của Ban Thường vụ Thành uỷ.

Theo kế hoạch, các nội dung chính gồm:

I. MỤC ĐÍCH, YÊU CẦU

1. Quán triệt nghiêm túc Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 và Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh, UBND cấp xã; bảo đảm bộ máy mới vận hành thông suốt, không để gián đoạn việc tiếp nhận và trả hồ sơ cho người dân.

2. Đề cao trách nhiệm người đứng đầu; kiên quyết xử lý cán bộ, công chức, viên chức có biểu hiện né tránh, đùn đẩy hoặc gây phiền hà cho tổ chức, cá nhân.

II. NỘI DUNG

1. Chấn chỉnh lề lối, tác phong làm việc

a) Các sở, ban, ngành và UBND các xã, phường chấp hành nghiêm Quy chế làm việc của UBND thành phố ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 02/7/2025; không sử dụng thời gian làm việc vào việc riêng, không uống rượu bia trong giờ hành chính.

b) Tiếp tục thực hiện Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ về chấn chỉnh, tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước; người đứng đầu chịu trách nhiệm nếu để xảy ra vi phạm ở đơn vị mình.

2. Giải quyết thủ tục hành chính

- Trung tâm Phục vụ hành chính công thành phố và bộ phận một cửa của các xã, phường niêm yết công khai thủ tục theo danh mục được công bố tại Quyết định số 1711/QĐ-UBND ngày 18/7/2025 của Chủ tịch UBND thành phố.

- Không yêu cầu người dân bổ sung giấy tờ ngoài quy định; hồ sơ trễ hạn phải có văn bản xin lỗi và hẹn lại thời gian trả kết quả.

III. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ chủ trì theo dõi, đôn đốc; định kỳ hằng quý tổng hợp, báo cáo UBND thành phố và tham mưu sơ kết Kế hoạch số 186/KH-UBND trước ngày 15/12/2025.

2. Văn phòng UBND thành phố phối hợp Sở Nội vụ tổ chức kiểm tra công vụ đột xuất theo nội dung Thông báo số 312/TB-VPUB ngày 05/8/2025.

3. UBND các xã, phường căn cứ tình hình thực tế xây dựng kế hoạch cụ thể của địa phương, gửi Sở Nội vụ trước ngày 25/8.

Trước đó, UBND phường Ninh Kiều đã có Kế hoạch 27/KH-UBND ngày 8/8 về kiểm tra việc chấp hành giờ giấc tại bộ phận một cửa; UBND phường Sóc Trăng và phường Vị Thanh cũng đã tổ chức hội nghị quán triệt nội dung chỉ đạo của thành phố.

Ngọc Hân"""

REFS_01 = [
    R("Kế hoạch số 186/KH-UBND", "Kế hoạch", "186", "KH-UBND", "2025-08-12", "UBND thành phố", L, SELF),
    R("Chỉ thị số 20/CT-TTg", "Chỉ thị", "20", "CT-TTg", "2025-07-14", TTG, C, IMPL),
    R("Kết luận số 05-KL/ThU", "Kết luận", "05", "KL/ThU", "2025-07-28", "Ban Thường vụ Thành ủy", L, IMPL),
    R("Luật Tổ chức chính quyền địa phương", "Luật", None, None, "2025-06-16", QH, C, IMPL,
      "'Quán triệt nghiêm túc Luật …': quán triệt is a carrying-out trigger even for a law"),
    R("Nghị định số 150/2025/NĐ-CP", "Nghị định", "150", "2025/NĐ-CP", "2025-06-12", CP, C, IMPL),
    R("Quyết định số 1520/QĐ-UBND", "Quyết định", "1520", "QĐ-UBND", "2025-07-02", "UBND thành phố", L, CITE,
      "'chấp hành nghiêm Quy chế … ban hành kèm theo Quyết định': kèm theo, a basis"),
    R("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, C, IMPL),
    R("Quyết định số 1711/QĐ-UBND", "Quyết định", "1711", "QĐ-UBND", "2025-07-18", "UBND thành phố", L, CITE,
      "of the city's Chairman"),
    R("Kế hoạch số 186/KH-UBND", "Kế hoạch", "186", "KH-UBND", "2025-08-12", "UBND thành phố", L, SELF),
    R("Thông báo số 312/TB-VPUB", "Thông báo", "312", "TB-VPUB", "2025-08-05", "Văn phòng UBND thành phố", L, CITE),
    R("Kế hoạch 27/KH-UBND", "Kế hoạch", "27", "KH-UBND", "2025-08-08", "UBND phường", L, CITE,
      "a ward's earlier plan; year from the article"),
]

# 2. An Giang, 2024: the report of a city under the province (Long Xuyên), official layout.
TEXT_02 = """UBND THÀNH PHỐ LONG XUYÊN
Số: 412/BC-UBND
Long Xuyên, ngày 19 tháng 6 năm 2024

BÁO CÁO
Kết quả thực hiện Chỉ thị số 08/CT-UBND ngày 10/4/2023 của Chủ tịch UBND tỉnh An Giang về tăng cường kỷ luật, kỷ cương hành chính (6 tháng đầu năm 2024)

Thực hiện Công văn số 1187/SNV-TCBC ngày 05/6/2024 của Sở Nội vụ về việc báo cáo định kỳ, UBND thành phố Long Xuyên báo cáo kết quả như sau:

I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO

1. Ngay sau khi Chỉ thị 08 được ban hành, UBND thành phố đã ban hành Kế hoạch số 35/KH-UBND ngày 28/4/2023 để cụ thể hoá các nhiệm vụ, đồng thời có Công văn số 1102/UBND-NV ngày 15/5/2023 chỉ đạo các phòng, ban chuyên môn và UBND 13 phường, xã rà soát, bổ sung nội quy cơ quan.

2. Trong kỳ báo cáo, thành phố tiếp tục quán triệt Công điện 968/CĐ-TTg của Thủ tướng Chính phủ và Công văn số 5870/UBND-TH ngày 26/10/2023 của UBND tỉnh về triển khai Công điện này; nội dung được lồng ghép vào các cuộc họp giao ban hằng tháng.

3. Việc đánh giá, xếp loại công chức được thực hiện theo Nghị định số 90/2020/NĐ-CP ngày 13/8/2020 của Chính phủ, được sửa đổi, bổ sung bởi Nghị định số 48/2023/NĐ-CP ngày 17/7/2023; kết quả là căn cứ để bình xét thi đua cuối năm.

II. KẾT QUẢ THỰC HIỆN

1. Về chấp hành giờ giấc, nội quy: qua 04 đợt kiểm tra công vụ theo Quyết định số 211/QĐ-UBND ngày 22/01/2024 của Chủ tịch UBND thành phố, đã nhắc nhở 06 trường hợp đi trễ, về sớm; không phát hiện trường hợp uống rượu bia trong giờ làm việc.

2. Về giải quyết thủ tục hành chính: tiếp nhận 18.624 hồ sơ, giải quyết đúng hạn 98,7%; 243 hồ sơ trễ hạn đều đã có thư xin lỗi gửi người dân theo đúng Quyết định số 1204/QĐ-UBND ngày 30/6/2022 của UBND tỉnh về quy trình xin lỗi.

3. Về xử lý vi phạm: kiểm điểm 02 công chức phường Mỹ Bình và phường Mỹ Xuyên theo Kết luận thanh tra số 15/KL-TTr ngày 12/3/2024 của Thanh tra thành phố.

III. TỒN TẠI, HẠN CHẾ

Một số đơn vị còn chậm báo cáo; việc ứng dụng phần mềm quản lý văn bản chưa đồng đều, một số văn bản chưa đúng thể thức theo Nghị định 30/2020/NĐ-CP về công tác văn thư.

IV. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM

Tiếp tục triển khai thực hiện nghiêm Chỉ thị số 08/CT-UBND; tăng cường kiểm tra đột xuất, công khai kết quả trên Cổng thông tin điện tử thành phố.

Trên đây là báo cáo kết quả thực hiện Chỉ thị 08/CT-UBND 6 tháng đầu năm 2024 của UBND thành phố Long Xuyên./.

Nơi nhận:
- Sở Nội vụ (b/c);
- TT. Thành uỷ, TT. HĐND thành phố;
- Lưu: VT."""

REFS_02 = [
    R("Số: 412/BC-UBND", "Báo cáo", "412", "BC-UBND", "2024-06-19", "UBND thành phố", L, SELF,
      "a city under the province: 'UBND thành phố', as the text names it"),
    R("Chỉ thị số 08/CT-UBND", "Chỉ thị", "08", "CT-UBND", "2023-04-10", "UBND tỉnh", L, IMPL),
    R("Công văn số 1187/SNV-TCBC", "Công văn", "1187", "SNV-TCBC", "2024-06-05", "Sở Nội vụ", L, IMPL),
    R("Chỉ thị 08", "Chỉ thị", "08", None, "2023-04-10", "UBND tỉnh", L, IMPL),
    R("Kế hoạch số 35/KH-UBND", "Kế hoạch", "35", "KH-UBND", "2023-04-28", "UBND thành phố", L, CITE),
    R("Công văn số 1102/UBND-NV", "Công văn", "1102", "UBND-NV", "2023-05-15", "UBND thành phố", L, CITE),
    R("Công điện 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", None, TTG, C, IMPL,
      "no date anywhere in this text"),
    R("Công văn số 5870/UBND-TH", "Công văn", "5870", "UBND-TH", "2023-10-26", "UBND tỉnh", L, IMPL),
    R("Nghị định số 90/2020/NĐ-CP", "Nghị định", "90", "2020/NĐ-CP", "2020-08-13", CP, C, CITE),
    R("Nghị định số 48/2023/NĐ-CP", "Nghị định", "48", "2023/NĐ-CP", "2023-07-17", CP, C, CITE),
    R("Quyết định số 211/QĐ-UBND", "Quyết định", "211", "QĐ-UBND", "2024-01-22", "UBND thành phố", L, CITE),
    R("Quyết định số 1204/QĐ-UBND", "Quyết định", "1204", "QĐ-UBND", "2022-06-30", "UBND tỉnh", L, CITE),
    R("Kết luận thanh tra số 15/KL-TTr", "Kết luận", "15", "KL-TTr", "2024-03-12", "Thanh tra thành phố", L, CITE),
    R("Nghị định 30/2020/NĐ-CP", "Nghị định", "30", "2020/NĐ-CP", None, CP, C, CITE),
    R("Chỉ thị số 08/CT-UBND", "Chỉ thị", "08", "CT-UBND", "2023-04-10", "UBND tỉnh", L, IMPL),
    R("Chỉ thị 08/CT-UBND", "Chỉ thị", "08", "CT-UBND", "2023-04-10", "UBND tỉnh", L, IMPL),
]

# 3. Kiên Giang, 2023: a letter signed by a Vice-Chairman, sent to departments; year from the article.
TEXT_03 = """Kiên Giang: Chấn chỉnh tình trạng né tránh, sợ trách nhiệm trong giải quyết công việc

08/11/2023 14:20

Ngày 6/11, Phó Chủ tịch UBND tỉnh Kiên Giang ký Công văn số 2287/UBND-KGVX gửi Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND các huyện, thành phố về việc triển khai thực hiện Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ, ban hành ngày 16-10-2023.

Công văn nêu rõ, thời gian qua, dù tỉnh đã có nhiều văn bản chỉ đạo như Chỉ thị số 05/CT-UBND ngày 20/3/2023 của Chủ tịch UBND tỉnh về nâng cao hiệu quả giải quyết thủ tục hành chính, tình trạng hồ sơ trễ hạn, đùn đẩy trách nhiệm vẫn còn xảy ra ở một số nơi, nhất là lĩnh vực đất đai, xây dựng.

Để khắc phục, UBND tỉnh yêu cầu:

1. Thủ trưởng các sở, ban, ngành quán triệt đến từng cán bộ, công chức tinh thần Công điện 968, Kết luận số 12-KL/TU ngày 9/10/2023 của Ban Thường vụ Tỉnh ủy và Văn bản số 5520/BNV-CCVC ngày 25/10/2023 của Bộ Nội vụ; xác định đây là nhiệm vụ trọng tâm những tháng cuối năm.

2. Sở Nội vụ chủ trì, phối hợp Văn phòng UBND tỉnh thành lập các đoàn kiểm tra công vụ đột xuất; kết quả kiểm tra được công khai và làm căn cứ đánh giá, xếp loại theo Quyết định số 18/2023/QĐ-UBND ngày 14/6/2023 của UBND tỉnh ban hành Quy chế đánh giá, xếp loại chất lượng công chức.

3. UBND thành phố Rạch Giá, UBND thành phố Phú Quốc, UBND thành phố Hà Tiên và UBND các huyện rà soát hồ sơ tồn đọng, nhất là hồ sơ cấp giấy chứng nhận quyền sử dụng đất; báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/12.

4. Sở Thông tin và Truyền thông phối hợp Báo Kiên Giang, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tiếp nhận phản ánh tình trạng nhũng nhiễu.

Trao đổi với phóng viên, lãnh đạo Sở Nội vụ cho biết, riêng trong tháng 10, ngành đã tham mưu UBND tỉnh qua Tờ trình số 342/TTr-SNV đề nghị kỷ luật 03 trường hợp. "Tinh thần chung là không có vùng cấm. Ai làm trái quy định thì xử lý, kể cả người đứng đầu", vị lãnh đạo này nói, đồng thời cho biết Sở đang xây dựng dự thảo kế hoạch kiểm tra năm 2024.

Trung Kiên"""

REFS_03 = [
    R("Công văn số 2287/UBND-KGVX", "Công văn", "2287", "UBND-KGVX", "2023-11-06", "UBND tỉnh", L, SELF,
      "signed by the Vice-Chairman; year from the article's date"),
    R("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, C, IMPL),
    R("Chỉ thị số 05/CT-UBND", "Chỉ thị", "05", "CT-UBND", "2023-03-20", "UBND tỉnh", L, CITE),
    R("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, C, IMPL),
    R("Kết luận số 12-KL/TU", "Kết luận", "12", "KL/TU", "2023-10-09", "Ban Thường vụ Tỉnh ủy", L, IMPL),
    R("Văn bản số 5520/BNV-CCVC", "Công văn", "5520", "BNV-CCVC", "2023-10-25", "Bộ Nội vụ", C, IMPL,
      "'Văn bản': a letter by its symbol"),
    R("Quyết định số 18/2023/QĐ-UBND", "Quyết định", "18", "2023/QĐ-UBND", "2023-06-14", "UBND tỉnh", L, CITE),
    R("Tờ trình số 342/TTr-SNV", "Tờ trình", "342", "TTr-SNV", None, "Sở Nội vụ", L, CITE,
      "'trong tháng 10': no day, so no date"),
]

# 4. Sóc Trăng, March 2025: the Khmer New Year plan, carrying out a letter of the new ministry.
TEXT_04 = """Sóc Trăng: Tổ chức Tết Chôl Chnăm Thmây 2025 an toàn, tiết kiệm, đậm bản sắc

Cập nhật: 28/3/2025

UBND tỉnh Sóc Trăng vừa ban hành Kế hoạch số 58/KH-UBND ngày 25/3/2025 về tổ chức các hoạt động vui Tết cổ truyền Chôl Chnăm Thmây của đồng bào Khmer năm 2025. Kế hoạch được ban hành nhằm thực hiện Công văn số 215/BDTTG-CSDT ngày 14/3/2025 của Bộ Dân tộc và Tôn giáo về việc thăm hỏi, chúc Tết đồng bào Khmer, đồng thời căn cứ tình hình thực tế của địa phương.

I. MỤC ĐÍCH, YÊU CẦU

1. Tiếp tục thực hiện tốt Chỉ thị số 68-CT/TW ngày 18 tháng 4 năm 1991 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer; thể hiện sự quan tâm của Đảng, Nhà nước đối với đồng bào, chức sắc, chức việc, sư sãi, A-cha trong các chùa Phật giáo Nam tông Khmer.

2. Bảo đảm các hoạt động tín ngưỡng, tôn giáo diễn ra đúng quy định của Luật Tín ngưỡng, tôn giáo năm 2016 và Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy định chi tiết và biện pháp thi hành Luật này.

II. NỘI DUNG

1. Thăm, chúc Tết: lãnh đạo tỉnh thăm, tặng quà Hội Đoàn kết sư sãi yêu nước tỉnh, chùa Dơi (phường 3, thành phố Sóc Trăng), chùa Kh'leang và một số chùa tại thị xã Vĩnh Châu, thị xã Ngã Năm.

2. Hoạt động văn hoá, thể thao: tổ chức đua ghe ngo cấp tỉnh, hội diễn nghệ thuật quần chúng Khmer; Sở Văn hoá, Thể thao và Du lịch hướng dẫn các địa phương theo Công văn số 880/BVHTTDL-VHDT ngày 10/3/2025 của Bộ Văn hóa, Thể thao và Du lịch.

3. Hỗ trợ hộ nghèo đồng bào Khmer từ nguồn vốn Chương trình mục tiêu quốc gia phê duyệt tại Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.

III. TỔ CHỨC THỰC HIỆN

- Sở Dân tộc và Tôn giáo là cơ quan thường trực, tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 25/4/2025; rút kinh nghiệm từ việc thực hiện Kế hoạch số 41/KH-UBND năm 2024.

- UBND thị xã Vĩnh Châu, UBND thị xã Ngã Năm, UBND thành phố Sóc Trăng và UBND các huyện chủ động bố trí kinh phí, bảo đảm an ninh trật tự tại các điểm tổ chức lễ hội.

Phát biểu tại buổi họp triển khai, Phó Chủ tịch UBND tỉnh nhấn mạnh: "Chỉ thị 68 của Ban Bí thư đến nay vẫn còn nguyên giá trị. Các địa phương phải làm sao để bà con Khmer đón Tết vui tươi, đầm ấm, không ai bị bỏ lại phía sau".

Thạch Sô Phanh"""

REFS_04 = [
    R("Kế hoạch số 58/KH-UBND", "Kế hoạch", "58", "KH-UBND", "2025-03-25", "UBND tỉnh", L, SELF),
    R("Công văn số 215/BDTTG-CSDT", "Công văn", "215", "BDTTG-CSDT", "2025-03-14", "Bộ Dân tộc và Tôn giáo", C, IMPL),
    R("Chỉ thị số 68-CT/TW", "Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", C, IMPL),
    R("Luật Tín ngưỡng, tôn giáo", "Luật", None, None, None, QH, C, CITE, "'năm 2016': year only, no date"),
    R("Nghị định số 95/2023/NĐ-CP", "Nghị định", "95", "2023/NĐ-CP", "2023-12-29", CP, C, CITE),
    R("Công văn số 880/BVHTTDL-VHDT", "Công văn", "880", "BVHTTDL-VHDT", "2025-03-10",
      "Bộ Văn hóa, Thể thao và Du lịch", C, CITE),
    R("Quyết định 1719/QĐ-TTg", "Quyết định", "1719", "QĐ-TTg", "2021-10-14", TTG, C, CITE),
    R("Kế hoạch số 41/KH-UBND", "Kế hoạch", "41", "KH-UBND", None, "UBND tỉnh", L, CITE,
      "last year's plan: 'năm 2024' gives no date"),
    R("Chỉ thị 68", "Chỉ thị", "68", None, "1991-04-18", "Ban Bí thư", C, IMPL, "a leader's loose repeat"),
]

# 5. Bạc Liêu, 2024: a newspaper report on the Chairman's directive, with loose quotes.
TEXT_05 = """Chủ tịch UBND tỉnh Bạc Liêu: "Không để hồ sơ của dân nằm trên bàn quá hạn"

Báo Bạc Liêu - 10/04/2024

Chủ tịch UBND tỉnh Phạm Văn Thiều vừa ký ban hành Chỉ thị số 03/CT-UBND ngày 8/4 về chấn chỉnh, nâng cao trách nhiệm thực thi công vụ của cán bộ, công chức, viên chức trên địa bàn tỉnh.

Theo Chỉ thị, thời gian qua, thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 968/CD-TTg ngày 16/10/2023 và Chỉ thị 12-CT/TU của Ban Thường vụ Tỉnh uỷ (ban hành ngày 12 tháng 3 năm 2018), các cơ quan, đơn vị trong tỉnh đã có nhiều chuyển biến. Tuy nhiên, kết quả kiểm tra công vụ năm 2023 do Sở Nội vụ tổng hợp tại Báo cáo số 64/BC-SNV ngày 15/01/2024 cho thấy vẫn còn tình trạng sợ sai, làm việc cầm chừng, hẹn tới hẹn lui.

Tại phiên họp thường kỳ tháng 3 của UBND tỉnh, ông Phạm Văn Thiều nói thẳng: "Công điện 968 của Thủ tướng nói rất rõ, Chỉ thị 12 của Thường vụ Tỉnh uỷ cũng vậy, nói hoài rồi. Giờ ai để hồ sơ của dân nằm trên bàn quá hạn mà không có lý do chính đáng thì người đứng đầu phải chịu trách nhiệm".

Chỉ thị yêu cầu Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND thị xã Giá Rai, UBND thành phố Bạc Liêu và UBND các huyện:

- Thực hiện nghiêm Quyết định số 25/2022/QĐ-UBND ngày 29/9/2022 của UBND tỉnh ban hành Quy chế văn hoá công vụ; công khai số điện thoại đường dây nóng tại trụ sở.

- Rà soát toàn bộ hồ sơ trễ hạn trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, báo cáo UBND tỉnh trước ngày 30/4.

- Người đứng đầu cơ quan, đơn vị phải tự kiểm điểm nếu đơn vị mình để xảy ra từ 02 hồ sơ trễ hạn trở lên trong một tháng.

Trước đó, UBND thị xã Giá Rai đã có Công văn số 645/UBND-NV ngày 2/4 yêu cầu cán bộ, công chức xã, phường có mặt tại trụ sở đúng giờ, không "đi họp thay làm việc". Chủ tịch UBND thị xã Giá Rai cho biết: "Chúng tôi làm theo tinh thần Công điện 968 từ cuối năm ngoái, nay có Chỉ thị 03 của tỉnh thì càng phải làm quyết liệt hơn".

Trúc Linh

Tin liên quan:
- Bạc Liêu kiểm tra công vụ đột xuất tại 7 huyện, thị xã, thành phố
- Triển khai Công điện 968/CĐ-TTg: Bạc Liêu chỉ ra 5 nhóm hạn chế"""

REFS_05 = [
    R("Chỉ thị số 03/CT-UBND", "Chỉ thị", "03", "CT-UBND", "2024-04-08", "UBND tỉnh", L, SELF),
    R("Công điện số 968/CD-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, C, IMPL, "ASCII CD"),
    R("Chỉ thị 12-CT/TU", "Chỉ thị", "12", "CT/TU", "2018-03-12", "Ban Thường vụ Tỉnh ủy", L, IMPL,
      "a look back ('thời gian qua, thực hiện …'); the new directive carries the same line on"),
    R("Báo cáo số 64/BC-SNV", "Báo cáo", "64", "BC-SNV", "2024-01-15", "Sở Nội vụ", L, CITE),
    R("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, C, IMPL),
    R("Chỉ thị 12", "Chỉ thị", "12", None, "2018-03-12", "Ban Thường vụ Tỉnh ủy", L, IMPL,
      "'Thường vụ Tỉnh uỷ' in a quote"),
    R("Quyết định số 25/2022/QĐ-UBND", "Quyết định", "25", "2022/QĐ-UBND", "2022-09-29", "UBND tỉnh", L, IMPL),
    R("Công văn số 645/UBND-NV", "Công văn", "645", "UBND-NV", "2024-04-02", "UBND thị xã", L, CITE),
    R("Công điện 968", "Công điện", "968", None, "2023-10-16", TTG, C, IMPL),
    R("Chỉ thị 03", "Chỉ thị", "03", None, "2024-04-08", "UBND tỉnh", L, SELF),
    R("Công điện 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, C, CITE, "a 'Tin liên quan' link"),
]

# 6. Cà Mau, March 2024: drought and saltwater intrusion, the Chairman's telegram after the PM's.
TEXT_06 = """Cà Mau: Chủ tịch UBND tỉnh ra công điện khẩn ứng phó nắng nóng, hạn hán, xâm nhập mặn

07/03/2024

Trước diễn biến phức tạp của nắng nóng kéo dài, nguy cơ cháy rừng và xâm nhập mặn sâu vào nội đồng, ngày 6/3, Chủ tịch UBND tỉnh Cà Mau Huỳnh Quốc Việt ký Công điện số 02/CĐ-UBND gửi Giám đốc các sở, ngành; Chủ tịch UBND các huyện và thành phố Cà Mau.

Công điện nêu, thực hiện Công điện số 169/CĐ-TTg ngày 01/3/2024 của Thủ tướng Chính phủ về tập trung triển khai các biện pháp cấp bách phòng, chống hạn hán, thiếu nước, xâm nhập mặn, UBND tỉnh đề nghị các đơn vị không chủ quan, lơ là. Trước đó, tại Công điện số 1048/CĐ-TTg ngày 4/11/2023, Thủ tướng đã yêu cầu các tỉnh Đồng bằng sông Cửu Long chủ động tích trữ nước ngọt từ đầu mùa khô.

Theo Sở Nông nghiệp và Phát triển nông thôn, độ mặn đo được trên sông Gành Hào, sông Ông Đốc đã vượt 25‰, cao hơn trung bình nhiều năm. Khoảng 12.000 hộ dân ở các huyện Trần Văn Thời, U Minh, Phú Tân đang thiếu nước sinh hoạt.

Chủ tịch UBND tỉnh yêu cầu:

1. Sở Nông nghiệp và Phát triển nông thôn vận hành hệ thống cống theo đúng Kế hoạch số 187/KH-UBND ngày 25/10/2023 của UBND tỉnh về phòng, chống hạn hán, xâm nhập mặn mùa khô 2023-2024 và hướng dẫn tại Công văn số 1206/BNN-TL ngày 28/02/2024 của Bộ Nông nghiệp và Phát triển nông thôn; cập nhật độ mặn hằng ngày trên các phương tiện thông tin.

2. Chi cục Kiểm lâm, Vườn quốc gia U Minh Hạ duy trì lực lượng trực 24/24 giờ, thực hiện nghiêm các phương án chữa cháy rừng theo Luật Lâm nghiệp ngày 15 tháng 11 năm 2017.

3. UBND huyện Trần Văn Thời, UBND huyện U Minh và UBND thành phố Cà Mau rà soát nhu cầu nước sinh hoạt; khẩn trương triển khai Quyết định số 412/QĐ-UBND ngày 4/3 của UBND tỉnh về hỗ trợ bồn chứa nước cho hộ nghèo.

4. Công ty Cổ phần Cấp nước Cà Mau bảo đảm cấp nước liên tục, ưu tiên vùng ven biển.

Dịp này, Chủ tịch tỉnh lưu ý các huyện rút kinh nghiệm từ đợt hạn mặn lịch sử năm 2020, khi tỉnh phải huy động mọi nguồn lực theo Chỉ thị số 04/CT-TTg năm 2020 của Thủ tướng Chính phủ.

Hoàng Vũ"""

REFS_06 = [
    R("Công điện số 02/CĐ-UBND", "Công điện", "02", "CĐ-UBND", "2024-03-06", "UBND tỉnh", L, SELF,
      "the Chairman's telegram; year from the article"),
    R("Công điện số 169/CĐ-TTg", "Công điện", "169", "CĐ-TTg", "2024-03-01", TTG, C, IMPL),
    R("Công điện số 1048/CĐ-TTg", "Công điện", "1048", "CĐ-TTg", "2023-11-04", TTG, C, CITE),
    R("Kế hoạch số 187/KH-UBND", "Kế hoạch", "187", "KH-UBND", "2023-10-25", "UBND tỉnh", L, CITE),
    R("Công văn số 1206/BNN-TL", "Công văn", "1206", "BNN-TL", "2024-02-28",
      "Bộ Nông nghiệp và Phát triển nông thôn", C, CITE),
    R("Luật Lâm nghiệp", "Luật", None, None, "2017-11-15", QH, C, CITE),
    R("Quyết định số 412/QĐ-UBND", "Quyết định", "412", "QĐ-UBND", "2024-03-04", "UBND tỉnh", L, IMPL,
      "'khẩn trương triển khai Quyết định'"),
    R("Chỉ thị số 04/CT-TTg", "Chỉ thị", "04", "CT-TTg", None, TTG, C, CITE, "'năm 2020': year only"),
]

# 7. Tiền Giang, 2023: the plan of a district-level town (thị xã Cai Lậy), numbered sections.
TEXT_07 = """Thị xã Cai Lậy đẩy mạnh cải cách hành chính năm 2023

Cổng TTĐT thị xã Cai Lậy - 22/5/2023

Ngày 18-5-2023, UBND thị xã Cai Lậy ban hành Kế hoạch số 96/KH-UBND triển khai thực hiện Chỉ thị số 07/CT-UBND ngày 28/4/2023 của Chủ tịch UBND tỉnh Tiền Giang về tăng cường kỷ luật, kỷ cương và đẩy mạnh cải cách hành chính trên địa bàn tỉnh.

I. MỤC ĐÍCH, YÊU CẦU

- Cụ thể hoá các nhiệm vụ được giao tại Chỉ thi số 07/CT-UBND phù hợp với điều kiện của thị xã; phân công rõ cơ quan chủ trì, thời hạn hoàn thành.

- Gắn kết quả cải cách hành chính với đánh giá, xếp loại cơ quan, đơn vị và người đứng đầu.

II. NHIỆM VỤ, GIẢI PHÁP

1. Cải cách thể chế: rà soát các văn bản do HĐND, UBND thị xã ban hành trước đây; kiến nghị bãi bỏ những nội dung không còn phù hợp với Luật Ban hành văn bản quy phạm pháp luật năm 2015.

2. Cải cách thủ tục hành chính

a) Phòng Tư pháp thị xã công khai 100% thủ tục hành chính thuộc thẩm quyền theo Quyết định số 1045/QÐ-UBND ngày 12/4/2023 của Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính.

b) Đẩy mạnh tiếp nhận hồ sơ trực tuyến toàn trình, phấn đấu đạt tỷ lệ tối thiểu 50%.

3. Cải cách tổ chức bộ máy: thực hiện Nghị định số 108/2014/NĐ-CP ngày 20/11/2014 của Chính phủ về chính sách tinh giản biên chế; sắp xếp lại các ấp, khu phố có quy mô nhỏ theo Nghị quyết số 12/NQ-HĐND ngày 14/4/2023 của HĐND tỉnh.

4. Chuyển đổi số: triển khai Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án 06; 100% văn bản đi, đến được xử lý trên môi trường mạng, trừ văn bản mật.

III. TỔ CHỨC THỰC HIỆN

1. Phòng Nội vụ là cơ quan thường trực, tham mưu UBND thị xã theo dõi, đôn đốc thực hiện Kế hoạch này; tổng hợp báo cáo gửi Sở Nội vụ theo Công văn số 812/SNV-CCHC ngày 10/5/2023.

2. UBND các xã, phường xây dựng kế hoạch thực hiện, gửi về Phòng Nội vụ trước ngày 31/5/2023.

Thị xã Cai Lậy hiện có 16 xã, phường; năm 2022, Chỉ số cải cách hành chính của thị xã xếp thứ 5/11 huyện, thị xã, thành phố. Năm nay, thị xã phấn đấu vào nhóm dẫn đầu, như mục tiêu nêu tại Nghị quyết số 05-NQ/TU ngày 20/01/2023 của Thị ủy Cai Lậy."""

REFS_07 = [
    R("Kế hoạch số 96/KH-UBND", "Kế hoạch", "96", "KH-UBND", "2023-05-18", "UBND thị xã", L, SELF,
      "'Ngày 18-5-2023, UBND thị xã … ban hành'"),
    R("Chỉ thị số 07/CT-UBND", "Chỉ thị", "07", "CT-UBND", "2023-04-28", "UBND tỉnh", L, IMPL),
    R("Chỉ thi số 07/CT-UBND", "Chỉ thị", "07", "CT-UBND", "2023-04-28", "UBND tỉnh", L, IMPL,
      "typo 'Chỉ thi' for 'Chỉ thị'"),
    R("Luật Ban hành văn bản quy phạm pháp luật", "Luật", None, None, None, QH, C, CITE, "'năm 2015': year only"),
    R("Quyết định số 1045/QÐ-UBND", "Quyết định", "1045", "QĐ-UBND", "2023-04-12", "UBND tỉnh", L, CITE,
      "Ð is U+00D0"),
    R("Nghị định số 108/2014/NĐ-CP", "Nghị định", "108", "2014/NĐ-CP", "2014-11-20", CP, C, IMPL),
    R("Nghị quyết số 12/NQ-HĐND", "Nghị quyết", "12", "NQ-HĐND", "2023-04-14", "HĐND tỉnh", L, CITE),
    R("Quyết định số 06/QĐ-TTg", "Quyết định", "06", "QĐ-TTg", "2022-01-06", TTG, C, IMPL),
    R("Công văn số 812/SNV-CCHC", "Công văn", "812", "SNV-CCHC", "2023-05-10", "Sở Nội vụ", L, CITE),
    R("Nghị quyết số 05-NQ/TU", "Nghị quyết", "05", "NQ/TU", "2023-01-20", "Thị ủy", L, CITE,
      "a town's Party committee (Thị ủy) also signs /TU"),
]

# 8. Bến Tre, 2024: the Chairman's directive on disbursing public investment.
TEXT_08 = """Bến Tre: Chủ tịch tỉnh ra chỉ thị đẩy nhanh giải ngân vốn đầu tư công năm 2024

Thứ ba, 27/02/2024 | 15:10

(BĐBT) - Chủ tịch UBND tỉnh Trần Ngọc Tam vừa ký ban hành Chỉ thị số 04/CT-UBND ngày 26 tháng 02 năm 2024 về việc đẩy nhanh tiến độ thực hiện và giải ngân kế hoạch vốn đầu tư công năm 2024 trên địa bàn tỉnh Bến Tre.

Chỉ thị được ban hành nhằm triển khai Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024 và Công điện 126/CĐ-TTg ngày 19/02/2024 của Thủ tướng Chính phủ về đẩy mạnh giải ngân vốn đầu tư công ngay từ những tháng đầu năm.

Năm 2024, tổng kế hoạch vốn đầu tư công của tỉnh được giao tại Quyết định số 2689/QĐ-UBND ngày 15/12/2023 của UBND tỉnh là hơn 5.100 tỷ đồng; đến ngày 20/02, mới giải ngân được khoảng 3,2%.

Để hoàn thành mục tiêu giải ngân trên 95%, Chủ tịch UBND tỉnh yêu cầu:

- Các chủ đầu tư thực hiện đúng quy định của Luật Đầu tư công ngày 13 tháng 6 năm 2019 và Nghị định số 40/2020/NĐ-CP; khẩn trương hoàn thiện thủ tục, khởi công các công trình mới trong quý I.

- Sở Kế hoạch và Đầu tư theo dõi sát tiến độ, hằng tháng báo cáo UBND tỉnh; tiếp tục thực hiện hướng dẫn tại Công văn số 385/SKHĐT-TH ngày 31/01/2024 về lập báo cáo giải ngân.

- UBND thành phố Bến Tre, UBND các huyện Ba Tri, Bình Đại, Thạnh Phú tập trung giải phóng mặt bằng dự án đường ven biển; trường hợp chậm trễ phải báo cáo rõ nguyên nhân.

Tại hội nghị triển khai Chỉ thị, ông Trần Ngọc Tam nhấn mạnh: "Tôi đề nghị các chủ đầu tư xem chỉ thị này là mệnh lệnh. Chậm giải ngân là chậm đưa công trình phục vụ dân". Ông cũng nhắc lại Thông báo số 32/TB-VPUBND ngày 23/02/2024 của Văn phòng UBND tỉnh, trong đó kết luận sẽ điều chuyển vốn của các dự án không có khối lượng thực hiện đến hết tháng 6.

Được biết, năm 2023 tỉnh giải ngân đạt 91,2% kế hoạch vốn, cao hơn bình quân cả nước.

Hữu Hiệp"""

REFS_08 = [
    R("Chỉ thị số 04/CT-UBND", "Chỉ thị", "04", "CT-UBND", "2024-02-26", "UBND tỉnh", L, SELF),
    R("Nghị quyết số 01/NQ-CP", "Nghị quyết", "01", "NQ-CP", "2024-01-05", CP, C, IMPL),
    R("Công điện 126/CĐ-TTg", "Công điện", "126", "CĐ-TTg", "2024-02-19", TTG, C, IMPL),
    R("Quyết định số 2689/QĐ-UBND", "Quyết định", "2689", "QĐ-UBND", "2023-12-15", "UBND tỉnh", L, CITE),
    R("Luật Đầu tư công", "Luật", None, None, "2019-06-13", QH, C, IMPL, "'thực hiện đúng quy định của Luật …'"),
    R("Nghị định số 40/2020/NĐ-CP", "Nghị định", "40", "2020/NĐ-CP", None, CP, C, IMPL),
    R("Công văn số 385/SKHĐT-TH", "Công văn", "385", "SKHĐT-TH", "2024-01-31", "Sở Kế hoạch và Đầu tư", L, IMPL,
      "'tiếp tục thực hiện hướng dẫn tại Công văn'"),
    R("Thông báo số 32/TB-VPUBND", "Thông báo", "32", "TB-VPUBND", "2024-02-23", "Văn phòng UBND tỉnh", L, CITE),
]

# 9. Tây Ninh after the merger with Long An, September 2025: a digital-government plan; NFD, Ð, en dash.
_NFD_QD = unicodedata.normalize("NFD", "Quyết định")
TEXT_09 = f"""Tây Ninh: Kế hoạch chuyển đổi số ở 96 xã, phường năm 2025

18/09/2025 | 07:45

Ngày 16/9/2025, UBND tỉnh Tây Ninh ban hành Kế hoạch số 245/KH-UBND về đẩy mạnh chuyển đổi số, phát triển chính quyền số cấp xã năm 2025 và những năm tiếp theo. Kế hoạch triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, cùng Kế hoạch số 12-KH/TU ngày 28 tháng 8 năm 2025 của Ban Thường vụ Tỉnh uỷ.

Kế hoạch xác định, sau khi hợp nhất tỉnh Long An và tỉnh Tây Ninh theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội và sắp xếp các đơn vị hành chính cấp xã theo Nghị quyết số 1682/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, tỉnh có 96 xã, phường; khối lượng dữ liệu cần đồng bộ rất lớn.

I. MỤC TIÊU

1. Đến hết năm 2025, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; 100% hồ sơ được số hoá khi tiếp nhận.

2. 100% cán bộ, công chức cấp xã được tập huấn kỹ năng số cơ bản.

II. NHIỆM VỤ

1. Sở Khoa học và Công nghệ chủ trì nâng cấp hệ thống quản lý văn bản và điều hành liên thông, theo hướng dẫn tại Công văn số 2518/BKHCN-CĐSQG ngày 5/8/2025 của Bộ Khoa học và Công nghệ.

2. Công an tỉnh phối hợp làm sạch dữ liệu dân cư, tiếp tục triển khai {_NFD_QD} số 06/QĐ-TTg của Thủ tướng Chính phủ.

3. UBND các xã, phường bố trí ít nhất 01 công chức phụ trách chuyển đổi số; UBND phường Tân Ninh, phường Long An và phường Tân An làm điểm về "phường số" trong quý IV.

III. KINH PHÍ

Từ nguồn ngân sách tỉnh đã giao tại Quyết định số 2130/QÐ–UBND ngày 29/7/2025 của UBND tỉnh và nguồn xã hội hóa.

Theo Sở Khoa học và Công nghệ, trước khi hợp nhất, tỉnh Long An đã thực hiện Kế hoạch 3310/KH-UBND năm 2024 về chính quyền số và đạt nhiều kết quả; kinh nghiệm này sẽ được nhân rộng trên toàn tỉnh mới.

Minh Đức"""

REFS_09 = [
    R("Kế hoạch số 245/KH-UBND", "Kế hoạch", "245", "KH-UBND", "2025-09-16", "UBND tỉnh", L, SELF),
    R("Nghị quyết số 57-NQ/TW", "Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", C, IMPL),
    R("Kế hoạch số 12-KH/TU", "Kế hoạch", "12", "KH/TU", "2025-08-28", "Ban Thường vụ Tỉnh ủy", L, IMPL),
    R("Nghị quyết số 202/2025/QH15", "Nghị quyết", "202", "2025/QH15", "2025-06-12", QH, C, CITE),
    R("Nghị quyết số 1682/NQ-UBTVQH15", "Nghị quyết", "1682", "NQ-UBTVQH15", "2025-06-16",
      "Ủy ban Thường vụ Quốc hội", C, CITE),
    R("Công văn số 2518/BKHCN-CĐSQG", "Công văn", "2518", "BKHCN-CĐSQG", "2025-08-05", "Bộ Khoa học và Công nghệ", C, CITE),
    R(f"{_NFD_QD} số 06/QĐ-TTg", "Quyết định", "06", "QĐ-TTg", None, TTG, C, IMPL, "'Quyết định' in NFD; no date in the text"),
    R("Quyết định số 2130/QÐ–UBND", "Quyết định", "2130", "QĐ-UBND", "2025-07-29", "UBND tỉnh", L, CITE,
      "U+00D0 and an en dash"),
    R("Kế hoạch 3310/KH-UBND", "Kế hoạch", "3310", "KH-UBND", None, "UBND tỉnh", L, CITE,
      "the former Long An province's plan; 'năm 2024' gives no date"),
]

# 10. Bình Dương, 2024: a department's letter "gửi" other bodies, asking for reports.
TEXT_10 = """Sở Nội vụ đề nghị các đơn vị báo cáo việc chấp hành kỷ luật, kỷ cương hành chính năm 2024

Cập nhật lúc 15/10/2024 08:12

Ngày 14/10/2024, Sở Nội vụ tỉnh Bình Dương có Công văn số 2150/SNV-CCVC gửi các sở, ban, ngành tỉnh; UBND các huyện, thành phố về việc báo cáo tình hình thực hiện kỷ luật, kỷ cương hành chính năm 2024.

Theo đó, thực hiện chỉ đạo của UBND tỉnh tại Công văn số 4563/UBND-KT ngày 30/9/2024 (do Phó Chủ tịch UBND tỉnh ký), Sở Nội vụ đề nghị các cơ quan, đơn vị, địa phương báo cáo các nội dung sau:

1. Kết quả triển khai Chỉ thị số 10/CT-UBND ngày 12 tháng 7 năm 2023 của Chủ tịch UBND tỉnh về tăng cường kỷ luật, kỷ cương hành chính; số cuộc kiểm tra công vụ, số trường hợp vi phạm và hình thức xử lý.

2. Việc thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, nhất là ký số và phát hành văn bản điện tử.

3. Kết quả đánh giá, xếp loại chất lượng cán bộ, công chức theo Nghị định 90/2020/NĐ-CP.

4. Khó khăn, vướng mắc và đề xuất, kiến nghị.

Báo cáo gửi về Sở Nội vụ trước ngày 31/10/2024 (kèm tệp điện tử qua hộp thư công vụ) để tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ theo yêu cầu tại Văn bản số 6015/BNV-CCVC ngày 20/9/2024.

Đối với UBND thành phố Thủ Dầu Một và UBND thành phố Thuận An, Sở đề nghị bổ sung số liệu từ Báo cáo số 318/BC-UBND ngày 5/7/2024 và Báo cáo số 297/BC-UBND ngày 08/7/2024 mà hai địa phương đã gửi trước đó, vì một số chỉ tiêu chưa khớp với phần mềm quản lý cán bộ.

Đại diện Sở Nội vụ cho biết, qua kiểm tra đột xuất 9 tháng đầu năm, toàn tỉnh đã nhắc nhở 37 trường hợp; Sở sẽ đưa nội dung này vào dự thảo báo cáo tổng kết năm.

Quang Tám"""

REFS_10 = [
    R("Công văn số 2150/SNV-CCVC", "Công văn", "2150", "SNV-CCVC", "2024-10-14", "Sở Nội vụ", L, SELF),
    R("Công văn số 4563/UBND-KT", "Công văn", "4563", "UBND-KT", "2024-09-30", "UBND tỉnh", L, IMPL,
      "signed by the Vice-Chairman"),
    R("Chỉ thị số 10/CT-UBND", "Chỉ thị", "10", "CT-UBND", "2023-07-12", "UBND tỉnh", L, IMPL,
      "the letter gathers the results of carrying it out ('Kết quả triển khai')"),
    R("Nghị định số 30/2020/NĐ-CP", "Nghị định", "30", "2020/NĐ-CP", "2020-03-05", CP, C, IMPL,
      "'Việc thực hiện Nghị định …' as a report item"),
    R("Nghị định 90/2020/NĐ-CP", "Nghị định", "90", "2020/NĐ-CP", None, CP, C, CITE),
    R("Văn bản số 6015/BNV-CCVC", "Công văn", "6015", "BNV-CCVC", "2024-09-20", "Bộ Nội vụ", C, CITE),
    R("Báo cáo số 318/BC-UBND", "Báo cáo", "318", "BC-UBND", "2024-07-05", "UBND thành phố", L, CITE,
      "Thủ Dầu Một, a city under the province"),
    R("Báo cáo số 297/BC-UBND", "Báo cáo", "297", "BC-UBND", "2024-07-08", "UBND thành phố", L, CITE),
]

CASES = [
    ("h11-01-can-tho-ke-hoach-sau-sap-xep", "2025-08-14", "Cần Thơ",
     "UBND thành phố Cần Thơ vừa ban hành Kế hoạch số 186/KH-UBND", TEXT_01, REFS_01),
    ("h11-02-long-xuyen-bao-cao", "2024-06-19", "An Giang",
     "UBND THÀNH PHỐ LONG XUYÊN; Chủ tịch UBND tỉnh An Giang", TEXT_02, REFS_02),
    ("h11-03-kien-giang-pho-chu-tich-ky", "2023-11-08", "Kiên Giang",
     "Phó Chủ tịch UBND tỉnh Kiên Giang ký Công văn số 2287/UBND-KGVX", TEXT_03, REFS_03),
    ("h11-04-soc-trang-khmer", "2025-03-28", "Sóc Trăng",
     "UBND tỉnh Sóc Trăng vừa ban hành Kế hoạch số 58/KH-UBND", TEXT_04, REFS_04),
    ("h11-05-bac-lieu-chi-thi-chu-tich", "2024-04-10", "Bạc Liêu",
     "Báo Bạc Liêu; Chủ tịch UBND tỉnh Phạm Văn Thiều", TEXT_05, REFS_05),
    ("h11-06-ca-mau-han-man", "2024-03-07", "Cà Mau",
     "Chủ tịch UBND tỉnh Cà Mau Huỳnh Quốc Việt ký Công điện số 02/CĐ-UBND", TEXT_06, REFS_06),
    ("h11-07-cai-lay-thi-xa", "2023-05-22", "Tiền Giang",
     "UBND thị xã Cai Lậy; Chủ tịch UBND tỉnh Tiền Giang", TEXT_07, REFS_07),
    ("h11-08-ben-tre-giai-ngan", "2024-02-27", "Bến Tre",
     "trên địa bàn tỉnh Bến Tre; Chủ tịch UBND tỉnh Trần Ngọc Tam", TEXT_08, REFS_08),
    ("h11-09-tay-ninh-chuyen-doi-so", "2025-09-18", "Tây Ninh",
     "UBND tỉnh Tây Ninh ban hành Kế hoạch số 245/KH-UBND", TEXT_09, REFS_09),
    ("h11-10-binh-duong-so-noi-vu", "2024-10-15", "Bình Dương",
     "Sở Nội vụ tỉnh Bình Dương có Công văn số 2150/SNV-CCVC", TEXT_10, REFS_10),
]


def build_cases() -> list[dict]:
    """The cases in the gold format, with offsets found by searching each surface in order."""
    cases = []
    for case_id, published, province, evidence, text, refs in CASES:
        position, references = 0, []
        for ref in refs:
            start = text.find(ref["surface"], position)
            if start < 0:
                raise ValueError(f"{case_id}: surface {ref['surface']!r} not found after offset {position}")
            end = start + len(ref["surface"])
            references.append({"surface": ref["surface"], "start": start, "end": end,
                               **{key: value for key, value in ref.items() if key != "surface"}})
            position = end
        cases.append({"id": case_id, "source": f"written for heldout11 ({case_id})", "url": None,
                      "published": published, "province": province, "province_evidence": evidence,
                      "text": text, "references": references})
    return cases


def to_jsonl(cases: list[dict]) -> str:
    """One JSON object per line, UTF-8 kept readable."""
    return "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)


if __name__ == "__main__":
    OUT.write_text(to_jsonl(build_cases()), encoding="utf-8")
    print(f"wrote {OUT}")
