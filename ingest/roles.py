"""Implements or cites: the role of every mention that is not the article's own document.

The rules are in `assign_roles`; the trigger words themselves are in vocab.py and relate.py.
"""

from __future__ import annotations

import bisect

from lineage.ingest import relate
from lineage.ingest.drafts import Draft
from lineage.ingest.models import Role, StatedRelation


# How far before a mention a trigger inside the previous document's subject may stand and still
# be about this mention: "… về việc triển khai thực hiện Công điện số 280", "… sửa đổi, bổ sung
# một số điều của Nghị định số 20/2021/NĐ-CP".
NESTED_REACH = 40


def assign_roles(
    text, works, sentences, self_cluster, also_self: set[int] = frozenset()
) -> list[StatedRelation]:
    """Each mention's role from the nearest trigger before it in its sentence (see relate.py).

    A trigger inside a cited document's subject belongs to that subject: right before the next
    mention it states an edge between the two ("… về việc triển khai thực hiện Công điện số
    280"); otherwise it is ignored, so "Chỉ thị … về học tập và làm theo …; Kết luận …" does not
    turn the conclusion into a mere citation. Bullet items under a head ending in ":" take the
    head's trigger.
    """
    # The article's own subject ("V/v triển khai thực hiện Công điện số 1482/CĐ-TTg") says what
    # the article's document does, so its triggers count; other documents' subjects do not.
    titles = sorted(w.title_span for w in works if w.title_span and w.cluster != self_cluster)
    spans = [(w.start, w.end) for w in works]
    triggers = [t for t in relate.find_triggers(text) if not _covered(t.start, spans)]
    trigger_starts = [t.start for t in triggers]
    in_title = {id(t): _covered(t.start, titles) for t in triggers}
    related = relate.RELATED_LINKS.search(text)
    related_from = related.start() if related else len(text)
    relations: list[StatedRelation] = []
    for i, work in enumerate(works):
        if work.cluster == self_cluster:
            work.role = Role.SELF
            continue
        sentence_start = sentences[work.sentence][0]
        before = triggers[
            bisect.bisect_left(trigger_starts, sentence_start) : bisect.bisect_left(
                trigger_starts, work.start
            )
        ]
        previous = works[i - 1] if i > 0 and works[i - 1].sentence == work.sentence else None
        nearest = before[-1] if before else None
        if (
            nearest
            and previous
            and previous.title_span
            and _inside(nearest.start, previous.title_span)
            and work.start - nearest.end <= NESTED_REACH
        ):
            relations.append(StatedRelation(i - 1, i, nearest.kind, nearest.phrase, 0.8))
            # A document the cited one amends or is based on ("… sửa đổi, bổ sung một số điều của
            # Nghị định số 20/2021/NĐ-CP") is only cited; one it carries out shares its role.
            cited = nearest.kind == Role.CITES
            work.role = nearest.kind if previous.role == Role.SELF or cited else previous.role
            work.trigger = nearest
            continue
        if work.start >= related_from:  # a "Tin liên quan" link is no part of the article's act
            work.role, work.trigger = Role.CITES, None
            continue
        last_outside = next((t for t in reversed(before) if not in_title[id(t)]), None)
        outside = [last_outside] if last_outside else []  # only the nearest one counts
        if not outside and relate.BULLET.match(text, sentence_start):
            outside = _list_head_triggers(text, triggers, sentences, work.sentence)
        if (
            outside
            and previous is not None
            and outside[-1].start < previous.start
            and relate.CLAUSE_BREAK.search(text, _end_with_subject(previous), work.start)
        ):
            # "thực hiện Công văn số 7345 …, các cơ quan phải … đã công bố tại Quyết định số
            # 2158": a new clause with its own subject ends the trigger's reach.
            outside = []
        if outside:
            work.role, work.trigger = outside[-1].kind, outside[-1]
        elif previous is not None and not relate.CLAUSE_BREAK.search(
            text, _end_with_subject(previous), work.start
        ):
            work.role, work.trigger = (
                previous.role if previous.role != Role.SELF else Role.CITES,
                previous.trigger,
            )
        else:
            work.role, work.trigger = Role.CITES, None
    if self_cluster is None:
        # "Implements" says what the article's own document does; a text that issues nothing (a
        # review, a commentary) only cites.
        for work in works:
            if work.role == Role.IMPLEMENTS:
                work.role = Role.CITES
    else:
        # A repeat with no trigger of its own ("Phổ biến tinh thần của Công điện 968 …") keeps
        # the role its document has where the text says what the article does with it.
        implemented = {w.cluster for w in works if w.role == Role.IMPLEMENTS and w.trigger is not None}
        for work in works:
            if (
                work.trigger is None
                and work.role == Role.CITES
                and work.cluster in implemented
                and work.start < related_from
            ):
                work.role = Role.IMPLEMENTS
    if self_cluster is not None:
        self_index = next(i for i, w in enumerate(works) if w.cluster == self_cluster)
        for i, work in enumerate(works):
            if work.role in (Role.IMPLEMENTS, Role.CITES) and (
                work.raw.number is not None or work.raw.kind == "law"
            ):
                distance = work.start - work.trigger.end if work.trigger else None
                confidence = (
                    0.6 if work.trigger is None else (0.9 if distance is not None and distance < 60 else 0.75)
                )
                relations.append(
                    StatedRelation(
                        self_index, i, work.role, work.trigger.phrase if work.trigger else None, confidence
                    )
                )
    if also_self:  # documents issued together with the own one are the article's own too
        for work in works:
            if work.cluster in also_self:
                work.role, work.trigger = Role.SELF, None
        relations = [r for r in relations if works[r.target].cluster not in also_self]
    return relations


def _end_with_subject(work: Draft) -> int:
    return max(work.end, work.title_span[1]) if work.title_span else work.end


def _covered(position: int, spans: list[tuple[int, int]]) -> bool:
    """Is `position` inside one of `spans` (sorted by start, not overlapping)?"""
    k = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= position < spans[k][1]


def _inside(position: int, span: tuple[int, int]) -> bool:
    return span[0] <= position < span[1]


def _list_head_triggers(text, triggers, sentences, index) -> list[relate.Trigger]:
    """The triggers of the sentence that opens a bulleted list or a table ("Thực hiện các văn bản
    sau:"), above its items and a table's header row."""
    while index > 0 and (
        relate.BULLET.match(text, sentences[index][0]) or "|" in text[slice(*sentences[index])]
    ):
        index -= 1
    start, end = sentences[index]
    if not text[start:end].rstrip().endswith(":"):
        return []
    return [t for t in triggers if start <= t.start < end]
