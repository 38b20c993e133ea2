"""Pictures for reports: non-empty PNG/SVG of the size asked for; the coverage heat map; the layout."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from miner.views import export, view_graph
from miner.views.pictures import heatmap_columns
from miner.views.style import color_of, layout

from .views_corpus import example_out


@pytest.fixture(scope="module")
def out() -> Path:
    return example_out()


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR"
    return struct.unpack(">II", head[16:24])


def svg_size(path: Path) -> tuple[float, float]:
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    return float(root.get("width").removesuffix("pt")), float(root.get("height").removesuffix("pt"))


@pytest.mark.parametrize("view,filters", [
    ("documents-articles", {}), ("actors", {}), ("municipality", {"municipality": "Uppsala"}),
])
def test_graph_pictures_have_the_size_asked_for(out: Path, tmp_path: Path, view: str, filters: dict) -> None:
    s = export(out, view, "png", tmp_path / "v.png", size=(1000, 700), **filters)
    assert png_size(tmp_path / "v.png") == (1000, 700) == (s.width, s.height)
    assert (tmp_path / "v.png").stat().st_size > 15_000
    s = export(out, view, "svg", tmp_path / "v.svg", **filters)
    assert svg_size(tmp_path / "v.svg") == (1152.0, 864.0) == (s.width, s.height)  # 1600x1200 px at 100 dpi = 16x12 in
    text = (tmp_path / "v.svg").read_text(encoding="utf-8")
    assert text.count("<path") > 20 and f"<dc:title>{s.title}</dc:title>" in text


def test_heatmap_rows_and_columns(out: Path, tmp_path: Path) -> None:
    g = view_graph(out, "coverage")
    cols = heatmap_columns(g)
    assert len(cols) == 33  # articles 1-33 always; no procedural article occurs in the examples
    s = export(out, "coverage", "png", tmp_path / "c.png")
    w, h = png_size(tmp_path / "c.png")
    assert (w, h) == (s.width, s.height) and w > 1200 and h >= 600
    export(out, "coverage", "svg", tmp_path / "c.svg", by="county", lang="en")
    assert svg_size(tmp_path / "c.svg")[0] > 800
    svg = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert "<dc:title>CRPD articles by county (number of documents)</dc:title>" in svg and svg.count("<path") > 100


def test_empty_selection_still_draws(out: Path, tmp_path: Path) -> None:
    s = export(out, "documents-articles", "png", tmp_path / "e.png", municipality="Umeå")
    assert s.nodes == 0 and png_size(tmp_path / "e.png") == (1600, 1200)


def test_layout_is_deterministic_and_bounded() -> None:
    g = nx.Graph()
    g.add_edges_from([("a", "b"), ("b", "c"), ("c", "a"), ("d", "e")])
    g.add_node("f")
    for n in g:
        g.nodes[n]["kind"] = "goal"
    p1, p2 = layout(g), layout(g)
    assert p1 == p2 and set(p1) == set(g)
    assert all(-1.0001 <= c <= 1.0001 for xy in p1.values() for c in xy)
    assert len({p1[n] for n in g}) == len(g)  # no two nodes on the same spot
    bip = nx.Graph([("d1", "a1"), ("d2", "a1"), ("d2", "a2")])
    for n in bip:
        bip.nodes[n]["kind"] = "article" if n.startswith("a") else "document"
    cols = layout(bip)
    assert {cols["d1"][0], cols["d2"][0]} == {-1.0} and {cols["a1"][0], cols["a2"][0]} == {1.0}
    assert color_of("document") != color_of("article") and color_of("Whatever") == color_of("Whatever")
