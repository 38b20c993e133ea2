"""Malmö stad: Handlingsplan för tillgänglighet 2024–2026 (plan; landscape action table)."""

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
    LandscapeEnd,
    LandscapeStart,
    P,
    PageBreak,
    Table,
    Theme,
    Toc,
    action_rows,
)

M_FYS = ("Malmö stads lokaler och offentliga miljöer ska vara tillgängliga och användbara för personer med "
         "olika funktionsförutsättningar.")
M_DIG = "Stadens digitala tjänster och all information till invånarna ska vara tillgängliga och lätta att förstå."
M_KUN = ("Medarbetare och chefer ska ha den kunskap om tillgänglighet och bemötande som krävs i deras "
         "uppdrag.")

FGK = "Fastighets- och gatukontoret"
SBK = "Stadsbyggnadskontoret"
SK = "Stadskontoret"

_ROWS = [
    ("Genomföra tillgänglighetsinventering av samtliga publika lokaler som staden äger och registrera "
     "resultatet i tillgänglighetsdatabasen.", "Fastighets- och gatukontoret", "2024", "Art. 9",
     dict(responsible=(FGK,), deadline="2024", articles=(9,), parent=M_FYS, area="Fysisk miljö")),
    ("Åtgärda prioriterade enkelt avhjälpta hinder i entréer, receptioner och publika toaletter.",
     "Fastighets- och gatukontoret", "2024–2026", "Art. 9",
     dict(responsible=(FGK,), deadline="2026", articles=(9,), parent=M_FYS, area="Fysisk miljö")),
    ("Ta fram en gemensam checklista för tillgänglighet som ska användas i alla nya detaljplaner.",
     "Stadsbyggnadsnämnden", "2024", "Art. 9",
     dict(responsible=("Stadsbyggnadsnämnden",), deadline="2024", articles=(9,), parent=M_FYS, area="Fysisk miljö")),
    ("Säkerställa att gångstråk till och från hållplatser har ledstråk, kontrastmarkeringar och "
     "sittplatser med armstöd.", "Tekniska nämnden", "Löpande", "Art. 9, 20",
     dict(responsible=("Tekniska nämnden",), articles=(9, 20), parent=M_FYS, area="Fysisk miljö")),
    ("Inventera stadens lekplatser och upprätta en plan för att minst en lekplats per stadsområde ska vara "
     "utformad för lek på lika villkor.", "Tekniska nämnden", "2025", "Art. 7, 30",
     dict(responsible=("Tekniska nämnden",), deadline="2025", articles=(7, 9, 30), parent=M_FYS,
          area="Fysisk miljö")),
    ("Utreda behovet av fler parkeringsplatser för rörelsehindrade vid vårdcentraler, bibliotek och "
     "idrottshallar.", "Tekniska nämnden", "2025", "Art. 20",
     dict(responsible=("Tekniska nämnden",), deadline="2025", articles=(9, 20), parent=M_FYS,
          area="Fysisk miljö")),
    ("Ställa krav på tillgänglighet vid upplåtelse av allmän plats för evenemang och uteserveringar.",
     "Tekniska nämnden, Kulturnämnden", "2024", "Art. 9, 30",
     dict(responsible=("Tekniska nämnden", "Kulturnämnden"), deadline="2024", articles=(9, 30),
          parent=M_FYS, area="Fysisk miljö")),
    ("Öka andelen tillgängliga lägenheter vid ny- och ombyggnation i MKB:s bestånd.",
     "MKB Fastighets AB", "2024–2026", "Art. 19",
     dict(responsible=("MKB Fastighets AB",), deadline="2026", articles=(9, 19), parent=M_FYS,
          area="Fysisk miljö")),
    ("Granska stadens webbplatser och e-tjänster mot kraven i lagen om tillgänglighet till digital "
     "offentlig service och åtgärda brister.", "Stadskontoret", "2024", "Art. 9, 21",
     dict(responsible=(SK,), deadline="2024", articles=(9, 21), parent=M_DIG, area="Digital tillgänglighet")),
    ("Införa tillgänglighetskrav i alla upphandlingar av digitala system och tjänster.",
     "Stadskontoret, Servicenämnden", "2025", "Art. 9",
     dict(responsible=(SK, "Servicenämnden"), deadline="2025", articles=(9,), parent=M_DIG,
          area="Digital tillgänglighet")),
    ("Publicera information om stadens viktigaste tjänster på lättläst svenska, teckenspråk och i "
     "talad form.", "Samtliga nämnder", "2024–2026", "Art. 21",
     dict(responsible=("Samtliga nämnder",), deadline="2026", articles=(21,), parent=M_DIG,
          area="Digital tillgänglighet")),
    ("Utveckla rutiner för att beställa tolk och kommunikationsstöd till medborgardialoger och "
     "samråd.", "Stadskontoret", "2024", "Art. 21, 29",
     dict(responsible=(SK,), deadline="2024", articles=(21, 29), parent=M_DIG, area="Digital tillgänglighet")),
    ("Testa nya e-tjänster tillsammans med användare med olika funktionsnedsättningar innan de "
     "lanseras.", "Samtliga nämnder", "Löpande", "Art. 4, 9",
     dict(responsible=("Samtliga nämnder",), articles=(4, 9), parent=M_DIG, area="Digital tillgänglighet")),
    ("Se till att valsedlar, vallokaler och information inför allmänna val är tillgängliga.",
     "Valnämnden", "2026", "Art. 29",
     dict(responsible=("Valnämnden",), deadline="2026", articles=(9, 29), parent=M_DIG,
          area="Digital tillgänglighet")),
    ("Erbjuda en webbutbildning om tillgänglighet och bemötande till alla medarbetare.",
     "Stadskontoret", "2024", "Art. 8",
     dict(responsible=(SK,), deadline="2024", articles=(8,), parent=M_KUN, area="Kunskap och bemötande")),
    ("Genomföra fördjupad utbildning för arkitekter, projektledare och handläggare som arbetar med "
     "planering och byggande.", "Stadsbyggnadskontoret, Fastighets- och gatukontoret", "2025", "Art. 8, 9",
     dict(responsible=(SBK, FGK), deadline="2025", articles=(8, 9), parent=M_KUN,
          area="Kunskap och bemötande")),
    ("Låta personer med egen erfarenhet av funktionsnedsättning medverka i stadens introduktion av nya "
     "chefer.", "Stadskontoret", "2025", "Art. 8",
     dict(responsible=(SK,), deadline="2025", articles=(8,), parent=M_KUN, area="Kunskap och bemötande")),
    ("Ta fram stöd för hur förskola och skola kan arbeta med anpassningar i lärmiljön för barn med "
     "neuropsykiatriska funktionsnedsättningar.", "Förskolenämnden, Grundskolenämnden", "2025", "Art. 7, 24",
     dict(responsible=("Förskolenämnden", "Grundskolenämnden"), deadline="2025", articles=(7, 24),
          parent=M_KUN, area="Kunskap och bemötande")),
    ("Kartlägga hur medarbetare inom funktionsstöd kan få kompetensutveckling i alternativ och "
     "kompletterande kommunikation (AKK).", "Funktionsstödsnämnden", "2024", "Art. 8, 21",
     dict(responsible=("Funktionsstödsnämnden",), deadline="2024", articles=(8, 21), parent=M_KUN,
          area="Kunskap och bemötande")),
    ("Genomföra en årlig workshop med Funktionsrättsrådet om stadens arbete med handlingsplanen.",
     "Stadskontoret", "Årligen", "Art. 29, 33",
     dict(responsible=(SK,), articles=(29, 33), parent=M_KUN, area="Kunskap och bemötande")),
    ("Sammanställa statistik om hur många medarbetare som genomgått utbildningen, uppdelat på "
     "förvaltning.", "Stadskontoret", "2026", "Art. 31",
     dict(responsible=(SK,), deadline="2026", articles=(31,), parent=M_KUN, area="Kunskap och bemötande")),
]

DOC = Doc(
    file="malmo_plan_handlingsplan-tillganglighet_2024.pdf",
    organisation="Malmö stad",
    kommunkod="1280",
    doc_type="plan",
    stated_type="handlingsplan",
    title="Handlingsplan för tillgänglighet 2024–2026",
    adopted_by="Kommunstyrelsen",
    adopted_date="2024-01-17",
    diarienummer="STK-2023-1187",
    valid_until="2026-12-31",
    validity="2024–2026",
    articles=(4, 8, 9, 20, 21, 29),
    actors=[
        A("Kommunstyrelsen", "committee", "adopting", "follows-up", aliases=("kommunstyrelsen",)),
        A("Stadskontoret", "department", "owner", "responsible"),
        A("Fastighets- och gatukontoret", "department", "responsible"),
        A("Stadsbyggnadskontoret", "department", "responsible"),
        A("Stadsbyggnadsnämnden", "committee", "responsible"),
        A("Tekniska nämnden", "committee", "responsible"),
        A("Kulturnämnden", "committee", "responsible"),
        A("Servicenämnden", "committee", "responsible"),
        A("Valnämnden", "committee", "responsible"),
        A("Förskolenämnden", "committee", "responsible"),
        A("Grundskolenämnden", "committee", "responsible"),
        A("Funktionsstödsnämnden", "committee", "responsible"),
        A("Samtliga nämnder", "committee", "responsible"),
        A("MKB Fastighets AB", "company", "responsible", aliases=("MKB",)),
        A("Funktionsrättsrådet", "council", "consulted", aliases=("funktionsrättsrådet",)),
        A("Myndigheten för delaktighet", "agency", "mentioned"),
        A("Länsstyrelsen i Skåne", "agency", "mentioned"),
    ],
    notes=("Action plan under Malmö's programme for disability policy. Three priority areas each with one "
           "goal (subgoal level, parent goals of the action rows); the action table (21 rows, landscape) "
           "gives responsible body, time plan and CRPD article per row. 'Samtliga nämnder' is kept as a "
           "collective actor. The programme it implements is mentioned but not part of this document."),
    theme=Theme(body_font="Vera", body_size=10.5, leading=15.5, heading_sizes=(15, 12, 10.5),
                heading_color="#003d6b", accent="#0a6ebd", justify=False, hyphenate=False, numbered=True,
                header=("Malmö stad", "Handlingsplan för tillgänglighet 2024–2026"), footer="{n} ({m})",
                margins=(64, 64, 72, 68)),
    cover=Cover(
        title="Handlingsplan för tillgänglighet 2024–2026",
        subtitle="Aktiviteter för ett tillgängligt Malmö",
        style="band",
        meta=[("Fastställd av", "Kommunstyrelsen"), ("Fastställd", "2024-01-17"), ("Dnr", "STK-2023-1187"),
              ("Gäller till", "2026-12-31"), ("Dokumentägare", "Stadskontoret")],
        back=('Malmö stad', 'Stadskontoret', 'malmo.se', '', 'Utgiven av Malmö stad, stadskontoret, januari 2024.', 'Grafisk form: Kommunikationsavdelningen'),
    ),
    features=("band cover", "TOC 'Innehållsförteckning'", "landscape action table over 2 pages (repeatRows)",
              "footer n (m)", "Vera TTF font"),
    body=[
        Toc("Innehållsförteckning"),
        H1("Förord", numbered=False, big=True),
        P("Malmö ska vara en stad för alla. Det låter självklart, men för många Malmöbor är det inte "
          "verklighet. En trappa, en otydlig skylt eller en e-tjänst som inte fungerar med skärmläsare kan "
          "avgöra om man kan ta del av stadens service eller inte."),
        P("Med den här handlingsplanen tar vi nästa steg. Den är konkret och anger vem som ska göra vad och "
          "när. Den har tagits fram tillsammans med Funktionsrättsrådet, och rådet kommer att följa arbetet "
          "noga. Det tycker jag är bra."),
        P("Kommunstyrelsens ordförande", style="label"),
        Figure("Foto: Entré till Stadshuset efter ombyggnad 2023.", kind="photo", height=200),
        PageBreak(),
        H1("Inledning"),
        P("Malmö stad har som mål att vara en stad där alla kan leva, verka och ta del av samhällets "
          "utbud på lika villkor. I stadens program för funktionshinderspolitiken beskrivs den långsiktiga "
          "inriktningen. Handlingsplanen för tillgänglighet konkretiserar programmet för perioden "
          "2024–2026 och anger vilka aktiviteter som ska genomföras, vem som ansvarar och när."),
        P("Handlingsplanen har arbetats fram av stadskontoret i samverkan med förvaltningarna och med "
          "Funktionsrättsrådet. Ett utkast remitterades under hösten 2023 till samtliga nämnder och till "
          "föreningar i funktionsrättsrörelsen. Synpunkterna har i stor utsträckning arbetats in."),
        H2("Hur handlingsplanen ska läsas"),
        P("Avsnitt 2 beskriver bakgrunden och avgränsningen. I avsnitt 3 finns de tre prioriterade områdena "
          "med sina målsättningar, och i avsnitt 4 redovisas aktiviteterna i tabellform. Avsnitt 5 beskriver "
          "hur arbetet ska genomföras och följas upp."),
        P("Handlingsplanen riktar sig i första hand till nämnder, förvaltningar och bolag, men är också en "
          "information till Malmöborna om vad staden har åtagit sig att göra."),
        H1("Bakgrund"),
        H2("Tillgänglighet som en fråga om rättigheter"),
        P("Bristande tillgänglighet är sedan 2015 en form av diskriminering enligt diskrimineringslagen. "
          "FN:s konvention om rättigheter för personer med funktionsnedsättning lyfter tillgänglighet som "
          "en av de allmänna principerna och ägnar artikel 9 helt åt frågan. Konventionen anger också att "
          "personer med funktionsnedsättning ska kunna förflytta sig självständigt (artikel 20) och ta del "
          "av information på lika villkor (artikel 21)."),
        Figure("Figur 1. Andel inventerade publika lokaler i Malmö stad 2019–2023.", kind="chart",
               height=140, values=(0.32, 0.41, 0.55, 0.63, 0.78)),
        P("Länsstyrelsen i Skåne och Myndigheten för delaktighet följer hur kommunerna i länet arbetar "
          "med funktionshinderspolitiken. MFD:s senaste uppföljning visar att Malmö har kommit långt i "
          "arbetet med fysisk tillgänglighet men att det återstår mycket när det gäller digital "
          "tillgänglighet och kunskap hos medarbetarna."),
        H2("Avgränsning"),
        P("Handlingsplanen omfattar stadens egna verksamheter och MKB Fastighets AB. Den omfattar inte "
          "insatser enligt LSS eller socialtjänstlagen för enskilda, eftersom dessa regleras i andra "
          "styrdokument. Handlingsplanen ersätter inte de krav som följer av lag."),
        H1("Prioriterade områden"),
        P("Handlingsplanen är indelad i tre prioriterade områden. För varje område finns en målsättning "
          "som aktiviteterna i avsnitt 4 ska bidra till."),
        H2("Fysisk miljö", area=True),
        P(B("Målsättning:"), G(M_FYS, articles=(9,), responsible=(FGK, "Stadsbyggnadsnämnden", "Tekniska nämnden"))),
        P("Området omfattar byggnader, gator, torg, parker och lekplatser. Särskilt fokus läggs på att "
          "åtgärda enkelt avhjälpta hinder i lokaler dit allmänheten har tillträde."),
        H2("Digital tillgänglighet", area=True),
        P(B("Målsättning:"), G(M_DIG, articles=(9, 21), responsible=(SK,))),
        P("Området omfattar webbplatser, e-tjänster, sociala medier, blanketter och trycksaker, men också "
          "hur staden kommunicerar vid möten och i dialog med invånare."),
        H2("Kunskap och bemötande", area=True),
        P(B("Målsättning:"), G(M_KUN, articles=(8,), responsible=(SK,))),
        P("Ett gott bemötande förutsätter kunskap om olika funktionsnedsättningar och om de hinder som "
          "finns i stadens verksamheter. Kunskap behövs på alla nivåer, från politiker och chefer till "
          "medarbetare i direkt kontakt med invånare."),
        LandscapeStart(),
        H1("Aktiviteter 2024–2026"),
        P("Tabellen anger aktiviteter per prioriterat område. I kolumnen Koppling till artikel anges de "
          "artiklar i konventionen som aktiviteten i första hand bidrar till.", style="small"),
        Table(["Aktivitet", "Ansvarig", "Tidplan", "Koppling till artikel"], action_rows(_ROWS),
              widths=[0.56, 0.22, 0.10, 0.12], font_size=9),
        LandscapeEnd(),
        H1("Samverkan och dialog"),
        P("Handlingsplanen kan bara genomföras om förvaltningarna samarbetar. Flera aktiviteter har därför "
          "delat ansvar mellan två eller flera nämnder. Stadskontoret samordnar ett nätverk med "
          "tillgänglighetssamordnare från samtliga förvaltningar som träffas fyra gånger per år."),
        P("Dialogen med Funktionsrättsrådet och funktionsrättsrörelsen är en förutsättning för ett bra resultat. "
          "Rådet ska få information om genomförandet minst två gånger per år och ges möjlighet att lämna "
          "synpunkter på prioriteringar. Föreningar som vill medverka i användartester av nya e-tjänster kan "
          "anmäla intresse till stadskontoret."),
        H2("Samverkan med andra aktörer"),
        P("Region Skåne ansvarar för kollektivtrafiken och för hälso- och sjukvården, och flera av de "
          "hinder som Malmöborna möter ligger i gränssnittet mellan staden och regionen. Staden ska därför "
          "verka för gemensamma lösningar, till exempel när det gäller hållplatser och färdtjänst. Även "
          "privata fastighetsägare och handeln har stor betydelse för tillgängligheten i stadsmiljön."),
        H1("Genomförande och uppföljning"),
        P("Varje ansvarig nämnd ska föra in aktiviteterna i sin verksamhetsplan för kommande år. "
          "Aktiviteter som kräver ytterligare resurser prövas i budgetprocessen."),
        P("Stadskontoret sammanställer en lägesrapport varje år som redovisas för kommunstyrelsen och "
          "Funktionsrättsrådet. Av rapporten ska framgå:"),
        UL("vilka aktiviteter som genomförts, påbörjats eller inte påbörjats,",
           "hinder som försvårat genomförandet och hur de ska hanteras,",
           "resultat i de nyckeltal som stadskontoret tagit fram tillsammans med förvaltningarna.",
           marker="–"),
        P("Inför 2027 ska handlingsplanen utvärderas och en ny plan tas fram i dialog med "
          "Funktionsrättsrådet och funktionsrättsrörelsen."),
    ],
)
