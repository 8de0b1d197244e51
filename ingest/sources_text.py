"""Small pieces every source reader shares: the error type, the content hash, titles, line endings.

The content hash is what makes re-ingest a no-op, so it must not depend on how the article
reached us. It is the sha256 (hex) of the text after
  1. Unicode NFC normalisation (a file saved in NFD hashes like its NFC twin), and
  2. whitespace folding: every run of whitespace becomes one space, and the ends are stripped
     (a .txt with blank lines between paragraphs hashes like the HTML page whose paragraphs
     trafilatura joined with single newlines, and CRLF/LF or a trailing newline do not matter).
Nothing else is folded: a changed word or tone mark is a changed article.

>>> content_hash("Chỉ thị  12\\r\\n") == content_hash("Chỉ thị 12")
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

from lineage.ingest.sources_dates import date_of_line

# Titles longer than this are a first paragraph, not a headline.
MAX_TITLE_LENGTH = 300

_WHITESPACE_RUN = re.compile(r"\s+")


class SourceError(ValueError):
    """A file or record that cannot become a Source; the message is one line for the user."""


def content_hash(text: str) -> str:
    """sha256 hex of the NFC, whitespace-folded text (see the module docstring)."""
    folded = _WHITESPACE_RUN.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; a leading BOM character goes. Nothing else changes."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def first_line_title(text: str) -> str | None:
    """The first non-empty line that is not a date line, when short enough to be a headline."""
    for line in text.split("\n"):
        line = line.strip()
        if line and date_of_line(line) is None:
            return line if len(line) < MAX_TITLE_LENGTH else None
    return None


def host_of(url: str | None) -> str | None:
    """ "https://www.dongnai.gov.vn/a.html" -> "dongnai.gov.vn"; None for paths and junk."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    return host[4:] if host.startswith("www.") else host


def require_text(text: str) -> str:
    """Raise SourceError("empty") for text with nothing but whitespace."""
    if not text.strip():
        raise SourceError("empty")
    return text
