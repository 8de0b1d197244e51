"""Canonical ids: readable, URL-safe, and distinct wherever the documents are distinct.

A document is identified by type + number + symbol + year (CONVENTIONS.md), and a local document
also by its province, because two provinces' "Chỉ thị 46-CT/TU" are different documents:

>>> document_id("Công điện", "968", "CĐ-TTg", 2023)
'cong-dien-968-cd-ttg-2023'
>>> document_id("Chỉ thị", "26", "CT/TW", 2023)
'chi-thi-26-ct-tw-2023'
>>> document_id("Chỉ thị", "12", "CT-UBND", 2023, province="Đồng Nai")
'chi-thi-12-ct-ubnd-2023-dong-nai'
>>> document_id("Nghị định", "30", "2020/NĐ-CP", 2020)
'nghi-dinh-30-2020-nd-cp'

Without a symbol the issuer stands in for it, so Bạc Liêu's Party "Chỉ thị 12" (2018) can never
merge with Đồng Nai's "Chỉ thị 12/CT-UBND" (2023):

>>> document_id("Chỉ thị", "12", None, 2018, province="Bạc Liêu", issuer="Ban Thường vụ Tỉnh ủy")
'chi-thi-12-ban-thuong-vu-tinh-uy-2018-bac-lieu'
"""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_YEAR_IN_SYMBOL = re.compile(r"^(\d{4})/")


def slugify(text: str) -> str:
    """ASCII slug of Vietnamese text: "Thủ tướng Chính phủ" -> "thu-tuong-chinh-phu"."""
    text = text.replace("đ", "d").replace("Đ", "d").replace("Ð", "d").replace("Ɖ", "d")
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return _NON_ALNUM.sub("-", ascii_text).strip("-")


def year_in_symbol(symbol: str | None) -> int | None:
    """The year that normative symbols carry inside: "2020/NĐ-CP" -> 2020."""
    if symbol:
        match = _YEAR_IN_SYMBOL.match(symbol)
        if match:
            return int(match.group(1))
    return None


def is_party_symbol(symbol: str) -> bool:
    """Party symbols are TYPE/ISSUER with the number joined by a hyphen: 26-CT/TW, 29-KL/TU."""
    head, slash, _ = symbol.partition("/")
    return bool(slash) and not head.isdigit() and "-" not in head


def full_number(number: str, symbol: str | None) -> str:
    """The "số, ký hiệu" as printed: 968/CĐ-TTg, 26-CT/TW, 30/2020/NĐ-CP, or a bare number."""
    if not symbol:
        return number
    return f"{number}-{symbol}" if is_party_symbol(symbol) else f"{number}/{symbol}"


def document_id(
    doc_type: str,
    number: str | None,
    symbol: str | None,
    year: int | None,
    *,
    province: str | None = None,
    issuer: str | None = None,
    title: str | None = None,
) -> str:
    """The canonical id of a document; see the module docstring for the rules.

    `province` is given for local documents only. `issuer` matters only when there is no symbol;
    `title` only when there is no number (laws cited by name: "Luật Ngân sách nhà nước").
    """
    parts = [doc_type]
    if number is not None:
        parts.append(str(int(number)) if number.isdigit() else number)
    elif title:
        parts.append(title)
    if symbol:
        parts.append(symbol)
    elif issuer and number is not None:  # a law named by its title needs no issuer
        parts.append(issuer)
    if year is not None and year_in_symbol(symbol) is None:
        parts.append(str(year))
    if province:
        parts.append(province)
    return "-".join(slugify(p) for p in parts if p)


def body_id(name: str, province: str | None = None) -> str:
    """ "UBND tỉnh" of Đồng Nai -> "ubnd-tinh-dong-nai"; "Thủ tướng Chính phủ" -> "thu-tuong-chinh-phu"."""
    return slugify(f"{name} {province}" if province else name)


def province_id(name: str) -> str:
    return slugify(name)
