"""Bytes to text for source files: UTF-8 first, then BOMs, then charset-normalizer's guess.

Most articles are UTF-8. Older government files come as UTF-16 with a BOM (Word's "Unicode
text") or in Windows-1258, the Vietnamese code page, which stores tones as combining marks: such
text is returned exactly as decoded (partly decomposed), since later stages fold it and mention
offsets must point into it. Files in TCVN3 (ABC), the pre-Unicode font encoding, have no Python
codec; they decode "successfully" as Western code pages into mojibake such as "Th¸ng", so they
are recognised and refused with a message that says how to fix them.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from lineage.ingest.sources_text import SourceError, normalise_newlines, require_text

# Checked longest first: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters other than tab, newline, carriage return and form feed: text has almost
# none, binary data has plenty.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01

# TCVN3 puts Vietnamese letters in 0xA1-0xFF; read as cp1252 they become Latin-1 symbols glued
# to ASCII letters ("Th¸ng", "®ång"). Real Vietnamese never glues these symbols to letters.
_TCVN3_GLUE = re.compile(r"[A-Za-z][\u00a1-\u00bf]|[\u00a1-\u00bf][A-Za-z]")
MIN_TCVN3_SHARE = 0.05  # glued symbols per word above which the text is TCVN3 mojibake


def decode_bytes(data: bytes) -> str:
    """Decode a source file; raise SourceError when it is empty, binary or undecodable."""
    text = _decode(data)
    text = require_text(normalise_newlines(text))
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise SourceError("binary data, not text")
    return text


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise SourceError(f"broken {encoding} text at byte {error.start}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        # UTF-16 without a BOM is not supported; NUL bytes otherwise mean binary data.
        raise SourceError("binary data, not text")
    best = charset_normalizer.from_bytes(data).best()
    # Latin-1 maps every byte, so it shows TCVN3's glued symbols even when no code page fits.
    text = str(best) if best is not None else data.decode("latin-1")
    words = max(1, len(text.split()))
    if len(_TCVN3_GLUE.findall(text)) / words > MIN_TCVN3_SHARE:
        raise SourceError(
            "looks like TCVN3 (ABC) legacy Vietnamese encoding; convert it to UTF-8 first"
        )
    if best is None:
        raise SourceError("cannot tell the text encoding (not UTF-8, UTF-16 or a known code page)")
    return text
