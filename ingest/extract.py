"""The extraction pipeline for one source: normalise -> find -> draft -> own document -> roles
-> place.

normalize.py folds spelling noise; find.py finds the spans; drafts.py decides each mention's fields;
own_document.py finds the article's own document; roles.py decides implements or cites; places.py
names the province. This module runs them in order and hands back an `Extraction`.

>>> from lineage.ingest.models import Source
>>> text = ("Ngày 25/10/2023, Chủ tịch UBND tỉnh Đồng Nai ban hành Chỉ thị số 12/CT-UBND. "
...         "Thực hiện Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ, …")
>>> result = extract(Source(uri="example", text=text, content_hash="x"))
>>> [(m.surface, m.role, str(m.date)) for m in result.mentions]  # doctest: +NORMALIZE_WHITESPACE
[('Chỉ thị số 12/CT-UBND', 'self', '2023-10-25'),
 ('Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ', 'implements', '2023-10-16')]
"""

from __future__ import annotations

import bisect
from datetime import date

from lineage.ingest import relate, resolve
from lineage.ingest.drafts import (
    Draft,
    clip_subjects,
    draft_mention,
    inherit_from_list_heads,
    inherit_types,
    issuers_before,
    share_fields,
    share_issuers,
)
from lineage.ingest.find import find_mentions
from lineage.ingest.models import Extraction, Mention, ProvinceGuess, Role, Source
from lineage.ingest.normalize import normalize
from lineage.ingest.own_document import settle_own_document
from lineage.ingest.roles import assign_roles

EXTRACTOR_VERSION = "rules-1"
EVIDENCE_CONTEXT = 400  # characters of sentence kept on each side of a mention


def extract(source: Source, *, signer_book=None) -> Extraction:
    """Every document mention of `source`, its own document, roles, stated edges and province."""
    norm = normalize(source.text)
    text = norm.folded
    sentences = relate.sentence_bounds(text)
    sentence_starts = [s for s, _ in sentences]
    raws = find_mentions(text)
    works = [
        draft_mention(text, raw, bisect.bisect_right(sentence_starts, raw.start) - 1, source.published)
        for raw in raws
    ]

    clip_subjects(text, works)
    share_issuers(text, works)
    issuers_before(text, works, sentences)
    inherit_types(text, works)
    inherit_from_list_heads(text, works, sentences, source.published)
    works, self_cluster, also_self = settle_own_document(text, works, sentences, source.published)
    share_fields(works)
    relations = assign_roles(text, works, sentences, self_cluster, also_self)
    # A province is named as it was when the article's own document was issued (an article of
    # 2 July 2025 about a letter of 30 June names Bình Định, not Gia Lai).
    own_date = next((w.date for w in works if w.cluster == self_cluster and w.date), None)
    acted_on = own_date or source.published
    guess = _place(source, text, works, self_cluster, acted_on, signer_book)

    mentions = [_finish(norm, source.text, w, sentences, guess) for w in works]
    first_of_cluster: dict[int, int] = {}
    for i, (work, mention) in enumerate(zip(works, mentions)):
        mention.document = first_of_cluster.setdefault(work.cluster, i)
    self_index = next((i for i, m in enumerate(mentions) if m.role == Role.SELF), None)
    problems = [f"{m.surface}: {p}" for m in mentions for p in m.problems]
    if self_index is None and guess.name:
        # The article's province is that of its own document's body; with no document of its own
        # it has none. The places still named its local citations above.
        guess = ProvinceGuess(
            None, f"no document of its own (its places point to {guess.name})", 0.0, [guess.name]
        )
    return Extraction(source, mentions, relations, guess, self_index, problems)


def _named_province(issuer: resolve.Issuer | None, on_date: date | None) -> str | None:
    """The province a provincial body is named with ("UBND tỉnh Sơn La"), as named on `on_date`.
    A district or commune named like a province ("huyện Thạnh Hóa", "phường Bắc Giang") is not."""
    if issuer is None or not issuer.place or issuer.level not in ("provincial", "department"):
        return None
    from lineage.data import canonical_province, province_at

    named = canonical_province(issuer.place)
    return province_at(named, on_date) if named else None


def _place(source, text, works, self_cluster, on_date, signer_book) -> ProvinceGuess:
    self_work = (
        next((w for w in works if w.cluster == self_cluster), None) if self_cluster is not None else None
    )
    if self_work is not None and self_work.issuer is not None and self_work.issuer.scope == "central":
        return ProvinceGuess(None, "the article's own document is central", 1.0)
    named = _named_province(self_work.issuer if self_work else None, on_date)
    if named:
        return ProvinceGuess(named, f"issuer '{self_work.issuer.name} {self_work.issuer.place}'", 0.95)
    try:
        from lineage.ingest.places import infer_province
    except ImportError:  # the place tables are optional for extraction itself
        return ProvinceGuess(None, None, 0.0)
    return infer_province(text, on_date=on_date, site=source.site, signer_book=signer_book)


def _finish(norm, original: str, work: Draft, sentences, guess: ProvinceGuess) -> Mention:
    start, end = norm.original_span(work.start, work.end)
    # The sentence, as evidence; a "sentence" of a whole unpunctuated page is cut around the mention.
    sentence_start, sentence_end = sentences[work.sentence]
    s_start, s_end = norm.original_span(
        max(sentence_start, work.start - EVIDENCE_CONTEXT), min(sentence_end, work.end + EVIDENCE_CONTEXT)
    )
    issuer = work.issuer
    province = None
    if issuer is not None and issuer.scope == "local":
        province = _named_province(issuer, work.date) or guess.name
    return Mention(
        start=start,
        end=end,
        surface=original[start:end],
        doc_type=work.doc_type or "Văn bản",
        number=work.raw.number,
        symbol=work.symbol.text if work.symbol else None,
        date=work.date,
        issuer=_national_issuer(issuer, province),
        scope=issuer.scope if issuer else None,
        role=work.role,
        title=work.title,
        trigger=work.trigger.phrase if work.trigger else ("issued" if work.role == Role.SELF else None),
        sentence=" ".join(original[s_start:s_end].split()),
        province=province,
        level=issuer.level if issuer else None,
        body_place=issuer.place if issuer and issuer.level in ("district", "commune") else None,
        year_hint=work.year_hint,
        problems=work.problems + ([] if issuer else ["issuer unknown"]),
    )


def _national_issuer(issuer: resolve.Issuer | None, province: str | None) -> str | None:
    """Centrally-run cities have "UBND thành phố" and "Thành ủy" where provinces have "tỉnh"."""
    if issuer is None:
        return None
    if province and issuer.level == "provincial":
        from lineage.data import is_centrally_run

        if is_centrally_run(province):
            return (
                issuer.name.replace("UBND tỉnh", "UBND thành phố")
                .replace("HĐND tỉnh", "HĐND thành phố")
                .replace("Tỉnh ủy", "Thành ủy")
            )
    return issuer.name
