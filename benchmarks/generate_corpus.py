"""Synthetic Vietnamese news articles about directives, with the lineage they state, for benchmarks.

Every document here is invented: central roots carry numbers from 9100 up (Công điện 9101/CĐ-TTg,
Chỉ thị 9104-CT/TW, …) so that nobody takes them for real ones; provincial, department, district
and commune documents answer them with ordinary-looking numbers. Provinces and places are real
(data/provinces.json, data/places.csv) and named as they were on the document's date: the 63
provinces and their districts before 1 July 2025, the 34 units and their communes after.

    python benchmarks/generate_corpus.py --articles 10000 --out /tmp/corpus --seed 1
    python benchmarks/generate_corpus.py --articles 5000 --fanout 5000 --format jsonl --out /tmp/fan

writes the articles (one .txt each, or one corpus.jsonl of crawl records) and manifest.json, which
lists every document with its true fields and every lineage edge the texts state
(source implements/cites target, ids as lineage.graph.ids.document_id makes them).

In-process use (benchmarks/ is not a package, so put it on the path):

    sys.path.insert(0, str(repo_root / "benchmarks"))
    from generate_corpus import generate
    for name, text, truth in generate(100_000, seed=1):
        ...

`truth` holds "self", "implements", "cites" (document ids), "documents" (the fields of documents
this article mentions, keyed by id), "province", "published" and "level".
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache
from pathlib import Path

from lineage.graph.ids import document_id, full_number, slugify

DATA = Path(__file__).resolve().parent.parent / "data"
MERGER = date(2025, 7, 1)  # Resolution 202/2025/QH15: 34 units, no district level from this day
FIRST_DAY, LAST_DAY = date(2019, 1, 1), date(2026, 3, 31)


@dataclass(frozen=True)
class Doc:
    doc_type: str
    number: str
    symbol: str
    date: str  # ISO
    issuer: str  # national form: "Thủ tướng Chính phủ", "UBND tỉnh", "Sở Nội vụ", "UBND huyện"
    level: str  # central | provincial | department | district | commune
    province: str | None
    title: str
    body: str  # how the article names the issuing body: "UBND huyện Cẩm Xuyên"

    @property
    def key(self) -> tuple:
        """What makes two documents one (CONVENTIONS.md): cheap to compare, unlike the slug id."""
        return (self.doc_type, self.number, self.symbol, self.date[:4], self.province)

    @cached_property
    def id(self) -> str:
        return _id_template(self.doc_type, self.symbol, self.province).format(n=int(self.number), y=self.date[:4])

    @property
    def day(self) -> date:
        return date.fromisoformat(self.date)

    @cached_property
    def _fields(self) -> dict:
        fields = {name: getattr(self, name) for name in self.__dataclass_fields__}
        fields.update(year=int(self.date[:4]), scope="central" if self.province is None else "local")
        return fields

    def fields(self) -> dict:
        return dict(self._fields)


# Slugging Vietnamese text is the costliest step of generation, and type, symbol and province
# repeat endlessly: slug them once through document_id itself, with placeholders for the rest.
_NUMBER_MARK, _YEAR_MARK = "918273", 1066


@lru_cache(maxsize=None)
def _id_template(doc_type: str, symbol: str, province: str | None) -> str:
    sample = document_id(doc_type, _NUMBER_MARK, symbol, _YEAR_MARK, province=province)
    return sample.replace(_NUMBER_MARK, "{n}").replace(str(_YEAR_MARK), "{y}")


# --- places -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Province:
    name: str
    city: bool  # centrally run: "thành phố Hà Nội", "UBND thành phố", "Thành ủy"
    units: tuple[tuple[str, str], ...]  # (kind, name): districts before 2025, communes after


@lru_cache(maxsize=1)
def provinces() -> dict[str, tuple[Province, ...]]:
    """The 63 provinces ("pre") and the 34 units ("post"), each with its places."""
    table = json.loads((DATA / "provinces.json").read_text(encoding="utf-8"))
    units: dict[tuple[str, str], list[tuple[str, str]]] = {}
    with (DATA / "places.csv").open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            wanted = "district" if row["era"] == "pre" else "commune"
            if row["level"] == wanted:
                units.setdefault((row["era"], row["province"]), []).append((row["kind"], row["name"]))
    return {
        era: tuple(
            Province(p["name"], p["centrally_run"], tuple(units.get((era, p["name"]), [])[:40]))
            for p in table[key]
        )
        for era, key in (("pre", "pre2025"), ("post", "post2025"))
    }


@lru_cache(maxsize=1)
def provinces_by_name() -> dict[tuple[str, str], Province]:
    return {(era, p.name): p for era, units in provinces().items() for p in units}


def era_of(day: date) -> str:
    return "pre" if day < MERGER else "post"


def place_phrase(province: Province) -> str:
    """ "thành phố Hà Nội" or "tỉnh Hà Tĩnh"."""
    return f"{'thành phố' if province.city else 'tỉnh'} {province.name}"


# --- documents --------------------------------------------------------------------------------

THEMES = [
    ("chấn chỉnh kỷ luật, kỷ cương hành chính", "siết kỷ luật, kỷ cương hành chính"),
    ("đẩy nhanh tiến độ giải ngân vốn đầu tư công", "tăng tốc giải ngân đầu tư công"),
    ("tăng cường phòng, chống thiên tai mùa mưa bão", "chủ động ứng phó mưa bão"),
    ("tổ chức đón Tết Nguyên đán vui tươi, an toàn, tiết kiệm", "lo Tết chu đáo, tiết kiệm"),
    ("nâng cao chất lượng giải quyết thủ tục hành chính", "giải quyết hồ sơ đúng hạn cho dân"),
    ("đẩy mạnh chuyển đổi số trong cơ quan nhà nước", "đẩy mạnh chuyển đổi số"),
    ("tăng cường phòng cháy, chữa cháy tại khu dân cư", "siết công tác phòng cháy, chữa cháy"),
    ("chấn chỉnh trách nhiệm người đứng đầu trong xử lý công việc", "đề cao trách nhiệm người đứng đầu"),
]
CENTRAL_KINDS = [  # (type, symbol, issuer, weight)
    ("Công điện", "CĐ-TTg", "Thủ tướng Chính phủ", 5),
    ("Chỉ thị", "CT-TTg", "Thủ tướng Chính phủ", 3),
    ("Chỉ thị", "CT/TW", "Ban Bí thư", 1),
    ("Nghị quyết", "NQ-CP", "Chính phủ", 1),
]
DEPARTMENTS = [("Nội vụ", "SNV"), ("Tài chính", "STC"), ("Y tế", "SYT"), ("Tư pháp", "STP"),
               ("Giáo dục và Đào tạo", "SGDĐT"), ("Xây dựng", "SXD"), ("Công Thương", "SCT")]
NCKS_UNITS = ["NC", "NC2", "NCKS", "TH", "KGVX", "NV", "KTN"]


@dataclass(frozen=True)
class Law:
    """A law cited by name and date ("Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008")."""

    title: str  # without the word "Luật", as ids.document_id wants it
    day: date

    @cached_property
    def id(self) -> str:
        return document_id("Luật", None, None, self.day.year, title=self.title)

    def fields(self) -> dict:
        return {"doc_type": "Luật", "number": None, "symbol": None, "year": self.day.year,
                "date": self.day.isoformat(), "issuer": "Quốc hội", "level": "central", "province": None,
                "scope": "central", "title": self.title, "body": "Quốc hội"}

    def citation(self) -> str:
        return f"Luật {self.title} ngày {self.day.day} tháng {self.day.month} năm {self.day.year}"


LAWS = [Law("Tổ chức chính quyền địa phương", date(2015, 6, 19)),
        Law("Cán bộ, công chức", date(2008, 11, 13)),
        Law("Ban hành văn bản quy phạm pháp luật", date(2015, 6, 22))]


def dated(day: date, rng: random.Random, article_year: int | None = None) -> str:
    """A date as real texts write it, in one of several forms."""
    roll = rng.random()
    if roll < 0.5:
        return f"ngày {day.day}/{day.month}/{day.year}"
    if roll < 0.7:
        return f"ngày {day.day:02d}/{day.month:02d}/{day.year}"
    if roll < 0.9 or article_year != day.year:
        return f"ngày {day.day} tháng {day.month} năm {day.year}"
    return f"ngày {day.day}/{day.month}"  # year implied by the article


def noisy(text: str, rng: random.Random) -> str:
    """Spelling noise of real pages, now and then: old tone placement, non-breaking spaces."""
    roll = rng.random()
    if roll < 0.08:
        return text.replace("Tỉnh ủy", "Tỉnh uỷ").replace("hóa", "hoá")
    if roll < 0.14:
        return text.replace(" của ", " của\u00a0").replace(" Ban Thường vụ ", "\u00a0Ban Thường vụ\u00a0")
    return text


def number_text(doc: Doc, rng: random.Random) -> str:
    """ "968/CĐ-TTg", sometimes in ASCII ("968/CD-TTg") or garbled ("46 -CT/TU")."""
    text = full_number(doc.number, doc.symbol)
    roll = rng.random()
    if roll < 0.04:
        return text.replace("Đ", "D")
    if roll < 0.07 and "-" in text and "/" in text.split("-", 1)[1]:
        return text.replace("-", " -", 1)
    return text


def cite(doc: Doc, rng: random.Random, article_year: int, issuer_text: str) -> str:
    """A full citation of `doc` in one of the forms real texts use."""
    number = number_text(doc, rng)
    when = dated(doc.day, rng, article_year)
    roll = rng.random()
    if roll < 0.55:
        return f"{doc.doc_type} số {number} {when} của {issuer_text}"
    if roll < 0.75:
        return f"{doc.doc_type} số {number} của {issuer_text} {when}"
    if roll < 0.9:
        return f"những nội dung chỉ đạo của {issuer_text} tại {doc.doc_type} số {number} {when}"
    return f"{doc.doc_type} {number} {when}"


def sentence_case(text: str) -> str:
    """First letter upper, the rest untouched (str.capitalize would lower "Tết", "Ban Bí thư")."""
    return text[:1].upper() + text[1:]


def loose(doc: Doc) -> str:
    return f"{doc.doc_type} {doc.number}"


# --- text ---------------------------------------------------------------------------------------

FILLER = [
    "Thời gian qua, việc chấp hành giờ giấc và quy chế làm việc ở nhiều nơi đã tiến bộ, song vẫn còn cán bộ làm việc cầm chừng, ngại va chạm.",
    "Người dân và doanh nghiệp phản ánh một số hồ sơ bị yêu cầu bổ sung nhiều lần, mỗi lần một ý, kéo dài thời gian chờ đợi.",
    "Các đơn vị phải công khai quy trình, thời hạn giải quyết và số điện thoại đường dây nóng tại nơi tiếp nhận hồ sơ.",
    "Người đứng đầu chịu trách nhiệm trực tiếp nếu để cấp dưới vi phạm mà không phát hiện, xử lý kịp thời.",
    "Việc đánh giá, xếp loại cán bộ cuối năm phải dựa trên sản phẩm cụ thể, đo đếm được, tránh nể nang, cào bằng.",
    "Các cuộc họp cần được rút gọn, tài liệu gửi trước qua hệ thống điện tử để dành thời gian cho việc quyết định.",
    "Đoàn kiểm tra sẽ làm việc cả theo kế hoạch lẫn đột xuất, không báo trước, tập trung vào những nơi có nhiều phản ánh.",
    "Những việc vượt thẩm quyền phải được báo cáo lên cấp trên bằng văn bản, nêu rõ đề xuất, không để tồn đọng.",
    "Kết quả thực hiện được tổng hợp hằng quý và là một tiêu chí bình xét thi đua, khen thưởng của cơ quan, đơn vị.",
    "Cổng Dịch vụ công và các kênh tiếp nhận phản ánh trực tuyến phải được theo dõi hằng ngày, trả lời đúng hạn.",
    "Cán bộ, công chức không được tự ý đặt thêm thủ tục, giấy tờ ngoài quy định khi giải quyết công việc cho dân.",
    "Kinh phí thực hiện được bố trí trong dự toán năm của các đơn vị theo phân cấp ngân sách hiện hành.",
]


def paragraphs(rng: random.Random, count: int) -> list[str]:
    return rng.sample(FILLER, count)


def places_line(province: Province, rng: random.Random) -> str | None:
    if len(province.units) < 2:
        return None
    picks = rng.sample(province.units, 2)
    named = ", ".join(f"{kind} {name}" for kind, name in picks)
    return f"Tại {named}, bộ phận một cửa được yêu cầu báo cáo tình hình thực hiện mỗi tháng một lần."


def header_line(published: date, rng: random.Random) -> str:
    """The date line under a headline, sometimes with a portal's unrelated date above it."""
    line = f"{published.day:02d}/{published.month:02d}/{published.year} {rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}"
    if rng.random() < 0.15:
        portal_day = published + timedelta(days=rng.randint(30, 700))
        line = f"Hôm nay: {portal_day.day}/{portal_day.month}/{portal_day.year}\n\n{line}"
    return line


# --- the generator ----------------------------------------------------------------------------


class _World:
    """What has been issued so far, so that later articles can answer earlier documents."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.taken: set[tuple] = set()  # Doc.key of every document issued
        self.roots: list[Doc] = []
        self.by_province: dict[str, list[Doc]] = {}  # provincial documents, by province name
        self.province_order: list[str] = []  # the keys of by_province, in order of appearance

    def unique(self, make) -> Doc:
        """A document from `make(number_bump)` whose id no earlier document has."""
        for bump in range(1000):
            doc = make(bump)
            if doc.key not in self.taken:
                self.taken.add(doc.key)
                return doc
        raise RuntimeError("could not find a free document number")

    def root(self, index: int) -> Doc:
        kinds = [k for k in CENTRAL_KINDS for _ in range(k[3])]
        doc_type, symbol, issuer, _ = self.rng.choice(kinds)
        day = FIRST_DAY + timedelta(days=self.rng.randrange((LAST_DAY - FIRST_DAY).days - 200))
        theme = self.rng.choice(THEMES)[0]
        return self.unique(lambda bump: Doc(doc_type, str(9100 + index + bump), symbol, day.isoformat(),
                                            issuer, "central", None, theme, issuer))

    def provincial(self, after: date, theme: str) -> Doc:
        day = min(after + timedelta(days=self.rng.randint(3, 120)), LAST_DAY)
        province = self.rng.choice(provinces()[era_of(day)])
        city = province.city
        roll = self.rng.random()
        if roll < 0.3:
            doc_type, symbol, issuer = "Chỉ thị", "CT-UBND", "UBND thành phố" if city else "UBND tỉnh"
            number = self.rng.randint(1, 45)
        elif roll < 0.65:
            doc_type, issuer = "Công văn", "UBND thành phố" if city else "UBND tỉnh"
            symbol, number = f"UBND-{self.rng.choice(NCKS_UNITS)}", self.rng.randint(100, 8999)
        elif roll < 0.85:
            doc_type, symbol, issuer = "Kế hoạch", "KH-UBND", "UBND thành phố" if city else "UBND tỉnh"
            number = self.rng.randint(10, 450)
        else:
            doc_type, symbol = self.rng.choice([("Chỉ thị", "CT/TU"), ("Kết luận", "KL/TU")])
            issuer = "Ban Thường vụ Thành ủy" if city else "Ban Thường vụ Tỉnh ủy"
            number = self.rng.randint(1, 60)
        body = f"{issuer} {province.name}"
        doc = self.unique(lambda bump: Doc(doc_type, str(number + bump), symbol, day.isoformat(), issuer,
                                           "provincial", province.name, theme, body))
        if province.name not in self.by_province:
            self.province_order.append(province.name)  # a list, for a choice that is seed-stable
        self.by_province.setdefault(province.name, []).append(doc)
        return doc

    def local(self, parent: Doc) -> Doc:
        """A department, district or commune document answering a provincial one."""
        day = parent.day + timedelta(days=self.rng.randint(2, 45))
        if era_of(parent.day) == "pre":
            day = min(day, MERGER - timedelta(days=1))  # the body must still exist on that day
        day = min(day, LAST_DAY)
        era = era_of(day)
        province = provinces_by_name()[(era, parent.province)]
        if self.rng.random() < 0.5 or not province.units:
            name, abbr = self.rng.choice(DEPARTMENTS)
            issuer, level, body = f"Sở {name}", "department", f"Sở {name} {province.name}"
            symbol = self.rng.choice([f"KH-{abbr}", f"{abbr}-VP"])
        else:
            kind, place = self.rng.choice(province.units)
            issuer, body = f"UBND {kind}", f"UBND {kind} {place}"
            level = "district" if era == "pre" else "commune"
            symbol = self.rng.choice(["KH-UBND", "UBND-VP"])
        doc_type = "Kế hoạch" if symbol.startswith("KH") else "Công văn"
        number = self.rng.randint(5, 3000)
        return self.unique(lambda bump: Doc(doc_type, str(number + bump), symbol, day.isoformat(), issuer,
                                            level, province.name, parent.title, body))


def _central_article(doc: Doc, earlier: Doc | None, published: date, rng: random.Random) -> tuple[str, list[Doc]]:
    year = doc.day.year
    lines = [f"{doc.issuer} yêu cầu {doc.title}", header_line(published, rng),
             f"{sentence_case(dated(doc.day, rng))}, {doc.issuer} đã ban hành {doc.doc_type} số "
             f"{full_number(doc.number, doc.symbol)} về {doc.title} trên phạm vi cả nước."]
    cited = []
    if earlier is not None:
        lines.append(f"Văn bản nhắc lại những yêu cầu đã nêu tại {cite(earlier, rng, year, earlier.issuer)}, "
                     "trong đó nhiều nội dung đến nay chưa được các địa phương thực hiện đầy đủ.")
        cited.append(earlier)
    lines += paragraphs(rng, 2)
    lines.append(f"Các bộ, ngành và địa phương báo cáo kết quả thực hiện {loose(doc)} trước ngày 15 của tháng cuối quý.")
    return "\n\n".join(lines), cited


TRIGGERS = ["Thực hiện", "Triển khai", "Quán triệt và thực hiện", "Để cụ thể hóa"]


def _response_article(doc: Doc, parents: list[Doc], cited: list[Doc | Law], province: Province,
                      published: date, rng: random.Random) -> str:
    year = doc.day.year
    headline_theme = next((short for long, short in THEMES if long == doc.title), doc.title)
    lede_body = doc.body
    if doc.issuer.startswith("UBND") and rng.random() < 0.2:
        lede_body = f"Chủ tịch {doc.body}"  # documents of the chairman are the committee's
    lines = [f"{province.name}: {headline_theme}" if rng.random() < 0.6 else sentence_case(headline_theme),
             header_line(published, rng),
             f"{sentence_case(dated(doc.day, rng, year))}, {lede_body} ban hành {doc.doc_type} số "
             f"{full_number(doc.number, doc.symbol)} về {doc.title}."]
    citations = "; ".join(cite(p, rng, year, _issuer_text(p)) for p in parents)
    lines.append(noisy(f"{rng.choice(TRIGGERS)} {citations}, các cơ quan, đơn vị trên địa bàn "
                       f"{place_phrase(province)} được yêu cầu tập trung thực hiện các nội dung sau.", rng))
    body = paragraphs(rng, rng.randint(2, 4))
    line = places_line(province, rng) if doc.level in ("provincial",) else None
    if line:
        body.insert(1, line)
    lines += body
    for other in cited:
        if isinstance(other, Law):
            lines.append(f"Căn cứ {other.citation()}, các đơn vị rà soát lại quy chế làm việc của mình.")
        else:
            lines.append(f"Việc thực hiện bảo đảm thống nhất với {cite(other, rng, year, _issuer_text(other))} đã ban hành trước đó.")
    lines.append(f"Kết quả thực hiện {loose(doc)} được báo cáo định kỳ sáu tháng và cuối năm.")
    return "\n\n".join(lines)


def _issuer_text(target: Doc) -> str:
    """How an article of the same province names `target`'s issuer: without the place, as real
    texts do ("UBND tỉnh", "Ban Thường vụ Tỉnh ủy"); a provincial Chỉ thị is the chairman's."""
    if target.level == "provincial" and target.doc_type == "Chỉ thị" and target.issuer.startswith("UBND"):
        return f"Chủ tịch {target.issuer}"
    return target.issuer


def generate(n: int = 10_000, seed: int = 0, fanout: int = 0) -> Iterator[tuple[str, str, dict]]:
    """Yield `n` articles as (name, text, truth), the same ones for the same seed.

    `fanout` > 0 makes the first `fanout` response articles all carry out one root document
    (the first article's), for visualisations of a very wide lineage.
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    if fanout > n - 1 and fanout > 0:
        raise ValueError(f"a fan-out of {fanout} needs at least {fanout + 1} articles")
    rng = random.Random(seed)
    world = _World(rng)
    # A few dozen roots at most, as in life; with a fan-out, leave room for the fan.
    root_count = max(1, min(3 + n // 300, 60, n - fanout))
    for index in range(n):
        if index < root_count:
            doc = world.root(index)
            earlier = world.roots[-1] if world.roots and rng.random() < 0.4 else None
            published = doc.day + timedelta(days=rng.randint(0, 2))
            text, cited = _central_article(doc, earlier, published, rng)
            world.roots.append(doc)
            yield _emit(index, text, doc, [], cited, published)
            continue
        in_fanout = index - root_count < fanout
        wants_local = not in_fanout and world.by_province and rng.random() < 0.45
        if wants_local:
            province_name = rng.choice(world.province_order)
            parent = rng.choice(world.by_province[province_name][-20:])
            doc = world.local(parent)
            parents = [parent]
        else:
            roots = [world.roots[0]] if in_fanout else rng.sample(world.roots, min(len(world.roots), rng.choice((1, 1, 2))))
            theme = roots[0].title
            doc = world.provincial(max(r.day for r in roots), theme)
            parents = roots
        province = provinces_by_name()[(era_of(doc.day), doc.province)]
        cited: list[Doc | Law] = []
        if rng.random() < 0.25:
            cited.append(rng.choice(LAWS))
        if doc.level == "provincial" and rng.random() < 0.15:
            # Only the latest few: scanning the whole list would make generation quadratic.
            earlier = [d for d in world.by_province[doc.province][-10:] if d.date < doc.date]
            if earlier:
                cited.append(rng.choice(earlier))
        published = doc.day + timedelta(days=rng.randint(0, 3))
        text = _response_article(doc, parents, cited, province, published, rng)
        yield _emit(index, text, doc, parents, cited, published)


def _emit(index: int, text: str, doc: Doc, parents: list[Doc], cited: list[Doc | Law], published: date):
    truth = {
        "self": doc.id,
        "implements": [p.id for p in parents],
        "cites": [c.id for c in cited],
        "documents": {d.id: d.fields() for d in [doc, *parents, *cited]},
        "province": doc.province,
        "published": published.isoformat(),
        "level": doc.level,
    }
    name = f"{index:06d}_{slugify(doc.province) if doc.province else 'trung-uong'}"
    return name, text, truth


# --- command line -----------------------------------------------------------------------------


def write_corpus(out: Path, n: int, seed: int, fmt: str, fanout: int = 0) -> dict:
    """Write the articles and manifest.json under `out`; return the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    documents: dict[str, dict] = {}
    articles, edges, seen_edges = [], [], set()
    jsonl = (out / "corpus.jsonl").open("w", encoding="utf-8") if fmt == "jsonl" else None
    try:
        for name, text, truth in generate(n, seed, fanout):
            if jsonl is None:
                (out / f"{name}.txt").write_text(text, encoding="utf-8")
            else:
                record = {"url": f"https://synthetic.example/{name}", "text": text, "published": truth["published"]}
                jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
            for doc_id, fields in truth["documents"].items():
                documents.setdefault(doc_id, fields)
            for relation, targets in (("IMPLEMENTS", truth["implements"]), ("CITES", truth["cites"])):
                for target in targets:
                    if (truth["self"], target, relation) not in seen_edges:
                        seen_edges.add((truth["self"], target, relation))
                        edges.append([truth["self"], target, relation])
            articles.append({"name": name, **{k: v for k, v in truth.items() if k != "documents"}})
    finally:
        if jsonl is not None:
            jsonl.close()
    manifest = {"generator": "benchmarks/generate_corpus.py", "seed": seed, "format": fmt, "fanout": fanout,
                "article_count": len(articles), "documents": documents, "articles": articles, "edges": edges}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=0), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="how many articles (default 10000)")
    parser.add_argument("--out", type=Path, required=True, help="directory to write into")
    parser.add_argument("--seed", type=int, default=0, help="random seed: same seed, same corpus")
    parser.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    parser.add_argument("--fanout", type=int, default=0, help="articles that all carry out the first root")
    args = parser.parse_args(argv)
    try:
        manifest = write_corpus(args.out, args.articles, args.seed, args.format, args.fanout)
    except (ValueError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"wrote {manifest['article_count']} articles, {len(manifest['documents'])} documents, "
          f"{len(manifest['edges'])} edges to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
