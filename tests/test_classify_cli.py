"""``miner classify``: JSON lines shape, stdin, unreadable inputs; ``miner eval classify`` output."""

from __future__ import annotations

import io
import json

import pytest

from miner.cli import main

POLICY = """\
Tillgänglighetspolicy för Ale kommun

Antagen av kommunfullmäktige 2021-04-26, § 48

Inledning
Policyn uttrycker kommunens förhållningssätt till tillgänglighet och gäller för alla nämnder och bolag.
"""

MEMO = """\
TJÄNSTESKRIVELSE
Dnr KS 2021/88

Tillgänglighetspolicy för Ale kommun

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige att anta tillgänglighetspolicyn.
"""


@pytest.fixture()
def files(tmp_path):
    policy = tmp_path / "policy.md"
    policy.write_text(POLICY, encoding="utf-8")
    memo = tmp_path / "memo.txt"
    memo.write_text(MEMO, encoding="utf-8")
    return policy, memo


def test_jsonl_has_one_record_per_input(files, capsys):
    policy, memo = files
    assert main(["classify", str(policy), str(memo), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    recs = [json.loads(line) for line in lines]
    assert [r["source"] for r in recs] == [str(policy), str(memo)]
    assert [r["label"] for r in recs] == ["policy", "other"]
    for r in recs:
        assert {"source", "label", "confidence", "stated", "method", "reason", "evidence"} <= set(r)
        assert 0 < r["confidence"] <= 1
        assert r["evidence"] and {"page", "start", "end", "quote", "extractor", "confidence"} <= set(r["evidence"][0])
    assert recs[0]["stated"] == "tillgänglighetspolicy"
    assert recs[1]["stated"] == "tjänsteskrivelse"


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(MEMO))
    assert main(["classify", "-", "--format", "jsonl"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["source"] == "-" and rec["label"] == "other"


def test_unreadable_input_is_one_line_and_exit_1(files, tmp_path, capsys):
    policy, _ = files
    missing = tmp_path / "saknas.pdf"
    empty = tmp_path / "tom.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["classify", str(missing), str(policy), str(empty), "--format", "jsonl"]) == 1
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 1 and json.loads(out.out)["label"] == "policy"
    errors = out.err.strip().splitlines()
    assert len(errors) == 2
    assert str(missing) in errors[0] and "no such file" in errors[0]
    assert str(empty) in errors[1] and "empty" in errors[1]
    assert "Traceback" not in out.err


def test_table_output(files, capsys):
    policy, _ = files
    assert main(["classify", str(policy)]) == 0
    out = capsys.readouterr().out
    assert "policy" in out and "rule:title-head-noun" in out


def test_eval_classify_without_corpora(tmp_path, capsys):
    assert main(["eval", "classify", "--sample", str(tmp_path / "none"), "--real", str(tmp_path / "none"),
                 "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["sets"] == {}
    assert any("sample" in n for n in result["notes"])
    assert result["cv"]["model"]["macro_f1"] > 0.9
