"""The interactive page: self-contained (no URL outside the data, nothing fetched) and rendered by Chromium."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from miner.graph import vocab
from miner.views import export, view_graph
from miner.views.html import page

from .views_corpus import example_out

_DATA = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.DOTALL)


@pytest.fixture(scope="module")
def out() -> Path:
    return example_out()


@pytest.fixture(scope="module")
def html(out: Path) -> str:
    return page(view_graph(out, "municipality", municipality="Uppsala"))


def test_no_external_url_outside_the_data(html: str) -> None:
    m = _DATA.search(html)
    assert m, "the graph travels as inlined JSON"
    rest = html[:m.start()] + html[m.end():]
    for needle in ("http://", "https://", "//cdn", "www."):
        assert needle not in rest, f"{needle!r} outside the inlined data"
    # nothing loaded from anywhere: no src= or href= attributes at all, no imports or fetches
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)\s*=", html, re.IGNORECASE)
    assert not re.search(r"\b(fetch|XMLHttpRequest|importScripts)\s*\(", rest)
    assert "@import" not in rest and "url(" not in rest
    # the data holds IRIs only as strings (never as links)
    data = json.loads(m.group(1))
    assert any(n["data"].get("iri", "").startswith("https://") for n in data["elements"]["nodes"])
    assert "<a " not in html


def test_page_holds_the_view_and_the_licence(html: str, out: Path) -> None:
    data = json.loads(_DATA.search(html).group(1))
    g = view_graph(out, "municipality", municipality="Uppsala")
    assert len(data["elements"]["nodes"]) == len(g) and len(data["elements"]["edges"]) == g.number_of_edges()
    goal = next(n["data"] for n in data["elements"]["nodes"]
                if n["data"]["id"] == vocab.goal("uppsala-program-delaktighet-2021", "g2"))
    assert goal["page"] == 4 and goal["quote"].startswith("Socialnämnden ska öka")  # evidence for the details panel
    assert all("position" in n for n in data["elements"]["nodes"])
    assert "The Cytoscape Consortium" in html and "Permission is hereby granted" in html  # MIT header kept
    assert "<title>Uppsala: dokument, mål, aktörer och artiklar</title>" in html
    assert 'id="search"' in html and "English" in html  # search box, language toggle


def test_script_cannot_be_closed_by_data(out: Path) -> None:
    g = view_graph(out, "documents-articles")
    first = next(iter(g))
    g.nodes[first]["label"] = "</script><script>alert(1)</script>"
    text = page(g)
    m = _DATA.search(text)
    assert "alert(1)" in m.group(1) and "</script><script>alert" not in text
    assert json.loads(m.group(1))["elements"]["nodes"][0]["data"]["label"].startswith("</script>")


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.mark.slow
def test_renders_in_headless_chromium(out: Path, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        pytest.skip("Chromium is not installed")
    export(out, "municipality", "html", tmp_path / "uppsala.html", municipality="Uppsala")
    shot = tmp_path / "shot.png"
    dump = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,800",
         "--virtual-time-budget=4000", "--dump-dom", (tmp_path / "uppsala.html").as_uri()],
        capture_output=True, text=True, timeout=120)
    assert 'data-ready="true"' in dump.stdout, dump.stderr[-2000:]  # the viewer ran to its end
    assert "Förklaring" in dump.stdout and "Mål (" in dump.stdout  # the legend was built from the data
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,800",
         "--virtual-time-budget=4000", f"--screenshot={shot}", (tmp_path / "uppsala.html").as_uri()],
        capture_output=True, timeout=120, check=False)
    assert shot.exists() and _png_size(shot) == (1200, 800)
    assert shot.stat().st_size > 20_000  # a drawn graph, not a blank page (a white PNG of this size is ~5 KB)
