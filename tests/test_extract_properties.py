"""Properties of the extractor on arbitrary text: it never fails, and what it reports is consistent.

Real crawls hold every kind of garbage (broken markup, half sentences, numbers everywhere, odd
Unicode). Hypothesis builds texts from the pieces citations are made of, shuffled with noise, and
checks what must hold for any input: no exception, spans that point at their surfaces in the
original text, mentions in order and apart, fields in their domains, relations between mentions
that exist.
"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lineage.ingest.extract import extract
from lineage.ingest.models import Role, Source

PIECES = [
    "Công điện", "công văn", "Chỉ thị", "Quyết định", "Nghị quyết", "Kế hoạch", "Luật", "Văn bản",
    "số", "Số:", " ", " ", "\n", "\n\n", ", ", "; ", ". ", ":", "(", ")", "-", "–", "/",
    "968", "12", "2023", "30/2020/NĐ-CP", "/CĐ-TTg", "-CT/TW", "/UBND-NC2", "CD-TTg", "C\u00d0-TTg",
    "ngày", "16/10/2023", "15/11", "32/13/2023", "16 tháng 10 năm 2023", "năm 2018",
    "của", "Thủ tướng Chính phủ", "Ban Thường vụ Tỉnh uỷ", "UBND tỉnh Đồng Nai", "UBND huyện",
    "Thực hiện", "triển khai", "căn cứ", "theo", "về việc", "vừa ký ban hành", "ban hành", "có",
    "Tin liên quan", "Chiều 5/9", "thay mặt", "Hà Tĩnh", "xã Châu Thới", "- ", "1. ", "\u00a0",
]

texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), min_size=0, max_size=60
).map("".join)


def _check(text: str) -> None:
    result = extract(Source(uri="prop", text=text, content_hash="h"))
    previous_end = 0
    for mention in result.mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.surface
        assert mention.start >= previous_end, "mentions overlap or are out of order"
        previous_end = mention.end
        assert mention.role in (Role.SELF, Role.IMPLEMENTS, Role.CITES)
        assert mention.scope in (None, "central", "local")
        assert 0 <= mention.document < len(result.mentions)
        assert mention.number is None or mention.number.isdigit()
    for relation in result.relations:
        assert 0 <= relation.source < len(result.mentions) and 0 <= relation.target < len(result.mentions)
        assert relation.relation in (Role.IMPLEMENTS, Role.CITES)
        assert 0.0 <= relation.confidence <= 1.0
    selves = [m for m in result.mentions if m.role == Role.SELF]
    assert len({m.document for m in selves}) <= 1, "one own document per article"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(texts)
def test_any_text_gives_consistent_mentions(text):
    _check(text)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(texts)
def test_decomposed_text_keeps_offsets_into_itself(text):
    _check(unicodedata.normalize("NFD", text))
