"""Jönköpings kommun: Verksamhetsplan 2025 för kultur- och fritidsnämnden (plan; a committee plan, partly disability)."""

from ._common import H1, H2, UL, A, B, Cover, Doc, G, P, Row, Table, Theme, action_rows

KFN = "Kultur- och fritidsnämnden"
KFF = "Kultur- och fritidsförvaltningen"

N1 = "Fler invånare tar del av kultur- och fritidsutbudet, oavsett bakgrund, ålder och funktionsförmåga."
N2 = "Barn och unga har en meningsfull fritid nära där de bor."
N3 = "Föreningslivet är starkt och bidrar till gemenskap och folkhälsa."

_ACT = [
    ("Genomföra tillgänglighetsinventering av samtliga bibliotek och fritidsgårdar.", "Fastighetsenheten, "
     "KFF", "Juni 2025", "Strategi för delaktighet och tillgänglighet",
     dict(responsible=(KFF,), deadline="2025-06", articles=(9, 30), parent=N1)),
    ("Erbjuda syntolkade visningar på Jönköpings läns museum och i Spira i samarbete med regionen.", "KFF",
     "Löpande", "Strategi för delaktighet och tillgänglighet",
     dict(responsible=(KFF,), articles=(21, 30), parent=N1)),
    ("Utöka bibliotekens utbud av lättlästa böcker, talböcker och böcker på teckenspråk.", "KFF", "2025",
     "Biblioteksplan",
     dict(responsible=(KFF,), deadline="2025", articles=(21, 30), parent=N1)),
    ("Starta en sommarlovsverksamhet för barn och unga med funktionsnedsättning.", "KFF", "Sommar 2025",
     "Strategi för delaktighet och tillgänglighet",
     dict(responsible=(KFF,), deadline="2025", articles=(7, 30), parent=N2)),
    ("Öppna en ny fritidsgård i Råslätt.", "KFF", "Hösten 2025", "Kommunprogrammet",
     dict(responsible=(KFF,), deadline="2025", parent=N2)),
    ("Införa ett tillgänglighetskriterium i reglerna för föreningsbidrag.", "Kultur- och fritidsnämnden",
     "Januari 2025", "Strategi för delaktighet och tillgänglighet",
     dict(responsible=(KFN,), deadline="2025-01", articles=(30,), parent=N3)),
    ("Genomföra en utbildningsdag för föreningsledare om inkludering av barn med neuropsykiatriska "
     "funktionsnedsättningar.", "KFF", "Våren 2025", "Strategi för delaktighet och tillgänglighet",
     dict(responsible=(KFF,), deadline="2025", articles=(8, 30), parent=N3)),
    ("Ta fram en ny idrottspolitisk plan.", "Kultur- och fritidsnämnden", "December 2025", "Kommunprogrammet",
     dict(responsible=(KFN,), deadline="2025-12", parent=N3)),
]

DOC = Doc(
    file="jonkoping_plan_verksamhetsplan-kultur-fritid_2025.pdf",
    organisation="Jönköpings kommun",
    kommunkod="0680",
    doc_type="plan",
    stated_type="verksamhetsplan",
    title="Verksamhetsplan 2025 – Kultur- och fritidsnämnden",
    adopted_by="Kultur- och fritidsnämnden",
    adopted_date="2024-11-20",
    diarienummer="KFN 2024/0218",
    valid_until="2025-12-31",
    validity="2025",
    articles=(7, 8, 9, 21, 30),
    actors=[
        A("Kultur- och fritidsnämnden", "committee", "adopting", "responsible", aliases=("KFN",)),
        A("Kultur- och fritidsförvaltningen", "department", "responsible", "owner", aliases=("KFF",)),
        A("Kommunfullmäktige", "committee", "mentioned", aliases=("kommunfullmäktige",)),
        A("Region Jönköpings län", "region", "mentioned", aliases=("regionen",)),
        A("Rådet för funktionshinderfrågor", "council", "consulted"),
        A("Fastighetsenheten", "department", "responsible"),
    ],
    notes=("A committee's annual operational plan (verksamhetsplan), labelled plan; only part of it concerns "
           "disability. It links activities to the municipality's strategy for participation and "
           "accessibility (in this corpus) in the column 'Koppling till styrdokument'; that column names "
           "documents, not CRPD articles. Three committee goals (subgoals) and eight activities; two "
           "activities have no disability connection and no article. 'Fastighetsenheten, KFF' shares the "
           "responsibility; the gold keeps the förvaltning."),
    disability_policy=False,
    theme=Theme(body_font="Times", body_size=11.5, leading=16, heading_sizes=(18, 13, 11.5),
                heading_color="#004f9f", accent="#004f9f", justify=False, hyphenate=False, numbered=True,
                header=("Jönköpings kommun", "Kultur- och fritidsnämnden – Verksamhetsplan 2025"),
                footer="{n} ({m})", footer_align="right", margins=(72, 72, 76, 72)),
    cover=Cover(
        title="Verksamhetsplan 2025",
        subtitle="Kultur- och fritidsnämnden",
        style="photo",
        meta=[("Beslutad", "Kultur- och fritidsnämnden 2024-11-20, § 118"), ("Dnr", "KFN 2024/0218")],
        back=('Jönköpings kommun', 'Kultur- och fritidsförvaltningen', 'jonkoping.se'),
    ),
    features=("photo cover", "activity table linked to other steering documents", "Times font",
              "abbreviations KFN/KFF defined in text", "verksamhetsplan labelled plan"),
    body=[
        H1("Inledning"),
        P("Kultur- och fritidsnämnden (KFN) ansvarar för kommunens bibliotek, kulturverksamhet, fritidsgårdar, "
          "idrottsanläggningar och stöd till föreningslivet. Verksamheten bedrivs av kultur- och "
          "fritidsförvaltningen (KFF) med cirka 420 medarbetare."),
        P("Verksamhetsplanen beskriver hur nämnden under 2025 ska bidra till kommunfullmäktiges mål i "
          "kommunprogrammet och till de kommunövergripande strategierna, bland annat Strategi för delaktighet "
          "och tillgänglighet 2023–2030. Planen har stämts av med Rådet för funktionshinderfrågor."),
        H1("Omvärld och förutsättningar"),
        P("Besöken på biblioteken har återhämtat sig efter pandemin, men föreningslivet har tappat medlemmar, "
          "särskilt bland unga i åldern 13–19 år. Barn med funktionsnedsättning deltar i mindre utsträckning än "
          "andra barn i organiserad fritid. Kostnaderna för drift av idrottsanläggningar har ökat kraftigt till "
          "följd av högre energipriser."),
        P("Nämndens budgetram för 2025 innebär att vissa verksamheter behöver prioriteras. Nämnden har valt att "
          "skydda verksamhet som riktar sig till barn och unga."),
        H1("Nämndens mål 2025"),
        P("Nämnden har beslutat om tre mål för 2025:"),
        UL([B("Mål 1."), G(N1, responsible=(KFN,), articles=(30,), area=None,
                           indicator="Antal besök per invånare")],
           [B("Mål 2."), G(N2, responsible=(KFN,), articles=(7, 30), area=None,
                           indicator="Andel unga som deltar i fritidsaktivitet")],
           [B("Mål 3."), G(N3, responsible=(KFN,), area=None,
                           indicator="Antal aktivitetstillfällen i föreningar")], marker="–"),
        H2("Indikatorer"),
        Table(["Indikator", "Utfall 2023", "Mål 2025"], [
            Row(["Antal besök på bibliotek per invånare", "4,1", "4,5"]),
            Row(["Andel unga 13–19 år som deltar i fritidsaktivitet minst en gång i veckan", "58 %", "62 %"]),
            Row(["Antal aktivitetstillfällen i föreningar med LOK-stöd", "98 400", "102 000"]),
            Row(["Andel anläggningar som är inventerade för tillgänglighet", "64 %", "100 %"]),
        ], widths=[0.62, 0.19, 0.19], kind="zebra", font_size=9.5, repeat_header=False),
        H1("Aktiviteter"),
        P("Tabellen visar nämndens viktigaste aktiviteter under året och vilket styrdokument de genomför."),
        Table(["Aktivitet", "Ansvar", "Klart", "Koppling till styrdokument"], action_rows(_ACT, area=None),
              widths=[0.44, 0.17, 0.14, 0.25], font_size=9, kind="grid"),
        H1("Ekonomi"),
        P("Nämndens budgetram för 2025 är 412 miljoner kronor, en ökning med 1,8 procent jämfört med 2024. "
          "Ökningen täcker inte fullt ut kostnadsökningarna, och nämnden har därför beslutat om "
          "effektiviseringar om 6 miljoner kronor, bland annat genom samordning av öppettider."),
        H1("Uppföljning"),
        P("Verksamhetsplanen följs upp i delårsrapporten per den 31 augusti och i verksamhetsberättelsen. "
          "Aktiviteter som rör tillgänglighet redovisas också till kommunstyrelsen inom ramen för uppföljningen "
          "av strategin för delaktighet och tillgänglighet."),
    ],
)
