"""Ninth held-out gold set: chains through the central government, and raw crawled pages.

Twelve texts written for this set (not copied from any source): a Văn phòng Chính phủ notice of
the Prime Minister's conclusions, a Bộ Nội vụ circular and a Bộ Tài chính letter carrying out
Government decrees, a Bộ Y tế -> Sở Y tế -> district -> commune chain, a Government resolution
tasking many ministries, two Prime Minister decisions issued together (one with the year in its
symbol), a Standing Committee resolution citing National Assembly ones, a Procuracy directive
citing a Supreme Court council resolution and a joint circular, and four crawled pages with their
leftovers (breadcrumbs, "&nbsp;", share buttons, view counters, tags, cookie banners, captions,
English menus; one dated only in its byline, under a crawl-date header).

Annotated by hand from the gold format and the project's conventions before the extractor was
read or run. Offsets are computed here: each surface is searched from the end of the previous
reference. Run this file to rewrite heldout9.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "heldout9.jsonl"

FIELDS = ("surface", "doc_type", "number", "symbol", "date", "issuer", "scope", "role")

# Bodies, spelled as the gold format wants them.
TTG = "Thủ tướng Chính phủ"
CP = "Chính phủ"
VPCP = "Văn phòng Chính phủ"
QH = "Quốc hội"
UBTVQH = "Ủy ban Thường vụ Quốc hội"
BNV = "Bộ Nội vụ"
BTC = "Bộ Tài chính"
BYT = "Bộ Y tế"
VKS = "Viện kiểm sát nhân dân tối cao"
TA = "Tòa án nhân dân tối cao"


def ref(surface, doc_type, number, symbol, date, issuer, scope, role, note=None):
    """One hand annotation; offsets are added by build_cases."""
    values = dict(zip(FIELDS, (surface, doc_type, number, symbol, date, issuer, scope, role)))
    if note:
        values["note"] = note
    return values


# ---------------------------------------------------------------- texts
T01 = """VĂN PHÒNG CHÍNH PHỦ
Số: 97/TB-VPCP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 3 năm 2024

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại cuộc họp về thúc đẩy giải ngân vốn đầu tư công và tháo gỡ vướng mắc trong giải phóng mặt bằng các dự án trọng điểm

Chiều ngày 9 tháng 3 năm 2024, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính chủ trì cuộc họp trực tuyến với các bộ, ngành và 20 địa phương có khối lượng vốn lớn. Cùng dự có Phó Thủ tướng Chính phủ Trần Hồng Hà; lãnh đạo các Bộ: Kế hoạch và Đầu tư, Tài chính, Giao thông vận tải, Tài nguyên và Môi trường, Xây dựng. Sau khi nghe Bộ Kế hoạch và Đầu tư báo cáo và ý kiến của các đại biểu, Thủ tướng Chính phủ kết luận:

1. Hai tháng đầu năm, giải ngân mới đạt khoảng 7,7% kế hoạch vốn được giao, thấp hơn cùng kỳ năm trước. Vướng mắc chủ yếu nằm ở khâu bồi thường, tái định cư, nguồn vật liệu san lấp và sự chậm trễ của một số chủ đầu tư trong lập, thẩm định hồ sơ.

2. Các bộ, cơ quan trung ương và địa phương quán triệt, thực hiện nghiêm Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ và Chỉ thị số 03/CT-TTg ngày 30 tháng 01 năm 2024 của Thủ tướng Chính phủ về đẩy mạnh giải ngân vốn đầu tư công; gắn trách nhiệm của người đứng đầu với kết quả giải ngân từng dự án.

3. Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với Bộ Tài chính rà soát số vốn chưa phân bổ chi tiết, báo cáo Thủ tướng Chính phủ trước ngày 25/3; nghiên cứu, đề xuất sửa đổi Nghị định số 40/2020/NĐ-CP quy định chi tiết thi hành một số điều của Luật Đầu tư công theo hướng rút gọn thủ tục điều chỉnh kế hoạch vốn giữa các dự án.

4. Bộ Tài nguyên và Môi trường khẩn trương hướng dẫn các địa phương thi hành Luật Đất đai số 31/2024/QH15, không để công tác bồi thường, hỗ trợ, tái định cư bị gián đoạn trong thời gian chuyển tiếp.

5. Bộ Giao thông vận tải chủ trì cùng các địa phương vùng Đồng bằng sông Cửu Long bảo đảm nguồn cát đắp nền theo tinh thần Công điện 1230/CĐ-TTg, không để nhà thầu bị ép giá vật liệu.

6. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương báo cáo kết quả thực hiện Nghị quyết 01 về giải ngân trước ngày 5 hằng tháng, gửi Bộ Kế hoạch và Đầu tư để tổng hợp.

Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./.

Nơi nhận:
- Thủ tướng, các Phó Thủ tướng Chính phủ;
- Các bộ, cơ quan ngang bộ;
- UBND các tỉnh, thành phố trực thuộc TW;
- Lưu: VT, CN (3b)."""

T02 = """Bộ Nội vụ hướng dẫn xếp lương, tập sự đối với công chức cấp xã

Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà vừa ký ban hành Thông tư số 06/2024/TT-BNV ngày 24/6/2024 hướng dẫn thực hiện một số điều của Nghị định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố. Thông tư có hiệu lực từ ngày 15/8/2024.

Theo Bộ Nội vụ, sau một năm thi hành Nghị định 33, nhiều địa phương phản ánh còn lúng túng khi xếp lương cho công chức cấp xã có trình độ đào tạo cao hơn yêu cầu của chức danh, khi điều động người đã có thời gian công tác ở cấp huyện về xã, hoặc khi tiếp nhận người từng đóng bảo hiểm xã hội bắt buộc ở khu vực doanh nghiệp. Văn bản mới trả lời những câu hỏi đó theo một cách thống nhất.

Thông tư được xây dựng căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008 và Nghị định số 63/2022/NĐ-CP ngày 12/9/2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ. Về tiêu chuẩn chức danh, văn bản dẫn chiếu tới Quyết định số 1250/QĐ-BNV ngày 30/12/2023 của Bộ trưởng Bộ Nội vụ về danh mục vị trí việc làm ở cấp xã.

Một điểm đáng chú ý là thời gian tập sự. Người được tuyển dụng vào công chức cấp xã phải tập sự 12 tháng nếu có trình độ đại học trở lên và 6 tháng nếu có trình độ trung cấp; thời gian đã làm đúng chuyên môn và có đóng bảo hiểm xã hội bắt buộc được trừ vào thời gian tập sự. Trong thời gian tập sự, người tập sự hưởng 85% mức lương bậc 1 của ngạch tương ứng.

Thông tư cũng giao Ủy ban nhân dân cấp tỉnh quy định cụ thể số lượng người hoạt động không chuyên trách ở thôn, tổ dân phố trong khung mà Nghị định đã đặt ra; đồng thời rà soát, bãi bỏ những văn bản địa phương đã ban hành theo Thông tư số 13/2019/TT-BNV trước đây nếu không còn phù hợp.

Kể từ ngày Thông tư số 06/2024/TT-BNV có hiệu lực, Thông tư 13/2019/TT-BNV ngày 06 tháng 11 năm 2019 của Bộ trưởng Bộ Nội vụ hết hiệu lực thi hành. Trong quá trình thực hiện, nếu có vướng mắc, các địa phương phản ánh về Bộ Nội vụ (qua Vụ Chính quyền địa phương) để được hướng dẫn."""

T03 = """Bộ Tài chính hướng dẫn triển khai quy định mới về cho thuê, liên doanh bằng tài sản công

Ngày 23/9, Bộ Tài chính có Công văn số 9871/BTC-QLCS gửi các bộ, cơ quan trung ương và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương về việc triển khai Nghị định số 114/2024/NĐ-CP ngày 15 tháng 9 năm 2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 151/2017/NĐ-CP ngày 26/12/2017 quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công.

Theo Cục Quản lý công sản, Nghị định 114 có hiệu lực ngay từ ngày ký và tập trung tháo gỡ các điểm nghẽn trong việc cho thuê, liên doanh, liên kết bằng tài sản công tại đơn vị sự nghiệp công lập, cũng như việc xử lý tài sản của các dự án dùng vốn nhà nước sau khi kết thúc. Vì thế, Bộ Tài chính đề nghị các bộ, địa phương không chờ hướng dẫn chi tiết mà rà soát ngay những đề án cho thuê tài sản đang trình, bổ sung nội dung theo quy định mới.

Công văn nêu rõ, các đề án đã được cấp có thẩm quyền phê duyệt trước ngày Nghị định 114/2024/NĐ-CP có hiệu lực được tiếp tục thực hiện; trường hợp điều chỉnh thì làm theo quy định mới. Việc xác định giá cho thuê tiếp tục áp dụng Thông tư số 144/2017/TT-BTC ngày 29/12/2017 của Bộ trưởng Bộ Tài chính cho đến khi có văn bản thay thế.

Với tài sản là nhà, đất, Bộ Tài chính lưu ý các địa phương phối hợp với ngành tài nguyên và môi trường để bảo đảm phù hợp với Luật Đất đai năm 2024, đồng thời cập nhật đầy đủ dữ liệu vào Cơ sở dữ liệu quốc gia về tài sản công theo Quyết định 1580/QĐ-BTC ngày 18/7 của Bộ trưởng Bộ Tài chính.

Trước đó, tại Công văn 8420/BTC-QLCS ngày 14/8/2024, Bộ Tài chính đã đề nghị các địa phương báo cáo tình hình cho thuê, liên doanh, liên kết trong năm 2023 và 6 tháng đầu năm 2024. Tới nay mới có 41/63 tỉnh, thành phố gửi báo cáo; Bộ yêu cầu các địa phương còn lại hoàn thành trước ngày 10/10 để tổng hợp, báo cáo Chính phủ."""

T04 = """Quỳnh Lưu triển khai phòng, chống sốt xuất huyết trong mùa mưa

(Cổng TTĐT huyện Quỳnh Lưu) – Ngày 18/6/2024, UBND huyện Quỳnh Lưu ban hành Kế hoạch số 156/KH-UBND về phòng, chống dịch sốt xuất huyết, tay chân miệng và các bệnh truyền nhiễm mùa hè năm 2024 trên địa bàn huyện.

Kế hoạch được ban hành để thực hiện Chỉ thị số 08/CT-UBND ngày 20/4/2024 của UBND tỉnh Nghệ An về tăng cường công tác y tế dự phòng và Công văn số 2310/SYT-NVY ngày 12/6/2024 của Sở Y tế. Văn bản của Sở Y tế cụ thể hóa Công văn số 3012/BYT-DP ngày 5/6/2024 của Bộ Y tế, vốn được Bộ ban hành theo ý kiến chỉ đạo của Phó Thủ tướng Trần Hồng Hà do Văn phòng Chính phủ truyền đạt tại Công văn số 412/VPCP-KGVX ngày 30/5/2024.

Theo Trung tâm Y tế huyện, từ đầu năm đến nay toàn huyện ghi nhận 47 ca sốt xuất huyết, tăng gần gấp đôi so với cùng kỳ; các ổ dịch tập trung ở Quỳnh Thạch, Quỳnh Hưng và vùng giáp ranh thị xã Hoàng Mai. Số ca tay chân miệng là 23, chủ yếu ở trẻ dưới 5 tuổi.

Kế hoạch 156 yêu cầu Trung tâm Y tế huyện chủ trì giám sát chặt chẽ ca bệnh tại cộng đồng, xử lý triệt để ổ dịch trong vòng 48 giờ kể từ khi phát hiện, đúng quy định của Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007 và hướng dẫn chuyên môn tại Quyết định số 2760/QĐ-BYT ngày 4/7/2023 của Bộ Y tế. Phòng Giáo dục và Đào tạo chỉ đạo các trường mầm non, tiểu học vệ sinh đồ chơi, lớp học hằng tuần.

UBND các xã, thị trấn xây dựng kế hoạch của địa phương mình trước ngày 25/6, tổ chức ít nhất hai đợt chiến dịch diệt lăng quăng, bọ gậy trong tháng 7 và tháng 8. Trước đó, UBND xã Quỳnh Thạch đã có Kế hoạch số 45/KH-UBND ngày 14/6 về ra quân vệ sinh môi trường; huyện đề nghị các xã khác tham khảo cách làm này.

Chủ tịch UBND huyện giao Phòng Y tế làm cơ quan thường trực, tổng hợp kết quả, báo cáo UBND huyện và Sở Y tế trước ngày 30 hằng tháng."""
T05 = """CHÍNH PHỦ
Số: 97/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 8 tháng 7 năm 2024

NGHỊ QUYẾT
Về một số nhiệm vụ, giải pháp tháo gỡ khó khăn, thúc đẩy phát triển nhà ở xã hội

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Nghị quyết số 110/2023/QH15 ngày 29 tháng 11 năm 2023 của Quốc hội về kỳ họp thứ 6, Quốc hội khóa XV;
Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ ban hành Quy chế làm việc của Chính phủ;
Theo đề nghị của Bộ trưởng Bộ Xây dựng tại Tờ trình số 62/TTr-BXD ngày 28/6/2024;
Trên cơ sở biểu quyết của các Thành viên Chính phủ.

QUYẾT NGHỊ:

I. MỤC TIÊU
Để triển khai hiệu quả Luật Nhà ở số 27/2023/QH15 và Đề án "Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030" được phê duyệt tại Quyết định số 338/QĐ-TTg ngày 03/4/2023 của Thủ tướng Chính phủ, phấn đấu hoàn thành khoảng 130.000 căn trong hai năm 2024 và 2025.

II. NHIỆM VỤ, GIẢI PHÁP CỤ THỂ
1. Bộ Xây dựng
a) Chủ trì xây dựng, trình Chính phủ trong tháng 7 năm 2024 nghị định quy định chi tiết về phát triển và quản lý nhà ở xã hội, thay thế các Nghị định của Chính phủ: số 100/2015/NĐ-CP ngày 20/10/2015 và số 49/2021/NĐ-CP ngày 01/4/2021.
b) Hướng dẫn các địa phương xác định đối tượng, điều kiện thu nhập theo Luật Nhà ở; tổng hợp nhu cầu vay vốn, gửi Ngân hàng Nhà nước Việt Nam.

2. Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng thương mại đẩy nhanh giải ngân gói tín dụng 120.000 tỷ đồng theo kết luận của Thủ tướng Chính phủ tại Thông báo số 167/TB-VPCP ngày 13/4/2023; nghiên cứu giảm lãi suất cho vay đối với người mua nhà ở xã hội dưới 35 tuổi.

3. Bộ Tài chính hướng dẫn việc miễn tiền sử dụng đất, tiền thuê đất cho chủ đầu tư theo Luật Đất đai số 31/2024/QH15; phối hợp với Ngân hàng Chính sách xã hội bố trí nguồn vốn cho vay ưu đãi.

4. Bộ Kế hoạch và Đầu tư, Bộ Tài nguyên và Môi trường, Bộ Công an, Bộ Quốc phòng, theo chức năng, nhiệm vụ được giao, rà soát quy định về quy hoạch, đất đai và nhà ở cho lực lượng vũ trang, đề xuất sửa đổi những điểm chưa phù hợp, báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 8 năm 2024.

5. Bộ Lao động - Thương binh và Xã hội phối hợp với Tổng Liên đoàn Lao động Việt Nam khảo sát nhu cầu nhà ở của công nhân tại các khu công nghiệp, hoàn thành trong quý III năm 2024.

6. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương giao chỉ tiêu nhà ở xã hội cho từng năm theo Phụ lục ban hành kèm theo Quyết định 338; dành đủ quỹ đất 20% trong các dự án nhà ở thương mại; công khai danh mục dự án trên cổng thông tin điện tử.

III. TỔ CHỨC THỰC HIỆN
Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này. Văn phòng Chính phủ theo dõi, đôn đốc, báo cáo Chính phủ tại phiên họp thường kỳ hằng quý./.

TM. CHÍNH PHỦ
THỦ TƯỚNG"""

T06 = """Thủ tướng ban hành hai quyết định về phòng, chống thiên tai và phục hồi sau bão Yagi

Ngày 22/11/2024, Thủ tướng Chính phủ Phạm Minh Chính đã ký Quyết định số 21/2024/QĐ-TTg ban hành Quy chế phối hợp giữa các bộ, ngành và địa phương trong ứng phó sự cố, thiên tai và tìm kiếm cứu nạn, đồng thời ký Quyết định số 1412/QĐ-TTg phê duyệt Kế hoạch phục hồi, tái thiết sau bão số 3 tại các tỉnh phía Bắc.

Hai văn bản được ban hành nhằm thực hiện Nghị quyết số 143/NQ-CP ngày 17/9/2024 của Chính phủ về các nhiệm vụ, giải pháp trọng tâm khẩn trương khắc phục hậu quả cơn bão số 3, ổn định đời sống nhân dân, thúc đẩy phục hồi sản xuất kinh doanh.

Theo Quy chế, Ban Chỉ đạo quốc gia về phòng, chống thiên tai giữ vai trò điều phối chung; các bộ, ngành được phân công rõ đầu mối với từng loại hình thiên tai, từ bão, lũ quét, sạt lở đất đến sự cố vỡ đê, vỡ hồ đập. Lần đầu tiên, việc chia sẻ dữ liệu quan trắc giữa các bộ được quy định bắt buộc, theo thời gian thực. Quy chế có hiệu lực từ ngày 10/01/2025 và thay thế Quyết định số 06/2021/QĐ-TTg ngày 10 tháng 2 năm 2021 của Thủ tướng Chính phủ.

Kế hoạch phục hồi theo Quyết định 1412 tập trung vào bốn nhóm việc: sửa chữa nhà ở, trường học, trạm y tế bị hư hỏng; khôi phục hạ tầng giao thông, thủy lợi; hỗ trợ giống cây trồng, vật nuôi để người dân tái sản xuất; và tái trồng rừng trên diện tích bị gãy đổ. Nguồn lực thực hiện gồm ngân sách trung ương đã hỗ trợ theo Quyết định số 1041/QĐ-TTg ngày 11/9/2024 và các Quyết định số 1087/QĐ-TTg ngày 19/9/2024, số 1112/QĐ-TTg ngày 26/9/2024 của Thủ tướng Chính phủ, ngân sách địa phương và nguồn vận động xã hội hóa.

Các bộ được giao nhiệm vụ cụ thể. Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn khôi phục rừng trồng theo Luật Lâm nghiệp; Bộ Công Thương bảo đảm cung ứng vật tư, không để tăng giá bất hợp lý; Bộ Giao thông vận tải hoàn thành sửa chữa các tuyến quốc lộ bị sạt lở trước Tết Nguyên đán; Bộ Tài chính bổ sung kinh phí còn thiếu cho các địa phương.

Trước đó, tại Công điện số 86/CĐ-TTg ngày 6/9/2024, Thủ tướng đã yêu cầu các bộ, ngành và địa phương chủ động ứng phó với bão số 3 ngay từ khi bão còn ở Biển Đông."""

T07 = """Sắp xếp đơn vị hành chính cấp xã của Hà Tĩnh: giảm 7 xã

Chiều 23/7, tiếp tục phiên họp thứ 35, Ủy ban Thường vụ Quốc hội đã biểu quyết thông qua Nghị quyết số 1104/NQ-UBTVQH15 về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của tỉnh Hà Tĩnh giai đoạn 2023 - 2025. Nghị quyết có hiệu lực từ ngày 1/9/2024.

Theo nghị quyết, tỉnh Hà Tĩnh sắp xếp 11 xã chưa đạt tiêu chuẩn về diện tích tự nhiên và quy mô dân số để thành lập 4 xã mới. Sau sắp xếp, tỉnh có 13 đơn vị hành chính cấp huyện và 209 đơn vị hành chính cấp xã, giảm 7 xã so với trước.

Trình bày Tờ trình số 310/TTr-CP ngày 10/7/2024 của Chính phủ, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà cho biết phương án đã được lấy ý kiến cử tri với tỷ lệ đồng thuận trên 90% ở tất cả các xã liên quan. Nghị quyết 1104 được ban hành nhằm thực hiện Nghị quyết số 35/2023/UBTVQH15 ngày 12 tháng 7 năm 2023 của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030; tiêu chuẩn đơn vị hành chính được áp dụng theo Nghị quyết số 1211/2016/UBTVQH13 ngày 25/5/2016, đã được sửa đổi, bổ sung bởi Nghị quyết số 27/2022/UBTVQH15.

Thẩm tra nội dung này, Chủ nhiệm Ủy ban Pháp luật Hoàng Thanh Tùng đề nghị tỉnh sớm ổn định tổ chức bộ máy của chính quyền các xã mới, bố trí cán bộ dôi dư theo lộ trình và bảo đảm đúng Luật Tổ chức chính quyền địa phương.

Phát biểu kết luận, Phó Chủ tịch Quốc hội Nguyễn Khắc Định lưu ý, Nghị quyết số 142/2024/QH15 ngày 29/6/2024 của Quốc hội tại kỳ họp thứ 7 đã yêu cầu hoàn thành việc sắp xếp đơn vị hành chính giai đoạn 2023 - 2025 đúng tiến độ. Ông đề nghị Chính phủ, Hội đồng nhân dân và Ủy ban nhân dân tỉnh Hà Tĩnh khẩn trương triển khai, kịp thời giải quyết chế độ, chính sách cho cán bộ, công chức và người dân chịu tác động, nhất là việc chuyển đổi giấy tờ do thay đổi địa giới."""

T08 = """Viện trưởng VKSND tối cao ban hành Chỉ thị công tác năm 2024

Ngày 15/01/2024, Viện trưởng Viện kiểm sát nhân dân tối cao Lê Minh Trí đã ký ban hành Chỉ thị số 01/CT-VKSTC về công tác của ngành Kiểm sát nhân dân năm 2024, với phương châm "Trách nhiệm, kỷ cương, chất lượng, hiệu quả".

Chỉ thị yêu cầu toàn ngành quán triệt, thực hiện nghiêm Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới, cùng các yêu cầu của Quốc hội tại Nghị quyết số 96/2019/QH14 ngày 27/11/2019 về công tác phòng, chống tội phạm và vi phạm pháp luật, công tác của Viện kiểm sát nhân dân, của Tòa án nhân dân và công tác thi hành án.

Trong công tác thực hành quyền công tố, các Viện kiểm sát phải kiểm sát chặt chẽ việc tiếp nhận, giải quyết tố giác, tin báo về tội phạm ngay từ đầu, bảo đảm không bỏ lọt tội phạm, không làm oan người vô tội, đúng các quy định của Bộ luật Tố tụng hình sự. Tỷ lệ bắt, tạm giữ hình sự sau đó phải trả tự do phải giảm so với năm 2023.

Các Viện kiểm sát phối hợp với Tòa án nhân dân cùng cấp tổ chức ít nhất hai phiên tòa rút kinh nghiệm cho mỗi kiểm sát viên trong năm, mở rộng phiên tòa trực tuyến theo Thông tư liên tịch số 02/2023/TTLT-VKSNDTC-TANDTC ngày 20 tháng 3 năm 2023 của Viện kiểm sát nhân dân tối cao và Tòa án nhân dân tối cao. Khi kháng nghị giám đốc thẩm các vụ án dân sự, cần vận dụng đúng hướng dẫn áp dụng pháp luật tại Nghị quyết số 02/2023/NQ-HĐTP ngày 26/5/2023 của Hội đồng Thẩm phán Tòa án nhân dân tối cao.

Viện trưởng cũng yêu cầu đẩy mạnh chuyển đổi số, hoàn thành hệ thống quản lý án hình sự điện tử trong toàn ngành, tăng cường kiểm tra nội bộ, xử lý nghiêm cán bộ vi phạm.

Chỉ thị này thay thế Chỉ thị số 01/CT-VKSTC ngày 12/01/2023 về công tác của ngành Kiểm sát nhân dân năm 2023."""
T09 = """Trang chủ » Chính sách mới » Chỉ đạo, điều hành
Home&nbsp;|&nbsp;Sitemap&nbsp;|&nbsp;RSS&nbsp;|&nbsp;English
Chia sẻ Facebook Zalo&nbsp;&nbsp;Bản in
Phó Thủ tướng chỉ đạo tái cấu trúc thủ tục hành chính dựa trên dữ liệu dân cư
03/04/2024 09:15
(Chinhphu.vn) - Văn phòng Chính phủ vừa ban hành Công văn số 2145/VPCP-KSTT ngày 2/4/2024 truyền đạt ý kiến chỉ đạo của Phó Thủ tướng Trần Lưu Quang về việc tái cấu trúc quy trình, cắt giảm thủ tục hành chính trên cơ sở khai thác dữ liệu dân cư.
Người dân làm thủ tục tại Bộ phận một cửa phường Dịch Vọng Hậu, quận Cầu Giấy. Ảnh minh họa: VGP
Xét đề nghị của Bộ Công an tại văn bản số 812/BCA-C06 ngày 20/3/2024 và kết luận của Tổ công tác của Thủ tướng tại Thông báo số 130/TB-VPCP ngày 29/3, Phó Thủ tướng yêu cầu các bộ, cơ quan ngang bộ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương không được yêu cầu người dân xuất trình giấy tờ đã được số hóa, tích hợp trên ứng dụng VNeID.
Để thực hiện Nghị quyết số 68/NQ-CP ngày 12/5/2020 của Chính phủ và Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ, các bộ rà soát toàn bộ thủ tục hành chính thuộc phạm vi quản lý, hoàn thành phương án cắt giảm thành phần hồ sơ trong quý II/2024. Việc tiếp nhận, trả kết quả thực hiện theo cơ chế một cửa quy định tại Nghị định số 61/2018/NĐ-CP, đã được sửa đổi bởi Nghị định 107/2021/NĐ-CP.
&nbsp;
Phó Thủ tướng giao Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính) theo dõi, đôn đốc; kết quả được đưa vào báo cáo định kỳ theo Nghị quyết 68.
Lượt xem: 2.417
Tags: cắt giảm thủ tục hành chính | Đề án 06 | dữ liệu dân cư
Tin liên quan
» Thủ tướng chủ trì phiên họp Tổ công tác triển khai Đề án 06
» Công văn 1925/VPCP-KSTT: rà soát quy định kinh doanh năm 2024
Website sử dụng cookie để cải thiện trải nghiệm. Bằng việc tiếp tục truy cập, bạn đồng ý với chính sách cookie. [Đồng ý]
© Cổng Thông tin điện tử Chính phủ"""

T10 = """Thứ Ba, 12/11/2024 | Đăng nhập | Sơ đồ cổng
Trang chủ » Tin tức » Cải cách hành chính
&nbsp;
Thái Bình đặt mục tiêu chỉ số hài lòng của người dân đạt trên 85%
Thanh Hà - 14:20 05/03/2024
Chia sẻ: Facebook | Zalo | Bản in&nbsp;| Cỡ chữ A- A+
UBND tỉnh Thái Bình vừa ban hành Kế hoạch số 38/KH-UBND ngày 1/3 về nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2024.
Kế hoạch triển khai Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2022 - 2030" và Công văn số 7120/BNV-CCHC ngày 28/12/2023 của Bộ Nội vụ về triển khai các chỉ số cải cách hành chính năm 2024; đồng thời cụ thể hóa Chương trình tổng thể cải cách hành chính nhà nước ban hành kèm Nghị quyết 76/NQ-CP của Chính phủ.
Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: Thanh Hà
Năm 2023, chỉ số SIPAS của Thái Bình đạt 81,3%, xếp thứ 27/63 tỉnh, thành phố. Mặc dù đã tăng so với năm trước, người dân vẫn phản ánh nhiều về thời gian chờ đợi và việc phải bổ sung hồ sơ nhiều lần.
Theo Kế hoạch 38, Sở Nội vụ là cơ quan thường trực, phối hợp với Viện Nghiên cứu xã hội tổ chức khảo sát độc lập ít nhất 2.000 phiếu trong quý III. Các sở, ngành và UBND các huyện, thành phố phải niêm yết công khai kết quả giải quyết hồ sơ; việc chấm điểm cán bộ một cửa thực hiện theo Quyết định số 1085/QĐ-UBND ngày 15/5/2023 của UBND tỉnh ban hành Bộ tiêu chí đánh giá chất lượng phục vụ. So với Kế hoạch số 21/KH-UBND ngày 14/2/2023 của năm trước, kế hoạch năm nay bổ sung chỉ tiêu về tỷ lệ hồ sơ trực tuyến toàn trình.
Lượt xem: 1.234
Tags: SIPAS, cải cách hành chính, Thái Bình
Bài viết cùng chuyên mục
» Thái Bình công bố Chỉ số PAR INDEX 2023 của các sở, ngành
» Sở Nội vụ tập huấn nghiệp vụ cải cách hành chính năm 2024
Trang web sử dụng cookie để ghi nhớ lựa chọn của bạn. Tiếp tục duyệt nghĩa là bạn đồng ý. [OK]
Home | Introduction | Government | Citizens | Business | Contact
Bản quyền thuộc UBND tỉnh Thái Bình"""

T11 = """» Trang chủ » Tin tức - Sự kiện » Chính trị
Select Language ▼ English | Tiếng Việt
&nbsp;&nbsp;
Ba Vì: Tập trung khôi phục sản xuất, sửa chữa trường học sau bão số 3
Cập nhật lúc: 11/10/2024 16:05
Chia sẻ Facebook Zalo&nbsp;&nbsp;|&nbsp;&nbsp;Bản in
Ngày 11/10, UBND huyện Ba Vì ban hành Thông báo số 212/TB-UBND kết luận của Chủ tịch UBND huyện tại hội nghị đánh giá công tác khắc phục hậu quả cơn bão số 3 và mưa lũ sau bão.
Thực hiện Kế hoạch số 289/KH-UBND ngày 02/10/2024 của UBND Thành phố về khắc phục hậu quả cơn bão số 3 (kế hoạch của Thành phố triển khai Nghị quyết số 143/NQ-CP ngày 17/9/2024 của Chính phủ) và Thông báo số 1540-TB/HU ngày 8/10/2024 của Ban Thường vụ Huyện ủy, Chủ tịch UBND huyện yêu cầu các phòng, ban và UBND các xã, thị trấn tập trung khắc phục thiệt hại, sớm ổn định đời sống nhân dân.
Phó Chủ tịch UBND huyện kiểm tra đê tả Đà tại xã Thuần Mỹ. Ảnh: Minh Châu
Theo báo cáo, mưa lũ sau bão làm hơn 2.300 ha lúa, ngô và rau màu bị ngập, 41 điểm trường bị tốc mái, ngập nước; nhiều tuyến đường liên xã ở Cam Thượng, Thuần Mỹ, Minh Châu bị sạt lở. Tổng thiệt hại ước tính trên 180 tỷ đồng.
Chủ tịch UBND huyện giao Phòng Kinh tế hướng dẫn các xã lập hồ sơ hỗ trợ cây giống, con giống đúng Nghị định số 02/2017/NĐ-CP ngày 09/01/2017 của Chính phủ về cơ chế, chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai; Phòng Tài chính - Kế hoạch tham mưu phân bổ kinh phí hỗ trợ do Thành phố cấp theo Quyết định 5129/QĐ-UBND ngày 27/9/2024 của UBND Thành phố. Phòng Giáo dục và Đào tạo hoàn thành sửa chữa các điểm trường trước ngày 20/10, không để học sinh phải học nhờ.
Các xã báo cáo kết quả về UBND huyện (qua Văn phòng HĐND và UBND huyện) trước ngày 25/10 để tổng hợp, báo cáo Thành phố.
Lượt xem: 856
Tags: bão số 3, Ba Vì, khắc phục hậu quả
Tin liên quan
» UBND Thành phố ban hành Chỉ thị 07/CT-UBND về phòng, chống thiên tai năm 2024
» Ba Vì tổ chức sơ tán hơn 1.000 hộ dân vùng bãi sông Hồng
Cổng thông tin điện tử huyện Ba Vì - Thành phố Hà Nội"""

T12 = """Báo Bình Định điện tử
Home | Politics | Economy | Society | Culture | Sports | English
Trang chủ&nbsp;»&nbsp;Kinh tế&nbsp;»&nbsp;Tài chính
Siết chặt quản lý tài sản công tại các đơn vị sự nghiệp
Cập nhật: 10:45, 07/10/2024
Chia sẻ Facebook Zalo | Bản in
(BĐ) - Ngày 4 tháng 10, Sở Tài chính đã có Công văn số 3456/STC-QLGCS hướng dẫn các sở, ban, ngành và UBND các huyện, thị xã, thành phố về việc rà soát đề án cho thuê, liên doanh, liên kết bằng tài sản công tại các đơn vị sự nghiệp công lập.
Công văn được ban hành để thực hiện Nghị định 114/2024/NĐ-CP của Chính phủ và hướng dẫn của Bộ Tài chính tại Công văn số 9871/BTC-QLCS ngày 23/9/2024. Theo đó, các đơn vị có đề án đang trình phải bổ sung phương án tài chính, thời hạn cho thuê và cách xác định giá theo quy định mới, gửi về Sở Tài chính trước ngày 31/10.
Trụ sở Bệnh viện Đa khoa tỉnh, một trong những đơn vị có đề án cho thuê mặt bằng. Ảnh: N.T
Lãnh đạo Sở Tài chính cho biết, toàn tỉnh hiện có 37 đề án cho thuê, liên doanh, liên kết bằng tài sản công đã được phê duyệt, chủ yếu ở lĩnh vực y tế và giáo dục. Các đề án đã được Chủ tịch UBND tỉnh phê duyệt theo thẩm quyền tại Quyết định số 45/2024/QĐ-UBND ngày 20/8/2024 của UBND tỉnh về phân cấp thẩm quyền quản lý tài sản công được tiếp tục thực hiện đến hết thời hạn.
Đối với đơn vị chưa có đề án nhưng đã cho thuê căn tin, bãi giữ xe, Sở yêu cầu dừng ký hợp đồng mới, lập đề án theo mẫu kèm theo Quy chế quản lý tài sản công ban hành theo Quyết định 2781/QĐ-UBND năm 2021. Giá cho thuê tối thiểu vẫn xác định theo Thông tư số 144/2017/TT-BTC của Bộ Tài chính.
Lượt xem: 3.051
Tags: tài sản công, Nghị định 114, Sở Tài chính
We use cookies to give you the best experience on our website. Accept | Decline
Bản quyền © Báo Bình Định"""

# ---------------------------------------------------------------- annotations

CASES = [
    dict(
        id="h9-01-tb-vpcp-ket-luan",
        source="heldout9/01: Văn phòng Chính phủ notice of the Prime Minister's conclusions (full text)",
        url=None,
        published="2024-03-14",
        province=None,
        province_evidence="issued by Văn phòng Chính phủ: a central act",
        text=T01,
        references=[
            ref("97/TB-VPCP", "Thông báo", "97", "TB-VPCP", "2024-03-14", VPCP, "central", "self",
                "'Số:' header; the title word THÔNG BÁO is not annotated since the notice has a number"),
            ref("Nghị quyết số 01/NQ-CP", "Nghị quyết", "01", "NQ-CP", "2024-01-05", CP, "central", "implements",
                "'quán triệt, thực hiện nghiêm': the notice relays the order to carry it out"),
            ref("Chỉ thị số 03/CT-TTg", "Chỉ thị", "03", "CT-TTg", "2024-01-30", TTG, "central", "implements"),
            ref("Nghị định số 40/2020/NĐ-CP", "Nghị định", "40", "2020/NĐ-CP", None, CP, "central", "cites",
                "to be amended: a mention, not carried out"),
            ref("Luật Đầu tư công", "Luật", None, None, None, QH, "central", "cites",
                "law named inside the decree's title"),
            ref("Luật Đất đai số 31/2024/QH15", "Luật", "31", "2024/QH15", None, QH, "central", "cites"),
            ref("Công điện 1230/CĐ-TTg", "Công điện", "1230", "CĐ-TTg", None, TTG, "central", "cites",
                "'theo tinh thần': basis; no year anywhere"),
            ref("Nghị quyết 01", "Nghị quyết", "01", None, "2024-01-05", CP, "central", "implements",
                "loose repeat: 'báo cáo kết quả thực hiện Nghị quyết 01'"),
        ],
    ),
    dict(
        id="h9-02-tt-bnv",
        source="heldout9/02: news of a Bộ Nội vụ circular guiding a Government decree",
        url=None,
        published="2024-06-27",
        province=None,
        province_evidence="issued by Bộ Nội vụ: a central act",
        text=T02,
        references=[
            ref("Thông tư số 06/2024/TT-BNV", "Thông tư", "06", "2024/TT-BNV", "2024-06-24", BNV, "central", "self",
                "signed by the Minister: the ministry's act"),
            ref("Nghị định số 33/2023/NĐ-CP", "Nghị định", "33", "2023/NĐ-CP", "2023-06-10", CP, "central", "implements",
                "'hướng dẫn thực hiện'"),
            ref("Nghị định 33", "Nghị định", "33", None, "2023-06-10", CP, "central", "implements", "loose repeat"),
            ref("Luật Cán bộ, công chức", "Luật", None, None, "2008-11-13", QH, "central", "cites"),
            ref("Nghị định số 63/2022/NĐ-CP", "Nghị định", "63", "2022/NĐ-CP", "2022-09-12", CP, "central", "cites"),
            ref("Quyết định số 1250/QĐ-BNV", "Quyết định", "1250", "QĐ-BNV", "2023-12-30", BNV, "central", "cites"),
            ref("Thông tư số 13/2019/TT-BNV", "Thông tư", "13", "2019/TT-BNV", "2019-11-06", BNV, "central", "cites",
                "first mention has no date; the date given at the second mention is the document's"),
            ref("Thông tư số 06/2024/TT-BNV", "Thông tư", "06", "2024/TT-BNV", "2024-06-24", BNV, "central", "self"),
            ref("Thông tư 13/2019/TT-BNV", "Thông tư", "13", "2019/TT-BNV", "2019-11-06", BNV, "central", "cites",
                "replaced by the new circular"),
        ],
    ),
    dict(
        id="h9-03-cv-btc-qlcs",
        source="heldout9/03: news of a Bộ Tài chính letter on a new Government decree",
        url=None,
        published="2024-09-27",
        province=None,
        province_evidence="issued by Bộ Tài chính: a central act",
        text=T03,
        references=[
            ref("Công văn số 9871/BTC-QLCS", "Công văn", "9871", "BTC-QLCS", "2024-09-23", BTC, "central", "self",
                "'Ngày 23/9': year from the article"),
            ref("Nghị định số 114/2024/NĐ-CP", "Nghị định", "114", "2024/NĐ-CP", "2024-09-15", CP, "central", "implements",
                "'về việc triển khai'"),
            ref("Nghị định số 151/2017/NĐ-CP", "Nghị định", "151", "2017/NĐ-CP", "2017-12-26", CP, "central", "cites",
                "nested in the title of decree 114"),
            ref("Luật Quản lý, sử dụng tài sản công", "Luật", None, None, None, QH, "central", "cites"),
            ref("Nghị định 114", "Nghị định", "114", None, "2024-09-15", CP, "central", "implements", "loose repeat"),
            ref("Nghị định 114/2024/NĐ-CP", "Nghị định", "114", "2024/NĐ-CP", "2024-09-15", CP, "central", "implements"),
            ref("Thông tư số 144/2017/TT-BTC", "Thông tư", "144", "2017/TT-BTC", "2017-12-29", BTC, "central", "cites"),
            ref("Luật Đất đai", "Luật", None, None, None, QH, "central", "cites",
                "'Luật Đất đai năm 2024': only the year, so no date"),
            ref("Quyết định 1580/QĐ-BTC", "Quyết định", "1580", "QĐ-BTC", "2024-07-18", BTC, "central", "cites",
                "'ngày 18/7': year from the article"),
            ref("Công văn 8420/BTC-QLCS", "Công văn", "8420", "BTC-QLCS", "2024-08-14", BTC, "central", "cites",
                "an earlier letter of the same ministry"),
        ],
    ),
    dict(
        id="h9-04-chain-byt-syt-huyen-xa",
        source="heldout9/04: district portal; chain Văn phòng Chính phủ -> Bộ Y tế -> Sở Y tế -> district -> commune",
        url=None,
        published="2024-06-19",
        province="Nghệ An",
        province_evidence="UBND huyện Quỳnh Lưu; 'UBND tỉnh Nghệ An' in the text",
        text=T04,
        references=[
            ref("Kế hoạch số 156/KH-UBND", "Kế hoạch", "156", "KH-UBND", "2024-06-18", "UBND huyện", "local", "self"),
            ref("Chỉ thị số 08/CT-UBND", "Chỉ thị", "08", "CT-UBND", "2024-04-20", "UBND tỉnh", "local", "implements"),
            ref("Công văn số 2310/SYT-NVY", "Công văn", "2310", "SYT-NVY", "2024-06-12", "Sở Y tế", "local", "implements"),
            ref("Công văn số 3012/BYT-DP", "Công văn", "3012", "BYT-DP", "2024-06-05", BYT, "central", "cites",
                "carried out by the Sở's letter, not directly by the district's plan"),
            ref("Công văn số 412/VPCP-KGVX", "Công văn", "412", "VPCP-KGVX", "2024-05-30", VPCP, "central", "cites",
                "two steps up the chain"),
            ref("Kế hoạch 156", "Kế hoạch", "156", None, "2024-06-18", "UBND huyện", "local", "self", "loose repeat"),
            ref("Luật Phòng, chống bệnh truyền nhiễm", "Luật", None, None, "2007-11-21", QH, "central", "cites"),
            ref("Quyết định số 2760/QĐ-BYT", "Quyết định", "2760", "QĐ-BYT", "2023-07-04", BYT, "central", "cites"),
            ref("Kế hoạch số 45/KH-UBND", "Kế hoạch", "45", "KH-UBND", "2024-06-14", "UBND xã", "local", "cites",
                "a commune's earlier plan, 'ngày 14/6': year from the article"),
        ],
    ),
    dict(
        id="h9-05-nq-cp-nha-o-xa-hoi",
        source="heldout9/05: Government resolution tasking many ministries (full text)",
        url=None,
        published="2024-07-08",
        province=None,
        province_evidence="issued by Chính phủ: a central act",
        text=T05,
        references=[
            ref("97/NQ-CP", "Nghị quyết", "97", "NQ-CP", "2024-07-08", CP, "central", "self", "'Số:' header"),
            ref("Luật Tổ chức Chính phủ", "Luật", None, None, "2015-06-19", QH, "central", "cites"),
            ref("Nghị quyết số 110/2023/QH15", "Nghị quyết", "110", "2023/QH15", "2023-11-29", QH, "central", "cites"),
            ref("Nghị định số 39/2022/NĐ-CP", "Nghị định", "39", "2022/NĐ-CP", "2022-06-18", CP, "central", "cites"),
            ref("Tờ trình số 62/TTr-BXD", "Tờ trình", "62", "TTr-BXD", "2024-06-28", "Bộ Xây dựng", "central", "cites"),
            ref("Luật Nhà ở số 27/2023/QH15", "Luật", "27", "2023/QH15", None, QH, "central", "implements",
                "'Để triển khai hiệu quả'"),
            ref("Quyết định số 338/QĐ-TTg", "Quyết định", "338", "QĐ-TTg", "2023-04-03", TTG, "central", "implements",
                "the Đề án it approves is carried out"),
            ref("số 100/2015/NĐ-CP", "Nghị định", "100", "2015/NĐ-CP", "2015-10-20", CP, "central", "cites",
                "list head 'các Nghị định của Chính phủ:'"),
            ref("số 49/2021/NĐ-CP", "Nghị định", "49", "2021/NĐ-CP", "2021-04-01", CP, "central", "cites"),
            ref("Luật Nhà ở", "Luật", None, None, None, QH, "central", "implements",
                "loose repeat of law 27/2023/QH15 (no number here); role kept at the document's"),
            ref("Thông báo số 167/TB-VPCP", "Thông báo", "167", "TB-VPCP", "2023-04-13", VPCP, "central", "cites",
                "'kết luận của Thủ tướng Chính phủ tại Thông báo': the notice itself is Văn phòng Chính phủ's"),
            ref("Luật Đất đai số 31/2024/QH15", "Luật", "31", "2024/QH15", None, QH, "central", "cites"),
            ref("Quyết định 338", "Quyết định", "338", None, "2023-04-03", TTG, "central", "implements", "loose repeat"),
        ],
    ),
    dict(
        id="h9-06-qd-ttg-hai-quyet-dinh",
        source="heldout9/06: news of two Prime Minister decisions signed together",
        url=None,
        published="2024-11-25",
        province=None,
        province_evidence="Prime Minister's decisions: central acts",
        text=T06,
        references=[
            ref("Quyết định số 21/2024/QĐ-TTg", "Quyết định", "21", "2024/QĐ-TTg", "2024-11-22", TTG, "central", "self",
                "first of two documents issued together: edges hang from it"),
            ref("Quyết định số 1412/QĐ-TTg", "Quyết định", "1412", "QĐ-TTg", "2024-11-22", TTG, "central", "self",
                "'đồng thời ký': same day"),
            ref("Nghị quyết số 143/NQ-CP", "Nghị quyết", "143", "NQ-CP", "2024-09-17", CP, "central", "implements"),
            ref("Quyết định số 06/2021/QĐ-TTg", "Quyết định", "06", "2021/QĐ-TTg", "2021-02-10", TTG, "central", "cites",
                "replaced"),
            ref("Quyết định 1412", "Quyết định", "1412", None, "2024-11-22", TTG, "central", "self", "loose repeat"),
            ref("Quyết định số 1041/QĐ-TTg", "Quyết định", "1041", "QĐ-TTg", "2024-09-11", TTG, "central", "cites"),
            ref("Quyết định số 1087/QĐ-TTg", "Quyết định", "1087", "QĐ-TTg", "2024-09-19", TTG, "central", "cites",
                "list head 'các Quyết định số …, số …' with one issuer phrase"),
            ref("số 1112/QĐ-TTg", "Quyết định", "1112", "QĐ-TTg", "2024-09-26", TTG, "central", "cites"),
            ref("Luật Lâm nghiệp", "Luật", None, None, None, QH, "central", "cites"),
            ref("Công điện số 86/CĐ-TTg", "Công điện", "86", "CĐ-TTg", "2024-09-06", TTG, "central", "cites"),
        ],
    ),
    dict(
        id="h9-07-ubtvqh-sap-xep-ha-tinh",
        source="heldout9/07: news of a Standing Committee resolution on a province's communes",
        url=None,
        published="2024-07-24",
        province=None,
        province_evidence="issued by Ủy ban Thường vụ Quốc hội: a central act about Hà Tĩnh, not Hà Tĩnh's",
        text=T07,
        references=[
            ref("Nghị quyết số 1104/NQ-UBTVQH15", "Nghị quyết", "1104", "NQ-UBTVQH15", "2024-07-23", UBTVQH, "central",
                "self", "'Chiều 23/7': year from the article"),
            ref("Tờ trình số 310/TTr-CP", "Tờ trình", "310", "TTr-CP", "2024-07-10", CP, "central", "cites"),
            ref("Nghị quyết 1104", "Nghị quyết", "1104", None, "2024-07-23", UBTVQH, "central", "self", "loose repeat"),
            ref("Nghị quyết số 35/2023/UBTVQH15", "Nghị quyết", "35", "2023/UBTVQH15", "2023-07-12", UBTVQH, "central",
                "implements", "'nhằm thực hiện'"),
            ref("Nghị quyết số 1211/2016/UBTVQH13", "Nghị quyết", "1211", "2016/UBTVQH13", "2016-05-25", UBTVQH, "central",
                "cites"),
            ref("Nghị quyết số 27/2022/UBTVQH15", "Nghị quyết", "27", "2022/UBTVQH15", None, UBTVQH, "central", "cites",
                "amending resolution; no date, issuer from the symbol"),
            ref("Luật Tổ chức chính quyền địa phương", "Luật", None, None, None, QH, "central", "cites"),
            ref("Nghị quyết số 142/2024/QH15", "Nghị quyết", "142", "2024/QH15", "2024-06-29", QH, "central", "cites"),
        ],
    ),
    dict(
        id="h9-08-vksndtc-chi-thi",
        source="heldout9/08: news of the Supreme Procuracy's yearly directive",
        url=None,
        published="2024-01-17",
        province=None,
        province_evidence="issued by the Procurator General: a central act",
        text=T08,
        references=[
            ref("Chỉ thị số 01/CT-VKSTC", "Chỉ thị", "01", "CT-VKSTC", "2024-01-15", VKS, "central", "self",
                "signed by the Procurator General: the Procuracy's act"),
            ref("Nghị quyết số 27-NQ/TW", "Nghị quyết", "27", "NQ/TW", "2022-11-09", "Ban Chấp hành Trung ương",
                "central", "implements"),
            ref("Nghị quyết số 96/2019/QH14", "Nghị quyết", "96", "2019/QH14", "2019-11-27", QH, "central", "implements",
                "issuer before the document: 'các yêu cầu của Quốc hội tại Nghị quyết số …'"),
            ref("Bộ luật Tố tụng hình sự", "Bộ luật", None, None, None, QH, "central", "cites"),
            ref("Thông tư liên tịch số 02/2023/TTLT-VKSNDTC-TANDTC", "Thông tư liên tịch", "02",
                "2023/TTLT-VKSNDTC-TANDTC", "2023-03-20", f"{VKS}; {TA}", "central", "cites", "joint circular"),
            ref("Nghị quyết số 02/2023/NQ-HĐTP", "Nghị quyết", "02", "2023/NQ-HĐTP", "2023-05-26",
                "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "central", "cites"),
            ref("Chỉ thị số 01/CT-VKSTC", "Chỉ thị", "01", "CT-VKSTC", "2023-01-12", VKS, "central", "cites",
                "last year's directive: same number and symbol, another year, another document"),
        ],
    ),
    dict(
        id="h9-09-crawl-chinhphu-vpcp-kstt",
        source="heldout9/09: crawled government news page (letter relaying a Deputy Prime Minister's instructions)",
        url="https://baochinhphu.vn/pho-thu-tuong-chi-dao-tai-cau-truc-thu-tuc-hanh-chinh-102240403091500.htm",
        published="2024-04-03",
        province=None,
        province_evidence="issued by Văn phòng Chính phủ: a central act",
        text=T09,
        references=[
            ref("Công văn số 2145/VPCP-KSTT", "Công văn", "2145", "VPCP-KSTT", "2024-04-02", VPCP, "central", "self"),
            ref("văn bản số 812/BCA-C06", "Công văn", "812", "BCA-C06", "2024-03-20", "Bộ Công an", "central", "cites",
                "'văn bản' with a correspondence symbol: a công văn"),
            ref("Thông báo số 130/TB-VPCP", "Thông báo", "130", "TB-VPCP", "2024-03-29", VPCP, "central", "cites",
                "'ngày 29/3': year from the page"),
            ref("Nghị quyết số 68/NQ-CP", "Nghị quyết", "68", "NQ-CP", "2020-05-12", CP, "central", "implements"),
            ref("Quyết định số 06/QĐ-TTg", "Quyết định", "06", "QĐ-TTg", "2022-01-06", TTG, "central", "implements"),
            ref("Nghị định số 61/2018/NĐ-CP", "Nghị định", "61", "2018/NĐ-CP", None, CP, "central", "cites"),
            ref("Nghị định 107/2021/NĐ-CP", "Nghị định", "107", "2021/NĐ-CP", None, CP, "central", "cites"),
            ref("Nghị quyết 68", "Nghị quyết", "68", None, "2020-05-12", CP, "central", "implements", "loose repeat"),
            ref("Công văn 1925/VPCP-KSTT", "Công văn", "1925", "VPCP-KSTT", None, VPCP, "central", "cites",
                "link under 'Tin liên quan'"),
        ],
    ),
    dict(
        id="h9-10-crawl-thai-binh-byline",
        source="heldout9/10: crawled provincial portal page dated only in its byline, under a crawl-date header",
        url="https://thaibinh.gov.vn/tin-tuc/cai-cach-hanh-chinh/thai-binh-dat-muc-tieu-chi-so-hai-long.html",
        published="2024-03-05",
        province="Thái Bình",
        province_evidence="'UBND tỉnh Thái Bình vừa ban hành'",
        text=T10,
        references=[
            ref("Kế hoạch số 38/KH-UBND", "Kế hoạch", "38", "KH-UBND", "2024-03-01", "UBND tỉnh", "local", "self",
                "'ngày 1/3': year from the byline 05/03/2024, not the header's 12/11/2024"),
            ref("Quyết định số 876/QĐ-BNV", "Quyết định", "876", "QĐ-BNV", "2022-11-10", BNV, "central", "implements"),
            ref("Công văn số 7120/BNV-CCHC", "Công văn", "7120", "BNV-CCHC", "2023-12-28", BNV, "central", "implements"),
            ref("Nghị quyết 76/NQ-CP", "Nghị quyết", "76", "NQ-CP", None, CP, "central", "implements",
                "'cụ thể hóa' the programme it issues; no date in the text"),
            ref("Kế hoạch 38", "Kế hoạch", "38", None, "2024-03-01", "UBND tỉnh", "local", "self", "loose repeat"),
            ref("Quyết định số 1085/QĐ-UBND", "Quyết định", "1085", "QĐ-UBND", "2023-05-15", "UBND tỉnh", "local", "cites"),
            ref("Kế hoạch số 21/KH-UBND", "Kế hoạch", "21", "KH-UBND", "2023-02-14", "UBND tỉnh", "local", "cites",
                "last year's plan of the same body"),
        ],
    ),
    dict(
        id="h9-11-crawl-ba-vi",
        source="heldout9/11: crawled district portal page (Hà Nội) after storm Yagi",
        url="https://bavi.hanoi.gov.vn/tin-tuc-su-kien/ba-vi-tap-trung-khoi-phuc-san-xuat-sau-bao-so-3.htm",
        published="2024-10-11",
        province="Hà Nội",
        province_evidence="UBND huyện Ba Vì; footer 'huyện Ba Vì - Thành phố Hà Nội'",
        text=T11,
        references=[
            ref("Thông báo số 212/TB-UBND", "Thông báo", "212", "TB-UBND", "2024-10-11", "UBND huyện", "local", "self",
                "chairman's conclusions issued by the district committee"),
            ref("Kế hoạch số 289/KH-UBND", "Kế hoạch", "289", "KH-UBND", "2024-10-02", "UBND thành phố", "local",
                "implements"),
            ref("Nghị quyết số 143/NQ-CP", "Nghị quyết", "143", "NQ-CP", "2024-09-17", CP, "central", "cites",
                "carried out by the city's plan (in brackets), not directly by the district's notice"),
            ref("Thông báo số 1540-TB/HU", "Thông báo", "1540", "TB/HU", "2024-10-08", "Ban Thường vụ Huyện ủy", "local",
                "implements"),
            ref("Nghị định số 02/2017/NĐ-CP", "Nghị định", "02", "2017/NĐ-CP", "2017-01-09", CP, "central", "cites"),
            ref("Quyết định 5129/QĐ-UBND", "Quyết định", "5129", "QĐ-UBND", "2024-09-27", "UBND thành phố", "local",
                "cites"),
            ref("Chỉ thị 07/CT-UBND", "Chỉ thị", "07", "CT-UBND", None, "UBND thành phố", "local", "cites",
                "link under 'Tin liên quan'"),
        ],
    ),
    dict(
        id="h9-12-crawl-binh-dinh-stc",
        source="heldout9/12: crawled provincial newspaper page (English menu, cookie banner) on a Sở Tài chính letter",
        url="https://baobinhdinh.vn/viewer.aspx?macm=12&macmp=12&mabb=331402",
        published="2024-10-07",
        province="Bình Định",
        province_evidence="Báo Bình Định; Sở Tài chính of the province",
        text=T12,
        references=[
            ref("Công văn số 3456/STC-QLGCS", "Công văn", "3456", "STC-QLGCS", "2024-10-04", "Sở Tài chính", "local",
                "self", "'Ngày 4 tháng 10': year from the page"),
            ref("Nghị định 114/2024/NĐ-CP", "Nghị định", "114", "2024/NĐ-CP", None, CP, "central", "implements"),
            ref("Công văn số 9871/BTC-QLCS", "Công văn", "9871", "BTC-QLCS", "2024-09-23", BTC, "central", "implements"),
            ref("Quyết định số 45/2024/QĐ-UBND", "Quyết định", "45", "2024/QĐ-UBND", "2024-08-20", "UBND tỉnh", "local",
                "cites", "provincial normative act with the year in its symbol"),
            ref("Quyết định 2781/QĐ-UBND", "Quyết định", "2781", "QĐ-UBND", None, "UBND tỉnh", "local", "cites",
                "'năm 2021': a year but no date"),
            ref("Thông tư số 144/2017/TT-BTC", "Thông tư", "144", "2017/TT-BTC", None, BTC, "central", "cites"),
            ref("Nghị định 114", "Nghị định", "114", None, None, CP, "central", "implements",
                "in the page's tags; the page gives the decree no date"),
        ],
    ),
]


def build_cases() -> list[dict]:
    """The cases in the gold format, with start/end computed from the surfaces in order."""
    cases = []
    for spec in CASES:
        text = spec["text"]
        position = 0
        references = []
        for annotation in spec["references"]:
            surface = annotation["surface"]
            start = text.find(surface, position)
            if start < 0:
                raise ValueError(f"{spec['id']}: {surface!r} not found after offset {position}")
            end = start + len(surface)
            references.append({"surface": surface, "start": start, "end": end,
                               **{k: v for k, v in annotation.items() if k != "surface"}})
            position = end
        cases.append({**spec, "references": references})
    return cases


def to_jsonl(cases: list[dict]) -> str:
    """One JSON object per line, keys in the gold format's order, non-ASCII kept readable."""
    order = ("id", "source", "url", "published", "province", "province_evidence", "text", "references")
    return "".join(json.dumps({key: case[key] for key in order}, ensure_ascii=False) + "\n" for case in cases)


if __name__ == "__main__":
    OUT.write_text(to_jsonl(build_cases()), encoding="utf-8")
    print(f"wrote {OUT} ({len(CASES)} cases)")
