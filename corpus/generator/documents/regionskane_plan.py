"""Region Skåne: Regional handlingsplan för funktionshinderspolitiken 2024–2027 (plan; region; 5-column action table)."""

from ._common import (
    H1,
    H2,
    UL,
    A,
    B,
    Cover,
    Doc,
    Figure,
    G,
    P,
    PageBreak,
    Row,
    Table,
    Theme,
    Toc,
    TwoColumnEnd,
    TwoColumnStart,
    action_rows,
)

OVERALL = ("Personer med funktionsnedsättning i Skåne ska ha jämlik hälsa, jämlik tillgång till regionens "
           "tjänster och full delaktighet i samhället.")
O_HS = "Vården ska vara tillgänglig och ges på lika villkor oavsett funktionsnedsättning."
O_HAB = "Barn och vuxna med funktionsnedsättning ska få habilitering och hjälpmedel i rätt tid."
O_KT = "Kollektivtrafiken ska kunna användas av alla resenärer."
O_KU = "Regionens kulturutbud ska vara tillgängligt för alla."
O_AG = "Region Skåne ska vara en inkluderande arbetsgivare."

HSN = "Hälso- och sjukvårdsnämnden"
KTN = "Kollektivtrafiknämnden"
KN = "Kulturnämnden"
RS = "Regionstyrelsen"
ST = "Skånetrafiken"
HH = "Habilitering & Hjälpmedel"
KK = "Koncernkontoret"

_ROWS = [
    ("Införa en markering i journalsystemet där patienten kan ange behov av anpassning, till exempel tolk "
     "eller extra tid.", "Hälso- och sjukvårdsnämnden", "2025", "Andel vårdenheter som använder markeringen",
     "25",
     dict(responsible=(HSN,), deadline="2025", indicator="Andel vårdenheter som använder markeringen",
          articles=(25,), parent=O_HS, area="Hälso- och sjukvård")),
    ("Erbjuda hälsosamtal anpassade för personer med intellektuell funktionsnedsättning i primärvården.",
     "Hälso- och sjukvårdsnämnden", "2024–2026", "Antal genomförda hälsosamtal", "25",
     dict(responsible=(HSN,), deadline="2026", indicator="Antal genomförda hälsosamtal", articles=(25,),
          parent=O_HS, area="Hälso- och sjukvård")),
    ("Tillgänglighetsinventera samtliga vårdcentraler i egen regi och åtgärda brister.",
     "Hälso- och sjukvårdsnämnden", "2024–2025", "Andel inventerade vårdcentraler", "9, 25",
     dict(responsible=(HSN,), deadline="2025", indicator="Andel inventerade vårdcentraler", articles=(9, 25),
          parent=O_HS, area="Hälso- och sjukvård")),
    ("Ta fram stöd för vårdpersonal i bemötande av patienter med autism och adhd.", "Hälso- och sjukvårdsnämnden",
     "2024", "Stödmaterial publicerat", "8, 25",
     dict(responsible=(HSN,), deadline="2024", indicator="Stödmaterial publicerat", articles=(8, 25),
          parent=O_HS, area="Hälso- och sjukvård")),
    ("Korta väntetiderna till första besök inom barn- och ungdomshabiliteringen.", "Habilitering & Hjälpmedel",
     "2024–2027", "Andel nybesök inom 30 dagar", "7, 26",
     dict(responsible=(HH,), deadline="2027", indicator="Andel nybesök inom 30 dagar", articles=(7, 26),
          parent=O_HAB, area="Habilitering och hjälpmedel")),
    ("Utveckla en samordnad övergång från barn- till vuxenhabilitering.", "Habilitering & Hjälpmedel", "2025",
     "Rutin fastställd", "26",
     dict(responsible=(HH,), deadline="2025", indicator="Rutin fastställd", articles=(26,), parent=O_HAB,
          area="Habilitering och hjälpmedel")),
    ("Förenkla förskrivning och utlämning av hjälpmedel genom en gemensam e-tjänst för kommuner och region.",
     "Habilitering & Hjälpmedel", "2026", "E-tjänst i drift", "20, 26",
     dict(responsible=(HH,), deadline="2026", indicator="E-tjänst i drift", articles=(20, 26), parent=O_HAB,
          area="Habilitering och hjälpmedel")),
    ("Erbjuda anhörigutbildning för föräldrar till barn med nyupptäckt funktionsnedsättning.",
     "Habilitering & Hjälpmedel", "Löpande", "Antal deltagare", "7, 23",
     dict(responsible=(HH,), indicator="Antal deltagare", articles=(7, 23), parent=O_HAB,
          area="Habilitering och hjälpmedel")),
    ("Bygga om de 50 mest trafikerade busshållplatserna med höjd kantsten, ledstråk och realtidsinformation "
     "i tal.", "Kollektivtrafiknämnden", "2024–2027", "Antal ombyggda hållplatser", "9, 20",
     dict(responsible=(KTN,), deadline="2027", indicator="Antal ombyggda hållplatser", articles=(9, 20),
          parent=O_KT, area="Kollektivtrafik")),
    ("Införa utrop av hållplatser i samtliga regionbussar och Pågatåg.", "Skånetrafiken", "2025",
     "Andel fordon med utrop", "9, 20, 21",
     dict(responsible=(ST,), deadline="2025", indicator="Andel fordon med utrop", articles=(9, 20, 21),
          parent=O_KT, area="Kollektivtrafik")),
    ("Göra Skånetrafikens app och webbplats tillgängliga enligt WCAG 2.1 nivå AA.", "Skånetrafiken", "2024",
     "Antal brister i granskning", "9, 21",
     dict(responsible=(ST,), deadline="2024", indicator="Antal brister i granskning", articles=(9, 21),
          parent=O_KT, area="Kollektivtrafik")),
    ("Samordna färdtjänst och sjukresor så att resenärer kan boka på ett ställe, i dialog med de skånska "
     "kommunerna.", "Kollektivtrafiknämnden", "2026", "Gemensam beställningscentral", "20",
     dict(responsible=(KTN,), deadline="2026", indicator="Gemensam beställningscentral", articles=(20,),
          parent=O_KT, area="Kollektivtrafik")),
    ("Utbilda förare och kundtjänstpersonal i bemötande av resenärer med funktionsnedsättning.",
     "Skånetrafiken", "Årligen", "Andel utbildad personal", "8, 20",
     dict(responsible=(ST,), deadline="årligen", indicator="Andel utbildad personal", articles=(8, 20),
          parent=O_KT, area="Kollektivtrafik")),
    ("Ställa krav på tillgänglighet i villkoren för regionala kulturstöd.", "Kulturnämnden", "2025",
     "Krav infört i villkoren", "30",
     dict(responsible=(KN,), deadline="2025", indicator="Krav infört i villkoren", articles=(30,),
          parent=O_KU, area="Kultur")),
    ("Stödja syntolkning och teckenspråkstolkning av föreställningar på regionala kulturinstitutioner.",
     "Kulturnämnden", "2024–2027", "Antal tolkade föreställningar", "21, 30",
     dict(responsible=(KN,), deadline="2027", indicator="Antal tolkade föreställningar", articles=(21, 30),
          parent=O_KU, area="Kultur")),
    ("Skapa fler anställningar med lönebidrag och praktikplatser inom regionens verksamheter.",
     "Regionstyrelsen", "2024–2027", "Antal anställningar och praktikplatser", "27",
     dict(responsible=(RS,), deadline="2027", indicator="Antal anställningar och praktikplatser",
          articles=(27,), parent=O_AG, area="Regionen som arbetsgivare")),
    ("Genomföra en kartläggning av hinder för medarbetare med funktionsnedsättning.", "Koncernkontoret", "2024",
     "Kartläggning genomförd", "27, 31",
     dict(responsible=(KK,), deadline="2024", indicator="Kartläggning genomförd", articles=(27, 31),
          parent=O_AG, area="Regionen som arbetsgivare")),
    ("Följa upp handlingsplanen med statistik som kan brytas ned på kön, ålder och typ av "
     "funktionsnedsättning.", "Koncernkontoret", "Årligen", "Årlig rapport", "31, 33",
     dict(responsible=(KK,), deadline="årligen", indicator="Årlig rapport", articles=(31, 33), parent=OVERALL,
          area=None)),
]

DOC = Doc(
    file="regionskane_plan_handlingsplan-funktionshinder_2024.pdf",
    organisation="Region Skåne",
    kommunkod="12",
    doc_type="plan",
    stated_type="handlingsplan",
    title="Regional handlingsplan för funktionshinderspolitiken 2024–2027",
    adopted_by="Regionstyrelsen",
    adopted_date="2024-02-08",
    diarienummer="RS 2023/4127",
    valid_until="2027",
    validity="2024–2027",
    articles=(4, 7, 8, 9, 20, 21, 23, 25, 26, 27, 29, 30, 31, 33),
    actors=[
        A("Regionstyrelsen", "committee", "adopting", "responsible", "follows-up", aliases=("regionstyrelsen",)),
        A("Regionfullmäktige", "committee", "mentioned"),
        A("Hälso- och sjukvårdsnämnden", "committee", "responsible"),
        A("Kollektivtrafiknämnden", "committee", "responsible"),
        A("Kulturnämnden", "committee", "responsible"),
        A("Koncernkontoret", "department", "owner", "responsible"),
        A("Skånetrafiken", "department", "responsible"),
        A("Habilitering & Hjälpmedel", "department", "responsible"),
        A("Regionala funktionsrättsrådet", "council", "consulted"),
        A("Funktionsrätt Skåne", "civil-society", "consulted"),
        A("NSPH Skåne", "civil-society", "consulted"),
        A("Malmö stad", "municipality", "consulted"),
        A("Socialstyrelsen", "agency", "mentioned"),
        A("Myndigheten för delaktighet", "agency", "mentioned", aliases=("MFD",)),
    ],
    notes=("Regional action plan (kommunkod is the county code 12). One overall goal, five area goals and an "
           "18-row action table (Åtgärd | Ansvar | Tidplan | Indikator | Artikel) over two pages with a "
           "repeated header row. The 'Artikel' column gives bare numbers ('9, 20'). The two-column summary "
           "page repeats the area goals in other words; those sentences are a summary and not additional "
           "goals. Article 23 appears in one row by topic (families). Malmö stad answered the remiss (see "
           "the Malmö yttrande in the corpus)."),
    theme=Theme(body_font="Vera", body_size=10, leading=14.5, heading_sizes=(16, 12, 10),
                heading_color="#d40f14", accent="#555555", justify=False, hyphenate=False, numbered=True,
                header=("Region Skåne", "Regional handlingsplan för funktionshinderspolitiken 2024–2027"),
                footer="Sida {n} ({m})", margins=(62, 62, 74, 68)),
    cover=Cover(
        title="Regional handlingsplan för funktionshinderspolitiken 2024–2027",
        subtitle="Region Skåne",
        style="band",
        meta=[("Fastställd av", "Regionstyrelsen"), ("Datum", "2024-02-08, § 23"), ("Diarienummer", "RS 2023/4127"),
              ("Giltighetstid", "2024–2027"), ("Dokumentansvarig", "Koncernkontoret, avdelning för hälsa och "
                                                                   "välfärd")],
        back=('Region Skåne', 'Koncernkontoret', 'skane.se', '', 'Dokumentet kan beställas i alternativt format via Region Skånes kundtjänst.'),
    ),
    features=("region", "band cover", "two-column summary page", "5-column action table over 2 pages",
              "bare article numbers in a column", "municipality as actor"),
    body=[
        Toc("Innehåll"),
        H1("Förord", numbered=False, big=True),
        P("Region Skåne finns till för alla som bor och vistas i Skåne. Vårt uppdrag är att erbjuda en god "
          "hälso- och sjukvård, en kollektivtrafik som tar människor dit de vill och ett rikt kulturliv. För "
          "att klara uppdraget måste vi se till att våra tjänster fungerar för människor med olika "
          "förutsättningar."),
        P("Handlingsplanen är ett verktyg för att göra skillnad i vardagen för skåningar med "
          "funktionsnedsättning. Den bygger på dialog med dem som vet bäst, och den ska följas upp öppet."),
        P("Regionstyrelsens ordförande", style="label"),
        Figure("Foto: Resenär med ledarhund på Malmö C.", kind="photo", height=200),
        TwoColumnStart(),
        H1("Sammanfattning", numbered=False, big=True),
        P("Region Skåne ansvarar för hälso- och sjukvård, habilitering och hjälpmedel, kollektivtrafik och "
          "regional kulturverksamhet. Inom alla dessa områden möter personer med funktionsnedsättning hinder "
          "som gör att de inte har samma möjligheter som andra."),
        P("Handlingsplanen pekar ut fem områden där regionen ska förbättra sig under 2024–2027: hälso- och "
          "sjukvård, habilitering och hjälpmedel, kollektivtrafik, kultur samt regionen som arbetsgivare. För "
          "varje område finns ett mål och ett antal åtgärder."),
        P("Sammanfattningsvis handlar planen om att vården ska bli mer tillgänglig, att väntetiderna inom "
          "habiliteringen ska bli kortare, att fler ska kunna resa med kollektivtrafiken, att kulturen ska nå "
          "fler och att regionen ska anställa fler personer med funktionsnedsättning."),
        P("Planen har tagits fram i dialog med Regionala funktionsrättsrådet, Funktionsrätt Skåne och NSPH "
          "Skåne. De skånska kommunerna har fått möjlighet att lämna synpunkter eftersom flera åtgärder, "
          "till exempel färdtjänst och hjälpmedel, kräver samverkan."),
        P("Regionstyrelsen ansvarar för uppföljningen och redovisar resultatet varje år i samband med "
          "årsredovisningen. Resultatet presenteras också för Regionala funktionsrättsrådet."),
        P(B("Läsanvisning."), "Kapitel 1 beskriver bakgrund och utgångspunkter. Kapitel 2 anger mål för de fem "
          "områdena. Kapitel 3 innehåller åtgärdstabellen och kapitel 4 beskriver uppföljningen."),
        TwoColumnEnd(),
        H1("Bakgrund och utgångspunkter"),
        H2("Regionens ansvar"),
        P("Enligt FN:s konvention om rättigheter för personer med funktionsnedsättning har alla delar av det "
          "allmänna ett ansvar för att rättigheterna förverkligas. Konventionens artikel 25 om hälsa och "
          "artikel 26 om habilitering och rehabilitering är särskilt viktiga för regionen, liksom artikel 9 "
          "om tillgänglighet och artikel 20 om personlig rörlighet."),
        P("Socialstyrelsen och Myndigheten för delaktighet (MFD) har visat att personer med "
          "funktionsnedsättning har sämre hälsa och oftare avstår från vård. Personer med intellektuell "
          "funktionsnedsättning har högre dödlighet i sjukdomar som går att förebygga eller behandla."),
        P("Handlingsplanen utgår från regionfullmäktiges budget och från Region Skånes övergripande mål om "
          "jämlik hälsa. Den ersätter inte de krav som följer av lag."),
        H2("Samverkan med kommunerna"),
        P("Flera av åtgärderna kräver samverkan med de 33 skånska kommunerna, till exempel när det gäller "
          "hjälpmedel, färdtjänst och insatser för barn. Malmö stad och flera andra kommuner har i sina "
          "remissvar betonat behovet av gemensamma rutiner."),
        H1("Mål"),
        P(B("Övergripande mål:"), G(OVERALL, level="overall", responsible=(RS,), deadline="2027")),
        P("Målen för de fem områdena beskrivs närmare nedan. För varje område anges också de viktigaste "
          "utmaningarna som åtgärderna i kapitel 3 ska möta."),
        H2("Hälso- och sjukvård"),
        P("Personer med funktionsnedsättning söker vård oftare än andra men upplever i större utsträckning att "
          "de inte blir förstådda. Kommunikationshinder, långa väntetider i otillgängliga väntrum och brist på "
          "tid för anpassningar leder till att symtom missas. Särskilt personer med intellektuell "
          "funktionsnedsättning och personer med autism riskerar att inte få den vård de behöver."),
        H2("Habilitering och hjälpmedel"),
        P("Efterfrågan på habilitering har ökat kraftigt, framför allt för barn och unga med neuropsykiatriska "
          "funktionsnedsättningar. Väntetiderna till första besök överstiger i dag vårdgarantin i flera "
          "team. Hjälpmedelsförsörjningen fungerar i huvudsak väl, men processen för förskrivning upplevs som "
          "krånglig av både brukare och förskrivare."),
        H2("Kollektivtrafik"),
        P("Kollektivtrafiken är en förutsättning för att kunna arbeta, studera och delta i fritidsaktiviteter. "
          "Många hållplatser saknar fortfarande höjd kantsten och ledstråk, och information vid störningar når "
          "inte alltid resenärer med syn- eller hörselnedsättning. Färdtjänst och sjukresor har olika "
          "beställningsvägar, vilket skapar förvirring."),
        H2("Kultur"),
        P("Regionen finansierar och stödjer teatrar, museer, bibliotek och kulturföreningar. Tillgängligheten "
          "varierar stort, och syntolkade och teckenspråkstolkade föreställningar är fortfarande ovanliga."),
        H2("Regionen som arbetsgivare"),
        P("Region Skåne har drygt 40 000 medarbetare. Andelen medarbetare som uppger att de har en "
          "funktionsnedsättning är lägre än i befolkningen i arbetsför ålder, vilket tyder på att det finns "
          "hinder vid rekrytering och på arbetsplatserna."),
        H2("Sammanställning av mål"),
        P("För varje område gäller följande mål:"),
        UL([B("Hälso- och sjukvård:"), G(O_HS, parent=OVERALL, area="Hälso- och sjukvård", articles=(25,),
                                         responsible=(HSN,))],
           [B("Habilitering och hjälpmedel:"), G(O_HAB, parent=OVERALL, area="Habilitering och hjälpmedel",
                                                 articles=(26,), responsible=(HH,))],
           [B("Kollektivtrafik:"), G(O_KT, parent=OVERALL, area="Kollektivtrafik", articles=(9, 20),
                                     responsible=(KTN,))],
           [B("Kultur:"), G(O_KU, parent=OVERALL, area="Kultur", articles=(30,), responsible=(KN,))],
           [B("Regionen som arbetsgivare:"), G(O_AG, parent=OVERALL, area="Regionen som arbetsgivare",
                                               articles=(27,), responsible=(RS,))]),
        H1("Åtgärder"),
        P("Åtgärderna är ordnade efter område. Kolumnen Artikel anger vilka artiklar i konventionen som "
          "åtgärden främst bidrar till att förverkliga."),
        Table(["Åtgärd", "Ansvar", "Tidplan", "Indikator", "Artikel"], action_rows(_ROWS),
              widths=[0.38, 0.19, 0.13, 0.20, 0.10], font_size=8.5, kind="zebra"),
        H1("Uppföljning"),
        P("Koncernkontoret samordnar uppföljningen och sammanställer en årlig rapport till regionstyrelsen. "
          "Rapporten ska redovisa status för varje åtgärd och utvecklingen i indikatorerna. Regionala "
          "funktionsrättsrådet ges tillfälle att lämna synpunkter på rapporten innan den behandlas."),
        P("Planen utvärderas under 2027 som underlag för en ny handlingsplan. Utvärderingen ska även belysa "
          "hur regionen bidrar till det nationella målet för funktionshinderspolitiken och hur arbetet "
          "förhåller sig till konventionens artikel 4 och artikel 33."),
        PageBreak(),
        H1("Bilaga. Konventionens artiklar i handlingsplanen", numbered=False, big=True),
        P("Översikten visar de artiklar i FN:s konvention om rättigheter för personer med funktionsnedsättning "
          "som åtgärderna i handlingsplanen främst bidrar till."),
        Table(["Artikel", "Innehåll", "Berörda områden"], [
            Row(["Artikel 7", "Barn med funktionsnedsättning", "Habilitering och hjälpmedel"]),
            Row(["Artikel 8", "Medvetandegörande", "Hälso- och sjukvård, kollektivtrafik"]),
            Row(["Artikel 9", "Tillgänglighet", "Hälso- och sjukvård, kollektivtrafik"]),
            Row(["Artikel 20", "Personlig rörlighet", "Kollektivtrafik, hjälpmedel"]),
            Row(["Artikel 21", "Yttrandefrihet och tillgång till information", "Kollektivtrafik, kultur"]),
            Row(["Artikel 25", "Hälsa", "Hälso- och sjukvård"]),
            Row(["Artikel 26", "Habilitering och rehabilitering", "Habilitering och hjälpmedel"]),
            Row(["Artikel 27", "Arbete och sysselsättning", "Regionen som arbetsgivare"]),
            Row(["Artikel 30", "Deltagande i kulturliv, rekreation, fritidsverksamhet och idrott", "Kultur"]),
            Row(["Artikel 31", "Insamling av statistik och data", "Uppföljning"]),
        ], widths=[0.16, 0.5, 0.34], kind="plain", font_size=9, repeat_header=False),
    ],
)
