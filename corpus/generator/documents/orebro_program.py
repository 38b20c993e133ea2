"""Örebro kommun: Funktionshinderspolitiskt program 2024–2030 (programme; two-column background page)."""

from ._common import (
    H1,
    H2,
    HP,
    UL,
    A,
    B,
    Cover,
    Doc,
    Figure,
    G,
    P,
    PageBreak,
    Theme,
    Toc,
    TwoColumnEnd,
    TwoColumnStart,
)

VISION = "I Örebro kommun ska alla kunna leva ett självständigt liv med full delaktighet i samhället."

O1 = "Örebro kommun är en tillgänglig kommun att bo, leva och verka i."
O2 = "Invånare med funktionsnedsättning har ett självständigt liv med inflytande över sin vardag."
O3 = "Barn och unga med funktionsnedsättning har goda förutsättningar för lärande, hälsa och fritid."
O4 = "Fler personer med funktionsnedsättning är självförsörjande genom arbete."

KS = "Kommunstyrelsen"
FSN = "Funktionsstödsnämnden"
KFN = "Kultur- och fritidsnämnden"
SBN = "Samhällsbyggnadsnämnden"
GSN = "Grundskolenämnden"
AMN = "Arbetsmarknadsnämnden"
OBO = "Örebrobostäder AB"


DOC = Doc(
    file="orebro_program_funktionshinderspolitiskt_2024.pdf",
    organisation="Örebro kommun",
    kommunkod="1880",
    doc_type="programme",
    stated_type="program",
    title="Funktionshinderspolitiskt program 2024–2030",
    adopted_by="Kommunfullmäktige",
    adopted_date="2023-12-13",
    diarienummer="Ks 1432/2023",
    valid_until="2030",
    validity="2024–2030",
    articles=(3, 5, 6, 7, 8, 9, 16, 19, 20, 24, 25, 27, 29, 30),
    actors=[
        A("Kommunfullmäktige", "committee", "adopting", aliases=("kommunfullmäktige",)),
        A("Kommunstyrelsen", "committee", "responsible", "follows-up", aliases=("kommunstyrelsen",)),
        A("Kommunstyrelseförvaltningen", "department", "owner"),
        A("Funktionsstödsnämnden", "committee", "responsible", aliases=("funktionsstödsnämnden",)),
        A("Kultur- och fritidsnämnden", "committee", "responsible", aliases=("KFN",)),
        A("Samhällsbyggnadsnämnden", "committee", "responsible"),
        A("Grundskolenämnden", "committee", "responsible"),
        A("Arbetsmarknadsnämnden", "committee", "responsible"),
        A("Örebrobostäder AB", "company", "responsible", aliases=("ÖBO",)),
        A("Funktionsrättsrådet", "council", "consulted"),
        A("Region Örebro län", "region", "mentioned"),
        A("Arbetsförmedlingen", "agency", "mentioned"),
        A("Försäkringskassan", "agency", "mentioned"),
        A("Funktionsrätt Örebro län", "civil-society", "consulted"),
        A("Riksförbundet för rörelsehindrade barn och ungdomar", "civil-society", "consulted",
          aliases=("RBU",)),
        A("Attention", "civil-society", "consulted"),
    ],
    notes=("Programme with a vision (overall), four målområden with one målbild each (subgoal) and numbered "
           "delmål under each (subgoal, parent = the målbild). The two-column 'Bakgrund' page describes the "
           "national goal and the CRPD principles (art. 3) as background; sentences there that sound like "
           "goals ('målet att uppnå jämlikhet...') are the national goal, not the programme's. Article 5 "
           "(non-discrimination) and 6 (women) are named explicitly in a range 'artikel 5–7'."),
    theme=Theme(body_font="Helvetica", body_size=10.5, leading=15, heading_sizes=(20, 13.5, 11),
                heading_color="#c8102e", accent="#c8102e", justify=True, hyphenate=True, numbered=True,
                header=("Örebro kommun", "Funktionshinderspolitiskt program"), header_rule=False,
                footer="Sida {n} av {m}", footer_align="right", margins=(68, 68, 74, 70)),
    cover=Cover(
        title="Funktionshinderspolitiskt program 2024–2030",
        subtitle="Program för full delaktighet och jämlika levnadsvillkor",
        style="block",
        meta=[("Beslutat av", "Kommunfullmäktige"), ("Beslutsdatum", "2023-12-13, § 312"),
              ("Diarienummer", "Ks 1432/2023"), ("Dokumenttyp", "Program"),
              ("Gäller för", "Alla nämnder och bolag"), ("Giltighetstid", "2024–2030"),
              ("Ansvarig för revidering", "Kommunstyrelseförvaltningen")],
        back=('Örebro kommun', 'Kommunstyrelseförvaltningen', 'orebro.se', '', 'Vill du ha programmet i ett annat format? Kontakta Servicecenter.'),
    ),
    features=("cover", "TOC", "two-column 'Bakgrund' page", "footer 'Sida n av m'", "numbered 1. delmål",
              "justified + hyphenated", "goal-like background prose", "artikel 5–7 range"),
    body=[
        Toc("Innehåll"),
        H1("Förord", numbered=False, big=True),
        P("Örebro ska vara en kommun där alla kan vara med. Det gäller i skolan, på jobbet, i föreningslivet och "
          "när kommunen fattar beslut. Vi vet att vi inte är där än. Personer med funktionsnedsättning möter "
          "fortfarande hinder som andra inte möter, och skillnaderna i levnadsvillkor är stora."),
        P("Programmet är resultatet av ett gemensamt arbete där många har bidragit. Nu är det upp till alla "
          "nämnder och bolag att omsätta det i handling. Vi kommer att följa arbetet noga."),
        P("Kommunstyrelsens ordförande och Funktionsrättsrådets vice ordförande", style="label"),
        Figure("Foto: Invånare i samtal om programmet, Örebro 2023.", kind="photo", height=190),
        PageBreak(),
        H1("Inledning"),
        P("Det här programmet beskriver hur Örebro kommun ska arbeta för att personer med "
          "funktionsnedsättning ska ha samma möjligheter som andra invånare. Programmet riktar sig till alla "
          "nämnder och kommunala bolag och gäller 2024–2030. Det ersätter Program för delaktighet för "
          "personer med funktionsnedsättning från 2017."),
        P("Programmet har tagits fram av kommunstyrelseförvaltningen i nära samarbete med Funktionsrättsrådet. "
          "Under våren 2023 genomfördes dialogmöten med Funktionsrätt Örebro län, RBU och Attention samt "
          "med brukarråd inom funktionsstödsnämndens verksamheter. Unga med funktionsnedsättning har "
          "deltagit genom en särskild workshop."),
        HP("Läsanvisning", level=2, toc=False),
        P("Avsnitt 2 ger en bakgrund. Avsnitt 3 innehåller programmets vision och de fyra målområdena med "
          "målbilder och delmål. I avsnitt 4 beskrivs ansvarsfördelning och uppföljning."),
        TwoColumnStart(),
        H1("Bakgrund"),
        H2("Ett förändrat synsätt"),
        P("Under de senaste decennierna har synen på funktionsnedsättning förändrats. Tidigare låg fokus på "
          "individens brister och på vård och omsorg. I dag betonas att det är samhällets utformning som "
          "skapar hinder. Personer med funktionsnedsättning har samma rättigheter som alla andra, och "
          "ansvaret för att de ska kunna utövas ligger på samhället."),
        P("Det synsättet kommer till uttryck i FN:s konvention om rättigheter för personer med "
          "funktionsnedsättning. Konventionens allmänna principer i artikel 3 omfattar bland annat respekt "
          "för inneboende värde och självbestämmande, icke-diskriminering, full delaktighet och "
          "tillgänglighet. I artikel 5–7 behandlas jämlikhet och icke-diskriminering, kvinnor med "
          "funktionsnedsättning och barn med funktionsnedsättning."),
        H2("Nationell funktionshinderspolitik"),
        P("Riksdagen har beslutat att det nationella målet för funktionshinderspolitiken är att, med "
          "konventionen som utgångspunkt, uppnå jämlikhet i levnadsvillkor och full delaktighet för "
          "personer med funktionsnedsättning i ett samhälle med mångfald som grund. Målet ska också bidra "
          "till ökad jämställdhet och till att barnrättsperspektivet tas tillvara."),
        P("Arbetet ska enligt riksdagen inriktas mot universell utformning, mot att åtgärda befintliga brister "
          "i tillgängligheten, mot individuella stöd och lösningar för den enskildes självständighet och mot "
          "att förebygga och motverka diskriminering. Myndigheten för delaktighet har i uppdrag att följa "
          "utvecklingen och stödja kommuner och regioner."),
        H2("Levnadsvillkor i Örebro"),
        P("Enligt kommunens välfärdsbokslut har personer med funktionsnedsättning i Örebro lägre "
          "sysselsättning, sämre självskattad hälsa och lägre inkomster än befolkningen i övrigt. Skillnaderna "
          "är störst för personer med psykisk funktionsnedsättning och för kvinnor. Andelen elever med "
          "funktionsnedsättning som når gymnasiebehörighet har ökat men ligger fortfarande under genomsnittet."),
        P("Samarbetet med Region Örebro län är viktigt, eftersom regionen ansvarar för habilitering, hälso- och "
          "sjukvård och kollektivtrafik. Arbetsförmedlingen och Försäkringskassan är viktiga parter när det "
          "gäller arbete och försörjning."),
        H2("Begrepp i programmet"),
        P(B("Funktionsnedsättning"), "är en nedsättning av fysisk, psykisk eller intellektuell "
          "funktionsförmåga. Den kan vara medfödd eller förvärvad, synlig eller osynlig, bestående eller "
          "tillfällig."),
        P(B("Funktionshinder"), "är den begränsning som en funktionsnedsättning innebär i relation till "
          "omgivningen."),
        P(B("Tillgänglighet"), "innebär att miljöer, verksamheter, information och tjänster kan användas av "
          "alla, oavsett funktionsförmåga."),
        TwoColumnEnd(),
        H1("Vision och målområden"),
        P("Kommunfullmäktige har beslutat om följande vision för det funktionshinderspolitiska arbetet:"),
        P(G(VISION, level="overall", responsible=(KS,), deadline="2030"), style="lead"),
        P("Visionen konkretiseras i fyra målområden. För varje målområde finns en målbild som beskriver "
          "önskat läge 2030, och delmål som anger vad nämnderna och bolagen ska uppnå under perioden."),
        H2("Tillgänglig kommun", area=True),
        P(B("Målbild 2030:"), G(O1, parent=VISION, articles=(9, 20), responsible=(SBN, KS))),
        UL(G("Alla kommunens verksamhetslokaler som allmänheten besöker är fria från enkelt avhjälpta hinder.",
             parent=O1, articles=(9,), responsible=(KS,), deadline="2027"),
           G("Samhällsbyggnadsnämnden säkerställer att tillgänglighet granskas i alla detaljplaner och "
             "bygglov.", parent=O1, articles=(9,), responsible=(SBN,)),
           G("Gång- och cykelvägar till skolor, vårdcentraler och hållplatser prioriteras vid snöröjning.",
             parent=O1, articles=(9, 20), responsible=(SBN,)), marker="1."),
        H2("Självständigt liv", area=True),
        P(B("Målbild 2030:"), G(O2, parent=VISION, articles=(19,), responsible=(FSN,))),
        UL(G("Den som har beslut om bostad med särskild service erbjuds bostad inom tre månader.",
             parent=O2, articles=(19,), responsible=(FSN,), indicator="Andel verkställda beslut inom tre månader"),
           G("ÖBO erbjuder fler lägenheter som är anpassade för personer med rörelsenedsättning.",
             parent=O2, articles=(19, 9), responsible=(OBO,)),
           G("Personer som har insatser från funktionsstödsnämnden är delaktiga i planeringen av sina "
             "insatser och upplever att de har inflytande.", parent=O2, articles=(19,), responsible=(FSN,),
             indicator="Andel brukare som svarar ja i brukarundersökningen"),
           G("Våld i nära relationer mot personer med funktionsnedsättning uppmärksammas och personalen har "
             "kunskap om hur de ska agera.", parent=O2, articles=(16,), responsible=(FSN,)), marker="1.",
           start=4),
        H2("Barn och unga", area=True),
        P(B("Målbild 2030:"), G(O3, parent=VISION, articles=(7, 24, 30), responsible=(GSN, KFN))),
        UL(G("Alla skolor arbetar med tillgänglig lärmiljö och har rutiner för extra anpassningar.",
             parent=O3, articles=(24,), responsible=(GSN,)),
           G("Kultur- och fritidsnämnden (KFN) erbjuder fritidsaktiviteter som är anpassade för barn och "
             "unga med funktionsnedsättning i alla kommundelar.", parent=O3, articles=(7, 30),
             responsible=(KFN,)),
           G("Barn med funktionsnedsättning får komma till tals i frågor som berör dem, i enlighet med "
             "barnets rätt att uttrycka sina åsikter.", parent=O3, articles=(7,), responsible=(GSN, FSN)),
           marker="1.", start=8),
        H2("Arbete och sysselsättning", area=True),
        P(B("Målbild 2030:"), G(O4, parent=VISION, articles=(27,), responsible=(AMN,))),
        UL(G("Kommunen erbjuder minst 150 platser för arbetsträning eller anställning med stöd varje år.",
             parent=O4, articles=(27,), responsible=(AMN, KS), indicator="Antal platser per år"),
           G("Fler deltagare i daglig verksamhet går vidare till arbete eller praktik på den öppna "
             "arbetsmarknaden.", parent=O4, articles=(27,), responsible=(FSN, AMN)),
           G("Kommunens chefer har kunskap om hur de kan anpassa arbetsplatser och rekrytera personer med "
             "funktionsnedsättning.", parent=O4, articles=(8, 27), responsible=(KS,)), marker="1.", start=11),
        H1("Ansvar och uppföljning"),
        H2("Ansvarsfördelning"),
        P("Programmet är kommunövergripande. Varje nämnd och bolag ansvarar för att de delmål som berör den "
          "egna verksamheten omsätts i verksamhetsplan och budget. Kommunstyrelsen ansvarar för samordning, "
          "stöd och uppföljning. Funktionsrättsrådet ska få ta del av nämndernas planer och ges möjlighet "
          "att lämna synpunkter."),
        P("I första hand ansvarar samhällsbyggnadsnämnden och kommunstyrelsen för målområdet Tillgänglig "
          "kommun, funktionsstödsnämnden och ÖBO för Självständigt liv, grundskolenämnden och KFN för Barn och "
          "unga samt arbetsmarknadsnämnden för Arbete och sysselsättning."),
        H2("Uppföljning"),
        P("Delmålen följs upp årligen i nämndernas verksamhetsberättelser. Kommunstyrelseförvaltningen "
          "sammanställer en rapport som redovisas för kommunstyrelsen och Funktionsrättsrådet. Där det är "
          "möjligt ska resultaten redovisas uppdelat på kön och ålder, så att skillnader mellan kvinnor och "
          "män och mellan barn och vuxna blir synliga. En utvärdering av hela programmet görs 2029."),
        H2("Hälsa"),
        P("Ett område som inte har ett eget målområde men som berör alla är hälsa. Personer med "
          "funktionsnedsättning har sämre hälsa än befolkningen i övrigt. Kommunen ska därför i samverkan "
          "med Region Örebro län arbeta för att hälsofrämjande insatser når alla grupper."),
    ],
)
