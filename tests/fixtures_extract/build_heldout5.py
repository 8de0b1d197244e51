"""Builds heldout5.jsonl: a fifth blind gold set of FULL OFFICIAL TEXTS, as provincial, district and
commune portals publish them (the document itself, header to signature, not news about it).

Twelve texts written for this set (numbers invented, bodies and places real) and annotated by hand
in the gold format before the extractor was read. Offsets are not typed by hand: each surface is
searched in the text from the end of the previous reference, so a reference list in reading order
is enough, and a surface that is not there stops the build with its case and surface named.

Run: python tests/fixtures_extract/build_heldout5.py   (rewrites heldout5.jsonl beside this file)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUTPUT = Path(__file__).with_name("heldout5.jsonl")

TTG = "Thủ tướng Chính phủ"
CP = "Chính phủ"
QH = "Quốc hội"
BCT = "Bộ Chính trị"


def ref(surface, doc_type, number, symbol, date, issuer, scope, role, note=None):
    """One gold reference without offsets (the builder finds them)."""
    item = {"surface": surface, "doc_type": doc_type, "number": number, "symbol": symbol,
            "date": date, "issuer": issuer, "scope": scope, "role": role}
    if note:
        item["note"] = note
    return item


def law(surface, date, role="cites", note=None):
    """A law cited by name: no number, no symbol, issued by the National Assembly."""
    return ref(surface, "Luật", None, None, date, QH, "central", role, note)


CASES = []

# --- 01: Kế hoạch of UBND tỉnh Thanh Hóa carrying out a Prime Minister's directive -------------
CASES.append(dict(
    id="heldout5-01", source="heldout5/01_ke-hoach-ubnd-tinh-thanh-hoa.txt",
    province="Thanh Hóa", province_evidence="header: ỦY BAN NHÂN DÂN TỈNH THANH HÓA; place-date line",
    published="2024-04-02",
    text="""ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
-------
Số: 86/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Thanh Hóa, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Triển khai thực hiện Chỉ thị số 08/CT-TTg ngày 12/3/2024 của Thủ tướng Chính phủ về đẩy mạnh xử lý hồ sơ công việc trên môi trường điện tử tại các cơ quan hành chính nhà nước

Thực hiện Chỉ thị số 08/CT-TTg ngày 12 tháng 3 năm 2024 của Thủ tướng Chính phủ (sau đây viết tắt là Chỉ thị số 08/CT-TTg), Ủy ban nhân dân tỉnh Thanh Hóa ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh, cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Cụ thể hóa các nhiệm vụ mà Thủ tướng Chính phủ giao cho địa phương, phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành từng nhiệm vụ.
- Nâng tỷ lệ hồ sơ công việc được tạo lập, luân chuyển và lưu trữ hoàn toàn trên môi trường mạng; giảm dần văn bản giấy trong giao dịch giữa các cơ quan nhà nước của tỉnh.
2. Yêu cầu
- Người đứng đầu các cơ quan, đơn vị trực tiếp chỉ đạo và chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả xử lý hồ sơ điện tử tại cơ quan mình.
- Việc tổ chức thực hiện phải bảo đảm an toàn thông tin, không làm gián đoạn công việc chuyên môn; kết quả được đánh giá bằng số liệu trích xuất từ hệ thống, không báo cáo ước lượng.

II. NHIỆM VỤ, GIẢI PHÁP
1. Các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố
a) Phấn đấu đến hết năm 2024 có ít nhất 95% văn bản đi, văn bản đến (trừ văn bản mật) được xử lý trên Hệ thống quản lý văn bản và điều hành; 100% văn bản điện tử được ký số đúng thể thức quy định tại Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.
b) Vận hành Hệ thống quản lý văn bản và điều hành theo Quyết định số 1245/QĐ-UBND ngày 05/4/2023 của Chủ tịch UBND tỉnh ban hành Quy chế quản lý, vận hành hệ thống; không in văn bản giấy để trình ký đối với những hồ sơ đã có trên hệ thống.
c) Rà soát, bố trí đủ chứng thư số cho lãnh đạo và văn thư; cập nhật danh mục hồ sơ của cơ quan ngay trong quý II năm 2024.
2. Sở Thông tin và Truyền thông
a) Chủ trì bảo đảm kết nối, liên thông văn bản điện tử giữa Hệ thống quản lý văn bản và điều hành của tỉnh với Trục liên thông văn bản quốc gia theo Quyết định số 28/2018/QĐ-TTg ngày 12 tháng 7 năm 2018 của Thủ tướng Chính phủ về việc gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước.
b) Hằng tháng trích xuất số liệu xử lý hồ sơ điện tử của từng cơ quan, đơn vị và công khai trên Cổng thông tin điện tử tỉnh.
3. Sở Nội vụ
Đưa kết quả xử lý hồ sơ điện tử vào tiêu chí chấm điểm Chỉ số cải cách hành chính của các sở, ngành, địa phương và vào đánh giá, xếp loại chất lượng cán bộ, công chức cuối năm.
4. Văn phòng UBND tỉnh
Theo dõi, đôn đốc việc thực hiện Kế hoạch này; tổng hợp, tham mưu UBND tỉnh báo cáo Thủ tướng Chính phủ kết quả thực hiện Chỉ thị số 08/CT-TTg theo yêu cầu.

III. TỔ CHỨC THỰC HIỆN
Thủ trưởng các sở, ban, ngành cấp tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố căn cứ nhiệm vụ được giao, xây dựng kế hoạch của cơ quan, đơn vị mình xong trước ngày 20/4/2024; định kỳ 6 tháng (trước ngày 10/6 và 10/12) báo cáo kết quả về UBND tỉnh (qua Sở Thông tin và Truyền thông) để tổng hợp. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh kịp thời về Sở Thông tin và Truyền thông để được hướng dẫn./.

Nơi nhận:
- Văn phòng Chính phủ (để b/c);
- Bộ Thông tin và Truyền thông (để b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (để b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành cấp tỉnh;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, KSTTHC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Thắng
""",
    refs=[
        ref("Số: 86/KH-UBND", "Kế hoạch", "86", "KH-UBND", "2024-04-02", "UBND tỉnh", "local", "self"),
        ref("Chỉ thị số 08/CT-TTg ngày 12/3/2024 của Thủ tướng Chính phủ", "Chỉ thị", "08", "CT-TTg",
            "2024-03-12", TTG, "central", "implements", "in the subject line"),
        ref("Chỉ thị số 08/CT-TTg ngày 12 tháng 3 năm 2024 của Thủ tướng Chính phủ", "Chỉ thị", "08",
            "CT-TTg", "2024-03-12", TTG, "central", "implements"),
        ref("Chỉ thị số 08/CT-TTg", "Chỉ thị", "08", "CT-TTg", "2024-03-12", TTG, "central", "implements",
            "'sau đây viết tắt là ...': the short name, same document"),
        ref("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ", "Nghị định", "30", "2020/NĐ-CP",
            "2020-03-05", CP, "central", "cites"),
        ref("Quyết định số 1245/QĐ-UBND ngày 05/4/2023 của Chủ tịch UBND tỉnh", "Quyết định", "1245",
            "QĐ-UBND", "2023-04-05", "UBND tỉnh", "local", "cites"),
        ref("Quyết định số 28/2018/QĐ-TTg ngày 12 tháng 7 năm 2018 của Thủ tướng Chính phủ", "Quyết định",
            "28", "2018/QĐ-TTg", "2018-07-12", TTG, "central", "cites"),
        ref("Chỉ thị số 08/CT-TTg", "Chỉ thị", "08", "CT-TTg", "2024-03-12", TTG, "central", "implements",
            "'báo cáo ... kết quả thực hiện Chỉ thị'"),
    ],
))

# --- 02: Công văn hỏa tốc of UBND tỉnh Quảng Bình relaying a Prime Minister's telegram ----------
CASES.append(dict(
    id="heldout5-02", source="heldout5/02_cong-van-hoa-toc-quang-binh.txt",
    province="Quảng Bình", province_evidence="header (two columns): ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
    published="2024-09-25",
    text="""ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG BÌNH\tĐộc lập - Tự do - Hạnh phúc
Số: 2381/UBND-NN\tQuảng Bình, ngày 25 tháng 9 năm 2024
V/v triển khai Công điện số 97/CĐ-TTg ngày 24/9/2024 của Thủ tướng Chính phủ\t
HỎA TỐC

Kính gửi:
- Các Sở: Nông nghiệp và Phát triển nông thôn, Công Thương, Giao thông vận tải, Xây dựng, Tài nguyên và Môi trường, Giáo dục và Đào tạo, Y tế;
- Bộ Chỉ huy Quân sự tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Công an tỉnh;
- Đài Khí tượng Thủy văn tỉnh; Đài Phát thanh và Truyền hình Quảng Bình;
- UBND các huyện, thị xã, thành phố.

Ngày 24/9/2024, Thủ tướng Chính phủ đã ký ban hành Công điện số 97/CĐ-TTg về việc chủ động phòng, chống, ứng phó với bão số 4 và mưa lũ (sao gửi kèm). Để chủ động ứng phó, hạn chế thấp nhất thiệt hại về người và tài sản, thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện nêu trên, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện, thị xã, thành phố khẩn trương thực hiện ngay các nội dung sau:

1. Tổ chức triển khai nghiêm túc, kịp thời các nội dung chỉ đạo tại Công điện số 97/CĐ-TTg; không được chủ quan, lơ là; bảo đảm phương châm "bốn tại chỗ".
2. UBND các huyện, thị xã, thành phố:
a) Theo dõi chặt chẽ diễn biến của bão; tổ chức kiểm đếm, hướng dẫn tàu thuyền đang hoạt động trên biển di chuyển, tránh trú an toàn; kiên quyết không để người ở lại trên tàu, lồng bè, chòi canh khi bão đổ bộ.
b) Rà soát phương án sơ tán dân ở vùng ven biển, vùng trũng thấp, khu vực có nguy cơ sạt lở đất, lũ quét theo Kế hoạch số 534/KH-UBND ngày 11 tháng 3 năm 2024 của UBND tỉnh về phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024; sẵn sàng lực lượng, phương tiện để tổ chức sơ tán khi có lệnh.
c) Chỉ đạo các hồ chứa thủy lợi, thủy điện vận hành đúng quy trình được phê duyệt, bảo đảm an toàn cho vùng hạ du.
3. Sở Nông nghiệp và Phát triển nông thôn (Cơ quan thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh) theo dõi sát tình hình, tổng hợp thiệt hại, tham mưu UBND tỉnh chỉ đạo ứng phó; tổ chức trực ban 24/24 giờ và cập nhật cấp độ rủi ro thiên tai theo Quyết định số 18/2021/QĐ-TTg ngày 22 tháng 4 năm 2021 của Thủ tướng Chính phủ.
4. Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh bố trí lực lượng, phương tiện ở các địa bàn xung yếu, sẵn sàng hỗ trợ sơ tán dân và cứu hộ, cứu nạn.
5. Sở Giáo dục và Đào tạo căn cứ diễn biến thực tế chỉ đạo cho học sinh nghỉ học ở những nơi bị ảnh hưởng; Sở Y tế bảo đảm thuốc, cơ số giường bệnh và lực lượng cấp cứu.
6. Đài Phát thanh và Truyền hình Quảng Bình, Báo Quảng Bình tăng thời lượng đưa tin về diễn biến của bão, hướng dẫn kỹ năng ứng phó để người dân chủ động phòng tránh.

Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc thực hiện; báo cáo tình hình trước 16 giờ hằng ngày về UBND tỉnh (qua Văn phòng thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh) để tổng hợp, báo cáo Ban Chỉ đạo quốc gia về Phòng, chống thiên tai theo quy định./.

Nơi nhận:
- Như trên;
- Văn phòng Chính phủ (b/c);
- Ban Chỉ đạo quốc gia về PCTT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Lưu: VT, NN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Phan Mạnh Hùng
""",
    refs=[
        ref("Số: 2381/UBND-NN", "Công văn", "2381", "UBND-NN", "2024-09-25", "UBND tỉnh", "local", "self"),
        ref("Công điện số 97/CĐ-TTg ngày 24/9/2024 của Thủ tướng Chính phủ", "Công điện", "97", "CĐ-TTg",
            "2024-09-24", TTG, "central", "implements", "in the 'V/v' line"),
        ref("Công điện số 97/CĐ-TTg", "Công điện", "97", "CĐ-TTg", "2024-09-24", TTG, "central", "implements",
            "'Thủ tướng Chính phủ đã ký ban hành Công điện ...': news-like wording, but the central telegram"
            " the letter relays, not the letter's own document"),
        ref("Công điện số 97/CĐ-TTg", "Công điện", "97", "CĐ-TTg", "2024-09-24", TTG, "central", "implements"),
        ref("Kế hoạch số 534/KH-UBND ngày 11 tháng 3 năm 2024 của UBND tỉnh", "Kế hoạch", "534", "KH-UBND",
            "2024-03-11", "UBND tỉnh", "local", "cites"),
        ref("Quyết định số 18/2021/QĐ-TTg ngày 22 tháng 4 năm 2021 của Thủ tướng Chính phủ", "Quyết định",
            "18", "2021/QĐ-TTg", "2021-04-22", TTG, "central", "cites"),
    ],
))

# --- 03: Quyết định of UBND tỉnh Bình Định issuing a Quy chế, the Quy chế attached ---------------
CASES.append(dict(
    id="heldout5-03", source="heldout5/03_quyet-dinh-quy-che-binh-dinh.txt",
    province="Bình Định", province_evidence="header: ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
    published="2024-06-18",
    text="""ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 27/2024/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 18 tháng 6 năm 2024

QUYẾT ĐỊNH
Ban hành Quy chế phối hợp trong công tác tiếp công dân, giải quyết khiếu nại, tố cáo trên địa bàn tỉnh Bình Định

ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;
Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;
Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;
Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính phủ về tiếp công dân;
Căn cứ Nghị định số 124/2020/NĐ-CP ngày 19/10/2020 của Chính phủ về giải quyết khiếu nại;
Căn cứ Thông tư số 04/2021/TT-TTCP ngày 01 tháng 10 năm 2021 của Thanh tra Chính phủ quy định quy trình tiếp công dân;
Theo đề nghị của Chánh Thanh tra tỉnh tại Tờ trình số 112/TTr-TTT ngày 30 tháng 5 năm 2024.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác tiếp công dân, giải quyết khiếu nại, tố cáo trên địa bàn tỉnh Bình Định.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2024 và thay thế Quyết định số 19/2017/QĐ-UBND ngày 10 tháng 4 năm 2017 của UBND tỉnh Bình Định ban hành Quy chế phối hợp tiếp công dân trên địa bàn tỉnh.
Điều 3. Chánh Văn phòng UBND tỉnh, Chánh Thanh tra tỉnh, Trưởng Ban Tiếp công dân tỉnh, Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng Chính phủ;
- Thanh tra Chính phủ;
- Cục Kiểm tra VBQPPL - Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Đoàn ĐBQH tỉnh;
- CT, các PCT UBND tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Hữu Lộc

ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

QUY CHẾ
Phối hợp trong công tác tiếp công dân, giải quyết khiếu nại, tố cáo trên địa bàn tỉnh Bình Định
(Ban hành kèm theo Quyết định số 27/2024/QĐ-UBND ngày 18/6/2024 của Ủy ban nhân dân tỉnh Bình Định)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định nguyên tắc, nội dung, hình thức và trách nhiệm phối hợp giữa Thanh tra tỉnh, Ban Tiếp công dân tỉnh, các sở, ban, ngành và UBND các huyện, thị xã, thành phố trong tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo.
Điều 2. Đối tượng áp dụng
Quy chế này áp dụng đối với cơ quan hành chính nhà nước cấp tỉnh, cấp huyện, cấp xã và cán bộ, công chức làm nhiệm vụ tiếp công dân, xử lý đơn trên địa bàn tỉnh.
Điều 3. Nguyên tắc phối hợp
1. Việc phối hợp tuân thủ Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo và các văn bản hướng dẫn thi hành; bảo đảm đúng chức năng, nhiệm vụ của từng cơ quan, không làm thay hoặc đùn đẩy trách nhiệm.
2. Thông tin trao đổi giữa các cơ quan phải kịp thời, chính xác; bảo vệ bí mật danh tính người tố cáo theo quy định.

Chương II
NỘI DUNG PHỐI HỢP

Điều 4. Phối hợp tiếp công dân định kỳ và đột xuất
1. Ban Tiếp công dân tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh, thông báo công khai tại Trụ sở tiếp công dân và trên Cổng thông tin điện tử tỉnh.
2. Khi có đoàn đông người, Công an tỉnh cử lực lượng bảo đảm an ninh, trật tự; cơ quan có thẩm quyền giải quyết vụ việc cử lãnh đạo có mặt để cùng tiếp, trả lời công dân trong ngày.
Điều 5. Phối hợp xử lý đơn
Đơn thuộc thẩm quyền của cơ quan nào thì chuyển ngay cho cơ quan đó trong thời hạn 05 ngày làm việc kể từ ngày nhận đơn; trình tự xử lý thực hiện theo Thông tư số 05/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh.
Điều 6. Phối hợp trong giải quyết vụ việc phức tạp, kéo dài
Thanh tra tỉnh chủ trì rà soát các vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài; phối hợp với Sở Tài nguyên và Môi trường, Sở Xây dựng và UBND cấp huyện đề xuất phương án giải quyết, báo cáo Chủ tịch UBND tỉnh xem xét, quyết định.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 7. Trách nhiệm thi hành
1. Thanh tra tỉnh có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Quy chế này; định kỳ 6 tháng, hằng năm tổng hợp, báo cáo UBND tỉnh.
2. Trong quá trình thực hiện, nếu phát sinh vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Thanh tra tỉnh để tổng hợp, báo cáo UBND tỉnh xem xét, sửa đổi, bổ sung cho phù hợp./.
""",
    refs=[
        ref("Số: 27/2024/QĐ-UBND", "Quyết định", "27", "2024/QĐ-UBND", "2024-06-18", "UBND tỉnh", "local",
            "self"),
        law("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "2015-06-19"),
        law("Luật Tiếp công dân ngày 25 tháng 11 năm 2013", "2013-11-25"),
        law("Luật Khiếu nại ngày 11 tháng 11 năm 2011", "2011-11-11"),
        law("Luật Tố cáo ngày 12 tháng 6 năm 2018", "2018-06-12"),
        ref("Nghị định số 64/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính phủ", "Nghị định", "64",
            "2014/NĐ-CP", "2014-06-26", CP, "central", "cites"),
        ref("Nghị định số 124/2020/NĐ-CP ngày 19/10/2020 của Chính phủ", "Nghị định", "124", "2020/NĐ-CP",
            "2020-10-19", CP, "central", "cites"),
        ref("Thông tư số 04/2021/TT-TTCP ngày 01 tháng 10 năm 2021 của Thanh tra Chính phủ", "Thông tư", "04",
            "2021/TT-TTCP", "2021-10-01", "Thanh tra Chính phủ", "central", "cites"),
        ref("Tờ trình số 112/TTr-TTT ngày 30 tháng 5 năm 2024", "Tờ trình", "112", "TTr-TTT", "2024-05-30",
            "Thanh tra tỉnh", "local", "cites", "'Theo đề nghị của Chánh Thanh tra tỉnh tại Tờ trình ...'"),
        ref("Quyết định số 19/2017/QĐ-UBND ngày 10 tháng 4 năm 2017 của UBND tỉnh Bình Định", "Quyết định",
            "19", "2017/QĐ-UBND", "2017-04-10", "UBND tỉnh", "local", "cites", "replaced by the new decision"),
        ref("Quyết định số 27/2024/QĐ-UBND ngày 18/6/2024 của Ủy ban nhân dân tỉnh Bình Định", "Quyết định",
            "27", "2024/QĐ-UBND", "2024-06-18", "UBND tỉnh", "local", "self",
            "the attached Quy chế names the decision that issues it"),
        law("Luật Tiếp công dân", "2013-11-25", note="loose repeat in the Quy chế: date from the preamble"),
        law("Luật Khiếu nại", "2011-11-11", note="loose repeat"),
        law("Luật Tố cáo", "2018-06-12", note="loose repeat"),
        ref("Thông tư số 05/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ", "Thông tư", "05",
            "2021/TT-TTCP", "2021-10-01", "Thanh tra Chính phủ", "central", "cites"),
    ],
))

# --- 04: Chỉ thị of the Standing Board of Tỉnh ủy Lạng Sơn (Party layout) -------------------------
CASES.append(dict(
    id="heldout5-04", source="heldout5/04_chi-thi-tinh-uy-lang-son.txt",
    province="Lạng Sơn", province_evidence="Party header: TỈNH ỦY LẠNG SƠN; place-date line",
    published="2024-05-20",
    text="""TỈNH ỦY LẠNG SƠN
*
Số 15-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Lạng Sơn, ngày 20 tháng 5 năm 2024

CHỈ THỊ
của Ban Thường vụ Tỉnh ủy
về tăng cường sự lãnh đạo của Đảng đối với công tác phát hiện, xử lý vụ việc, vụ án tham nhũng, tiêu cực trên địa bàn tỉnh
-----

Thời gian qua, các cấp ủy, tổ chức đảng, chính quyền trong tỉnh đã quán triệt và triển khai nghiêm túc các chủ trương của Trung ương về phòng, chống tham nhũng, tiêu cực. Sau 5 năm thực hiện Chỉ thị số 05-CT/TU ngày 12/7/2019 của Ban Thường vụ Tỉnh ủy, công tác phát hiện, xử lý vụ việc, vụ án tham nhũng có chuyển biến rõ nét; nhiều vụ việc được đưa ra xét xử nghiêm minh, phần lớn tài sản bị thất thoát đã được thu hồi.

Tuy nhiên, việc tự kiểm tra, tự phát hiện tham nhũng trong nội bộ cơ quan, đơn vị còn ít; một số nơi còn nể nang, né tránh; việc bảo vệ người phản ánh, tố giác có lúc chưa được quan tâm đúng mức; sự phối hợp giữa các cơ quan tiến hành tố tụng ở một số vụ việc chưa chặt chẽ, làm kéo dài thời gian xử lý.

Để tiếp tục thực hiện có hiệu quả Chỉ thị số 27-CT/TW ngày 10 tháng 01 năm 2019 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ người phát hiện, tố giác, người đấu tranh chống tham nhũng, lãng phí, tiêu cực và Kết luận số 12-KL/TW ngày 06 tháng 8 năm 2021 của Bộ Chính trị về công tác phòng, chống tham nhũng, tiêu cực, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, cơ quan, đơn vị tập trung thực hiện tốt các nhiệm vụ sau:

1. Cấp ủy, người đứng đầu cấp ủy các cấp trực tiếp lãnh đạo, chỉ đạo công tác phát hiện, xử lý tham nhũng, tiêu cực tại địa phương, cơ quan, đơn vị mình; coi đây là nhiệm vụ thường xuyên, gắn với đánh giá, xếp loại tổ chức đảng và đảng viên hằng năm.

2. Nâng cao chất lượng tự kiểm tra trong nội bộ; tập trung vào các lĩnh vực dễ phát sinh tiêu cực như quản lý đất đai, đầu tư công, mua sắm tài sản, tuyển dụng và bổ nhiệm cán bộ. Tổ chức, cá nhân vi phạm phải được xem xét, xử lý nghiêm theo Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm, không có vùng cấm, không có ngoại lệ.

3. Các cơ quan nội chính tăng cường phối hợp, rút ngắn thời gian xác minh, điều tra, truy tố, xét xử; những vụ việc phức tạp, dư luận quan tâm phải báo cáo Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh để chỉ đạo xử lý dứt điểm.

4. Bảo vệ người phát hiện, tố giác, đấu tranh chống tham nhũng; giữ bí mật thông tin người tố giác; xử lý nghiêm người có hành vi trù dập, trả thù người tố cáo.

5. Cán bộ, đảng viên, trước hết là người đứng đầu, nêu gương rèn luyện đạo đức, lối sống theo Quy định số 144-QĐ/TW ngày 09 tháng 5 năm 2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới.

6. Ban Tuyên giáo Tỉnh ủy, Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh tuyên truyền các vụ việc đã xử lý, biểu dương những điển hình tích cực trong đấu tranh phòng, chống tham nhũng.

7. Ban Nội chính Tỉnh ủy chủ trì, phối hợp với Ủy ban Kiểm tra Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện Chỉ thị này.

Chỉ thị này thay thế Chỉ thị số 05-CT/TU ngày 12/7/2019 của Ban Thường vụ Tỉnh ủy và được phổ biến đến chi bộ, đảng viên.

Nơi nhận:
- Ban Bí thư (b/c),
- Ban Nội chính Trung ương (b/c),
- Ủy ban Kiểm tra Trung ương (b/c),
- Các đảng bộ trực thuộc Tỉnh ủy,
- Các ban, đơn vị của Tỉnh ủy,
- Các đồng chí Tỉnh ủy viên,
- Lưu Văn phòng Tỉnh ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC

Lương Thị Hạnh
""",
    refs=[
        ref("Số 15-CT/TU", "Chỉ thị", "15", "CT/TU", "2024-05-20", "Ban Thường vụ Tỉnh ủy", "local", "self",
            "header says TỈNH ỦY; the title 'của Ban Thường vụ Tỉnh ủy' and 'T/M BAN THƯỜNG VỤ' name the issuer"),
        ref("Chỉ thị số 05-CT/TU ngày 12/7/2019 của Ban Thường vụ Tỉnh ủy", "Chỉ thị", "05", "CT/TU",
            "2019-07-12", "Ban Thường vụ Tỉnh ủy", "local", "cites",
            "'Sau 5 năm thực hiện ...': reviewed and replaced, not carried out"),
        ref("Chỉ thị số 27-CT/TW ngày 10 tháng 01 năm 2019 của Bộ Chính trị", "Chỉ thị", "27", "CT/TW",
            "2019-01-10", BCT, "central", "implements"),
        ref("Kết luận số 12-KL/TW ngày 06 tháng 8 năm 2021 của Bộ Chính trị", "Kết luận", "12", "KL/TW",
            "2021-08-06", BCT, "central", "implements"),
        ref("Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị", "Quy định", "69", "QĐ/TW", "2022-07-06",
            BCT, "central", "cites"),
        ref("Quy định số 144-QĐ/TW ngày 09 tháng 5 năm 2024 của Bộ Chính trị", "Quy định", "144", "QĐ/TW",
            "2024-05-09", BCT, "central", "cites"),
        ref("Chỉ thị số 05-CT/TU ngày 12/7/2019 của Ban Thường vụ Tỉnh ủy", "Chỉ thị", "05", "CT/TU",
            "2019-07-12", "Ban Thường vụ Tỉnh ủy", "local", "cites", "'Chỉ thị này thay thế ...'"),
    ],
))

# --- 05: Kế hoạch of UBND huyện Thọ Xuân (Thanh Hóa, before 2025) carrying out the province's -----
CASES.append(dict(
    id="heldout5-05", source="heldout5/05_ke-hoach-ubnd-huyen-tho-xuan.txt",
    province="Thanh Hóa", province_evidence="'Kế hoạch số 86/KH-UBND ... của UBND tỉnh Thanh Hóa'; huyện Thọ Xuân",
    published="2024-04-16",
    text="""ỦY BAN NHÂN DÂN
HUYỆN THỌ XUÂN
Số: 112/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thọ Xuân, ngày 16 tháng 4 năm 2024

KẾ HOẠCH
Xử lý hồ sơ công việc trên môi trường điện tử tại các cơ quan, đơn vị trên địa bàn huyện Thọ Xuân năm 2024

Thực hiện Kế hoạch số 86/KH-UBND ngày 02/4/2024 của UBND tỉnh Thanh Hóa triển khai thực hiện Chỉ thị số 08/CT-TTg ngày 12/3/2024 của Thủ tướng Chính phủ; căn cứ Nghị quyết số 05-NQ/HU ngày 20 tháng 12 năm 2021 của Ban Chấp hành Đảng bộ huyện về chuyển đổi số huyện Thọ Xuân giai đoạn 2021 - 2025, tầm nhìn đến năm 2030, UBND huyện Thọ Xuân xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
- Triển khai kịp thời, đầy đủ các nhiệm vụ UBND tỉnh giao cho cấp huyện tại Kế hoạch số 86/KH-UBND; xác định cụ thể trách nhiệm của từng phòng, ban, đơn vị và UBND các xã, thị trấn.
- Đến hết năm 2024, 100% văn bản đi của UBND huyện và các phòng chuyên môn được ký số và gửi trên môi trường mạng; ít nhất 90% hồ sơ công việc tại cấp xã được xử lý trên hệ thống.

II. NHIỆM VỤ CỤ THỂ
1. Văn phòng HĐND và UBND huyện
a) Làm đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; hằng tháng tổng hợp tỷ lệ văn bản điện tử của các phòng, ban, UBND các xã, thị trấn, báo cáo Chủ tịch UBND huyện.
b) Hướng dẫn văn thư các cơ quan lập hồ sơ điện tử, trình bày văn bản đúng thể thức và kỹ thuật quy định tại Nghị định số 30/2020/NĐ-CP của Chính phủ.
2. Phòng Văn hóa và Thông tin
Phối hợp với Trung tâm Viễn thông Thọ Xuân bảo đảm đường truyền; cấp, gia hạn chứng thư số cho cán bộ, công chức đủ điều kiện; tổ chức tập huấn sử dụng phần mềm quản lý văn bản cho cấp xã xong trong tháng 5/2024.
3. Phòng Nội vụ
Đưa kết quả xử lý hồ sơ điện tử vào tiêu chí đánh giá, xếp loại cán bộ, công chức và chấm điểm cải cách hành chính của các xã, thị trấn năm 2024.
4. UBND các xã, thị trấn
a) Bố trí công chức văn phòng - thống kê phụ trách việc tiếp nhận, số hóa văn bản đến; không in văn bản để trình ký đối với hồ sơ đã có trên hệ thống.
b) Báo cáo kết quả thực hiện về UBND huyện (qua Văn phòng HĐND và UBND huyện) trước ngày 05/6 và ngày 05/12/2024.

III. TỔ CHỨC THỰC HIỆN
Yêu cầu Thủ trưởng các phòng, ban, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện. Kết quả thực hiện Kế hoạch này là một trong những căn cứ để bình xét thi đua, khen thưởng năm 2024./.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Thông tin và Truyền thông (b/c);
- TT Huyện ủy, TT HĐND huyện (b/c);
- Chủ tịch, các PCT UBND huyện;
- Các phòng, ban, đơn vị thuộc UBND huyện;
- UBND các xã, thị trấn;
- Lưu: VT, VP.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Đình Quang
""",
    refs=[
        ref("Số: 112/KH-UBND", "Kế hoạch", "112", "KH-UBND", "2024-04-16", "UBND huyện", "local", "self"),
        ref("Kế hoạch số 86/KH-UBND ngày 02/4/2024 của UBND tỉnh Thanh Hóa", "Kế hoạch", "86", "KH-UBND",
            "2024-04-02", "UBND tỉnh", "local", "implements"),
        ref("Chỉ thị số 08/CT-TTg ngày 12/3/2024 của Thủ tướng Chính phủ", "Chỉ thị", "08", "CT-TTg",
            "2024-03-12", TTG, "central", "implements",
            "nested in the title of the provincial plan the district carries out; 'Thực hiện' governs both"),
        ref("Nghị quyết số 05-NQ/HU ngày 20 tháng 12 năm 2021 của Ban Chấp hành Đảng bộ huyện", "Nghị quyết",
            "05", "NQ/HU", "2021-12-20", "Huyện ủy", "local", "cites",
            "'căn cứ'; Ban Chấp hành Đảng bộ huyện is the Huyện ủy"),
        ref("Kế hoạch số 86/KH-UBND", "Kế hoạch", "86", "KH-UBND", "2024-04-02", "UBND tỉnh", "local",
            "implements"),
        ref("Nghị định số 30/2020/NĐ-CP của Chính phủ", "Nghị định", "30", "2020/NĐ-CP", None, CP, "central",
            "cites", "no date in this text (the year is in the symbol, the day is not)"),
    ],
))

# --- 06: Công văn of Sở Nội vụ Đồng Nai to the districts ----------------------------------------
CASES.append(dict(
    id="heldout5-06", source="heldout5/06_cong-van-so-noi-vu-dong-nai.txt",
    province="Đồng Nai", province_evidence="header: UBND TỈNH ĐỒNG NAI / SỞ NỘI VỤ; place-date line",
    published="2024-05-10",
    text="""UBND TỈNH ĐỒNG NAI
SỞ NỘI VỤ
Số: 1587/SNV-TTr
V/v báo cáo kết quả thực hiện Chỉ thị số 12/CT-UBND của Chủ tịch UBND tỉnh
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 10 tháng 5 năm 2024

Kính gửi:
- UBND các huyện;
- UBND thành phố Biên Hòa, thành phố Long Khánh.

Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 3901/UBND-THNC ngày 24/4/2024 về việc sơ kết thực hiện Chỉ thị số 12/CT-UBND ngày 25 tháng 10 năm 2023 của Chủ tịch UBND tỉnh về chấn chỉnh kỷ luật, kỷ cương và trách nhiệm người đứng đầu trong thực thi công vụ, Sở Nội vụ đề nghị UBND các huyện, thành phố thực hiện một số nội dung sau:

1. Báo cáo kết quả thực hiện Chỉ thị số 12/CT-UBND tại địa phương từ tháng 11/2023 đến tháng 4/2024, trong đó nêu rõ:
a) Việc quán triệt, xây dựng kế hoạch triển khai; số văn bản chỉ đạo đã ban hành;
b) Kết quả kiểm tra công vụ, số cuộc kiểm tra đột xuất; số cán bộ, công chức, viên chức bị xử lý kỷ luật và hình thức xử lý;
c) Tình hình giải quyết hồ sơ, thủ tục hành chính: số hồ sơ trễ hạn, nguyên nhân và việc xin lỗi người dân, doanh nghiệp theo quy định;
d) Việc thực hiện các nhiệm vụ được giao tại Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ, nhất là những biểu hiện né tránh, đùn đẩy, sợ trách nhiệm trong giải quyết công việc.
2. Đánh giá những hạn chế, nguyên nhân và đề xuất giải pháp; kiến nghị UBND tỉnh sửa đổi, bổ sung Quyết định số 21/2021/QĐ-UBND ngày 14 tháng 6 năm 2021 của UBND tỉnh ban hành Quy định về phân cấp quản lý cán bộ, công chức (nếu có).
3. Số liệu báo cáo tính đến ngày 30/4/2024, theo các biểu mẫu kèm theo Công văn này.

Báo cáo của UBND các huyện, thành phố gửi về Sở Nội vụ (qua Thanh tra Sở) trước ngày 24/5/2024, đồng thời gửi bản điện tử qua Hệ thống quản lý văn bản và điều hành để Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ theo yêu cầu tại Công văn số 1922/BNV-TTr ngày 22/4/2024 của Bộ Nội vụ.

Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Thanh tra Sở Nội vụ (điện thoại 0251.3822.146) để được hướng dẫn.
Rất mong nhận được sự phối hợp của Quý cơ quan./.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Giám đốc, các PGĐ Sở;
- Lưu: VT, TTr.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Thị Kim Oanh
""",
    refs=[
        ref("Số: 1587/SNV-TTr", "Công văn", "1587", "SNV-TTr", "2024-05-10", "Sở Nội vụ", "local", "self"),
        ref("Chỉ thị số 12/CT-UBND của Chủ tịch UBND tỉnh", "Chỉ thị", "12", "CT-UBND", "2023-10-25",
            "UBND tỉnh", "local", "implements",
            "'V/v báo cáo kết quả thực hiện ...'; date from the full citation further down"),
        ref("Công văn số 3901/UBND-THNC ngày 24/4/2024", "Công văn", "3901", "UBND-THNC", "2024-04-24",
            "UBND tỉnh", "local", "implements", "'Thực hiện chỉ đạo của UBND tỉnh tại Công văn ...'"),
        ref("Chỉ thị số 12/CT-UBND ngày 25 tháng 10 năm 2023 của Chủ tịch UBND tỉnh", "Chỉ thị", "12",
            "CT-UBND", "2023-10-25", "UBND tỉnh", "local", "implements"),
        ref("Chỉ thị số 12/CT-UBND", "Chỉ thị", "12", "CT-UBND", "2023-10-25", "UBND tỉnh", "local",
            "implements"),
        ref("Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ", "Công điện", "968",
            "CĐ-TTg", "2023-10-16", TTG, "central", "implements",
            "the letter asks for the results of carrying it out"),
        ref("Quyết định số 21/2021/QĐ-UBND ngày 14 tháng 6 năm 2021 của UBND tỉnh", "Quyết định", "21",
            "2021/QĐ-UBND", "2021-06-14", "UBND tỉnh", "local", "cites"),
        ref("Công văn số 1922/BNV-TTr ngày 22/4/2024 của Bộ Nội vụ", "Công văn", "1922", "BNV-TTr",
            "2024-04-22", "Bộ Nội vụ", "central", "cites", "'theo yêu cầu tại ...'"),
    ],
))

# --- 07: Nghị quyết of HĐND tỉnh Lâm Đồng, the year inside the symbol ----------------------------
CASES.append(dict(
    id="heldout5-07", source="heldout5/07_nghi-quyet-hdnd-lam-dong.txt",
    province="Lâm Đồng", province_evidence="header: HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG (before the 2025 merger)",
    published="2023-07-07",
    text="""HỘI ĐỒNG NHÂN DÂN
TỈNH LÂM ĐỒNG
-------
Số: 18/2023/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Lâm Đồng, ngày 07 tháng 7 năm 2023

NGHỊ QUYẾT
Quy định mức chi bảo đảm cho công tác kiểm tra, xử lý, rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Lâm Đồng

HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG
KHÓA X KỲ HỌP THỨ 10

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Căn cứ Thông tư số 42/2022/TT-BTC ngày 06 tháng 7 năm 2022 của Bộ trưởng Bộ Tài chính quy định việc lập dự toán, quản lý, sử dụng và quyết toán kinh phí bảo đảm cho công tác kiểm tra, xử lý, rà soát, hệ thống hóa văn bản quy phạm pháp luật;
Xét Tờ trình số 4120/TTr-UBND ngày 05 tháng 6 năm 2023 của Ủy ban nhân dân tỉnh về dự thảo Nghị quyết quy định mức chi bảo đảm cho công tác kiểm tra, xử lý, rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh; Báo cáo thẩm tra số 75/BC-HĐND ngày 28 tháng 6 năm 2023 của Ban Pháp chế Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Nghị quyết này quy định mức chi bảo đảm cho công tác kiểm tra, xử lý, rà soát, hệ thống hóa văn bản quy phạm pháp luật do ngân sách địa phương bảo đảm trên địa bàn tỉnh Lâm Đồng.
2. Đối tượng áp dụng: các cơ quan, đơn vị, tổ chức và cá nhân tham gia công tác kiểm tra, xử lý, rà soát, hệ thống hóa văn bản quy phạm pháp luật của chính quyền địa phương các cấp trên địa bàn tỉnh.

Điều 2. Mức chi
1. Chi xây dựng báo cáo kết quả rà soát, hệ thống hóa văn bản định kỳ: 1.500.000 đồng/báo cáo đối với cấp tỉnh; 1.000.000 đồng/báo cáo đối với cấp huyện; 600.000 đồng/báo cáo đối với cấp xã.
2. Chi lấy ý kiến chuyên gia đối với văn bản được kiểm tra, rà soát: 800.000 đồng/văn bản.
3. Chi họp xử lý kết quả kiểm tra văn bản có dấu hiệu trái pháp luật: người chủ trì 200.000 đồng/người/buổi; thành viên tham dự 100.000 đồng/người/buổi.
4. Các nội dung chi khác không quy định tại Nghị quyết này thực hiện theo Thông tư số 42/2022/TT-BTC.

Điều 3. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.
2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.
3. Nghị quyết này thay thế Nghị quyết số 121/2019/NQ-HĐND ngày 11 tháng 7 năm 2019 của Hội đồng nhân dân tỉnh Lâm Đồng quy định mức chi cho công tác kiểm tra, rà soát văn bản.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Lâm Đồng Khóa X Kỳ họp thứ 10 thông qua ngày 07 tháng 7 năm 2023 và có hiệu lực từ ngày 17 tháng 7 năm 2023./.

Nơi nhận:
- Ủy ban Thường vụ Quốc hội;
- Chính phủ;
- Bộ Tài chính; Bộ Tư pháp;
- Cục Kiểm tra VBQPPL - Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- UBND tỉnh; Ủy ban MTTQ Việt Nam tỉnh;
- Đoàn ĐBQH tỉnh;
- Các đại biểu HĐND tỉnh;
- Lưu: VT, CTHĐ.

CHỦ TỊCH

Trần Đức Hưng
""",
    refs=[
        ref("Số: 18/2023/NQ-HĐND", "Nghị quyết", "18", "2023/NQ-HĐND", "2023-07-07", "HĐND tỉnh", "local",
            "self"),
        law("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "2015-06-19"),
        law("Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015", "2015-06-22"),
        law("Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015", "2015-06-25"),
        ref("Thông tư số 42/2022/TT-BTC ngày 06 tháng 7 năm 2022 của Bộ trưởng Bộ Tài chính", "Thông tư", "42",
            "2022/TT-BTC", "2022-07-06", "Bộ Tài chính", "central", "cites"),
        ref("Tờ trình số 4120/TTr-UBND ngày 05 tháng 6 năm 2023 của Ủy ban nhân dân tỉnh", "Tờ trình", "4120",
            "TTr-UBND", "2023-06-05", "UBND tỉnh", "local", "cites"),
        ref("Báo cáo thẩm tra số 75/BC-HĐND ngày 28 tháng 6 năm 2023 của Ban Pháp chế Hội đồng nhân dân tỉnh",
            "Báo cáo", "75", "BC-HĐND", "2023-06-28", "Ban Pháp chế HĐND tỉnh", "local", "cites"),
        ref("Thông tư số 42/2022/TT-BTC", "Thông tư", "42", "2022/TT-BTC", "2022-07-06", "Bộ Tài chính",
            "central", "cites"),
        ref("Nghị quyết số 121/2019/NQ-HĐND ngày 11 tháng 7 năm 2019 của Hội đồng nhân dân tỉnh Lâm Đồng",
            "Nghị quyết", "121", "2019/NQ-HĐND", "2019-07-11", "HĐND tỉnh", "local", "cites",
            "replaced by the new resolution"),
    ],
))

# --- 08: Quyết định of UBND phường Hải Châu (Đà Nẵng) after the July 2025 reorganisation ---------
CASES.append(dict(
    id="heldout5-08", source="heldout5/08_quyet-dinh-ubnd-phuong-hai-chau.txt",
    province="Đà Nẵng", province_evidence="'Ủy ban nhân dân thành phố Đà Nẵng'; phường Hải Châu (2025)",
    published="2025-09-12",
    text="""ỦY BAN NHÂN DÂN
PHƯỜNG HẢI CHÂU
Số: 215/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Châu, ngày 12 tháng 9 năm 2025

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính và nâng cao chất lượng phục vụ tại Trung tâm Phục vụ hành chính công phường Hải Châu

CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương và Ủy ban nhân dân xã, phường, đặc khu;
Căn cứ Kế hoạch số 145/KH-UBND ngày 21 tháng 8 năm 2025 của Ủy ban nhân dân thành phố Đà Nẵng về rà soát, cắt giảm, đơn giản hóa thủ tục hành chính năm 2025;
Căn cứ Quyết định số 08/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân phường Hải Châu ban hành Quy chế làm việc của Ủy ban nhân dân phường nhiệm kỳ 2021 - 2026;
Theo đề nghị của Chánh Văn phòng HĐND và UBND phường.

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính và nâng cao chất lượng phục vụ tại Trung tâm Phục vụ hành chính công phường Hải Châu (sau đây gọi là Tổ công tác), gồm các ông, bà có tên sau:
1. Ông Nguyễn Hữu Phước, Phó Chủ tịch UBND phường - Tổ trưởng;
2. Bà Lê Thị Thu Hà, Giám đốc Trung tâm Phục vụ hành chính công phường - Tổ phó;
3. Ông Trần Minh Khoa, Trưởng phòng Kinh tế, Hạ tầng và Đô thị - Thành viên;
4. Bà Phạm Ngọc Ánh, Phó Chánh Văn phòng HĐND và UBND phường - Thành viên;
5. Ông Võ Đình Luân, công chức Văn phòng HĐND và UBND phường - Thành viên, Thư ký.

Điều 2. Nhiệm vụ của Tổ công tác
1. Rà soát toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã đang thực hiện tại phường; đề xuất cắt giảm thành phần hồ sơ, rút ngắn thời gian giải quyết, gửi Ủy ban nhân dân thành phố (qua Sở Nội vụ) trước ngày 15/10/2025.
2. Theo dõi tình hình tiếp nhận, giải quyết hồ sơ tại Trung tâm; kịp thời phát hiện và kiến nghị xử lý trường hợp để hồ sơ quá hạn, gây phiền hà cho người dân, doanh nghiệp.
3. Tổng hợp kết quả, báo cáo Chủ tịch UBND phường định kỳ hằng tháng và khi có yêu cầu.
Tổ công tác làm việc theo chế độ kiêm nhiệm và tự giải thể sau khi hoàn thành nhiệm vụ.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng HĐND và UBND phường, Giám đốc Trung tâm Phục vụ hành chính công phường, Trưởng các phòng chuyên môn thuộc UBND phường và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Nội vụ thành phố (b/c);
- TT Đảng ủy, TT HĐND phường;
- Chủ tịch, các PCT UBND phường;
- Lưu: VT, VP.

CHỦ TỊCH

Đặng Thị Minh Trang
""",
    refs=[
        ref("Số: 215/QĐ-UBND", "Quyết định", "215", "QĐ-UBND", "2025-09-12", "UBND phường", "local", "self",
            "a decision of the ward chairman: issued by UBND phường"),
        law("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", "2025-06-16"),
        ref("Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ", "Nghị định", "150",
            "2025/NĐ-CP", "2025-06-12", CP, "central", "cites"),
        ref("Kế hoạch số 145/KH-UBND ngày 21 tháng 8 năm 2025 của Ủy ban nhân dân thành phố Đà Nẵng",
            "Kế hoạch", "145", "KH-UBND", "2025-08-21", "UBND thành phố", "local", "cites"),
        ref("Quyết định số 08/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân phường Hải Châu",
            "Quyết định", "08", "QĐ-UBND", "2025-07-01", "UBND phường", "local", "cites"),
    ],
))

# --- 09: Thông báo kết luận of Văn phòng UBND tỉnh Quảng Ninh ------------------------------------
CASES.append(dict(
    id="heldout5-09", source="heldout5/09_thong-bao-ket-luan-quang-ninh.txt",
    province="Quảng Ninh", province_evidence="header: UBND TỈNH QUẢNG NINH / VĂN PHÒNG; place-date line",
    published="2023-11-21",
    text="""UBND TỈNH QUẢNG NINH
VĂN PHÒNG
Số: 318/TB-VPUBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 21 tháng 11 năm 2023

THÔNG BÁO
Kết luận của đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Minh Sơn tại cuộc họp nghe báo cáo tình hình thực hiện Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ và Chỉ thị số 21/CT-UBND của Chủ tịch UBND tỉnh

Ngày 17/11/2023, đồng chí Nguyễn Minh Sơn, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp nghe Sở Nội vụ báo cáo tình hình thực hiện Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ và Chỉ thị số 21/CT-UBND ngày 30/10/2023 của Chủ tịch UBND tỉnh về chấn chỉnh lề lối làm việc, nâng cao trách nhiệm thực thi công vụ của cán bộ, công chức trên địa bàn tỉnh. Tham dự cuộc họp có lãnh đạo các sở: Nội vụ, Tư pháp, Tài chính, Kế hoạch và Đầu tư, Tài nguyên và Môi trường; Thanh tra tỉnh; Văn phòng UBND tỉnh và đại diện UBND các huyện, thị xã, thành phố.

Sau khi nghe báo cáo và ý kiến của các đại biểu dự họp, đồng chí Phó Chủ tịch UBND tỉnh kết luận như sau:

1. Đánh giá chung
Sau một tháng triển khai, các sở, ngành, địa phương đã ban hành văn bản quán triệt, rà soát lại quy trình giải quyết công việc; tỷ lệ hồ sơ giải quyết đúng hạn tăng so với quý III. Tuy nhiên, vẫn còn tình trạng chậm tham mưu, trả lời chậm văn bản xin ý kiến giữa các sở; một số đơn vị chưa báo cáo đúng thời hạn theo Kế hoạch số 247/KH-UBND ngày 03/11/2023 của UBND tỉnh.

2. Nhiệm vụ trong thời gian tới
a) Các sở, ban, ngành, UBND các địa phương tiếp tục thực hiện nghiêm Công điện số 968/CĐ-TTg và Chỉ thị số 21/CT-UBND; người đứng đầu chịu trách nhiệm nếu để xảy ra chậm trễ, né tránh trong giải quyết công việc thuộc thẩm quyền.
b) Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tham mưu UBND tỉnh sửa đổi Quyết định số 1522/QĐ-UBND ngày 26 tháng 5 năm 2022 của UBND tỉnh về quy định trách nhiệm của người đứng đầu trong thực thi công vụ, trình UBND tỉnh trước ngày 15/12/2023.
c) Giao Thanh tra tỉnh tổ chức kiểm tra đột xuất việc thực thi công vụ tại một số sở, ngành và địa phương có tỷ lệ hồ sơ quá hạn cao; kết quả báo cáo UBND tỉnh trong tháng 12/2023.
d) Văn phòng UBND tỉnh theo dõi, đôn đốc; tổng hợp kết quả thực hiện của các cơ quan, đơn vị vào báo cáo định kỳ hằng tháng của UBND tỉnh.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.

Nơi nhận:
- Chủ tịch, các PCT UBND tỉnh (b/c);
- Các sở, ban, ngành thuộc tỉnh;
- UBND các huyện, thị xã, thành phố;
- V0, V1, V2, TH;
- Lưu: VT, NC.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Vũ Thị Thanh Huyền
""",
    refs=[
        ref("Số: 318/TB-VPUBND", "Thông báo", "318", "TB-VPUBND", "2023-11-21", "Văn phòng UBND tỉnh", "local",
            "self"),
        ref("Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG,
            "central", "implements", "in the subject line, without date: date from the body"),
        ref("Chỉ thị số 21/CT-UBND của Chủ tịch UBND tỉnh", "Chỉ thị", "21", "CT-UBND", "2023-10-30",
            "UBND tỉnh", "local", "implements"),
        ref("Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ", "Công điện", "968",
            "CĐ-TTg", "2023-10-16", TTG, "central", "implements",
            "'nghe báo cáo tình hình thực hiện ...' and later 'tiếp tục thực hiện nghiêm ...'"),
        ref("Chỉ thị số 21/CT-UBND ngày 30/10/2023 của Chủ tịch UBND tỉnh", "Chỉ thị", "21", "CT-UBND",
            "2023-10-30", "UBND tỉnh", "local", "implements"),
        ref("Kế hoạch số 247/KH-UBND ngày 03/11/2023 của UBND tỉnh", "Kế hoạch", "247", "KH-UBND",
            "2023-11-03", "UBND tỉnh", "local", "cites"),
        ref("Công điện số 968/CĐ-TTg", "Công điện", "968", "CĐ-TTg", "2023-10-16", TTG, "central",
            "implements"),
        ref("Chỉ thị số 21/CT-UBND", "Chỉ thị", "21", "CT-UBND", "2023-10-30", "UBND tỉnh", "local",
            "implements"),
        ref("Quyết định số 1522/QĐ-UBND ngày 26 tháng 5 năm 2022 của UBND tỉnh", "Quyết định", "1522",
            "QĐ-UBND", "2022-05-26", "UBND tỉnh", "local", "cites"),
    ],
))

# --- 10: Báo cáo of UBND tỉnh Kon Tum on five years of carrying out a directive -------------------
CASES.append(dict(
    id="heldout5-10", source="heldout5/10_bao-cao-ubnd-tinh-kon-tum.txt",
    province="Kon Tum", province_evidence="header: ỦY BAN NHÂN DÂN TỈNH KON TUM (before the 2025 merger)",
    published="2024-05-28",
    text="""ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 156/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 28 tháng 5 năm 2024

BÁO CÁO
Kết quả 05 năm thực hiện Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ về tăng cường xử lý, ngăn chặn có hiệu quả tình trạng nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp trong giải quyết công việc

Kính gửi: Bộ Nội vụ.

Thực hiện Công văn số 2210/BNV-CCVC ngày 06 tháng 5 năm 2024 của Bộ Nội vụ về việc báo cáo sơ kết 05 năm thực hiện Chỉ thị số 10/CT-TTg, Ủy ban nhân dân tỉnh Kon Tum báo cáo kết quả như sau:

I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Ngay sau khi Chỉ thị số 10/CT-TTg được ban hành, UBND tỉnh đã ban hành Kế hoạch số 1632/KH-UBND ngày 14/6/2019 để triển khai thực hiện trên địa bàn tỉnh; Chủ tịch UBND tỉnh ban hành Chỉ thị số 04/CT-UBND ngày 11 tháng 3 năm 2022 về siết chặt kỷ luật, kỷ cương hành chính trong các cơ quan nhà nước của tỉnh. Hằng năm, UBND tỉnh lồng ghép nội dung của Chỉ thị vào kế hoạch cải cách hành chính và kế hoạch phòng, chống tham nhũng, tiêu cực.
Ban Thường vụ Tỉnh ủy ban hành Kết luận số 318-KL/TU ngày 09/8/2023 về tăng cường kỷ luật, kỷ cương trong thực thi công vụ; UBND tỉnh đã cụ thể hóa bằng các văn bản chỉ đạo các sở, ngành, địa phương thực hiện.

II. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra công vụ: từ năm 2019 đến tháng 4/2024, các cơ quan có thẩm quyền trên địa bàn tỉnh tiến hành 412 cuộc kiểm tra công vụ (trong đó 186 cuộc kiểm tra đột xuất); phát hiện và xử lý kỷ luật 37 cán bộ, công chức, viên chức có hành vi nhũng nhiễu, gây phiền hà hoặc vi phạm quy định về thời hạn giải quyết hồ sơ.
2. Giải quyết thủ tục hành chính: 98,6% hồ sơ được giải quyết đúng và trước hạn; 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến trên Cổng dịch vụ công quốc gia. Các cơ quan đã gửi 1.245 thư xin lỗi đối với hồ sơ trễ hạn.
3. Đánh giá mức độ hài lòng: kết quả đánh giá theo Bộ chỉ số ban hành kèm theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ cho thấy chỉ số hài lòng của người dân, doanh nghiệp đối với các cơ quan của tỉnh năm 2023 đạt 91,2%.
4. Tiếp nhận, xử lý phản ánh, kiến nghị: qua đường dây nóng và Hệ thống thông tin phản ánh, kiến nghị, các cơ quan tiếp nhận 264 phản ánh, đã xử lý 259 phản ánh; các trường hợp còn lại đang được xác minh.

III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN
- Vẫn còn hồ sơ trễ hạn ở lĩnh vực đất đai, xây dựng; một số công chức chưa thực hiện đúng quy trình tiếp nhận, yêu cầu bổ sung hồ sơ nhiều lần.
- Việc công khai kết quả xử lý phản ánh, kiến nghị ở một số địa phương chưa kịp thời.
- Nguyên nhân chủ yếu là một số người đứng đầu chưa quyết liệt; cơ sở dữ liệu đất đai chưa hoàn thiện, chưa kết nối đầy đủ với hệ thống giải quyết thủ tục hành chính.

IV. ĐỀ XUẤT, KIẾN NGHỊ
1. Đề nghị Bộ Nội vụ tham mưu Thủ tướng Chính phủ ban hành chỉ thị mới thay thế Chỉ thị số 10/CT-TTg, bổ sung cơ chế bảo vệ cán bộ dám nghĩ, dám làm vì lợi ích chung.
2. Đề nghị Bộ Tài nguyên và Môi trường sớm hướng dẫn việc kết nối cơ sở dữ liệu đất đai với hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh.

Trên đây là báo cáo kết quả 05 năm thực hiện Chỉ thị số 10/CT-TTg của Ủy ban nhân dân tỉnh Kon Tum, kính báo cáo Bộ Nội vụ tổng hợp./.

Nơi nhận:
- Như trên;
- Văn phòng Chính phủ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- CT, các PCT UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Ngọc Tuấn
""",
    refs=[
        ref("Số: 156/BC-UBND", "Báo cáo", "156", "BC-UBND", "2024-05-28", "UBND tỉnh", "local", "self"),
        ref("Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ", "Chỉ thị", "10", "CT-TTg",
            "2019-04-22", TTG, "central", "implements", "'Kết quả 05 năm thực hiện ...' (report of carrying out)"),
        ref("Công văn số 2210/BNV-CCVC ngày 06 tháng 5 năm 2024 của Bộ Nội vụ", "Công văn", "2210", "BNV-CCVC",
            "2024-05-06", "Bộ Nội vụ", "central", "implements", "'Thực hiện Công văn ...': the request answered"),
        ref("Chỉ thị số 10/CT-TTg", "Chỉ thị", "10", "CT-TTg", "2019-04-22", TTG, "central", "implements"),
        ref("Chỉ thị số 10/CT-TTg", "Chỉ thị", "10", "CT-TTg", "2019-04-22", TTG, "central", "implements"),
        ref("Kế hoạch số 1632/KH-UBND ngày 14/6/2019", "Kế hoạch", "1632", "KH-UBND", "2019-06-14", "UBND tỉnh",
            "local", "cites", "issued earlier ('đã ban hành'), reported on, not newly issued"),
        ref("Chỉ thị số 04/CT-UBND ngày 11 tháng 3 năm 2022", "Chỉ thị", "04", "CT-UBND", "2022-03-11",
            "UBND tỉnh", "local", "cites", "'Chủ tịch UBND tỉnh ban hành ...' in 2022: an earlier document"),
        ref("Kết luận số 318-KL/TU ngày 09/8/2023", "Kết luận", "318", "KL/TU", "2023-08-09",
            "Ban Thường vụ Tỉnh ủy", "local", "cites"),
        ref("Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ", "Quyết định", "766", "QĐ-TTg",
            "2022-06-23", TTG, "central", "cites"),
        ref("Chỉ thị số 10/CT-TTg", "Chỉ thị", "10", "CT-TTg", "2019-04-22", TTG, "central", "implements",
            "proposal to replace it; the report's relation to it stays 'implements'"),
        ref("Chỉ thị số 10/CT-TTg", "Chỉ thị", "10", "CT-TTg", "2019-04-22", TTG, "central", "implements"),
    ],
))

# --- 11: Kế hoạch of the provincial Steering Committee for administrative reform, Cà Mau -----------
CASES.append(dict(
    id="heldout5-11", source="heldout5/11_ke-hoach-ban-chi-dao-cchc-ca-mau.txt",
    province="Cà Mau", province_evidence="header: UBND TỈNH CÀ MAU / BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH",
    published="2024-03-05",
    text="""UBND TỈNH CÀ MAU
BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH
Số: 12/KH-BCĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cà Mau, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Kiểm tra nhiệm vụ cải cách hành chính và việc chấp hành kỷ luật, kỷ cương hành chính năm 2024

Căn cứ Quyết định số 45/QĐ-BCĐ ngày 15/3/2023 của Trưởng Ban Chỉ đạo cải cách hành chính tỉnh ban hành Quy chế hoạt động của Ban Chỉ đạo cải cách hành chính tỉnh Cà Mau;
Thực hiện Kế hoạch số 215/KH-UBND ngày 28 tháng 12 năm 2023 của UBND tỉnh Cà Mau về cải cách hành chính năm 2024, Ban Chỉ đạo cải cách hành chính tỉnh xây dựng Kế hoạch kiểm tra năm 2024, cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Đánh giá thực chất kết quả thực hiện nhiệm vụ cải cách hành chính tại các cơ quan, đơn vị theo Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 ban hành kèm theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; kịp thời chấn chỉnh những tồn tại, hạn chế.
2. Kiểm tra phải đúng trọng tâm, không gây khó khăn cho hoạt động bình thường của cơ quan được kiểm tra; kết luận rõ ưu điểm, hạn chế và trách nhiệm của người đứng đầu.

II. NỘI DUNG KIỂM TRA
1. Việc ban hành và tổ chức thực hiện kế hoạch cải cách hành chính năm 2024; công tác tuyên truyền cải cách hành chính.
2. Việc thực hiện cơ chế một cửa, một cửa liên thông; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ.
3. Việc chấp hành kỷ luật, kỷ cương hành chính, thời giờ làm việc, văn hóa công vụ; việc thực hiện Chỉ thị số 06/CT-UBND ngày 20/4/2023 của Chủ tịch UBND tỉnh về tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan nhà nước tỉnh Cà Mau.

III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA
1. Đối tượng: 07 sở, ban, ngành tỉnh; 04 UBND huyện, thành phố và 08 UBND xã, phường, thị trấn (danh sách kèm theo).
2. Thời gian: từ tháng 5 đến tháng 10 năm 2024; lịch cụ thể do Sở Nội vụ thông báo trước ít nhất 05 ngày làm việc.

IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ (Cơ quan thường trực Ban Chỉ đạo) tham mưu thành lập Đoàn kiểm tra; chuẩn bị nội dung, đề cương báo cáo; tổng hợp kết quả kiểm tra, báo cáo Trưởng Ban Chỉ đạo trước ngày 15/11/2024.
2. Văn phòng UBND tỉnh, Sở Tư pháp, Sở Thông tin và Truyền thông cử công chức tham gia Đoàn kiểm tra theo đề nghị của Sở Nội vụ.
3. Các cơ quan, đơn vị được kiểm tra chuẩn bị báo cáo tự kiểm tra theo đề cương và cung cấp đầy đủ hồ sơ, tài liệu liên quan cho Đoàn kiểm tra./.

Nơi nhận:
- Ban Chỉ đạo CCHC của Chính phủ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- Thành viên Ban Chỉ đạo;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố;
- Lưu: VT, SNV.

KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN THƯỜNG TRỰC
GIÁM ĐỐC SỞ NỘI VỤ

Tô Minh Đẩu
""",
    refs=[
        ref("Số: 12/KH-BCĐ", "Kế hoạch", "12", "KH-BCĐ", "2024-03-05", "Ban Chỉ đạo cải cách hành chính tỉnh",
            "local", "self", "issuer named without the province, as for other local bodies"),
        ref("Quyết định số 45/QĐ-BCĐ ngày 15/3/2023 của Trưởng Ban Chỉ đạo cải cách hành chính tỉnh",
            "Quyết định", "45", "QĐ-BCĐ", "2023-03-15", "Ban Chỉ đạo cải cách hành chính tỉnh", "local", "cites",
            "a document of the head of the committee is issued by the committee"),
        ref("Kế hoạch số 215/KH-UBND ngày 28 tháng 12 năm 2023 của UBND tỉnh Cà Mau", "Kế hoạch", "215",
            "KH-UBND", "2023-12-28", "UBND tỉnh", "local", "implements"),
        ref("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ", "Nghị quyết", "76", "NQ-CP", "2021-07-15",
            CP, "central", "cites"),
        ref("Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ", "Nghị định", "107",
            "2021/NĐ-CP", "2021-12-06", CP, "central", "cites"),
        ref("Chỉ thị số 06/CT-UBND ngày 20/4/2023 của Chủ tịch UBND tỉnh", "Chỉ thị", "06", "CT-UBND",
            "2023-04-20", "UBND tỉnh", "local", "implements",
            "an inspection plan of 'việc thực hiện Chỉ thị ...': taken as carrying it out, like a report"
            " of results; arguable"),
    ],
))

# --- 12: joint Kế hoạch liên tịch of Công an tỉnh and Sở Giáo dục và Đào tạo Bến Tre ---------------
CASES.append(dict(
    id="heldout5-12", source="heldout5/12_ke-hoach-lien-tich-ben-tre.txt",
    province="Bến Tre", province_evidence="two-body header: CÔNG AN TỈNH BẾN TRE / SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẾN TRE",
    published="2024-09-20",
    text="""CÔNG AN TỈNH BẾN TRE\tSỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẾN TRE
Số: 02/KHLT-CAT-SGDĐT\t
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 20 tháng 9 năm 2024

KẾ HOẠCH LIÊN TỊCH
Phối hợp bảo đảm an ninh, trật tự trường học và phòng, chống tội phạm, tệ nạn xã hội trong học sinh năm học 2024 - 2025

Căn cứ Thông tư liên tịch số 06/2013/TTLT-BCA-BGDĐT ngày 28 tháng 11 năm 2013 của Bộ Công an và Bộ Giáo dục và Đào tạo hướng dẫn phối hợp trong công tác bảo vệ an ninh, trật tự trong ngành giáo dục;
Căn cứ Quy chế phối hợp số 01/QCPH-CAT-SGDĐT ngày 10/8/2022 giữa Công an tỉnh và Sở Giáo dục và Đào tạo tỉnh Bến Tre;
Thực hiện Kế hoạch số 5120/KH-UBND ngày 29/8/2024 của Ủy ban nhân dân tỉnh về bảo đảm an ninh, trật tự trong các cơ sở giáo dục năm học 2024 - 2025,
Công an tỉnh và Sở Giáo dục và Đào tạo thống nhất ban hành Kế hoạch liên tịch phối hợp thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy sức mạnh tổng hợp của lực lượng Công an và ngành Giáo dục trong phòng ngừa, phát hiện, xử lý các hành vi vi phạm pháp luật liên quan đến học sinh; xây dựng môi trường giáo dục an toàn, lành mạnh.
2. Việc phối hợp phải thường xuyên, đúng chức năng của mỗi ngành; thông tin trao đổi kịp thời, bảo đảm bí mật theo quy định.

II. NỘI DUNG PHỐI HỢP
1. Tuyên truyền, giáo dục pháp luật
a) Tổ chức các buổi ngoại khóa tuyên truyền về phòng, chống ma túy, thuốc lá điện tử, lừa đảo qua mạng và an toàn giao thông tại 100% trường trung học cơ sở, trung học phổ thông.
b) Lồng ghép nội dung phòng, chống bạo lực học đường theo Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ quy định về môi trường giáo dục an toàn, lành mạnh, thân thiện.
2. Bảo đảm an ninh, trật tự khu vực trường học
a) Công an các huyện, thành phố phân công cán bộ phụ trách địa bàn trường học; phối hợp với nhà trường kiểm tra, xử lý các điểm kinh doanh, trò chơi điện tử có dấu hiệu vi phạm quanh cổng trường.
b) Các cơ sở giáo dục xây dựng phương án phòng cháy, chữa cháy và cứu nạn, cứu hộ; tổ chức diễn tập ít nhất một lần trong năm học.
3. Trao đổi thông tin, xử lý vụ việc
Khi phát hiện học sinh có dấu hiệu vi phạm pháp luật hoặc là nạn nhân của hành vi phạm tội, nhà trường thông báo ngay cho Công an xã, phường, thị trấn nơi trường đóng trụ sở để phối hợp xử lý theo quy định.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Tham mưu Công an tỉnh và Văn phòng Sở Giáo dục và Đào tạo là đầu mối theo dõi, đôn đốc; cuối học kỳ I và cuối năm học tổng hợp kết quả, báo cáo lãnh đạo hai ngành và UBND tỉnh.
2. Kết thúc năm học 2024 - 2025, hai ngành tổ chức tổng kết, đánh giá và khen thưởng tập thể, cá nhân có thành tích trong thực hiện Kế hoạch liên tịch này./.

Nơi nhận:
- Bộ Công an (b/c);
- Bộ Giáo dục và Đào tạo (b/c);
- UBND tỉnh (b/c);
- Công an các huyện, thành phố;
- Phòng GDĐT các huyện, thành phố;
- Các trường THPT trực thuộc Sở;
- Lưu: VT CAT, VT SGDĐT.

KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\tKT. GIÁM ĐỐC CÔNG AN TỈNH
PHÓ GIÁM ĐỐC\tPHÓ GIÁM ĐỐC

Nguyễn Văn Bé Tư\tĐại tá Lê Hoàng Nhân
""",
    refs=[
        ref("Số: 02/KHLT-CAT-SGDĐT", "Kế hoạch liên tịch", "02", "KHLT-CAT-SGDĐT", "2024-09-20",
            "Công an tỉnh; Sở Giáo dục và Đào tạo", "local", "self", "joint: both header bodies, header order"),
        ref("Thông tư liên tịch số 06/2013/TTLT-BCA-BGDĐT ngày 28 tháng 11 năm 2013 của Bộ Công an và Bộ Giáo"
            " dục và Đào tạo", "Thông tư liên tịch", "06", "2013/TTLT-BCA-BGDĐT", "2013-11-28",
            "Bộ Công an; Bộ Giáo dục và Đào tạo", "central", "cites"),
        ref("Quy chế phối hợp số 01/QCPH-CAT-SGDĐT ngày 10/8/2022", "Quy chế", "01", "QCPH-CAT-SGDĐT",
            "2022-08-10", "Công an tỉnh; Sở Giáo dục và Đào tạo", "local", "cites",
            "'giữa Công an tỉnh và Sở Giáo dục và Đào tạo': joint"),
        ref("Kế hoạch số 5120/KH-UBND ngày 29/8/2024 của Ủy ban nhân dân tỉnh", "Kế hoạch", "5120", "KH-UBND",
            "2024-08-29", "UBND tỉnh", "local", "implements"),
        ref("Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ", "Nghị định", "80", "2017/NĐ-CP",
            "2017-07-17", CP, "central", "cites"),
    ],
))


def build_cases():
    """The gold cases with offsets: each surface found from the end of the previous reference."""
    built = []
    for case in CASES:
        text = case["text"]
        position = 0
        references = []
        for item in case["refs"]:
            start = text.find(item["surface"], position)
            if start < 0:
                raise ValueError(f"{case['id']}: surface not found after offset {position}: {item['surface']!r}")
            end = start + len(item["surface"])
            placed = {"surface": item["surface"], "start": start, "end": end}
            placed.update({k: v for k, v in item.items() if k != "surface"})
            references.append(placed)
            position = end
        built.append({
            "id": case["id"], "source": case["source"], "url": None, "published": case["published"],
            "province": case["province"], "province_evidence": case["province_evidence"],
            "text": text, "references": references,
        })
    return built


def to_jsonl(cases) -> str:
    return "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)


def main() -> int:
    cases = build_cases()
    OUTPUT.write_text(to_jsonl(cases), encoding="utf-8")
    print(f"wrote {len(cases)} cases, {sum(len(c['references']) for c in cases)} references to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
