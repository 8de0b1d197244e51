"""What every annotated gold set in tests/fixtures_extract shares, for the set's own test module.

A set is a JSONL file in the gold format and the builder script that writes it from hand
annotations. Each set's module keeps its history (how the extractor did on first contact, and
after), its floors and its own coverage checks, and calls these for the rest: the file is well
formed, the file is what its builder writes, and the extractor's scores stay above the floors.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from lineage.ingest.evaluate import FIELDS, GoldCase, Report, load_gold

FIXTURES = Path(__file__).parent / "fixtures_extract"


@dataclass(frozen=True)
class Floors:
    """Scores a set must not fall below: regression guards, not targets."""

    mentions: dict[str, float]  # precision, recall, f1
    fields: dict[str, float]  # one per gold field
    province: float
    edges: dict[str, float]  # precision, recall, f1


def load_builder(name: str) -> ModuleType:
    """The builder script beside the sets (`build_heldout3.py` for "build_heldout3")."""
    spec = importlib.util.spec_from_file_location(name, FIXTURES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_well_formed(path: Path, cases: int, text_length: tuple[int, int] | None = None) -> list[GoldCase]:
    """The set loads (load_gold raises on a bad line, span or surface), holds `cases` cases with
    distinct ids, texts of the promised length, and references in order on their surfaces."""
    loaded = load_gold(path)
    assert len(loaded) == cases
    assert len({case.id for case in loaded}) == len(loaded)
    for case in loaded:
        assert case.text.strip() and case.references, case.id
        if text_length:
            assert text_length[0] <= len(case.text) <= text_length[1], (case.id, len(case.text))
        for ref in case.references:
            assert case.text[ref.start:ref.end] == ref.surface, (case.id, ref.surface)
        starts = [ref.start for ref in case.references]
        assert starts == sorted(starts), f"{case.id}: references out of order"
    return loaded


def check_floors(report: Report, floors: Floors) -> None:
    """Every score at or above its floor; a failure names every score that fell."""
    fallen = [
        f"{group} {name}: {score:.3f} < {floor}"
        for group, scores, wanted in (
            ("mentions", report.mentions, floors.mentions),
            ("fields", report.fields, floors.fields),
            ("edges", report.edges, floors.edges),
        )
        for name, floor in wanted.items()
        for score in [scores[name]]
        if score < floor
    ]
    if report.province < floors.province:
        fallen.append(f"province: {report.province:.3f} < {floors.province}")
    assert set(floors.fields) == set(FIELDS), "every field needs a floor"
    assert not fallen, "; ".join(fallen)
