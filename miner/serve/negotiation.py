"""HTTP content negotiation for SPARQL results: Accept header (or ``format=``) to output formats."""

from __future__ import annotations

#: media type → result format, for SELECT and ASK.
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
#: media type → graph format, for CONSTRUCT and DESCRIBE.
GRAPH_TYPES = {
    "text/turtle": "ttl", "application/x-turtle": "ttl", "application/ld+json": "jsonld",
    "application/n-triples": "nt", "text/plain": "nt", "application/rdf+xml": "rdfxml",
}
#: values of a ``format`` parameter (as several endpoints accept) → (result format, graph format).
FORMAT_PARAM = {
    "json": ("json", "jsonld"), "srj": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "srx": ("xml", "rdfxml"),
    "csv": ("csv", "ttl"), "tsv": ("tsv", "ttl"), "ttl": ("json", "ttl"), "turtle": ("json", "ttl"),
    "jsonld": ("json", "jsonld"), "json-ld": ("json", "jsonld"), "nt": ("json", "nt"), "ntriples": ("json", "nt"),
    "rdfxml": ("xml", "rdfxml"),
}


def parse_accept(header: str | None) -> list[str]:
    """Media types of an Accept header, most preferred first (q-values honoured, ties keep their order)."""
    if not header:
        return []
    ranked = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, i, media))
    return [m for _q, _i, m in sorted(ranked)]


def negotiate(accept: str | None, format_param: str | None = None) -> tuple[str, str]:
    """(result format, graph format) for a request: ``format=`` wins, then Accept, then JSON and Turtle."""
    if format_param:
        chosen = FORMAT_PARAM.get(format_param.strip().lower())
        if chosen:
            return chosen
    media = parse_accept(accept)
    result = next((RESULT_TYPES[m] for m in media if m in RESULT_TYPES), "json")
    graph = next((GRAPH_TYPES[m] for m in media if m in GRAPH_TYPES), "ttl")
    return result, graph
