"""Umeå kommun: Strategi för digital tillgänglighet 2024–2027 (strategy; nested lists, EU-directive trap)."""

from ._common import H1, H2, UL, A, B, Cover, Doc, Figure, G, P, Theme, Toc

VISION = ("Umeå kommuns digitala tjänster och all digital information ska kunna användas av alla invånare, "
          "oavsett funktionsförmåga.")
S1 = "Nya digitala tjänster ska vara tillgängliga från start."
S2 = "Befintliga webbplatser, e-tjänster och dokument ska åtgärdas så att de uppfyller lagkraven."
S3 = "Medarbetare som producerar digitalt innehåll ska ha kunskap om digital tillgänglighet."

KS = "Kommunstyrelsen"
IT = "IT-avdelningen"
KOM = "Kommunikationsavdelningen"
UPPH = "Upphandlingsenheten"
ALLA = "Samtliga förvaltningar"

DOC = Doc(
    file="umea_strategi_digital-tillganglighet_2024.pdf",
    organisation="Umeå kommun",
    kommunkod="2480",
    doc_type="strategy",
    stated_type="strategi",
    title="Strategi för digital tillgänglighet 2024–2027",
    adopted_by="Kommunstyrelsen",
    adopted_date="2024-03-05",
    diarienummer="KS-2023/01021",
    valid_until="2027",
    validity="2024–2027",
    articles=(4, 8, 9, 21),
    actors=[
        A("Kommunstyrelsen", "committee", "adopting", "follows-up", aliases=("kommunstyrelsen",)),
        A("IT-avdelningen", "department", "responsible"),
        A("Kommunikationsavdelningen", "department", "responsible", "owner"),
        A("Upphandlingsenheten", "department", "responsible"),
        A("Samtliga förvaltningar", "department", "responsible", aliases=("Förvaltningarna",)),
        A("Myndigheten för digital förvaltning", "agency", "mentioned", aliases=("Digg",)),
        A("Funktionsrättsrådet", "council", "consulted"),
        A("Synskadades Riksförbund Västerbotten", "civil-society", "consulted"),
        A("Umeå kommunföretag AB", "company", "mentioned"),
    ],
    notes=("Strategy for digital accessibility. Traps: 'artikel 7 i webbtillgänglighetsdirektivet' and "
           "'(EU) 2016/2102' are EU law, not CRPD articles; 'EN 301 549' and 'WCAG 2.1' are standards. "
           "CRPD article 9 is named explicitly with 'artikel 21'; article 4 (general obligations, involving "
           "users) and 8 (training) by topic. Three strategic goals (subgoals) each with nested 'Det innebär "
           "att' bullets that are actions."),
    theme=Theme(body_font="Helvetica", body_size=11, leading=16, heading_sizes=(16, 12.5, 11),
                heading_color="#a6192e", accent="#a6192e", justify=False, hyphenate=False, numbered=True,
                header=("Umeå kommun", "Strategi för digital tillgänglighet"), footer="Sida {n} ({m})",
                margins=(72, 72, 76, 72)),
    cover=Cover(
        title="Strategi för digital tillgänglighet 2024–2027",
        subtitle="Umeå kommun",
        style="band",
        meta=[("Beslutsinstans", "Kommunstyrelsen"), ("Beslutsdatum", "2024-03-05, § 61"),
              ("Dnr", "KS-2023/01021"), ("Dokumenttyp", "Strategi"), ("Giltig till och med", "2027"),
              ("Dokumentägare", "Kommunikationsdirektör")],
        back=('Umeå kommun', 'Kommunikationsavdelningen', 'umea.se'),
    ),
    features=("band cover", "TOC", "nested bullet levels", "EU web-directive trap (artikel 7)", "'1)' list"),
    body=[
        Toc("Innehåll"),
        H1("Inledning"),
        P("Allt fler kontakter mellan invånare och kommunen sker digitalt. Det gör det lättare för många, men "
          "för den som använder skärmläsare, förstoring eller talsyntes, eller som har svårt att läsa och "
          "förstå text, kan en otillgänglig e-tjänst stänga dörren helt. Digital tillgänglighet är därför en "
          "förutsättning för likvärdig service."),
        P("Strategin gäller för alla kommunens förvaltningar. Umeå kommunföretag AB och dotterbolagen "
          "rekommenderas att tillämpa den."),
        H1("Bakgrund"),
        H2("Lagkrav"),
        P("Lagen (2018:1937) om tillgänglighet till digital offentlig service, den så kallade DOS-lagen, "
          "genomför EU:s webbtillgänglighetsdirektiv (EU) 2016/2102. Enligt lagen ska offentliga aktörers "
          "webbplatser och mobila applikationer uppfylla kraven i standarden EN 301 549, som hänvisar till "
          "WCAG 2.1 nivå AA. Enligt artikel 7 i webbtillgänglighetsdirektivet ska varje webbplats ha en "
          "tillgänglighetsredogörelse. Myndigheten för digital förvaltning (Digg) utövar tillsyn."),
        H2("Rättigheter"),
        P("FN:s konvention om rättigheter för personer med funktionsnedsättning slår i artikel 9 fast att "
          "personer med funktionsnedsättning ska ha tillgång till information och kommunikation, inklusive "
          "informations- och kommunikationsteknik, på lika villkor som andra. Enligt artikel 21 ska information "
          "som riktar sig till allmänheten tillhandahållas i tillgängliga format."),
        H2("Nuläge"),
        P("En granskning som kommunikationsavdelningen gjorde 2023 visade att kommunens huvudwebbplats i stort "
          "uppfyller kraven, men att många pdf-dokument saknar rubrikstruktur och alternativtext och att flera "
          "äldre e-tjänster inte går att använda med tangentbord."),
        Figure("Figur 1. Antal allvarliga brister per granskad webbplats och e-tjänst, 2023.", kind="chart",
               height=140, values=(0.2, 0.35, 0.9, 0.55, 0.4, 0.75, 0.3)),
        P("Granskningen visade också att kunskapen om digital tillgänglighet varierar mycket mellan "
          "förvaltningarna. Där det finns webbredaktörer med utbildning är bristerna färre."),
        H1("Vision"),
        P(G(VISION, level="overall", responsible=(KS,), deadline="2027"), style="lead"),
        H1("Strategiska mål"),
        H2("Tillgängligt från start", area=True),
        P(B("Mål:"), G(S1, parent=VISION, articles=(9,), responsible=(ALLA,))),
        P("Det innebär att:"),
        UL(G("tillgänglighetskrav ställs i alla upphandlingar av digitala system", level="action", parent=S1,
             articles=(9,), responsible=(UPPH,)),
           G("nya e-tjänster testas med användare med funktionsnedsättning innan de lanseras", level="action",
             parent=S1, articles=(4, 9), responsible=(IT,)), marker="–"),
        UL("användartester görs tillsammans med Funktionsrättsrådet och Synskadades Riksförbund Västerbotten,",
           "resultatet dokumenteras i en testrapport.", marker="–", level=2),
        H2("Åtgärda befintliga brister", area=True),
        P(B("Mål:"), G(S2, parent=VISION, articles=(9, 21), responsible=(KOM, IT), deadline="2026")),
        P("Det innebär att:"),
        UL(G("alla pdf-dokument som publiceras efter 2024 ska vara tillgängliga", level="action", parent=S2,
             articles=(21,), responsible=(ALLA,), deadline="2024"),
           G("e-tjänster med allvarliga brister byts ut eller åtgärdas senast 2026", level="action", parent=S2,
             articles=(9,), responsible=(IT,), deadline="2026"),
           G("tillgänglighetsredogörelserna ses över varje år", level="action", parent=S2, articles=(9,),
             responsible=(KOM,), deadline="årligen"), marker="1)"),
        H2("Kunskap", area=True),
        P(B("Mål:"), G(S3, parent=VISION, articles=(8,), responsible=(KOM,))),
        P("Det innebär att:"),
        UL(G("webbredaktörer och kommunikatörer genomgår en grundutbildning i digital tillgänglighet",
             level="action", parent=S3, articles=(8,), responsible=(KOM,)),
           G("systemförvaltare får fördjupad utbildning i testmetoder", level="action", parent=S3, articles=(8,),
             responsible=(IT,)), marker="1)", start=4),
        H1("Roller och ansvar"),
        UL([B("Kommunstyrelsen"), "beslutar om strategin och följer upp den."],
           [B("Kommunikationsavdelningen"), "äger strategin, ansvarar för webbplatsen och ger stöd till "
            "förvaltningarna."],
           [B("IT-avdelningen"), "ansvarar för tekniska krav, tester och systemförvaltning."],
           [B("Upphandlingsenheten"), "ser till att tillgänglighetskrav ställs i upphandlingar."],
           [B("Förvaltningarna"), "ansvarar för att det innehåll de publicerar är tillgängligt."]),
        H1("Uppföljning"),
        P("Uppföljningen görs med hjälp av följande mått:"),
        UL("andel webbplatser och e-tjänster utan allvarliga brister,",
           "andel publicerade pdf-dokument som klarar automatisk kontroll,",
           "antal medarbetare som genomgått utbildning,",
           "antal synpunkter från invånare som gäller tillgänglighet.", marker="–"),
        P("Kommunikationsavdelningen följer upp strategin årligen genom automatiserade tester och manuella "
          "stickprov och rapporterar till kommunstyrelsen. Funktionsrättsrådet får ta del av rapporten."),
        H1("Begrepp", numbered=False, big=True),
        P(B("Digital tillgänglighet"), "innebär att webbplatser, appar, e-tjänster och dokument kan uppfattas, "
          "hanteras och förstås av alla användare, även den som använder hjälpmedel."),
        P(B("WCAG"), "(Web Content Accessibility Guidelines) är internationella riktlinjer för tillgängligt "
          "webbinnehåll. Nivå AA är den nivå som lagen kräver."),
        P(B("Tillgänglighetsredogörelse"), "är en beskrivning på webbplatsen av hur tillgänglig den är, vilka "
          "brister som finns och hur man kan meddela brister."),
    ],
)
