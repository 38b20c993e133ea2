"""A small hand-written corpus of analysed documents, for tests, benchmarks and documentation.

Four invented but realistic Swedish documents from Uppsala, Malmö and Kiruna,
built the way the pipeline builds them: pages of clean text, metadata fields
with spans, goals, actors and links whose evidence points at real offsets.
None of the text comes from a real document.
"""

from __future__ import annotations

from ..fsutil import sha256_text
from ..model import (
    Actor,
    Analysis,
    ArticleLink,
    DocType,
    Document,
    Evidence,
    Field,
    Goal,
    Metadata,
    Page,
    TopicLink,
)


class _Doc:
    """Builds a Document from pages of text and finds spans in it by quote."""

    def __init__(self, doc_id: str, source: str, pages: list[str]) -> None:
        text, spans, pos = "", [], 0
        for i, page in enumerate(pages, start=1):
            spans.append(Page(number=i, start=pos, end=pos + len(page)))
            text += page + "\f"
            pos = len(text)
        self.doc = Document(source=source, sha256=sha256_text(text), format="pdf", text=text, pages=spans, id=doc_id)

    def span(self, quote: str) -> tuple[int, int]:
        start = self.doc.text.index(quote)
        return start, start + len(quote)

    def ev(self, quote: str, extractor: str, confidence: float) -> Evidence:
        return self.doc.evidence(*self.span(quote), extractor=extractor, confidence=confidence)

    def field(self, quote: str, value: str | None = None) -> Field:
        start, end = self.span(quote)
        return Field(value=value or quote, start=start, end=end, page=self.doc.page_at(start),
                     raw=quote if value else None)

    def goal(self, gid: str, text: str, level: str, confidence: float = 0.9, **kw: object) -> Goal:
        return Goal(id=gid, text=text, level=level, evidence=self.ev(text, "rule:goal-heading", confidence), **kw)


def uppsala_programme() -> Analysis:
    d = _Doc("uppsala-program-delaktighet-2021", "corpus/sample/uppsala_program_delaktighet_2021.pdf", [
        "Uppsala kommun\nProgram för full delaktighet för personer med funktionsnedsättning 2021–2025\n"
        "Fastställt av kommunfullmäktige 2021-03-29\nDiarienummer KSN-2020-01234\n",
        "Inledning\nProgrammet utgår från FN:s konvention om rättigheter för personer med funktionsnedsättning "
        "och de fyra inriktningarna för den nationella funktionshinderspolitiken.\n",
        "Så har programmet tagits fram\nKommunala funktionsrättsrådet har deltagit i dialog under arbetet.\n"
        "Myndigheten för delaktighet har bidragit med underlag.\n",
        "Målområde: Boende och stöd\nPersoner med funktionsnedsättning ska kunna leva ett självständigt liv "
        "med samma möjligheter som andra (artikel 19).\nSocialnämnden ska öka andelen bostäder med särskild "
        "service som ligger i ordinära bostadsområden.\nBrister i tillgängligheten ska åtgärdas.\n",
        "Målområde: Kultur och fritid\nKulturutbudet ska vara tillgängligt för alla, och kultur- och "
        "fritidsnämnden ska erbjuda anpassade fritidsaktiviteter (artikel 30).\nKultur- och fritidsnämnden "
        "ska senast 2023 tillgänglighetsinventera samtliga bibliotek.\nIndividuellt stöd ska ge självständighet.\n",
    ])
    doc = d.doc
    doc.metadata = Metadata(
        title=d.field("Program för full delaktighet för personer med funktionsnedsättning 2021–2025"),
        organisation=d.field("Uppsala kommun"),
        kommunkod=Field(value="0380"),
        stated_type=d.field("Program", "program"),
        adopted_by=d.field("kommunfullmäktige", "Kommunfullmäktige"),
        adopted_date=d.field("2021-03-29"),
        diarienummer=d.field("KSN-2020-01234"),
        validity=d.field("2021–2025"),
        valid_until=Field(value="2025"),
    )
    g1 = d.goal("g1", "Personer med funktionsnedsättning ska kunna leva ett självständigt liv med samma "
                "möjligheter som andra", "overall", area="Boende och stöd", articles=[19])
    g2 = d.goal("g2", "Socialnämnden ska öka andelen bostäder med särskild service som ligger i ordinära "
                "bostadsområden.", "subgoal", 0.86, parent="g1", area="Boende och stöd",
                actors=["0380/socialnamnden"], articles=[19])
    g3 = d.goal("g3", "Kulturutbudet ska vara tillgängligt för alla, och kultur- och fritidsnämnden ska erbjuda "
                "anpassade fritidsaktiviteter", "subgoal", area="Kultur och fritid",
                actors=["0380/kultur-och-fritidsnamnden"], articles=[30])
    g4 = d.goal("g4", "Kultur- och fritidsnämnden ska senast 2023 tillgänglighetsinventera samtliga bibliotek.",
                "action", 0.8, parent="g3", area="Kultur och fritid", deadline="2023",
                actors=["0380/kultur-och-fritidsnamnden"], articles=[30, 9])
    actors = [
        Actor("0380/socialnamnden", "Socialnämnden", "committee", ["responsible"],
              [d.ev("Socialnämnden", "rule:actor-gazetteer", 0.95)], "0380"),
        Actor("0380/kultur-och-fritidsnamnden", "Kultur- och fritidsnämnden", "committee", ["responsible"],
              [d.ev("kultur- och fritidsnämnden", "rule:actor-gazetteer", 0.95),
               d.ev("Kultur- och fritidsnämnden", "rule:actor-gazetteer", 0.95)], "0380"),
        Actor("0380/kommunfullmaktige", "Kommunfullmäktige", "committee", ["adopting"],
              [d.ev("kommunfullmäktige", "rule:metadata-block", 0.9)], "0380"),
        Actor("0380/kommunala-funktionsrattsradet", "Kommunala funktionsrättsrådet", "council", ["consulted"],
              [d.ev("Kommunala funktionsrättsrådet", "rule:actor-gazetteer", 0.9)], "0380"),
        Actor("agency/mfd", "Myndigheten för delaktighet", "agency", ["mentioned"],
              [d.ev("Myndigheten för delaktighet", "rule:actor-gazetteer", 0.97)], None),
    ]
    articles = [
        ArticleLink(19, 0.95, True, [d.ev("artikel 19", "lexicon:article-number", 0.95)]),
        ArticleLink(30, 0.95, True, [d.ev("artikel 30", "lexicon:article-number", 0.95)]),
        ArticleLink(9, 0.62, False, [d.ev("Brister i tillgängligheten ska åtgärdas.", "lexicon:art9", 0.62)]),
        ArticleLink(19, 0.95, True, [d.ev("artikel 19", "lexicon:article-number", 0.95)], goal="g1"),
        ArticleLink(30, 0.95, True, [d.ev("artikel 30", "lexicon:article-number", 0.95)], goal="g3"),
    ]
    topics = [
        TopicLink("direction:2", 0.8, [d.ev("Brister i tillgängligheten ska åtgärdas.", "lexicon:directions", 0.8)]),
        TopicLink("direction:3", 0.7, [d.ev("Individuellt stöd ska ge självständighet.", "lexicon:directions", 0.7)]),
        TopicLink("ladder:dialog", 0.75, [d.ev("deltagit i dialog", "lexicon:ladder", 0.75)]),
    ]
    doc_type = DocType("programme", 0.92, stated="program", method="rule+model",
                       reason="The title calls the document a programme and it states goals without actions.",
                       evidence=[d.ev("Program för full delaktighet", "rule:title-word", 0.92)],
                       scores={"programme": 0.92, "plan": 0.05})
    return Analysis(doc, doc_type, [g1, g2, g3, g4], actors, articles, topics)


def uppsala_guideline() -> Analysis:
    d = _Doc("uppsala-riktlinjer-lss-boende-2019", "corpus/sample/uppsala_riktlinjer_lss_boende_2019.pdf", [
        "Uppsala kommun\nRiktlinjer för bostad med särskild service enligt LSS\nBeslutad av socialnämnden "
        "2019-05-20\n",
        "Syfte\nDen enskilde ska ges möjlighet att välja var och med vem hon eller han ska bo.\n"
        "Socialnämnden ansvarar för att riktlinjerna följs.\n",
    ])
    doc = d.doc
    doc.metadata = Metadata(
        title=d.field("Riktlinjer för bostad med särskild service enligt LSS"),
        organisation=d.field("Uppsala kommun"), kommunkod=Field(value="0380"),
        stated_type=d.field("Riktlinjer", "riktlinjer"),
        adopted_by=d.field("socialnämnden", "Socialnämnden"), adopted_date=d.field("2019-05-20"),
        valid_until=Field(value="tills vidare"),
    )
    g1 = d.goal("g1", "Den enskilde ska ges möjlighet att välja var och med vem hon eller han ska bo.", "overall",
                0.88, actors=["0380/socialnamnden"])
    actors = [Actor("0380/socialnamnden", "Socialnämnden", "committee", ["adopting", "responsible"],
                    [d.ev("Socialnämnden ansvarar", "rule:actor-gazetteer", 0.93)], "0380")]
    articles = [ArticleLink(19, 0.81, False, [d.ev("välja var och med vem hon eller han ska bo", "lexicon:art19",
                                                   0.81)], goal="g1"),
                ArticleLink(19, 0.81, False, [d.ev("välja var och med vem hon eller han ska bo", "lexicon:art19",
                                                   0.81)])]
    doc_type = DocType("guideline", 0.97, stated="riktlinjer",
                       evidence=[d.ev("Riktlinjer för bostad", "rule:title-word", 0.97)])
    return Analysis(doc, doc_type, [g1], actors, articles, [])


def malmo_plan() -> Analysis:
    d = _Doc("malmo-handlingsplan-arbete-2022", "corpus/sample/malmo_handlingsplan_arbete_2022.pdf", [
        "Malmö stad\nHandlingsplan för arbete och sysselsättning för personer med funktionsnedsättning 2022–2024\n"
        "Antagen av kommunfullmäktige 2022-02-24\n",
        "Mål\nFler personer med funktionsnedsättning ska ha ett arbete, i enlighet med artikel 27.\n"
        "Åtgärder\nArbetsmarknads- och socialförvaltningen ska erbjuda 50 praktikplatser per år.\n"
        "Diskriminering i rekryteringen ska förebyggas. Brukarorganisationerna ska ha inflytande över "
        "uppföljningen.\n",
    ])
    doc = d.doc
    doc.metadata = Metadata(
        title=d.field("Handlingsplan för arbete och sysselsättning för personer med funktionsnedsättning 2022–2024"),
        organisation=d.field("Malmö stad"), kommunkod=Field(value="1280"),
        stated_type=d.field("Handlingsplan", "handlingsplan"),
        adopted_by=d.field("kommunfullmäktige", "Kommunfullmäktige"), adopted_date=d.field("2022-02-24"),
        validity=d.field("2022–2024"),
    )
    g1 = d.goal("g1", "Fler personer med funktionsnedsättning ska ha ett arbete", "overall", articles=[27])
    g2 = d.goal("g2", "Arbetsmarknads- och socialförvaltningen ska erbjuda 50 praktikplatser per år.", "action",
                parent="g1", actors=["1280/arbetsmarknads-och-socialforvaltningen"], indicator="Antal praktikplatser")
    actors = [
        Actor("1280/arbetsmarknads-och-socialforvaltningen", "Arbetsmarknads- och socialförvaltningen",
              "department", ["responsible"], [d.ev("Arbetsmarknads- och socialförvaltningen",
                                                  "rule:actor-gazetteer", 0.9)], "1280"),
        Actor("1280/kommunfullmaktige", "Kommunfullmäktige", "committee", ["adopting"],
              [d.ev("kommunfullmäktige", "rule:metadata-block", 0.9)], "1280"),
    ]
    articles = [ArticleLink(27, 0.97, True, [d.ev("artikel 27", "lexicon:article-number", 0.97)]),
                ArticleLink(27, 0.97, True, [d.ev("artikel 27", "lexicon:article-number", 0.97)], goal="g1")]
    topics = [
        TopicLink("direction:4", 0.85, [d.ev("Diskriminering i rekryteringen ska förebyggas.", "lexicon:directions",
                                             0.85)]),
        TopicLink("ladder:inflytande", 0.7, [d.ev("ska ha inflytande", "lexicon:ladder", 0.7)]),
    ]
    doc_type = DocType("plan", 0.95, stated="handlingsplan",
                       evidence=[d.ev("Handlingsplan för arbete", "rule:title-word", 0.95)])
    return Analysis(doc, doc_type, [g1, g2], actors, articles, topics)


def kiruna_strategy() -> Analysis:
    d = _Doc("kiruna-strategi-tillganglighet-2020", "corpus/sample/kiruna_strategi_tillganglighet_2020.pdf", [
        "Kiruna kommun\nStrategi för tillgänglighet 2020–2030\nAntagen av kommunfullmäktige 2020-06-15\n",
        "Vision\nKiruna kommun ska vara tillgänglig för alla invånare, i linje med artikel 9.\n"
        "Kultur- och fritidsnämnden ska göra alla idrottsanläggningar tillgängliga.\n"
        "Nya lokaler ska utformas enligt principen om universell utformning.\n",
    ])
    doc = d.doc
    doc.metadata = Metadata(
        title=d.field("Strategi för tillgänglighet 2020–2030"), organisation=d.field("Kiruna kommun"),
        kommunkod=Field(value="2584"), stated_type=d.field("Strategi", "strategi"),
        adopted_by=d.field("kommunfullmäktige", "Kommunfullmäktige"), adopted_date=d.field("2020-06-15"),
        validity=d.field("2020–2030"), valid_until=Field(value="2030"),
    )
    g1 = d.goal("g1", "Kiruna kommun ska vara tillgänglig för alla invånare", "overall", articles=[9])
    g2 = d.goal("g2", "Kultur- och fritidsnämnden ska göra alla idrottsanläggningar tillgängliga.", "subgoal",
                parent="g1", actors=["2584/kultur-och-fritidsnamnden"], articles=[30])
    actors = [
        Actor("2584/kultur-och-fritidsnamnden", "Kultur- och fritidsnämnden", "committee", ["responsible"],
              [d.ev("Kultur- och fritidsnämnden", "rule:actor-gazetteer", 0.95)], "2584"),
        Actor("2584", "Kiruna kommun", "municipality", ["owner"],
              [d.ev("Kiruna kommun", "rule:actor-gazetteer", 0.99)], "2584"),
    ]
    articles = [ArticleLink(9, 0.96, True, [d.ev("artikel 9", "lexicon:article-number", 0.96)]),
                ArticleLink(30, 0.58, False, [d.ev("idrottsanläggningar", "lexicon:art30", 0.58)])]
    topics = [
        TopicLink("direction:1", 0.9, [d.ev("principen om universell utformning", "lexicon:directions", 0.9)]),
        TopicLink("direction:2", 0.6, [d.ev("tillgänglig för alla invånare", "lexicon:directions", 0.6)]),
    ]
    doc_type = DocType("strategy", 0.9, stated="strategi",
                       evidence=[d.ev("Strategi för tillgänglighet", "rule:title-word", 0.9)])
    return Analysis(doc, doc_type, [g1, g2], actors, articles, topics)


def example_corpus() -> list[Analysis]:
    """The four example documents, fresh objects on every call."""
    return [uppsala_programme(), uppsala_guideline(), malmo_plan(), kiruna_strategy()]
