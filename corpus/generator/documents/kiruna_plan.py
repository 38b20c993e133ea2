"""Kiruna kommun: Plan för delaktighet 2023–2026 (plan; portrait action table, page-number-only footer)."""

from ._common import H1, H2, UL, A, B, Cover, Doc, Figure, G, P, Table, Theme, Toc, action_rows

OVERALL = ("Alla som bor i Kiruna kommun ska kunna delta i samhällslivet på lika villkor, oavsett "
           "funktionsförmåga.")
D1 = "Den nya stadskärnan och kommunens nya lokaler är tillgängliga för alla."
D2 = "Invånare med funktionsnedsättning får information och service som de kan ta del av."
D3 = "Barn, unga och vuxna med funktionsnedsättning har tillgång till fritid, kultur och arbete."

KS = "Kommunstyrelsen"
SN = "Socialnämnden"
BUN = "Barn- och utbildningsnämnden"
MBN = "Miljö- och byggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
KB = "Kirunabostäder AB"
TVK = "Tekniska verken i Kiruna AB"

_ROWS = [
    ("Tillgänglighetsgranska ritningar för alla nya kommunala byggnader i stadskärnan innan bygglov.",
     "Miljö- och byggnadsnämnden", "Löpande", "Antal granskade projekt",
     dict(responsible=(MBN,), articles=(9,), parent=D1, indicator="Antal granskade projekt")),
    ("Bjuda in rådet till studiebesök i nya lokaler innan de tas i bruk.", "Kommunstyrelsen",
     "Vid varje projekt", "Antal studiebesök",
     dict(responsible=(KS,), articles=(9, 29), parent=D1, indicator="Antal studiebesök")),
    ("Säkerställa att gångvägar mellan nya centrum, busstation och vårdcentral har ledstråk och "
     "uppvärmda ytor vid entréer.", "Tekniska verken i Kiruna AB", "2024", "Genomfört ja/nej",
     dict(responsible=(TVK,), deadline="2024", articles=(9, 20), parent=D1, indicator="Genomfört ja/nej")),
    ("Inventera befintliga lokaler som kommunen fortsätter att använda efter stadsflytten och åtgärda "
     "enkelt avhjälpta hinder.", "Kommunstyrelsen", "2023–2025", "Andel åtgärdade hinder",
     dict(responsible=(KS,), deadline="2025", articles=(9,), parent=D1, indicator="Andel åtgärdade hinder")),
    ("Bygga minst 20 tillgängliga lägenheter i nyproduktion varje år.", "Kirunabostäder AB", "Årligen",
     "Antal lägenheter",
     dict(responsible=(KB,), articles=(19,), parent=D1, indicator="Antal lägenheter", deadline="årligen")),
    ("Anpassa lekplatsen i Stadsparken så att barn med olika funktionsnedsättningar kan leka där.",
     "Kultur- och fritidsnämnden", "2025", "Genomfört ja/nej",
     dict(responsible=(KFN,), deadline="2025", articles=(7, 30), parent=D1, indicator="Genomfört ja/nej")),
    ("Ta fram en tillgänglighetsredogörelse för varje webbplats och e-tjänst.", "Kommunstyrelsen", "2023",
     "Andel webbplatser med redogörelse",
     dict(responsible=(KS,), deadline="2023", articles=(9, 21), parent=D2,
          indicator="Andel webbplatser med redogörelse")),
    ("Publicera information om stadsflytten på lättläst svenska och i talad form.", "Kommunstyrelsen",
     "2023–2026", "Antal publicerade texter",
     dict(responsible=(KS,), deadline="2026", articles=(21,), parent=D2, indicator="Antal publicerade texter")),
    ("Erbjuda information på samiska, finska och meänkieli i tillgängliga format.", "Kommunstyrelsen",
     "Löpande", "Uppföljning i minoritetsrapporten",
     dict(responsible=(KS,), articles=(21, 30), parent=D2, indicator="Uppföljning i minoritetsrapporten")),
    ("Utbilda receptionspersonal och kontaktcenter i bemötande och i att boka tolk.", "Kommunstyrelsen",
     "2024", "Andel utbildad personal",
     dict(responsible=(KS,), deadline="2024", articles=(8,), parent=D2, indicator="Andel utbildad personal")),
    ("Införa hörslinga i kommunfullmäktiges sessionssal och i samtliga mötesrum i stadshuset.",
     "Kommunstyrelsen", "2024", "Genomfört ja/nej",
     dict(responsible=(KS,), deadline="2024", articles=(9, 29), parent=D2, indicator="Genomfört ja/nej")),
    ("Genomföra en brukarundersökning om bemötande inom socialnämndens verksamheter.", "Socialnämnden",
     "2025", "Resultat i undersökningen",
     dict(responsible=(SN,), deadline="2025", articles=(8,), parent=D2, indicator="Resultat i undersökningen")),
    ("Starta en fritidsverksamhet för ungdomar med funktionsnedsättning på fritidsgården.",
     "Kultur- och fritidsnämnden", "2024", "Antal deltagare",
     dict(responsible=(KFN,), deadline="2024", articles=(30,), parent=D3, indicator="Antal deltagare")),
    ("Erbjuda ledsagare fritt inträde till simhall, bibliotek och kulturhus.", "Kultur- och fritidsnämnden",
     "2023", "Beslut fattat ja/nej",
     dict(responsible=(KFN,), deadline="2023", articles=(30,), parent=D3, indicator="Beslut fattat ja/nej")),
    ("Ge stöd till elever i behov av särskilt stöd vid övergången från grundskola till gymnasium.",
     "Barn- och utbildningsnämnden", "Löpande", "Andel elever med överlämning",
     dict(responsible=(BUN,), articles=(24,), parent=D3, indicator="Andel elever med överlämning")),
    ("Utveckla daglig verksamhet med fler platser ute på arbetsplatser i samarbete med näringslivet och "
     "LKAB.", "Socialnämnden", "2023–2026", "Antal platser",
     dict(responsible=(SN,), deadline="2026", articles=(27,), parent=D3, indicator="Antal platser")),
    ("Skapa minst tio praktikplatser per år i kommunens verksamheter för personer med "
     "funktionsnedsättning.", "Kommunstyrelsen", "Årligen", "Antal praktikplatser",
     dict(responsible=(KS,), deadline="årligen", articles=(27,), parent=D3, indicator="Antal praktikplatser")),
    ("Erbjuda stöd till föreningar som vill göra sin verksamhet tillgänglig.", "Kultur- och fritidsnämnden",
     "Löpande", "Antal föreningar som fått stöd",
     dict(responsible=(KFN,), articles=(30,), parent=D3, indicator="Antal föreningar som fått stöd")),
]

DOC = Doc(
    file="kiruna_plan_delaktighet_2023.pdf",
    organisation="Kiruna kommun",
    kommunkod="2584",
    doc_type="plan",
    stated_type="plan",
    title="Plan för delaktighet 2023–2026",
    adopted_by="Kommunfullmäktige",
    adopted_date="2023-06-19",
    diarienummer="KS 2022/1021",
    valid_until="2026",
    validity="2023–2026",
    articles=(8, 9, 19, 20, 21, 24, 27, 29, 30),
    actors=[
        A("Kommunfullmäktige", "committee", "adopting", aliases=("kommunfullmäktige",)),
        A("Kommunstyrelsen", "committee", "responsible", "follows-up", "owner", aliases=("kommunstyrelsen",)),
        A("Socialnämnden", "committee", "responsible", aliases=("socialnämndens",)),
        A("Barn- och utbildningsnämnden", "committee", "responsible"),
        A("Miljö- och byggnadsnämnden", "committee", "responsible"),
        A("Kultur- och fritidsnämnden", "committee", "responsible"),
        A("Kirunabostäder AB", "company", "responsible"),
        A("Tekniska verken i Kiruna AB", "company", "responsible"),
        A("Rådet för funktionshinderfrågor", "council", "consulted", aliases=("rådet",)),
        A("LKAB", "company", "mentioned"),
        A("Region Norrbotten", "region", "mentioned"),
        A("Länsstyrelsen i Norrbottens län", "agency", "mentioned"),
    ],
    notes=("Plan with an overall goal, three delmål and an action table (Åtgärd | Ansvar | När | Indikator, "
           "18 rows over two pages with the header repeated). No CRPD article is named by number in the "
           "table; the document cites 'artiklarna 9, 19 och 29' in the text and the other articles are "
           "inferred by topic. Minority languages (samiska, finska, meänkieli) are a Kiruna-specific "
           "theme; information in them is linked to 21 and culture to 30. Adopted by kommunfullmäktige "
           "2023-06-19 § 96 (see the protokollsutdrag in the corpus)."),
    theme=Theme(body_font="Helvetica", body_size=11, leading=16, heading_sizes=(15, 12, 10.5),
                heading_color="#2e3a87", accent="#2e3a87", justify=False, hyphenate=False, numbered=True,
                header=("Kiruna kommun", "Plan för delaktighet 2023–2026"), footer="{n}", footer_align="center",
                margins=(66, 66, 76, 70)),
    cover=Cover(
        title="Plan för delaktighet 2023–2026",
        subtitle="Kiruna kommun – en kommun för alla",
        style="block",
        meta=[("Dokumenttyp", "Plan"), ("Antagen av", "Kommunfullmäktige 2023-06-19, § 96"),
              ("Dnr", "KS 2022/1021"), ("Giltig", "2023–2026"), ("Reviderad", "Ej reviderad"),
              ("Dokumentansvarig", "Kommunstyrelsen, samhällsbyggnadsförvaltningen")],
        back=('Kiruna kommun', 'Kommunstyrelseförvaltningen', 'kiruna.se', '', 'Planen finns på svenska, samiska, finska och meänkieli.'),
    ),
    features=("cover", "TOC", "page-number-only footer", "portrait action table Åtgärd|Ansvar|När|Indikator "
              "over 2 pages (repeatRows)", "minority-language theme"),
    body=[
        Toc("Innehåll"),
        H1("Inledning"),
        P("Kiruna kommun genomgår en av de största samhällsomvandlingarna i Sverige. När stadskärnan flyttas "
          "på grund av gruvbrytningen byggs nya bostäder, skolor, gator och offentliga lokaler. Det ger en "
          "unik möjlighet att bygga ett samhälle som är tillgängligt från början."),
        P("Planen för delaktighet anger hur kommunen ska arbeta under 2023–2026 för att personer med "
          "funktionsnedsättning ska kunna delta i samhällslivet. Den har tagits fram av "
          "kommunstyrelseförvaltningen tillsammans med Rådet för funktionshinderfrågor och ersätter "
          "tillgänglighetsplanen från 2016."),
        H2("Samhällsomvandlingen"),
        P("Den nya stadskärnan växer fram cirka tre kilometer öster om den gamla. Stadshuset, biblioteket, "
          "simhallen och flera skolor har redan flyttat eller ska flytta under planperioden. LKAB ersätter "
          "många av de byggnader som rivs, och kommunen ansvarar för detaljplaner, gator och allmänna platser."),
        P("Klimatet ställer särskilda krav. Under vinterhalvåret är snö, is och mörker stora hinder för den som "
          "har en rörelsenedsättning eller synnedsättning. Uppvärmda gångytor vid entréer, god belysning och "
          "prioriterad snöröjning är därför viktiga delar av tillgängligheten i Kiruna."),
        Figure("Karta: Den nya stadskärnan med kommunala lokaler och busshållplatser.", kind="map", height=200),
        P("Rådet för funktionshinderfrågor har sedan 2019 deltagit i granskningen av de nya byggnaderna. "
          "Erfarenheterna är goda, men rådet har påpekat att synpunkter ofta kommer in för sent för att kunna "
          "påverka utformningen."),
        H1("Utgångspunkter"),
        P("Planen utgår från FN:s konvention om rättigheter för personer med funktionsnedsättning, särskilt "
          "artiklarna 9, 19 och 29, och från de nationella målen för funktionshinderspolitiken. Kiruna är "
          "förvaltningsområde för samiska, finska och meänkieli, vilket innebär att kommunen har ett särskilt "
          "ansvar för information och service på minoritetsspråken."),
        P("Länsstyrelsen i Norrbottens län samordnar arbetet med funktionshinderspolitiken i länet, och "
          "Region Norrbotten ansvarar för hälso- och sjukvård, habilitering och kollektivtrafik. Kommunen "
          "samverkar med båda."),
        H1("Mål"),
        H2("Övergripande mål"),
        P(G(OVERALL, level="overall", responsible=(KS,), deadline="2026"), style="lead"),
        H2("Delmål"),
        UL([B("Delmål 1."), G(D1, parent=OVERALL, area=None, articles=(9,), responsible=(KS, MBN))],
           [B("Delmål 2."), G(D2, parent=OVERALL, area=None, articles=(21,), responsible=(KS,))],
           [B("Delmål 3."), G(D3, parent=OVERALL, area=None, articles=(24, 27, 30),
                              responsible=(KFN, SN, BUN))], marker="–"),
        H1("Åtgärder"),
        P("Tabellen redovisar de åtgärder som ska genomföras under planperioden, vem som ansvarar, när "
          "åtgärden ska vara genomförd och hur den ska följas upp. Åtgärderna är ordnade efter delmål."),
        Table(["Åtgärd", "Ansvar", "När", "Indikator"], action_rows(_ROWS),
              widths=[0.45, 0.21, 0.12, 0.22], font_size=9, kind="grid"),
        H1("Uppföljning"),
        P("Varje ansvarig nämnd och bolag rapporterar status för sina åtgärder till kommunstyrelsen i "
          "samband med delårsbokslut och årsbokslut. Kommunstyrelsen sammanställer en rapport som "
          "presenteras för Rådet för funktionshinderfrågor och kommunfullmäktige."),
        P("Inför 2026 görs en utvärdering av planen där rådet och föreningar deltar."),
    ],
)
