"""Spelling noise folded away before matching, with offsets kept into the original text.

Real texts mix NFC and NFD, old and new tone placement ("Tỉnh uỷ" / "Tỉnh ủy", "hoá" / "hóa"),
look-alikes of Đ ("Ð" U+00D0, "Ɖ" U+0189), dash variants and non-breaking spaces. `fold()` maps
all of them to one spelling. It never changes the length of NFC text, so an offset found in the
folded text is an offset in the NFC text; `normalize()` also gives the map back to the original
when the original was not NFC.

>>> fold("Tỉnh uỷ – Ban Thường\\u00a0vụ, hoá")
'Tỉnh ủy - Ban Thường vụ, hóa'
>>> fold("541/CÐ-TTg")
'541/CĐ-TTg'
>>> fold("Kế hoạch, quyết toán")  # a final consonant keeps the mark where it is
'Kế hoạch, quyết toán'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Every dash-like character and every space-like character, folded to "-" and " ".
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
_LOOKALIKES = {"\u00d0": "Đ", "\u0189": "Đ", "\u00f0": "đ", "\u0256": "đ"}

_CHAR_MAP = str.maketrans(
    {**{d: "-" for d in _DASHES}, **{s: " " for s in _SPACES}, **_LOOKALIKES}
)

# Old ("hoá", "uỷ") to new ("hóa", "ủy") tone placement: in the diphthongs oa, oe, uy ending a
# syllable the old style marks the second vowel, the new style the first. Before a final
# consonant both styles mark the second ("hoạch", "toán", "quyết"), so those are left alone.
# Both spellings are two characters.
_TONES = {
    "\u0301": "acute",
    "\u0300": "grave",
    "\u0309": "hook",
    "\u0303": "tilde",
    "\u0323": "dot",
}


def _tone_pairs() -> dict[str, str]:
    pairs = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in _TONES:
            for upper_first in (False, True):
                f = first.upper() if upper_first else first
                old = f + unicodedata.normalize("NFC", second + mark)
                new = unicodedata.normalize("NFC", f + mark) + second
                pairs[old] = new
                pairs[old[0] + old[1].upper()] = new[0] + new[1].upper()
    return pairs


_OLD_TO_NEW = _tone_pairs()
_OLD_TONE = re.compile("(?:" + "|".join(map(re.escape, _OLD_TO_NEW)) + r")(?!\w)")


def fold(text: str) -> str:
    """Fold spelling noise; the result of NFC input has the same length as the input."""
    text = unicodedata.normalize("NFC", text).translate(_CHAR_MAP)
    return _OLD_TONE.sub(lambda m: _OLD_TO_NEW[m.group(0)], text)


def fold_key(text: str) -> str:
    """A comparison key: folded, case-insensitive, runs of space collapsed, trimmed."""
    return " ".join(fold(text).casefold().split())


@dataclass(frozen=True)
class NormalizedText:
    """A folded copy of a text and the way back to the original's offsets."""

    original: str
    folded: str
    _to_original: tuple[int, ...] | None  # None when the original was already NFC

    def original_offset(self, folded_offset: int) -> int:
        if self._to_original is None:
            return folded_offset
        return self._to_original[folded_offset]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.original_offset(start), self.original_offset(end)


def normalize(text: str) -> NormalizedText:
    """Fold `text`, remembering for each folded character where it started in `text`."""
    if unicodedata.is_normalized("NFC", text):
        return NormalizedText(text, fold(text), None)
    # Compose cluster by cluster (a base character and its combining marks) so that each
    # composed character knows the original offset of its cluster.
    pieces: list[str] = []
    offsets: list[int] = []
    cluster_start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not unicodedata.combining(text[i]):
            composed = unicodedata.normalize("NFC", text[cluster_start:i])
            pieces.append(composed)
            offsets.extend([cluster_start] * len(composed))
            cluster_start = i
    offsets.append(len(text))
    return NormalizedText(text, fold("".join(pieces)), tuple(offsets))
