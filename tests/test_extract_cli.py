"""``miner extract``: one JSON object per document, stdin, bad input; the extract() API on odd input."""

from __future__ import annotations

import io
import json

import pytest

from miner.cli import main
from miner.extract import analysis_to_json, extract
from miner.parse import parse_text

PLAN = """\
Handlingsplan för tillgänglighet 2024–2026

Beslutad av: Kommunstyrelsen
Diarienummer: KS 2023/0412

## Övergripande mål

Uppsala kommun ska vara en kommun där alla kan delta på lika villkor.

## Åtgärder

| Åtgärd | Ansvarig | Tidplan | Koppling till artikel |
|---|---|---|---|
| Inventera kommunens publika lokaler | Socialnämnden | 2025 | Art. 9 |
"""


@pytest.fixture()
def plan_file(tmp_path):
    p = tmp_path / "plan.md"
    p.write_text(PLAN, encoding="utf-8")
    return p


def test_extract_prints_one_json_object_per_document(plan_file, capsys):
    assert main(["extract", str(plan_file), str(plan_file)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    rec = json.loads(lines[0])
    assert rec["source"] == str(plan_file) and rec["status"] == "ok" and len(rec["sha256"]) == 64
    assert rec["kommunkod"] == "0380" and rec["adopted_by"] == "Kommunstyrelsen"
    assert rec["diarienummer"] == "KS 2023/0412"
    action = next(g for g in rec["goals"] if g["text"] == "Inventera kommunens publika lokaler")
    assert action["level"] == "action" and action["deadline"] == "2025" and action["page"] == 1
    assert action["actors"] == ["0380/socialnamnden"]
    assert 9 in action["articles"]
    overall = next(g for g in rec["goals"] if g["level"] == "overall")
    assert action["parent"] == overall["id"]
    sn = next(a for a in rec["actors"] if a["id"] == "0380/socialnamnden")
    assert sn["kind"] == "committee" and "responsible" in sn["roles"]
    assert sn["mentions"][0]["text"] == "Socialnämnden"
    ks = next(a for a in rec["actors"] if a["id"] == "0380/kommunstyrelsen")
    assert ks["roles"] == ["adopting"]
    ids = {a["id"] for a in rec["actors"]}
    assert all(set(g["actors"]) <= ids for g in rec["goals"])  # no goal points at an unreported actor
    art = next(a for a in rec["articles"] if a["goal"] == action["id"] and a["article"] == 9)
    assert art["explicit"] is True and art["evidence"][0]["page"] == 1


def test_extract_reads_stdin_and_formats_json(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(PLAN))
    assert main(["extract", "--format", "json", "-"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert isinstance(out, list) and out[0]["source"] == "-"
    assert any(g["level"] == "overall" for g in out[0]["goals"])


def test_unreadable_input_is_one_line_on_stderr_and_exit_1(plan_file, tmp_path, capsys):
    empty = tmp_path / "tom.txt"
    empty.write_bytes(b"")
    rc = main(["extract", str(tmp_path / "saknas.pdf"), str(empty), str(plan_file)])
    captured = capsys.readouterr()
    assert rc == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert "saknas.pdf" in errors[0] and "no such file" in errors[0]
    assert "tom.txt" in errors[1] and "empty" in errors[1]
    assert len(captured.out.strip().splitlines()) == 1  # the readable file was still extracted


@pytest.mark.parametrize("text", [
    "x",
    "| Åtgärd | Ansvarig |\n|---|---|\n| | Ansvarig |\n| Mål | |\n",
    "• \n• \n•\n",
    "Mål:\n\nska\n\n## \n\n1.\n",
    "ska ska ska. " * 500,
])
def test_extract_never_raises_on_odd_input(text):
    doc = parse_text(text)
    record = analysis_to_json(extract(doc))
    json.dumps(record)
    for g in record["goals"]:
        assert doc.text[g["start"] : g["end"]] == g["text"]


def test_extract_handles_a_document_without_text_or_pages():
    from miner.model import Document

    analysis = extract(Document(source="tom", sha256="0" * 64, format="txt", text="", pages=[]))
    assert analysis.goals == [] and analysis.actors == []
