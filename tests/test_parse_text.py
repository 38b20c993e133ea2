"""Text, Markdown and HTML inputs, and the layout rules they share with PDFs."""

from __future__ import annotations

import pytest

from miner.errors import InputError
from miner.parse import parse_path, parse_text
from miner.parse.layout import HEADING_NUMBER, LIST_MARKER, TOC_LINE, clean_line, join_lines


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["personer med funktions-", "nedsättning ska"], "personer med funktionsnedsättning ska"),
        (["Vård-", "och omsorgsnämnden"], "Vård- och omsorgsnämnden"),
        (["kultur- och fritids-", "nämnden ansvarar"], "kultur- och fritidsnämnden ansvarar"),
        (["registreringar i BPSD-", "registret"], "registreringar i BPSD-registret"),
        (["under perioden 2024-", "2027"], "under perioden 2024-2027"),
        (["tillgängliga e-", "tjänster"], "tillgängliga e-tjänster"),
        (["Alla ska", "", "kunna delta"], "Alla ska kunna delta"),
    ],
)
def test_join_lines_undoes_only_real_hyphenation(lines: list[str], joined: str) -> None:
    assert join_lines(lines)[0] == joined


def test_clean_line_fixes_pdf_artefacts() -> None:
    assert clean_line("funk\u00adtions\u00a0ned sättning\x02") == "funktions ned sättning-"
    assert clean_line("\uf0b7  Alla  ska") == "• Alla ska"


@pytest.mark.parametrize(
    ("text", "number"),
    [("2.1 Mål för tillgänglighet", "2.1"), ("3. Uppföljning", "3"), ("1.2.3 Ansvar", "1.2.3")],
)
def test_numbered_heading_pattern(text: str, number: str) -> None:
    m = HEADING_NUMBER.match(text)
    assert m and m.group("num") == number


def test_patterns_reject_look_alikes() -> None:
    assert not HEADING_NUMBER.match("2024 antogs programmet")
    assert LIST_MARKER.match("• Alla ska ha tillgång")
    assert LIST_MARKER.match("a) Inventering av lokaler")
    assert LIST_MARKER.match("1) Utbildning")
    assert not LIST_MARKER.match("-registret")
    assert TOC_LINE.match("2.1 Delmål ........................ 7")
    assert not TOC_LINE.match("Kommunen har 2")


MD = """# Handlingsplan för tillgänglighet 2024–2027

Dokumenttyp: Handlingsplan
Beslutad av: Kommunfullmäktige
Beslutsdatum: 2024-03-18
Diarienummer: KS 2023/0412

## Innehåll
1 Inledning ........ 2
2 Mål ........ 3

## 1 Inledning
Luleå kommun ska vara en kommun där alla kan delta i samhällslivet på lika villkor och där
tillgänglighet är en självklar del av planeringen.

## 2 Mål
Kommunens mål är att:
- alla lokaler ska vara tillgängliga senast
  år 2027
- informationen ska finnas på lättläst svenska

| Aktivitet | Ansvarig | Tidplan |
|---|---|---|
| Inventera lokaler | Tekniska nämnden | 2025 |
"""


def test_markdown_structure() -> None:
    doc = parse_text(MD, source="plan.md")
    kinds = [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    assert ("heading", "Handlingsplan för tillgänglighet 2024–2027") in kinds
    assert ("heading", "1 Inledning") in kinds
    assert [t for k, t in kinds if k == "toc"] == ["1 Inledning ........ 2", "2 Mål ........ 3"]
    items = [t for k, t in kinds if k == "list_item"]
    assert items == ["alla lokaler ska vara tillgängliga senast år 2027", "informationen ska finnas på lättläst svenska"]
    para = [t for k, t in kinds if k == "paragraph" and t.startswith("Luleå")]
    assert para and para[0].endswith("en självklar del av planeringen.")
    assert doc.tables[0].header == ["Aktivitet", "Ansvarig", "Tidplan"]
    assert doc.tables[0].rows[0][1].text == "Tekniska nämnden"
    heads = {doc.text[b.start:b.end]: b.level for b in doc.headings()}
    assert heads["Handlingsplan för tillgänglighet 2024–2027"] == 1 and heads["1 Inledning"] == 2
    assert len(doc.pages) == 1 and doc.pages[0].end == len(doc.text.rstrip("\n"))


def test_metadata_lines_are_not_joined() -> None:
    doc = parse_text(MD)
    lines = doc.text.splitlines()
    assert "Dokumenttyp: Handlingsplan" in lines and "Beslutad av: Kommunfullmäktige" in lines


HTML = """<!DOCTYPE html><html><head><title>Funktionshinderspolitiskt program - Lidingö stad</title>
<script>var x = 1;</script></head><body><nav><a href="/">Hem</a></nav>
<h1>Funktionshinderspolitiskt program</h1>
<p>Lidingö stads program antogs av kommunfullmäktige.</p>
<h2>Mål</h2><ul><li>Alla ska kunna ta del av information.</li><li>Alla lokaler ska vara tillgängliga.</li></ul>
<table><tr><th>Område</th><th>Ansvar</th></tr><tr><td>Bostad</td><td>Socialnämnden</td></tr></table>
</body></html>"""


def test_html_page() -> None:
    doc = parse_text(HTML, source="sida.html")
    assert doc.format == "html"
    assert "var x" not in doc.text and "Hem" not in doc.text
    assert [(doc.text[b.start:b.end], b.level) for b in doc.headings()] == [
        ("Funktionshinderspolitiskt program", 1), ("Mål", 2)]
    assert [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "list_item"] == [
        "Alla ska kunna ta del av information.", "Alla lokaler ska vara tillgängliga."]
    assert doc.tables[0].rows[0][1].text == "Socialnämnden"
    assert doc.metadata.organisation and doc.metadata.organisation.value == "Lidingö stad"


def test_text_files_in_windows_1252(tmp_path) -> None:
    path = tmp_path / "gammal.txt"
    path.write_bytes("Riktlinjer för färdtjänst\n\nSocialnämnden i Tanums kommun ansvarar.".encode("cp1252"))
    doc = parse_path(path)
    assert "färdtjänst" in doc.text and doc.metadata.kommunkod.value == "1435"


def test_empty_text_is_an_input_error(tmp_path) -> None:
    path = tmp_path / "tom.txt"
    path.write_text("   \n\n  ")
    with pytest.raises(InputError) as info:
        parse_path(path)
    assert info.value.status == "empty"
