"""Växjö kommun: Nämndsplan 2024 för omsorgsnämnden (plan, stated 'nämndsplan'; goal table with indicators)."""

from ._common import H1, H2, UL, A, B, Doc, G, P, Row, Table, Theme, action_rows

ON = "Omsorgsnämnden"
OF = "Omsorgsförvaltningen"

KF1 = "Växjö kommun erbjuder en välfärd av god kvalitet där den enskilde har inflytande."
KF2 = "I Växjö kommun är alla delaktiga och har möjlighet till egen försörjning."
KF3 = "Växjö kommun är en attraktiv arbetsgivare."

_GOALS = [
    ("Brukare inom LSS-verksamheterna upplever att de kan påverka sin vardag.",
     "Andel brukare som svarar ja på frågan om de får bestämma om saker som är viktiga för dem", "85 %",
     dict(level="subgoal", responsible=(ON,), indicator="Andel brukare som svarar ja på frågan om de får "
          "bestämma om saker som är viktiga för dem", articles=(19,), parent=KF1, area="Välfärd och inflytande",
          deadline="2024")),
    ("Den som beviljats bostad med särskild service får ett erbjudande inom tre månader.",
     "Andel verkställda beslut inom tre månader", "90 %",
     dict(level="subgoal", responsible=(ON,), indicator="Andel verkställda beslut inom tre månader",
          articles=(19,), parent=KF1, area="Välfärd och inflytande", deadline="2024")),
    ("Personer med insatser från nämnden har tillgång till hälsofrämjande aktiviteter.",
     "Andel brukare som deltagit i en hälsofrämjande aktivitet under året", "70 %",
     dict(level="subgoal", responsible=(ON,), indicator="Andel brukare som deltagit i en hälsofrämjande "
          "aktivitet under året", articles=(25,), parent=KF1, area="Välfärd och inflytande", deadline="2024")),
    ("Fler deltagare i daglig verksamhet går vidare till praktik eller anställning.",
     "Antal deltagare som gått vidare till praktik eller anställning", "25",
     dict(level="subgoal", responsible=(ON,), indicator="Antal deltagare som gått vidare till praktik eller "
          "anställning", articles=(27,), parent=KF2, area="Delaktighet och försörjning", deadline="2024")),
    ("Medarbetarna har kompetens för sitt uppdrag.",
     "Andel medarbetare med adekvat utbildning", "80 %",
     dict(level="subgoal", responsible=(OF,), indicator="Andel medarbetare med adekvat utbildning",
          articles=(8,), parent=KF3, area="Attraktiv arbetsgivare", deadline="2024")),
    ("Sjukfrånvaron bland nämndens medarbetare minskar.",
     "Sjukfrånvaro i procent av arbetad tid", "7,5 %",
     dict(level="subgoal", responsible=(OF,), indicator="Sjukfrånvaro i procent av arbetad tid",
          parent=KF3, area="Attraktiv arbetsgivare", deadline="2024")),
]

DOC = Doc(
    file="vaxjo_plan_namndsplan-omsorgsnamnden_2024.pdf",
    organisation="Växjö kommun",
    kommunkod="0780",
    doc_type="plan",
    stated_type="nämndsplan",
    title="Nämndsplan 2024 – Omsorgsnämnden",
    adopted_by="Omsorgsnämnden",
    adopted_date="2023-12-13",
    diarienummer="ON 2023/0311",
    valid_until="2024-12-31",
    validity="2024",
    articles=(8, 16, 19, 25, 27),
    actors=[
        A("Omsorgsnämnden", "committee", "adopting", "responsible", "owner", aliases=("omsorgsnämnden",)),
        A("Omsorgsförvaltningen", "department", "responsible"),
        A("Kommunfullmäktige", "committee", "mentioned"),
        A("Kommunala funktionshinderrådet", "council", "consulted"),
        A("Region Kronoberg", "region", "mentioned"),
        A("Socialstyrelsen", "agency", "mentioned"),
        A("Inspektionen för vård och omsorg", "agency", "mentioned", aliases=("IVO",)),
        A("Arbetsförmedlingen", "agency", "mentioned"),
    ],
    notes=("An annual committee plan (nämndsplan), labelled plan, for the committee responsible for elderly "
           "care and disability support (LSS). The council's goals (KF-mål) are quoted as the overall goals "
           "the committee's goals serve: they are goals of the municipality, quoted here, and are recorded "
           "as overall goals because the plan is organised under them. The goal table (Nämndens mål | "
           "Indikator | Målvärde 2024) gives subgoals; the development areas are actions. The budget and "
           "internal-control tables are not goals. The document has no cover: title and decision line on page 1."),
    disability_policy=False,
    theme=Theme(body_font="Vera", body_size=10, leading=14.5, heading_sizes=(17, 12, 10),
                heading_color="#00463c", accent="#00463c", justify=False, hyphenate=False, numbered=True,
                header=("Växjö kommun", "Omsorgsnämnden – Nämndsplan 2024"), footer="Sida {n} ({m})",
                margins=(68, 68, 76, 70)),
    features=("no cover", "goal table with indicators and target values", "budget table", "KF goals as areas",
              "Vera font"),
    body=[
        H1("Nämndsplan 2024 – Omsorgsnämnden", numbered=False, big=True, toc=False),
        P("Beslutad av omsorgsnämnden 2023-12-13, § 148. Dnr ON 2023/0311.", style="small"),
        H1("Inledning"),
        P("Nämndsplanen beskriver hur omsorgsnämnden ska bidra till kommunfullmäktiges mål under 2024. Den "
          "bygger på kommunens budget och flerårsplan och på den omvärldsanalys som förvaltningen har gjort. "
          "Planen följs upp i delårsrapporten och i verksamhetsberättelsen."),
        H2("Nämndens uppdrag"),
        P("Omsorgsnämnden ansvarar för vård och omsorg om äldre, för insatser enligt lagen om stöd och service "
          "till vissa funktionshindrade (LSS) och för stöd till personer med psykisk funktionsnedsättning "
          "enligt socialtjänstlagen. Nämnden ansvarar också för kommunal hälso- och sjukvård i särskilt boende "
          "och i hemsjukvården. Omsorgsförvaltningen har cirka 3 200 medarbetare."),
        H2("Omvärld och utmaningar"),
        P("Antalet personer med beslut om insatser enligt LSS ökar, framför allt bland unga vuxna med "
          "neuropsykiatriska funktionsnedsättningar. Samtidigt är det svårt att rekrytera stödpedagoger och "
          "sjuksköterskor. Inspektionen för vård och omsorg (IVO) har i sin tillsyn påtalat brister i "
          "dokumentationen av genomförandeplaner. Socialstyrelsens modell Individens behov i centrum (IBIC) "
          "införs i alla verksamheter under året."),
        H1("Mål för 2024"),
        P("Kommunfullmäktige har beslutat om tre mål som berör nämnden. Under varje mål anges nämndens egna "
          "mål, indikatorer och målvärden."),
        UL([B("Välfärd och inflytande:"), G(KF1, level="overall", area="Välfärd och inflytande",
                                            responsible=("Kommunfullmäktige",))],
           [B("Delaktighet och försörjning:"), G(KF2, level="overall", area="Delaktighet och försörjning",
                                                 responsible=("Kommunfullmäktige",))],
           [B("Attraktiv arbetsgivare:"), G(KF3, level="overall", area="Attraktiv arbetsgivare",
                                            responsible=("Kommunfullmäktige",))], marker="–"),
        Table(["Nämndens mål", "Indikator", "Målvärde 2024"], action_rows(_GOALS),
              widths=[0.42, 0.43, 0.15], font_size=9, kind="grid", caption="Tabell 1. Nämndens mål 2024"),
        H1("Prioriterade utvecklingsområden"),
        P("Utöver målen ska nämnden under 2024 arbeta med följande utvecklingsområden:"),
        UL(G("Införa IBIC i samtliga verksamheter inom LSS och socialpsykiatri.", level="action", parent=KF1,
             articles=(19,), responsible=(OF,), deadline="2024", area="Välfärd och inflytande"),
           G("Ta fram en rutin för att upptäcka och agera vid våld mot personer med funktionsnedsättning.",
             level="action", parent=KF1, articles=(16,), responsible=(OF,), deadline="2024",
             area="Välfärd och inflytande"),
           G("Utveckla samarbetet med Arbetsförmedlingen kring övergång från daglig verksamhet till arbete.",
             level="action", parent=KF2, articles=(27,), responsible=(OF,), area="Delaktighet och försörjning"),
           G("Samverka med Region Kronoberg om tandvård och hälsokontroller för personer med LSS-insatser.",
             level="action", parent=KF1, articles=(25,), responsible=(ON,), area="Välfärd och inflytande"),
           marker="1."),
        P("Kommunala funktionshinderrådet har fått information om nämndsplanen och kommer att bjudas in till "
          "dialog om utvecklingsområdena under våren."),
        H1("Verksamhetsmått"),
        P("Nämnden följer utöver målen ett antal verksamhetsmått som beskriver volymer och kvalitet."),
        Table(["Verksamhetsmått", "Utfall 2022", "Prognos 2023", "Budget 2024"], [
            Row(["Antal personer med insatser enligt LSS", "1 112", "1 160", "1 205"]),
            Row(["Antal platser i bostad med särskild service", "398", "410", "428"]),
            Row(["Antal deltagare i daglig verksamhet", "612", "640", "665"]),
            Row(["Antal personer med personlig assistans (LSS)", "71", "73", "75"]),
            Row(["Antal personer med boendestöd (SoL)", "384", "402", "420"]),
            Row(["Antal ej verkställda beslut äldre än tre månader", "24", "18", "10"]),
        ], widths=[0.52, 0.16, 0.16, 0.16], font_size=9, kind="plain", repeat_header=False,
            caption="Tabell 2. Verksamhetsmått"),
        H1("Ekonomi"),
        P("Nämndens budgetram för 2024 uppgår till 1 642 miljoner kronor. Kostnaderna för LSS-verksamheten "
          "ökar snabbare än ramen, vilket innebär att nämnden behöver prioritera."),
        Table(["Verksamhet", "Budget 2024 (mnkr)", "Budget 2023 (mnkr)"], [
            Row(["Äldreomsorg", "1 018", "986"]),
            Row(["Insatser enligt LSS", "468", "431"]),
            Row(["Socialpsykiatri", "94", "90"]),
            Row(["Gemensamt och administration", "62", "60"]),
            Row(["Summa", "1 642", "1 567"]),
        ], widths=[0.5, 0.25, 0.25], font_size=9, kind="plain", repeat_header=False,
            caption="Tabell 3. Budget per verksamhet"),
        H1("Intern kontroll"),
        P("Nämnden har identifierat följande risker som ska kontrolleras under 2024: brister i "
          "dokumentation av genomförandeplaner, felaktig debitering av avgifter och bristande rutiner för "
          "läkemedelshantering. Kontrollerna redovisas till nämnden i december."),
    ],
)
