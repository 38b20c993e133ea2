"""The SPARQL behind every view: edge queries, node-attribute queries and the CONSTRUCTs for RDF output.

Templates use ``$docs`` (the filter's document patterns binding ``?doc``),
``$unit`` (what a document is counted under: itself, its municipality, county
or SKR group, bound to ``?unit``), ``$articles`` (``VALUES ?a`` for an article
filter) and ``$nodes`` (the IRIs a node query describes). Edge queries select
source, target and edge attributes in that order; node queries select the node
first and its attributes after (see :mod:`miner.views.convert`). No PREFIX
lines: the store adds the project's prefixes.
"""

from __future__ import annotations

from string import Template

from .filters import Filters

# ------------------------------------------------------------------ units

#: How a document is counted at each level of aggregation: patterns binding ?unit from ?doc.
UNITS: dict[str, str] = {
    "document": "BIND(?doc AS ?unit)",
    "municipality": "?doc dcterms:publisher ?unit .",
    "county": "?doc dcterms:publisher ?unitOrg . OPTIONAL { ?unitOrg sty:region ?unitRegion } "
              "BIND(COALESCE(?unitRegion, ?unitOrg) AS ?unit) FILTER EXISTS { ?unit a sty:Region }",
    "kommungrupp": "?doc dcterms:publisher/org:classification ?unit .",
}

#: Article links of a document and of its goals (?link, with ?goal bound for goal-level links).
_LINKS = "{ ?doc sty:articleLink ?link } UNION { ?goal dcterms:isPartOf ?doc ; sty:articleLink ?link }"

# -------------------------------------------------------------- edge queries

#: Goals (passing the article filter) and their documents: the base of the actors views.
_GOALS = """$docs
  ?goal dcterms:isPartOf ?doc .
  $goal_articles"""


#: Documents (or their units) × articles over the article links of documents and goals. ``weight`` counts
#: distinct evidence annotations; ``confidence_mean`` averages link confidences over (link, evidence) pairs,
#: i.e. a link counts once per piece of evidence (one pass over the links: twice as fast as an exact
#: per-link mean, which needs a second grouping).
DOCUMENTS_ARTICLES = Template("""
SELECT ?unit ?a (COUNT(DISTINCT ?ev) AS ?weight) (COUNT(DISTINCT ?link) AS ?links) (COUNT(DISTINCT ?goal) AS ?goals)
       (COUNT(DISTINCT ?doc) AS ?documents) (MAX(?c) AS ?confidence_max) (AVG(?c) AS ?confidence_mean)
       (MAX(?x) > 0 AS ?explicit) $evidence_select
WHERE {
  $docs
  $links
  $articles
  ?link sty:article ?a ; sty:confidence ?c ; sty:explicit ?ex ; prov:wasDerivedFrom ?ev .
  $evidence_patterns
  $unit
  BIND(IF(?ex, 1, 0) AS ?x)
}
GROUP BY ?unit ?a""")

#: How many units (documents, municipalities, counties, groups) have a document that passes the filters.
UNIT_COUNT = Template("""
SELECT (COUNT(DISTINCT ?unit) AS ?n) WHERE {
  $docs
  $unit
}""")

ACTOR_COUNT = Template("""
SELECT (COUNT(DISTINCT ?actor) AS ?actors) (COUNT(DISTINCT ?goal) AS ?goals) (COUNT(DISTINCT ?doc) AS ?documents)
WHERE {
  """ + _GOALS + """
  ?goal sty:responsibleActor ?actor .
}""")

#: Quote and page of an evidence annotation ?ev (bound to ?evidenceText).
EVIDENCE_TEXT = ("LATERAL { OPTIONAL { ?ev sty:page ?evPage ; oa:hasTarget/oa:hasSelector/oa:exact ?evQuote . "
                 'BIND(CONCAT("s. ", STR(?evPage), ": ", ?evQuote) AS ?evidenceText) } }')

COVERAGE_EDGES = Template("""
SELECT ?unit ?a (COUNT(DISTINCT ?doc) AS ?weight) (COUNT(DISTINCT ?goal) AS ?goals)
       (COUNT(DISTINCT ?citing) AS ?explicit_documents)
WHERE {
  $docs
  $articles
  { ?doc eli:is_about ?a } UNION { ?goal dcterms:isPartOf ?doc ; dcterms:subject ?a }
  ?a a sty:ConventionArticle .
  LATERAL { OPTIONAL { ?doc eli:cites ?a . BIND(?doc AS ?citing) } }
  $unit
}
GROUP BY ?unit ?a""")

#: The rows of the coverage matrix: every unit with a document that passes the filters.
COVERAGE_ROWS = Template("""
SELECT ?unit (COUNT(DISTINCT ?doc) AS ?documents)
WHERE {
  $docs
  $unit
}
GROUP BY ?unit""")

ACTOR_GOAL = Template("""
SELECT DISTINCT ?actor ?goal ?relation
WHERE {
  """ + _GOALS + """
  ?goal sty:responsibleActor ?actor .
  BIND("responsible" AS ?relation)
}""")

ACTOR_PAIRS = Template("""
SELECT ?a1 ?a2 (COUNT(DISTINCT ?goal) AS ?weight) ?relation
WHERE {
  """ + _GOALS + """
  ?goal sty:responsibleActor ?a1 , ?a2 .
  FILTER(STR(?a1) < STR(?a2))
  BIND("co-responsible" AS ?relation)
}
GROUP BY ?a1 ?a2 ?relation""")

ACTOR_NODES = Template("""
SELECT ?actor (COUNT(DISTINCT ?goal) AS ?goals) (COUNT(DISTINCT ?doc) AS ?documents)
WHERE {
  """ + _GOALS + """
  ?goal sty:responsibleActor ?actor .
}
GROUP BY ?actor""")

#: Actors merged across municipalities by name, or by kind: patterns binding ?key (and ?keyLabel) from ?actor.
ACTOR_KEYS: dict[str, str] = {
    "name": 'OPTIONAL { ?actor skos:prefLabel ?actorLabel } '
            'BIND(CONCAT("aktör:", LCASE(STR(COALESCE(?actorLabel, ?actor)))) AS ?key) '
            'BIND(STR(COALESCE(?actorLabel, ?actor)) AS ?keyLabel) BIND(?keyLabel AS ?keyLabelEn)',
    "kind": 'OPTIONAL { ?actor sty:kind ?actorKind } BIND(COALESCE(?actorKind, "okänd") AS ?keyKind) '
            'BIND(CONCAT("aktörstyp:", ?keyKind) AS ?key) '
            'OPTIONAL { VALUES (?keyKind ?keyLabel ?keyLabelEn) { $actor_kinds } }',
}

KEY_PAIRS = Template("""
SELECT ?k1 ?k2 (COUNT(DISTINCT ?goal) AS ?weight) ?relation
WHERE {
  { SELECT DISTINCT ?goal (?key AS ?k1) WHERE {
      """ + _GOALS + """
      ?goal sty:responsibleActor ?actor .
      $key
  } }
  { SELECT DISTINCT ?goal (?key AS ?k2) WHERE {
      """ + _GOALS + """
      ?goal sty:responsibleActor ?actor .
      $key
  } }
  FILTER(?k1 < ?k2)
  BIND("co-responsible" AS ?relation)
}
GROUP BY ?k1 ?k2 ?relation""")

KEY_NODES = Template("""
SELECT ?key (SAMPLE(?keyLabel) AS ?label) (SAMPLE(?keyLabelEn) AS ?label_en) (SAMPLE(?actorKind) AS ?actor_kind)
       (COUNT(DISTINCT ?actor) AS ?actors) (COUNT(DISTINCT ?goal) AS ?goals) (COUNT(DISTINCT ?m) AS ?municipalities)
WHERE {
  """ + _GOALS + """
  ?goal sty:responsibleActor ?actor .
  OPTIONAL { ?doc dcterms:publisher ?m }
  $key
}
GROUP BY ?key""")

# ------------------------------------------------------- municipality (ego)

EGO_PUBLISHES = Template("""
SELECT ?docPublisher ?doc ?relation WHERE { $docs BIND("publishes" AS ?relation) }""")

EGO_GOAL_TREE = Template("""
SELECT ?parent ?goal ?relation
WHERE {
  """ + _GOALS + """
  OPTIONAL { ?goal sty:parentGoal ?p . $parent_in_view }
  BIND(COALESCE(?p, ?doc) AS ?parent)
  BIND(IF(BOUND(?p), "sub-goal", "contains") AS ?relation)
}""")

EGO_RESPONSIBLE = Template("""
SELECT DISTINCT ?goal ?actor ?relation
WHERE {
  """ + _GOALS + """
  ?goal sty:responsibleActor ?actor .
  BIND("responsible" AS ?relation)
}""")

EGO_INVOLVES = Template("""
SELECT ?doc ?actor ?relation (GROUP_CONCAT(DISTINCT ?roleName; separator=", ") AS ?roles)
WHERE {
  $docs
  ?doc sty:involvement ?inv .
  ?inv sty:actor ?actor .
  OPTIONAL { ?inv sty:role/skos:notation ?roleName }
  BIND("involves" AS ?relation)
}
GROUP BY ?doc ?actor ?relation""")

#: Article links of the goals (?subject = goal) or of the documents themselves (?subject = doc), with evidence.
EGO_ARTICLES = Template("""
SELECT ?subject ?a ?relation (COUNT(DISTINCT ?ev) AS ?weight) (MAX(?c) AS ?confidence_max)
       (MAX(?x) AS ?explicitLinks) (GROUP_CONCAT(DISTINCT ?evidenceText; separator="\\n") AS ?evidence)
WHERE {
  $docs
  $subject_links
  $articles
  ?link sty:article ?a ; sty:confidence ?c ; sty:explicit ?ex .
  LATERAL { OPTIONAL { ?link prov:wasDerivedFrom ?ev . ?ev sty:page ?evPage ; oa:hasTarget/oa:hasSelector/oa:exact ?evQuote .
    BIND(CONCAT("s. ", STR(?evPage), ": ", ?evQuote) AS ?evidenceText) } }
  BIND(?$subject AS ?subject)
  BIND(IF(?ex, 1, 0) AS ?x)
  BIND("$relation" AS ?relation)
}
GROUP BY ?subject ?a ?relation""")

#: Whose article links the ego view shows (``$subject`` names the variable that holds it).
EGO_SUBJECT_LINKS = {
    "goal": "?goal dcterms:isPartOf ?doc ; sty:articleLink ?link . $goal_articles",
    "doc": "?doc sty:articleLink ?link .",
}

# --------------------------------------------------------------- node queries

NODE_QUERIES: dict[str, str] = {
    "document": """
SELECT ?node ?kind ?label ?title ?doc_id ?municipality ?kommunkod ?county ?type ?type_label ?type_label_en ?year ?pages
       ?source ?stated_type ?adopted_by
WHERE {
  VALUES ?node { $nodes }
  ?node dcterms:identifier ?doc_id .
  BIND("document" AS ?kind)
  OPTIONAL { ?node dcterms:title ?title }
  LATERAL { OPTIONAL { ?node dcterms:publisher ?pub . ?pub skos:prefLabel ?municipality .
    OPTIONAL { ?pub sty:kommunkod ?kommunkod } OPTIONAL { ?pub sty:county ?county }
    OPTIONAL { ?pub skos:altLabel ?short } } }
  BIND(COALESCE(?title, ?doc_id) AS ?name)
  BIND(IF(BOUND(?municipality), CONCAT(STR(?name), " (", STR(COALESCE(?short, ?municipality)), ")"), STR(?name))
       AS ?label)
  LATERAL { OPTIONAL { ?node eli:type_document ?t . ?t skos:notation ?type ; skos:prefLabel ?type_label , ?type_label_en .
    FILTER(LANG(?type_label) = "sv" && LANG(?type_label_en) = "en") } }
  OPTIONAL { ?node sty:adoptedYear ?year }
  OPTIONAL { ?node sty:pageCount ?pages }
  OPTIONAL { ?node sty:sourceFile ?source }
  OPTIONAL { ?node sty:statedType ?stated_type }
  LATERAL { OPTIONAL { ?node eli:passed_by/skos:prefLabel ?adopted_by } }
}""",
    "goal": """
SELECT ?node ?kind ?label ?text ?level ?level_label ?level_label_en ?area ?deadline ?confidence ?page ?quote
       ?document ?doc_id
WHERE {
  VALUES ?node { $nodes }
  ?node a sty:Goal ; dcterms:description ?text ; dcterms:isPartOf ?d .
  BIND("goal" AS ?kind)
  ?d dcterms:identifier ?doc_id .
  OPTIONAL { ?d dcterms:title ?document }
  OPTIONAL {
    ?node sty:level ?lv .
    VALUES (?lv ?level ?level_label ?level_label_en) {
      (sty:overallGoal "overall" "Övergripande mål" "Overall goal") (sty:subGoal "subgoal" "Delmål" "Sub-goal")
      (sty:action "action" "Åtgärd" "Action") }
  }
  OPTIONAL { ?node sty:goalArea ?area }
  OPTIONAL { ?node sty:deadline ?deadline }
  OPTIONAL { ?node sty:confidence ?confidence }
  LATERAL { OPTIONAL { ?node prov:wasDerivedFrom ?ev . ?ev sty:page ?page ; oa:hasTarget/oa:hasSelector/oa:exact ?quote } }
  BIND(IF(STRLEN(?text) > 80, CONCAT(SUBSTR(?text, 1, 77), "…"), STR(?text)) AS ?label)
}""",
    "actor": """
SELECT ?node ?kind ?label ?actor_kind ?actor_kind_label ?actor_kind_label_en ?municipality
WHERE {
  VALUES ?node { $nodes }
  BIND("actor" AS ?kind)
  OPTIONAL { ?node skos:prefLabel ?label }
  OPTIONAL { ?node sty:kind ?actor_kind .
    OPTIONAL { VALUES (?actor_kind ?actor_kind_label ?actor_kind_label_en) { $actor_kinds } } }
  OPTIONAL { ?node sty:municipality/skos:altLabel ?municipality }
  OPTIONAL { ?node sty:kommunkod ?own . ?node skos:altLabel ?municipality }
}""",
    "article": """
SELECT ?node ?kind ?label ?label_en ?short_label ?number ?title ?title_en ?part
WHERE {
  VALUES ?node { $nodes }
  ?node sty:articleNumber ?number ; skos:prefLabel ?title , ?title_en .
  FILTER(LANG(?title) = "sv" && LANG(?title_en) = "en")
  BIND("article" AS ?kind)
  BIND(CONCAT("Art. ", STR(?number)) AS ?short_label)
  BIND(CONCAT(?short_label, " ", STR(?title)) AS ?label)
  BIND(CONCAT(?short_label, " ", STR(?title_en)) AS ?label_en)
  BIND(IF(?number <= 33, "substantive", "procedural") AS ?part)
}""",
    "municipality": """
SELECT ?node ?kind ?label ?official_name ?kommunkod ?county ?lanskod ?group ?group_name
WHERE {
  VALUES ?node { $nodes }
  { ?node a sty:Municipality ; skos:altLabel ?label ; skos:prefLabel ?official_name ; sty:kommunkod ?kommunkod .
    BIND("municipality" AS ?kind)
    OPTIONAL { ?node sty:county ?county } OPTIONAL { ?node sty:lanskod ?lanskod }
    OPTIONAL { ?node org:classification ?g . ?g skos:notation ?group ; skos:prefLabel ?group_name } }
  UNION
  { ?node a sty:Region ; skos:prefLabel ?label ; sty:lanskod ?lanskod .
    BIND("region" AS ?kind) BIND(?label AS ?official_name) OPTIONAL { ?node sty:county ?county } }
}""",
    "county": """
SELECT ?node ?kind ?label ?lanskod ?region
WHERE {
  VALUES ?node { $nodes }
  ?node a sty:Region ; sty:county ?label ; sty:lanskod ?lanskod ; skos:prefLabel ?region .
  BIND("county" AS ?kind)
}""",
    "kommungrupp": """
SELECT ?node ?kind ?label ?code ?group_name ?main_group
WHERE {
  VALUES ?node { $nodes }
  ?node skos:notation ?code ; skos:prefLabel ?group_name .
  OPTIONAL { ?node skos:broader/skos:prefLabel ?main_group }
  BIND("kommungrupp" AS ?kind)
  BIND(CONCAT(?code, " ", STR(?group_name)) AS ?label)
}""",
    # anything else (the sparql view): a label, and the view kind of its class (or the class's local name)
    "any": """
SELECT ?node (SAMPLE(?l) AS ?label) (SAMPLE(?le) AS ?label_en) (STRAFTER(MIN(?kindKey), ":") AS ?kind)
WHERE {
  VALUES ?node { $nodes }
  OPTIONAL { ?node skos:prefLabel ?pl . FILTER(LANG(?pl) IN ("sv", "")) }
  OPTIONAL { ?node skos:prefLabel ?le . FILTER(LANG(?le) = "en") }
  OPTIONAL { ?node dcterms:title ?title }
  OPTIONAL { ?node rdfs:label ?rl }
  OPTIONAL { ?node skos:altLabel ?al . FILTER(LANG(?al) IN ("sv", "")) }
  OPTIONAL { ?node dcterms:description ?desc }
  BIND(COALESCE(?pl, ?title, ?rl, ?al, IF(STRLEN(?desc) > 80, CONCAT(SUBSTR(?desc, 1, 77), "…"), ?desc)) AS ?l)
  OPTIONAL {
    ?node a ?cls .
    FILTER(STRSTARTS(STR(?cls), STR(sty:)))
    OPTIONAL { VALUES (?cls ?known) { (sty:PolicyDocument "1:document") (sty:Goal "1:goal")
      (sty:ConventionArticle "1:article") (sty:Municipality "1:municipality") (sty:Region "1:region")
      (sty:KommunGrupp "1:kommungrupp") (sty:Actor "2:actor") } }
    BIND(COALESCE(?known, CONCAT("3:", STRAFTER(STR(?cls), "#"))) AS ?kindKey)
  }
}
GROUP BY ?node""",
}

#: sty:kind values of actors with Swedish and English names (for ``$actor_kinds``).
ACTOR_KINDS: dict[str, tuple[str, str]] = {
    "committee": ("Nämnd eller styrelse", "Committee or board"),
    "department": ("Förvaltning", "Department"),
    "council": ("Råd", "Council"),
    "company": ("Bolag", "Company"),
    "agency": ("Myndighet", "Agency"),
    "civil-society": ("Civilsamhället", "Civil society"),
    "role": ("Befattning", "Role"),
    "municipality": ("Kommun", "Municipality"),
    "region": ("Region", "Region"),
}


def actor_kind_values() -> str:
    return " ".join(f'("{k}" "{sv}" "{en}")' for k, (sv, en) in ACTOR_KINDS.items())


# ------------------------------------------------------------- RDF behind views

#: CONSTRUCTs whose union is the RDF subgraph behind a view (run separately: smaller joins, no cartesian rows).
RDF_DOCUMENTS = Template("""
CONSTRUCT {
  ?doc a sty:PolicyDocument ; dcterms:identifier ?id ; dcterms:title ?title ; dcterms:publisher ?pub ;
       eli:type_document ?t ; sty:adoptedYear ?year .
  ?pub a ?pubClass ; skos:prefLabel ?pubLabel ; sty:kommunkod ?kommunkod ; sty:lanskod ?lanskod ; sty:county ?county .
}
WHERE {
  $docs
  ?doc dcterms:identifier ?id .
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc eli:type_document ?t }
  OPTIONAL { ?doc sty:adoptedYear ?year }
  LATERAL { OPTIONAL { ?doc dcterms:publisher ?pub . ?pub a ?pubClass ; skos:prefLabel ?pubLabel .
                       FILTER(?pubClass IN (sty:Municipality, sty:Region))
                       OPTIONAL { ?pub sty:kommunkod ?kommunkod } OPTIONAL { ?pub sty:lanskod ?lanskod }
                       OPTIONAL { ?pub sty:county ?county } } }
}""")

RDF_ARTICLE_LINKS = Template("""
CONSTRUCT {
  ?doc sty:articleLink ?link ; eli:is_about ?docArticle ; eli:cites ?cited .
  ?goal a sty:Goal ; dcterms:isPartOf ?doc ; dcterms:subject ?goalArticle ; sty:articleLink ?link .
  ?link a sty:ArticleLink ; sty:article ?a ; sty:confidence ?c ; sty:explicit ?ex ; prov:wasDerivedFrom ?ev .
  ?a a sty:ConventionArticle ; sty:articleNumber ?n ; skos:prefLabel ?al .
}
WHERE {
  $docs
  $links
  $articles
  ?link sty:article ?a ; sty:confidence ?c ; sty:explicit ?ex .
  ?a sty:articleNumber ?n ; skos:prefLabel ?al .
  OPTIONAL { ?link prov:wasDerivedFrom ?ev }
  BIND(IF(BOUND(?goal), ?unbound, ?a) AS ?docArticle)
  BIND(IF(BOUND(?goal), ?a, ?unbound) AS ?goalArticle)
  BIND(IF(!BOUND(?goal) && ?ex, ?a, ?unbound) AS ?cited)
}""")

#: The evidence of the links above: annotation, page and quote (the selector that carries it).
RDF_LINK_EVIDENCE = Template("""
CONSTRUCT {
  ?ev a oa:Annotation , sty:Evidence ; sty:page ?page ; oa:hasTarget ?target .
  ?target a oa:SpecificResource ; oa:hasSource ?doc ; oa:hasSelector ?sel .
  ?sel a oa:TextQuoteSelector ; oa:exact ?quote .
}
WHERE {
  $docs
  $links
  $articles
  ?link sty:article ?a ; prov:wasDerivedFrom ?ev .
  ?ev sty:page ?page ; oa:hasTarget ?target .
  ?target oa:hasSelector ?sel . ?sel oa:exact ?quote .
}""")

RDF_GOALS = Template("""
CONSTRUCT {
  ?goal a sty:Goal ; dcterms:isPartOf ?doc ; dcterms:description ?text ; sty:level ?level ; sty:parentGoal ?parent ;
        sty:confidence ?c ; sty:responsibleActor ?actor ; prov:wasDerivedFrom ?ev .
  ?ev a oa:Annotation , sty:Evidence ; sty:page ?page ; oa:hasTarget ?target .
  ?target a oa:SpecificResource ; oa:hasSource ?doc ; oa:hasSelector ?sel .
  ?sel a oa:TextQuoteSelector ; oa:exact ?quote .
}
WHERE {
  """ + _GOALS + """
  $goal_constraint
  ?goal dcterms:description ?text .
  OPTIONAL { ?goal sty:level ?level }
  OPTIONAL { ?goal sty:parentGoal ?parent }
  OPTIONAL { ?goal sty:confidence ?c }
  OPTIONAL { ?goal sty:responsibleActor ?actor }
  LATERAL { OPTIONAL { ?goal prov:wasDerivedFrom ?ev . ?ev sty:page ?page ; oa:hasTarget ?target .
                       ?target oa:hasSelector ?sel . ?sel oa:exact ?quote } }
}""")

RDF_ACTORS = Template("""
CONSTRUCT {
  ?actor a sty:Actor ; skos:prefLabel ?label ; sty:kind ?kind ; sty:municipality ?m .
  ?goal sty:responsibility ?r .
  ?r a sty:Responsibility ; sty:actor ?actor ; sty:role ?role ; sty:confidence ?c .
}
WHERE {
  """ + _GOALS + """
  ?goal sty:responsibleActor ?actor .
  OPTIONAL { ?actor skos:prefLabel ?label }
  OPTIONAL { ?actor sty:kind ?kind }
  OPTIONAL { ?actor sty:municipality ?m }
  LATERAL { OPTIONAL { ?goal sty:responsibility ?r . ?r sty:actor ?actor . OPTIONAL { ?r sty:role ?role }
                       OPTIONAL { ?r sty:confidence ?c } } }
}""")

RDF_INVOLVEMENT = Template("""
CONSTRUCT {
  ?doc sty:involves ?actor ; sty:involvement ?inv .
  ?inv a sty:Involvement ; sty:actor ?actor ; sty:role ?role .
  ?actor a sty:Actor ; skos:prefLabel ?label ; sty:kind ?kind .
}
WHERE {
  $docs
  ?doc sty:involvement ?inv .
  ?inv sty:actor ?actor .
  OPTIONAL { ?inv sty:role ?role }
  OPTIONAL { ?actor skos:prefLabel ?label }
  OPTIONAL { ?actor sty:kind ?kind }
}""")

RDF_ARTICLES = Template("""
CONSTRUCT { ?a a sty:ConventionArticle ; sty:articleNumber ?n ; skos:prefLabel ?label . }
WHERE { ?a a sty:ConventionArticle ; sty:articleNumber ?n ; skos:prefLabel ?label . $articles }""")


def fill(template: Template, filters: Filters, **parts: str) -> str:
    """A template with the filter's patterns and the given parts; unused placeholders become empty."""
    goal_articles = ""
    if filters.articles:
        goal_articles = f"FILTER EXISTS {{ ?goal dcterms:subject ?goalArticle . {filters.article_values('goalArticle')} }}"
    values = {
        "docs": filters.document_patterns(),
        "articles": filters.article_values("a"),
        "links": _LINKS,
        "goal_articles": goal_articles,
        "parent_in_view": (f"FILTER EXISTS {{ ?p dcterms:subject ?parentArticle . "
                           f"{filters.article_values('parentArticle')} }}" if filters.articles else ""),
        "unit": "", "evidence_select": "", "evidence_patterns": "", "key": "", "kind": "", "nodes": "",
        "relation": "", "subject": "", "subject_links": "", "goal_constraint": "", "actor_kinds": actor_kind_values(),
    }
    values.update(parts)
    # parts may themselves hold placeholders ($goal_articles inside $subject_links)
    for k in ("subject_links", "unit", "key"):
        values[k] = Template(values[k]).safe_substitute(values)
    return template.substitute(values)
