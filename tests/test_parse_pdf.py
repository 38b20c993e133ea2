"""The PDF reader on small drawn pages: one layout feature per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from miner.config import Settings
from miner.errors import InputError
from miner.parse import parse_path

from .pdfs import H, Page, W, grid_table, running, write

BODY = [
    "Kommunen ska arbeta systematiskt för att personer med funktionsnedsättning",
    "ska kunna delta i samhällslivet på lika villkor som andra. Arbetet följs upp",
    "varje år av kommunstyrelsen tillsammans med det kommunala funktionshinderrådet.",
]


def _body_page(title: str, header: bool = True):
    def draw(c, n, total):
        if header:
            running(c, n, total)
        p = Page(c)
        p.line(title, size=16, bold=True, gap=28)
        for line in BODY:
            p.line(line)
    return draw


def test_running_header_and_footer_are_removed_and_page_label_kept(tmp_path: Path) -> None:
    pdf = write(tmp_path / "plan.pdf", [_body_page(f"{i}. Avsnitt nummer {i}") for i in range(1, 5)])
    doc = parse_path(pdf)
    assert len(doc.pages) == 4
    assert "Uppsala kommun · Handlingsplan" not in doc.text
    assert "Sida 2 (4)" not in doc.text
    assert [p.label for p in doc.pages] == ["Sida 1 (4)", "Sida 2 (4)", "Sida 3 (4)", "Sida 4 (4)"]


def test_every_character_maps_to_its_page(tmp_path: Path) -> None:
    pdf = write(tmp_path / "plan.pdf", [_body_page(f"{i}. Avsnitt nummer {i}") for i in range(1, 4)])
    doc = parse_path(pdf)
    for page in doc.pages:
        heading = f"{page.number}. Avsnitt nummer {page.number}"
        at = doc.text.index(heading)
        assert doc.page_at(at) == page.number
        assert page.start <= at < page.end
    for block in doc.blocks:
        assert doc.page_at(block.start) == block.page
        assert block.bbox is not None and 0 <= block.bbox[0] < block.bbox[2] <= W


def test_paragraph_lines_are_joined_into_one_block(tmp_path: Path) -> None:
    doc = parse_path(write(tmp_path / "p.pdf", [_body_page("1. Inledning", header=False)]))
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [" ".join(BODY)]


def test_hyphenated_line_ends_are_joined(tmp_path: Path) -> None:
    def draw(c, n, total):
        p = Page(c)
        p.line("Alla verksamheter ska ha kunskap om hur personer med funktions-")
        p.line("nedsättning bemöts, och vård- och omsorgsnämnden ansvarar för BPSD-")
        p.line("registret samt för att e-")
        p.line("tjänsterna är tillgängliga.")
    doc = parse_path(write(tmp_path / "h.pdf", [draw]))
    assert "personer med funktionsnedsättning bemöts" in doc.text
    assert "vård- och omsorgsnämnden" in doc.text
    assert "BPSD-registret" in doc.text
    assert "e-tjänsterna" in doc.text


def test_heading_levels_from_size_and_numbering(tmp_path: Path) -> None:
    def draw(c, n, total):
        p = Page(c)
        p.line("Program för full delaktighet", size=22, bold=True, gap=36)
        p.line("1 Inledning", size=16, bold=True, gap=24)
        p.line(BODY[0])
        p.skip(10)
        p.line("1.1 Bakgrund", size=13, bold=True, gap=20)
        p.line(BODY[1])
        p.skip(10)
        p.line("Definitioner", size=11, bold=True, gap=16)
        p.line(BODY[2])
        p.skip(10)
        p.line("2 Mål och inriktning", size=16, bold=True, gap=24)
        p.line(BODY[0])
    doc = parse_path(write(tmp_path / "h.pdf", [draw]))
    heads = [(doc.text[b.start:b.end], b.level) for b in doc.headings()]
    assert heads == [("Program för full delaktighet", 1), ("1 Inledning", 1), ("1.1 Bakgrund", 2),
                     ("Definitioner", 3), ("2 Mål och inriktning", 1)]
    assert doc.metadata.title and doc.metadata.title.value == "Program för full delaktighet"


def test_bullet_list_items_with_wrapped_lines(tmp_path: Path) -> None:
    def draw(c, n, total):
        p = Page(c)
        p.line("Delmål", size=14, bold=True, gap=22)
        p.line("•  Alla kommunens lokaler ska vara tillgängliga för personer med", x=80)
        p.line("nedsatt rörelseförmåga senast 2027.", x=90)
        p.line("•  Informationen på webbplatsen ska finnas på lättläst svenska.", x=80)
        p.skip(8)
        p.line("Nämnderna redovisar arbetet i årsredovisningen.")
    doc = parse_path(write(tmp_path / "l.pdf", [draw]))
    items = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "list_item"]
    assert items == ["Alla kommunens lokaler ska vara tillgängliga för personer med nedsatt rörelseförmåga senast 2027.",
                     "Informationen på webbplatsen ska finnas på lättläst svenska."]
    assert any(doc.text[b.start:b.end].startswith("Nämnderna") and b.kind == "paragraph" for b in doc.blocks)


def test_two_column_page_is_read_column_by_column(tmp_path: Path) -> None:
    left = [f"Vänster spalt rad {i} om tillgänglighet i" for i in range(1, 10)]
    right = [f"Höger spalt rad {i} om delaktighet och" for i in range(1, 10)]

    def draw(c, n, total):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, H - 80, "Ordlista och begrepp")
        c.setFont("Helvetica", 10)
        for i, (a, b) in enumerate(zip(left, right, strict=True)):
            y = H - 110 - i * 13
            c.drawString(72, y, a)
            c.drawString(W / 2 + 12, y, b)
    doc = parse_path(write(tmp_path / "c.pdf", [draw]))
    assert doc.pages[0].columns == 2
    text = doc.text
    assert text.index("Vänster spalt rad 9") < text.index("Höger spalt rad 1")
    assert text.index("Ordlista och begrepp") < text.index("Vänster spalt rad 1")


def test_table_is_extracted_with_cells(tmp_path: Path) -> None:
    rows = [["Aktivitet", "Ansvarig", "Tidplan", "Koppling till artikel"],
            ["Inventera lokaler", "Tekniska nämnden", "2025", "9"],
            ["Utbilda personal", "Kommunstyrelsen", "2026", "8"]]

    def draw(c, n, total):
        p = Page(c)
        p.line("Åtgärder", size=14, bold=True)
        grid_table(c, rows, top=120, widths=[150, 130, 70, 110])
    doc = parse_path(write(tmp_path / "t.pdf", [draw]))
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert t.header == rows[0]
    assert [[c.text for c in r] for r in t.rows] == rows[1:]
    assert t.column("ansvar") == 1
    cell = t.rows[0][1]
    assert doc.text[cell.start:cell.end] == "Tekniska nämnden" and cell.page == 1
    # Table text is not duplicated as loose lines.
    assert doc.text.count("Inventera lokaler") == 1


def test_table_continuing_on_next_page_is_joined(tmp_path: Path) -> None:
    header = ["Aktivitet", "Ansvarig", "Tidplan"]
    first = [header] + [[f"Aktivitet {i}", "Socialnämnden", "2025"] for i in range(1, 6)]
    second = [header] + [[f"Aktivitet {i}", "Kultur- och fritidsnämnden", "2026"] for i in range(6, 9)]

    def page1(c, n, total):
        running(c, n, total)
        Page(c).line("3 Handlingsplan", size=14, bold=True)
        grid_table(c, first, top=130, widths=[150, 160, 80])

    def page2(c, n, total):
        running(c, n, total)
        grid_table(c, second, top=80, widths=[150, 160, 80])
    doc = parse_path(write(tmp_path / "t2.pdf", [page1, page2]))
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert t.pages == [1, 2]
    assert [r[0].text for r in t.rows] == [f"Aktivitet {i}" for i in range(1, 9)]
    assert doc.text.count("Aktivitet | Ansvarig | Tidplan") == 1


def test_toc_lines_are_not_headings(tmp_path: Path) -> None:
    def draw(c, n, total):
        p = Page(c)
        p.line("Innehåll", size=16, bold=True, gap=24)
        p.line("1 Inledning ........................................................ 3")
        p.line("2 Mål och delmål ................................................. 4")
        p.skip(20)
        p.line("1 Inledning", size=16, bold=True, gap=24)
        p.line(BODY[0])
    doc = parse_path(write(tmp_path / "toc.pdf", [draw]))
    toc = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "toc"]
    assert len(toc) == 2
    assert [doc.text[b.start:b.end] for b in doc.headings()] == ["Innehåll", "1 Inledning"]


def test_image_only_page_is_flagged(tmp_path: Path) -> None:
    def scanned(c, n, total):
        c.setFillGray(0.3)
        for i in range(30):
            c.rect(72, H - 100 - i * 20, 300 + (i % 3) * 40, 8, fill=1, stroke=0)
    doc = parse_path(write(tmp_path / "scan.pdf", [_body_page("1 Inledning"), scanned, _body_page("2 Mål")]))
    assert [p.has_text for p in doc.pages] == [True, False, True]
    assert any("page 2 has no text layer" in w for w in doc.warnings)
    assert doc.pages[1].start == doc.pages[1].end


@pytest.mark.parametrize(
    ("make", "status"),
    [
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_text("<html><body>Inte en pdf</body></html>"), "not-pdf"),
        (lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF"), "corrupt"),
    ],
)
def test_bad_files_raise_one_line_input_errors(tmp_path: Path, make, status: str) -> None:
    path = tmp_path / "dokument.pdf"
    make(path)
    with pytest.raises(InputError) as info:
        parse_path(path)
    assert info.value.status == status
    assert "\n" not in str(info.value) and str(path) in str(info.value)


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "hemlig.pdf"
    c = canvas.Canvas(str(path), encrypt=StandardEncryption("hemligt", ownerPassword="ägare", canPrint=0))
    c.drawString(72, 700, "Konfidentiellt")
    c.save()
    with pytest.raises(InputError) as info:
        parse_path(path)
    assert info.value.status == "encrypted"


def test_scanned_pdf_without_any_text(tmp_path: Path) -> None:
    def scanned(c, n, total):
        c.rect(72, 400, 300, 200, fill=1)
    with pytest.raises(InputError) as info:
        parse_path(write(tmp_path / "skannad.pdf", [scanned, scanned]))
    assert info.value.status == "no-text"


def test_too_many_pages(tmp_path: Path) -> None:
    pdf = write(tmp_path / "lang.pdf", [_body_page("1 Inledning")] * 3)
    with pytest.raises(InputError) as info:
        parse_path(pdf, settings=Settings(max_pages=2))
    assert info.value.status == "too-large"


def test_sentence_broken_by_a_page_break_is_one_block_with_true_pages(tmp_path: Path) -> None:
    def first(c, n, total):
        running(c, n, total)
        p = Page(c)
        p.line("1 Inledning", size=14, bold=True, gap=22)
        p.line("Kommunstyrelsen ansvarar för att handlingsplanen följs upp och att funktions-")

    def second(c, n, total):
        running(c, n, total)
        p = Page(c)
        p.line("hindersperspektivet finns med i all planering av kommunens verksamheter.")
        p.skip(10)
        p.line("2 Mål", size=14, bold=True, gap=22)
    doc = parse_path(write(tmp_path / "brott.pdf", [first, second, first]))
    sentence = ("Kommunstyrelsen ansvarar för att handlingsplanen följs upp och att funktionshindersperspektivet "
                "finns med i all planering av kommunens verksamheter.")
    start = doc.text.index(sentence)
    block = next(b for b in doc.blocks if b.start == start)
    assert block.end == start + len(sentence) and block.page == 1
    assert doc.page_at(start) == 1
    assert doc.page_at(doc.text.index("hindersperspektivet")) == 2
    assert doc.page_at(doc.text.index("2 Mål")) == 2
