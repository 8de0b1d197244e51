"""Build heldout8.jsonl: governance after the 2025 reorganisation, annotated by hand.

Twelve texts dated July 2025 – November 2026, written for this set (not taken from any site):
the 34 provincial units under their new names, communes and wards with no district above them,
the ministries as restructured in 2025 (Bộ Nông nghiệp và Môi trường, Bộ Dân tộc và Tôn giáo,
Bộ Khoa học và Công nghệ, Bộ Tài chính holding planning and investment, Bộ Nội vụ holding labour),
the new Party structures (Đảng ủy UBND tỉnh, Đảng ủy các cơ quan Đảng tỉnh, Ban Tuyên giáo và Dân
vận Tỉnh ủy), and texts that name the old provinces for history ("tỉnh Vĩnh Phúc cũ", "trước khi
hợp nhất"). Central documents are real where the author was sure of them; local numbers are
plausible but made up.

The set was annotated blind: its author had not read the extractor or the other sets. Each
reference is written by hand as (surface, doc_type, number, symbol, date, issuer, scope, role);
offsets are found by searching each surface from the end of the previous reference, so a repeated
surface is matched at its next occurrence.

Run `python tests/fixtures_extract/build_heldout8.py` to rewrite heldout8.jsonl.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("heldout8.jsonl")
NBSP = "\u00a0"

# Issuers as the gold format names them (national names; local body types without the place).
TTG = "Thủ tướng Chính phủ"
CP = "Chính phủ"
QH = "Quốc hội"
UBTVQH = "Ủy ban Thường vụ Quốc hội"
BCT = "Bộ Chính trị"
BCT_BBT = "Bộ Chính trị; Ban Bí thư"
BCHTW = "Ban Chấp hành Trung ương"
BNNMT = "Bộ Nông nghiệp và Môi trường"
BTNMT = "Bộ Tài nguyên và Môi trường"
BDTTG = "Bộ Dân tộc và Tôn giáo"
BKHCN = "Bộ Khoa học và Công nghệ"
BTC = "Bộ Tài chính"
BNV = "Bộ Nội vụ"
UBND_T = "UBND tỉnh"
HDND_T = "HĐND tỉnh"
BTV_TU = "Ban Thường vụ Tỉnh ủy"


def ref(surface, doc_type, number, symbol, date, issuer, scope, role, note=None):
    """One hand annotation; `note` says why where the choice was not obvious."""
    out = {"surface": surface, "doc_type": doc_type, "number": number, "symbol": symbol,
           "date": date, "issuer": issuer, "scope": scope, "role": role}
    if note:
        out["note"] = note
    return out


CASES = [
    # 1. Province People's Committee plan after a three-way merger; old provinces named for history.
    dict(
        id="heldout8-01",
        published="2025-07-21",
        province="Phú Thọ",
        province_evidence="'UBND tỉnh Phú Thọ ban hành Kế hoạch số 214/KH-UBND' (after the merger with Vĩnh Phúc and Hòa Bình)",
        text="""Phú Thọ bố trí trụ sở, nhà công vụ cho cán bộ sau hợp nhất

(PTO) – Ngày 18/7/2025, UBND tỉnh Phú Thọ ban hành Kế hoạch số 214/KH-UBND về bố trí trụ sở làm việc, phương tiện đi lại và nhà ở công vụ cho cán bộ, công chức, viên chức các cơ quan của tỉnh sau khi hợp nhất ba tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình.

Kế hoạch nhằm triển khai Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh và Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị. Việc phân công trách nhiệm giữa các sở được thực hiện theo Nghị định 150/2025/NĐ-CP của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh, cấp xã.

Theo kế hoạch, từ ngày 1/8/2025, khoảng 1.900 cán bộ, công chức đang làm việc ở Việt Trì và Hòa Bình sẽ chuyển về trung tâm hành chính – chính trị mới của tỉnh tại khu vực thành phố Vĩnh Yên trước đây (tỉnh Vĩnh Phúc cũ). Sở Tài chính được giao rà soát toàn bộ trụ sở dôi dư; những trụ sở của tỉnh Hòa Bình cũ đã có phương án xử lý tại Quyết định số 1120/QĐ-UBND ngày 5/6/2025 của UBND tỉnh Hòa Bình thì tiếp tục thực hiện, không lập lại hồ sơ.

Về nhà ở công vụ, Sở Xây dựng chủ trì bố trí 620 căn hộ tại các khu đô thị ở phường Vĩnh Phúc và phường Vĩnh Yên; cán bộ chưa được bố trí nhà công vụ được hỗ trợ tiền thuê nhà theo mức quy định tại Nghị quyết số 09/2025/NQ-HĐND ngày 15/7/2025 của HĐND tỉnh. Xe đưa đón cán bộ đi về hằng ngày từ Việt Trì, Hòa Bình được duy trì đến hết năm 2026.

Trước đó, ngày 10/7/2025, UBND tỉnh đã có Công văn số 2380/UBND-KGVX yêu cầu các sở, ngành thống kê nhu cầu nhà ở của cán bộ. Kết quả cho thấy hơn 40% số người được hỏi muốn thuê nhà gần nơi làm việc thay vì đi xe đưa đón.

Phó Chủ tịch UBND tỉnh Phú Thọ yêu cầu các cơ quan thực hiện Kế hoạch 214 nghiêm túc, không để gián đoạn công việc, nhất là các thủ tục hành chính phục vụ người dân và doanh nghiệp, đúng tinh thần Nghị quyết 202 của Quốc hội.""",
        references=[
            ref("Kế hoạch số 214/KH-UBND", "Kế hoạch", "214", "KH-UBND", "2025-07-18", UBND_T, "local", "self"),
            ref("Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội", "Nghị quyết", "202", "2025/QH15", "2025-06-12", QH, "central", "implements"),
            ref("Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư", "Kết luận", "127", "KL/TW", "2025-02-28", BCT_BBT, "central", "implements", "joint conclusion: both issuers"),
            ref("Nghị định 150/2025/NĐ-CP của Chính phủ", "Nghị định", "150", "2025/NĐ-CP", None, CP, "central", "cites", "no date in the text; the year is in the symbol"),
            ref("Quyết định số 1120/QĐ-UBND ngày 5/6/2025 của UBND tỉnh Hòa Bình", "Quyết định", "1120", "QĐ-UBND", "2025-06-05", UBND_T, "local", "cites", "a pre-merger province's decision, kept in force"),
            ref("Nghị quyết số 09/2025/NQ-HĐND ngày 15/7/2025 của HĐND tỉnh", "Nghị quyết", "09", "2025/NQ-HĐND", "2025-07-15", HDND_T, "local", "cites"),
            ref("Công văn số 2380/UBND-KGVX", "Công văn", "2380", "UBND-KGVX", "2025-07-10", UBND_T, "local", "cites", "date from 'Trước đó, ngày 10/7/2025, UBND tỉnh đã có Công văn'"),
            ref("Kế hoạch 214", "Kế hoạch", "214", None, "2025-07-18", UBND_T, "local", "self", "loose repeat of the text's own plan"),
            ref("Nghị quyết 202 của Quốc hội", "Nghị quyết", "202", None, "2025-06-12", QH, "central", "implements", "loose repeat; 'đúng tinh thần' keeps the relation of the first mention"),
        ],
    ),
    # 2. A ward Party committee carries out a Politburo resolution and a provincial plan.
    dict(
        id="heldout8-02",
        published="2025-09-05",
        province="Ninh Bình",
        province_evidence="'Đảng ủy phường Hoa Lư (tỉnh Ninh Bình) vừa ban hành Kế hoạch số 18-KH/ĐU'",
        text="""Đảng ủy phường Hoa Lư cụ thể hóa Nghị quyết 57 về chuyển đổi số

Đảng ủy phường Hoa Lư (tỉnh Ninh Bình) vừa ban hành Kế hoạch số 18-KH/ĐU ngày 3/9/2025 thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, và Kế hoạch số 25-KH/TU ngày 12/8/2025 của Ban Thường vụ Tỉnh ủy Ninh Bình về cùng nội dung.

Phường Hoa Lư hoạt động từ ngày 1/7/2025 trên cơ sở sắp xếp các phường của thành phố Hoa Lư trước đây, theo Nghị quyết số 1674/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Ninh Bình. Là phường trung tâm của tỉnh mới (hợp nhất Ninh Bình, Hà Nam và Nam Định), Hoa Lư đặt mục tiêu đến hết năm 2026 có 90% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình.

Kế hoạch xác định năm nhóm nhiệm vụ. Thứ nhất, quán triệt sâu rộng trong cán bộ, đảng viên tinh thần NQ 57, gắn với Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030. Thứ hai, hoàn thiện hạ tầng số tại Trung tâm phục vụ hành chính công phường; mỗi tổ dân phố có ít nhất một "tổ công nghệ số cộng đồng". Thứ ba, đẩy mạnh thanh toán không dùng tiền mặt tại chợ, bến xe và cơ sở y tế. Thứ tư, khuyến khích doanh nghiệp, hợp tác xã trên địa bàn ứng dụng công nghệ. Thứ năm, bảo đảm an toàn thông tin trong hoạt động của các cơ quan đảng, chính quyền phường.

Đảng ủy phường giao UBND phường xây dựng kế hoạch triển khai cụ thể trước ngày 30/9/2025; Ủy ban MTTQ Việt Nam phường vận động nhân dân cài đặt, sử dụng ứng dụng VNeID và các nền tảng số. Kinh phí lấy từ ngân sách phường và nguồn xã hội hóa, theo hướng dẫn của Bộ Khoa học và Công nghệ tại Công văn số 3122/BKHCN-CĐS ngày 20 tháng 8 năm 2025.

Bí thư Đảng ủy phường nhấn mạnh, việc triển khai Kế hoạch 18-KH/ĐU phải đi vào thực chất, mỗi chi bộ có chỉ tiêu riêng và định kỳ sáu tháng báo cáo Ban Thường vụ Đảng ủy phường.""",
        references=[
            ref("Nghị quyết 57", "Nghị quyết", "57", None, "2024-12-22", BCT, "central", "implements", "headline; date and issuer from the full citation below"),
            ref("Kế hoạch số 18-KH/ĐU ngày 3/9/2025", "Kế hoạch", "18", "KH/ĐU", "2025-09-03", "Đảng ủy phường", "local", "self"),
            ref("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "Nghị quyết", "57", "NQ/TW", "2024-12-22", BCT, "central", "implements"),
            ref("Kế hoạch số 25-KH/TU ngày 12/8/2025 của Ban Thường vụ Tỉnh ủy Ninh Bình", "Kế hoạch", "25", "KH/TU", "2025-08-12", BTV_TU, "local", "implements"),
            ref("Nghị quyết số 1674/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội", "Nghị quyết", "1674", "NQ-UBTVQH15", "2025-06-16", UBTVQH, "central", "cites"),
            ref("NQ 57", "Nghị quyết", "57", None, "2024-12-22", BCT, "central", "implements", "hurried repeat under 'quán triệt'"),
            ref("Công văn số 3122/BKHCN-CĐS ngày 20 tháng 8 năm 2025", "Công văn", "3122", "BKHCN-CĐS", "2025-08-20", BKHCN, "central", "cites"),
            ref("Kế hoạch 18-KH/ĐU", "Kế hoạch", "18", "KH/ĐU", "2025-09-03", "Đảng ủy phường", "local", "self"),
        ],
    ),
    # 3. Chairman's directive of a merged province; a "Văn bản số …" letter; "Tin liên quan".
    dict(
        id="heldout8-03",
        published="2025-11-28",
        province="Gia Lai",
        province_evidence="'Chủ tịch UBND tỉnh Gia Lai ký ban hành Chỉ thị số 21/CT–UBND'",
        text="""Gia Lai: Chủ tịch UBND tỉnh ra chỉ thị phòng cháy, chữa cháy rừng mùa khô 2025 – 2026

Ngày 27/11/2025, Chủ tịch UBND tỉnh Gia Lai ký ban hành Chỉ thị số 21/CT–UBND về tăng cường các biện pháp phòng cháy, chữa cháy rừng mùa khô 2025 – 2026.

Sau khi hợp nhất với tỉnh Bình Định, Gia Lai có hơn 1,1 triệu ha đất lâm nghiệp; rừng trồng thông, keo dễ cháy tập trung ở các xã phía tây (thuộc tỉnh Gia Lai trước khi hợp nhất) và vùng đồi ven biển của tỉnh Bình Định cũ. Mùa khô năm nay được dự báo đến sớm và kéo dài, cấp dự báo cháy rừng cấp IV, cấp V có thể xuất hiện từ giữa tháng 12.

Chỉ thị yêu cầu chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra cháy rừng lớn trên địa bàn; kiện toàn Ban chỉ huy phòng cháy, chữa cháy rừng cấp xã theo mô hình chính quyền hai cấp, do chủ tịch UBND xã làm trưởng ban. Sở Nông nghiệp và Môi trường chủ trì, phối hợp Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh kiểm tra các điểm nóng, nhất là vùng giáp ranh với tỉnh Đắk Lắk và tỉnh Quảng Ngãi.

Văn bản được ban hành để thực hiện Công điện số 117/CĐ-TTg ngày 18/11/2025 của Thủ tướng Chính phủ về chủ động phòng cháy, chữa cháy rừng và Văn bản số 8842/BNNMT-LNKL ngày 20/11/2025 của Bộ Nông nghiệp và Môi trường. Các xã, phường căn cứ Luật Lâm nghiệp số 16/2017/QH14 và Nghị định số 156/2018/NĐ-CP để xử lý nghiêm hành vi đốt nương rẫy, đốt thực bì trái phép.

Chỉ thị mới thay thế Chỉ thị số 03/CT-UBND ngày 10/01/2025 của UBND tỉnh Bình Định và Chỉ thị số 19/CT-UBND ngày 2/12/2024 của UBND tỉnh Gia Lai (trước khi hợp nhất) về cùng nội dung.

Tin liên quan:
- Bộ Nông nghiệp và Môi trường cảnh báo nguy cơ cháy rừng ở Tây Nguyên
- Gia Lai triển khai Công điện 117/CĐ-TTg về phòng cháy rừng""",
        references=[
            ref("Chỉ thị số 21/CT–UBND", "Chỉ thị", "21", "CT-UBND", "2025-11-27", UBND_T, "local", "self", "the chairman's directive: issuer UBND tỉnh; en dash in the symbol"),
            ref("Công điện số 117/CĐ-TTg ngày 18/11/2025 của Thủ tướng Chính phủ", "Công điện", "117", "CĐ-TTg", "2025-11-18", TTG, "central", "implements"),
            ref("Văn bản số 8842/BNNMT-LNKL ngày 20/11/2025 của Bộ Nông nghiệp và Môi trường", "Công văn", "8842", "BNNMT-LNKL", "2025-11-20", BNNMT, "central", "implements", "the text says 'Văn bản'; the symbol (issuer-unit, no type part) makes it a công văn"),
            ref("Luật Lâm nghiệp số 16/2017/QH14", "Luật", "16", "2017/QH14", None, QH, "central", "cites"),
            ref("Nghị định số 156/2018/NĐ-CP", "Nghị định", "156", "2018/NĐ-CP", None, CP, "central", "cites"),
            ref("Chỉ thị số 03/CT-UBND ngày 10/01/2025 của UBND tỉnh Bình Định", "Chỉ thị", "03", "CT-UBND", "2025-01-10", UBND_T, "local", "cites", "replaced by the new directive; old province"),
            ref("Chỉ thị số 19/CT-UBND ngày 2/12/2024 của UBND tỉnh Gia Lai", "Chỉ thị", "19", "CT-UBND", "2024-12-02", UBND_T, "local", "cites"),
            ref("Công điện 117/CĐ-TTg", "Công điện", "117", "CĐ-TTg", "2025-11-18", TTG, "central", "cites", "link under 'Tin liên quan': a citation"),
        ],
    ),
    # 4. A provincial council passes two resolutions at one session.
    dict(
        id="heldout8-04",
        published="2025-08-16",
        province="Đồng Tháp",
        province_evidence="'HĐND tỉnh Đồng Tháp ... thông qua Nghị quyết số 14/2025/NQ-HĐND' (after the merger with Tiền Giang)",
        text="""Kỳ họp chuyên đề HĐND tỉnh Đồng Tháp thông qua chính sách hỗ trợ người nghỉ việc

Chiều 15/8, HĐND tỉnh Đồng Tháp tổ chức kỳ họp chuyên đề thứ hai kể từ khi hợp nhất với tỉnh Tiền Giang. Kỳ họp đã biểu quyết thông qua Nghị quyết số 14/2025/NQ-HĐND quy định chính sách hỗ trợ thêm đối với cán bộ, công chức, viên chức và người lao động nghỉ việc do sắp xếp tổ chức bộ máy, đơn vị hành chính và Nghị quyết số 15/2025/NQ-HĐND quy định mức chi bảo đảm hoạt động của HĐND xã, phường.

Theo tờ trình của UBND tỉnh, ngoài chế độ theo Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ (được sửa đổi, bổ sung bởi Nghị định 67/2025/NĐ-CP ngày 15/3/2025), người nghỉ việc còn được tỉnh hỗ trợ một lần từ 20 đến 60 triệu đồng tùy số năm công tác. Khoảng 2.300 người thuộc diện thụ hưởng, phần lớn là cán bộ cấp xã và cán bộ các huyện, thị xã, thành phố trước ngày 1/7/2025. Tổng kinh phí gần 95 tỷ đồng, bố trí từ nguồn cải cách tiền lương của tỉnh.

Hai nghị quyết được xây dựng căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025 và Luật Ngân sách nhà nước năm 2025. Đây cũng là bước cụ thể hóa Kết luận 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư, trong đó yêu cầu các địa phương có chính sách phù hợp để giữ chân người có năng lực và giải quyết thỏa đáng chế độ cho người nghỉ việc.

Những người đã được tỉnh Tiền Giang cũ hỗ trợ theo Nghị quyết số 05/2025/NQ-HĐND ngày 11/4/2025 của HĐND tỉnh Tiền Giang thì không hưởng lại phần đã nhận. Đại biểu Lê Thị Mỹ Hạnh (tổ đại biểu phường Mỹ Tho) đề nghị UBND tỉnh sớm ban hành hướng dẫn để các xã, phường chi trả trước ngày 30/9/2025.

Phát biểu bế mạc, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh khẩn trương tổ chức thực hiện Nghị quyết 14/2025/NQ-HĐND, bảo đảm công khai, minh bạch, đúng đối tượng.""",
        references=[
            ref("Nghị quyết số 14/2025/NQ-HĐND", "Nghị quyết", "14", "2025/NQ-HĐND", "2025-08-15", HDND_T, "local", "self", "'Chiều 15/8' with the year of the article"),
            ref("Nghị quyết số 15/2025/NQ-HĐND", "Nghị quyết", "15", "2025/NQ-HĐND", "2025-08-15", HDND_T, "local", "self", "passed at the same session: both are the text's own"),
            ref("Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ", "Nghị định", "178", "2024/NĐ-CP", "2024-12-31", CP, "central", "cites"),
            ref("Nghị định 67/2025/NĐ-CP ngày 15/3/2025", "Nghị định", "67", "2025/NĐ-CP", "2025-03-15", CP, "central", "cites"),
            ref("Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025", "Luật", "72", "2025/QH15", "2025-06-16", QH, "central", "cites"),
            ref("Luật Ngân sách nhà nước năm 2025", "Luật", None, None, None, QH, "central", "cites", "law cited by name with only its year: no day, so no date"),
            ref("Kết luận 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư", "Kết luận", "137", "KL/TW", "2025-03-28", BCT_BBT, "central", "implements"),
            ref("Nghị quyết số 05/2025/NQ-HĐND ngày 11/4/2025 của HĐND tỉnh Tiền Giang", "Nghị quyết", "05", "2025/NQ-HĐND", "2025-04-11", HDND_T, "local", "cites", "old province's council"),
            ref("Nghị quyết 14/2025/NQ-HĐND", "Nghị quyết", "14", "2025/NQ-HĐND", "2025-08-15", HDND_T, "local", "self"),
        ],
    ),
    # 5. The merged Party propaganda-and-mass-mobilisation board issues guidance.
    dict(
        id="heldout8-05",
        published="2025-07-30",
        province="Vĩnh Long",
        province_evidence="'Ban Tuyên giáo và Dân vận Tỉnh uỷ Vĩnh Long vừa ban hành Hướng dẫn số 03-HD/BTGDVTU'",
        text="""Vĩnh Long hướng dẫn tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ I

Ban Tuyên giáo và Dân vận Tỉnh uỷ Vĩnh Long vừa ban hành Hướng dẫn số 03-HD/BTGDVTU, ngày 28-7-2025, về tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 – 2030 và đại hội đảng bộ các xã, phường.

Hướng dẫn nhằm triển khai Chỉ thị số 45-CT/TW, ngày 14-4-2025, của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Kế hoạch số 06-KH/TU, ngày 10-7-2025, của Ban Thường vụ Tỉnh uỷ về lãnh đạo tổ chức đại hội đảng bộ trực thuộc.

Nội dung tuyên truyền tập trung vào kết quả nổi bật của ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh trước khi hợp nhất; những lợi thế mới của tỉnh Vĩnh Long sau sắp xếp như kinh tế biển, năng lượng tái tạo, dừa và cây ăn trái; giới thiệu gương người tốt, việc tốt của tỉnh Bến Tre cũ và tỉnh Trà Vinh cũ trong phong trào thi đua yêu nước.

Các cơ quan báo chí của tỉnh mở chuyên trang, chuyên mục; các xã, phường treo băng rôn, khẩu hiệu tại trụ sở và nơi công cộng theo đúng danh mục khẩu hiệu kèm theo Hướng dẫn. Việc đấu tranh phản bác các quan điểm sai trái, thù địch thực hiện theo Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, dưới sự chỉ đạo của Ban Chỉ đạo 35 Tỉnh ủy.

Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị Đảng ủy các cơ quan Đảng tỉnh, Đảng ủy UBND tỉnh và ban thường vụ đảng ủy các xã, phường xây dựng kế hoạch cụ thể, báo cáo kết quả về Ban trước ngày 15/9/2025. Trước đó, Ban đã có Công văn số 41-CV/BTGDVTU, ngày 15-7-2025 định hướng tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.""",
        references=[
            ref("Hướng dẫn số 03-HD/BTGDVTU, ngày 28-7-2025", "Hướng dẫn", "03", "HD/BTGDVTU", "2025-07-28", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "local", "self"),
            ref("Chỉ thị số 45-CT/TW, ngày 14-4-2025, của Bộ Chính trị", "Chỉ thị", "45", "CT/TW", "2025-04-14", BCT, "central", "implements"),
            ref("Kế hoạch số 06-KH/TU, ngày 10-7-2025, của Ban Thường vụ Tỉnh uỷ", "Kế hoạch", "06", "KH/TU", "2025-07-10", BTV_TU, "local", "implements"),
            ref("Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị", "Nghị quyết", "35", "NQ/TW", "2018-10-22", BCT, "central", "cites", "'Ban Chỉ đạo 35' just after names a body, not a document"),
            ref("Công văn số 41-CV/BTGDVTU, ngày 15-7-2025", "Công văn", "41", "CV/BTGDVTU", "2025-07-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "local", "cites"),
        ],
    ),
    # 6. Central: a circular of the merged agriculture-and-environment ministry; no province.
    dict(
        id="heldout8-06",
        published="2025-10-10",
        province=None,
        province_evidence="the text's own document is a ministry circular: central, no province",
        text="""Bộ Nông nghiệp và Môi trường hướng dẫn cấp xã giải quyết thủ tục đất đai

Bộ trưởng Bộ Nông nghiệp và Môi trường vừa ký ban hành Thông tư số 38/2025/TT-BNNMT ngày 6/10/2025 quy định chi tiết hồ sơ, trình tự giải quyết thủ tục đăng ký đất đai, cấp giấy chứng nhận tại UBND cấp xã. Thông tư có hiệu lực từ ngày 20/11/2025.

Từ ngày 1/7/2025, khi không còn cấp huyện, phần lớn thẩm quyền về đất đai trước đây của UBND huyện được chuyển về UBND xã, phường, đặc khu theo Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 2 cấp, phân quyền, phân cấp trong lĩnh vực đất đai. Qua theo dõi ba tháng đầu, Bộ nhận thấy nhiều xã còn lúng túng vì thiếu cán bộ địa chính có chuyên môn, hồ sơ chuyển giao từ huyện chưa đầy đủ.

Thông tư mới được ban hành căn cứ Luật Đất đai số 31/2024/QH15 và Nghị định 151, thay thế các quy định tương ứng tại Thông tư số 10/2024/TT-BTNMT ngày 31/7/2024 của Bộ Tài nguyên và Môi trường (trước khi hợp nhất với Bộ Nông nghiệp và Phát triển nông thôn). Theo đó, UBND xã phải niêm yết công khai danh mục thủ tục, thời hạn giải quyết tại Trung tâm phục vụ hành chính công xã; văn phòng đăng ký đất đai cấp tỉnh đặt chi nhánh theo khu vực liên xã để hỗ trợ.

Thông tư cũng sửa các mẫu giấy tờ: bỏ thông tin "UBND huyện" trên mẫu đơn, thay bằng cơ quan có thẩm quyền cấp tỉnh hoặc cấp xã. Hồ sơ nộp trước ngày Thông tư có hiệu lực được tiếp tục giải quyết theo mẫu cũ.

Trước đó, ngày 9/7/2025, Thủ tướng Chính phủ đã ban hành Chỉ thị số 20/CT-TTg về một số nhiệm vụ cấp bách sau sắp xếp đơn vị hành chính, trong đó giao Bộ Nông nghiệp và Môi trường hướng dẫn ngay những vướng mắc về đất đai ở cấp xã. Bộ đề nghị UBND các tỉnh, thành phố chỉ đạo Sở Nông nghiệp và Môi trường tập huấn cho cán bộ cấp xã trước ngày 15/11/2025.""",
        references=[
            ref("Thông tư số 38/2025/TT-BNNMT ngày 6/10/2025", "Thông tư", "38", "2025/TT-BNNMT", "2025-10-06", BNNMT, "central", "self"),
            ref("Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ", "Nghị định", "151", "2025/NĐ-CP", "2025-06-12", CP, "central", "cites"),
            ref("Luật Đất đai số 31/2024/QH15", "Luật", "31", "2024/QH15", None, QH, "central", "cites"),
            ref("Nghị định 151", "Nghị định", "151", None, "2025-06-12", CP, "central", "cites"),
            ref("Thông tư số 10/2024/TT-BTNMT ngày 31/7/2024 của Bộ Tài nguyên và Môi trường", "Thông tư", "10", "2024/TT-BTNMT", "2024-07-31", BTNMT, "central", "cites", "replaced in part; the ministry no longer exists"),
            ref("Chỉ thị số 20/CT-TTg", "Chỉ thị", "20", "CT-TTg", "2025-07-09", TTG, "central", "cites", "date and issuer from 'ngày 9/7/2025, Thủ tướng Chính phủ đã ban hành'"),
        ],
    ),
    # 7. A commune plan carrying out a provincial plan and a new ministry's guidance; NFD text.
    dict(
        id="heldout8-07",
        published="2025-10-22",
        province="Lâm Đồng",
        province_evidence="'UBND xã Quảng Khê (tỉnh Lâm Đồng) ban hành Kế hoạch số 112/KH-UBND'; the commune was in Đắk Nông before the merger",
        nfd=True,
        text="""Xã Quảng Khê triển khai chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số năm 2026

UBND xã Quảng Khê (tỉnh Lâm Đồng) ban hành Kế hoạch số 112/KH-UBND ngày 20/10/2025 thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn xã năm 2026.

Quảng Khê trước đây thuộc huyện Đắk Glong, tỉnh Đắk Nông cũ; hơn 60% dân số là đồng bào M'nông, Mạ, Mông và các dân tộc khác. Sau khi tỉnh Đắk Nông hợp nhất vào tỉnh Lâm Đồng, xã tiếp nhận toàn bộ hồ sơ, dự án dở dang của chương trình do Phòng Dân tộc huyện trước đây quản lý.

Kế hoạch được xây dựng để triển khai Kế hoạch số 245/KH-UBND ngày 30/9/2025 của UBND tỉnh Lâm Đồng và Hướng dẫn số 16/HD-BDTTG ngày 12/9/2025 của Bộ Dân tộc và Tôn giáo về thực hiện chương trình trong điều kiện chính quyền địa phương hai cấp. Mục tiêu, đối tượng, nội dung đầu tư tiếp tục theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình.

Năm 2026, xã dự kiến hỗ trợ đất ở cho 35 hộ, nhà ở cho 48 hộ, chuyển đổi nghề cho 120 lao động; đầu tư ba tuyến đường giao thông nông thôn và một công trình nước sinh hoạt tập trung tại bon Phi Mur. Vốn năm 2026 được phân bổ theo Nghị quyết số 08/NQ-HĐND ngày 15/10/2025 của HĐND xã. Đối với các công trình đã được UBND huyện Đắk Glong phê duyệt chủ trương đầu tư tại Quyết định số 2415/QĐ-UBND ngày 18/11/2024, UBND xã rà soát, điều chỉnh chủ đầu tư theo quy định mới.

Chủ tịch UBND xã giao công chức phụ trách công tác dân tộc làm đầu mối, phối hợp Phòng Kinh tế xã và Ủy ban Mặt trận Tổ quốc Việt Nam xã tổ chức thực hiện; định kỳ hằng quý báo cáo UBND tỉnh qua Sở Dân tộc và Tôn giáo. Việc thanh quyết toán vốn sự nghiệp thực hiện theo Thông tư số 55/2023/TT-BTC của Bộ Tài chính.""",
        references=[
            ref("Kế hoạch số 112/KH-UBND ngày 20/10/2025", "Kế hoạch", "112", "KH-UBND", "2025-10-20", "UBND xã", "local", "self"),
            ref("Kế hoạch số 245/KH-UBND ngày 30/9/2025 của UBND tỉnh Lâm Đồng", "Kế hoạch", "245", "KH-UBND", "2025-09-30", UBND_T, "local", "implements"),
            ref("Hướng dẫn số 16/HD-BDTTG ngày 12/9/2025 của Bộ Dân tộc và Tôn giáo", "Hướng dẫn", "16", "HD-BDTTG", "2025-09-12", BDTTG, "central", "implements"),
            ref("Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ", "Quyết định", "1719", "QĐ-TTg", "2021-10-14", TTG, "central", "cites", "'tiếp tục theo': basis, not carried out by this plan"),
            ref("Nghị quyết số 08/NQ-HĐND ngày 15/10/2025 của HĐND xã", "Nghị quyết", "08", "NQ-HĐND", "2025-10-15", "HĐND xã", "local", "cites"),
            ref("Quyết định số 2415/QĐ-UBND ngày 18/11/2024", "Quyết định", "2415", "QĐ-UBND", "2024-11-18", "UBND huyện", "local", "cites", "issued by the former district, before July 2025"),
            ref("Thông tư số 55/2023/TT-BTC của Bộ Tài chính", "Thông tư", "55", "2023/TT-BTC", None, BTC, "central", "cites"),
        ],
    ),
    # 8. The provincial People's Committee's Party committee issues an action programme.
    dict(
        id="heldout8-08",
        published="2025-10-03",
        province="Tuyên Quang",
        province_evidence="'Đảng ủy UBND tỉnh Tuyên Quang ban hành Chương trình hành động số 09-CTr/ĐU' (after the merger with Hà Giang)",
        text="""Đảng ủy UBND tỉnh Tuyên Quang ban hành chương trình hành động thực hiện hai nghị quyết của Bộ Chính trị

Ngày 30/9/2025, Đảng ủy UBND tỉnh Tuyên Quang ban hành Chương trình hành động số 09-CTr/ĐU thực hiện Nghị quyết 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới và Nghị quyết 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân.

Đảng ủy UBND tỉnh được thành lập theo Quyết định số 1420-QĐ/TU ngày 1/7/2025 của Ban Thường vụ Tỉnh ủy Tuyên Quang, trên cơ sở các tổ chức đảng trong khối chính quyền của hai tỉnh Tuyên Quang và Hà Giang trước khi hợp nhất. Hiện Đảng bộ có 46 tổ chức cơ sở đảng với hơn 3.800 đảng viên.

Chương trình đề ra 24 nhiệm vụ cụ thể. Về xây dựng pháp luật, các sở rà soát toàn bộ văn bản quy phạm pháp luật do HĐND, UBND hai tỉnh ban hành trước ngày 1/7/2025, hoàn thành việc bãi bỏ, thay thế văn bản chồng chéo trong năm 2025; Sở Tư pháp tham mưu trình HĐND tỉnh nghị quyết thay thế Nghị quyết số 23/2024/NQ-HĐND của HĐND tỉnh Hà Giang về phân cấp quản lý tài sản công. Về kinh tế tư nhân, tỉnh phấn đấu đến năm 2030 có 6.000 doanh nghiệp đang hoạt động; rút ngắn ít nhất 30% thời gian giải quyết thủ tục đầu tư tại Trung tâm phục vụ hành chính công tỉnh và các xã, phường.

Đảng ủy UBND tỉnh yêu cầu cấp ủy các chi bộ, đảng bộ cơ sở quán triệt Chương trình đến toàn thể đảng viên. Việc kiểm tra, giám sát thực hiện theo Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng; cấp ủy cơ sở kiểm tra việc thực hiện các nghị quyết ít nhất mỗi năm một lần. Kết quả thực hiện NQ 66 và NQ 68 là tiêu chí đánh giá, xếp loại tổ chức đảng cuối năm.""",
        references=[
            ref("Chương trình hành động số 09-CTr/ĐU", "Chương trình", "09", "CTr/ĐU", "2025-09-30", "Đảng ủy UBND tỉnh", "local", "self", "'Chương trình hành động': the type is Chương trình (CTr)"),
            ref("Nghị quyết 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị", "Nghị quyết", "66", "NQ/TW", "2025-04-30", BCT, "central", "implements"),
            ref("Nghị quyết 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị", "Nghị quyết", "68", "NQ/TW", "2025-05-04", BCT, "central", "implements"),
            ref("Quyết định số 1420-QĐ/TU ngày 1/7/2025 của Ban Thường vụ Tỉnh ủy Tuyên Quang", "Quyết định", "1420", "QĐ/TU", "2025-07-01", BTV_TU, "local", "cites"),
            ref("Nghị quyết số 23/2024/NQ-HĐND của HĐND tỉnh Hà Giang", "Nghị quyết", "23", "2024/NQ-HĐND", None, HDND_T, "local", "cites", "old province's council"),
            ref("Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương", "Quy định", "296", "QĐ/TW", "2025-05-30", BCHTW, "central", "cites", "Party 'Quy định' carries QĐ in its symbol"),
            ref("NQ 66", "Nghị quyết", "66", None, "2025-04-30", BCT, "central", "implements"),
            ref("NQ 68", "Nghị quyết", "68", None, "2025-05-04", BCT, "central", "implements"),
        ],
    ),
    # 9. A full official decision (header, 'Căn cứ' preamble, articles, 'Nơi nhận').
    dict(
        id="heldout8-09",
        published="2025-08-14",
        province="Hưng Yên",
        province_evidence="header 'ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN ... Số: 1875/QĐ-UBND' (after the merger with Thái Bình)",
        text="""ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1875/QĐ-UBND
Hưng Yên, ngày 14 tháng 8 năm 2025

QUYẾT ĐỊNH
Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Hưng Yên

ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị định số 150/2025/NÐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương;
Căn cứ Thông tư số 05/2025/TT-BNV ngày 14 tháng 5 năm 2025 của Bộ trưởng Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về nội vụ thuộc Ủy ban nhân dân cấp tỉnh, cấp xã;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 312/TTr-SNV ngày 8 tháng 8 năm 2025.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng
1. Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hưng Yên, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về: tổ chức bộ máy; vị trí việc làm; cán bộ, công chức, viên chức; chính quyền địa phương; thi đua, khen thưởng; tôn giáo; văn thư, lưu trữ; thanh niên; lao động, tiền lương; việc làm; bảo hiểm xã hội; an toàn, vệ sinh lao động; người có công; bình đẳng giới.
2. Sở Nội vụ tiếp nhận chức năng, nhiệm vụ về lao động, người có công và bình đẳng giới từ Sở Lao động – Thương binh và Xã hội tỉnh Hưng Yên và Sở Lao động – Thương binh và Xã hội tỉnh Thái Bình trước khi hợp nhất.

Điều 2. Cơ cấu tổ chức
Sở Nội vụ có Văn phòng, Thanh tra, bảy phòng chuyên môn, nghiệp vụ và hai đơn vị sự nghiệp công lập. Số lượng cấp phó của Sở thực hiện theo Điều 6 Nghị định số 150/2025/NĐ-CP.

Điều 3. Hiệu lực thi hành
Quyết định này có hiệu lực từ ngày ký, thay thế Quyết định số 45/2023/QĐ-UBND ngày 20/9/2023 của UBND tỉnh Hưng Yên và Quyết định số 1032/QĐ-UBND ngày 2/5/2025 của UBND tỉnh Thái Bình.

Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ngành và Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 3;
- Bộ Nội vụ;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.""",
        references=[
            ref("Số: 1875/QĐ-UBND", "Quyết định", "1875", "QĐ-UBND", "2025-08-14", UBND_T, "local", "self", "header number; date from the header's place and date line"),
            ref("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", "Luật", None, None, "2025-06-16", QH, "central", "cites", "law by name (72/2025/QH15)"),
            ref("Nghị định số 150/2025/NÐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ", "Nghị định", "150", "2025/NĐ-CP", "2025-06-12", CP, "central", "cites", "U+00D0 look-alike in NÐ"),
            ref("Thông tư số 05/2025/TT-BNV ngày 14 tháng 5 năm 2025 của Bộ trưởng Bộ Nội vụ", "Thông tư", "05", "2025/TT-BNV", "2025-05-14", BNV, "central", "cites"),
            ref("Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội", "Nghị quyết", "202", "2025/QH15", "2025-06-12", QH, "central", "cites"),
            ref("Tờ trình số 312/TTr-SNV ngày 8 tháng 8 năm 2025", "Tờ trình", "312", "TTr-SNV", "2025-08-08", "Sở Nội vụ", "local", "cites"),
            ref("Nghị định số 150/2025/NĐ-CP", "Nghị định", "150", "2025/NĐ-CP", "2025-06-12", CP, "central", "cites"),
            ref("Quyết định số 45/2023/QĐ-UBND ngày 20/9/2023 của UBND tỉnh Hưng Yên", "Quyết định", "45", "2023/QĐ-UBND", "2023-09-20", UBND_T, "local", "cites", "replaced"),
            ref("Quyết định số 1032/QĐ-UBND ngày 2/5/2025 của UBND tỉnh Thái Bình", "Quyết định", "1032", "QĐ-UBND", "2025-05-02", UBND_T, "local", "cites", "replaced; old province"),
        ],
    ),
    # 10. A ward plan for the 2026 elections carrying out central, provincial and ward Party acts.
    dict(
        id="heldout8-10",
        published="2026-01-12",
        province="Quảng Trị",
        province_evidence="'UBND phường Đồng Hới (tỉnh Quảng Trị) ban hành Kế hoạch số 07/KH-UBND'; Đồng Hới was in Quảng Bình before the merger",
        text="""Phường Đồng Hới sẵn sàng cho cuộc bầu cử ngày 15/3/2026

Ngày 9/1/2026, UBND phường Đồng Hới (tỉnh Quảng Trị) ban hành Kế hoạch số 07/KH-UBND tổ chức cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 trên địa bàn phường.

Đây là cuộc bầu cử đầu tiên sau khi tỉnh Quảng Bình và tỉnh Quảng Trị hợp nhất, và cũng là lần đầu phường Đồng Hới bầu HĐND phường theo mô hình chính quyền địa phương hai cấp. Theo kế hoạch, phường được chia thành 9 đơn vị bầu cử đại biểu HĐND phường, bầu 30 đại biểu; toàn phường có 41 khu vực bỏ phiếu với khoảng 68.000 cử tri.

Kế hoạch nhằm thực hiện Chỉ thị số 46-CT/TW ngày 16/6/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031, Kế hoạch số 03/KH-UBND ngày 5/12/2025 của UBND tỉnh Quảng Trị và Nghị quyết số 12-NQ/ĐU ngày 25/12/2025 của Đảng ủy phường về lãnh đạo cuộc bầu cử. Các mốc thời gian thực hiện theo Nghị quyết số 41/NQ-HĐBCQG của Hội đồng bầu cử quốc gia hướng dẫn về hồ sơ ứng cử, mẫu phiếu bầu cử.

Nhiệm vụ trọng tâm gồm: lập, niêm yết danh sách cử tri trước ngày 3/2/2026; tổ chức hội nghị hiệp thương lần thứ hai, lần thứ ba đúng quy trình; rà soát cử tri là người lao động ngoại tỉnh đang tạm trú gần các khu công nghiệp. HĐND phường đã thông qua Nghị quyết số 05/NQ-HĐND ngày 30/12/2025 thành lập Ủy ban bầu cử phường gồm 15 thành viên do Chủ tịch HĐND phường làm Chủ tịch.

UBND phường giao Công an phường bảo đảm an ninh, trật tự tại các khu vực bỏ phiếu, nhất là ở các khu dân cư đông người; Văn phòng HĐND và UBND phường bố trí kinh phí theo Thông tư số 102/2025/TT-BTC của Bộ Tài chính quy định việc lập dự toán, quản lý kinh phí bầu cử. Các tổ dân phố tuyên truyền bằng loa truyền thanh, mạng xã hội và niêm yết tại nhà văn hóa.""",
        references=[
            ref("Kế hoạch số 07/KH-UBND", "Kế hoạch", "07", "KH-UBND", "2026-01-09", "UBND phường", "local", "self"),
            ref("Chỉ thị số 46-CT/TW ngày 16/6/2025 của Bộ Chính trị", "Chỉ thị", "46", "CT/TW", "2025-06-16", BCT, "central", "implements"),
            ref("Kế hoạch số 03/KH-UBND ngày 5/12/2025 của UBND tỉnh Quảng Trị", "Kế hoạch", "03", "KH-UBND", "2025-12-05", UBND_T, "local", "implements"),
            ref("Nghị quyết số 12-NQ/ĐU ngày 25/12/2025 của Đảng ủy phường", "Nghị quyết", "12", "NQ/ĐU", "2025-12-25", "Đảng ủy phường", "local", "implements"),
            ref("Nghị quyết số 41/NQ-HĐBCQG của Hội đồng bầu cử quốc gia", "Nghị quyết", "41", "NQ-HĐBCQG", None, "Hội đồng bầu cử quốc gia", "central", "cites"),
            ref("Nghị quyết số 05/NQ-HĐND ngày 30/12/2025", "Nghị quyết", "05", "NQ-HĐND", "2025-12-30", "HĐND phường", "local", "cites"),
            ref("Thông tư số 102/2025/TT-BTC của Bộ Tài chính", "Thông tư", "102", "2025/TT-BTC", None, BTC, "central", "cites"),
        ],
    ),
    # 11. The provincial Party agencies' committee; spaced dash, non-breaking spaces, list head.
    dict(
        id="heldout8-11",
        published="2025-11-05",
        province="An Giang",
        province_evidence="'Đảng uỷ các cơ quan Đảng tỉnh An Giang vừa ban hành Kế hoạch số 27 – KH/ĐU' (after the merger with Kiên Giang)",
        text="""Đảng ủy các cơ quan Đảng tỉnh An Giang đẩy mạnh chuyển đổi số trong khối Đảng

Đảng uỷ các cơ quan Đảng tỉnh An Giang vừa ban hành Kế hoạch số 27 – KH/ĐU ngày 31/10/2025 về chuyển đổi số trong các cơ quan tham mưu, giúp việc của Tỉnh ủy giai đoạn 2025 – 2030.

Kế hoạch cụ thể hóa Nghị quyết số 57-NQ/TW của""" + NBSP + "Bộ" + NBSP + """Chính trị, đồng thời triển khai Chương trình hành động số 05-CTr/TU ngày 20/8/2025 của Tỉnh ủy An Giang về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Kế hoạch cũng căn cứ các văn bản của Bộ Khoa học và Công nghệ: số 2345/BKHCN-CĐSQG ngày 11/7/2025 về kiến trúc số và số 2610/BKHCN-ATTT ngày 4/8/2025 về bảo đảm an toàn thông tin cho hệ thống thông tin cấp xã.

Đảng bộ các cơ quan Đảng tỉnh được thành lập sau khi hợp nhất tỉnh An Giang và tỉnh Kiên Giang; trụ sở các cơ quan đặt tại phường Rạch Giá (thành phố Rạch Giá, tỉnh Kiên Giang cũ). Nhiều cán bộ hằng ngày đi lại giữa Long Xuyên và Rạch Giá, nên họp trực tuyến, ký số, luân chuyển văn bản điện tử là yêu cầu bắt buộc.

Theo Kế hoạch, đến hết năm 2025, toàn bộ văn bản đi, đến giữa các cơ quan Đảng tỉnh (trừ văn bản mật) được xử lý trên môi trường mạng; mọi cán bộ, đảng viên sử dụng sổ tay đảng viên điện tử. Đến năm 2027, dữ liệu đảng viên của hai tỉnh trước khi hợp nhất được chuẩn hóa, đồng bộ vào cơ sở dữ liệu chung. Văn phòng Tỉnh ủy phối hợp Sở Khoa học và Công nghệ (cơ quan tiếp nhận chức năng thông tin, truyền thông từ Sở Thông tin và Truyền thông) bảo đảm hạ tầng kỹ thuật.

Đảng ủy các cơ quan Đảng tỉnh yêu cầu các chi bộ, đảng bộ cơ sở xây dựng kế hoạch thực hiện trước ngày 30/11/2025 và lồng ghép việc đánh giá kết quả vào kiểm điểm cuối năm theo Hướng dẫn số 25-HD/BTCTW của Ban Tổ chức Trung ương.""",
        references=[
            ref("Kế hoạch số 27 – KH/ĐU ngày 31/10/2025", "Kế hoạch", "27", "KH/ĐU", "2025-10-31", "Đảng ủy các cơ quan Đảng tỉnh", "local", "self", "spaced en dash in the Party symbol"),
            ref("Nghị quyết số 57-NQ/TW của" + NBSP + "Bộ" + NBSP + "Chính trị", "Nghị quyết", "57", "NQ/TW", None, BCT, "central", "implements", "no date in this text"),
            ref("Chương trình hành động số 05-CTr/TU ngày 20/8/2025 của Tỉnh ủy An Giang", "Chương trình", "05", "CTr/TU", "2025-08-20", "Tỉnh ủy", "local", "implements"),
            ref("số 2345/BKHCN-CĐSQG ngày 11/7/2025", "Công văn", "2345", "BKHCN-CĐSQG", "2025-07-11", BKHCN, "central", "cites", "list head 'các văn bản của Bộ Khoa học và Công nghệ'; letters by their symbol"),
            ref("số 2610/BKHCN-ATTT ngày 4/8/2025", "Công văn", "2610", "BKHCN-ATTT", "2025-08-04", BKHCN, "central", "cites"),
            ref("Hướng dẫn số 25-HD/BTCTW của Ban Tổ chức Trung ương", "Hướng dẫn", "25", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "central", "cites"),
        ],
    ),
    # 12. A ward's report a year on (November 2026); list head with one date; ASCII 'ND-CP'.
    dict(
        id="heldout8-12",
        published="2026-11-10",
        province="Đắk Lắk",
        province_evidence="'UBND phường Tuy Hòa (tỉnh Đắk Lắk) ban hành Báo cáo số 318/BC-UBND'; Tuy Hòa was in Phú Yên before the merger",
        text="""Phường Tuy Hòa sau hơn một năm vận hành chính quyền hai cấp

Ngày 6/11/2026, UBND phường Tuy Hòa (tỉnh Đắk Lắk) ban hành Báo cáo số 318/BC-UBND đánh giá kết quả hơn 16 tháng vận hành mô hình chính quyền địa phương hai cấp, thực hiện Kế hoạch số 160/KH-UBND ngày 15/9/2026 của UBND tỉnh Đắk Lắk về sơ kết việc sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.

Phường Tuy Hòa được hình thành từ các phường trung tâm của thành phố Tuy Hòa, tỉnh Phú Yên cũ. Từ ngày 1/7/2025, phường tiếp nhận phần lớn nhiệm vụ trước đây của UBND thành phố Tuy Hòa, trong đó có cấp phép xây dựng, đăng ký đất đai, quản lý trật tự đô thị. Theo Báo cáo, trong 16 tháng, Trung tâm phục vụ hành chính công phường tiếp nhận hơn 41.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,6%.

Việc phân cấp, phân quyền được thực hiện theo các Nghị định của Chính phủ ngày 12/6/2025: số 150/2025/NĐ-CP quy định tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh, cấp xã; số 151/2025/ND-CP về phân định thẩm quyền trong lĩnh vực đất đai. Riêng lĩnh vực đầu tư công, sau khi Bộ Kế hoạch và Đầu tư hợp nhất vào Bộ Tài chính, phường áp dụng Thông tư số 21/2025/TT-BTC ngày 28/4/2025 của Bộ Tài chính thay cho hướng dẫn cũ của Bộ Kế hoạch và Đầu tư.

Báo cáo thẳng thắn nêu khó khăn: phường thiếu công chức có chuyên môn về xây dựng, địa chính; phần mềm của tỉnh Phú Yên trước khi hợp nhất và của tỉnh Đắk Lắk chưa được đồng bộ nên nhiều hồ sơ phải nhập lại hai lần. Với các dự án do UBND thành phố Tuy Hòa phê duyệt trước ngày 1/7/2025, phường kiến nghị tỉnh sớm hướng dẫn điều chỉnh chủ đầu tư theo Nghị quyết 190/2025/QH15 của Quốc hội về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước.

Phường cũng kiến nghị Bộ Nội vụ sửa đổi Thông tư số 06/2025/TT-BNV về vị trí việc làm công chức cấp xã cho phù hợp với những phường có trên 100.000 dân như Tuy Hòa. Báo cáo được xây dựng theo Công văn số 95-CV/ĐU ngày 20 tháng 9 năm 2026 của Đảng ủy phường.""",
        references=[
            ref("Báo cáo số 318/BC-UBND", "Báo cáo", "318", "BC-UBND", "2026-11-06", "UBND phường", "local", "self"),
            ref("Kế hoạch số 160/KH-UBND ngày 15/9/2026 của UBND tỉnh Đắk Lắk", "Kế hoạch", "160", "KH-UBND", "2026-09-15", UBND_T, "local", "implements"),
            ref("số 150/2025/NĐ-CP", "Nghị định", "150", "2025/NĐ-CP", "2025-06-12", CP, "central", "cites", "list head 'các Nghị định của Chính phủ ngày 12/6/2025' gives type, issuer and date"),
            ref("số 151/2025/ND-CP", "Nghị định", "151", "2025/NĐ-CP", "2025-06-12", CP, "central", "cites", "ASCII ND"),
            ref("Thông tư số 21/2025/TT-BTC ngày 28/4/2025 của Bộ Tài chính", "Thông tư", "21", "2025/TT-BTC", "2025-04-28", BTC, "central", "cites"),
            ref("Nghị quyết 190/2025/QH15 của Quốc hội", "Nghị quyết", "190", "2025/QH15", None, QH, "central", "cites"),
            ref("Thông tư số 06/2025/TT-BNV", "Thông tư", "06", "2025/TT-BNV", None, BNV, "central", "cites"),
            ref("Công văn số 95-CV/ĐU ngày 20 tháng 9 năm 2026 của Đảng ủy phường", "Công văn", "95", "CV/ĐU", "2026-09-20", "Đảng ủy phường", "local", "cites"),
        ],
    ),
]


def build_cases() -> list[dict]:
    """The cases in the gold format, with offsets found by searching each surface in turn."""
    cases = []
    for spec in CASES:
        form = "NFD" if spec.get("nfd") else "NFC"
        text = unicodedata.normalize(form, spec["text"])
        position = 0
        references = []
        for annotation in spec["references"]:
            surface = unicodedata.normalize(form, annotation["surface"])
            start = text.find(surface, position)
            if start < 0:
                raise ValueError(f"{spec['id']}: surface not found after {position}: {surface!r}")
            end = start + len(surface)
            references.append({**annotation, "surface": surface, "start": start, "end": end})
            position = end
        cases.append({
            "id": spec["id"],
            "source": f"heldout8/{spec['id']}",
            "url": None,
            "published": spec["published"],
            "province": spec["province"],
            "province_evidence": spec["province_evidence"],
            "text": text,
            "references": references,
        })
    return cases


def to_jsonl(cases: list[dict]) -> str:
    """One JSON object per line, non-ASCII kept readable."""
    return "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)


if __name__ == "__main__":
    OUT.write_text(to_jsonl(build_cases()), encoding="utf-8")
    print(f"wrote {OUT}")
