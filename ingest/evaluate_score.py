"""Scoring predicted mentions against gold cases (README "Scoring a system against gold").

`score(cases, predictions)` is a pure function: predictions are `Extraction`s, plain dicts
(`{"mentions": [...], "province": "Hà Tĩnh"}`) or `GoldCase`s, one per case in the same order.

Decisions the README leaves open, made here once:
- Scores are pooled over the whole file (micro-averaged): a case with many mentions weighs more.
- Spans are half-open [start, end): spans that only touch do not overlap.
- Matching is one-to-one and of maximum size; among matchings of that size, the one with the
  largest total overlap (networkx `max_weight_matching(maxcardinality=True)`, weight = overlapping
  characters). So a prediction that covers two gold references matches one of them (the one it
  overlaps more) and the other counts as missed.
- Empty denominators: precision and recall are 1.0 only when there is nothing in gold and nothing
  predicted; otherwise x/0 is 0.0. F1 is 0.0 when precision + recall is 0. The field shares over
  zero matched mentions follow the same rule (1.0 only when both sides have no mentions at all).
- Edges need a self document on their side: a case without a role "self" mention (the first one
  counts) has no edges. A document's year is the year of its `date` where present, otherwise the
  year inside its symbol ("30/2020/NĐ-CP"), otherwise unknown.
- Comparison folds NFC, case, old/new tone placement, Đ look-alikes (Ð U+00D0, Ɖ U+0189 — not the
  ASCII D), dash variants and runs of spaces (`normalize.fold_key`), and compares all-digit numbers
  as integers. Nothing else is forgiven.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import networkx as nx

from lineage.graph.ids import full_number, year_in_symbol
from lineage.ingest.evaluate_gold import GoldCase
from lineage.ingest.normalize import fold_key

FIELDS = ("doc_type", "number", "symbol", "date", "issuer", "scope", "role")
_CITING_ROLES = ("implements", "cites")


@dataclass(frozen=True)
class ScoredMention:
    """The fields scoring looks at, from a gold reference or a prediction alike."""

    start: int
    end: int
    surface: str
    doc_type: str | None
    number: str | None
    symbol: str | None
    date: str | None  # ISO yyyy-mm-dd
    issuer: str | None
    scope: str | None
    role: str | None


@dataclass(frozen=True)
class Detail:
    """One thing a system got wrong, for researchers debugging their samples."""

    case: str
    kind: str  # "missed" | "spurious" | "field" | "province" | "missed edge" | "spurious edge"
    surface: str = ""
    start: int | None = None
    end: int | None = None
    field: str | None = None
    gold: str | None = None
    predicted: str | None = None


@dataclass
class Report:
    """Counts over a gold file; the scores are computed from them."""

    cases: int = 0
    gold_mentions: int = 0
    predicted_mentions: int = 0
    matched: int = 0
    field_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    province_correct: int = 0
    gold_edges: int = 0
    predicted_edges: int = 0
    matched_edges: int = 0
    details: list[Detail] = field(default_factory=list)

    @property
    def mentions(self) -> dict[str, float]:
        return _prf(self.matched, self.predicted_mentions, self.gold_mentions)

    @property
    def edges(self) -> dict[str, float]:
        return _prf(self.matched_edges, self.predicted_edges, self.gold_edges)

    @property
    def fields(self) -> dict[str, float]:
        nothing_at_all = self.gold_mentions == 0 and self.predicted_mentions == 0
        return {
            name: _ratio(self.field_correct[name], self.matched, nothing_at_all) for name in FIELDS
        }

    @property
    def province(self) -> float:
        return _ratio(self.province_correct, self.cases, self.cases == 0)

    def to_dict(self) -> dict:
        """The scores as JSON: every value a float in 0..1, except the number of cases."""
        return {
            "cases": self.cases,
            "mentions": self.mentions,
            "fields": self.fields,
            "province": self.province,
            "edges": self.edges,
        }


def score(cases: Sequence[GoldCase], predictions: Sequence[object]) -> Report:
    """Score one prediction per gold case (same order). See the module docstring for the rules."""
    if len(cases) != len(predictions):
        raise ValueError(f"{len(cases)} gold cases but {len(predictions)} predictions")
    report = Report(cases=len(cases))
    for case, prediction in zip(cases, predictions):
        gold = [_from_object(ref) for ref in case.references]
        predicted, province = _unpack(prediction)
        _score_mentions(report, case.id, gold, predicted)
        if _same(case.province, province):
            report.province_correct += 1
        else:
            report.details.append(
                Detail(case.id, "province", field="province", gold=case.province, predicted=province)
            )
        _score_edges(report, case.id, gold, predicted)
    return report


def match_spans(gold: Sequence[ScoredMention], predicted: Sequence[ScoredMention]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs: one-to-one, as many as possible, then most overlap."""
    graph = nx.Graph()
    for g, ref in enumerate(gold):
        for p, mention in enumerate(predicted):
            overlap = min(ref.end, mention.end) - max(ref.start, mention.start)
            if overlap > 0:
                graph.add_edge(("gold", g), ("predicted", p), weight=overlap)
    pairs = []
    for a, b in nx.max_weight_matching(graph, maxcardinality=True):
        (_, g), (_, p) = (a, b) if a[0] == "gold" else (b, a)
        pairs.append((g, p))
    return sorted(pairs)


def document_key(mention: ScoredMention) -> tuple:
    """What makes two mentions the same document for edges: type + number + symbol + year."""
    year = int(mention.date[:4]) if mention.date else year_in_symbol(_folded(mention.symbol))
    return (_folded(mention.doc_type), _number_key(mention.number), _folded(mention.symbol), year)


def edge_keys(case_id: str, mentions: Sequence[ScoredMention]) -> set[tuple]:
    """(case, self document, cited document, role) for every cited document that has a number.

    Used for gold and predictions alike, so that both sides are keyed the same way.
    """
    return set(_labelled_edges(case_id, mentions))


def _labelled_edges(case_id: str, mentions: Sequence[ScoredMention]) -> dict[tuple, str]:
    """The edge keys, each with a readable label made from the first mentions that gave it."""
    self_mention = next((m for m in mentions if _folded(m.role) == "self"), None)
    if self_mention is None:
        return {}
    edges: dict[tuple, str] = {}
    for m in mentions:
        role = _folded(m.role)
        if role in _CITING_ROLES and m.number is not None and m.number.strip():
            key = (case_id, document_key(self_mention), document_key(m), role)
            edges.setdefault(key, f"{_label(self_mention)} -{role}-> {_label(m)}")
    return edges


def _score_mentions(
    report: Report, case_id: str, gold: list[ScoredMention], predicted: list[ScoredMention]
) -> None:
    report.gold_mentions += len(gold)
    report.predicted_mentions += len(predicted)
    pairs = match_spans(gold, predicted)
    report.matched += len(pairs)
    for g, p in pairs:
        for name in FIELDS:
            gold_value, predicted_value = getattr(gold[g], name), getattr(predicted[p], name)
            if _field_equal(name, gold_value, predicted_value):
                report.field_correct[name] += 1
            else:
                report.details.append(
                    Detail(case_id, "field", gold[g].surface, gold[g].start, gold[g].end, name,
                           gold_value, predicted_value)
                )
    matched_gold, matched_predicted = {g for g, _ in pairs}, {p for _, p in pairs}
    for kind, mentions, matched in (
        ("missed", gold, matched_gold),
        ("spurious", predicted, matched_predicted),
    ):
        for index, mention in enumerate(mentions):
            if index not in matched:
                report.details.append(Detail(case_id, kind, mention.surface, mention.start, mention.end))


def _score_edges(
    report: Report, case_id: str, gold: list[ScoredMention], predicted: list[ScoredMention]
) -> None:
    gold_edges, predicted_edges = _labelled_edges(case_id, gold), _labelled_edges(case_id, predicted)
    report.gold_edges += len(gold_edges)
    report.predicted_edges += len(predicted_edges)
    report.matched_edges += len(gold_edges.keys() & predicted_edges.keys())
    for kind, edges, others in (
        ("missed edge", gold_edges, predicted_edges),
        ("spurious edge", predicted_edges, gold_edges),
    ):
        for key, label in edges.items():
            if key not in others:
                report.details.append(Detail(case_id, kind, surface=label))


def _unpack(prediction: object) -> tuple[list[ScoredMention], str | None]:
    """Mentions and province name of an Extraction, a GoldCase or a plain dict."""
    if isinstance(prediction, GoldCase):
        return [_from_object(ref) for ref in prediction.references], prediction.province
    if isinstance(prediction, dict):
        mentions = prediction.get("mentions", prediction.get("references", []))
        province = prediction.get("province")
    else:  # an Extraction, or anything shaped like one
        mentions, province = prediction.mentions, prediction.province
    if province is not None and not isinstance(province, str):
        # ProvinceGuess (attribute) or {"name": …} (dict): the guessed name is what is scored.
        province = province.get("name") if isinstance(province, dict) else province.name
    return [_from_object(m) for m in mentions], province


def _from_object(item: object) -> ScoredMention:
    get = item.get if isinstance(item, dict) else (lambda name, default=None: getattr(item, name, default))
    start, end = get("start"), get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        raise ValueError(f"a predicted mention needs integer start and end, got {start!r}, {end!r}")
    when = get("date")
    return ScoredMention(
        start=start,
        end=end,
        surface=get("surface") or "",
        doc_type=get("doc_type"),
        number=None if get("number") is None else str(get("number")),
        symbol=get("symbol"),
        date=when.isoformat() if isinstance(when, date) else when,
        issuer=get("issuer"),
        scope=get("scope"),
        role=get("role"),
    )


def _field_equal(name: str, gold: str | None, predicted: str | None) -> bool:
    if name == "number":
        return _number_key(gold) == _number_key(predicted)
    return _same(gold, predicted)


def _same(a: str | None, b: str | None) -> bool:
    return _folded(a) == _folded(b)


def _folded(value: str | None) -> str | None:
    return None if value is None else fold_key(value)


def _number_key(number: str | None) -> int | str | None:
    """ "01" and "1" are the same number; anything not all digits is compared folded."""
    if number is None:
        return None
    folded = fold_key(number)
    return int(folded) if folded.isdigit() else folded


def _label(mention: ScoredMention) -> str:
    """ "Công điện 968/CĐ-TTg (2023-10-16)": the document as the mention gives it."""
    number = full_number(mention.number, mention.symbol) if mention.number else mention.symbol
    text = " ".join(part for part in (mention.doc_type, number) if part)
    return f"{text} ({mention.date})" if mention.date else text


def _ratio(numerator: int, denominator: int, both_empty: bool) -> float:
    if denominator == 0:
        return 1.0 if both_empty else 0.0
    return numerator / denominator


def _prf(true_positives: int, predicted: int, gold: int) -> dict[str, float]:
    both_empty = predicted == 0 and gold == 0
    precision = _ratio(true_positives, predicted, both_empty)
    recall = _ratio(true_positives, gold, both_empty)
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return {"precision": precision, "recall": recall, "f1": f1}
