"""Hand-made and synthetic :class:`~miner.model.Analysis` objects for tests and the benchmark.

:func:`make_analysis` builds one document from headings, paragraphs and goals, with pages,
blocks and evidence spans that point into its clean text, as the pipeline would.
:func:`country_corpus` writes a country-scale corpus (default about 3,000 documents and
50,000 goals) from Swedish goal and paragraph templates per policy area, spread over all
290 municipalities, for measuring build time and query latency. None of it is real text.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ..model import (
    Actor,
    Analysis,
    ArticleLink,
    Block,
    DocType,
    Document,
    Evidence,
    Field,
    Goal,
    Metadata,
    Page,
    TopicLink,
)
from ..reference import municipalities, official_name


@dataclass
class GoalSpec:
    text: str
    level: str = "subgoal"
    articles: tuple[int, ...] = ()
    actors: tuple[str, ...] = ()  # actor ids


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    goals: list[GoalSpec] = field(default_factory=list)  # printed as list items after the paragraphs


def make_analysis(doc_id: str, *, title: str, kommunkod: str | None, doc_type: str, sections: Sequence[Section],
                  articles: dict[int, float] | None = None, actors: Sequence[tuple[str, str, str, tuple[str, ...]]] = (),
                  adopted_by: str | None = None, adopted_date: str | None = None, directions: Sequence[int] = (),
                  per_page: int = 3) -> Analysis:
    """One document as the pipeline would produce it. ``actors`` are ``(id, name, kind, roles)``.

    The text is the title, then each section's heading, paragraphs and goals (one block
    each); a new page starts every ``per_page`` sections. Goal evidence spans the goal's
    text exactly, so ``text[start:end] == goal.text``.
    """
    parts: list[str] = []
    blocks: list[Block] = []
    goals: list[Goal] = []
    pages: list[Page] = []
    pos = 0
    page_no = 1
    page_start = 0

    def add(s: str, kind: str, level: int | None = None) -> tuple[int, int]:
        nonlocal pos
        start = pos
        parts.append(s + "\n\n")
        pos += len(s) + 2
        blocks.append(Block(kind=kind, start=start, end=start + len(s), page=page_no, level=level))  # type: ignore[arg-type]
        return start, start + len(s)

    add(title, "heading", 1)
    org = official_name(municipalities()[kommunkod]) if kommunkod in municipalities() else None
    if org:
        add(f"{org}. Antagen av {adopted_by or 'kommunfullmäktige'}.", "paragraph")
    for si, sec in enumerate(sections):
        if si and si % per_page == 0:
            pages.append(Page(number=page_no, start=page_start, end=pos))
            page_no += 1
            page_start = pos
        add(sec.heading, "heading", 2)
        for p in sec.paragraphs:
            add(p, "paragraph")
        for g in sec.goals:
            s, e = add(g.text, "list_item")
            gid = f"g{len(goals) + 1}"
            goals.append(Goal(id=gid, text=g.text, level=g.level, area=sec.heading, articles=list(g.articles),
                              actors=list(g.actors),
                              evidence=Evidence(page=page_no, start=s, end=e, quote=g.text, extractor="synthetic",
                                                confidence=0.9)))
    pages.append(Page(number=page_no, start=page_start, end=pos))
    text = "".join(parts)
    md = Metadata(title=Field(title, 0, len(title), 1),
                  organisation=Field(org) if org else None,
                  kommunkod=Field(kommunkod) if kommunkod else None,
                  adopted_by=Field(adopted_by) if adopted_by else None,
                  adopted_date=Field(adopted_date) if adopted_date else None)
    doc = Document(source=f"{doc_id}.pdf", sha256=f"sha-{doc_id}", format="pdf", text=text, pages=pages,
                   blocks=blocks, metadata=md, id=doc_id)
    links = [ArticleLink(article=n, confidence=c, explicit=False) for n, c in sorted((articles or {}).items())]
    return Analysis(
        document=doc,
        doc_type=DocType(label=doc_type, confidence=0.9),
        goals=goals,
        actors=[Actor(id=i, name=n, kind=k, roles=list(r)) for i, n, k, r in actors],
        articles=links,
        topics=[TopicLink(concept=f"direction:{d}", confidence=0.8) for d in directions],
    )


# ------------------------------------------------------------------ country-scale corpus

# Policy areas: (heading, CRPD articles, national direction, paragraph templates, goal templates).
# {who}, {year}, {verb}, {share} and {place} are filled in per document.
AREAS: list[tuple[str, tuple[int, ...], int, list[str], list[str]]] = [
    ("Arbete och sysselsättning", (27,), 1, [
        "Personer med funktionsnedsättning har lägre sysselsättningsgrad än befolkningen i övrigt. "
        "{who} samverkar med Arbetsförmedlingen och Försäkringskassan för att fler ska få ett arbete.",
        "Daglig verksamhet enligt LSS ska i högre grad leda vidare till praktik, lönebidragsanställning "
        "eller anställning på den öppna arbetsmarknaden.",
    ], [
        "Andelen personer med funktionsnedsättning som har ett arbete ska {verb} till år {year}.",
        "{who} ska erbjuda minst {share} praktikplatser för personer med funktionsnedsättning varje år.",
        "Fler deltagare i daglig verksamhet ska gå vidare till anställning eller studier.",
        "Kommunen som arbetsgivare ska anställa fler personer med funktionsnedsättning genom lönebidrag och trainee-tjänster.",
        "Arbetsmarknadsinsatser ska vara tillgängliga för personer med psykisk funktionsnedsättning.",
    ]),
    ("Tillgänglig fysisk miljö", (9,), 2, [
        "Enkelt avhjälpta hinder i offentliga lokaler och på allmän plats ska åtgärdas. "
        "Inventeringen av gator, torg och parker i {place} fortsätter.",
        "Vid nybyggnation och ombyggnad ska tillgänglighetskraven i plan- och bygglagen följas från start.",
    ], [
        "Alla kommunens publika lokaler ska vara tillgängliga senast {year}.",
        "Enkelt avhjälpta hinder på allmän plats ska {verb} med {share} procent.",
        "Lekplatser ska göras tillgängliga för barn med funktionsnedsättning.",
        "Gångstråk och busshållplatser i {place} ska vara tillgängliga för personer med nedsatt rörelseförmåga.",
    ]),
    ("Information och kommunikation", (21, 9), 2, [
        "Information från kommunen ska vara lätt att hitta, förstå och använda. Webbplatsen ska uppfylla "
        "kraven i lagen om tillgänglighet till digital offentlig service.",
        "Klarspråk, lättläst svenska, teckenspråk och syntolkning används så att alla kan ta del av informationen.",
    ], [
        "Alla verksamheter ska ha tillgänglig information om sina tjänster.",
        "Kommunens webbplats ska uppfylla WCAG 2.1 nivå AA senast {year}.",
        "Viktig samhällsinformation ska finnas på lättläst svenska och teckenspråk.",
        "Medarbetare som skriver texter ska utbildas i klarspråk.",
    ]),
    ("Utbildning", (24,), 3, [
        "Elever med funktionsnedsättning ska ges det stöd de behöver för att nå kunskapskraven. "
        "Skolans lokaler, lärmiljö och undervisning ska vara tillgängliga.",
        "Elevhälsan arbetar förebyggande och hälsofrämjande tillsammans med vårdnadshavare.",
    ], [
        "Alla skolor ska ha tillgänglig lärmiljö senast {year}.",
        "Andelen elever med funktionsnedsättning som når gymnasiebehörighet ska {verb}.",
        "Lärare ska ha kunskap om neuropsykiatriska funktionsnedsättningar.",
        "Övergången från grundsärskola till gymnasiesärskola ska planeras tillsammans med eleven.",
    ]),
    ("Kultur och fritid", (30,), 3, [
        "Kultur- och fritidsutbudet i {place} ska vara tillgängligt för alla. Biblioteket erbjuder talböcker "
        "och anpassade medier.",
        "Föreningar som får bidrag ska arbeta för att deras verksamhet är öppen för personer med funktionsnedsättning.",
    ], [
        "Utbudet av fritidsaktiviteter för barn och unga med funktionsnedsättning ska {verb}.",
        "Kulturhus, bibliotek och idrottsanläggningar ska vara tillgängliga senast {year}.",
        "Föreningslivet ska erbjudas stöd för att göra sina aktiviteter tillgängliga.",
        "Fler personer med funktionsnedsättning ska delta i kulturlivet och idrottslivet.",
    ]),
    ("Bostad och boende", (19, 28), 4, [
        "Personer med funktionsnedsättning ska kunna välja var och med vem de bor. Behovet av bostäder med "
        "särskild service enligt LSS ökar i {place}.",
        "Bostadsanpassningsbidrag och stöd i boendet gör det möjligt att bo kvar i det egna hemmet.",
    ], [
        "Kön till bostad med särskild service ska vara noll år {year}.",
        "Nya bostäder ska planeras så att de är tillgängliga för personer med nedsatt rörelseförmåga.",
        "Handläggningstiden för bostadsanpassning ska {verb}.",
        "Boendestöd ska utgå från den enskildes behov och önskemål.",
    ]),
    ("Hälsa och vård", (25, 26), 4, [
        "Personer med funktionsnedsättning har sämre hälsa än befolkningen i övrigt. Regionen och kommunen "
        "samverkar kring hälsa, habilitering och rehabilitering.",
        "Hälsofrämjande insatser ska nå personer med intellektuell funktionsnedsättning.",
    ], [
        "Skillnader i hälsa mellan personer med och utan funktionsnedsättning ska {verb}.",
        "Alla brukare i bostad med särskild service ska erbjudas en årlig hälsoplan.",
        "Samverkan mellan kommun och region kring habilitering ska förbättras.",
        "Personal ska ha kunskap om psykisk ohälsa hos personer med funktionsnedsättning.",
    ]),
    ("Delaktighet och inflytande", (4, 29), 1, [
        "Funktionshinderrådet är kommunens forum för samråd med funktionsrättsorganisationerna. "
        "Rådet ska involveras tidigt i planering och beslut.",
        "Brukarundersökningar och dialogmöten ger personer med funktionsnedsättning inflytande över insatserna.",
    ], [
        "Funktionshinderrådet ska höras i alla ärenden som rör personer med funktionsnedsättning.",
        "Alla nämnder ska ta fram en handlingsplan för delaktighet senast {year}.",
        "Valet ska vara tillgängligt så att alla kan rösta.",
        "Brukarinflytandet inom LSS-verksamheterna ska {verb}.",
    ]),
    ("Bemötande och kunskap", (8,), 1, [
        "Ett gott bemötande bygger på kunskap om funktionsnedsättningar och om rättighetsperspektivet. "
        "{who} erbjuder utbildning till alla medarbetare.",
        "Kommunen arbetar aktivt mot diskriminering på grund av funktionsnedsättning.",
    ], [
        "Alla medarbetare ska genomgå utbildning om bemötande av personer med funktionsnedsättning senast {year}.",
        "Andelen brukare som upplever ett gott bemötande ska {verb}.",
        "Chefer ska ha kunskap om funktionsrättskonventionen.",
    ]),
    ("Färdtjänst och resor", (20, 9), 2, [
        "Färdtjänst och riksfärdtjänst ger personer som inte kan resa med allmänna kommunikationer möjlighet att "
        "förflytta sig. Kollektivtrafiken i {place} ska bli mer tillgänglig.",
    ], [
        "Väntetiden för färdtjänst ska {verb}.",
        "Alla busshållplatser på stomlinjerna ska vara tillgängliga senast {year}.",
        "Handläggningen av färdtjänsttillstånd ska ske inom {share} dagar.",
    ]),
    ("Trygghet och skydd mot våld", (16, 11), 4, [
        "Personer med funktionsnedsättning löper större risk att utsättas för våld. Socialtjänsten ska ha "
        "rutiner för att upptäcka våld och erbjuda stöd.",
        "Krisberedskapen ska ta hänsyn till personer med funktionsnedsättning vid evakuering och information.",
    ], [
        "Alla verksamheter ska ha rutiner för att upptäcka våld mot personer med funktionsnedsättning.",
        "Krisinformation ska vara tillgänglig för alla invånare.",
        "Skyddade boenden ska vara tillgängliga.",
    ]),
    ("Barn och unga", (7,), 3, [
        "Barn med funktionsnedsättning har rätt att uttrycka sina åsikter i frågor som rör dem. Familjer får "
        "stöd genom avlösarservice och korttidsvistelse.",
    ], [
        "Barn med funktionsnedsättning ska få komma till tals i utredningar som rör dem.",
        "Väntetiden till korttidsvistelse ska {verb}.",
        "Fler barn med funktionsnedsättning ska delta i fritidsaktiviteter.",
    ]),
]

_TYPES = [("program", "programme"), ("handlingsplan", "plan"), ("plan", "plan"), ("strategi", "strategy"),
          ("policy", "policy"), ("riktlinjer", "guideline")]
_TYPE_WEIGHTS = [4, 4, 1, 2, 2, 1]
_VERBS = ["öka", "minska", "förbättras", "halveras", "fördubblas"]
_WHO = ["Socialnämnden", "Kommunstyrelsen", "Arbetsmarknadsförvaltningen", "Kultur- och fritidsnämnden",
        "Stadsbyggnadsnämnden", "Utbildningsnämnden", "Omsorgsnämnden"]
_ACTOR_KINDS = [("kommunstyrelsen", "Kommunstyrelsen", "committee"), ("socialnamnden", "Socialnämnden", "committee"),
                ("fhr", "Funktionshinderrådet", "council"), ("af", "Arbetsförmedlingen", "agency"),
                ("fk", "Försäkringskassan", "agency"), ("region", "Regionen", "region"),
                ("bolag", "Det kommunala bostadsbolaget", "company"), ("dhr", "DHR", "civil-society"),
                ("soc", "Socialförvaltningen", "department"), ("samordnare", "Tillgänglighetssamordnaren", "role")]


def _fill(template: str, rng: random.Random, place: str) -> str:
    return template.format(who=rng.choice(_WHO), year=rng.randint(2024, 2032), verb=rng.choice(_VERBS),
                           share=rng.choice([5, 10, 15, 20, 25, 30]), place=place)


def country_corpus(n_docs: int = 3000, goals_per_doc: int = 17, seed: int = 7) -> Iterator[Analysis]:
    """``n_docs`` synthetic documents of every municipality, ``goals_per_doc`` goals each on average."""
    rng = random.Random(seed)
    munis = sorted(municipalities().values(), key=lambda m: m.kommunkod)
    for i in range(n_docs):
        m = munis[i % len(munis)]
        word, label = rng.choices(_TYPES, weights=_TYPE_WEIGHTS)[0]
        n_areas = rng.randint(1, 5)
        areas = rng.sample(AREAS, n_areas)
        start = rng.randint(2012, 2025)
        if n_areas == 1:
            title = f"{word.capitalize()} för {areas[0][0].lower()} {start}–{start + 3}"
        else:
            title = f"Funktionshinderpolitiskt {word} {start}–{start + 3}"
        n_goals = max(3, int(rng.gauss(goals_per_doc, 4)))
        per_area = [n_goals // n_areas + (1 if j < n_goals % n_areas else 0) for j in range(n_areas)]
        sections: list[Section] = [Section("Inledning", [
            f"{title} beskriver hur {official_name(m)} ska arbeta för att personer med funktionsnedsättning "
            "ska ha samma möjligheter som andra att delta i samhällslivet.",
            "Utgångspunkten är FN:s konvention om rättigheter för personer med funktionsnedsättning och det "
            "nationella målet för funktionshinderspolitiken."])]
        articles: dict[int, float] = {4: 0.6}
        dirs = set()
        for (heading, arts, direction, paras, goal_templates), n in zip(areas, per_area, strict=True):
            goals = [GoalSpec(_fill(rng.choice(goal_templates), rng, m.name),
                              level=rng.choice(["subgoal", "subgoal", "action"]), articles=arts)
                     for _ in range(n)]
            sections.append(Section(heading, [_fill(p, rng, m.name) for p in paras], goals))
            for a in arts:
                articles[a] = round(rng.uniform(0.6, 0.95), 2)
            dirs.add(direction)
        sections.append(Section("Uppföljning", [
            "Planen följs upp årligen av kommunstyrelsen och redovisas för funktionshinderrådet."]))
        actors = [(f"{m.kommunkod}/{a}", n, k, ("responsible",)) for a, n, k in rng.sample(_ACTOR_KINDS, 4)]
        yield make_analysis(
            f"{m.kommunkod}-{label}-{i}", title=title, kommunkod=m.kommunkod, doc_type=label, sections=sections,
            articles=articles, actors=actors, adopted_by=rng.choice(["Kommunfullmäktige", "Kommunstyrelsen"]),
            adopted_date=f"{start}-{rng.randint(1, 12):02d}-15", directions=sorted(dirs))


# ------------------------------------------------------------------ a small hand-made corpus


def example_corpus() -> list[Analysis]:
    """Six small documents for tests and examples: two work programmes in different SKR groups, a culture
    plan, an information guideline, a housing plan and a regional health plan."""
    work_paras = [
        "Personer med funktionsnedsättning har lägre sysselsättningsgrad än befolkningen i övrigt. "
        "Kommunen samverkar med Arbetsförmedlingen för att fler ska få en anställning.",
        "Daglig verksamhet enligt LSS ska i högre grad leda vidare till praktik och arbete på den öppna arbetsmarknaden.",
    ]
    return [
        make_analysis(
            "amal-program-arbete-2024", title="Program för arbete och sysselsättning 2024–2027", kommunkod="1492",
            doc_type="programme", adopted_by="Kommunfullmäktige", adopted_date="2024-02-26", directions=[1], per_page=1,
            articles={27: 0.95, 4: 0.5},
            actors=[("1492/kf", "Kommunfullmäktige", "committee", ("adopting",)),
                    ("agency/af", "Arbetsförmedlingen", "agency", ("consulted",)),
                    ("1492/sn", "Socialnämnden", "committee", ("responsible",))],
            sections=[
                Section("Inledning", ["Programmet visar hur Åmåls kommun ska arbeta för att personer med "
                                      "funktionsnedsättning ska kunna försörja sig genom eget arbete."]),
                Section("Arbete och sysselsättning", work_paras, [
                    GoalSpec("Andelen personer med funktionsnedsättning som har ett arbete ska öka till år 2027.",
                             articles=(27,), actors=("1492/sn",)),
                    GoalSpec("Kommunen ska erbjuda minst tio praktikplatser per år för personer med funktionsnedsättning.",
                             level="action", articles=(27,)),
                ]),
                Section("Uppföljning", ["Programmet följs upp årligen av kommunstyrelsen."]),
            ]),
        make_analysis(
            "uppsala-program-arbete-2022", title="Program för arbete och sysselsättning 2022–2026", kommunkod="0380",
            doc_type="programme", adopted_by="Kommunfullmäktige", adopted_date="2022-06-13", directions=[1], per_page=1,
            articles={27: 0.95, 4: 0.5},
            actors=[("0380/kf", "Kommunfullmäktige", "committee", ("adopting",)),
                    ("agency/af", "Arbetsförmedlingen", "agency", ("consulted",)),
                    ("0380/amn", "Arbetsmarknadsnämnden", "committee", ("responsible",))],
            sections=[
                Section("Inledning", ["Programmet visar hur Uppsala kommun ska arbeta för att personer med "
                                      "funktionsnedsättning ska kunna försörja sig genom eget arbete."]),
                Section("Arbete och sysselsättning", work_paras, [
                    GoalSpec("Andelen personer med funktionsnedsättning som har ett arbete ska öka till år 2026.",
                             articles=(27,), actors=("0380/amn",)),
                    GoalSpec("Kommunen ska erbjuda fler lönebidragsanställningar för personer med funktionsnedsättning.",
                             level="action", articles=(27,)),
                ]),
                Section("Uppföljning", ["Programmet följs upp årligen av kommunstyrelsen."]),
            ]),
        make_analysis(
            "vara-plan-kultur-2023", title="Kulturplan 2023–2026", kommunkod="1470", doc_type="plan",
            adopted_by="Kultur- och fritidsnämnden", adopted_date="2023-03-20", directions=[3], articles={30: 0.9},
            actors=[("1470/kfn", "Kultur- och fritidsnämnden", "committee", ("adopting", "responsible")),
                    ("1470/fhr", "Funktionshinderrådet", "council", ("consulted",))],
            sections=[
                Section("Kultur för alla", [
                    "Biblioteket, kulturskolan och konsthallen ska vara öppna för alla invånare. Utbudet av "
                    "talböcker och syntolkade föreställningar byggs ut.",
                    "Föreningar som får kulturbidrag ska redovisa hur de når nya grupper."], [
                    GoalSpec("Kulturutbudet ska vara tillgängligt för personer med funktionsnedsättning.", articles=(30,)),
                    GoalSpec("Ledsagare ska ha fri entré till kommunens kulturarrangemang.", level="action"),
                ]),
            ]),
        make_analysis(
            "kiruna-riktlinje-information-2023", title="Riktlinjer för tillgänglig information", kommunkod="2584",
            doc_type="guideline", adopted_by="Kommunstyrelsen", adopted_date="2023-09-04", directions=[2],
            articles={21: 0.9, 9: 0.7},
            actors=[("2584/ks", "Kommunstyrelsen", "committee", ("adopting",)),
                    ("2584/kommunikation", "Kommunikationsavdelningen", "department", ("responsible",))],
            sections=[
                Section("Tillgänglig information", [
                    "Information från kommunen ska vara lätt att hitta, läsa och förstå. Viktig information ska "
                    "finnas på lättläst svenska, teckenspråk och samiska."], [
                    GoalSpec("Alla verksamheter ska ha tillgänglig information om sina tjänster.", articles=(21,),
                             actors=("2584/kommunikation",)),
                    GoalSpec("Kommunens webbplats ska uppfylla WCAG 2.1 nivå AA.", level="action", articles=(9, 21)),
                ]),
            ]),
        make_analysis(
            "malmo-plan-bostad-2021", title="Bostadsplan för personer med funktionsnedsättning", kommunkod="1280",
            doc_type="plan", adopted_by="Kommunfullmäktige", adopted_date="2021-11-25", directions=[4],
            articles={19: 0.9, 28: 0.6},
            actors=[("1280/kf", "Kommunfullmäktige", "committee", ("adopting",)),
                    ("1280/mkb", "MKB Fastighets AB", "company", ("responsible",))],
            sections=[
                Section("Bostad med särskild service", [
                    "Behovet av bostäder med särskild service enligt LSS ökar. Väntetiden till en bostad ska bli kortare."], [
                    GoalSpec("Väntetiden till bostad med särskild service ska vara högst tre månader.", articles=(19,)),
                    GoalSpec("MKB ska öka andelen tillgängliga lägenheter i nyproduktionen.", level="action",
                             actors=("1280/mkb",)),
                ]),
            ]),
        make_analysis(
            "regionskane-plan-halsa-2024", title="Handlingsplan för jämlik hälsa 2024–2027", kommunkod="12",
            doc_type="plan", adopted_by="Regionstyrelsen", adopted_date="2024-01-15", directions=[4],
            articles={25: 0.9, 26: 0.7},
            actors=[("12/rs", "Regionstyrelsen", "committee", ("adopting",))],
            sections=[
                Section("Hälsa och vård", [
                    "Personer med funktionsnedsättning ska få vård på lika villkor. Habilitering och hjälpmedel "
                    "ska ges i rätt tid."], [
                    GoalSpec("Väntetiden till habilitering ska minska.", articles=(26,)),
                ]),
            ]),
    ]
