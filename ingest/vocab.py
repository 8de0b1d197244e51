"""The vocabulary of Vietnamese document citations: types, symbol codes, issuers, triggers.

Everything the extractor knows about the language as data, so that a new document type or a new
ministry is one line here rather than a change to the matching code. Spellings are given in the
folded form of `ingest.normalize.fold` (new tone placement, "Đ"), and matched case-insensitively.
See CONVENTIONS.md in the project's shared notes for where these facts come from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Document types written out in full, with the abbreviation their symbols use. Longest first
# matters only for the regex built from it (find.py sorts).
DOC_TYPES: dict[str, str] = {
    "Công điện": "CĐ",
    "Chỉ thị": "CT",
    "Công văn": "CV",
    "Quyết định": "QĐ",
    "Nghị quyết": "NQ",
    "Nghị quyết liên tịch": "NQLT",
    "Nghị định": "NĐ",
    "Kế hoạch": "KH",
    "Kế hoạch liên tịch": "KHLT",
    "Kết luận": "KL",
    "Thông báo": "TB",
    "Thông báo kết luận": "TB",
    "Hướng dẫn": "HD",
    "Thông tư": "TT",
    "Thông tư liên tịch": "TTLT",
    "Quy chế": "QC",
    "Quy định": "QĐi",
    "Báo cáo": "BC",
    "Tờ trình": "TTr",
    "Chương trình": "CTr",
    "Chương trình hành động": "CTr",
    "Đề án": "ĐA",
    "Phương án": "PA",
    "Pháp lệnh": "PL",
    "Luật": "L",
    "Bộ luật": "BL",
    "Lệnh": "L",
    "Hiến pháp": "HP",
}

# Longer written forms that name a type of their own ("Thông báo kết luận" is a Thông báo).
CANONICAL_TYPE: dict[str, str] = {
    "Thông báo kết luận": "Thông báo",
    "Chương trình hành động": "Chương trình",
}

# Type abbreviation in a symbol -> the type, for mentions that omit the type word ("số
# 78/2025/NĐ-CP") or use the generic "văn bản". Party "Quy định" is QĐ too in older symbols; QĐ
# is taken as Quyết định, the far more common reading.
TYPE_BY_CODE: dict[str, str] = {
    "CĐ": "Công điện",
    "CT": "Chỉ thị",
    "QĐ": "Quyết định",
    "QĐi": "Quy định",
    "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết liên tịch",
    "NĐ": "Nghị định",
    "KH": "Kế hoạch",
    "KL": "Kết luận",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "QC": "Quy chế",
    "BC": "Báo cáo",
    "TTr": "Tờ trình",
    "CTr": "Chương trình",
    "ĐA": "Đề án",
    "PA": "Phương án",
    "CV": "Công văn",
    "KHLT": "Kế hoạch liên tịch",
    "QCPH": "Quy chế",
    "PL": "Pháp lệnh",
}

# ASCII spellings of codes that have a Đ ("541/CD-TTg"), restored in canonical symbols. Only
# unambiguous ones: "HD" is a real code (Hướng dẫn), so it is not here.
ASCII_CODES: dict[str, str] = {
    "CD": "CĐ",
    "QD": "QĐ",
    "QDi": "QĐi",
    "ND": "NĐ",
    "DA": "ĐA",
    "HDND": "HĐND",
    "BCD": "BCĐ",
    "DU": "ĐU",
    "DUK": "ĐUK",
    "BKHDT": "BKHĐT",
    "BGDDT": "BGDĐT",
    "BLDTBXH": "BLĐTBXH",
    "SGDDT": "SGDĐT",
    "SLDTBXH": "SLĐTBXH",
}

# Issuer codes of Party bodies. A symbol whose issuer is one of these belongs to the Party
# family (N-TYPE/ISSUER), whatever separators the text used ("22/CT-TW" is 22-CT/TW). Not "BTC":
# in "1580/QĐ-BTC" it is the Ministry of Finance (a Party board writes "N-HD/BTC").
PARTY_ISSUERS: frozenset[str] = frozenset(
    {"TW", "TU", "ThU", "HU", "QU", "TXU", "TxU", "ĐU", "ĐUK", "BCSĐ", "BCS", "BTGTW", "BTCTW",
     "UBKTTW", "VPTW", "BDVTW", "BNCTW", "BTG", "UBKT", "BDV", "VPTU", "ĐĐ", "ĐUQSTW",
     "QUTW", "ĐUCA", "BCĐTW", "TĐTN", "TWĐTN", "ĐTN", "HĐTN"}
)

# Central issuer codes -> the issuer as named at national level.
CENTRAL_CODES: dict[str, str] = {
    "TTg": "Thủ tướng Chính phủ",
    "CP": "Chính phủ",
    "VPCP": "Văn phòng Chính phủ",
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "CTN": "Chủ tịch nước",
    "BNV": "Bộ Nội vụ",
    "BTC": "Bộ Tài chính",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BYT": "Bộ Y tế",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BTP": "Bộ Tư pháp",
    "BCT": "Bộ Công Thương",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BXD": "Bộ Xây dựng",
    "BGTVT": "Bộ Giao thông vận tải",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BNG": "Bộ Ngoại giao",
    "BDTTG": "Bộ Dân tộc và Tôn giáo",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "TTCP": "Thanh tra Chính phủ",
    "KTNN": "Kiểm toán nhà nước",
    "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
    "TANDTC": "Tòa án nhân dân tối cao",
    "VKSTC": "Viện kiểm sát nhân dân tối cao",
    "HĐTP": "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
    # Party boards of the centre (their symbols end in …TW).
    "BTCTW": "Ban Tổ chức Trung ương",
    "BTGTW": "Ban Tuyên giáo Trung ương",
    "HĐBCQG": "Hội đồng bầu cử quốc gia",
    "BDVTW": "Ban Dân vận Trung ương",
    "BNCTW": "Ban Nội chính Trung ương",
    "UBKTTW": "Ủy ban Kiểm tra Trung ương",
    "VPTW": "Văn phòng Trung ương Đảng",
    "BCĐTW": "Ban Chỉ đạo Trung ương",
    "TWĐTN": "Ban Bí thư Trung ương Đoàn",
    "KBNN": "Kho bạc Nhà nước",
    "BNN": "Bộ Nông nghiệp và Phát triển nông thôn",  # "5263/CĐ-BNN-ĐĐ"
    "LĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "TCT": "Tổng cục Thuế",
    "CĐBVN": "Cục Đường bộ Việt Nam",
    "UBATGTQG": "Ủy ban An toàn giao thông Quốc gia",
}

# Party centre: the symbol says only "TW"; the text's "của …" says which body. Without it, the
# body that issues most documents of that type is the best guess (Ban Bí thư for directives and
# notices, Bộ Chính trị for resolutions, conclusions and decisions).
PARTY_CENTRE_DEFAULT: dict[str, str] = {
    "CT": "Ban Bí thư",
    "TB": "Ban Bí thư",
    "HD": "Ban Bí thư",
    "NQ": "Bộ Chính trị",
    "KL": "Bộ Chính trị",
    "QĐ": "Bộ Chính trị",
    "QĐi": "Bộ Chính trị",
}

# Provincial Party committee ("TU"): directives, conclusions, decisions and plans come from its
# Standing Board; resolutions and programmes from the committee itself.
PARTY_PROVINCE_DEFAULT: dict[str, str] = {
    "CT": "Ban Thường vụ Tỉnh ủy",
    "KL": "Ban Thường vụ Tỉnh ủy",
    "QĐ": "Ban Thường vụ Tỉnh ủy",
    "KH": "Ban Thường vụ Tỉnh ủy",
    "TB": "Ban Thường vụ Tỉnh ủy",
    "HD": "Ban Thường vụ Tỉnh ủy",
    "NQ": "Tỉnh ủy",
    "CTr": "Tỉnh ủy",
}

LOCAL_CODES: dict[str, str] = {
    "TU": "Tỉnh ủy",
    "ThU": "Thành ủy",
    "HU": "Huyện ủy",
    "QU": "Quận ủy",
    "HĐND": "HĐND tỉnh",
    "UBND": "UBND tỉnh",
    "SNV": "Sở Nội vụ",
    "STC": "Sở Tài chính",
    "SYT": "Sở Y tế",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
    "SKHĐT": "Sở Kế hoạch và Đầu tư",
    "STP": "Sở Tư pháp",
    "SXD": "Sở Xây dựng",
    "STNMT": "Sở Tài nguyên và Môi trường",
    "SNN": "Sở Nông nghiệp và Phát triển nông thôn",
    "SNNPTNT": "Sở Nông nghiệp và Phát triển nông thôn",
    "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "STTTT": "Sở Thông tin và Truyền thông",
    "SCT": "Sở Công Thương",
    "SGTVT": "Sở Giao thông vận tải",
    "SKHCN": "Sở Khoa học và Công nghệ",
    "VP": "Văn phòng UBND tỉnh",
    "VPUBND": "Văn phòng UBND tỉnh",
    "VPUB": "Văn phòng UBND tỉnh",
    "TĐTN": "Ban Thường vụ Tỉnh đoàn",
    "BTGTU": "Ban Tuyên giáo Tỉnh ủy",
    "BTGDVTU": "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "UBKTTU": "Ủy ban Kiểm tra Tỉnh ủy",
    "ĐUK": "Đảng ủy Khối các cơ quan tỉnh",
    "HNDT": "Hội Nông dân tỉnh",
    "HPN": "Hội Liên hiệp Phụ nữ tỉnh",
    "CB": "Chi bộ",
    "BATGT": "Ban An toàn giao thông tỉnh",
    "KSBT": "Trung tâm Kiểm soát bệnh tật tỉnh",
    "CCTS": "Chi cục Thủy sản",
    "PGDĐT": "Phòng Giáo dục và Đào tạo huyện",
    "BCH": "Bộ Chỉ huy Quân sự tỉnh",
    "MTTQ": "Ủy ban MTTQ Việt Nam tỉnh",
    "CAT": "Công an tỉnh",
    "TTT": "Thanh tra tỉnh",
}


@dataclass(frozen=True)
class IssuerPattern:
    """A way texts name an issuing body, and the body's national name."""

    pattern: str  # regex over folded text, matched case-insensitively
    issuer: str  # national form; "{unit}" is replaced by tỉnh/thành phố/huyện as written
    scope: str  # "central" | "local"
    level: str  # graph.model.Level value


# Names of ministries (before and after the 2025 reorganisation) and provincial departments.
MINISTRIES: tuple[str, ...] = tuple(sorted({name for name in CENTRAL_CODES.values() if name.startswith("Bộ ")} | {
    "Bộ Khoa học và Công nghệ", "Bộ Dân tộc và Tôn giáo", "Bộ Nông nghiệp và Môi trường",
}))
DEPARTMENTS: tuple[str, ...] = tuple(sorted({name for name in LOCAL_CODES.values() if name.startswith("Sở ")} | {
    "Sở Nông nghiệp và Môi trường", "Sở Văn hóa và Thể thao", "Sở Dân tộc và Tôn giáo", "Sở Ngoại vụ",
}))


def _alternation(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_UNIT = r"(?P<unit>tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)"

# Longest, most specific first: the first pattern that matches at a position wins.
ISSUER_PATTERNS: tuple[IssuerPattern, ...] = (
    IssuerPattern(r"Ban Chấp hành Trung ương(?: Đảng)?|BCH Trung ương|BCHTW", "Ban Chấp hành Trung ương", "central", "central"),
    # A plenum of the Central Committee: "Hội nghị Trung ương 4 khóa XIII", "Hội nghị lần thứ tám
    # Ban Chấp hành Trung ương Đảng khóa XIII".
    IssuerPattern(r"Hội nghị (?:lần thứ [\w]+ )?(?:Ban Chấp hành )?Trung ương(?: Đảng)?(?: \d+| lần thứ [\w]+)?(?: khóa [IVXLC]+)?",
                  "Ban Chấp hành Trung ương", "central", "central"),
    IssuerPattern(r"Bộ Chính trị", "Bộ Chính trị", "central", "central"),
    # "Nghị quyết 43 của Trung ương": the Central Committee.
    IssuerPattern(r"Trung ương(?! Đoàn)(?: Đảng)?", "Ban Chấp hành Trung ương", "central", "central"),
    IssuerPattern(r"Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương", "central", "central"),
    # Boards merged in 2025 keep their new names ("Ban Tuyên giáo và Dân vận …").
    IssuerPattern(r"Ban Tuyên giáo và Dân vận Trung ương", "Ban Tuyên giáo và Dân vận Trung ương", "central", "central"),
    IssuerPattern(r"Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Trung ương", "central", "central"),
    IssuerPattern(r"Hội đồng [Bb]ầu cử [Qq]uốc gia", "Hội đồng bầu cử quốc gia", "central", "central"),
    IssuerPattern(r"Ban Dân vận Trung ương", "Ban Dân vận Trung ương", "central", "central"),
    IssuerPattern(r"Ban Nội chính Trung ương", "Ban Nội chính Trung ương", "central", "central"),
    IssuerPattern(r"Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương", "central", "central"),
    IssuerPattern(r"Ban Bí thư Trung ương Đoàn", "Ban Bí thư Trung ương Đoàn", "central", "central"),
    IssuerPattern(r"Ban Bí thư(?: Trung ương Đảng)?", "Ban Bí thư", "central", "central"),
    IssuerPattern(r"Kho bạc Nhà nước(?: Việt Nam)?", "Kho bạc Nhà nước", "central", "central"),
    IssuerPattern(r"(?:Bộ Tư lệnh|Tư lệnh) Quân khu (?P<unit>\d)", "Bộ Tư lệnh Quân khu {unit}", "central", "central"),
    IssuerPattern(r"(?:Chủ tịch )?Ủy ban Thường vụ Quốc hội|UBTVQH", "Ủy ban Thường vụ Quốc hội", "central", "central"),
    IssuerPattern(r"Quốc hội", "Quốc hội", "central", "central"),
    IssuerPattern(r"Chủ tịch nước", "Chủ tịch nước", "central", "central"),
    IssuerPattern(r"(?:Phó )?Thủ tướng(?: Chính phủ)?|TTg ?CP", "Thủ tướng Chính phủ", "central", "central"),
    IssuerPattern(r"Văn phòng Chính phủ", "Văn phòng Chính phủ", "central", "central"),
    IssuerPattern(r"Chính phủ", "Chính phủ", "central", "central"),
    IssuerPattern(r"Thanh tra Chính phủ", "Thanh tra Chính phủ", "central", "central"),
    IssuerPattern(r"Ngân hàng Nhà nước(?: Việt Nam)?", "Ngân hàng Nhà nước Việt Nam", "central", "central"),
    # Provincial bodies beside the People's Committee and the Party committee.
    IssuerPattern(r"Ban Thường vụ Tỉnh đoàn", "Ban Thường vụ Tỉnh đoàn", "local", "provincial"),
    IssuerPattern(r"Tỉnh đoàn", "Tỉnh đoàn", "local", "provincial"),
    IssuerPattern(r"(?:Bộ Chỉ huy Quân sự|Bộ CHQS) (?P<unit>tỉnh|thành phố)", "Bộ Chỉ huy Quân sự {unit}", "local", "provincial"),
    IssuerPattern(r"(?:Ban Thường trực )?(?:Ủy ban )?(?:Mặt trận Tổ quốc|MTTQ) Việt Nam (?P<unit>tỉnh|thành phố)",
                  "Ủy ban MTTQ Việt Nam {unit}", "local", "provincial"),
    IssuerPattern(r"Công an (?P<unit>tỉnh|thành phố)(?! Hà Nội| Hồ Chí Minh)", "Công an {unit}", "local", "provincial"),
    IssuerPattern(r"Thanh tra (?P<unit>tỉnh|thành phố|huyện|thị xã)", "Thanh tra {unit}", "local", "provincial"),
    IssuerPattern(r"Thị ủy", "Thị ủy", "local", "district"),
    IssuerPattern(r"Văn phòng (?:UBND|Ủy ban nhân dân) (?P<unit>thành phố)", "Văn phòng UBND {unit}", "local", "department"),
    IssuerPattern(r"Ban Chấp hành Đảng bộ (?P<unit>xã|phường)", "Đảng ủy {unit}", "local", "commune"),
    IssuerPattern(r"Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "local", "provincial"),
    # Sector bodies: general departments, departments' sub-departments, district offices.
    IssuerPattern(r"Tổng cục (?:Thuế|Hải quan|Thống kê|Quản lý thị trường|Dự trữ Nhà nước)", "Tổng cục", "central", "central"),
    IssuerPattern(r"Cục Đường bộ Việt Nam", "Cục Đường bộ Việt Nam", "central", "central"),
    IssuerPattern(r"Ủy ban An toàn giao thông [Qq]uốc gia", "Ủy ban An toàn giao thông Quốc gia", "central", "central"),
    IssuerPattern(r"Ban An toàn giao thông (?P<unit>tỉnh|thành phố)", "Ban An toàn giao thông {unit}", "local", "provincial"),
    IssuerPattern(r"Trung tâm Kiểm soát bệnh tật (?P<unit>tỉnh|thành phố)", "Trung tâm Kiểm soát bệnh tật {unit}", "local", "department"),
    IssuerPattern(r"Chi cục (?-i:[A-ZĐ])\w*(?: (?!tỉnh|thành)\w+){0,4}?(?= tỉnh| thành phố|,|;|\.| về| ngày| đã| vừa| có|$)", "Chi cục", "local", "department"),
    IssuerPattern(r"Phòng Giáo dục và Đào tạo (?P<unit>huyện|thị xã|thành phố|quận)", "Phòng Giáo dục và Đào tạo {unit}", "local", "district"),
    IssuerPattern(r"Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "local", "provincial"),
    # Party committees of the 2025 structure, named before "UBND tỉnh" can be read inside them.
    IssuerPattern(r"Đảng ủy (?:UBND|Ủy ban nhân dân) (?P<unit>tỉnh|thành phố)", "Đảng ủy UBND {unit}", "local", "provincial"),
    IssuerPattern(r"Đảng ủy các cơ quan Đảng (?P<unit>tỉnh|thành phố)", "Đảng ủy các cơ quan Đảng {unit}", "local", "provincial"),
    IssuerPattern(r"Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "local", "provincial"),
    IssuerPattern(r"(?:Ban Thường vụ )?(?:Đảng ủy|Ban Chấp hành Đảng bộ) Khối(?: các cơ quan| cơ quan)?(?: và doanh nghiệp)? (?:tỉnh|thành phố)",
                  "Đảng ủy Khối các cơ quan tỉnh", "local", "provincial"),
    IssuerPattern(r"Hội Nông dân (?:tỉnh|thành phố)", "Hội Nông dân tỉnh", "local", "provincial"),
    IssuerPattern(r"Hội Liên hiệp Phụ nữ (?:tỉnh|thành phố)", "Hội Liên hiệp Phụ nữ tỉnh", "local", "provincial"),
    IssuerPattern(r"Chi bộ(?= |$)", "Chi bộ", "local", "commune"),
    IssuerPattern(r"(?:Ban Thường vụ|BTV)(?: \((?:BTV)\))? Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "local", "provincial"),
    IssuerPattern(r"(?:Ban Thường vụ|BTV)(?: \((?:BTV)\))? Thành ủy", "Ban Thường vụ Thành ủy", "local", "provincial"),
    IssuerPattern(r"(?:Ban Thường vụ|BTV)(?: \((?:BTV)\))? Huyện ủy", "Ban Thường vụ Huyện ủy", "local", "district"),
    IssuerPattern(r"(?:Ban Chấp hành Đảng bộ tỉnh|Tỉnh ủy)", "Tỉnh ủy", "local", "provincial"),
    IssuerPattern(r"Thành ủy", "Thành ủy", "local", "provincial"),
    IssuerPattern(r"Huyện ủy", "Huyện ủy", "local", "district"),
    IssuerPattern(r"(?:(?:Thường trực )?(?:Hội đồng|Hội động) nhân dân|(?:Thường trực )?HĐND) " + _UNIT, "HĐND {unit}", "local", "provincial"),
    IssuerPattern(r"(?:(?:Phó )?Chủ tịch )?(?:Ủy ban nhân dân|UBND) " + _UNIT, "UBND {unit}", "local", "provincial"),
    IssuerPattern(r"Văn phòng (?:Ủy ban nhân dân|UBND) tỉnh", "Văn phòng UBND tỉnh", "local", "department"),
    # Steering and command boards are named in full ("Ban Chỉ đạo quốc gia về phòng, chống thiên
    # tai"): their name runs through commas before lower-case words, to the next stop.
    IssuerPattern(r"(?:Ban Chỉ đạo|BCĐ) (?:quốc gia|Quốc gia|Trung ương)(?: về(?: [\w-]+|,(?=(?-i: [a-zđ]))){1,24})?",
                  "Ban Chỉ đạo", "central", "central"),
    IssuerPattern(r"Ban Chỉ huy (?:phòng, chống|PCTT)(?: [\w-]+|,(?=(?-i: [a-zđ]| [A-ZĐ][a-zđ]))){1,14}? (?P<unit>tỉnh|thành phố|huyện)(?!\w)",
                  "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn {unit}", "local", "provincial"),
    IssuerPattern(r"(?:Ban Chỉ đạo|BCĐ) (?-i:[A-ZĐ])[^,;.()\n]{3,60}?(?= tỉnh| thành phố|,|;|\.| về| ngày|$)", "Ban Chỉ đạo", "local", "provincial"),
    IssuerPattern(r"(?:Ban Thường vụ )?Đảng ủy (?P<unit>xã|phường|thị trấn|đặc khu)", "Đảng ủy {unit}", "local", "commune"),
    # Ministries and provincial departments by their known names (below): a generic "Bộ X…"
    # pattern cannot tell where a name ends ("Bộ Nội vụ được giao …").
    IssuerPattern(_alternation(MINISTRIES), "Bộ", "central", "central"),
    IssuerPattern(_alternation(DEPARTMENTS), "Sở", "local", "department"),
)

# Words that make the self document "carry out" what follows them. Matched as whole words on
# folded text, case-insensitively; the nearest trigger before a mention in its sentence wins.
IMPLEMENT_TRIGGERS: tuple[str, ...] = (
    "thực hiện",
    "triển khai",
    "quán triệt",
    "cụ thể hóa",
    "thi hành",
    "chấp hành",
    "hưởng ứng",
    "phổ biến",  # "phổ biến Công điện 968 tới từng cán bộ": dissemination, like quán triệt
    "tổ chức thực hiện",
)

# "tại" alone is not here: "các chỉ đạo của Thủ tướng tại Công điện số 280" only locates a
# directive that an earlier verb ("thực hiện") governs.
CITE_TRIGGERS: tuple[str, ...] = (
    "căn cứ",
    "theo",  # but not "theo dõi", "theo đó": see relate.py
    "quy định tại",
    "thay thế",
    "bãi bỏ",
    "sửa đổi",
    "trên cơ sở",  # "Kinh phí …, trên cơ sở Nghị quyết số 11/NQ-HĐND": a basis
    "phù hợp với",  # "việc thực hiện bảo đảm thống nhất với Chỉ thị …": agreement, not execution
    "thống nhất với",
    "đồng bộ với",
)

# Numbers followed by these words are quantities, not document numbers ("Kế hoạch 5 năm").
NOT_A_NUMBER_AFTER: tuple[str, ...] = (
    "năm", "tháng", "ngày", "lần", "người", "điểm", "tỷ", "triệu", "nghìn", "ngàn", "%", "giờ",
    "phút", "km", "ha", "đồng", "mục", "nội dung", "nhiệm vụ", "giải pháp", "xã", "huyện",
    "tỉnh", "đơn vị", "cơ quan", "chỉ tiêu", "đợt", "bước", "cấp",
)
