"""Luleå kommun: Strategisk plan 2024–2027 (labelled plan; a general steering document with a few disability goals)."""

from ._common import H1, H2, UL, A, B, Cover, Doc, Figure, G, P, Row, Table, Theme, Toc

KS = "Kommunstyrelsen"
SN = "Socialnämnden"
BUN = "Barn- och utbildningsnämnden"
SBN = "Stadsbyggnadsnämnden"
TN = "Tekniska nämnden"
FN = "Fritidsnämnden"
AMN = "Arbetsmarknadsnämnden"

M1 = "Luleåborna upplever god livskvalitet och delaktighet i samhällslivet."
M2 = "Fler barn och unga fullföljer sin utbildning och är väl rustade för vidare studier och arbete."
M3 = "Luleå har en hållbar och tillgänglig stadsmiljö som är attraktiv att bo och verka i."
M4 = "Luleå kommun är en attraktiv och inkluderande arbetsgivare."
M5 = "Kommunens ekonomi är i balans och ger utrymme för investeringar."


def _ind(*cells: str) -> Row:
    return Row(list(cells))


DOC = Doc(
    file="lulea_plan_strategisk-plan_2024.pdf",
    organisation="Luleå kommun",
    kommunkod="2580",
    doc_type="plan",
    stated_type="strategisk plan",
    title="Strategisk plan 2024–2027",
    adopted_by="Kommunfullmäktige",
    adopted_date="2023-11-27",
    diarienummer="KS 2023/871",
    valid_until="2027",
    validity="2024–2027",
    articles=(9, 19, 27),
    actors=[
        A("Kommunfullmäktige", "committee", "adopting", aliases=("kommunfullmäktige",)),
        A("Kommunstyrelsen", "committee", "responsible", "follows-up", aliases=("kommunstyrelsen",)),
        A("Socialnämnden", "committee", "responsible"),
        A("Barn- och utbildningsnämnden", "committee", "responsible"),
        A("Stadsbyggnadsnämnden", "committee", "responsible"),
        A("Tekniska nämnden", "committee", "responsible"),
        A("Fritidsnämnden", "committee", "responsible"),
        A("Arbetsmarknadsnämnden", "committee", "responsible"),
        A("Lulebo AB", "company", "responsible", aliases=("Lulebo",)),
        A("Luleå Kommunföretag AB", "company", "mentioned"),
        A("Stadsledningsförvaltningen", "department", "owner"),
    ],
    notes=("A general 'Strategisk plan' (the council's main steering document), labelled plan. It is not a "
           "disability-policy document, but two council goals and one assignment concern persons with "
           "disability (articles 19, 9 and 27 by topic only). The indicator tables are measurement, not "
           "goals; each council goal's indicator field names the first indicator listed for it. The "
           "financial goal is a goal of the document although it has nothing to do with disability."),
    disability_policy=False,
    theme=Theme(body_font="Helvetica", body_size=11, leading=16, heading_sizes=(19, 14, 11),
                heading_color="#1a1a1a", accent="#e05206", justify=False, hyphenate=False, numbered=True,
                header=("Luleå kommun", "Strategisk plan 2024–2027"), footer="Sida {n} ({m})",
                margins=(70, 70, 76, 72)),
    cover=Cover(
        title="Strategisk plan 2024–2027",
        subtitle="med budget 2024 och plan för ekonomin 2025–2027",
        style="photo",
        meta=[("Beslutad av", "Kommunfullmäktige 2023-11-27, § 201"), ("Diarienummer", "KS 2023/871"),
              ("Dokumenttyp", "Plan"), ("Giltighet", "2024–2027")],
        back=('Luleå kommun', 'Stadsledningsförvaltningen', 'lulea.se', '', 'Luleå kommun – Vision Luleå 2050'),
    ),
    features=("photo cover with metadata", "general (non-disability) plan", "zebra indicator tables",
              "financial goal", "numbered headings"),
    body=[
        Toc("Innehåll"),
        H1("Inledning"),
        P("Strategisk plan är kommunfullmäktiges övergripande styrdokument för mandatperioden. Den anger "
          "vision, målområden och mål för hela kommunkoncernen och ligger till grund för nämndernas och "
          "bolagens verksamhetsplaner. Planen revideras årligen i samband med budgetbeslutet."),
        P("Luleå står inför stora förändringar. Industrisatsningar i Norrbotten innebär att befolkningen "
          "väntas växa snabbt, samtidigt som andelen äldre ökar. Det ställer krav på bostäder, skolor, "
          "omsorg och infrastruktur och på att kommunen kan rekrytera personal."),
        H2("Omvärld"),
        P("Befolkningen i Luleå har ökat med drygt 3 000 personer de senaste fem åren. Prognosen pekar på en "
          "fortsatt snabb ökning, framför allt av personer i arbetsför ålder som flyttar hit för att arbeta i "
          "de nya industrierna. Det innebär stora behov av bostäder och förskoleplatser, men också av "
          "kompetensförsörjning inom kommunens egna verksamheter."),
        Figure("Figur 1. Befolkningsprognos för Luleå kommun 2023–2030 (index 2023 = 100).", kind="chart",
               height=130, values=(0.50, 0.53, 0.57, 0.61, 0.66, 0.71, 0.75, 0.80)),
        P("Samtidigt ökar antalet invånare över 80 år, vilket ställer krav på äldreomsorg och på bostäder som "
          "är anpassade för personer med nedsatt rörlighet. Behovet av bostäder med särskild service enligt "
          "LSS ökar också."),
        H1("Vision och värdegrund"),
        P(B("Vision 2050:"), "Luleå – en hållbar och växande kommun i norr, där människor trivs, utvecklas "
          "och känner sig delaktiga."),
        P("Kommunens värdegrund bygger på allas lika värde, respekt och öppenhet. Alla invånare ska mötas "
          "av ett gott bemötande och likvärdig service, oavsett kön, ålder, funktionsförmåga, etnisk "
          "tillhörighet, religion eller sexuell läggning."),
        H1("Målområden och kommunfullmäktiges mål"),
        P("Kommunfullmäktige har fastställt fem målområden. Under varje målområde anges kommunfullmäktiges "
          "mål och de indikatorer som används för att följa upp målen."),
        H2("Livskvalitet och delaktighet", area=True),
        P(B("Kommunfullmäktiges mål:"), G(M1, level="overall", responsible=(KS,), deadline="2027",
                                          indicator="Nöjd-Region-Index, helhetsbedömning")),
        UL(G("Fler äldre och personer med funktionsnedsättning kan leva ett självständigt liv med stöd "
             "utifrån sina behov.", parent=M1, articles=(19,), responsible=(SN,),
             indicator="Andel brukare som upplever att de kan påverka insatsernas utformning"),
           G("Fler barn och unga har en aktiv och meningsfull fritid.", parent=M1, responsible=(FN,),
             indicator="Andel unga som deltar i föreningsaktivitet minst en gång i veckan")),
        Table(["Indikator", "Utfall 2022", "Mål 2027"], [
            _ind("Nöjd-Region-Index, helhetsbedömning", "58", "62"),
            _ind("Andel brukare som upplever att de kan påverka insatsernas utformning (LSS)", "79 %", "85 %"),
            _ind("Andel unga som deltar i föreningsaktivitet minst en gång i veckan", "51 %", "60 %"),
        ], widths=[0.64, 0.18, 0.18], kind="zebra", font_size=9, repeat_header=False),
        H2("Kunskap och kompetens", area=True),
        P(B("Kommunfullmäktiges mål:"), G(M2, level="overall", responsible=(BUN,), deadline="2027",
                                          indicator="Andel elever som fullföljer gymnasieutbildning inom fyra år")),
        P("Skolans resultat har förbättrats men skillnaderna mellan skolor är fortfarande stora. Tidiga "
          "insatser, en tillgänglig lärmiljö och en fungerande elevhälsa är avgörande för att alla elever "
          "ska nå målen."),
        Table(["Indikator", "Utfall 2022", "Mål 2027"], [
            _ind("Andel elever i åk 9 som är behöriga till yrkesprogram", "86 %", "90 %"),
            _ind("Andel elever som fullföljer gymnasieutbildning inom fyra år", "78 %", "83 %"),
        ], widths=[0.64, 0.18, 0.18], kind="zebra", font_size=9, repeat_header=False),
        H2("Hållbar samhällsutveckling", area=True),
        P(B("Kommunfullmäktiges mål:"), G(M3, level="overall", responsible=(SBN, TN), deadline="2027",
                                          indicator="Antal färdigställda bostäder per år")),
        UL(G("Nya bostadsområden, gator och parker utformas så att de är tillgängliga för personer med "
             "funktionsnedsättning.", parent=M3, articles=(9,), responsible=(SBN, TN)),
           G("Bostadsbyggandet ökar i takt med befolkningstillväxten.", parent=M3,
             responsible=(SBN, "Lulebo AB"), indicator="Antal färdigställda bostäder per år")),
        Table(["Indikator", "Utfall 2022", "Mål 2027"], [
            _ind("Antal färdigställda bostäder per år", "412", "900"),
            _ind("Andel resor med kollektivtrafik, gång eller cykel", "41 %", "50 %"),
            _ind("Andel publika lokaler som har inventerats för tillgänglighet", "55 %", "100 %"),
        ], widths=[0.64, 0.18, 0.18], kind="zebra", font_size=9, repeat_header=False),
        H2("Attraktiv arbetsgivare", area=True),
        P(B("Kommunfullmäktiges mål:"), G(M4, level="overall", responsible=(KS,), deadline="2027",
                                          indicator="Hållbart medarbetarengagemang (HME)")),
        UL(G("Fler personer med funktionsnedsättning anställs i kommunens verksamheter.", parent=M4,
             articles=(27,), responsible=(KS, AMN))),
        H2("God ekonomisk hushållning", area=True),
        P(B("Kommunfullmäktiges mål:"), G(M5, level="overall", responsible=(KS,), deadline="2027")),
        UL(G("Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
             parent=M5, responsible=(KS,), indicator="Resultat i procent av skatteintäkter och statsbidrag"),
           G("Investeringar ska i genomsnitt finansieras till minst 60 procent med egna medel under perioden.",
             parent=M5, responsible=(KS,), indicator="Självfinansieringsgrad av investeringar")),
        H1("Uppdrag till nämnder och bolag"),
        P("Kommunfullmäktige ger följande uppdrag för planperioden:"),
        UL(G("Socialnämnden får i uppdrag att minska väntetiden till bostad med särskild service enligt LSS.",
             level="action", parent=M1, articles=(19,), responsible=(SN,), deadline="2025"),
           G("Kommunstyrelsen får i uppdrag att ta fram en kompetensförsörjningsplan för hela kommunen.",
             level="action", parent=M4, responsible=(KS,), deadline="2024"),
           G("Tekniska nämnden får i uppdrag att åtgärda enkelt avhjälpta hinder i kommunens publika lokaler "
             "enligt handlingsplanen för tillgänglighet.", level="action", parent=M3, articles=(9,),
             responsible=(TN,), deadline="2027"),
           G("Lulebo AB får i uppdrag att öka nyproduktionen av hyresrätter.", level="action", parent=M3,
             responsible=("Lulebo AB",)), marker="1."),
        H1("Ekonomiska förutsättningar"),
        P("Skatteintäkterna väntas öka i takt med befolkningen, men investeringsbehoven är mycket stora. "
          "Kommunfullmäktige har därför beslutat om en investeringsram för perioden och om ett "
          "resultatmål som ger utrymme för egenfinansiering."),
        Table(["Nyckeltal", "Budget 2024", "Plan 2025", "Plan 2026", "Plan 2027"], [
            Row(["Skatteintäkter och statsbidrag (mnkr)", "5 120", "5 390", "5 650", "5 910"]),
            Row(["Resultat (mnkr)", "104", "110", "116", "122"]),
            Row(["Investeringar (mnkr)", "1 350", "1 620", "1 480", "1 210"]),
            Row(["Självfinansieringsgrad (%)", "52", "48", "57", "68"]),
        ], widths=[0.4, 0.15, 0.15, 0.15, 0.15], kind="plain", font_size=9, repeat_header=False),
        H1("Styrning och uppföljning"),
        P("Barn- och utbildningsnämnden, fritidsnämnden, stadsbyggnadsnämnden, tekniska nämnden, "
          "socialnämnden och arbetsmarknadsnämnden har ett särskilt ansvar för de mål som rör deras "
          "verksamheter. Kommunstyrelsen har ett samordnande ansvar för alla målområden."),
        P("Nämnder och bolag ska i sina verksamhetsplaner beskriva hur de bidrar till kommunfullmäktiges mål. "
          "Uppföljning sker i delårsrapport och årsredovisning. Stadsledningsförvaltningen samordnar "
          "uppföljningen, och bolagen rapporterar via Luleå Kommunföretag AB."),
    ],
)
