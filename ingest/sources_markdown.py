"""Markdown to plain text: markup goes, words stay.

markdown-it-py (already installed with rich) parses the file; headings, paragraphs, list items and
quotes become lines of plain text, emphasis and links keep only their words, images and raw HTML
blocks go. List markers are kept ("1. ", "- ") because directives number their instructions.
The result is the Source text, so mention offsets point into it, not into the markdown file.

>>> markdown_to_text("# Chỉ thị **12**\\n\\nThực hiện [Công điện 968](https://a.vn/968).")
'Chỉ thị 12\\n\\nThực hiện Công điện 968.'
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

# CommonMark without its extensions: no tables, so a "Thứ Tư | 15:53" date line stays a line.
_PARSER = MarkdownIt("commonmark")

_BREAKS = {"softbreak": "\n", "hardbreak": "\n"}
_KEPT_INLINE = {"text", "code_inline"}  # inline HTML tags go


def markdown_to_text(markdown: str) -> str:
    blocks: list[str] = []
    marker = ""  # the list marker waiting for the item's first paragraph
    ordered: list[int | None] = []  # per open list: the next number, or None for bullets
    for token in _PARSER.parse(markdown):
        if token.type == "ordered_list_open":
            ordered.append(int(token.attrGet("start") or 1))
        elif token.type == "bullet_list_open":
            ordered.append(None)
        elif token.type in ("ordered_list_close", "bullet_list_close"):
            ordered.pop()
        elif token.type == "list_item_open":
            number = ordered[-1] if ordered else None
            marker = "- " if number is None else f"{number}. "
            if number is not None:
                ordered[-1] = number + 1
        elif token.type == "inline":
            line = _inline_text(token)
            if line.strip():
                blocks.append(marker + line)
            marker = ""
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
    return "\n\n".join(blocks)


def _inline_text(token: Token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in _KEPT_INLINE:
            parts.append(child.content)
        elif child.type in _BREAKS:
            parts.append(_BREAKS[child.type])
    return "".join(parts)
