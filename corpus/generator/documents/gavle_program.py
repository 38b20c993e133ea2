"""Gävle kommun: Program för delaktighet och tillgänglighet 2025–2030 (programme; indicator annex table)."""

from ._common import H1, H2, HP, UL, A, Cover, Doc, Figure, G, P, PageBreak, Row, Table, Theme, Toc

OVERALL = ("Gävle kommun ska vara en kommun där personer med funktionsnedsättning har jämlika levnadsvillkor "
           "och kan delta fullt ut i samhällets gemenskap.")

S1 = "Gator, torg, parker och kommunala lokaler kan användas av alla."
S2 = "Fler personer med funktionsnedsättning har en bostad som motsvarar deras behov och önskemål."
S3 = "Elever med funktionsnedsättning fullföljer sin utbildning i samma utsträckning som andra elever."
S4 = "Fler personer med funktionsnedsättning har ett arbete på den öppna arbetsmarknaden."
S5 = "Barn, unga och vuxna med funktionsnedsättning deltar i kultur- och fritidslivet på lika villkor."
S6 = "Personer med funktionsnedsättning har inflytande över beslut som rör dem."

KS = "Kommunstyrelsen"
SBN = "Samhällsbyggnadsnämnden"
ON = "Omsorgsnämnden"
SN = "Socialnämnden"
BUN = "Barn- och utbildningsnämnden"
KFN = "Kultur- och fritidsnämnden"
GG = "Gavlegårdarna AB"


def _ind(name: str, source: str, area: str) -> Row:
    return Row([name, source, area])


DOC = Doc(
    file="gavle_program_delaktighet-tillganglighet_2025.pdf",
    organisation="Gävle kommun",
    kommunkod="2180",
    doc_type="programme",
    stated_type="program",
    title="Program för delaktighet och tillgänglighet 2025–2030",
    adopted_by="Kommunfullmäktige",
    adopted_date="2025-02-24",
    diarienummer="KS 2024/0318",
    valid_until="2030",
    validity="2025–2030",
    articles=(4, 9, 19, 20, 24, 27, 29, 30, 31),
    actors=[
        A("Kommunfullmäktige", "committee", "adopting", aliases=("kommunfullmäktige",)),
        A("Kommunstyrelsen", "committee", "responsible", "follows-up", aliases=("kommunstyrelsen",)),
        A("Samhällsbyggnadsnämnden", "committee", "responsible", aliases=("samhällsbyggnadsnämnden",)),
        A("Omsorgsnämnden", "committee", "responsible", aliases=("omsorgsnämnden",)),
        A("Socialnämnden", "committee", "responsible", aliases=("socialnämnden",)),
        A("Barn- och utbildningsnämnden", "committee", "responsible", aliases=("barn- och utbildningsnämnden",)),
        A("Kultur- och fritidsnämnden", "committee", "responsible", aliases=("kultur- och fritidsnämnden",)),
        A("Gavlegårdarna AB", "company", "responsible", aliases=("Gavlegårdarna",)),
        A("Kommunala funktionshinderrådet", "council", "consulted", aliases=("KFR",)),
        A("Arbetsförmedlingen", "agency", "mentioned"),
        A("Region Gävleborg", "region", "mentioned"),
        A("Myndigheten för delaktighet", "agency", "mentioned", aliases=("MFD",)),
        A("Sveriges Kommuner och Regioner", "agency", "mentioned", aliases=("SKR",)),
    ],
    notes=("The programme proposed in the Gävle tjänsteskrivelse (same dnr). Each goal area has 'Det här "
           "vill vi uppnå' (subgoals under the overall goal) and 'Så här arbetar vi' (actions, parent = the "
           "area's first subgoal). The annex table lists indicators and is not a goal table. Article 31 is "
           "addressed by topic (statistics, data broken down for follow-up)."),
    theme=Theme(body_font="Times", body_size=12, leading=17, heading_sizes=(18, 14, 12),
                heading_color="#005c35", accent="#005c35", justify=True, hyphenate=True, numbered=True,
                header=("Gävle kommun", "Program för delaktighet och tillgänglighet"), footer="Sida {n} ({m})",
                footer_align="center", margins=(76, 76, 76, 72)),
    cover=Cover(
        title="Program för delaktighet och tillgänglighet 2025–2030",
        style="band",
        note="Antaget av kommunfullmäktige 2025-02-24, § 21",
        meta=[("Dokumenttyp", "Program"), ("Diarienummer", "KS 2024/0318"),
              ("Gäller", "2025–2030"), ("Ersätter", "Handikappolitiskt program (KF 2012-09-24, § 103)"),
              ("Ansvarig", "Kommunstyrelsen")],
        back=('Gävle kommun', 'Kommunstyrelsens förvaltning', 'gavle.se', '', 'Foto: Gävle kommun. Tryck: Gävle kommuns tryckeri 2025.'),
    ),
    features=("band cover with adoption note", "TOC", "Times font", "justified + hyphenated",
              "non-goal indicator table in annex", "centred 'Sida n (m)'"),
    body=[
        Toc("Innehåll"),
        H1("Förord", numbered=False, big=True),
        P("Ett samhälle som fungerar för personer med funktionsnedsättning fungerar bättre för alla. Det "
          "här programmet är Gävle kommuns gemensamma riktning för arbetet med delaktighet och "
          "tillgänglighet under perioden 2025–2030. Det ersätter det handikappolitiska programmet från 2012."),
        P("Programmet har vuxit fram i dialog med Kommunala funktionshinderrådet (KFR) och med föreningar, "
          "nämnder och bolag. Tack till alla som har bidragit med kunskap och erfarenheter."),
        Figure("Bild: Workshop med KFR och föreningar i Gävle rådhus, maj 2024.", kind="photo", height=180),
        PageBreak(),
        H1("Utgångspunkter"),
        P("Programmet utgår från FN:s konvention om rättigheter för personer med funktionsnedsättning och "
          "från det nationella målet för funktionshinderspolitiken. Konventionen innehåller inga nya "
          "rättigheter utan tydliggör vad de mänskliga rättigheterna innebär för personer med "
          "funktionsnedsättning. Kommunen har enligt konventionens artikel 4 ett ansvar för att "
          "rättigheterna förverkligas i de verksamheter kommunen ansvarar för."),
        P("Sveriges Kommuner och Regioner (SKR) och Myndigheten för delaktighet (MFD) har gett ut stöd för "
          "hur kommuner kan arbeta strategiskt med funktionshinderspolitiken. Programmet följer den modell "
          "som MFD rekommenderar, med ett fåtal mål, tydligt ansvar och regelbunden uppföljning."),
        H2("Nuläge i Gävle"),
        P("Omkring var femte invånare i Gävle har någon form av funktionsnedsättning, enligt nationella "
          "uppskattningar. Drygt 900 personer har beslut om insatser enligt LSS. Uppföljningen av det "
          "tidigare programmet visar att mycket har gjorts när det gäller fysisk tillgänglighet, men att "
          "arbetet har varit svårt att följa eftersom programmet saknade mätbara mål."),
        P("I MFD:s senaste kommunuppföljning framgår att Gävle har en fungerande samverkan med "
          "funktionsrättsrörelsen men saknar systematisk uppföljning. Det nya programmet ska råda bot på det."),
        H1("Övergripande mål"),
        P(G(OVERALL, level="overall", responsible=(KS,), deadline="2030"), style="lead"),
        P("Det övergripande målet bryts ned i fem målområden. Under varje målområde beskrivs vad kommunen "
          "vill uppnå till 2030 och hur nämnderna och bolagen ska arbeta."),
        H1("Målområden"),
        H2("Tillgänglig samhällsmiljö", area=True),
        P("Den fysiska miljön ska vara utformad så att alla kan ta sig fram, orientera sig och använda "
          "kommunens lokaler och allmänna platser. Det handlar om allt från ramper och dörröppnare till "
          "belysning, skyltning och ljudmiljö."),
        HP("Det här vill vi uppnå", level=3, toc=False),
        UL(G(S1, parent=OVERALL, articles=(9,), responsible=(SBN, KS))),
        HP("Så här arbetar vi", level=3, toc=False),
        UL(G("Samhällsbyggnadsnämnden inventerar och åtgärdar brister i gatumiljön utifrån en prioriteringslista "
             "som tas fram tillsammans med KFR.", level="action", parent=S1, articles=(9,), responsible=(SBN,)),
           G("Kommunstyrelsen säkerställer att tillgänglighetskrav ställs vid ny- och ombyggnad av kommunens "
             "lokaler.", level="action", parent=S1, articles=(9,), responsible=(KS,)),
           G("Kommunen verkar för att kollektivtrafiken och färdtjänsten i Gävle är tillgänglig, i dialog med "
             "Region Gävleborg.", level="action", parent=S1, articles=(20,), responsible=(KS,))),
        H2("Bostad och boende", area=True),
        P("Rätten att välja var och med vem man bor är central för ett självständigt liv. Väntetiderna till "
          "bostad med särskild service enligt LSS har varit långa, och det finns få tillgängliga lägenheter "
          "med rimlig hyra."),
        HP("Det här vill vi uppnå", level=3, toc=False),
        UL(G(S2, parent=OVERALL, articles=(19,), responsible=(ON, GG))),
        HP("Så här arbetar vi", level=3, toc=False),
        UL(G("Omsorgsnämnden planerar för nya bostäder med särskild service i god tid, utifrån en "
             "behovsprognos som uppdateras varje år.", level="action", parent=S2, articles=(19,),
             responsible=(ON,), deadline="årligen"),
           G("Gavlegårdarna bygger tillgängliga lägenheter i alla nya bostadsprojekt och anpassar befintliga "
             "lägenheter vid renovering.", level="action", parent=S2, articles=(9, 19), responsible=(GG,)),
           G("Socialnämnden och omsorgsnämnden utvecklar stödet i ordinärt boende så att fler kan bo kvar i sin "
             "egen bostad.", level="action", parent=S2, articles=(19,), responsible=(SN, ON))),
        H2("Utbildning och arbete", area=True),
        P("Utbildning och arbete är avgörande för möjligheten att försörja sig och för känslan av "
          "sammanhang. Elever med neuropsykiatriska funktionsnedsättningar har högre frånvaro än andra "
          "elever, och sysselsättningsgraden bland personer med funktionsnedsättning är lägre än i "
          "befolkningen som helhet. Målområdet berör framför allt artiklarna 24 och 27 i konventionen."),
        HP("Det här vill vi uppnå", level=3, toc=False),
        UL(G(S3, parent=OVERALL, articles=(24,), responsible=(BUN,)),
           G(S4, parent=OVERALL, articles=(27,), responsible=(KS, SN))),
        HP("Så här arbetar vi", level=3, toc=False),
        UL(G("Barn- och utbildningsnämnden arbetar systematiskt med tillgängliga lärmiljöer och följer upp "
             "frånvaron hos elever i behov av särskilt stöd.", level="action", parent=S3, articles=(24,),
             responsible=(BUN,)),
           G("Kommunen som arbetsgivare tar emot personer med funktionsnedsättning för praktik och "
             "anställning med lönebidrag, i samverkan med Arbetsförmedlingen.", level="action", parent=S4,
             articles=(27,), responsible=(KS,)),
           G("Socialnämnden erbjuder stöd till arbete enligt metoden Individual Placement and Support (IPS) "
             "för personer med psykisk funktionsnedsättning.", level="action", parent=S4, articles=(27,),
             responsible=(SN,))),
        H2("Kultur och fritid", area=True),
        P("Ett aktivt fritidsliv ger hälsa, gemenskap och livskvalitet. Kultur- och fritidsnämnden ansvarar "
          "för bibliotek, kulturhus, simhallar och idrottsanläggningar och fördelar bidrag till "
          "föreningslivet. Enligt konventionens artikel 30 ska personer med funktionsnedsättning kunna delta "
          "i kulturliv, rekreation, fritidsverksamhet och idrott på lika villkor som andra."),
        HP("Det här vill vi uppnå", level=3, toc=False),
        UL(G(S5, parent=OVERALL, articles=(30,), responsible=(KFN,))),
        HP("Så här arbetar vi", level=3, toc=False),
        UL(G("Kultur- och fritidsnämnden tar fram en samlad plan för tillgänglighet i kommunens kultur- och "
             "idrottsanläggningar.", level="action", parent=S5, articles=(9, 30), responsible=(KFN,),
             deadline="2026"),
           G("Föreningar som ordnar verksamhet för barn och unga med funktionsnedsättning prioriteras vid "
             "fördelningen av föreningsbidrag.", level="action", parent=S5, articles=(30,), responsible=(KFN,))),
        H2("Inflytande och dialog", area=True),
        P("Personer med funktionsnedsättning och deras organisationer har kunskaper som kommunen behöver. "
          "Dialogen ska ske tidigt, innan beslut är fattade, och vara tillgänglig för alla deltagare."),
        HP("Det här vill vi uppnå", level=3, toc=False),
        UL(G(S6, parent=OVERALL, articles=(29,), responsible=(KS,))),
        HP("Så här arbetar vi", level=3, toc=False),
        UL(G("Nämnderna bjuder in KFR till dialog om sina verksamhetsplaner varje år.", level="action",
             parent=S6, articles=(29,), responsible=(KS,), deadline="årligen"),
           G("Kommunstyrelsen tar fram en gemensam mall för hur dialog med brukare och föreningar ska "
             "dokumenteras och återkopplas.", level="action", parent=S6, articles=(29,), responsible=(KS,),
             deadline="2025")),
        H1("Genomförande och uppföljning"),
        P("Varje nämnd och bolag ansvarar för att programmets mål och arbetssätt omsätts i den egna "
          "verksamhetsplanen. Kommunstyrelsen samordnar arbetet och följer upp programmet varje år med hjälp "
          "av indikatorerna i bilaga 1. Uppgifterna ska så långt det är möjligt redovisas uppdelade på kön "
          "och ålder. Resultatet redovisas för kommunfullmäktige och KFR."),
        PageBreak(),
        H1("Bilaga 1. Indikatorer", numbered=False, big=True),
        P("Indikatorerna används för att följa utvecklingen inom målområdena. De flesta hämtas från "
          "Kolada eller från MFD:s uppföljning av funktionshinderspolitiken."),
        Table(["Indikator", "Källa", "Målområde"], [
            _ind("Andel publika lokaler fria från enkelt avhjälpta hinder", "Lokalinventering", "Samhällsmiljö"),
            _ind("Andel hållplatser med taktila plattor och höjd kantsten", "Samhällsbyggnad", "Samhällsmiljö"),
            _ind("Genomsnittlig väntetid till bostad med särskild service, dagar", "Kolada", "Bostad"),
            _ind("Antal tillgängliga lägenheter i Gavlegårdarnas bestånd", "Gavlegårdarna", "Bostad"),
            _ind("Andel elever i åk 9 med godkända betyg i alla ämnen, elever med stöd", "Skolverket",
                 "Utbildning och arbete"),
            _ind("Antal personer i daglig verksamhet som gått vidare till arbete", "Omsorgsförvaltningen",
                 "Utbildning och arbete"),
            _ind("Antal föreningar med verksamhet för personer med funktionsnedsättning", "Kultur och fritid",
                 "Kultur och fritid"),
            _ind("Antal dialogmöten mellan nämnder och KFR", "Kommunstyrelsen", "Inflytande och dialog"),
        ], widths=[0.58, 0.22, 0.20], kind="plain", font_size=9.5, repeat_header=False),
    ],
)
