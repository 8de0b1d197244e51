"""Official texts saved as Word (.docx) or PDF files become `Source`s; old Word .doc files are refused.

Provincial portals publish their official texts as .pdf, .docx or .doc attachments, and researchers
keep them that way. An official text opens with a header in a two-column table, the issuing body,
"Số: 1234/UBND-VP" and "V/v …" on the left, the national motto and "Gia Lai, ngày 20 tháng 10 năm
2023" on the right; the body follows.

- .docx (python-docx): paragraphs and table cells in reading order, one paragraph per line, a
  table row's cells left to right (so the left header cell comes before the right one). Empty
  paragraphs are left out. Page headers and footers, text boxes and comments are not read.
- .pdf (pypdf): the text layer of every page in order, as the library extracts it. A PDF with no
  text layer (a scan) needs OCR first. A PDF locked with only an owner password (common on
  portals: it forbids editing, not reading) opens with the empty user password.
- .doc (Word 97 binary): no well-kept pure-Python reader exists, so the user is asked to convert.

Source.text is the text as extracted (line endings normalised, Unicode form untouched), so mention
offsets point into it, and content_hash follows sources_text: a .txt and a .docx holding the same
words hash alike. The publication date is the text's own date line (`published_from_text`), else
the official text's place-date line, else — for .docx only — the file's "created" property, which
like every metadata date is not used when earlier than a document the text reports (a template
created years before). The .docx title property is used only when the text gives no title line.
"""

from __future__ import annotations

import logging
import re
import unicodedata
import zipfile
from datetime import date, datetime
from pathlib import Path

import docx
import pypdf
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree
from pypdf.errors import DependencyError, PyPdfError

from lineage.ingest.models import Source
from lineage.ingest.sources_dates import latest_reported_date, make_date, published_from_text, top_lines
from lineage.ingest.sources_text import (
    SourceError,
    content_hash,
    first_line_title,
    normalise_newlines,
    require_text,
)

# pypdf logs the repairs it makes to damaged files as warnings; with no logging set up, Python
# would print them to stderr in the middle of the progress bar. The SourceProblem tells the user.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

OLD_DOC_MESSAGE = "old Word .doc: save it as .docx or PDF first"
NO_TEXT_LAYER_MESSAGE = "no text layer: a scanned PDF needs OCR first"

# Word 97 files, and password-protected .docx files, are OLE2 compound files starting with these.
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# "Gia Lai, ngày 20 tháng 10 năm 2023" (or "ngày 20/10/2023") closing a short header line; in a
# PDF it may share its line with "Số: 1234/UBND-VP" from the other column. The place must end in a
# capitalised word (checked in _place_date), which a sentence's "…, ngày …" rarely does.
_PLACE_DATE = re.compile(
    r"(?P<place>(?:[^\W\d_]+\.? ){0,4}[^\W\d_]+),\s*(?i:ngày)\s+"
    r"(?:(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})\s+(?i:năm)\s+(\d{4})|(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))"
    r"\s*\.?\s*$"
)
MAX_PLACE_DATE_LINE = 120


def read_docx(path: str | Path) -> Source:
    """A .docx file. Raises SourceError (not a .docx, empty) or OSError."""
    path = Path(path)
    try:
        document = docx.Document(str(path))
    except PackageNotFoundError:
        raise SourceError(_not_docx_reason(path)) from None
    # A damaged package: a part missing (KeyError), bad XML, another Office type (ValueError).
    except (KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as error:
        raise SourceError(f"broken .docx: {_one_line(error)}") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        _add_block_lines(block, lines)
    text = require_text(normalise_newlines("\n".join(lines)))
    properties = document.core_properties
    metadata_title = (properties.title or "").strip() or None
    return Source(
        uri=str(path),
        text=text,
        content_hash=content_hash(text),
        published=official_published(text, metadata=properties.created),
        title=first_line_title(text) or metadata_title,
    )


def read_pdf(path: str | Path) -> Source:
    """A .pdf file's text layer. Raises SourceError (scanned, encrypted, broken, empty) or OSError."""
    path = Path(path)
    text = normalise_newlines("\n".join(_pdf_pages(path)))
    if not text.strip():
        raise SourceError(NO_TEXT_LAYER_MESSAGE)
    return Source(
        uri=str(path),
        text=text,
        content_hash=content_hash(text),
        published=official_published(text),
        title=first_line_title(text),
    )


def refuse_doc(path: str | Path) -> Source:
    """Word 97 .doc files cannot be read here; always raises SourceError with the advice."""
    raise SourceError(OLD_DOC_MESSAGE)


def official_published(text: str, metadata: date | datetime | None = None) -> date | None:
    """The date line near the top, else the place-date line of an official text's header, else
    the metadata date unless a document the text reports is later (see the module docstring)."""
    found = published_from_text(text) or _place_date(text)
    if found or metadata is None:
        return found
    metadata = metadata.date() if isinstance(metadata, datetime) else metadata
    latest = latest_reported_date(text)
    return metadata if latest is None or metadata >= latest else None


def _add_block_lines(block: Paragraph | Table, lines: list[str]) -> None:
    """Append a paragraph's text, or every cell of a table row by row, left to right."""
    if isinstance(block, Paragraph):
        if block.text.strip():
            lines.append(block.text)
        return
    seen = set()  # a merged cell is returned once for every grid column or row it spans
    for row in block.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            for inner in cell.iter_inner_content():  # paragraphs and nested tables
                _add_block_lines(inner, lines)


def _not_docx_reason(path: Path) -> str:
    with open(path, "rb") as handle:
        start = handle.read(len(_OLE2_MAGIC))
    if start == _OLE2_MAGIC:
        return "not a .docx inside: an old Word .doc renamed, or a password-protected document"
    return "not a .docx file (no Word document package inside)"


def _pdf_pages(path: Path) -> list[str]:
    """The extracted text of every page, in order."""
    try:
        reader = pypdf.PdfReader(path)
        # Owner-password-only PDFs (editing locked, reading allowed) open with an empty password.
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError("encrypted PDF: it needs a password to open")
        pages = [page.extract_text() or "" for page in reader.pages]
    except SourceError:
        raise
    except DependencyError:
        raise SourceError("encrypted PDF (AES): install the 'cryptography' package to open it") from None
    except PyPdfError as error:
        raise SourceError(f"broken PDF: {_one_line(error)}") from None
    except OSError:
        raise
    except Exception as error:  # pypdf meets hostile files with any error; the batch goes on
        raise SourceError(f"broken PDF: {type(error).__name__}: {_one_line(error)}") from None
    if not pages:
        raise SourceError("empty: the PDF has no pages")
    return pages


def _place_date(text: str) -> date | None:
    """The date of the place-date line near the top, unless a document the rest reports is later."""
    lines = unicodedata.normalize("NFC", text).split("\n")
    for index, line in top_lines(lines):
        match = _PLACE_DATE.search(line) if len(line) <= MAX_PLACE_DATE_LINE else None
        if match and match.group("place").split()[-1][0].isupper():
            found = make_date(*[g for g in match.groups()[1:] if g is not None])
            rest = "\n".join(lines[:index] + lines[index + 1 :])
            latest = latest_reported_date(rest)
            return found if found and (latest is None or found >= latest) else None
    return None


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__
