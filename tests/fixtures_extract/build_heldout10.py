"""Builds heldout10.jsonl: a tenth blind gold set on sector governance (ten sectors, ten sources).

Each text is the response of a department (Sở), a sub-department (Chi cục, Phòng), a provincial
board or a ministry's general department (Tổng cục) to central documents, one per sector: taxes,
environment, fisheries (IUU), tourism, traffic safety, education, health, social affairs, industry
and trade, information and communications. The texts were written for this set; local document
numbers are invented, bodies, places and the central documents' shapes are real. The references
were annotated by hand before the extractor was read or run.

Offsets are computed here: each surface is searched from the end of the previous reference, so
the annotations read in text order. Run the script to rewrite the JSONL beside it:

    /work/main/.venv/bin/python tests/fixtures_extract/build_heldout10.py
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("heldout10.jsonl")

NBSP = "\u00a0"
TTG = "Thủ tướng Chính phủ"
CP = "Chính phủ"


def ref(surface, doc_type, number, symbol, date, issuer, scope, role, note=None):
    """One hand annotation; the offsets are filled in by build_cases."""
    item = {"surface": surface, "doc_type": doc_type, "number": number, "symbol": symbol, "date": date,
            "issuer": issuer, "scope": scope, "role": role}
    if note:
        item["note"] = note
    return item


# --- 1. Taxes: a Tổng cục Thuế letter carrying out a VAT-cut decree (central, official layout) ---------

TEXT_01 = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
-------
Số: 2817/TCT-CS
V/v triển khai chính sách giảm thuế giá trị gia tăng từ ngày 01/7/2024

Hà Nội, ngày 03 tháng 7 năm 2024

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

Tại Kỳ họp thứ 7, ngày 29/6/2024 Quốc hội đã thông qua Nghị quyết số 142/2024/QH15, trong đó cho phép tiếp tục giảm 2% thuế suất thuế giá trị gia tăng đối với một số nhóm hàng hóa, dịch vụ đến hết năm 2024. Trên cơ sở đó, Chính phủ đã ban hành Nghị định số 72/2024/NĐ-CP ngày 30/6/2024 quy định chính sách giảm thuế giá trị gia tăng.

Để triển khai kịp thời Nghị quyết số 142/2024/QH15 và Nghị định 72/2024/NĐ–CP, Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố thực hiện ngay các việc sau:

1. Phổ biến nội dung Nghị định đến người nộp thuế trên địa bàn bằng nhiều hình thức, ưu tiên hộ, cá nhân kinh doanh và doanh nghiệp nhỏ và vừa; niêm yết danh mục hàng hóa, dịch vụ không thuộc diện được giảm thuế tại bộ phận một cửa.

2. Hướng dẫn người nộp thuế lập hóa đơn điện tử đúng quy định tại Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ và Thông tư sô 78/2021/TT-BTC ngày 17/9/2021 của Bộ Tài chính. Hóa đơn đã lập mà chưa ghi mức thuế suất được giảm thì người bán và người mua lập văn bản thỏa thuận, người bán lập hóa đơn điều chỉnh theo Điều 19 Nghị định 123/2020/NĐ-CP.

3. Việc khai thuế và khai bổ sung hồ sơ thực hiện theo Luật Quản lý thuế ngày 13/6/2019 và Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính; cơ quan thuế không được yêu cầu người nộp thuế nộp thêm giấy tờ ngoài hồ sơ đã quy định.

4. Đối với hàng hóa, dịch vụ bán ra từ ngày 01/01/2024 đến hết ngày 30/6/2024, tiếp tục áp dụng hướng dẫn tại Công văn số 5982/TCT-CS ngày 29/12/2023 của Tổng cục Thuế về việc thực hiện Nghị định số 94/2023/NĐ-CP.

5. Cục Thuế tổng hợp vướng mắc phát sinh, báo cáo về Tổng cục Thuế (qua Vụ Chính sách) trước ngày 20/7/2024.

Tổng cục Thuế thông báo để các Cục Thuế biết và thực hiện./.
"""

REFS_01 = [
    ref("Số: 2817/TCT-CS", "Công văn", "2817", "TCT-CS", "2024-07-03", "Tổng cục Thuế", "central", "self",
        "the letter's own header; date from 'Hà Nội, ngày 03 tháng 7 năm 2024'"),
    ref("Nghị quyết số 142/2024/QH15", "Nghị quyết", "142", "2024/QH15", "2024-06-29", "Quốc hội", "central", "implements",
        "'ngày 29/6/2024 Quốc hội đã thông qua Nghị quyết …': date and issuer stand before the document"),
    ref("Nghị định số 72/2024/NĐ-CP ngày 30/6/2024", "Nghị định", "72", "2024/NĐ-CP", "2024-06-30", CP, "central", "implements",
        "'Chính phủ đã ban hành' is background; the letter says below it carries this decree out"),
    ref("Nghị quyết số 142/2024/QH15", "Nghị quyết", "142", "2024/QH15", "2024-06-29", "Quốc hội", "central", "implements"),
    ref("Nghị định 72/2024/NĐ–CP", "Nghị định", "72", "2024/NĐ-CP", "2024-06-30", CP, "central", "implements",
        "en dash inside the symbol"),
    ref("Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ", "Nghị định", "123", "2020/NĐ-CP",
        "2020-10-19", CP, "central", "cites"),
    ref("Thông tư sô 78/2021/TT-BTC ngày 17/9/2021 của Bộ Tài chính", "Thông tư", "78", "2021/TT-BTC", "2021-09-17",
        "Bộ Tài chính", "central", "cites", "typo 'sô' for 'số'"),
    ref("Nghị định 123/2020/NĐ-CP", "Nghị định", "123", "2020/NĐ-CP", "2020-10-19", CP, "central", "cites"),
    ref("Luật Quản lý thuế ngày 13/6/2019", "Luật", None, None, "2019-06-13", "Quốc hội", "central", "cites"),
    ref("Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính", "Thông tư", "80", "2021/TT-BTC", "2021-09-29",
        "Bộ Tài chính", "central", "cites"),
    ref("Công văn số 5982/TCT-CS ngày 29/12/2023 của Tổng cục Thuế", "Công văn", "5982", "TCT-CS", "2023-12-29",
        "Tổng cục Thuế", "central", "cites", "an earlier letter of the same body: 'tiếp tục áp dụng hướng dẫn tại'"),
    ref("Nghị định số 94/2023/NĐ-CP", "Nghị định", "94", "2023/NĐ-CP", None, CP, "central", "cites",
        "nested in the earlier letter's subject; no date in the text"),
]

# --- 2. Environment: a Sở Tài nguyên và Môi trường plan on plastic waste (Khánh Hòa, 2024) ----------

TEXT_02 = """Khánh Hoà: Sở Tài nguyên và Môi trường ra kế hoạch giảm rác thải nhựa ở bãi biển, đảo và cảng cá

Nha Trang, 15/3/2024 - Ngày 14 tháng 3 năm 2024, Sở Tài nguyên và Môi trường tỉnh Khánh Hòa ban hành Kế hoạch số 412/KH-STNMT về tăng cường quản lý chất thải nhựa trên địa bàn tỉnh năm 2024, lấy các bãi tắm, khu du lịch đảo và cảng cá làm trọng tâm.

Kế hoạch nhằm cụ thể hoá các Quyết định của Thủ tướng Chính phủ: số 1746/QĐ-TTg ngày 04/12/2019 ban hành Kế hoạch hành động quốc gia về quản lý rác thải nhựa đại dương đến năm 2030; số 1316/QĐ-TTg ngày 22/7/2021 phê duyệt Đề án tăng cường công tác quản lý chất thải nhựa ở Việt Nam; đồng thời triển khai Kế hoạch 95/KH-UBND ngày 29/01/2024 của UBND tỉnh về công tác bảo vệ môi trường năm 2024.

Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 và Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của Luật, Sở đề nghị các cơ sở lưu trú, nhà hàng ven biển không dùng ống hút, hộp xốp và túi ni lông khó phân hủy dùng một lần; các Ban quản lý cảng cá bố trí điểm thu gom ngư cụ hỏng, phao xốp, can nhựa do tàu cá mang về bờ.

Theo hướng dẫn của Bộ Tài nguyên và Môi trường tại Công văn số 1035/BTNMT-KSONMT ngày 20/02/2024, việc phân loại chất thải rắn sinh hoạt tại nguồn được thực hiện theo lộ trình quy định tại Thông tư số 02/2022/TT-BTNMT ngày 10 tháng 01 năm 2022. Sở sẽ phối hợp với UBND thành phố Nha Trang, thị xã Ninh Hòa và huyện Vạn Ninh chọn 12 bãi biển làm thí điểm "bãi biển không rác thải nhựa", đặt thêm 300 thùng rác phân loại và tổ chức 20 đợt ra quân nhặt rác với đoàn viên, ngư dân.

Mục tiêu đến cuối năm 2024, 100% cơ sở lưu trú từ 3 sao trở lên cam kết không sử dụng sản phẩm nhựa dùng một lần; 80% chợ dân sinh có điểm thu gom riêng chất thải nhựa. Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện Kế hoạch 412 trước ngày 15/12/2024 để tổng hợp báo cáo UBND tỉnh.
"""

STNMT = "Sở Tài nguyên và Môi trường"
REFS_02 = [
    ref("Kế hoạch số 412/KH-STNMT", "Kế hoạch", "412", "KH-STNMT", "2024-03-14", STNMT, "local", "self"),
    ref("số 1746/QĐ-TTg ngày 04/12/2019", "Quyết định", "1746", "QĐ-TTg", "2019-12-04", TTG, "central", "implements",
        "list head 'các Quyết định của Thủ tướng Chính phủ:'"),
    ref("số 1316/QĐ-TTg ngày 22/7/2021", "Quyết định", "1316", "QĐ-TTg", "2021-07-22", TTG, "central", "implements"),
    ref("Kế hoạch 95/KH-UBND ngày 29/01/2024 của UBND tỉnh", "Kế hoạch", "95", "KH-UBND", "2024-01-29", "UBND tỉnh",
        "local", "implements"),
    ref("Luật Bảo vệ môi trường số 72/2020/QH14", "Luật", "72", "2020/QH14", None, "Quốc hội", "central", "cites",
        "no date in the text (the law is of 17/11/2020)"),
    ref("Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ", "Nghị định", "08", "2022/NĐ-CP", "2022-01-10", CP,
        "central", "cites"),
    ref("Công văn số 1035/BTNMT-KSONMT ngày 20/02/2024", "Công văn", "1035", "BTNMT-KSONMT", "2024-02-20",
        "Bộ Tài nguyên và Môi trường", "central", "cites", "issuer before the document: 'Theo hướng dẫn của Bộ … tại'"),
    ref("Thông tư số 02/2022/TT-BTNMT ngày 10 tháng 01 năm 2022", "Thông tư", "02", "2022/TT-BTNMT", "2022-01-10",
        "Bộ Tài nguyên và Môi trường", "central", "cites"),
    ref("Kế hoạch 412", "Kế hoạch", "412", None, "2024-03-14", STNMT, "local", "self", "loose repeat of the own plan"),
]

# --- 3. Fisheries: a Chi cục Thủy sản letter against IUU fishing (Cà Mau, 2024) ----------------------

TEXT_03 = """Cà Mau siết kiểm soát tàu cá ra vào cảng, quyết tâm gỡ "thẻ vàng" IUU

23/01/2024 08:15

Thực hiện Chỉ thị số 32/CT-TTg ngày 10/12/2023 của Thủ tướng Chính phủ về tăng cường các giải pháp cấp bách chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU), chuẩn bị làm việc với Đoàn thanh tra lần thứ 5 của Ủy ban châu Âu, ngày 22/01 Chi cục Thuỷ sản tỉnh Cà Mau đã có Công văn số 87/CCTS-KTTS gửi các Ban quản lý cảng cá, Văn phòng đại diện kiểm soát nghề cá và UBND các huyện ven biển.

Để cụ thể hóa Kế hoạch số 18/KH-BCĐ ngày 05-01-2024 của Ban Chỉ đạo IUU tỉnh, Chi cục yêu cầu từ nay đến hết tháng 4/2024, toàn bộ tàu cá có chiều dài lớn nhất từ 15 mét trở lên phải duy trì thiết bị giám sát hành trình (VMS) hoạt động liên tục 24/24 giờ kể cả khi neo đậu tại bến. Tàu mất kết nối quá 6 giờ phải báo về bờ; quá 10 ngày mà không đưa tàu về bờ thì lập hồ sơ xử lý theo Nghị định 42/2019/NĐ-CP ngày 16/5/2019 của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực thủy sản.

Văn phòng đại diện kiểm soát nghề cá tại các cảng Sông Đốc, Rạch Gốc và Cà Mau kiểm tra 100% tàu xuất, nhập bến, đối chiếu nhật ký khai thác với sản lượng bốc dỡ; việc cấp giấy xác nhận nguyên liệu thủy sản khai thác thực hiện đúng Luật Thuỷ sản ngày 21/11/2017 và Nghị định số 26/2019/NĐ-CP ngày 08/3/2019 quy định chi tiết một số điều và biện pháp thi hành Luật.

Theo số liệu của Chi cục, toàn tỉnh hiện có 4.012 tàu cá, trong đó 1.256 tàu từ 15 mét trở lên; trong năm 2023 đã xử phạt 74 trường hợp mất kết nối VMS với tổng số tiền hơn 2,1 tỷ đồng. UBND các huyện Trần Văn Thời, Ngọc Hiển, U Minh và Đầm Dơi được đề nghị rà soát, lập danh sách tàu "3 không" và tàu có nguy cơ vượt ranh giới vùng biển nước ngoài, giao cho từng xã quản lý.

Chi cục đề nghị các đơn vị báo cáo kết quả thực hiện Chỉ thị 32 và Công văn này về Chi cục trước 16 giờ thứ Sáu hằng tuần.
"""

CCTS = "Chi cục Thủy sản"
REFS_03 = [
    ref("Chỉ thị số 32/CT-TTg ngày 10/12/2023 của Thủ tướng Chính phủ", "Chỉ thị", "32", "CT-TTg", "2023-12-10", TTG,
        "central", "implements"),
    ref("Công văn số 87/CCTS-KTTS", "Công văn", "87", "CCTS-KTTS", "2024-01-22", CCTS, "local", "self",
        "'ngày 22/01': year from the article's date 23/01/2024"),
    ref("Kế hoạch số 18/KH-BCĐ ngày 05-01-2024 của Ban Chỉ đạo IUU tỉnh", "Kế hoạch", "18", "KH-BCĐ", "2024-01-05",
        "Ban Chỉ đạo IUU tỉnh", "local", "implements"),
    ref("Nghị định 42/2019/NĐ-CP ngày 16/5/2019 của Chính phủ", "Nghị định", "42", "2019/NĐ-CP", "2019-05-16", CP,
        "central", "cites"),
    ref("Luật Thuỷ sản ngày 21/11/2017", "Luật", None, None, "2017-11-21", "Quốc hội", "central", "cites"),
    ref("Nghị định số 26/2019/NĐ-CP ngày 08/3/2019", "Nghị định", "26", "2019/NĐ-CP", "2019-03-08", CP, "central",
        "cites"),
    ref("Chỉ thị 32", "Chỉ thị", "32", None, "2023-12-10", TTG, "central", "implements", "loose repeat"),
]

# --- 4. Tourism: a Sở Văn hóa, Thể thao và Du lịch plan (Hà Giang, 2023) --------------------------

TEXT_04 = """Hà Giang đặt mục tiêu đón 3 triệu lượt khách, tăng tốc phục hồi du lịch

Báo Hà Giang - 12/7/2023

Sở Văn hoá, Thể thao và Du lịch tỉnh Hà Giang vừa ban hành Kế hoạch số 1893/KH-SVHTTDL ngày 10/7/2023 triển khai Nghị quyết số 82/NQ-CP ngày 18 tháng 5 năm 2023 của Chính phủ về các nhiệm vụ, giải pháp chủ yếu nhằm đẩy nhanh phục hồi, tăng tốc phát triển du lịch hiệu quả, bền vững, và Kế hoạch số 215/KH-UBND ngày 20/6/2023 của UBND tỉnh thực hiện Nghị quyết này.

Theo kế hoạch, ngành du lịch Hà Giang phấn đấu năm 2023 đón khoảng 3 triệu lượt khách, trong đó 350.000 lượt khách quốc tế, tổng thu từ khách du lịch đạt trên 5.000 tỷ đồng. Sở sẽ phối hợp với các huyện Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ xây dựng sản phẩm gắn với Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn, lễ hội hoa tam giác mạch và chợ phiên vùng cao; rà soát các cơ sở homestay, nhà nghỉ chưa đủ điều kiện kinh doanh dịch vụ lưu trú theo Luật Du lịch ngày 19/6/2017.

Kế hoạch cũng bám sát Chiến lược phát triển du lịch Việt Nam đến năm 2030 được Thủ tướng Chính phủ phê duyệt tại Quyết định số 147/QĐ-TTg ngày 22/01/2020, và Nghị quyết số 09-NQ/TU ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch giai đoạn 2021-2025, định hướng đến năm 2030. Theo đề nghị của Bộ Văn hóa, Thể thao và Du lịch tại văn bản số 2237/BVHTTDL-TCDL ngày 9/6/2023, Sở sẽ tăng cường quảng bá trên nền tảng số, phối hợp với các hãng lữ hành lớn tổ chức đoàn khảo sát (famtrip) cho doanh nghiệp và báo chí trong nước và quốc tế.

Đối với các tuyến đường đèo như Mã Pì Lèng, Cán Tỷ, Sở đề nghị lực lượng chức năng tăng cường kiểm tra xe chở khách du lịch, nhắc nhở du khách không dừng đỗ xe ở khúc cua và mép vực để chụp ảnh. Các phòng Văn hoá và Thông tin huyện báo cáo kết quả thực hiện Kế hoạch số 1893/KH-SVHTTDL về Sở trước ngày 10/12/2023.
"""

SVH = "Sở Văn hóa, Thể thao và Du lịch"
REFS_04 = [
    ref("Kế hoạch số 1893/KH-SVHTTDL ngày 10/7/2023", "Kế hoạch", "1893", "KH-SVHTTDL", "2023-07-10", SVH, "local", "self"),
    ref("Nghị quyết số 82/NQ-CP ngày 18 tháng 5 năm 2023 của Chính phủ", "Nghị quyết", "82", "NQ-CP", "2023-05-18", CP,
        "central", "implements"),
    ref("Kế hoạch số 215/KH-UBND ngày 20/6/2023 của UBND tỉnh", "Kế hoạch", "215", "KH-UBND", "2023-06-20", "UBND tỉnh",
        "local", "implements"),
    ref("Luật Du lịch ngày 19/6/2017", "Luật", None, None, "2017-06-19", "Quốc hội", "central", "cites"),
    ref("Quyết định số 147/QĐ-TTg ngày 22/01/2020", "Quyết định", "147", "QĐ-TTg", "2020-01-22", TTG, "central", "cites",
        "issuer before the document ('được Thủ tướng Chính phủ phê duyệt tại'); 'bám sát' is alignment, not carrying out"),
    ref("Nghị quyết số 09-NQ/TU ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết", "09", "NQ/TU",
        "2021-04-15", "Tỉnh ủy", "local", "cites", "the provincial Party executive committee is the Tỉnh ủy"),
    ref("văn bản số 2237/BVHTTDL-TCDL ngày 9/6/2023", "Công văn", "2237", "BVHTTDL-TCDL", "2023-06-09",
        "Bộ Văn hóa, Thể thao và Du lịch", "central", "cites", "'văn bản số' with a correspondence symbol: a công văn"),
    ref("Kế hoạch số 1893/KH-SVHTTDL", "Kế hoạch", "1893", "KH-SVHTTDL", "2023-07-10", SVH, "local", "self"),
]

# --- 5. Traffic safety: a Ban An toàn giao thông tỉnh plan (Nghệ An, 2023) --------------------------

TEXT_05 = """Nghệ An: Cao điểm bảo đảm trật tự an toàn giao thông trên Quốc lộ 1 và Quốc lộ 7

(03/8/2023) Ngày 2/8, Ban An toàn giao thông tỉnh Nghệ An ban hành Kế hoạch số 45/KH-BATGT về cao điểm bảo đảm trật tự, an toàn giao thông trên các tuyến quốc lộ trọng điểm đến hết quý III/2023.

Kế hoạch nhằm quán triệt và thực hiện nghiêm Chỉ thị số 23 -CT/TW ngày 25/5/2023 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông trong tình hình mới; Chỉ thị 10/CT-TTg ngày 19-4-2023 của Thủ tướng Chính phủ và Chỉ thị số 16/CT-UBND ngày 12/6/2023 của Chủ tịch UBND tỉnh về cùng nội dung.

Trong 6 tháng đầu năm 2023, trên địa bàn tỉnh xảy ra 182 vụ tai nạn giao thông, làm chết 97 người, bị thương 121 người; riêng Quốc lộ 1 đoạn qua thị xã Hoàng Mai, huyện Diễn Châu và Quốc lộ 7 đoạn qua huyện Đô Lương chiếm gần một nửa số vụ. Theo đề nghị của Cục Đường bộ Việt Nam tại Công văn số 3972/CĐBVN-QLBTĐB ngày 19/7/2023, Ban đề nghị Sở Giao thông vận tải phối hợp với Khu Quản lý đường bộ II rà soát 14 điểm đen, điểm tiềm ẩn tai nạn, bổ sung biển báo, gờ giảm tốc và đèn tín hiệu trước ngày 30/9.

Công an tỉnh tăng cường tuần tra, kiểm soát, xử lý nghiêm vi phạm nồng độ cồn, tốc độ, chở quá tải theo Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ; các huyện, thị xã tổ chức tuyên truyền Chỉ thị 23 của Ban Bí thư đến từng khối, xóm, chú trọng học sinh, sinh viên điều khiển xe máy điện.

Kế hoạch cũng yêu cầu các thành viên Ban An toàn giao thông tỉnh tổ chức kiểm tra chéo theo Kế hoạch số 52/KH-UBATGTQG của Ủy ban An toàn giao thông Quốc gia, báo cáo kết quả về Văn phòng Ban trước ngày 5/10/2023.
"""

BATGT = "Ban An toàn giao thông tỉnh"
REFS_05 = [
    ref("Kế hoạch số 45/KH-BATGT", "Kế hoạch", "45", "KH-BATGT", "2023-08-02", BATGT, "local", "self",
        "'Ngày 2/8': year from the article's date"),
    ref("Chỉ thị số 23 -CT/TW ngày 25/5/2023 của Ban Bí thư", "Chỉ thị", "23", "CT/TW", "2023-05-25", "Ban Bí thư",
        "central", "implements", "space before the dash"),
    ref("Chỉ thị 10/CT-TTg ngày 19-4-2023 của Thủ tướng Chính phủ", "Chỉ thị", "10", "CT-TTg", "2023-04-19", TTG,
        "central", "implements"),
    ref("Chỉ thị số 16/CT-UBND ngày 12/6/2023 của Chủ tịch UBND tỉnh", "Chỉ thị", "16", "CT-UBND", "2023-06-12",
        "UBND tỉnh", "local", "implements"),
    ref("Công văn số 3972/CĐBVN-QLBTĐB ngày 19/7/2023", "Công văn", "3972", "CĐBVN-QLBTĐB", "2023-07-19",
        "Cục Đường bộ Việt Nam", "central", "cites", "'Theo đề nghị của Cục … tại': issuer before the document"),
    ref("Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ", "Nghị định", "100", "2019/NĐ-CP", "2019-12-30", CP,
        "central", "cites"),
    ref("Chỉ thị 23 của Ban Bí thư", "Chỉ thị", "23", None, "2023-05-25", "Ban Bí thư", "central", "implements",
        "loose repeat keeps its document's role"),
    ref("Kế hoạch số 52/KH-UBATGTQG", "Kế hoạch", "52", "KH-UBATGTQG", None, "Ủy ban An toàn giao thông Quốc gia",
        "central", "cites", "no date in the text"),
]

# --- 6. Education: a Phòng Giáo dục và Đào tạo huyện letter (Hoằng Hóa, Thanh Hóa, 2024) --------------

TEXT_06 = """PHÒNG GD&ĐT HOẰNG HÓA HƯỚNG DẪN NHIỆM VỤ GIÁO DỤC TIỂU HỌC NĂM HỌC 2024-2025

Cập nhật: 13/09/2024

Ngày 12/9/2024, Phòng Giáo dục và Đào tạo huyện Hoằng Hóa (tỉnh Thanh Hoá) có Công văn số 312/PGDĐT-TH hướng dẫn các trường tiểu học trên địa bàn thực hiện nhiệm vụ năm học 2024-2025.

Văn bản được ban hành trên cơ sở Công văn số 3935/BGDĐT-GDTH ngày 30/7/2024 của Bộ Giáo dục và Đào tạo về hướng dẫn nhiệm vụ giáo dục tiểu học năm học 2024-2025 và nhằm triển khai Công văn số 3025/SGDĐT-GDTH ngày 30/8/2024 của Sở Giáo dục và Đào tạo Thanh Hóa, Kế hoạch 187/KH-UBND ngày 5/9/2024 của UBND huyện về nhiệm vụ trọng tâm của ngành giáo dục huyện.

Về thời gian năm học, các trường thực hiện theo Quyết định số 2045/QĐ-BGDĐT ngày 31/7/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo và Quyết định số 3012/QĐ-UBND ngày 14/8/2024 của Chủ tịch UBND tỉnh ban hành kế hoạch thời gian năm học đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên: tựu trường ngày 29/8, khai giảng ngày 5/9, học kỳ I kết thúc trước ngày 18/01/2025.

Việc đánh giá học sinh và tổ chức hoạt động nhà trường tiếp tục thực hiện theo Thông tư số 27/2020/TT-BGDĐT và Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ Giáo dục và Đào tạo. Các trường dạy 2 buổi/ngày, bảo đảm tối đa 7 tiết/ngày; 100% học sinh lớp 1, lớp 2 được học Tiếng Anh làm quen; tăng cường dạy bơi, giáo dục kỹ năng phòng tránh đuối nước cho học sinh khối 4, 5.

Phòng đề nghị hiệu trưởng các trường xây dựng kế hoạch giáo dục nhà trường, gửi về Phòng (qua bộ phận Tiểu học) trước ngày 25/9/2024; tổ chức chuyên đề cấp cụm về đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học trong tháng 10. Kết quả thực hiện Công văn 312 được đưa vào tiêu chí thi đua cuối năm học.
"""

PGD = "Phòng Giáo dục và Đào tạo huyện"
BGD = "Bộ Giáo dục và Đào tạo"
REFS_06 = [
    ref("Công văn số 312/PGDĐT-TH", "Công văn", "312", "PGDĐT-TH", "2024-09-12", PGD, "local", "self"),
    ref("Công văn số 3935/BGDĐT-GDTH ngày 30/7/2024 của Bộ Giáo dục và Đào tạo", "Công văn", "3935", "BGDĐT-GDTH",
        "2024-07-30", BGD, "central", "cites", "'trên cơ sở': a basis"),
    ref("Công văn số 3025/SGDĐT-GDTH ngày 30/8/2024 của Sở Giáo dục và Đào tạo", "Công văn", "3025", "SGDĐT-GDTH",
        "2024-08-30", "Sở Giáo dục và Đào tạo", "local", "implements"),
    ref("Kế hoạch 187/KH-UBND ngày 5/9/2024 của UBND huyện", "Kế hoạch", "187", "KH-UBND", "2024-09-05", "UBND huyện",
        "local", "implements", "second item under 'nhằm triển khai'"),
    ref("Quyết định số 2045/QĐ-BGDĐT ngày 31/7/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo", "Quyết định", "2045",
        "QĐ-BGDĐT", "2024-07-31", BGD, "central", "cites", "the Minister's decision is the Ministry's"),
    ref("Quyết định số 3012/QĐ-UBND ngày 14/8/2024 của Chủ tịch UBND tỉnh", "Quyết định", "3012", "QĐ-UBND",
        "2024-08-14", "UBND tỉnh", "local", "cites"),
    ref("Thông tư số 27/2020/TT-BGDĐT", "Thông tư", "27", "2020/TT-BGDĐT", "2020-09-04", BGD, "central", "cites",
        "date and issuer from the phrase shared with the next circular"),
    ref("Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ Giáo dục và Đào tạo", "Thông tư", "28", "2020/TT-BGDĐT",
        "2020-09-04", BGD, "central", "cites"),
    ref("Công văn 312", "Công văn", "312", None, "2024-09-12", PGD, "local", "self"),
]

# --- 7. Health: a Sở Y tế letter on dengue (Đồng Tháp, 2024) ---------------------------------------

TEXT_07 = """Đồng Tháp: Sở Y tế yêu cầu khẩn trương khống chế sốt xuất huyết đầu mùa mưa

Thứ Sáu, 07/06/2024

Trước tình hình số ca mắc sốt xuất huyết Dengue tăng nhanh, 5 tháng đầu năm toàn tỉnh ghi nhận 1.184 ca, tăng 37% so với cùng kỳ, ngày 6/6/2024 Sở Y tế tỉnh Đồng Tháp đã ban hành Công văn số 1587/SYT-NVY gửi Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, các bệnh viện và trung tâm y tế huyện, thành phố.

Thực hiện Công điện số 569/CD-BYT ngày 28/5/2024 của""" + NBSP + """Bộ Y tế và Chỉ thị số 05/CT-UBND ngày 30/5 của Chủ tịch UBND tỉnh Đồng Tháp về tăng cường phòng, chống dịch bệnh mùa mưa, Sở Y tế yêu cầu CDC tỉnh chủ trì giám sát chặt chẽ ca bệnh, xử lý triệt để ổ dịch trong vòng 48 giờ kể từ khi phát hiện, tổ chức chiến dịch diệt lăng quăng tại các xã có số ca mắc cao thuộc huyện Cao Lãnh, Tháp Mười và thành phố Sa Đéc.

Việc giám sát, thông tin và báo cáo ca bệnh thực hiện theo Thông tư 54/2015/TT-BYT ngày 28/12/2015 của Bộ Y tế và Kế hoạch số 96/KH-KSBT ngày 15/3/2024 của Trung tâm Kiểm soát bệnh tật tỉnh về phòng, chống bệnh truyền nhiễm năm 2024. Các bệnh viện phân luồng, bố trí giường bệnh, thuốc, dịch truyền; thực hiện chẩn đoán, điều trị theo Quyết định số 3705/QĐ-BYT ngày 22/8/2019 của Bộ trưởng Bộ Y tế, hạn chế tối đa trường hợp tử vong.

Sở Y tế cũng đề nghị UBND các huyện, thành phố chỉ đạo Ban Chỉ đạo chăm sóc sức khỏe nhân dân cấp xã huy động đoàn thể, học sinh tham gia vệ sinh môi trường, lật úp dụng cụ chứa nước; xử phạt hộ gia đình không chấp hành theo quy định của Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007.

Các đơn vị báo cáo tình hình dịch bệnh hằng tuần về Sở (qua Phòng Nghiệp vụ Y) vào thứ Năm; kết quả thực hiện Công văn số 1587/SYT-NVY tổng hợp báo cáo UBND tỉnh trước ngày 30/6/2024.
"""

SYT = "Sở Y tế"
REFS_07 = [
    ref("Công văn số 1587/SYT-NVY", "Công văn", "1587", "SYT-NVY", "2024-06-06", SYT, "local", "self"),
    ref("Công điện số 569/CD-BYT ngày 28/5/2024 của" + NBSP + "Bộ Y tế", "Công điện", "569", "CĐ-BYT", "2024-05-28",
        "Bộ Y tế", "central", "implements", "ASCII 'CD' for 'CĐ'; a no-break space before the issuer"),
    ref("Chỉ thị số 05/CT-UBND ngày 30/5 của Chủ tịch UBND tỉnh", "Chỉ thị", "05", "CT-UBND", "2024-05-30",
        "UBND tỉnh", "local", "implements", "'ngày 30/5': year from the article's date"),
    ref("Thông tư 54/2015/TT-BYT ngày 28/12/2015 của Bộ Y tế", "Thông tư", "54", "2015/TT-BYT", "2015-12-28", "Bộ Y tế",
        "central", "cites"),
    ref("Kế hoạch số 96/KH-KSBT ngày 15/3/2024 của Trung tâm Kiểm soát bệnh tật tỉnh", "Kế hoạch", "96", "KH-KSBT",
        "2024-03-15", "Trung tâm Kiểm soát bệnh tật tỉnh", "local", "cites"),
    ref("Quyết định số 3705/QĐ-BYT ngày 22/8/2019 của Bộ trưởng Bộ Y tế", "Quyết định", "3705", "QĐ-BYT", "2019-08-22",
        "Bộ Y tế", "central", "cites"),
    ref("Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007", "Luật", None, None, "2007-11-21", "Quốc hội",
        "central", "cites"),
    ref("Công văn số 1587/SYT-NVY", "Công văn", "1587", "SYT-NVY", "2024-06-06", SYT, "local", "self"),
]

# --- 8. Social affairs: a Sở Lao động - Thương binh và Xã hội guidance (Bình Định, 2024) ---------------

TEXT_08 = """Bình Định: Hướng dẫn điều chỉnh mức trợ cấp xã hội hằng tháng từ ngày 1/7/2024

Ngày 19/7/2024, Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH) tỉnh Bình Định ban hành Hướng dẫn số 27/HD-SLĐTBXH về việc điều chỉnh mức chuẩn trợ giúp xã hội, mức trợ cấp, trợ giúp xã hội hằng tháng đối với đối tượng bảo trợ xã hội trên địa bàn tỉnh.

Hướng dẫn nhằm triển khai Nghị định 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội; Công văn số 2975/LĐTBXH-BTXH ngày 10/7/2024 của Bộ LĐ-TB&XH và Quyết định số 2390/QĐ-UBND ngày 15 tháng 7 của UBND tỉnh về việc giao nhiệm vụ thực hiện điều chỉnh.

Theo đó, từ ngày 01/7/2024 mức chuẩn trợ giúp xã hội tăng từ 360.000 đồng lên 500.000 đồng/tháng. Toàn tỉnh hiện có khoảng 92.600 người hưởng trợ cấp xã hội hằng tháng, gồm người cao tuổi, người khuyết tật, trẻ em mồ côi và người đơn thân nghèo đang nuôi con; tổng kinh phí tăng thêm 6 tháng cuối năm ước khoảng 128 tỷ đồng, do ngân sách tỉnh bảo đảm theo phân cấp.

Sở đề nghị Phòng LĐ-TB&XH các huyện, thị xã, thành phố chỉ đạo UBND cấp xã rà soát danh sách, lập bảng điều chỉnh theo mẫu tại Thông tư số 02/2021/TT-BLĐTBXH ngày 24/6/2021 của Bộ Lao động - Thương binh và Xã hội, hoàn thành trước ngày 5/8/2024; chi trả truy lĩnh phần chênh lệch tháng 7 cùng kỳ chi trả tháng 8 qua tổ chức dịch vụ chi trả hoặc qua tài khoản của người hưởng.

Các trường hợp phát sinh mới từ sau ngày 1/7/2024 được xét duyệt theo trình tự, thủ tục tại Nghị định 20/2021/NĐ-CP, áp dụng mức chuẩn mới. Phòng LĐ-TB&XH cấp huyện báo cáo kết quả thực hiện Hướng dẫn số 27/HD-SLĐTBXH về Sở (qua Phòng Bảo trợ xã hội) trước ngày 15/8/2024.
"""

SLD = "Sở Lao động - Thương binh và Xã hội"
BLD = "Bộ Lao động - Thương binh và Xã hội"
REFS_08 = [
    ref("Hướng dẫn số 27/HD-SLĐTBXH", "Hướng dẫn", "27", "HD-SLĐTBXH", "2024-07-19", SLD, "local", "self"),
    ref("Nghị định 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ", "Nghị định", "76", "2024/NĐ-CP", "2024-07-01", CP,
        "central", "implements"),
    ref("Nghị định số 20/2021/NĐ-CP ngày 15/3/2021", "Nghị định", "20", "2021/NĐ-CP", "2021-03-15", CP, "central",
        "cites", "in the amending decree's title: the decree amended, not the one carried out"),
    ref("Công văn số 2975/LĐTBXH-BTXH ngày 10/7/2024 của Bộ LĐ-TB&XH", "Công văn", "2975", "LĐTBXH-BTXH", "2024-07-10",
        BLD, "central", "implements", "the ministry by its abbreviation"),
    ref("Quyết định số 2390/QĐ-UBND ngày 15 tháng 7 của UBND tỉnh", "Quyết định", "2390", "QĐ-UBND", "2024-07-15",
        "UBND tỉnh", "local", "implements", "'ngày 15 tháng 7' without a year: 2024 from the own document's date"),
    ref("Thông tư số 02/2021/TT-BLĐTBXH ngày 24/6/2021 của Bộ Lao động - Thương binh và Xã hội", "Thông tư", "02",
        "2021/TT-BLĐTBXH", "2021-06-24", BLD, "central", "cites"),
    ref("Nghị định 20/2021/NĐ-CP", "Nghị định", "20", "2021/NĐ-CP", "2021-03-15", CP, "central", "cites"),
    ref("Hướng dẫn số 27/HD-SLĐTBXH", "Hướng dẫn", "27", "HD-SLĐTBXH", "2024-07-19", SLD, "local", "self"),
]

# --- 9. Industry and trade: a Sở Công Thương letter on saving electricity (Hải Dương, 2023) -------------

TEXT_09 = """Hải Dương: Sở Công thương đề nghị cắt giảm ít nhất 50% điện chiếu sáng quảng cáo, trang trí

16/06/2023 | 15:42

Để thực hiện Chỉ thị số 20/CT-TTg ngày 08/6/2023 của Thủ tướng Chính phủ về tăng cường tiết kiệm điện giai đoạn 2023 - 2025 và các năm tiếp theo, ngày 16/6/2023 Sở Công thương tỉnh Hải Dương có Công văn số 1126/SCT-QLNL gửi các sở, ngành, UBND các huyện, thị xã, thành phố và các doanh nghiệp sử dụng năng lượng trọng điểm.

Theo hướng dẫn của Bộ Công Thương tại Công văn số 3721/BCT-ĐTĐL ngày 12/6/2023, các cơ quan, công sở cài đặt điều hòa không thấp hơn 26 độ C, tắt điện khi ra khỏi phòng; các hộ kinh doanh, trung tâm thương mại cắt giảm tối thiểu 50% công suất chiếu sáng quảng cáo, trang trí, đặc biệt trong giờ cao điểm từ 19 giờ đến 22 giờ. Chiếu sáng đô thị tại thành phố Hải Dương và thị xã Kinh Môn giảm ít nhất 30% số bóng đèn trên các tuyến phố sau 23 giờ.

Các doanh nghiệp sử dụng năng lượng trọng điểm phải xây dựng kế hoạch sử dụng năng lượng hằng năm, thực hiện kiểm toán năng lượng theo Luật Sử dụng năng lượng tiết kiệm và hiệu quả ngày 17/6/2010 và Thông tư số 25/2020/TT-BCT ngày 29/9/2020 của Bộ Công Thương, đồng thời bám sát các mục tiêu của Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả giai đoạn 2019-2030 ban hành kèm theo Quyết định số 280/QÐ-TTg ngày 13/3/2019.

Sở Công thương cũng lưu ý các địa phương tiếp tục thực hiện Kế hoạch số 2144/KH-UBND ngày 28/6/2022 của UBND tỉnh đã ban hành trước đó về tuyên truyền sử dụng năng lượng tiết kiệm; khuyến khích hộ gia đình lắp điện mặt trời mái nhà tự sản xuất, tự tiêu thụ và dùng thiết bị dán nhãn năng lượng.

Năm 2022, điện thương phẩm toàn tỉnh đạt 6,9 tỷ kWh, tăng 8,7%; mục tiêu tiết kiệm năm 2023 là tối thiểu 2,5% tổng điện năng tiêu thụ. Sở đề nghị các đơn vị báo cáo kết quả thực hiện Chỉ thị 20 định kỳ vào ngày 15 hằng tháng.
"""

SCT = "Sở Công Thương"
REFS_09 = [
    ref("Chỉ thị số 20/CT-TTg ngày 08/6/2023 của Thủ tướng Chính phủ", "Chỉ thị", "20", "CT-TTg", "2023-06-08", TTG,
        "central", "implements"),
    ref("Công văn số 1126/SCT-QLNL", "Công văn", "1126", "SCT-QLNL", "2023-06-16", SCT, "local", "self",
        "the department spelled 'Sở Công thương'"),
    ref("Công văn số 3721/BCT-ĐTĐL ngày 12/6/2023", "Công văn", "3721", "BCT-ĐTĐL", "2023-06-12", "Bộ Công Thương",
        "central", "cites", "'Theo hướng dẫn của Bộ Công Thương tại': issuer before the document"),
    ref("Luật Sử dụng năng lượng tiết kiệm và hiệu quả ngày 17/6/2010", "Luật", None, None, "2010-06-17", "Quốc hội",
        "central", "cites"),
    ref("Thông tư số 25/2020/TT-BCT ngày 29/9/2020 của Bộ Công Thương", "Thông tư", "25", "2020/TT-BCT", "2020-09-29",
        "Bộ Công Thương", "central", "cites"),
    ref("Quyết định số 280/QÐ-TTg ngày 13/3/2019", "Quyết định", "280", "QĐ-TTg", "2019-03-13", TTG, "central", "cites",
        "look-alike 'Ð' (U+00D0) in the symbol; issuer from TTg"),
    ref("Kế hoạch số 2144/KH-UBND ngày 28/6/2022 của UBND tỉnh", "Kế hoạch", "2144", "KH-UBND", "2022-06-28",
        "UBND tỉnh", "local", "implements",
        "'tiếp tục thực hiện … đã ban hành trước đó': the letter asks for it to be carried out"),
    ref("Chỉ thị 20", "Chỉ thị", "20", None, "2023-06-08", TTG, "central", "implements"),
]

# --- 10. Information and communications: a Sở Thông tin và Truyền thông plan (Lâm Đồng, 2024) ----------

TEXT_10 = """Lâm Đồng đẩy mạnh dịch vụ công trực tuyến và dữ liệu dân cư năm 2024

(LĐ) - Sở Thông tin và Truyền thông vừa ban hành Kế hoạch số 318/KH-STTTT ngày 27/02/2024 triển khai nhiệm vụ chuyển đổi số gắn với Đề án 06 trên địa bàn tỉnh Lâm Đồng năm 2024.

Kế hoạch được xây dựng để thực hiện Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ về tiếp tục đẩy mạnh triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 tại các bộ, ngành, địa phương năm 2024 và những năm tiếp theo; """ + unicodedata.normalize("NFD", "Quyết định số 06/QĐ-TTg ngày 06/01/2022") + """ phê duyệt Đề án nói trên, và Kế hoạch số 1705/KH-UBND ngày 20/02/2024 của UBND tỉnh.

Căn cứ Nghị quyết số 06-NQ/TU ngày 19/7/2021 của Tỉnh uỷ Lâm Đồng về chuyển đổi số tỉnh Lâm Đồng đến năm 2025, định hướng đến năm 2030, Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023 và Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân, Sở đặt mục tiêu năm 2024 có 80% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình, 60% hồ sơ được xử lý trực tuyến; 100% cán bộ, công chức cấp xã có tài khoản định danh điện tử mức độ 2.

Sở sẽ phối hợp với Công an tỉnh làm sạch dữ liệu hộ tịch, bảo hiểm xã hội, người có công; hỗ trợ UBND thành phố Đà Lạt, Bảo Lộc và các huyện Đức Trọng, Lâm Hà thí điểm ứng dụng VNeID trong thanh toán học phí, viện phí. Theo hướng dẫn tại văn bản 512/BTTTT-CĐSQG ngày 5/2/2024 của Bộ Thông tin và Truyền thông, các tổ công nghệ số cộng đồng tiếp tục đến từng thôn, tổ dân phố hướng dẫn người dân cài đặt và sử dụng ứng dụng.

Hằng tháng, các đơn vị báo cáo kết quả thực hiện Kế hoạch 318/KH-STTTT về Sở trước ngày 20 để tổng hợp báo cáo Ban Chỉ đạo chuyển đổi số tỉnh.
"""

STT = "Sở Thông tin và Truyền thông"
REFS_10 = [
    ref("Kế hoạch số 318/KH-STTTT ngày 27/02/2024", "Kế hoạch", "318", "KH-STTTT", "2024-02-27", STT, "local", "self",
        "'Đề án 06' right after is a scheme, not a document"),
    ref("Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ", "Chỉ thị", "04", "CT-TTg", "2024-02-11", TTG,
        "central", "implements"),
    ref(unicodedata.normalize("NFD", "Quyết định số 06/QĐ-TTg ngày 06/01/2022"), "Quyết định", "06", "QĐ-TTg",
        "2022-01-06", TTG, "central", "implements", "written in NFD"),
    ref("Kế hoạch số 1705/KH-UBND ngày 20/02/2024 của UBND tỉnh", "Kế hoạch", "1705", "KH-UBND", "2024-02-20",
        "UBND tỉnh", "local", "implements"),
    ref("Nghị quyết số 06-NQ/TU ngày 19/7/2021 của Tỉnh uỷ", "Nghị quyết", "06", "NQ/TU", "2021-07-19", "Tỉnh ủy",
        "local", "cites"),
    ref("Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023", "Luật", "20", "2023/QH15", "2023-06-22", "Quốc hội",
        "central", "cites"),
    ref("Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ", "Nghị định", "13", "2023/NĐ-CP", "2023-04-17", CP,
        "central", "cites"),
    ref("văn bản 512/BTTTT-CĐSQG ngày 5/2/2024 của Bộ Thông tin và Truyền thông", "Công văn", "512", "BTTTT-CĐSQG",
        "2024-02-05", "Bộ Thông tin và Truyền thông", "central", "cites"),
    ref("Kế hoạch 318/KH-STTTT", "Kế hoạch", "318", "KH-STTTT", "2024-02-27", STT, "local", "self"),
]

CASES = [
    ("h10-01-tct-giam-thue-gtgt", "2024-07-03", None,
     "a Tổng cục Thuế letter to all provinces' tax departments: a central act", TEXT_01, REFS_01),
    ("h10-02-stnmt-khanh-hoa-nhua", "2024-03-15", "Khánh Hòa", "Sở Tài nguyên và Môi trường tỉnh Khánh Hòa",
     TEXT_02, REFS_02),
    ("h10-03-ccts-ca-mau-iuu", "2024-01-23", "Cà Mau", "Chi cục Thuỷ sản tỉnh Cà Mau", TEXT_03, REFS_03),
    ("h10-04-svhttdl-ha-giang-du-lich", "2023-07-12", "Hà Giang", "Sở Văn hoá, Thể thao và Du lịch tỉnh Hà Giang",
     TEXT_04, REFS_04),
    ("h10-05-batgt-nghe-an", "2023-08-03", "Nghệ An", "Ban An toàn giao thông tỉnh Nghệ An", TEXT_05, REFS_05),
    ("h10-06-pgddt-hoang-hoa", "2024-09-13", "Thanh Hóa", "huyện Hoằng Hóa (tỉnh Thanh Hoá)", TEXT_06, REFS_06),
    ("h10-07-syt-dong-thap-sxh", "2024-06-07", "Đồng Tháp", "Sở Y tế tỉnh Đồng Tháp", TEXT_07, REFS_07),
    ("h10-08-sldtbxh-binh-dinh", "2024-07-20", "Bình Định", "tỉnh Bình Định", TEXT_08, REFS_08),
    ("h10-09-sct-hai-duong-tiet-kiem-dien", "2023-06-16", "Hải Dương", "Sở Công thương tỉnh Hải Dương", TEXT_09, REFS_09),
    ("h10-10-stttt-lam-dong-de-an-06", "2024-03-01", "Lâm Đồng", "trên địa bàn tỉnh Lâm Đồng", TEXT_10, REFS_10),
]


def build_cases() -> list[dict]:
    """The cases with offsets: each surface is looked up from the end of the previous reference."""
    cases = []
    for case_id, published, province, evidence, text, refs in CASES:
        position = 0
        references = []
        for item in refs:
            start = text.find(item["surface"], position)
            if start < 0:
                raise ValueError(f"{case_id}: {item['surface']!r} not found after offset {position}")
            end = start + len(item["surface"])
            references.append({"surface": item["surface"], "start": start, "end": end,
                               **{key: value for key, value in item.items() if key != "surface"}})
            position = end
        cases.append({"id": case_id, "source": f"heldout10/{case_id}.txt", "url": None, "published": published,
                      "province": province, "province_evidence": evidence, "text": text, "references": references})
    return cases


def to_jsonl(cases: list[dict]) -> str:
    """One JSON object per line, UTF-8 kept readable."""
    return "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)


if __name__ == "__main__":
    OUT.write_text(to_jsonl(build_cases()), encoding="utf-8")
    print(f"wrote {OUT}")
