"""HTML pages to Sources: trafilatura keeps the article and drops the page around it.

Navigation, comment forms ("Viết bình luận"), related links and footers go; paragraphs come back
one per line, with the headline first. Everything runs offline on the HTML given: nothing is
fetched. When trafilatura finds no article (tiny pages), the page's visible text is taken with
lxml instead, scripts and styles removed.

The publication date comes from the caller (a crawl record's "published") when given, else from
the date line printed with the article (`sources_dates.published_from_text`, which knows about
stale page-header dates), else from the page's metadata (meta tags, JSON-LD, <time>, read by
trafilatura through htmldate with its guessing from free text turned off); see `_published`.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from lineage.ingest.models import Source
from lineage.ingest.sources_dates import (
    date_of_line,
    latest_reported_date,
    parse_date_value,
    published_from_text,
)
from lineage.ingest.sources_text import (
    content_hash,
    first_line_title,
    host_of,
    normalise_newlines,
    require_text,
)

# htmldate reads only the markup (meta, JSON-LD, <time>, the URL); a date guessed from the free
# text could be a page-header date, and published_from_text handles those with care.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# Elements whose end is a line break in the fallback text.
_BLOCK_TAGS = (
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "section",
    "article", "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dt", "dd",
)  # fmt: skip
_INVISIBLE_TAGS = ("script", "style", "noscript", "template")


def read_html(html: str, uri: str, published_hint: date | str | None = None) -> Source:
    """The article in `html`. `uri` is the page's URL or the file's path; `published_hint` is a
    date known from elsewhere (a crawl record), used before anything the page says."""
    url = uri if host_of(uri) else None
    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )
    page_text = visible_text(html)
    body = normalise_newlines(extracted.text or "") if extracted else ""
    if not body.strip():
        body = page_text
    title = (extracted.title if extracted else None) or _html_title(html) or first_line_title(body)
    text = require_text(_with_title(body, title))
    published = parse_date_value(published_hint) or _published(
        text, page_text, title, parse_date_value(extracted.date if extracted else None)
    )

    page_url = extracted.url if extracted else None
    return Source(
        uri=uri,
        text=text,
        content_hash=content_hash(text),
        published=published,
        title=title.strip() if title else None,
        site=host_of(uri) or host_of(page_url),
        site_name=(extracted.sitename if extracted else None) or None,
    )


def visible_text(html: str) -> str:
    """The text a reader sees in the page body, one block per line, scripts and styles removed."""
    root = _parse(html)
    if root is None:
        return ""
    etree.strip_elements(root, *_INVISIBLE_TAGS, with_tail=False)
    body = root.find("body")
    scope = body if body is not None else root
    for element in scope.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in scope.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _with_title(body: str, title: str | None) -> str:
    """Put the headline on the first line unless the body already starts with it."""
    if not title or not title.strip():
        return body
    first = first_line_title(body) or ""
    if unicodedata.normalize("NFC", first) == unicodedata.normalize("NFC", title.strip()):
        return body
    return f"{title.strip()}\n{body}"


def _published(text: str, page_text: str, title: str | None, metadata: date | None) -> date | None:
    """The article's date: its printed date line, else the page metadata's date.

    The date line printed at the headline comes first because htmldate, when a page has no
    date meta tags, takes date-like page elements instead — a header's "today" stamp
    ("Thứ Sáu, 21/6/2024" above an article of 7/2/2024) looks just like metadata then. The date
    line is looked for in the article text, then in the page from the headline on (trafilatura
    may have dropped it as furniture). A metadata date that is only a date line above the
    headline, or that is earlier than a document the article reports, is not used.
    """
    above, from_headline = _split_at_headline(page_text, title)
    printed = published_from_text(text) or published_from_text(from_headline)
    if printed or metadata is None:
        return printed
    if any(date_of_line(line) == metadata for line in above.split("\n")):
        return None
    latest = latest_reported_date(text)
    return metadata if latest is None or metadata >= latest else None


def _split_at_headline(page_text: str, title: str | None) -> tuple[str, str]:
    """The page text above the headline's line, and from it on; ("", all) when not found."""
    if title:
        wanted = unicodedata.normalize("NFC", " ".join(title.split()))
        lines = page_text.split("\n")
        for index, line in enumerate(lines):
            if unicodedata.normalize("NFC", line) == wanted:
                return "\n".join(lines[:index]), "\n".join(lines[index:])
    return "", page_text


def _html_title(html: str) -> str | None:
    root = _parse(html)
    title = root.findtext(".//title") if root is not None else None
    return " ".join(title.split()) or None if title else None


def _parse(html: str) -> lxml_html.HtmlElement | None:
    # Bytes plus an explicit encoding: lxml refuses str input that carries an XML declaration.
    try:
        parser = lxml_html.HTMLParser(encoding="utf-8")
        return lxml_html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return None

