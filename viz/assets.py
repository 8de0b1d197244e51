"""What a page inlines so that it works offline, and how data goes into a <script> safely.

vis-network's script and stylesheet are read at run time from the files the pyvis package
installs (pyvis/templates/lib/vis-9.1.2), so nothing is copied into this repository and no page
ever fetches from a CDN. `external_references` is the check tests and pages use to prove it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pyvis

VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"

# Inside <script>/<style> the HTML parser only looks for the closing tag (and "<!--" in scripts);
# an asset holding either could not be inlined as is.
_BREAKOUT = re.compile(r"</(script|style)|<!--", re.IGNORECASE)


def _read_inline_asset(name: str) -> str:
    path = VIS_DIR / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuntimeError(f"pyvis is installed without {path}; reinstall pyvis>=0.3.2") from exc
    if _BREAKOUT.search(text):
        raise RuntimeError(f"{path} holds a closing tag and cannot be inlined safely")
    return text


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    return _read_inline_asset("vis-network.min.js")


@lru_cache(maxsize=1)
def vis_network_css() -> str:
    return _read_inline_asset("vis-network.css")


_SCRIPT_UNSAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def script_safe_json(value: object) -> str:
    """JSON that can stand inside <script>: no "</script>", no "<!--", no raw line separators.

    The escapes are JSON string escapes, so `JSON.parse` gives back exactly the original text.
    (<, >, & can only occur inside JSON strings, never in its syntax.)
    """
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_UNSAFE)


# src=/href= attributes, CSS url() and @import that point at another host (http:, https:, //).
_EXTERNAL = re.compile(
    r"""(?:\b(?:src|href)\s*=\s*["']?\s*|url\(\s*["']?\s*|@import\s+["']?\s*)((?:https?:)?//[^"')\s>]+)""",
    re.IGNORECASE,
)


def external_references(html: str) -> list[str]:
    """Every asset reference in `html` that would need the network to load."""
    return _EXTERNAL.findall(html)
