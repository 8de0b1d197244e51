"""The extraction pipeline for one source: normalise -> find -> resolve -> relate -> place.

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
import re
from dataclasses import dataclass, field
from datetime import date

from lineage.ingest import relate, resolve
from lineage.ingest.find import DATE_RE, TYPE_RE, RawMention, find_mentions
from lineage.ingest.models import Extraction, Mention, ProvinceGuess, Role, Source, StatedRelation
from lineage.ingest.normalize import normalize

EXTRACTOR_VERSION = "rules-1"

_DATE_AFTER_ISSUER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?i:ban hành|ký)\s+)?(?i:ngày)\s+" + DATE_RE + r"(?!\d)")
_ON_BEHALF = re.compile(r"(?i:thay mặt|t/m|tm\.)\s*$")
_YEAR_AFTER = re.compile(r"[^\S\n]+(?i:(?:từ|trong|vào|của)\s+)?(?i:năm)\s+((?:19|20)\d{2})(?!\d)")
_SENTENCE_DATE = re.compile(r"(?i:ngày)\s+" + DATE_RE + r"(?!\d)")
_PLACE_DATE = re.compile(r"[A-ZĐ][\w .-]{1,40},\s*(?i:ngày)\s+" + DATE_RE + r"(?!\d)")
_SIGNED_ON = re.compile(r"(?i:ký|ban hành)\s+(?i:vào\s+)?(?i:ngày)\s+" + DATE_RE + r"(?!\d)")
# "việc ban hành kế hoạch" (the issuing of plans) names no document.
_UNNUMBERED_SELF = re.compile(
    r"(?<!\w)(?<!(?i:việc) )(?:(?i:ban hành)|(?<!đề )(?<!đưa )(?<!nêu )(?i:ra))\s+(?P<type>" + TYPE_RE + r")(?!\s+(?i:số\s*)?\d)"
)
_COORDINATION = re.compile(r"^\s*(?:,|;|(?i:và)|(?i:,\s*và))?\s*$")
_SUBJECT = re.compile(r"\s*,?\s*(?i:về việc|về|v/v)\s+(?P<title>[^;\n]{3,240}?)(?=;|\n|\.\s|\.$|,\s*(?:(?i:" + TYPE_RE + r")|số)|$)")
_LAW_ISSUER = {"Luật": "Quốc hội", "Bộ luật": "Quốc hội", "Hiến pháp": "Quốc hội", "Pháp lệnh": "Ủy ban Thường vụ Quốc hội"}


@dataclass
class _Work:
    """A mention while its fields are being decided (offsets into the folded text)."""

    raw: RawMention
    sentence: int
    symbol: resolve.Symbol | None
    doc_type: str | None
    date: date | None = None
    issuer: resolve.Issuer | None = None
    issuer_from_text: bool = False
    role: str = Role.CITES
    trigger: relate.Trigger | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None  # the "về việc …" subject after the mention
    year_hint: int | None = None  # "Chỉ thị 12 từ năm 2018": a year without a date
    problems: list[str] = field(default_factory=list)
    cluster: int = -1

    @property
    def start(self) -> int:
        return self.raw.start

    @property
    def year(self) -> int | None:
        return (self.symbol.year if self.symbol else None) or (self.date.year if self.date else None) or self.year_hint

    @property
    def end(self) -> int:
        return self.raw.end


def extract(source: Source, *, signer_book=None) -> Extraction:
    """Every document mention of `source`, its own document, roles, stated edges and province."""
    norm = normalize(source.text)
    text = norm.folded
    sentences = relate.sentence_bounds(text)
    sentence_starts = [s for s, _ in sentences]
    raws = find_mentions(text)
    works = [_initial(text, raw, bisect.bisect_right(sentence_starts, raw.start) - 1, source.published) for raw in raws]

    _clip_subjects(text, works)
    _share_issuers(text, works)
    _issuers_before(text, works, sentences)
    _inherit_types(text, works)
    # Every document the text reports as issued ("Ngày 19/10, Sở Nội vụ đã có Công văn số …")
    # takes its date and issuer from its sentence, before mentions are grouped by document.
    issued = [
        i for i, w in enumerate(works)
        if w.raw.number is not None and relate.issued_here(text, w.start, w.raw.core_end, sentences[w.sentence][0])
    ]
    _complete_issued(text, works, issued, sentences, source.published)
    self_indices = _choose_self(works, issued, source.published)
    unnumbered = _unnumbered_issued(text, works, sentences, source.published)
    if self_indices:
        unnumbered = []  # the type word is the mention only of a document that has no number
    else:
        # "Trảng Bom ra kế hoạch …" in the headline, "UBND huyện ban hành Kế hoạch kiểm tra …"
        # in the body: one plan, mentioned twice.
        unnumbered = [u for u in unnumbered if u.doc_type == unnumbered[0].doc_type] if unnumbered else []
    if unnumbered:
        chosen = works[self_indices[0]] if self_indices else unnumbered[0]
        works.extend(unnumbered)
        works.sort(key=lambda w: w.start)
        self_indices = [works.index(chosen)]
        _complete_issued(text, works, [works.index(u) for u in unnumbered], sentences, source.published)
    _cluster(works)
    self_cluster = works[self_indices[0]].cluster if self_indices else None
    for extra in unnumbered:
        extra.cluster = self_cluster
    for work in works:
        if work.cluster == self_cluster:
            work.role = Role.SELF
    reference = source.published or _first_self_date(works, self_indices)
    _share_fields(works)
    relations = _assign_roles(text, works, sentences, self_cluster)
    # A province is named as it was when the article's own document was issued (an article of
    # 2 July 2025 about a letter of 30 June names Bình Định, not Gia Lai).
    acted_on = next((w.date for w in works if w.cluster == self_cluster and w.date), None) or reference
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
        guess = ProvinceGuess(None, f"no document of its own (its places point to {guess.name})", 0.0, [guess.name])
    return Extraction(source, mentions, relations, guess, self_index, problems)


def _initial(text: str, raw: RawMention, sentence: int, published: date | None) -> _Work:
    symbol = resolve.canonical_symbol(raw.raw_symbol) if raw.raw_symbol else None
    work = _Work(raw, sentence, symbol, resolve.doc_type_for(raw, symbol))
    if raw.kind == "law":
        work.doc_type = "Bộ luật" if raw.type_word.lower() == "bộ luật" else raw.type_word.capitalize()
        work.title = raw.name
        work.issuer = resolve.Issuer(_LAW_ISSUER.get(work.doc_type, "Quốc hội"), "central", "central", None, -1, -1)
    phrase = resolve.issuer_after(text, raw)
    coded = resolve.issuer_from_code(symbol, work.doc_type)
    if phrase and resolve.compatible(phrase, coded):
        work.issuer, work.issuer_from_text = phrase, True
        raw.end = phrase.end
        if raw.date_match is None:  # "… của UBND tỉnh ngày 25/10/2023"
            late_date = _DATE_AFTER_ISSUER.match(text, raw.end)
            if late_date:
                raw.date_match, raw.end = late_date, late_date.end()
    elif work.issuer is None:
        work.issuer = coded
    work.date, problem = resolve.parse_date(raw.date_match, published)
    if problem:
        work.problems.append(problem)
    hint = _YEAR_AFTER.match(text, raw.end)
    if hint:
        work.year_hint = int(hint.group(1))
    subject = _SUBJECT.match(text, raw.end)
    if subject:
        start, end = subject.span("title")
        clause = relate.CLAUSE_BREAK.search(text, start, end)  # "về …, các cơ quan phải …"
        end = clause.start() if clause else end
        work.title_span = (start, end)
        if work.title is None:
            work.title = text[start:end].strip(" ,")
    return work


def _clip_subjects(text: str, works: list[_Work]) -> None:
    """A subject ends where the next mention begins ("… về việc X và Chỉ thị số 46-CT/TU …")."""
    for work, following in zip(works, works[1:]):
        if work.title_span and work.title_span[1] > following.start:
            start = work.title_span[0]
            end = max(start, following.start)
            work.title_span = (start, end)
            title = re.sub(r"\s+(?:và|cùng)$", "", text[start:end].strip(" ,;"))
            work.title = title.strip(" ,;") or None


def _share_issuers(text: str, works: list[_Work]) -> None:
    """ "Quyết định … ngày 17/3/2022 và Quyết định … ngày 28/5/2021 của Ban Thường vụ Tỉnh ủy":
    one issuer phrase after coordinated mentions covers them all."""
    for i in range(len(works) - 2, -1, -1):
        left, right = works[i], works[i + 1]
        if left.issuer_from_text or not right.issuer_from_text or left.sentence != right.sentence:
            continue
        if not _COORDINATION.match(text[left.end:right.start]):
            continue
        coded = resolve.issuer_from_code(left.symbol, left.doc_type)
        if resolve.compatible(right.issuer, coded):
            left.issuer, left.issuer_from_text = right.issuer, True


def _issuers_before(text: str, works: list[_Work], sentences: list[tuple[int, int]]) -> None:
    """ "các chỉ đạo của Thủ tướng tại Công điện số 280/CĐ-TTg" """
    previous_end = 0
    for work in works:
        if not work.issuer_from_text:
            floor = max(previous_end, sentences[work.sentence][0])
            found = resolve.issuer_before(text, work.raw, floor)
            if found and resolve.compatible(found, resolve.issuer_from_code(work.symbol, work.doc_type)):
                work.issuer, work.issuer_from_text = found, True
        previous_end = work.end


def _inherit_types(text: str, works: list[_Work]) -> None:
    """A list item without a type word ("…, số 889/UBND-NV") has the type of the item before it
    when its symbol carries no type code of its own."""
    for prev, work in zip(works, works[1:]):
        if work.raw.type_word is None and work.symbol is not None and work.symbol.type_code is None:
            if prev.sentence == work.sentence and prev.doc_type and len(text[prev.end:work.start]) < 200:
                work.doc_type = prev.doc_type


# A document issued more than this long before the article is background, not the article's
# news ("Chủ tịch UBND tỉnh đã ký Chỉ thị số 12/CT-UBND ngày 25 tháng 10 năm 2023" in a 2024 report).
SELF_MAX_AGE_DAYS = 60


def _choose_self(works: list[_Work], issued: list[int], published: date | None) -> list[int]:
    def recent(work: _Work) -> bool:
        if published is None or work.year is None:
            return True
        issued_on = work.date or date(work.year, 12, 31)  # a year alone: its last day, to be lenient
        return (published - issued_on).days <= SELF_MAX_AGE_DAYS

    candidates = [i for i in issued if recent(works[i])]
    if not candidates:
        return []
    # An article about a province's response also retells the centre's telegram ("Ngày 16/10,
    # Thủ tướng ban hành Công điện 968 …"): the local document is the article's own.
    local = [i for i in candidates if works[i].issuer is None or works[i].issuer.scope == "local"]
    return [(local or candidates)[0]]


def _unnumbered_issued(text: str, works: list[_Work], sentences, published: date | None) -> list[_Work]:
    """ "UBND tỉnh vừa ban hành Kế hoạch triển khai …", "Trảng Bom ra kế hoạch thực hiện …": a
    document issued without a number; its type word is the mention."""
    taken = [(w.start, w.end) for w in works]
    starts = [s for s, _ in sentences]
    found = []
    for m in _UNNUMBERED_SELF.finditer(text):
        start, end = m.start("type"), m.end("type")
        if m.group("type").lower() == "văn bản" or any(s <= start < e for s, e in taken):
            continue
        if any(0 <= m.start() - e <= 2 for _, e in taken):
            continue  # "Quyết định số 129/2007/QĐ-TTg … ban hành Quy chế …": that decision's subject
        raw = RawMention(start, end, "unnumbered", m.group("type"), None, None, None)
        found.append(_initial(text, raw, bisect.bisect_right(starts, start) - 1, published))
    return found


def _first_self_date(works: list[_Work], self_indices: list[int]) -> date | None:
    return works[self_indices[0]].date if self_indices else None


def _complete_issued(text, works, indices, sentences, reference) -> None:
    """A document reported as issued often has its date and issuer around the verb, not in its
    citation: "Ngày 15/11, Chủ tịch UBND tỉnh Hà Tĩnh … ký ban hành Công văn số 6466/UBND-NC2",
    "Công văn số 4012 mà Chủ tịch UBND tỉnh ký ngày 26/10", or an official text's place-date
    line below its "Số: …" header."""
    for i in indices:
        work = works[i]
        sentence_start, sentence_end = sentences[work.sentence]
        if work.date is None:
            dates = list(_SENTENCE_DATE.finditer(text, sentence_start, work.start))
            signed = _SIGNED_ON.search(text, work.end, sentence_end)
            found = dates[-1] if dates else (signed if signed and signed.start() - work.end < 80 else None)
            if found is None and relate.NUMBER_HEADER.match(text, work.start):
                found = _PLACE_DATE.search(text, work.end, work.end + 200)  # "Đồng Nai, ngày 25 tháng 10 …"
            if found:
                work.date, problem = resolve.parse_date(found, reference)
                if problem:
                    work.problems.append(problem)
        if not work.issuer_from_text:
            subject = _last_issuer(text, sentence_start, work.start)
            if subject and resolve.compatible(subject, resolve.issuer_from_code(work.symbol, work.doc_type)):
                work.issuer, work.issuer_from_text = subject, True


def _last_issuer(text: str, start: int, end: int) -> resolve.Issuer | None:
    """The last issuing body named in text[start:end] (the subject of an issuing verb)."""
    found = None
    for word in resolve.ISSUER_START.finditer(text, start, end):
        if found is not None and word.start() < found.end:
            continue
        issuer = resolve.match_issuer(text, word.start())
        if issuer and issuer.end <= end:
            found = issuer
            if _ON_BEHALF.search(text, max(start, word.start() - 12), word.start()):
                return issuer  # "thay mặt Ban Thường vụ Thành ủy, Phó Bí thư … đã ký": the body signs
    return found


def _same_document(a: _Work, b: _Work) -> bool:
    if a.doc_type != b.doc_type or a.raw.number is None or b.raw.number is None:
        return a.raw.kind == b.raw.kind == "law" and a.title == b.title
    if int(a.raw.number) != int(b.raw.number):
        return False
    if a.symbol and b.symbol and a.symbol.text != b.symbol.text:
        return False
    if a.year and b.year and a.year != b.year:
        return False
    if a.issuer and b.issuer and resolve.issuer_category(a.issuer.name) != resolve.issuer_category(b.issuer.name):
        return False
    return True


def _cluster(works: list[_Work]) -> None:
    """Group mentions of one document, then share what each knows."""
    for i, work in enumerate(works):
        work.cluster = next((works[j].cluster for j in range(i) if _same_document(works[j], work)), i)
    _share_fields(works)


def _share_fields(works: list[_Work]) -> None:
    """Date, issuer and subject travel between mentions of one document; the symbol does not:
    the gold format's symbol is "null when the text gives only a number", so a loose "Công điện
    968" stays as written (the graph still gets one node: load.py groups by document)."""
    for work in works:
        peers = [w for w in works if w.cluster == work.cluster]
        if work.date is None:
            work.date = next((p.date for p in peers if p.date), None)
        if work.issuer is None or not work.issuer_from_text:
            stated = next((p.issuer for p in peers if p.issuer_from_text), None)
            work.issuer = stated or work.issuer or next((p.issuer for p in peers if p.issuer), None)
        if work.title is None:
            work.title = next((p.title for p in peers if p.title), None)


def _assign_roles(text, works, sentences, self_cluster) -> list[StatedRelation]:
    """Each mention's role from the nearest trigger before it in its sentence (see relate.py).

    A trigger inside a cited document's subject belongs to that subject: right before the next
    mention it states an edge between the two ("… về việc triển khai thực hiện Công điện số
    280"); otherwise it is ignored, so "Chỉ thị … về học tập và làm theo …; Kết luận …" does not
    turn the conclusion into a mere citation. Bullet items under a head ending in ":" take the
    head's trigger.
    """
    # The article's own subject ("V/v triển khai thực hiện Công điện số 1482/CĐ-TTg") says what
    # the article's document does, so its triggers count; other documents' subjects do not.
    titles = [w.title_span for w in works if w.title_span and w.cluster != self_cluster]
    triggers = [
        t for t in relate.find_triggers(text)
        if not any(w.start <= t.start < w.end for w in works)
    ]
    related = relate.RELATED_LINKS.search(text)
    related_from = related.start() if related else len(text)
    relations: list[StatedRelation] = []
    for i, work in enumerate(works):
        if work.cluster == self_cluster:
            work.role = Role.SELF
            continue
        sentence_start = sentences[work.sentence][0]
        before = [t for t in triggers if sentence_start <= t.start < work.start]
        previous = works[i - 1] if i > 0 and works[i - 1].sentence == work.sentence else None
        nearest = before[-1] if before else None
        if nearest and previous and previous.title_span and _inside(nearest.start, previous.title_span) \
                and work.start - nearest.end <= 20:
            relations.append(StatedRelation(i - 1, i, nearest.kind, nearest.phrase, 0.8))
            work.role = nearest.kind if previous.role == Role.SELF else previous.role
            work.trigger = nearest
            continue
        if work.start >= related_from:  # a "Tin liên quan" link is no part of the article's act
            work.role, work.trigger = Role.CITES, None
            continue
        outside = [t for t in before if not any(_inside(t.start, span) for span in titles)]
        if not outside and relate.BULLET.match(text, sentence_start):
            outside = _list_head_triggers(text, triggers, sentences, work.sentence)
        if outside and previous is not None and outside[-1].start < previous.start \
                and relate.CLAUSE_BREAK.search(text, _end_with_subject(previous), work.start):
            # "thực hiện Công văn số 7345 …, các cơ quan phải … đã công bố tại Quyết định số
            # 2158": a new clause with its own subject ends the trigger's reach.
            outside = []
        if outside:
            work.role, work.trigger = outside[-1].kind, outside[-1]
        elif previous is not None and not relate.CLAUSE_BREAK.search(text, _end_with_subject(previous), work.start):
            work.role, work.trigger = previous.role if previous.role != Role.SELF else Role.CITES, previous.trigger
        else:
            work.role, work.trigger = Role.CITES, None
    # Roles stay as the triggers say even when no document of the article's own was found: a
    # missed own document should not also cost every role.
    if self_cluster is not None:
        # A repeat with no trigger of its own ("Phổ biến tinh thần của Công điện 968 …") keeps
        # the role its document has where the text says what the article does with it.
        implemented = {w.cluster for w in works if w.role == Role.IMPLEMENTS and w.trigger is not None}
        for work in works:
            if work.trigger is None and work.role == Role.CITES and work.cluster in implemented \
                    and work.start < related_from:
                work.role = Role.IMPLEMENTS
    if self_cluster is not None:
        self_index = next(i for i, w in enumerate(works) if w.cluster == self_cluster)
        for i, work in enumerate(works):
            if work.role in (Role.IMPLEMENTS, Role.CITES) and (work.raw.number is not None or work.raw.kind == "law"):
                distance = work.start - work.trigger.end if work.trigger else None
                confidence = 0.6 if work.trigger is None else (0.9 if distance is not None and distance < 60 else 0.75)
                relations.append(StatedRelation(self_index, i, work.role, work.trigger.phrase if work.trigger else None, confidence))
    return relations


def _end_with_subject(work: _Work) -> int:
    return max(work.end, work.title_span[1]) if work.title_span else work.end


def _inside(position: int, span: tuple[int, int]) -> bool:
    return span[0] <= position < span[1]


def _list_head_triggers(text, triggers, sentences, index) -> list[relate.Trigger]:
    """The triggers of the sentence that opens a bulleted list ("Thực hiện các văn bản sau:")."""
    while index > 0 and relate.BULLET.match(text, sentences[index][0]):
        index -= 1
    start, end = sentences[index]
    if not text[start:end].rstrip().endswith(":"):
        return []
    return [t for t in triggers if start <= t.start < end]


def _named_province(issuer: resolve.Issuer | None, on_date: date | None) -> str | None:
    """The province a provincial body is named with ("UBND tỉnh Sơn La"), as named on `on_date`.
    A district or commune named like a province ("huyện Thạnh Hóa", "phường Bắc Giang") is not."""
    if issuer is None or not issuer.place or issuer.level not in ("provincial", "department"):
        return None
    from lineage.data import canonical_province, province_at

    named = canonical_province(issuer.place)
    return province_at(named, on_date) if named else None


def _place(source, text, works, self_cluster, on_date, signer_book) -> ProvinceGuess:
    self_work = next((w for w in works if w.cluster == self_cluster), None) if self_cluster is not None else None
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


def _finish(norm, original: str, work: _Work, sentences, guess: ProvinceGuess) -> Mention:
    start, end = norm.original_span(work.start, work.end)
    s_start, s_end = norm.original_span(*sentences[work.sentence])
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
            return issuer.name.replace("UBND tỉnh", "UBND thành phố").replace("HĐND tỉnh", "HĐND thành phố").replace("Tỉnh ủy", "Thành ủy")
    return issuer.name
