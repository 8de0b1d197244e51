"""Which document is the article's own: the one it reports as newly issued.

Every mention the text reports as issued ("vừa ký ban hành Công văn số …", "Số: 12/CT-UBND") takes
its date and issuer from around its verb (`complete_issued`); the article's own is the first of
them that is recent and, when the centre's telegram is retold beside a province's answer, local.
A document issued without a number is named by its type word ("UBND tỉnh vừa ban hành Kế hoạch
triển khai …").
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from lineage.ingest import relate, resolve
from lineage.ingest.drafts import Draft, cluster, draft_mention
from lineage.ingest.models import Role
from lineage.ingest.find import DATE_RE, TYPE_RE, RawMention

HEADER_REACH = 240  # characters above a "Số:" line where the issuing body is written
_JUST = re.compile(r"(?<!\w)(?i:vừa|mới)(?!\w)")
# "thay mặt Ban Thường vụ Thành ủy, Phó Bí thư … đã ký": the body signed for is the issuer.
_ON_BEHALF = re.compile(r"(?i:thay mặt|t/m|tm\.)\s*$")
# "Ngày 15/11, Chủ tịch UBND tỉnh … ký ban hành …": a date earlier in the issuing sentence.
# "Chiều 5/9, Thủ tướng đã ký …" and "Tối 8/7, UBND Thành phố ban hành …" as well.
_SENTENCE_DATE = re.compile(
    r"(?i:ngày|hôm|sáng|trưa|chiều|tối|đêm)(?:\s+(?i:ngày))?\s+" + DATE_RE + r"(?!\d)"
)
# A sentence that opens with its date ("Ngày 8/7/2025, …").
_OPENING_DATE = re.compile(r"\s*" + _SENTENCE_DATE.pattern)
# "Đồng Nai, ngày 25 tháng 10 năm 2023": an official text's place-date line.
_PLACE_DATE = re.compile(r"[A-ZĐ][\w .-]{1,40},\s*(?i:ngày)\s+" + DATE_RE + r"(?!\d)")
# "… mà Chủ tịch UBND tỉnh ký ngày 26/10": a date after the issuing verb.
# A document database's record: "Ngày ban hành: 2025-11-03" or "Ngày ban hành: 03/11/2025".
_METADATA_DATE = re.compile(
    r"(?i:ngày ban hành)\s*:?\s*(?:(?P<py>\d{4})-(?P<pm>\d{1,2})-(?P<pd>\d{1,2})|" + DATE_RE + r")(?!\d)"
)
_SIGNED_ON = re.compile(r"(?i:ký|ban hành|gửi)[^.;\n]{0,40}?(?i:ngày|hôm)\s+" + DATE_RE + r"(?!\d)")

# "việc ban hành kế hoạch" (the issuing of plans) names no document.
_UNNUMBERED_SELF = re.compile(
    r"(?<!\w)(?<!(?i:việc) )(?:(?i:ban hành)|(?<!đề )(?<!đưa )(?<!nêu )(?i:ra))\s+(?P<type>"
    + TYPE_RE
    + r")(?!\s+(?i:số\s*)?\d)"
)


# A document issued more than this long before the article is background, not the article's
# news ("Chủ tịch UBND tỉnh đã ký Chỉ thị số 12/CT-UBND ngày 25 tháng 10 năm 2023" in a 2024 report).
SELF_MAX_AGE_DAYS = 60


def choose_self(text: str, works: list[Draft], issued: list[int], published: date | None) -> list[int]:
    def recent(work: Draft) -> bool:
        if work.symbol is None and work.year is None:
            # "Ban Thường vụ Tỉnh ủy cũng đã có Chỉ thị 21": a loose, undated mention is news only
            # when the text says it is new.
            return bool(_JUST.search(text, max(0, work.start - 40), work.start))
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


def unnumbered_issued(text: str, works: list[Draft], sentences, published: date | None) -> list[Draft]:
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
        found.append(draft_mention(text, raw, bisect.bisect_right(starts, start) - 1, published))
    return found


def coordinated_with_self(
    text: str, works: list[Draft], self_cluster: int | None, issued: list[int] = ()
) -> set[int]:
    """Clusters of documents issued together with the own one: "UBND tỉnh ban hành Quyết định số
    187/QĐ-UBND … và Chỉ thị số 02/CT-UBND …", or "… ký Quyết định số 21/2024/QĐ-TTg …, đồng
    thời ký Quyết định số 1412/QĐ-TTg" issues two documents."""
    also: set[int] = set()
    if self_cluster is None:
        return also
    own = [w for w in works if w.cluster == self_cluster]
    for i in issued:
        work = works[i]
        if work.cluster != self_cluster and any(
            o.sentence == work.sentence and o.start < work.start and o.issuer and work.issuer
            and resolve.issuer_category(o.issuer.name) == resolve.issuer_category(work.issuer.name)
            for o in own
        ):
            also.add(work.cluster)
    for previous, work in zip(works, works[1:]):
        if work.cluster == self_cluster or work.raw.number is None or work.sentence != previous.sentence:
            continue
        if previous.cluster != self_cluster and previous.cluster not in also:
            continue
        gap_start = previous.title_span[1] if previous.title_span else previous.end
        if not _TOGETHER.match(text[gap_start : work.start]):
            continue
        # "Thông báo kết luận số 182-TB/TW về tiếp tục thực hiện Chỉ thị số 42-CT/TW": a document
        # named in the own one's subject is what it acts on, not a second own document.
        if relate.find_triggers(text[previous.end : work.start]):
            continue
        if work.year and previous.year and work.year < previous.year:
            continue
        if (
            work.issuer
            and previous.issuer
            and resolve.issuer_category(work.issuer.name) != resolve.issuer_category(previous.issuer.name)
        ):
            continue
        also.add(work.cluster)
    return also


_TOGETHER = re.compile(r"^[\s,;]*(?i:và|cùng)?\s*$")


def settle_own_document(
    text: str, works: list[Draft], sentences, published: date | None
) -> tuple[list[Draft], int | None, set[int]]:
    """Find the article's own document and group mentions by document.

    Returns the drafts (with any unnumbered own-document mention added), the cluster of the own
    document (None when the text issues nothing) and the clusters of documents issued with it.
    """
    # Every document the text reports as issued ("Ngày 19/10, Sở Nội vụ đã có Công văn số …")
    # takes its date and issuer from its sentence, before mentions are grouped by document.
    issued = [
        i
        for i, w in enumerate(works)
        if w.raw.number is not None
        and relate.issued_here(text, w.start, w.raw.core_end, sentences[w.sentence][0])
    ]
    complete_issued(text, works, issued, sentences, published)
    issued_drafts = [works[i] for i in issued]  # the list of works may grow below
    self_indices = choose_self(text, works, issued, published)
    unnumbered = [] if self_indices else unnumbered_issued(text, works, sentences, published)
    # "Trảng Bom ra kế hoạch …" in the headline, "UBND huyện ban hành Kế hoạch kiểm tra …" in the
    # body: one plan without a number, mentioned twice. (A numbered own document has no such
    # mention: its type word alone is as vague as "Kế hoạch này".)
    unnumbered = [u for u in unnumbered if u.doc_type == unnumbered[0].doc_type]
    if unnumbered:
        works = sorted([*works, *unnumbered], key=lambda w: w.start)
        self_indices = [works.index(unnumbered[0])]
        complete_issued(text, works, [works.index(u) for u in unnumbered], sentences, published)
    cluster(works)
    self_cluster = works[self_indices[0]].cluster if self_indices else None
    for extra in unnumbered:
        extra.cluster = self_cluster
    for work in works:
        if work.cluster == self_cluster:
            work.role = Role.SELF
    reference = published or first_self_date(works, self_indices)
    also_self = coordinated_with_self(text, works, self_cluster, [works.index(w) for w in issued_drafts])
    complete_issued(
        text, works, [i for i, w in enumerate(works) if w.cluster in also_self], sentences, reference
    )
    return works, self_cluster, also_self


def first_self_date(works: list[Draft], self_indices: list[int]) -> date | None:
    return works[self_indices[0]].date if self_indices else None


def complete_issued(text, works, indices, sentences, reference) -> None:
    """A document reported as issued often has its date and issuer around the verb, not in its
    citation: "Ngày 15/11, Chủ tịch UBND tỉnh Hà Tĩnh … ký ban hành Công văn số 6466/UBND-NC2",
    "Công văn số 4012 mà Chủ tịch UBND tỉnh ký ngày 26/10", or an official text's place-date
    line below its "Số: …" header."""
    for i in indices:
        work = works[i]
        sentence_start, sentence_end = sentences[work.sentence]
        if work.date is None:
            # Not a date inside another citation ("Thực hiện Công điện số 81/CĐ-TTg ngày 18/8/2024,
            # Bộ Y tế vừa có Công điện số 1198/CĐ-BYT" is not dated 18/8).
            dates = [
                d
                for d in _SENTENCE_DATE.finditer(text, sentence_start, work.start)
                if not any(w.start <= d.start() < w.end for w in works)
            ]
            signed = _SIGNED_ON.search(text, work.end, sentence_end)
            found = dates[-1] if dates else (signed if signed and signed.start() - work.end < 80 else None)
            if found is None and work.sentence > 0:
                # "Ngày 8/7/2025, Ban Chấp hành … họp. Trên cơ sở thảo luận, Đảng ủy phường ban hành …"
                previous_start, previous_end = sentences[work.sentence - 1]
                if "\n" not in text[previous_end - 1 : sentence_start + 1]:
                    found = _OPENING_DATE.match(text, previous_start)
            if found is None and relate.NUMBER_HEADER.match(text, work.start):
                found = _PLACE_DATE.search(text, work.end, work.end + 200)  # "Đồng Nai, ngày 25 tháng 10 …"
                found = found or _METADATA_DATE.search(text, max(0, work.start - 300), work.end + 300)
            if found:
                work.date, problem = resolve.parse_date(found, reference)
                if problem:
                    work.problems.append(problem)
        # A Party text's header names the committee ("TỈNH ỦY QUẢNG BÌNH") even when its Standing
        # Board issues it; the symbol's code knows better there.
        party = work.symbol is not None and work.symbol.party
        if not work.issuer_from_text and not party and relate.NUMBER_HEADER.match(text, work.start):
            header = _header_issuer(text, work.start)
            if header and resolve.compatible(header, resolve.issuer_from_code(work.symbol, work.doc_type)):
                work.issuer, work.issuer_from_text = header, True
        if not work.issuer_from_text:
            subject = _last_issuer(text, sentence_start, work.start)
            if subject and resolve.compatible(subject, resolve.issuer_from_code(work.symbol, work.doc_type)):
                work.issuer, work.issuer_from_text = subject, True


def _header_issuer(text: str, number_line: int) -> resolve.Issuer | None:
    """The body at the head of an official text, above its "Số: …" line, often on two lines
    ("ỦY BAN NHÂN DÂN\nHUYỆN THỌ XUÂN")."""
    above = text[max(0, number_line - HEADER_REACH) : number_line]
    joined = re.sub(r"[^\S\n]*\n[^\S\n]*", " ", above)  # same length is not needed: names only
    return _last_issuer(joined, 0, len(joined))


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
