"""Pictures for reports: a view drawn with a networkx layout, the coverage matrix as a heat map.

Drawn with matplotlib's object API (no pyplot: no global state, safe in a
server). Nodes are coloured by kind and sized by degree, edges drawn thicker
for heavier weights, the strongest nodes labelled with a white halo so labels
stay readable over edges; a legend names the kinds in Swedish (or English) and
the title says which view, which filters and whether the view was aggregated.
Sizes are exact (no tight bounding box), so a picture is as large as asked.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from typing import IO, Any

import networkx as nx
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from .builders import KINDS
from .style import MAX_COLUMN, bipartite_sides, color_of, layout, node_sizes, size_basis, strength
from .writers import coverage_matrix

__all__ = ["PictureInfo", "draw_graph", "draw_heatmap"]

DPI = 100
_HALO = [patheffects.withStroke(linewidth=3, foreground="white")]
_SIZE_WORDS = {"degree": ("antal grannar", "neighbours"), "goals": ("antal mål", "goals"),
               "documents": ("antal dokument", "documents"), "actors": ("antal aktörer", "actors")}
#: A view of articles and one other kind with more than this share of all possible edges is drawn as a matrix.
DENSE = 0.35


@dataclass
class PictureInfo:
    width: int  # pixels for PNG; points (1/72 in) for SVG, as the file's width attribute says
    height: int
    labelled: int  # nodes (or rows) that carry a label in the picture


def _label(d: dict[str, Any], lang: str, limit: int = 38) -> str:
    text = str(d.get("label_en" if lang == "en" else "label") or d.get("label") or "")
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _title(g: nx.Graph, lang: str) -> tuple[str, str]:
    title = g.graph.get("title_en" if lang == "en" else "title") or g.graph.get("title") or ""
    note = g.graph.get("note_en" if lang == "en" else "note") or ""
    return title, note


def _save(fig: Figure, fh: IO[bytes], fmt: str) -> tuple[int, int]:
    metadata = {"Title": fig.get_label(), "Creator": "styrdok-miner (matplotlib)"}
    if fmt == "svg":
        metadata["Date"] = None  # reproducible files: the same view gives the same bytes
    fig.savefig(fh, format=fmt, dpi=DPI, metadata=metadata)
    w, h = fig.get_size_inches()
    factor = DPI if fmt == "png" else 72
    return round(w * factor), round(h * factor)


def _overlaps(box: Any, placed: list[Any]) -> bool:
    return any(box.overlaps(other) for other in placed)


def _place_labels(fig: Figure, ax: Any, g: nx.Graph, pos: dict[Any, tuple[float, float]], ranked: list[Any],
                  sizes: dict[Any, float], lang: str, max_labels: int, font: float) -> int:
    """Label the strongest nodes where a label fits: below, above, right or left of the node, else not at all.

    Labels are measured with the renderer, so none is drawn over another; the
    strongest nodes are placed first and always get one.
    """
    renderer = fig.canvas.get_renderer()
    placed: list[Any] = []
    count = 0
    for rank, n in enumerate(ranked):
        if count >= max_labels:
            break
        x, y = pos[n]
        r = math.sqrt(sizes[n]) / 2 + 2  # marker radius in points, plus a gap
        text = _label(g.nodes[n], lang)
        for dx, dy, ha, va in ((0, -r, "center", "top"), (0, r, "center", "bottom"), (r, 0, "left", "center"),
                               (-r, 0, "right", "center")):
            t = ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points", ha=ha, va=va, fontsize=font,
                            color="#222222", zorder=3, path_effects=_HALO)
            box = t.get_window_extent(renderer).expanded(1.04, 1.1)
            if not _overlaps(box, placed) or rank < 3:
                placed.append(box)
                count += 1
                break
            t.remove()
    return count


def _fit_texts(fig: Figure, ax: Any) -> None:
    """Widen the axes' limits so that labels near the rim are not cut off (two passes: limits move texts)."""
    renderer = fig.canvas.get_renderer()
    for _ in range(2):
        boxes = [t.get_window_extent(renderer) for t in ax.texts]
        if not boxes:
            return
        inv = ax.transData.inverted()
        (x0, y0), (x1, y1) = inv.transform((min(b.x0 for b in boxes), min(b.y0 for b in boxes))), \
            inv.transform((max(b.x1 for b in boxes), max(b.y1 for b in boxes)))
        lx, hx = ax.get_xlim()
        ly, hy = ax.get_ylim()
        ax.set_xlim(min(lx, x0), max(hx, x1))
        ax.set_ylim(min(ly, y0), max(hy, y1))


def _place_columns(fig: Figure, ax: Any, g: nx.Graph, pos: dict[Any, tuple[float, float]], lang: str,
                   font: float) -> int:
    """Labels beside the two columns; the x range is then widened so that the widest label fits."""
    renderer = fig.canvas.get_renderer()
    widths = {True: 0.0, False: 0.0}
    for n, (x, y) in pos.items():
        left = x < 0
        t = ax.annotate(_label(g.nodes[n], lang, 46), (x, y), xytext=(-9 if left else 9, 0),
                        textcoords="offset points", ha="right" if left else "left", va="center", fontsize=font,
                        color="#222222", zorder=3, path_effects=_HALO)
        widths[left] = max(widths[left], t.get_window_extent(renderer).width + 24)
    axis_px = ax.get_window_extent(renderer).width
    share = min(0.8, (widths[True] + widths[False]) / axis_px)
    span = 2.0 / (1.0 - share)
    ax.set_xlim(-1.0 - widths[True] * span / axis_px, 1.0 + widths[False] * span / axis_px)
    return len(pos)


def draw_graph(g: nx.Graph, fh: IO[bytes], fmt: str = "png", *, width: int = 1600, height: int = 1200,
               lang: str = "sv", max_labels: int = 60) -> PictureInfo:
    """The view as a node-link picture (PNG or SVG) of ``width`` × ``height`` pixels (at 100 dpi)."""
    fig = Figure(figsize=(width / DPI, height / DPI), dpi=DPI)
    FigureCanvasAgg(fig)
    title, note = _title(g, lang)
    fig.set_label(title)
    top = 1 - (0.95 if note else 0.7) / (height / DPI)
    ax = fig.add_axes((0.01, 0.01, 0.78, top - 0.01))
    ax.set_axis_off()
    fig.text(0.015, 1 - 0.2 / (height / DPI), title, ha="left", va="top", fontsize=15, fontweight="bold")
    if note:
        fig.text(0.015, 1 - 0.55 / (height / DPI), "\n".join(textwrap.wrap(note, int(width / 7.5))), ha="left",
                 va="top", fontsize=9.5, color="#8a4b00")
    if len(g) == 0:
        ax.text(0.5, 0.5, "Inga noder matchar urvalet" if lang == "sv" else "No nodes match the selection",
                ha="center", va="center", fontsize=14, transform=ax.transAxes)
        w, h = _save(fig, fh, fmt)
        return PictureInfo(w, h, 0)

    sides = bipartite_sides(g)
    if sides is not None:
        possible = len(sides[0]) * len(sides[1])
        density = g.number_of_edges() / possible if possible else 0.0
        if g.number_of_edges() > 120 and density > DENSE:
            # every unit joined to nearly every article: as a network that is a mesh; as a matrix it reads
            extra = (f"tät graf ({density:.0%} av alla par har en kant): visad som matris" if lang == "sv"
                     else f"dense graph ({density:.0%} of all pairs joined): drawn as a matrix")
            return draw_heatmap(g, fh, fmt, lang=lang, extra_note=extra)
    pos = layout(g)
    columns = sides is not None and max(len(sides[0]), len(sides[1])) <= MAX_COLUMN
    nodes = list(g)
    xs = [pos[n][0] for n in nodes]
    ys = [pos[n][1] for n in nodes]
    many = len(g) > 120
    largest = 450 if many else 800
    if columns and sides is not None:
        # markers no taller than a row of the column they stand in
        row_pt = (top - 0.01) * height / DPI * 72 / max(len(sides[0]), len(sides[1]))
        largest = min(largest, (0.9 * row_pt) ** 2)
    sizes = node_sizes(g, min(18 if many else 40, largest / 3), largest)

    weights = [float(d.get("weight", 1)) if isinstance(d.get("weight", 1), int | float) else 1.0
               for *_e, d in g.edges(data=True)]
    wmax, wmin = max(weights, default=1.0), min(weights, default=1.0)
    # heavier edges darker and wider; when all weigh the same, all are drawn thin and light
    share = [(w - wmin) / (wmax - wmin) if wmax > wmin else 0.15 for w in weights]
    segments = [(pos[u], pos[v]) for u, v in g.edges()]
    base = 0.15 if len(segments) > 300 else 0.28
    colors = [(0.45, 0.45, 0.45, min(0.85, base + 0.55 * t)) for t in share]
    lines = LineCollection(segments, linewidths=[0.5 + 3.5 * math.sqrt(t) for t in share], colors=colors, zorder=1)
    ax.add_collection(lines)
    ax.scatter(xs, ys, s=[sizes[n] for n in nodes], c=[color_of(g.nodes[n].get("kind")) for n in nodes],
               edgecolors="white", linewidths=0.8, zorder=2)
    if columns:
        ax.set_ylim(-1.04, 1.04)
        rows = max(sum(1 for x in xs if x < 0), sum(1 for x in xs if x > 0))
        font = max(5.5, min(10.0, 0.55 * (height / DPI) * 72 / max(rows, 1)))
        labelled = _place_columns(fig, ax, g, pos, lang, font)
    else:
        pad = 0.1
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
        ax.set_ylim(min(ys) - pad, max(ys) + pad)
        strong = strength(g)
        ranked = sorted(nodes, key=lambda n: (-strong[n], -g.degree(n), str(g.nodes[n].get("label", n))))
        labelled = _place_labels(fig, ax, g, pos, ranked, sizes, lang, max_labels, 8.5 if len(g) <= 80 else 7.5)
        _fit_texts(fig, ax)

    counts: dict[str, int] = {}
    for n in nodes:
        kind = g.nodes[n].get("kind") or "?"
        counts[kind] = counts.get(kind, 0) + 1
    handles = []
    for kind, count in sorted(counts.items(), key=lambda kv: -kv[1]):
        sv, en = KINDS.get(kind, (kind, kind))
        handles.append(Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=color_of(kind),
                              markeredgecolor="white",
                              label="\n".join(textwrap.wrap(f"{en if lang == 'en' else sv} ({count})", 30))))
    if g.number_of_edges() and wmax > wmin:
        handles.append(Line2D([], [], color="#7f7f7f", linewidth=3,
                              label="linjens bredd: vikt" if lang == "sv" else "line width: weight"))
    basis = size_basis(g)
    size_sv, size_en = _SIZE_WORDS.get(basis, (basis, basis))
    handles.append(Line2D([], [], marker="o", linestyle="", markersize=12, markerfacecolor="#cccccc",
                          markeredgecolor="white",
                          label=f"nodens storlek: {size_sv}" if lang == "sv" else f"node size: {size_en}"))
    if labelled < len(g):
        handles.append(Line2D([], [], linestyle="", label=(
            f"namn på {labelled} av {len(g)} noder\n(de starkaste som får plats)" if lang == "sv"
            else f"names on {labelled} of {len(g)} nodes\n(the strongest that fit)")))
    handles.append(Line2D([], [], linestyle="", label=(
        f"{len(g)} noder, {g.number_of_edges()} kanter" if lang == "sv"
        else f"{len(g)} nodes, {g.number_of_edges()} edges")))
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.805, top), fontsize=9, frameon=True,
               framealpha=0.95, title="Förklaring" if lang == "sv" else "Legend", title_fontsize=10,
               alignment="left")
    w, h = _save(fig, fh, fmt)
    return PictureInfo(w, h, labelled)


_CMAP = LinearSegmentedColormap.from_list("coverage", ["#ffffff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"])


def heatmap_columns(g: nx.Graph) -> list[Any]:
    """Articles shown in the heat map: every substantive article (1–33) and procedural ones that occur."""
    _rows, cols, values = coverage_matrix(g)
    keep = []
    for j, c in enumerate(cols):
        number = g.nodes[c].get("number", 0)
        if number <= 33 or any(row[j] for row in values):
            keep.append(c)
    return keep


def draw_heatmap(g: nx.Graph, fh: IO[bytes], fmt: str = "png", *, lang: str = "sv", extra_note: str = "",
                 ) -> PictureInfo:
    """An article view as a heat map: rows municipalities (counties, documents...), columns articles with titles.

    The coverage view's picture, and the picture of any other view joining
    articles to one other kind when it is too dense to draw as a network.
    Cells show the edge weight (what ``weight_label`` in the graph says it is).
    """
    rows, cols, values = coverage_matrix(g)
    keep = set(heatmap_columns(g))
    idx = [j for j, c in enumerate(cols) if c in keep]
    cols = [cols[j] for j in idx]
    values = [[row[j] for j in idx] for row in values]
    n_rows, n_cols = max(len(rows), 1), max(len(cols), 1)
    width_in = max(9.0, 4.2 + 0.34 * n_cols)
    height_in = max(6.0, 4.6 + 0.27 * n_rows)
    fig = Figure(figsize=(width_in, height_in), dpi=DPI)
    title, note = _title(g, lang)
    note = "; ".join(filter(None, [note, extra_note]))
    fig.set_label(title)
    top = 1 - 1.15 / height_in
    bottom = 3.1 / height_in
    left = 2.9 / width_in
    ax = fig.add_axes((left, bottom, 1 - left - 1.3 / width_in, top - bottom))
    cax = fig.add_axes((1 - 1.0 / width_in, bottom, 0.22 / width_in, top - bottom))
    fig.suptitle(title, x=0.01, y=1 - 0.18 / height_in, ha="left", va="top", fontsize=14, fontweight="bold")
    if note:
        fig.text(0.01, 1 - 0.55 / height_in, "\n".join(textwrap.wrap(note, int(width_in * 14))), ha="left",
                 va="top", fontsize=9, color="#8a4b00")
    vmax = max((v for row in values for v in row), default=0) or 1
    data = values if values else [[0] * n_cols]
    im = ax.imshow(data, aspect="auto", cmap=_CMAP, vmin=0, vmax=vmax, interpolation="nearest")
    ax.set_xticks(range(len(cols)))
    ax.set_xticklabels([_label(g.nodes[c], lang, 34) for c in cols], rotation=60, ha="right",
                       rotation_mode="anchor", fontsize=8)
    ax.set_yticks(range(len(rows)))
    ylabels = []
    for r in rows:
        d = g.nodes[r]
        docs = d.get("documents")
        ylabels.append(f"{_label(d, lang, 30)} ({docs})" if docs is not None else _label(d, lang, 34))
    ax.set_yticklabels(ylabels, fontsize=8 if n_rows <= 60 else 6.5)
    ax.set_xticks([x - 0.5 for x in range(1, len(cols))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(rows))], minor=True)
    ax.grid(which="minor", color="#e6e6e6", linewidth=0.5)
    ax.tick_params(which="minor", length=0)
    if n_rows * n_cols <= 2500:
        for i, row in enumerate(values):
            for j, v in enumerate(row):
                if v:
                    ax.text(j, i, str(v), ha="center", va="center", fontsize=7 if v < 1000 else 5.5,
                            color="white" if v > vmax * 0.55 else "#08306b")
    bar = fig.colorbar(im, cax=cax)
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()
    bar.set_label(_weight_label(g, lang), fontsize=9)
    has_docs = any(g.nodes[r].get("documents") is not None for r in rows)
    every = g.graph.get("view") == "coverage"  # only the coverage view has every article as a node
    if lang == "sv":
        caption = ("Inom parentes: antal dokument i urvalet. " if has_docs else "") + (
            "Artikel 1–33 visas alltid, 34–50 när de förekommer." if every else "Artiklar som förekommer i urvalet.")
    else:
        caption = ("In brackets: documents in the selection. " if has_docs else "") + (
            "Articles 1–33 always shown, 34–50 when they occur." if every else "Articles that occur in the selection.")
    fig.text(0.01, 0.012, caption, fontsize=8, color="#555555", ha="left", va="bottom")
    w, h = _save(fig, fh, fmt)
    return PictureInfo(w, h, len(rows))


def _weight_label(g: nx.Graph, lang: str) -> str:
    label = g.graph.get("weight_label_en" if lang == "en" else "weight_label")
    return label or ("vikt" if lang == "sv" else "weight")
