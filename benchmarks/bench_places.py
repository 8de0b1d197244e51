"""Time province inference per article: `python benchmarks/bench_places.py [N]`.

Builds a ~5 KB article in the project's own words (bodies, places, a signer, passing mentions of
other provinces), then times the first call (which compiles the gazetteer) and N further calls.
"""

from __future__ import annotations

import sys
import time
from datetime import date

from lineage.ingest.places import SignerBook, find_places, infer_province

PARAGRAPH = (
    "Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải yêu cầu các sở, ban, ngành và UBND các huyện, thị xã, "
    "thành phố tăng cường kỷ luật, kỷ cương hành chính. Sở Nội vụ tỉnh Hà Tĩnh theo dõi, tổng hợp "
    "kết quả; đoàn kiểm tra làm việc tại xã Thạch Hạ, thành phố Hà Tĩnh và huyện Cẩm Xuyên. Kinh "
    "nghiệm của tỉnh Nghệ An và tỉnh Quảng Bình được giới thiệu tại hội nghị ở Hà Nội. "
)


def main(runs: int) -> None:
    article = "Hà Tĩnh: chấn chỉnh kỷ luật hành chính\n\n" + PARAGRAPH * 14
    article = article[:5000]
    on_date = date(2023, 11, 16)
    start = time.perf_counter()
    infer_province(article, on_date=on_date, site="baohatinh.vn")
    first = time.perf_counter() - start
    book = SignerBook()
    start = time.perf_counter()
    for _ in range(runs):
        guess = infer_province(article, on_date=on_date, site="baohatinh.vn", signer_book=book)
    each = (time.perf_counter() - start) / runs
    start = time.perf_counter()
    for _ in range(runs):
        places = find_places(article, on_date=on_date)
    each_find = (time.perf_counter() - start) / runs
    print(f"article: {len(article)} chars, {len(places)} places; guess {guess.name} ({guess.confidence})")
    print(f"first call (loads and compiles the gazetteer): {first * 1000:.0f} ms")
    print(f"infer_province: {each * 1000:.2f} ms per article over {runs} runs")
    print(f"find_places:    {each_find * 1000:.2f} ms per article over {runs} runs")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
