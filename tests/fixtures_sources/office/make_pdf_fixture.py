"""Rebuild cong_van_1234.pdf, the PDF fixture of tests/test_sources_office.py, from its LETTER.

Not run by the tests (the PDF is committed, so no font is needed at test time). To rebuild it,
fpdf2 (not a project dependency) and the DejaVu Sans font (Debian: fonts-dejavu-core) are needed:

    pip install --target /tmp/fpdf2lib fpdf2
    PYTHONPATH=/tmp/fpdf2lib .venv/bin/python tests/fixtures_sources/office/make_pdf_fixture.py

Page one holds the two-column header (left cell drawn before the right one, as Word exports it)
and the body; page two the last item, the signature block and a line written in NFD.
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # tests/, for the letter's text
from test_sources_office import LETTER

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
OUT = HERE / "cong_van_1234.pdf"


def build() -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2023, 10, 20, tzinfo=timezone.utc))  # fixed: same input, same bytes
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    pdf.set_margins(20, 20, 20)

    pdf.add_page()
    top = pdf.get_y()
    for line in LETTER["left"]:
        pdf.set_x(20)
        pdf.cell(70, 6, line, new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_y(top)
    for line in LETTER["right"]:
        pdf.set_x(100)
        pdf.cell(90, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(bottom, pdf.get_y()) + 8)
    for paragraph in LETTER["body"]:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.add_page()
    for paragraph in LETTER["page_two"]:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 6, LETTER["nfd"], new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(f"{OUT}: {OUT.stat().st_size} bytes")
