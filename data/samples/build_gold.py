"""Build data/samples/gold.jsonl from the hand annotation in data/samples/expected.json.

The annotation says, for every article of the sample corpus, which documents it mentions, in
order, with the surface string of each mention. This script adds what a person should not count
by hand: the article's text as the pipeline reads it and the character offsets of each surface.
The result follows the gold format of the shared README, so that

    lineage evaluate data/samples/gold.jsonl

runs without anything outside the repository. Run it after editing an article or the annotation:

    python data/samples/build_gold.py

Per-mention values follow the gold rules: `symbol` is null when the surface gives only a number
("Công điện 968"), `date` is null when the article never states the document's date.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
EXPECTED = SAMPLES / "expected.json"
GOLD = SAMPLES / "gold.jsonl"

# A surface carries a symbol when its number is followed by a slash or a hyphen part:
# "968/CĐ-TTg", "29-KL/TU", "46 -CT/TU"; a bare "Chỉ thị 12" does not.
_HAS_SYMBOL = re.compile(r"\d\s*[-/–]\s*\w")


def html_to_text(html: str) -> str:
    """The article's main text, as the ingest pipeline's boilerplate removal gives it."""
    import trafilatura  # imported here: only HTML sources need it

    text = trafilatura.extract(html, favor_precision=True, include_comments=False)
    if not text:
        raise ValueError("no article text found in HTML")
    return text


def article_text(article: dict) -> str:
    """The text of one annotated article: a whole file, or one record of a crawl file."""
    path = SAMPLES / article["source"]
    if "record" in article:
        line = path.read_text(encoding="utf-8").splitlines()[article["record"]]
        record = json.loads(line)
        return record["text"] if "text" in record else html_to_text(record["html"])
    raw = path.read_text(encoding="utf-8")
    return html_to_text(raw) if path.suffix == ".html" else raw


def locate(text: str, surfaces: list[str]) -> list[tuple[int, int]]:
    """Offsets of each surface: the first occurrence at or after the previous mention's start
    that an earlier mention with the same surface has not already taken."""
    spans = []
    previous_start = 0
    taken_until: dict[str, int] = {}
    for surface in surfaces:
        start = text.find(surface, max(previous_start, taken_until.get(surface, 0)))
        if start < 0:
            raise ValueError(f"surface not found in order: {surface!r}")
        spans.append((start, start + len(surface)))
        taken_until[surface] = start + len(surface)
        previous_start = start
    return spans


def gold_cases(expected: dict) -> list[dict]:
    documents = expected["documents"]
    cases = []
    for number, article in enumerate(expected["articles"]):
        text = article_text(article)
        refs = article["references"]
        spans = locate(text, [r["surface"] for r in refs])
        references = []
        for ref, (start, end) in zip(refs, spans):
            doc = documents[ref["doc"]]
            references.append(
                {
                    "surface": ref["surface"],
                    "start": start,
                    "end": end,
                    "doc_type": doc["doc_type"],
                    "number": doc["number"],
                    "symbol": doc["symbol"] if _HAS_SYMBOL.search(ref["surface"]) else None,
                    "date": None if ref["doc"] in article["undated"] else doc["date"],
                    "issuer": doc["issuer"],
                    "scope": doc["scope"],
                    "role": ref["role"],
                    "doc_id": ref["doc"],
                }
            )
        source = article["source"] + (f"#{article['record']}" if "record" in article else "")
        cases.append(
            {
                "id": f"sample-{number:03d}",
                "source": f"samples/{source}",
                "url": article["url"],
                "published": article["published"],
                "province": article["province"],
                "province_evidence": article["province_evidence"],
                "text": text,
                "references": references,
            }
        )
    return cases


def main() -> None:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    cases = gold_cases(expected)
    with GOLD.open("w", encoding="utf-8") as out:
        for case in cases:
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {GOLD}")


if __name__ == "__main__":
    main()
