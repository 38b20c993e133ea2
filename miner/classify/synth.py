"""Training data for the document-type model: first pages generated from templates.

Every sentence here was written for this project in the style of Swedish municipal documents; none
is taken from a real document (the real corpus in ``../shared/corpus-real`` is only used to measure).
Municipalities whose documents are in that corpus are left out of the names used here, so the
model cannot learn a name as a shortcut.

The generator draws, for each label, a document kind (a programme, a cover memo carrying a
programme's title, a web page about a plan, a government bill about a strategy...), a topic, an
organisation and a layout (letterhead, metadata block, template list of types, table of contents,
the wrappers of transcript sites, web-site furniture), and writes the first page as a harvester
would see it. It is deterministic for a given seed: ``generate()`` always returns the same records.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

# ------------------------------------------------------------------ organisations

MUNICIPALITIES = [
    "Ale", "Alingsås", "Arvika", "Avesta", "Boden", "Bollnäs", "Borås", "Enköping", "Eslöv", "Falun",
    "Gislaved", "Gävle", "Habo", "Halmstad", "Haninge", "Hudiksvall", "Härnösand", "Härryda", "Höganäs",
    "Järfälla", "Kalmar", "Karlskoga", "Karlstad", "Katrineholm", "Kungsbacka", "Kungälv", "Köping",
    "Laholm", "Landskrona", "Lindesberg", "Ljungby", "Ludvika", "Luleå", "Mariestad", "Mjölby", "Motala",
    "Nacka", "Norrtälje", "Nyköping", "Oskarshamn", "Partille", "Piteå", "Sala", "Sandviken", "Skellefteå",
    "Sollentuna", "Strängnäs", "Söderhamn", "Södertälje", "Trelleborg", "Trollhättan", "Uddevalla", "Ulricehamn",
    "Upplands Väsby", "Vallentuna", "Varberg", "Vetlanda", "Vimmerby", "Värnamo", "Västervik", "Växjö",
    "Ystad", "Älmhult", "Örebro", "Östersund", "Gnesta", "Hjo", "Tranemo", "Bjuv", "Ovanåker", "Ragunda",
]
CITIES = {"Borås", "Trollhättan", "Uddevalla", "Västervik", "Nacka", "Sollentuna"}
REGIONS = ["Region Värmland", "Region Halland", "Region Gävleborg", "Region Kronoberg", "Region Östergötland",
           "Region Dalarna", "Region Jämtland Härjedalen", "Region Uppsala", "Region Norrbotten", "Region Blekinge"]
COMMITTEES = [
    "Socialnämnden", "Vård- och omsorgsnämnden", "Omsorgsnämnden", "Barn- och utbildningsnämnden",
    "Kultur- och fritidsnämnden", "Samhällsbyggnadsnämnden", "Tekniska nämnden", "Arbetsmarknadsnämnden",
    "Äldrenämnden", "Funktionsstödsnämnden", "Miljö- och byggnadsnämnden", "Utbildningsnämnden",
]
DEPARTMENTS = [
    "Socialförvaltningen", "Vård- och omsorgsförvaltningen", "Kommunledningsförvaltningen", "Kommunledningskontoret",
    "Utbildningsförvaltningen", "Samhällsbyggnadsförvaltningen", "Kultur- och fritidsförvaltningen",
    "Stadsledningskontoret", "Tekniska förvaltningen", "Förvaltningen för funktionsstöd", "Kommunstyrelseförvaltningen",
    "Hälso- och sjukvårdsförvaltningen", "Regionledningskontoret",
]
ROLES = ["utredare", "verksamhetsutvecklare", "kvalitetsstrateg", "folkhälsostrateg", "tillgänglighetssamordnare",
         "handläggare", "avdelningschef", "kommunsekreterare", "nämndsekreterare", "förvaltningschef",
         "MAS", "socialchef", "planeringsstrateg", "utvecklingsledare"]
FIRST = ["Anna", "Erik", "Maria", "Johan", "Karin", "Lars", "Sara", "Per", "Eva", "Mikael", "Lena", "Fredrik",
         "Elin", "Ahmed", "Sofia", "Jonas", "Helena", "Niklas", "Ingrid", "Samir", "Camilla", "Magnus"]
LAST = ["Andersson", "Lindqvist", "Berg", "Nyström", "Holm", "Sandberg", "Eklund", "Öberg", "Lundin", "Hassan",
        "Björk", "Wallin", "Forsberg", "Strand", "Engström", "Sjöberg", "Nilsson", "Karlsson", "Persson"]
PARTIES = ["S", "M", "C", "L", "KD", "V", "MP", "SD"]
DISABILITY_ORGS = ["Funktionsrätt", "DHR", "Autism- och Aspergerföreningen", "Synskadades Riksförbund",
                   "Hörselskadades Riksförbund", "FUB", "Attention", "Neuroförbundet", "RSMH", "Reumatikerförbundet"]
AGENCIES = ["Myndigheten för delaktighet", "Socialstyrelsen", "Boverket", "Folkhälsomyndigheten",
            "Myndigheten för digital förvaltning", "Diskrimineringsombudsmannen", "Länsstyrelsen", "Försäkringskassan",
            "Arbetsförmedlingen", "Inspektionen för vård och omsorg", "Statens kulturråd", "Trafikverket"]


@dataclass(frozen=True)
class Org:
    name: str  # "Ale kommun", "Borås stad", "Region Halland"
    genitive: str  # "Ale kommuns"
    short: str  # "Ale", "Region Halland"
    kind: str  # "kommun" | "stad" | "region"

    @property
    def council(self) -> str:
        return "regionfullmäktige" if self.kind == "region" else "kommunfullmäktige"

    @property
    def board(self) -> str:
        return "regionstyrelsen" if self.kind == "region" else "kommunstyrelsen"

    @property
    def the(self) -> str:
        return {"kommun": "kommunen", "stad": "staden", "region": "regionen"}[self.kind]

    @property
    def the_gen(self) -> str:
        return {"kommun": "kommunens", "stad": "stadens", "region": "regionens"}[self.kind]


def _org(rng: random.Random, region_share: float = 0.12) -> Org:
    if rng.random() < region_share:
        r = rng.choice(REGIONS)
        return Org(r, r + "s", r, "region")
    m = rng.choice(MUNICIPALITIES)
    kind = "stad" if m in CITIES and rng.random() < 0.7 else "kommun"
    return Org(f"{m} {kind}", f"{m} {kind}s", m, kind)


# ------------------------------------------------------------------------ topics


@dataclass(frozen=True)
class Topic:
    key: str
    np: str  # "ökad tillgänglighet" (after "för")
    prefix: str  # compound prefix: "Tillgänglighets"
    adj: str | None  # "funktionshinderspolitiskt" for "... program"
    facts: tuple[str, ...]  # neutral sentences about the topic; {org}, {the}, {the_gen} are filled in
    goals: tuple[str, ...]  # things a document on the topic aims at, as infinitive phrases
    service: str | None = None  # "färdtjänst" for guideline titles "Riktlinjer för handläggning av ..."


TOPICS: list[Topic] = [
    Topic("funktionshinder", "funktionshinderspolitiken", "Funktionshinder", "funktionshinderspolitiskt", (
        "Personer med funktionsnedsättning ska kunna delta i samhällslivet på samma villkor som andra.",
        "Utgångspunkten är FN:s konvention om rättigheter för personer med funktionsnedsättning.",
        "Det nationella målet för funktionshinderspolitiken är jämlikhet i levnadsvillkor och full delaktighet.",
        "Omkring var femte invånare har någon form av funktionsnedsättning, och behoven skiljer sig mycket åt.",
        "Bristande tillgänglighet är en form av diskriminering enligt diskrimineringslagen.",
        "Arbetet bedrivs i samråd med det kommunala funktionsrättsrådet och brukarorganisationerna.",
        "Funktionshinderperspektivet ska finnas med i all planering, från budget till fysisk miljö.",
    ), ("öka delaktigheten för personer med funktionsnedsättning", "undanröja hinder i den fysiska miljön",
        "göra information och kommunikation tillgänglig för alla", "stärka inflytandet för brukarorganisationerna",
        "öka andelen personer med funktionsnedsättning som har ett arbete")),
    Topic("tillganglighet", "ökad tillgänglighet", "Tillgänglighets", None, (
        "Tillgänglighet handlar om att alla ska kunna ta sig fram, ta del av information och använda service.",
        "Enkelt avhjälpta hinder i lokaler dit allmänheten har tillträde ska åtgärdas.",
        "{The} äger och förvaltar många lokaler, gator och parker som behöver vara tillgängliga.",
        "Tillgänglighetsinventeringar har visat brister i entréer, skyltning och ledstråk.",
        "Krav på tillgänglighet ska ställas vid upphandling av varor och tjänster.",
        "Digital service ska uppfylla kraven i lagen om tillgänglighet till digital offentlig service.",
    ), ("åtgärda enkelt avhjälpta hinder i publika lokaler", "säkra tillgängliga gångvägar och övergångsställen",
        "inventera tillgängligheten i skolor och förskolor", "ställa tillgänglighetskrav i all upphandling",
        "utbilda medarbetare i tillgängligt bemötande")),
    Topic("delaktighet", "full delaktighet för personer med funktionsnedsättning", "Delaktighets", "handikappolitiskt", (
        "Alla invånare ska ha möjlighet att påverka beslut som rör deras egen vardag.",
        "Delaktighet förutsätter tillgänglig information, tillgängliga lokaler och ett gott bemötande.",
        "Personer med funktionsnedsättning är experter på sin egen situation.",
        "Synpunkter från brukare och anhöriga ska tas till vara i utvecklingen av verksamheterna.",
        "Samråd med funktionsrättsorganisationerna sker regelbundet.",
    ), ("öka möjligheterna till inflytande", "säkra ett respektfullt bemötande i alla verksamheter",
        "utveckla former för brukarmedverkan", "göra kultur- och fritidsutbudet tillgängligt")),
    Topic("anhorigstod", "anhörigstöd", "Anhörigstöds", None, (
        "Anhöriga som vårdar eller stödjer en närstående gör en stor insats och behöver själva stöd.",
        "Enligt socialtjänstlagen ska kommunen erbjuda stöd till personer som vårdar en närstående.",
        "Stödet kan bestå av samtal, anhöriggrupper, avlösning och information.",
        "Barn som anhöriga ska uppmärksammas särskilt.",
        "Anhörigstödet ska vara flexibelt och utgå från den enskildes behov.",
    ), ("nå fler anhöriga med information om stödet", "utveckla avlösning i hemmet",
        "uppmärksamma barn som anhöriga", "samverka med regionen kring anhörigstöd"), "anhörigstöd"),
    Topic("fardtjanst", "färdtjänst och riksfärdtjänst", "Färdtjänst", None, (
        "Färdtjänst är ett komplement till kollektivtrafiken för personer med väsentliga svårigheter att förflytta sig.",
        "Tillstånd till färdtjänst prövas enligt lagen om färdtjänst.",
        "Riksfärdtjänst avser resor utanför länet som inte kan göras med allmänna kommunikationer.",
        "Resenären betalar en egenavgift som motsvarar kollektivtrafikens taxa.",
        "Ledsagare och medresenär kan följa med under vissa förutsättningar.",
    ), ("korta väntetiderna för beställda resor", "förbättra informationen till resenärerna",
        "följa upp kvaliteten i färdtjänsten"), "färdtjänst och riksfärdtjänst"),
    Topic("bostadsanpassning", "bostadsanpassningsbidrag", "Bostadsanpassnings", None, (
        "Bostadsanpassningsbidrag lämnas för att en person med funktionsnedsättning ska kunna bo kvar i sin bostad.",
        "Bidraget avser åtgärder på bostadens fasta funktioner, till exempel borttagning av trösklar.",
        "Ansökan ska innehålla ett intyg från arbetsterapeut eller annan sakkunnig.",
        "Bidrag lämnas inte för normalt underhåll eller för åtgärder som behövs av andra skäl.",
    ), ("förkorta handläggningstiderna", "förbättra samverkan med fastighetsägare"), "bostadsanpassningsbidrag"),
    Topic("lss", "insatser enligt LSS", "LSS-", None, (
        "Lagen om stöd och service till vissa funktionshindrade ger rätt till särskilda insatser.",
        "Insatserna ska tillförsäkra den enskilde goda levnadsvillkor.",
        "Personkretsen avgör vem som har rätt till insatser enligt lagen.",
        "Daglig verksamhet, bostad med särskild service och korttidsvistelse är exempel på insatser.",
        "Den enskilde ska ha inflytande över hur insatsen utformas.",
    ), ("öka delaktigheten i daglig verksamhet", "säkra kontinuitet i personalgruppen",
        "utveckla arbetet med genomförandeplaner"), "insatser enligt LSS"),
    Topic("personlig_assistans", "personlig assistans", "Assistans", None, (
        "Personlig assistans är ett personligt utformat stöd som ges av ett begränsat antal personer.",
        "Grundläggande behov är bland annat personlig hygien, måltider, att klä sig och att kommunicera.",
        "Försäkringskassan beslutar om assistansersättning när behovet överstiger 20 timmar i veckan.",
        "Kommunen har kostnadsansvaret för de första tjugo timmarna per vecka.",
    ), ("säkra rättssäker handläggning av personlig assistans", "följa upp kvaliteten hos anordnarna"),
        "personlig assistans"),
    Topic("kost", "kost och måltider", "Kost", None, (
        "Måltiderna i förskola, skola och äldreomsorg ska vara goda, näringsriktiga och säkra.",
        "Maten ska anpassas efter behov av specialkost av medicinska, etiska eller religiösa skäl.",
        "Andelen ekologiska och närproducerade livsmedel ska öka.",
        "Matsvinnet ska minska i alla kök.",
        "Måltiden är en viktig del av dagen och ska ätas i en lugn och trivsam miljö.",
    ), ("minska matsvinnet", "öka andelen ekologiska livsmedel", "säkra tillgången till specialkost")),
    Topic("kommunikation", "kommunikation", "Kommunikations", None, (
        "Kommunikationen ska vara öppen, saklig och begriplig.",
        "Invånarna har rätt till information om den service som {the} erbjuder.",
        "Klarspråk ska användas i all skriftlig kommunikation.",
        "Information ska kunna tas del av även av personer med funktionsnedsättning.",
        "Sociala medier används för dialog med invånarna.",
    ), ("göra webbplatsen tillgänglig", "utbilda chefer i kriskommunikation", "införa klarspråk i alla beslut")),
    Topic("informationssakerhet", "informationssäkerhet", "Informationssäkerhets", None, (
        "Information är en tillgång som ska skyddas utifrån krav på konfidentialitet, riktighet och tillgänglighet.",
        "Alla medarbetare har ett ansvar för att hantera information på ett säkert sätt.",
        "Personuppgifter ska behandlas i enlighet med dataskyddsförordningen.",
        "Incidenter ska rapporteras och följas upp.",
    ), ("klassa alla informationstillgångar", "genomföra årliga riskanalyser")),
    Topic("folkhalsa", "folkhälsa", "Folkhälso", "folkhälsopolitiskt", (
        "En god och jämlik hälsa är en förutsättning för en hållbar samhällsutveckling.",
        "Hälsan skiljer sig åt mellan olika grupper och olika delar av {the}.",
        "Arbetet utgår från de nationella målområdena för folkhälsa.",
        "Tidiga och förebyggande insatser för barn och unga prioriteras.",
        "Samverkan med regionen, civilsamhället och näringslivet är avgörande.",
    ), ("minska skillnaderna i hälsa", "öka den fysiska aktiviteten bland barn och unga",
        "förebygga psykisk ohälsa", "minska bruket av alkohol, narkotika och tobak")),
    Topic("jamstalldhet", "jämställdhet", "Jämställdhets", None, (
        "Kvinnor och män, flickor och pojkar ska ha samma makt att forma samhället och sina egna liv.",
        "All statistik som rör individer ska redovisas efter kön.",
        "Jämställdhetsintegrering är den strategi som används i verksamheterna.",
        "Mäns våld mot kvinnor är ett allvarligt hinder för jämställdhet.",
    ), ("jämställdhetsintegrera budgetprocessen", "utjämna löneskillnader mellan kvinnor och män")),
    Topic("manskliga_rattigheter", "mänskliga rättigheter", "Rättighets", None, (
        "De mänskliga rättigheterna är universella och gäller alla människor.",
        "Icke-diskriminering, delaktighet och ansvarsutkrävande är grundläggande principer.",
        "{The} har ett ansvar att respektera, skydda och främja rättigheterna.",
        "Ett rättighetsbaserat arbetssätt stärker likvärdigheten i verksamheterna.",
    ), ("utbilda förtroendevalda i mänskliga rättigheter", "motverka diskriminering i myndighetsutövning")),
    Topic("digital", "digital tillgänglighet", "Digitaliserings", None, (
        "Allt fler tjänster erbjuds digitalt, vilket ställer krav på användbarhet och tillgänglighet.",
        "Webbplatser och appar ska följa standarden för tillgänglighet.",
        "Digitala lösningar kan frigöra resurser till kärnverksamheten.",
        "Invånare som inte kan eller vill använda digitala tjänster ska få service på annat sätt.",
    ), ("öka andelen e-tjänster", "säkra digital tillgänglighet", "stärka den digitala kompetensen")),
    Topic("psykisk_halsa", "psykisk hälsa", "Suicidpreventions", None, (
        "Den psykiska ohälsan har ökat, särskilt bland unga.",
        "Tidiga insatser och samordnat stöd ger bättre förutsättningar för återhämtning.",
        "Kommunen och regionen har ett gemensamt ansvar för personer med psykisk funktionsnedsättning.",
        "Kunskapen om suicidprevention behöver öka hos personal som möter invånare.",
    ), ("minska antalet suicid", "samordna insatser mellan kommun och region", "utbilda personal i första hjälpen till psykisk hälsa")),
    Topic("aldre", "äldreomsorgen", "Äldreomsorgs", "äldrepolitiskt", (
        "Andelen invånare över 80 år ökar kraftigt under de kommande åren.",
        "Äldre ska kunna leva ett aktivt liv och ha inflytande över sin vardag.",
        "Hemtjänsten ska utgå från den enskildes behov och önskemål.",
        "Kontinuiteten i personalgruppen är viktig för tryggheten.",
    ), ("minska antalet personal per brukare i hemtjänsten", "öka tryggheten på särskilda boenden",
        "motverka ofrivillig ensamhet bland äldre")),
    Topic("barn_unga", "barn och unga", "Barn- och ungdoms", "barnpolitiskt", (
        "Barnkonventionen är svensk lag sedan 2020.",
        "Barnets bästa ska utredas och beaktas i beslut som rör barn.",
        "Barn och unga ska ges möjlighet att komma till tals.",
        "Alla barn ska ha en meningsfull fritid.",
    ), ("genomföra barnkonsekvensanalyser", "öka andelen elever med godkända betyg", "utveckla ungdomsdialogen")),
    Topic("integration", "integration", "Integrations", None, (
        "Nyanlända ska snabbt kunna etablera sig på arbetsmarknaden och i samhället.",
        "Språket är en nyckel till arbete och delaktighet.",
        "Samverkan med Arbetsförmedlingen och civilsamhället är central.",
    ), ("korta tiden till egen försörjning", "öka deltagandet i samhällsorientering")),
    Topic("trygghet", "trygghet och säkerhet", "Trygghets", None, (
        "Invånarna ska känna sig trygga i sin vardag och i det offentliga rummet.",
        "Det brottsförebyggande arbetet bedrivs tillsammans med polisen.",
        "Belysning och utformning av den fysiska miljön påverkar tryggheten.",
        "Kommunen har ett lagstadgat ansvar för brottsförebyggande arbete.",
    ), ("öka tryggheten i centrala stadsdelar", "minska skadegörelsen", "genomföra trygghetsvandringar")),
    Topic("miljo", "klimat och miljö", "Miljö", "miljöpolitiskt", (
        "Utsläppen av växthusgaser måste minska snabbt.",
        "Kommunen ska vara en föregångare i omställningen till ett hållbart samhälle.",
        "Transporter och energianvändning står för en stor del av utsläppen.",
        "Den biologiska mångfalden ska värnas.",
    ), ("minska utsläppen från kommunens fordon", "öka andelen förnybar energi", "skydda värdefull natur")),
    Topic("naringsliv", "näringsliv och tillväxt", "Tillväxt", "näringspolitiskt", (
        "Ett starkt näringsliv skapar arbetstillfällen och skatteintäkter.",
        "Företagen efterfrågar snabb och förutsägbar handläggning.",
        "Kompetensförsörjningen är en av de största utmaningarna.",
        "Attraktiva boendemiljöer bidrar till att fler vill bo och verka här.",
    ), ("förbättra företagsklimatet", "öka antalet nystartade företag", "stärka samverkan med högskolan")),
    Topic("bostader", "bostadsförsörjning", "Bostadsförsörjnings", "bostadspolitiskt", (
        "Kommunen har enligt lag ansvar för att planera för bostadsförsörjningen.",
        "Behovet av bostäder för äldre och personer med funktionsnedsättning ökar.",
        "Nybyggnationen ska ske med blandade upplåtelseformer.",
    ), ("bygga 300 nya bostäder per år", "öka tillgången på tillgängliga bostäder")),
    Topic("kultur", "kultur", "Kultur", "kulturpolitiskt", (
        "Kulturen bidrar till livskvalitet, bildning och gemenskap.",
        "Alla ska ha möjlighet att delta i kulturlivet, oavsett bakgrund eller funktionsförmåga.",
        "Biblioteken är viktiga mötesplatser.",
        "Det fria kulturlivet ska ges goda förutsättningar.",
    ), ("öka barns deltagande i kulturskolan", "göra kulturutbudet tillgängligt för alla")),
    Topic("fritid", "idrott och fritid", "Fritids", "idrottspolitiskt", (
        "En aktiv fritid främjar hälsa och gemenskap.",
        "Föreningslivet är en viktig del av lokalsamhället.",
        "Anläggningar för idrott och friluftsliv ska vara tillgängliga för alla.",
    ), ("öka deltagandet i föreningslivet bland flickor", "tillgänglighetsanpassa idrottsanläggningar")),
    Topic("krisberedskap", "krisberedskap", "Beredskaps", None, (
        "Kommunen ska kunna upprätthålla samhällsviktig verksamhet vid en kris.",
        "Risk- och sårbarhetsanalysen ligger till grund för arbetet.",
        "Utbildning och övning genomförs regelbundet.",
        "Värmeböljor, översvämningar och långvariga elavbrott är exempel på händelser som kräver planering.",
    ), ("öva krisledningsnämnden årligen", "säkra reservkraft på särskilda boenden")),
    Topic("varmebolja", "värmebölja", "Värmebölje", None, (
        "Höga temperaturer under flera dagar är en hälsorisk för äldre och personer med kronisk sjukdom.",
        "Vid varning från SMHI ska förberedda åtgärder sättas in.",
        "Personalen behöver känna till tecken på uttorkning och värmeslag.",
    ), ("förbereda svala utrymmen på boenden", "informera personalen före sommaren")),
    Topic("mutor", "mutor och jäv", "Antikorruptions", None, (
        "Förtroendet för den offentliga verksamheten bygger på opartiskhet och saklighet.",
        "Anställda får inte ta emot gåvor eller förmåner som kan påverka tjänsteutövningen.",
        "Den som är jävig får inte delta i handläggningen av ett ärende.",
        "Misstanke om oegentligheter ska rapporteras till närmaste chef.",
    ), ("förebygga korruption", "utbilda chefer i jävsfrågor")),
    Topic("arbetsmiljo", "arbetsmiljö", "Arbetsmiljö", None, (
        "Alla medarbetare ska ha en god och säker arbetsmiljö.",
        "Det systematiska arbetsmiljöarbetet bedrivs i samverkan med skyddsombuden.",
        "Kränkande särbehandling accepteras inte.",
        "Chefer ska ha förutsättningar att utöva ett gott ledarskap.",
    ), ("minska sjukfrånvaron", "genomföra skyddsronder i alla verksamheter")),
    Topic("vald", "våld i nära relationer", "Våldsförebyggande", None, (
        "Våld i nära relationer drabbar både vuxna och barn.",
        "Personer med funktionsnedsättning är särskilt utsatta för våld och övergrepp.",
        "Socialnämnden ansvarar för att den som utsatts för våld får stöd och hjälp.",
    ), ("öka kunskapen om våld hos personal", "stärka stödet till barn som bevittnat våld")),
    Topic("kompetens", "kompetensförsörjning", "Kompetensförsörjnings", None, (
        "Pensionsavgångarna de kommande åren är stora.",
        "Kommunen behöver vara en attraktiv arbetsgivare för att kunna rekrytera.",
        "Validering och utbildning av befintlig personal är viktiga verktyg.",
    ), ("minska personalomsättningen", "öka andelen undersköterskor med yrkestitel")),
]
TOPIC_BY_KEY = {t.key: t for t in TOPICS}
#: Topics that steering documents on disability policy are mostly about (weighted up).
DISABILITY = ["funktionshinder", "tillganglighet", "delaktighet", "lss", "fardtjanst", "bostadsanpassning",
              "personlig_assistans", "anhorigstod", "digital", "manskliga_rattigheter", "psykisk_halsa"]


def _topic(rng: random.Random) -> Topic:
    if rng.random() < 0.5:
        return TOPIC_BY_KEY[rng.choice(DISABILITY)]
    return rng.choice(TOPICS)


def _fill(s: str, org: Org) -> str:
    return s.replace("{The}", org.the.capitalize()).replace("{the}", org.the).replace("{the_gen}", org.the_gen) \
        .replace("{org}", org.name).replace("{org_gen}", org.genitive).replace("{short}", org.short) \
        .replace("{council}", org.council).replace("{board}", org.board)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _years(rng: random.Random) -> tuple[int, str]:
    start = rng.randint(2008, 2026)
    span = rng.choice([2, 3, 3, 4, 4, 4, 5, 6, 8])
    dash = rng.choice(["–", "-", "–", " – ", "–"])
    return start, f"{start}{dash}{start + span}"


def _date(rng: random.Random, year: int | None = None) -> str:
    y = year or rng.randint(2008, 2026)
    return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _dnr(rng: random.Random, year: int | None = None) -> str:
    y = year or rng.randint(2008, 2026)
    return rng.choice([
        f"KS {y}/{rng.randint(10, 999)}", f"KS/{y}:{rng.randint(10, 999)}", f"SN {y}/{rng.randint(10, 300)}",
        f"{y}/{rng.randint(100, 2000)}", f"KS-{y}-{rng.randint(100, 999):05d}", f"VON/{y}:{rng.randint(10, 400):05d}",
        f"Dnr {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}-{y}-{rng.randint(10, 999)}",
    ])


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _pick(rng: random.Random, items: list[str] | tuple[str, ...], k: int) -> list[str]:
    k = max(0, min(k, len(items)))
    return rng.sample(list(items), k)


# ------------------------------------------------------------------------ layout


def _letterhead(rng: random.Random, org: Org, *, memo: bool = False) -> list[str]:
    lines = []
    if rng.random() < 0.7:
        lines.append(org.name if rng.random() < 0.6 else org.name.upper())
    if rng.random() < 0.6:
        lines.append(rng.choice(DEPARTMENTS))
    if memo or rng.random() < 0.25:
        if rng.random() < 0.6:
            lines.append(rng.choice(["", "Datum ", "Datum: "]) + _date(rng))
        if memo and rng.random() < 0.8:
            lines.append(rng.choice(["Dnr ", "Diarienummer: ", "Dnr: ", "Vår beteckning "]) + _dnr(rng))
        if memo and rng.random() < 0.6:
            lines.append(rng.choice(["Handläggare: ", "Handläggare ", "Vår handläggare: "]) + _person(rng)
                         + rng.choice(["", ", " + rng.choice(ROLES)]))
    if rng.random() < 0.3:
        lines.append(rng.choice(["1 (4)", "Sida 1 av 6", "1(8)", "1 [5]", "Sida 1 (12)", "1/3"]))
    return lines


def _metadata_block(rng: random.Random, org: Org, stated: str | None, year: int, committee: str) -> list[str]:
    adopted = rng.choice([org.council.capitalize(), org.board.capitalize(), committee])
    items = []
    if stated and rng.random() < 0.5:
        items.append(("Dokumenttyp", stated))
    items.append((rng.choice(["Beslutad av", "Antagen av", "Fastställd av", "Dokumentet är beslutat av"]), adopted))
    items.append((rng.choice(["Beslutsdatum", "Antagen", "Datum för beslut", "Dokumentet beslutades den"]), _date(rng, year)))
    if rng.random() < 0.7:
        items.append((rng.choice(["Diarienummer", "Dnr"]), _dnr(rng, year)))
    if rng.random() < 0.6:
        items.append((rng.choice(["Giltighetstid", "Gäller till", "Dokumentet gäller till den", "Revideras senast"]),
                      rng.choice(["tills vidare", str(year + 4), f"{year + 3}-12-31"])))
    if rng.random() < 0.6:
        items.append((rng.choice(["Dokumentansvarig", "Dokumentansvarig är", "Ansvarig för revidering"]),
                      rng.choice(ROLES)))
    if rng.random() < 0.4:
        items.append(("Dokumentet gäller för", rng.choice(["Samtliga nämnder och bolag", "Alla förvaltningar", committee])))
    rng.shuffle(items)
    if rng.random() < 0.5:
        return [f"{k}: {v}" for k, v in items]
    out = []
    for k, v in items:
        out.extend([k, v])
    return out


TEMPLATE_LISTS = [
    ["Strategi", "Program", "Plan", "Policy", "Riktlinjer", "Regler"],
    ["Vision", "Strategi", "Program", "Policy", "Plan", "Riktlinje", "Rutin"],
    ["Policy", "Program", "Plan", "Riktlinjer", "Rutin", "Instruktion"],
]


def _template_list(rng: random.Random) -> list[str]:
    words = rng.choice(TEMPLATE_LISTS)
    if rng.random() < 0.5:
        return list(words)
    sep = rng.choice(["  ", " ", " | ", "\t"])
    return [sep.join(words)]


def _toc(rng: random.Random, headings: list[str]) -> list[str]:
    out = [rng.choice(["Innehåll", "Innehållsförteckning", "INNEHÅLL"])]
    page = rng.randint(2, 4)
    numbered = rng.random() < 0.6
    for i, h in enumerate(headings, 1):
        dots = rng.choice([" ", "\t", " ........ ", "..............."])
        out.append(f"{i}. {h}{dots}{page}" if numbered else f"{h}{dots}{page}")
        page += rng.randint(1, 3)
    return out


def _adoption_line(rng: random.Random, org: Org, year: int, committee: str) -> str:
    body = rng.choice([org.council.capitalize(), org.council, org.board, committee.lower()])
    return rng.choice([
        f"Antagen av {body} {_date(rng, year)}, § {rng.randint(5, 250)}",
        f"Antaget av {body} {_date(rng, year)}",
        f"Fastställd av {body} den {rng.randint(1, 28)} {rng.choice(['januari', 'mars', 'maj', 'juni', 'september', 'november'])} {year}",
        f"Beslutad i {body} {_date(rng, year)}",
        f"Antagen av {body} § {rng.randint(5, 250)}/{str(year)[2:]}",
    ])


def _paragraphs(rng: random.Random, sentences: list[str], n_par: int) -> list[str]:
    out = []
    pool = list(sentences)
    rng.shuffle(pool)
    per = max(1, len(pool) // max(n_par, 1))
    for i in range(n_par):
        chunk = pool[i * per:(i + 1) * per] if i < n_par - 1 else pool[i * per:]
        if chunk:
            out.append(" ".join(chunk))
    return out


# ------------------------------------------------------------------ label content

#: Sentences any municipal text may contain, whatever its kind: they keep the model from learning that
#: running prose as such means "other".
GENERIC = [
    "{Org} har drygt {n}0 000 invånare och växer.",
    "Arbetet ska bedrivas i samverkan mellan förvaltningarna och med civilsamhället.",
    "Alla verksamheter har ett ansvar för att arbetet får genomslag.",
    "Samhället förändras snabbt och nya behov uppstår.",
    "Kommunen är en av de största arbetsgivarna i länet.",
    "Resurserna är begränsade och behöver användas där de gör störst nytta.",
    "Invånarnas synpunkter har samlats in genom dialogmöten och en webbenkät.",
    "Frågan berör flera politikområden och kräver samordning.",
    "Det finns stora skillnader mellan olika delar av {the}.",
    "Den demografiska utvecklingen innebär att fler äldre och färre i arbetsför ålder ska dela på resurserna.",
    "Kommunallagen, socialtjänstlagen och diskrimineringslagen sätter ramarna för arbetet.",
    "Regionen ansvarar för hälso- och sjukvården medan kommunen ansvarar för socialtjänsten.",
    "Agenda 2030 och de globala målen för hållbar utveckling är en utgångspunkt.",
    "Under de senaste åren har flera förbättringar genomförts.",
    "Det krävs ett långsiktigt och uthålligt arbete för att nå resultat.",
    "Ansvaret för genomförandet ligger på respektive nämnd.",
    "Ekonomiska förutsättningar avgör takten i arbetet.",
    "Medarbetarnas kompetens är avgörande för kvaliteten.",
    "Statistik från SCB visar att andelen invånare över 65 år ökar.",
    "Samverkan med näringsliv, föreningar och myndigheter stärker arbetet.",
]

# Sentences in which a document speaks of itself, by label. {type} is filled with the word it
# uses (programmet, planen...), {np} with the topic, {org} with the organisation.
SELF = {
    "strategy": [
        "Strategin anger den långsiktiga inriktningen för {np} i {org}.",
        "Strategin gäller för samtliga nämnder och helägda bolag.",
        "Strategin pekar ut ett antal strategiska områden där {the} behöver kraftsamla fram till {end}.",
        "Syftet med strategin är att ge en gemensam riktning för arbetet med {np}.",
        "Strategin ska brytas ned i nämndernas verksamhetsplaner och följas upp i årsredovisningen.",
        "Genom strategin tydliggörs vilka prioriteringar som ska styra resursfördelningen de kommande åren.",
        "Strategin utgår från visionen och översiktsplanen och är överordnad program och planer inom området.",
        "Denna strategi ersätter tidigare styrdokument inom området.",
        "Strategins prioriterade inriktningar beskriver vad som behöver göras, medan nämnderna avgör hur.",
        "Strategin har tagits fram i dialog med invånare, näringsliv och civilsamhälle.",
    ],
    "programme": [
        "Programmet anger {org_gen} övergripande mål och inriktning för {np}.",
        "Programmet gäller för mandatperioden {years} och omfattar alla nämnder och bolag.",
        "Programmet är antaget av {council} och är vägledande för all kommunal verksamhet.",
        "Utifrån programmet ska varje nämnd ta fram handlingsplaner med konkreta åtgärder.",
        "Programmet innehåller mål inom {n} målområden.",
        "Detta program ersätter det tidigare programmet för {np}.",
        "Programmet har tagits fram i samråd med funktionsrättsorganisationerna.",
        "Programmets mål ska följas upp årligen och redovisas för {board}.",
        "Programmet uttrycker den politiska viljeinriktningen för {np}.",
        "Programmet ska bidra till att de nationella målen nås på lokal nivå.",
    ],
    "plan": [
        "Handlingsplanen beskriver de åtgärder som ska genomföras under perioden {years}.",
        "Planen omfattar samtliga förvaltningar och anger ansvarig för varje åtgärd.",
        "Planen följs upp årligen i samband med årsredovisningen.",
        "Denna handlingsplan utgår från {org_gen} program för {np}.",
        "Av planen framgår vem som ansvarar för respektive åtgärd och när den ska vara genomförd.",
        "Planen är ett verktyg för att omsätta de politiska målen i praktisk handling.",
        "Verksamhetsplanen beskriver nämndens mål, uppdrag och aktiviteter för året.",
        "Åtgärderna i planen är prioriterade utifrån resultatet av inventeringen.",
        "Planen revideras vartannat år.",
        "Handlingsplanen riktar sig till chefer och medarbetare inom verksamheten.",
        "Planen beskriver hur arbetet ska organiseras, vilka åtgärder som vidtas och hur de följs upp.",
    ],
    "policy": [
        "Policyn uttrycker {org_gen} förhållningssätt till {np}.",
        "Policyn gäller för alla medarbetare och förtroendevalda.",
        "Policyn kompletteras av riktlinjer och rutiner som beslutas av förvaltningarna.",
        "Denna policy anger {the_gen} grundläggande värderingar och ställningstaganden.",
        "Syftet med policyn är att skapa ett gemensamt förhållningssätt i hela organisationen.",
        "Policyn ska ses över en gång per mandatperiod.",
        "Policyn omfattar även helägda bolag och verksamhet som bedrivs på uppdrag av {the}.",
        "Policyn beskriver vad {the} vill uppnå, inte hur arbetet ska utföras i detalj.",
        "Varje nämnd ansvarar för att policyn är känd och efterlevs inom sitt område.",
    ],
    "guideline": [
        "Riktlinjerna är ett stöd för handläggare vid bedömning av ansökningar om {service}.",
        "Riktlinjerna ersätter inte lagstiftningen och får aldrig tillämpas så att den enskildes rätt inskränks.",
        "Bedömningen ska alltid göras utifrån den enskildes individuella behov.",
        "Riktlinjerna anger en skälig nivå för insatsen men en individuell prövning görs i varje ärende.",
        "Riktlinjerna är antagna av {committee_l} och gäller från och med {date}.",
        "Syftet med riktlinjerna är att säkerställa en rättssäker och likvärdig handläggning.",
        "Riktlinjen beskriver hur arbetet med {np} ska bedrivas i verksamheterna.",
        "Vägledningen riktar sig till medarbetare som i sitt arbete kommer i kontakt med {np}.",
        "Riktlinjerna ska revideras vid förändringar i lagstiftning eller praxis.",
        "Ett beslut kan överklagas hos förvaltningsrätten.",
        "Avsteg från riktlinjerna kan göras om det finns särskilda skäl.",
    ],
}

HEADINGS = {
    "strategy": ["Inledning", "Vision", "Strategiska områden", "Prioriterade inriktningar", "Utgångspunkter",
                 "Strategins roll i styrsystemet", "Genomförande och uppföljning", "Omvärld"],
    "programme": ["Inledning", "Programmets syfte", "Målområden", "Övergripande mål", "Bakgrund",
                  "Politisk viljeinriktning", "Ansvar och uppföljning", "Styrdokument och lagstiftning"],
    "plan": ["Inledning", "Syfte", "Mål", "Åtgärder", "Ansvar och organisation", "Tidplan", "Uppföljning",
             "Roller och ansvar", "Förberedande fas"],
    "policy": ["Inledning", "Syfte", "Ställningstagande", "Förhållningssätt", "Principer", "Omfattning",
               "Ansvar", "Värdegrund", "Uppföljning"],
    "guideline": ["Inledning", "Syfte", "Lagstiftning", "Målgrupp", "Ansökan och utredning", "Bedömning",
                  "Beslut och överklagande", "Avgifter", "Personkrets", "Handläggning"],
}

def normative(rng: random.Random, label: str, org: Org, tp: Topic, yrs: str, committee: str) -> list[str]:
    """Goal and rule sentences in the voice of a steering document, built from parts so that the
    model learns the voice (ska, målet är, åtgärd, ansvarar, beviljas) rather than a fixed sentence."""
    start, end = yrs[:4], yrs[-4:]
    subj = rng.choice([org.name, org.the.capitalize(), "Alla verksamheter", "Varje nämnd", "Vi", "Samtliga förvaltningar",
                       f"{org.name} som arbetsgivare", "Kommunens bolag", "Den som arbetar i kommunen"])
    modal = rng.choice(["ska", "ska", "skall", "ska aktivt", "ska verka för att", "ska sträva efter att"])
    goal = rng.choice(tp.goals)
    out = []
    if label == "strategy":
        out += [f"Fram till {end} ska {org.the} {goal}.",
                f"Strategiskt område {rng.randint(1, 5)}: {_cap(goal)}.",
                f"Vi prioriterar att {goal} och att {rng.choice(tp.goals)}.",
                f"Den långsiktiga inriktningen är att {goal}.",
                "För att lyckas krävs att hela organisationen drar åt samma håll."]
    elif label == "programme":
        out += [f"Mål {rng.randint(1, 8)}: {_cap(goal)}.",
                f"Målet är att {goal}.",
                f"{subj} {modal} {goal}.",
                f"Inom målområdet {rng.choice(['tillgänglighet', 'delaktighet', 'bemötande', 'arbete och sysselsättning', 'boende', 'kultur och fritid'])} ska {org.the} {goal}.",
                "Nämnderna ansvarar för att målen i programmet omsätts i verksamheten."]
    elif label == "plan":
        out += [f"Åtgärd {rng.randint(1, 20)}: {_cap(goal)}. Ansvarig: {committee}. Klart: {end}.",
                f"Under {start} ska {rng.choice(DEPARTMENTS).lower()} {goal}.",
                f"För att uppnå målet senast {end} ska {org.name} {goal}.",
                f"Aktivitet | Ansvar | När\n{_cap(goal)} | {rng.choice(ROLES)} | {start}",
                f"Följande åtgärder ska genomföras under {yrs}:",
                f"• {_cap(goal)}\n• {_cap(rng.choice(tp.goals))}"]
    elif label == "policy":
        out += [f"{subj} {modal} {goal}.",
                f"Vi tar ställning för att {goal}.",
                f"{org.name} ska präglas av öppenhet, respekt och likabehandling.",
                "Alla medarbetare har ett ansvar för att agera i enlighet med denna inriktning.",
                "Förtroendevalda och chefer har ett särskilt ansvar att föregå med gott exempel."]
    else:
        service = tp.service or tp.np
        out += [f"Insatsen {service} kan beviljas den som har behov som inte kan tillgodoses på annat sätt.",
                "Handläggaren ska göra en individuell bedömning av behovet.",
                "Den enskilde har rätt att få sin ansökan prövad.",
                f"Beslut om {service} fattas av {rng.choice(['biståndshandläggare', 'LSS-handläggare', 'handläggare på myndighetsenheten'])} enligt delegationsordningen.",
                "Vid bedömningen ska hänsyn tas till den enskildes funktionsnedsättning och livssituation.",
                "Skälig levnadsnivå innebär att insatsen ska ge den enskilde en godtagbar levnadsstandard.",
                "Om behovet förändras ska beslutet omprövas."]
    return [_fill(x, org) for x in _pick(rng, out, rng.randint(2, 4))]


STRUCT = {  # label-typical body lines (not about the document itself)
    "strategy": [
        "Fyra strategiska områden: {g1}, {g2}, {g3} och {g4}.",
        "Vision {end}: {short} är en plats där alla kan växa.",
        "Inriktning: Vi ska {g1} och {g2}.",
        "För att nå visionen behöver vi {g1}.",
        "Framgångsfaktorer är samverkan, långsiktighet och tydligt ledarskap.",
    ],
    "programme": [
        "Målområde 1: {G1}.",
        "Mål: {G2}.",
        "Målområde {n}: {G3}.",
        "Inriktning: {org} ska {g1}.",
        "Programmet följs upp med hjälp av indikatorer som redovisas i årsredovisningen.",
    ],
    "plan": [
        "Åtgärd: {G1}. Ansvarig: {committee}. Klart: {end}.",
        "Åtgärd | Ansvarig | Tidplan",
        "{G2} | {dept} | {start}",
        "Aktivitet: {G3}. Ansvar: {role}. Uppföljning: årligen.",
        "Mål {start}: {G1}.",
    ],
    "policy": [
        "Vi ska {g1}.",
        "{Org} ska {g2}.",
        "Ställningstagande: Alla ska bemötas med respekt och likvärdigt.",
        "Förhållningssätt: vi är öppna, sakliga och tillgängliga.",
    ],
    "guideline": [
        "Insatsen kan beviljas när behovet inte kan tillgodoses på annat sätt.",
        "Ansökan görs skriftligt eller muntligt till {dept}.",
        "Utredningen ska dokumenteras enligt gällande föreskrifter.",
        "Beslutet ska vara skriftligt och innehålla en motivering.",
        "Om den sökande inte är nöjd med beslutet kan det överklagas.",
        "Handläggningstiden ska vara högst tre månader.",
    ],
}

STATED_TITLES: dict[str, list[Callable[[random.Random, Org, Topic, str], tuple[str, str]]]] = {}


def _titles() -> None:
    """Title makers per label; each returns (title, the document's word for itself)."""

    def t(label: str):
        def deco(f):
            STATED_TITLES.setdefault(label, []).append(f)
            return f
        return deco

    @t("strategy")
    def _s1(rng, org, tp, yrs):
        return _cap(f"{tp.prefix}strategi") + rng.choice(["", f" {yrs}", f" för {org.name}"]), "strategi"

    @t("strategy")
    def _s2(rng, org, tp, yrs):
        return f"Strategi för {tp.np}" + rng.choice(["", f" {yrs}", f" i {org.name}"]), "strategi"

    @t("strategy")
    def _s3(rng, org, tp, yrs):
        return f"{org.genitive} strategi för {tp.np}", "strategi"

    @t("strategy")
    def _s4(rng, org, tp, yrs):
        return rng.choice(["Regional utvecklingsstrategi", "Övergripande strategi", "Strategi för hållbar utveckling",
                           "Digital strategi", "Strategi för ett tillgängligt samhälle", "Näringslivsstrategi",
                           "Kompetensförsörjningsstrategi", "Bostadsförsörjningsstrategi"]) + \
            rng.choice(["", f" {yrs}", f" för {org.short}"]), "strategi"

    @t("programme")
    def _p1(rng, org, tp, yrs):
        adj = tp.adj or rng.choice(["funktionshinderspolitiskt", "handikappolitiskt", "politiskt"])
        return f"{adj.capitalize()} program" + rng.choice(["", f" {yrs}", f" för {org.name}", f" för {org.name} {yrs}"]), "program"

    @t("programme")
    def _p2(rng, org, tp, yrs):
        return f"Program för {tp.np}" + rng.choice(["", f" {yrs}", f" i {org.name}"]), "program"

    @t("programme")
    def _p3(rng, org, tp, yrs):
        return _cap(f"{tp.prefix}program") + rng.choice(["", f" {yrs}", f" för {org.name}"]), "program"

    @t("programme")
    def _p4(rng, org, tp, yrs):
        return rng.choice([f"Kommunprogram för mandatperioden {yrs}", "Politiskt program för personer med funktionsnedsättning",
                           "Program för full delaktighet", "Program för social hållbarhet", "Miljöprogram",
                           "Program för ett tillgängligt samhälle", "Kulturpolitiskt program"]), "program"

    @t("programme")
    def _p5(rng, org, tp, yrs):
        name = rng.choice(["Ett samhälle för alla", "Alla ska med", "Lika värde – lika villkor", "Tillsammans för alla",
                           "Delaktighet hela livet", "Ett hållbart " + org.short])
        adj = tp.adj or "funktionshinderspolitiskt"
        return f"{name} – {adj} program" + rng.choice(["", f" {yrs}"]), "program"

    @t("plan")
    def _l1(rng, org, tp, yrs):
        return f"Handlingsplan för {tp.np}" + rng.choice(["", f" {yrs}", f" {yrs}", f" i {org.name}"]), "handlingsplan"

    @t("plan")
    def _l2(rng, org, tp, yrs):
        word = _cap(f"{tp.prefix}plan")
        return word + rng.choice(["", f" {yrs}", f" för {org.name}"]), word.casefold()

    @t("plan")
    def _l3(rng, org, tp, yrs):
        return f"Plan för {tp.np}" + rng.choice(["", f" {yrs}", f" i {org.name}"]), "plan"

    @t("plan")
    def _l4(rng, org, tp, yrs):
        start = yrs[:4]
        choice = rng.choice([
            (f"Verksamhetsplan {start}", "verksamhetsplan"), (f"Nämndsplan {start}", "nämndsplan"),
            (f"Strategisk plan {yrs}", "plan"), ("Strategisk utvecklingsplan", "utvecklingsplan"),
            (f"Handikapplan för {org.name}", "handikapplan"), (f"Åtgärdsplan för {tp.np}", "åtgärdsplan"),
            (f"Översiktsplan för {org.name}", "översiktsplan"), ("Plan för full delaktighet", "plan"),
            (f"Verksamhetsplan och budget {start}", "verksamhetsplan"), (f"Funktionshinderplan {yrs}", "funktionshinderplan"),
            (f"Jämställdhetsplan {yrs}", "jämställdhetsplan"), (f"Folkhälsoplan {yrs}", "folkhälsoplan"),
        ])
        return choice

    @t("plan")
    def _l5(rng, org, tp, yrs):
        unit = rng.choice(["Hemtjänsten", "Särskilt boende", "LSS-gruppbostad", "Daglig verksamhet", "Korttidsboende"])
        return f"Handlingsplan {tp.np} – {unit}", "handlingsplan"

    @t("policy")
    def _o1(rng, org, tp, yrs):
        word = _cap(f"{tp.prefix}policy")
        return word + rng.choice(["", f" för {org.name}", f" {org.name}"]), word.casefold()

    @t("policy")
    def _o2(rng, org, tp, yrs):
        return f"Policy för {tp.np}" + rng.choice(["", f" i {org.name}"]), "policy"

    @t("policy")
    def _o3(rng, org, tp, yrs):
        return rng.choice([f"Policy om {tp.np}", f"Policy mot {rng.choice(['mutor och jäv', 'diskriminering', 'kränkande särbehandling'])}",
                           "Personalpolicy", "Arbetsmiljöpolicy", "Inköpspolicy", "Lönepolicy", "Alkohol- och drogpolicy",
                           "Policy för full delaktighet", "Miljöpolicy", "Tillgänglighetspolicy", "Resepolicy"]), "policy"

    @t("policy")
    def _o4(rng, org, tp, yrs):
        return f"{org.genitive} policy för {tp.np}", "policy"

    @t("guideline")
    def _g1(rng, org, tp, yrs):
        return f"Riktlinjer för {tp.np}" + rng.choice(["", f" i {org.name}", f" {yrs[:4]}"]), "riktlinjer"

    @t("guideline")
    def _g2(rng, org, tp, yrs):
        svc = tp.service or tp.np
        return rng.choice([f"Riktlinjer för handläggning av {svc}", f"Riktlinje för {svc}",
                           f"Riktlinjer för handläggning enligt {rng.choice(['socialtjänstlagen', 'LSS'])}",
                           f"Riktlinjer för bistånd inom {rng.choice(['äldreomsorgen', 'socialpsykiatrin', 'individ- och familjeomsorgen'])}"]), \
            "riktlinjer"

    @t("guideline")
    def _g3(rng, org, tp, yrs):
        return rng.choice([(f"Vägledning för {tp.np}", "vägledning"), (f"Vägledning – {tp.np}", "vägledning"),
                           (f"Föreskrifter för {tp.service or tp.np}", "föreskrifter"),
                           (f"Generella föreskrifter och villkor för {tp.service or 'färdtjänst'}", "föreskrifter"),
                           (f"Krav och riktlinjer för {tp.np}", "krav och riktlinjer"),
                           (f"Riktlinjer mot {rng.choice(['mutor och jäv', 'kränkande särbehandling'])}", "riktlinjer"),
                           (f"Riktlinjer för {rng.choice(['dokumentation', 'avgifter', 'hyressättning i särskilt boende', 'ekonomiskt bistånd'])}", "riktlinjer")])

    @t("guideline")
    def _g4(rng, org, tp, yrs):
        return f"Riktlinje {tp.np}", "riktlinje"


_titles()


def _fmt(s: str, rng: random.Random, org: Org, tp: Topic, yrs: str, committee: str) -> str:
    goals = list(tp.goals)
    rng.shuffle(goals)
    goals = (goals * 4)[:4]
    start, end = yrs[:4], yrs[-4:]
    rep = {
        "{np}": tp.np, "{years}": yrs, "{start}": start, "{end}": end, "{n}": str(rng.randint(3, 8)),
        "{service}": tp.service or tp.np, "{committee}": committee, "{committee_l}": committee.lower(),
        "{date}": _date(rng, int(start)), "{dept}": rng.choice(DEPARTMENTS), "{role}": rng.choice(ROLES),
        "{Org}": org.name, "{g1}": goals[0], "{g2}": goals[1], "{g3}": goals[2], "{g4}": goals[3],
        "{G1}": _cap(goals[0]), "{G2}": _cap(goals[1]), "{G3}": _cap(goals[2]),
    }
    for k, v in rep.items():
        s = s.replace(k, v)
    return _fill(s, org)


# ------------------------------------------------------------------- assembling


@dataclass
class Page:
    lines: list[str]
    title: str
    kind: str  # note for the record: which template made it


def _truncate(text: str, rng: random.Random) -> str:
    limit = rng.randint(900, 2600)
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    if cut < limit * 0.6:
        cut = text.rfind(" ", 0, limit)
    return text[:cut].rstrip()


def steering(rng: random.Random, label: str, bare: bool = False) -> Page:
    """A first page of a steering document of ``label``.

    A ``bare`` page has no explicit signal at all: no title naming the kind, no metadata block, no
    sentence in which the document names itself. Only the content is left (its headings, its goals
    and actions, its way of speaking), which is what the model must judge when the rules find nothing.
    """
    org = _org(rng)
    tp = _topic(rng)
    year, yrs = _years(rng)
    committee = rng.choice(COMMITTEES)
    maker = rng.choice(STATED_TITLES[label])
    title, stated = maker(rng, org, tp, yrs)
    notitle = bare or rng.random() < 0.12  # the title does not name the kind; only the text does
    if notitle:
        title = rng.choice([_cap(tp.np), f"Ett {org.short} för alla", f"Tillsammans för {tp.np}",
                            f"{_cap(tp.np)} i {org.name}", f"Vi och {tp.np}"])
    lines: list[str] = []
    if rng.random() < 0.12 and not bare:
        lines += _template_list(rng)
    lines += _letterhead(rng, org, memo=rng.random() < 0.12)
    if rng.random() < 0.35 and not bare:
        lines += _metadata_block(rng, org, stated.capitalize() if not notitle else stated, year, committee)
    if rng.random() < 0.5:
        lines.append("")
    upper = rng.random() < 0.15
    if rng.random() < 0.15 and not notitle:  # the genre word printed above the title (a Botkyrka-style template)
        lines.append(stated.upper() if rng.random() < 0.6 else stated.capitalize())
    lines.append(title.upper() if upper else title)
    if rng.random() < 0.35:
        lines.append(_fmt(rng.choice([
            "Antagen av {council} {date}", "För perioden {years}", "{Org}", "Dnr {start}/{n}4",
            "Med fokus på {np}", "Reviderad {start}", "Gäller från {date}",
        ]), rng, org, tp, yrs, committee))
    if rng.random() < 0.3:
        lines.append(_adoption_line(rng, org, year, committee))
    if bare and rng.random() < 0.5:
        lines = lines[:-1]  # not even a title line: the page starts with the text
    heads = _pick(rng, HEADINGS[label], rng.randint(3, 6))
    if rng.random() < 0.3:
        lines.append("")
        lines += _toc(rng, heads)
    lines.append("")
    self_s = [_fmt(s, rng, org, tp, yrs, committee) for s in _pick(rng, SELF[label], rng.randint(2, 4))]
    if bare:
        self_s = [_fmt(s, rng, org, tp, yrs, committee) for s in _pick(rng, GENERIC, rng.randint(2, 3))]
    elif notitle:  # then the text must say what it is
        word = {"strategy": "strategi", "programme": "program", "plan": "plan", "policy": "policy",
                "guideline": "riktlinje"}[label]
        self_s.insert(0, rng.choice([f"Detta {word} anger inriktningen för {tp.np}.",
                                     f"Denna {word} har antagits av {org.council}.",
                                     f"{org.genitive} {word} för {tp.np} gäller för alla nämnder."])
                      .replace("Detta plan", "Denna plan").replace("Denna program", "Detta program")
                      .replace("Detta strategi", "Denna strategi").replace("Detta policy", "Denna policy")
                      .replace("Detta riktlinje", "Denna riktlinje"))
    facts = [_fill(s, org) for s in _pick(rng, tp.facts, rng.randint(2, 4))]
    facts += [_fmt(s, rng, org, tp, yrs, committee) for s in _pick(rng, GENERIC, rng.randint(0, 2))]
    struct = [_fmt(s, rng, org, tp, yrs, committee) for s in _pick(rng, STRUCT[label], rng.randint(0, 2))]
    struct += normative(rng, label, org, tp, yrs, committee)
    body_heads = list(heads)
    lines.append(body_heads[0] if rng.random() < 0.8 else body_heads[0].upper())
    lines += _paragraphs(rng, self_s[:2] + facts[:1], rng.randint(1, 2))
    if len(body_heads) > 1:
        lines.append(body_heads[1])
    lines += _paragraphs(rng, self_s[2:] + facts[1:], rng.randint(1, 2))
    if len(body_heads) > 2:
        lines.append(body_heads[2])
    lines += struct
    if rng.random() < 0.3:
        other_mention = rng.choice([
            "Arbetet ska ske i samverkan med det kommunala funktionsrättsrådet och planeras i god tid.",
            "Planeringen av verksamheten ska utgå från invånarnas behov.",
            "Uppföljningen redovisas i en rapport till nämnden.",
            "Nämnderna rapporterar sitt arbete i tertialrapporter.",
            "Detaljplaner och bygglov ska granskas ur ett tillgänglighetsperspektiv.",
            "En tjänsteskrivelse med förslag till åtgärder tas fram inför varje budgetår.",
        ])
        lines.append(other_mention)
    kind = "bare" if bare else "no-title" if notitle else maker.__name__.strip("_")
    return Page(lines, title, f"{label}/{kind}")


# --------------------------------------------------------------------- other kinds

OTHER_KINDS: list[tuple[str, float]] = []
_OTHER_MAKERS: dict[str, Callable[[random.Random], Page]] = {}


def other_kind(name: str, weight: float):
    def deco(f):
        OTHER_KINDS.append((name, weight))
        _OTHER_MAKERS[name] = f
        return f
    return deco


def _steering_title(rng: random.Random, org: Org, tp: Topic) -> tuple[str, str]:
    label = rng.choice(["strategy", "programme", "programme", "plan", "plan", "policy", "guideline"])
    _, yrs = _years(rng)
    return rng.choice(STATED_TITLES[label])(rng, org, tp, yrs)


@other_kind("memo", 3.0)
def _memo(rng: random.Random) -> Page:
    """A cover memo (tjänsteskrivelse) proposing a steering document: carries its title."""
    org, tp = _org(rng), _topic(rng)
    title, _ = _steering_title(rng, org, tp)
    year = rng.randint(2010, 2026)
    lines = _letterhead(rng, org, memo=True)
    word = rng.choice(["Tjänsteskrivelse", "TJÄNSTESKRIVELSE", "Tjänsteutlåtande", "Tjänsteskrivelse", ""])
    if word:
        lines.insert(rng.randint(0, len(lines)), word)
    if rng.random() < 0.5:
        lines.append(rng.choice([org.board.capitalize(), rng.choice(COMMITTEES), org.council.capitalize()]))
    lines.append("")
    lines.append(rng.choice(["", "Antagande av ", "Förslag till ", "Revidering av ", "Remissversion av "]) + title
                 if rng.random() < 0.8 else title)
    lines.append(rng.choice(["Förslag till beslut", "Förslag till beslut", "Beslutsförslag", "Förvaltningens förslag till beslut"]))
    body = rng.choice([org.council, org.board, rng.choice(COMMITTEES).lower()])
    lines.append(rng.choice([
        f"{rng.choice(COMMITTEES)} föreslår {body} besluta att anta {title.lower()}.",
        f"1. {title} antas.\n2. Programmet ska följas upp årligen.",
        f"{org.board.capitalize()} föreslår att {org.council} antar förslaget till {title.lower()}.",
        f"Förvaltningen föreslår att nämnden godkänner {title.lower()} och överlämnar det till {org.council}.",
    ]))
    lines.append(rng.choice(["Sammanfattning", "Sammanfattning av ärendet", "Ärendet", "Ärendebeskrivning"]))
    lines.append(rng.choice([
        f"{org.board.capitalize()} gav i {year - 1} förvaltningen i uppdrag att ta fram ett förslag till {title.lower()}.",
        f"Det nuvarande styrdokumentet gäller till och med {year}. Förvaltningen har därför tagit fram ett nytt förslag.",
        f"Förslaget har varit ute på remiss till nämnderna och {rng.choice(DISABILITY_ORGS)}. Synpunkterna redovisas i bilaga.",
    ]))
    lines.append(" ".join(_fill(s, org) for s in _pick(rng, tp.facts, 2)))
    lines.append(rng.choice(["Ekonomiska konsekvenser", "Beslutsunderlag", "Bakgrund", "Förvaltningens bedömning"]))
    lines.append(rng.choice([
        "Förslaget bedöms rymmas inom befintlig budget.",
        f"Tjänsteskrivelse {_date(rng, year)}\nFörslag till {title.lower()}",
        "Förvaltningen bedömer att förslaget stärker arbetet inom området.",
        "Åtgärderna finansieras inom respektive nämnds ram.",
    ]))
    if rng.random() < 0.5:
        lines.append(f"{_person(rng)}\n{rng.choice(['Förvaltningschef', 'Kommundirektör', 'Socialchef', 'Avdelningschef'])}")
    return Page(lines, title, "other/memo")


@other_kind("minutes", 2.5)
def _minutes(rng: random.Random) -> Page:
    org, tp = _org(rng), _topic(rng)
    title, _ = _steering_title(rng, org, tp)
    year = rng.randint(2008, 2026)
    body = rng.choice([org.council.capitalize(), org.board.capitalize(), rng.choice(COMMITTEES),
                       "Kommunala funktionsrättsrådet", "Rådet för funktionshinderfrågor", "Pensionärsrådet"])
    lines = [org.name if rng.random() < 0.7 else org.name.upper()]
    lines.append(rng.choice(["Protokollsutdrag", "PROTOKOLLSUTDRAG", "Sammanträdesprotokoll", "SAMMANTRÄDESPROTOKOLL",
                             "Utdrag ur protokoll", "Protokoll", "UTDRAG UR SAMMANTRÄDESPROTOKOLL"]))
    lines.append(f"{body}")
    lines.append(rng.choice(["Sammanträdesdatum", "Datum"]) + f" {_date(rng, year)}")
    if rng.random() < 0.5:
        lines.append(f"Plats och tid: {rng.choice(['Kommunhuset, sammanträdesrum Ekar', 'Stadshuset, KS-salen', 'Digitalt via Teams'])} kl. {rng.randint(8, 18)}.00")
    if rng.random() < 0.6:
        lines.append("Beslutande: " + ", ".join(f"{_person(rng)} ({rng.choice(PARTIES)})" for _ in range(rng.randint(2, 5))))
    lines.append("")
    par = rng.randint(5, 250)
    lines.append(f"§ {par} " + rng.choice([f"Antagande av {title.lower()}", title, f"Information om {tp.np}",
                                           f"Uppföljning av {title.lower()}", f"Revidering av {title.lower()}"]))
    lines.append(f"Dnr {_dnr(rng, year)}")
    lines.append(rng.choice(["Beslut", "Kommunfullmäktiges beslut", "Nämndens beslut", "Rådets beslut"]))
    lines.append(rng.choice([f"{body} beslutar att anta {title.lower()}.", "Informationen noteras.",
                             f"{body} beslutar att godkänna uppföljningen och lägga den till handlingarna.",
                             f"Ärendet återremitteras till {rng.choice(DEPARTMENTS).lower()}."]))
    lines.append(rng.choice(["Sammanfattning av ärendet", "Ärendebeskrivning", "Beskrivning av ärendet"]))
    lines.append(" ".join(_fill(s, org) for s in _pick(rng, tp.facts, 2)))
    if rng.random() < 0.5:
        lines.append("Yrkanden")
        lines.append(f"{_person(rng)} ({rng.choice(PARTIES)}) yrkar bifall till förslaget.")
    lines.append(rng.choice(["Justerandes signatur", "Justerare", "Justerandes sign", "Utdragsbestyrkande"]))
    if rng.random() < 0.5:
        lines.append(f"§ {par + 1} " + rng.choice(["Övriga frågor", "Anmälningsärenden", "Delegationsbeslut"]))
    return Page(lines, title, "other/minutes")


@other_kind("agenda", 0.8)
def _agenda(rng: random.Random) -> Page:
    org, tp = _org(rng), _topic(rng)
    body = rng.choice(["Kommunala funktionshinderrådet", "Kommunala pensionärsrådet", rng.choice(COMMITTEES), "Kommunstyrelsens arbetsutskott"])
    lines = [org.name, rng.choice(["Kallelse", "KALLELSE", "Kallelse och föredragningslista", "Föredragningslista", "Ärendelista"])]
    lines.append(f"{body} {_date(rng)} kl. {rng.randint(9, 17)}.00")
    lines.append(rng.choice(["Ledamöter kallas, ersättare underrättas", "Plats: Kommunhuset", "Lokal: Sammanträdesrummet"]))
    items = ["Val av justerare", "Godkännande av dagordning", f"Information om {tp.np}", "Föregående protokoll",
             f"Remiss: förslag till {_steering_title(rng, org, tp)[0].lower()}", "Rapporter från förvaltningarna", "Övriga frågor"]
    for i, it in enumerate(items[: rng.randint(4, 7)], 1):
        lines.append(f"{i}. {it}")
    if rng.random() < 0.5:
        lines.append(f"{_person(rng)}\nOrdförande")
    return Page(lines, "Kallelse", "other/agenda")


@other_kind("statement", 1.5)
def _statement(rng: random.Random) -> Page:
    """Yttrande or remissvar: often names the strategy or programme it comments on."""
    org, tp = _org(rng), _topic(rng)
    title, _ = _steering_title(rng, org, tp)
    sender = rng.choice([org.board.capitalize(), rng.choice(COMMITTEES), rng.choice(DISABILITY_ORGS)])
    receiver = rng.choice(["Socialdepartementet", "Regeringskansliet", rng.choice(REGIONS), org.board.capitalize(),
                           "Länsstyrelsen"])
    lines = _letterhead(rng, org, memo=rng.random() < 0.5)
    kind = rng.choice(["Yttrande över", "Yttrande över remiss av", "Remissvar –", "Yttrande avseende", "Svar på remiss:"])
    lines.append(f"{kind} {rng.choice(['förslag till ', '', 'betänkandet '])}{title}")
    lines.append(f"{receiver}")
    lines.append(rng.choice([
        f"{sender} har beretts tillfälle att yttra sig över rubricerat förslag och lämnar följande synpunkter.",
        f"{sender} har tagit del av förslaget och vill framföra följande.",
        f"{sender} ställer sig i huvudsak positiv till förslaget men vill lyfta några frågor.",
    ]))
    lines.append(rng.choice(["Sammanfattning", "Övergripande synpunkter", "Synpunkter"]))
    lines.append(rng.choice([
        "Vi tillstyrker förslaget med följande medskick.",
        f"Vi saknar en tydligare koppling till arbetet med {tp.np}.",
        "Förslaget bör kompletteras med en analys av konsekvenserna för personer med funktionsnedsättning.",
        "Målen behöver bli mer mätbara för att kunna följas upp.",
    ]))
    lines.append(" ".join(_fill(s, org) for s in _pick(rng, tp.facts, 2)))
    lines.append(rng.choice([f"För {sender.lower()}", "Med vänlig hälsning"]) + f"\n{_person(rng)}")
    return Page(lines, title, "other/statement")


@other_kind("motion", 0.8)
def _motion(rng: random.Random) -> Page:
    org, tp = _org(rng), _topic(rng)
    rng.choice(["Socialdemokraterna", "Moderaterna", "Centerpartiet", "Liberalerna", "Vänsterpartiet",
                        "Miljöpartiet", "Kristdemokraterna", "Sverigedemokraterna"])
    what = rng.choice([f"att ta fram en handlingsplan för {tp.np}", f"om ett {tp.adj or 'funktionshinderspolitiskt'} program",
                       f"om {tp.np}", f"om att {tp.goals[0]}"])
    lines = [org.name, rng.choice(["Motion", "MOTION", "Motion till kommunfullmäktige", "Medborgarförslag", "Interpellation"])]
    lines.append(f"{_cap(what)}" if rng.random() < 0.5 else f"Motion {what}")
    lines.append(" ".join(_fill(s, org) for s in _pick(rng, tp.facts, 3)))
    lines.append(f"Mot bakgrund av ovanstående föreslår vi att {org.council} beslutar")
    lines.append(f"att {tp.goals[0]}")
    lines.append(f"att {rng.choice(tp.goals)} redovisas för {org.board}")
    lines.append(f"{_person(rng)} ({rng.choice(PARTIES)})\n{_person(rng)} ({rng.choice(PARTIES)})")
    lines.append(f"{org.short} {_date(rng)}")
    return Page(lines, what, "other/motion")


@other_kind("report", 2.5)
def _report(rng: random.Random) -> Page:
    """Reports, follow-ups, evaluations and audits: often about a plan or a strategy."""
    org, tp = _org(rng), _topic(rng)
    title, _ = _steering_title(rng, org, tp)
    year = rng.randint(2008, 2026)
    kind = rng.choice([
        f"Uppföljning av {title.lower()} {year}", f"Årsrapport {year} – {tp.np}", f"Revisionsrapport {year}",
        f"Utvärdering av {title.lower()}", f"Kartläggning av {tp.np} i {org.name}", f"Lägesrapport {tp.np}",
        f"Granskning av {tp.np}", f"Verksamhetsberättelse {year}", f"Slutrapport: {_cap(tp.np)}",
        f"Rapport: {_cap(tp.np)} i {org.name}", f"Uppföljning {tp.np} {year}",
    ])
    lines = []
    if rng.random() < 0.5:
        lines.append(rng.choice([org.name, rng.choice(AGENCIES), "KPMG", "PwC", "EY"]))
    lines.append(kind)
    if kind.startswith("Revisionsrapport") or kind.startswith("Granskning"):
        lines.append(f"Granskning av {tp.np} på uppdrag av de förtroendevalda revisorerna i {org.name}")
    if rng.random() < 0.4:
        lines += _toc(rng, _pick(rng, ["Sammanfattning", "Inledning", "Syfte och revisionsfrågor", "Metod",
                                       "Resultat", "Iakttagelser", "Bedömning", "Slutsatser", "Rekommendationer"], 5))
    lines.append(rng.choice(["Sammanfattning", "Inledning", "Bakgrund"]))
    lines.append(rng.choice([
        f"Denna rapport redovisar hur arbetet med {title.lower()} har genomförts under {year}.",
        f"Syftet med granskningen har varit att bedöma om {rng.choice(COMMITTEES).lower()} har en ändamålsenlig styrning av {tp.np}.",
        f"I rapporten redovisas resultatet av den kartläggning som genomförts under hösten {year}.",
        f"Uppföljningen visar att {rng.randint(30, 90)} procent av åtgärderna har genomförts.",
        f"Rapporten bygger på intervjuer, dokumentstudier och en enkät till {rng.randint(50, 900)} personer.",
    ]))
    lines.append(rng.choice([
        "Vår sammanfattande bedömning är att arbetet delvis bedrivs ändamålsenligt.",
        "Resultaten visar att det finns brister i uppföljningen av målen.",
        f"Av de {rng.randint(10, 40)} åtgärderna har hälften genomförts, medan övriga har skjutits upp.",
        "Vi rekommenderar nämnden att förtydliga ansvarsfördelningen.",
        "Andelen nöjda brukare har ökat jämfört med föregående år.",
    ]))
    lines.append(" ".join(_fill(s, org) for s in _pick(rng, tp.facts, 2)))
    if rng.random() < 0.3:
        lines.append(f"Tabell 1. Resultat per indikator {year - 1}–{year}")
    return Page(lines, kind, "other/report")


@other_kind("agreement", 0.9)
def _agreement(rng: random.Random) -> Page:
    org, tp = _org(rng, 0.0), _topic(rng)
    other = rng.choice([*REGIONS, rng.choice(DISABILITY_ORGS), "Arbetsförmedlingen", "Polisen"])
    kind = rng.choice(["Överenskommelse om samverkan", "Samverkansöverenskommelse", "Avtal om samverkan",
                       "Idéburet offentligt partnerskap", "Lokal överenskommelse"])
    lines = [kind, f"mellan {org.name} och {other} avseende {tp.np}"]
    lines.append("1. Parter")
    lines.append(f"Denna överenskommelse är träffad mellan {org.name}, org.nr 212000-{rng.randint(1000, 9999)}, och {other}.")
    lines.append("2. Syfte")
    lines.append(f"Syftet med överenskommelsen är att parterna gemensamt ska {rng.choice(tp.goals)}.")
    lines.append("3. Parternas åtaganden")
    lines.append(f"{org.name} åtar sig att tillhandahålla lokaler och samordning. {other} åtar sig att medverka med personal.")
    lines.append("4. Giltighetstid")
    lines.append(f"Överenskommelsen gäller från {_date(rng)} och löper i två år med möjlighet till förlängning.")
    return Page(lines, kind, "other/agreement")


@other_kind("reglemente", 1.0)
def _reglemente(rng: random.Random) -> Page:
    org = _org(rng)
    what = rng.choice(["kommunala funktionsrättsrådet", "rådet för funktionshinderfrågor", "kommunala pensionärsrådet",
                       rng.choice(COMMITTEES).lower(), "kommunstyrelsen", "tillgänglighetsrådet"])
    lines = [org.name, rng.choice([f"Reglemente för {what}", f"Arbetsordning för {what}", f"Delegationsordning för {what}",
                                   f"Stadgar för {what}", f"Reglemente för {what} i {org.name}"])]
    if rng.random() < 0.6:
        lines.append(_adoption_line(rng, org, rng.randint(2008, 2026), rng.choice(COMMITTEES)))
    lines.append(rng.choice(["§ 1 Syfte", "1 § Ändamål", "Rådets uppgifter"]))
    lines.append(f"Rådet är ett organ för samråd och ömsesidig information mellan {org.name} och organisationer som företräder personer med funktionsnedsättning.")
    lines.append(rng.choice(["§ 2 Sammansättning", "2 § Ledamöter", "Sammansättning"]))
    lines.append(f"Rådet består av {rng.randint(7, 15)} ledamöter. {org.board.capitalize()} utser ordförande och vice ordförande.")
    lines.append(rng.choice(["§ 3 Sammanträden", "3 § Sammanträden"]))
    lines.append(f"Rådet sammanträder {rng.randint(3, 6)} gånger per år. Protokoll förs vid varje sammanträde och justeras av ordföranden.")
    return Page(lines, "Reglemente", "other/reglemente")


@other_kind("routine", 1.6)
def _routine(rng: random.Random) -> Page:
    tp = _topic(rng)
    what = rng.choice(["avvikelsehantering", "dokumentation i sociala akter", "gallring och arkivering",
                       "läkemedelshantering", "rapportering enligt lex Sarah", "hantering av synpunkter och klagomål",
                       "introduktion av nyanställda", "grundbemanning på gruppbostad", "nyckelhantering i hemtjänsten",
                       f"arbetet med {tp.np}", "hot och våld", "fallprevention"])
    lines = [rng.choice(DEPARTMENTS)]
    if rng.random() < 0.6:
        lines += [f"Dokumentet är beslutat av: {rng.choice(['Verksamhetschef', 'Enhetschef', 'MAS', 'Avdelningschef'])}",
                  f"Dokumentet beslutades den: {_date(rng)}", "Dokumentet gäller tills vidare",
                  f"Dokumentansvarig är: {rng.choice(ROLES)}"]
    lines.append(rng.choice(["RUTIN", "Rutin", "Instruktion", "Checklista", "Lathund", "Arbetsbeskrivning"]))
    lines.append(_cap(what) if rng.random() < 0.5 else f"Rutin för {what}")
    lines.append(rng.choice(["Inledning", "Syfte", "Bakgrund"]))
    lines.append(rng.choice([
        f"Syftet med rutinen är att ge en tydlig beskrivning av hur medarbetare ska arbeta med {what}.",
        f"Rutinen beskriver ansvar och arbetsgång vid {what}.",
        "Denna rutin ska vara känd av all personal på enheten.",
    ]))
    lines.append("Roller och ansvar")
    lines.append(rng.choice(["Enhetschef ansvarar för att rutinen är känd och följs.",
                             "Alla medarbetare ansvarar för att följa rutinen.",
                             "Sjuksköterska ansvarar för bedömning och dokumentation."]))
    lines.append("Utförande")
    lines.append("1. " + rng.choice(["Rapportera händelsen i verksamhetssystemet samma dag.", "Kontrollera att uppgifterna är kompletta.",
                                     "Kontakta ansvarig sjuksköterska.", "Dokumentera i journalen."]))
    lines.append("2. " + rng.choice(["Informera närmaste chef.", "Följ upp inom en vecka.", "Spara underlaget i akten."]))
    return Page(lines, what, "other/routine")


WEB_TOP = [
    ["Hoppa till huvudinnehållet", "Meny", "Sök"], ["Till innehållet", "Lyssna", "Kontakt"],
    ["Lyssna", "Skriv ut", "Dela"], ["Startsida", "Omsorg och stöd", "Funktionsnedsättning"],
    ["Du är här: Startsida / Omsorg och hjälp / Stöd vid funktionsnedsättning"], ["Hem > Kommun och politik > Styrdokument"],
    ["Vi använder kakor för att förbättra webbplatsen.", "Godkänn alla kakor"], ["{org} logotyp", "Meny"],
    ["Translate", "Lättläst", "Lyssna"],
]
WEB_BOTTOM = [
    ["Senast uppdaterad: {date}"], ["Sidan senast ändrad {date}"], ["Dela sidan", "Facebook", "LinkedIn"],
    ["Kontakta oss", "Kontaktcenter 0{n}0-{n}{n} 00 00"], ["Hjälpte informationen dig?", "Ja", "Nej"],
    ["Relaterade sidor", "Färdtjänst", "Bostadsanpassning"], ["Publicerad {date}", "Uppdaterad {date}"],
]

WEB_ABOUT_DOC = [
    "{org} har ett {adj} program som antogs av {council} {year}. Programmet gäller för alla nämnder.",
    "Här kan du läsa {org_gen} handlingsplan för {np}.",
    "{The_gen} plan för {np} hittar du under rubriken Dokument.",
    "I {the_gen} policy för {np} beskrivs hur vi ska arbeta.",
    "Riktlinjerna för {np} finns att ladda ner som pdf längre ned på sidan.",
    "Kommunfullmäktige har antagit en ny strategi för {np}. Läs strategin i sin helhet via länken.",
    "Ladda ner {doc} (pdf, 2 MB)",
    "Programmet togs fram i dialog med föreningar och invånare och antogs av {council}.",
    "På den här sidan får du veta mer om hur {the} arbetar med {np}.",
]
WEB_SERVICE = [
    "Du som har en funktionsnedsättning kan ansöka om stöd hos {the}.",
    "Kontakta en biståndshandläggare om du vill veta mer.",
    "Ansökan gör du enklast via vår e-tjänst.",
    "Har du frågor? Ring kontaktcenter så hjälper vi dig.",
    "Här hittar du information om vilka insatser som finns och hur du ansöker.",
    "Du kan också skicka ett mejl till oss.",
    "Om du inte är nöjd med beslutet kan du överklaga det.",
    "Läs mer om hur du ansöker.",
    "Vill du lämna synpunkter? Använd formuläret nedan.",
    "Handläggaren gör en utredning tillsammans med dig.",
]
WEB_COUNCIL = [
    "Rådet för funktionshinderfrågor är ett forum för samråd mellan {the} och föreningar som företräder personer med funktionsnedsättning.",
    "Rådet består av politiker och representanter för funktionsrättsorganisationerna.",
    "Rådet sammanträder fyra gånger per år.",
    "Rådet är ett rådgivande organ och fattar inga egna beslut.",
    "Här hittar du protokoll från rådets möten.",
    "Vill du komma i kontakt med rådet? Kontakta sekreteraren.",
    "Ledamöterna utses för en mandatperiod i taget.",
]
WEB_NEWS = [
    "Nu har {council} antagit {doc}.",
    "– Det här är ett viktigt steg för att fler ska kunna delta i samhället på lika villkor, säger {role2} {person}.",
    "Beslutet fattades vid sammanträdet i {month}.",
    "Arbetet har pågått i över ett år och många har bidragit med synpunkter.",
    "– Vi vill att alla ska känna sig välkomna, säger {person}, ordförande i {committee_l}.",
    "Nästa steg är att förvaltningarna tar fram egna aktiviteter.",
]


def _web_fill(s: str, rng: random.Random, org: Org, tp: Topic) -> str:
    doc, _ = _steering_title(rng, org, tp)
    s = s.replace("{adj}", tp.adj or "funktionshinderspolitiskt").replace("{np}", tp.np) \
        .replace("{year}", str(rng.randint(2010, 2025))).replace("{doc}", doc.lower() if rng.random() < 0.5 else doc) \
        .replace("{The_gen}", org.the_gen.capitalize()).replace("{date}", _date(rng)).replace("{n}", str(rng.randint(1, 9))) \
        .replace("{person}", _person(rng)).replace("{role2}", rng.choice(["kommunstyrelsens ordförande", "socialnämndens ordförande", "kommunalrådet"])) \
        .replace("{month}", rng.choice(["mars", "juni", "oktober", "december"])).replace("{committee_l}", rng.choice(COMMITTEES).lower())
    return _fill(s, org)


@other_kind("web", 6.0)
def _web(rng: random.Random, furniture: bool | None = None) -> Page:
    """A municipal web page: about a service, a council, a programme or a piece of news."""
    org, tp = _org(rng), _topic(rng)
    sub = rng.choice(["about-doc", "about-doc", "service", "council", "news", "topic", "topic"])
    bare = furniture is False
    furniture = rng.random() < 0.55 if furniture is None else furniture
    lines: list[str] = []
    if furniture:
        lines += [_web_fill(x, rng, org, tp) for x in rng.choice(WEB_TOP)]
    if sub == "about-doc":
        title, _ = _steering_title(rng, org, tp)
        lines.append(rng.choice([title, _cap(tp.np), f"{_cap(tp.np)} i {org.name}", title.split(" för ")[0]]))
        pool = WEB_ABOUT_DOC + [f.replace("{the}", org.the) for f in tp.facts]
        lines += [_web_fill(s, rng, org, tp) for s in _pick(rng, pool, rng.randint(3, 5))]
    elif sub == "service":
        lines.append(_cap(tp.service or tp.np))
        lines += [_web_fill(s, rng, org, tp) for s in _pick(rng, WEB_SERVICE, rng.randint(3, 5))]
        lines.append(_fill(rng.choice(tp.facts), org))
    elif sub == "council":
        lines.append(rng.choice(["Rådet för funktionshinderfrågor", "Funktionsrättsrådet", "Kommunala tillgänglighetsrådet",
                                 "Råd och samverkan"]))
        lines += [_web_fill(s, rng, org, tp) for s in _pick(rng, WEB_COUNCIL, rng.randint(3, 5))]
    elif sub == "news":
        doc, _ = _steering_title(rng, org, tp)
        lines.append(rng.choice([f"Nytt {tp.adj or 'funktionshinderspolitiskt'} program antaget", f"{doc} är antagen",
                                 f"Ny plan ska öka {tp.np.split()[-1]}", "Nyhet"]))
        if rng.random() < 0.5:
            lines.append(f"Publicerad {_date(rng)}")
        lines += [_web_fill(s, rng, org, tp) for s in _pick(rng, WEB_NEWS, rng.randint(3, 5))]
    else:  # a topic page
        lines.append(_cap(tp.np.replace("politiken", "")) if rng.random() < 0.6 else rng.choice(["Tillgänglighet", "Funktionsrätt", "Delaktighet och tillgänglighet", "Stöd och omsorg"]))
        lines.append(rng.choice([f"{org.name} arbetar för att alla ska kunna ta del av samhället.",
                                 f"Här finns information om hur {org.the} arbetar med {tp.np}.",
                                 f"I {org.name} vill vi att alla ska ha ett aktivt liv.",
                                 "Tillgänglighet är bra för alla men nödvändigt för vissa."]))
        lines += [_fill(s, org) for s in _pick(rng, tp.facts, rng.randint(2, 4))]
        if rng.random() < 0.5:
            lines.append(_web_fill(rng.choice(WEB_ABOUT_DOC), rng, org, tp))
        if rng.random() < 0.4:
            lines.append(_web_fill(rng.choice(WEB_SERVICE), rng, org, tp))
    if furniture or (not bare and rng.random() < 0.3):
        lines += [_web_fill(x, rng, org, tp) for x in rng.choice(WEB_BOTTOM)]
    return Page(lines, lines[0], f"other/web-{sub}{'' if furniture else '-bare'}")


@other_kind("government", 2.5)
def _government(rng: random.Random) -> Page:
    """Bills, inquiries, memoranda, commissions and press releases of the government and agencies."""
    tp = _topic(rng)
    year = rng.randint(2000, 2025)
    dept = rng.choice(["Socialdepartementet", "Arbetsmarknadsdepartementet", "Kulturdepartementet", "Finansdepartementet"])
    subject = rng.choice([f"en nationell strategi för {tp.np}", f"{tp.np}", f"en ny lag om {tp.np}",
                          "uppföljningen av funktionshinderspolitiken", f"en handlingsplan för {tp.np}",
                          "genomförandet av funktionshinderskonventionen"])
    sub = rng.choice(["prop", "sou", "ds", "skr", "uppdrag", "press", "news", "dir"])
    lines: list[str] = []
    if sub == "prop":
        lines += [f"Prop. {year}/{str(year + 1)[2:]}:{rng.randint(1, 250)}", _cap(subject),
                  "Regeringen överlämnar denna proposition till riksdagen.", f"Stockholm den {rng.randint(1, 28)} mars {year + 1}",
                  _person(rng), f"{_person(rng)} ({dept})", "Propositionens huvudsakliga innehåll",
                  f"I propositionen föreslår regeringen {rng.choice(['ändringar i lagen', 'ett nytt mål', 'en ny lag'])} om {tp.np}."]
    elif sub == "sou":
        lines += [f"SOU {year}:{rng.randint(1, 99)}", _cap(subject), f"Betänkande av {rng.choice(['Utredningen om', 'Kommittén för'])} {tp.np}",
                  f"Till statsrådet och chefen för {dept}",
                  f"Regeringen beslutade den {rng.randint(1, 28)} juni {year - 1} att tillkalla en särskild utredare med uppdrag att se över {tp.np}."]
    elif sub == "ds":
        lines += [f"Ds {year}:{rng.randint(1, 60)}", _cap(subject), "Promemorians huvudsakliga innehåll",
                  f"I promemorian lämnas förslag om {tp.np}."]
    elif sub == "skr":
        lines += [f"Regeringens skrivelse {year}/{str(year + 1)[2:]}:{rng.randint(1, 200)}", f"Uppföljning av {subject}",
                  "Regeringen överlämnar denna skrivelse till riksdagen.", "Skrivelsens huvudsakliga innehåll",
                  f"I skrivelsen redogör regeringen för arbetet med {tp.np}."]
    elif sub == "dir":
        lines += ["Kommittédirektiv", _cap(subject), f"Dir. {year}:{rng.randint(1, 130)}",
                  f"Beslut vid regeringssammanträde den {rng.randint(1, 28)} april {year}",
                  "Sammanfattning", f"En särskild utredare ska se över {tp.np}."]
    elif sub == "uppdrag":
        lines += [rng.choice(["Regeringsbeslut", "Regeringsbeslut III:4"]), f"{_date(rng, year)} {rng.choice(['S', 'A', 'Ku'])}{year}/{rng.randint(1000, 9999)}",
                  rng.choice(AGENCIES), f"Uppdrag att {rng.choice(['ta fram förslag till', 'följa upp', 'utvärdera'])} {subject}",
                  "Regeringens beslut", f"Regeringen ger {rng.choice(AGENCIES)} i uppdrag att {rng.choice(tp.goals)}."]
    elif sub == "press":
        lines += [rng.choice(["Pressmeddelande", "Pressmeddelande från " + dept]), f"{_date(rng, year)}",
                  f"Regeringen satsar på {tp.np}",
                  f"Regeringen ger i dag {rng.choice(AGENCIES)} i uppdrag att {rng.choice(tp.goals)}.",
                  f"– Det här är en viktig reform, säger {rng.choice(['socialministern', 'socialtjänstministern', 'kulturministern'])} {_person(rng)}."]
    else:
        lines += [_cap(rng.choice([f"Regeringen tar nästa steg för {tp.np}", f"Stärkt arbete med {tp.np}",
                                   f"Satsningar inom {tp.np}", f"Nytt uppdrag om {tp.np}"])),
                  f"Regeringen har i dag beslutat om {subject}.",
                  f"{rng.choice(AGENCIES)} får i uppdrag att {rng.choice(tp.goals)}.",
                  f"– Alla ska kunna delta i samhället på lika villkor, säger {rng.choice(['socialtjänstministern', 'statsrådet'])} {_person(rng)}.",
                  "Uppdraget ska redovisas senast den 31 mars."]
    lines += [s for s in _pick(rng, tp.facts, rng.randint(1, 3))]
    return Page([_fill(x, _org(rng)) for x in lines], lines[1] if len(lines) > 1 else lines[0], f"other/government-{sub}")


@other_kind("publication", 1.5)
def _publication(rng: random.Random) -> Page:
    """Agency and association publications: knowledge support, brochures, inspiration material."""
    tp = _topic(rng)
    agency = rng.choice([*AGENCIES, "Sveriges Kommuner och Regioner", "Funktionsrätt Sverige"])
    year = rng.randint(2005, 2025)
    title = rng.choice([f"{_cap(tp.np)} – vad gör kommunerna?", f"Att arbeta med {tp.np}", f"{_cap(tp.np)} i praktiken",
                        f"Kunskapsstöd om {tp.np}", f"Goda exempel på {tp.np}", f"{_cap(tp.np)} på hemmaplan",
                        f"Inspiration för arbetet med {tp.np}"])
    lines = [title]
    if rng.random() < 0.6:
        lines += [f"© {agency} {year}", f"ISBN 978-91-{rng.randint(10000, 99999)}-{rng.randint(10, 99)}-{rng.randint(0, 9)}",
                  rng.choice([f"Tryck: {rng.choice(['Taberg Media', 'Elanders', 'Åtta45'])}", f"Foto: {_person(rng)}",
                              f"Artikelnummer {year}-{rng.randint(1, 12)}-{rng.randint(1, 40)}"])]
    lines.append(rng.choice(["Förord", "Inledning", "Om denna skrift"]))
    lines.append(rng.choice([
        f"Syftet med denna skrift är att inspirera kommuner i arbetet med {tp.np}.",
        f"Denna publikation riktar sig till dig som arbetar med {tp.np} i kommun eller region.",
        f"I den här skriften har vi samlat exempel från kommuner som har kommit långt i arbetet med {tp.np}.",
        f"{agency} har i uppdrag att sprida kunskap om {tp.np}.",
    ]))
    lines += [_fill(s, _org(rng)) for s in _pick(rng, tp.facts, rng.randint(2, 3))]
    return Page(lines, title, "other/publication")


@other_kind("easy-read", 0.5)
def _easy(rng: random.Random) -> Page:
    org, tp = _org(rng), _topic(rng)
    title, _ = _steering_title(rng, org, tp)
    lines = [rng.choice(["Lättläst", "Lättläst version", "Lättläst:"]) + " " + title,
             f"{org.name} vill att alla ska kunna vara med i samhället.",
             f"Därför har {org.the} en {rng.choice(['plan', 'policy'])}.",
             "Det betyder att alla ska få vara med och bestämma.",
             "Här kan du läsa om vad det betyder för dig."]
    return Page(lines, title, "other/easy-read")


@other_kind("calendar", 0.5)
def _calendar(rng: random.Random) -> Page:
    months = ["JANUARI", "FEBRUARI", "MARS", "APRIL", "MAJ", "JUNI", "AUGUSTI", "SEPTEMBER", "OKTOBER", "NOVEMBER", "DECEMBER"]
    tasks = ["Uppföljning av delår", "Bokslut", "Prognos", "Lönerevision", "Medarbetarsamtal", "Skyddsrond",
             "Egenkontroll", "Semesterplanering", "Verksamhetsberättelse", "Internkontrollplan", "Riskanalys",
             "Brandövning", "Budget nästkommande år", "Patientsäkerhetsberättelse"]
    lines = [rng.choice(["Årshjul", "Årsplan", "Att göra för chefer", "Planeringskalender"]) + f" {rng.randint(2020, 2027)}"]
    for m in _pick(rng, months, rng.randint(4, 8)):
        lines.append(m)
        for task in _pick(rng, tasks, rng.randint(1, 3)):
            lines.append(f"• {task}")
    return Page(lines, lines[0], "other/calendar")


@other_kind("land-use", 0.5)
def _land_use(rng: random.Random) -> Page:
    org = _org(rng, 0.0)
    place = rng.choice(["Eken 4", "Centrum 1:12", "Norra hamnen", "Björkdalen etapp 2", "Skolan 3"])
    lines = [org.name, rng.choice(["Detaljplan för", "Planbeskrivning – detaljplan för", "Samrådshandling. Detaljplan för"]) + f" {place}",
             rng.choice(["Samrådshandling", "Granskningshandling", "Antagandehandling"]),
             "Planens syfte", f"Syftet med detaljplanen är att möjliggöra bostäder och en förskola inom {place}.",
             "Planeringsförutsättningar", "Området omfattas av översiktsplanen och är utpekat för förtätning.",
             "Planprocessen", "Detaljplanen handläggs med standardförfarande enligt plan- och bygglagen."]
    return Page(lines, lines[1], "other/land-use")


# ------------------------------------------------------------------- wrappers


def wrap_transcript(rng: random.Random, title: str, text: str) -> tuple[str, str]:
    """The text as a site hosting transcripts of PDFs shows it (noise to see through)."""
    if rng.random() < 0.5:
        head = [title, "", "Storlek: px", "Starta visningen från sidan:", "", f'Download "{title}"', "", "Transkript", ""]
        body_lines = [ln for ln in text.split("\n") if ln.strip()]
        page, out, cur = 1, [], []
        for ln in body_lines:
            cur.append(ln)
            if len(" ".join(cur)) > rng.randint(250, 700):
                out.append(f"{page} " + " ".join(cur))
                page, cur = page + 1, []
        if cur:
            out.append(f"{page} " + " ".join(cur))
        return "\n".join(head + out), "docplayer"
    head = ["• No results found", "", title, "", "N/A", "N/A", "Protected", "", f"Academic year: {rng.randint(2019, 2023)}",
            "", f'Share "{title}"', "", "Copied!", str(rng.randint(3, 90)), "0", "0", "", "Loading.... (view fulltext now)",
            "", "Full text", "", "(1)", ""]
    return "\n".join(head) + "\n" + text, "5dok"


def wrap_web(rng: random.Random, org: Org, text: str) -> str:
    top = [x.replace("{org}", org.name) for x in rng.choice(WEB_TOP)]
    bottom = [x.replace("{date}", _date(rng)).replace("{n}", "1") for x in rng.choice(WEB_BOTTOM)]
    return "\n".join([*top, "", text, "", *bottom])


# --------------------------------------------------------------------- generate

#: Records per label. Other is the largest class, as among the documents a harvester finds.
COUNTS = {"strategy": 110, "programme": 140, "plan": 160, "policy": 120, "guideline": 140, "other": 520}


def _render(page: Page, rng: random.Random) -> str:
    text = "\n".join(page.lines)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return _truncate(text.strip(), rng)


#: Records per label of pages without any explicit signal (see ``steering(bare=True)``).
BARE_COUNTS = {"strategy": 40, "programme": 50, "plan": 60, "policy": 45, "guideline": 50, "other": 160}
#: Kinds of "other" page that carry no explicit marker once their header is gone.
_BARE_OTHER = ("web", "web", "web", "publication", "report", "government", "agreement", "routine", "calendar")


def generate(seed: int = 4, counts: dict[str, int] | None = None, bare: bool = False) -> list[dict]:
    """The synthetic training records: ``{"text", "label", "note"}``, the same for the same seed.

    With ``bare``, pages without explicit signals: steering documents stripped of every self-naming,
    other documents without their header lines (and, for web pages, without site furniture).
    """
    rng = random.Random(seed)
    counts = counts or (BARE_COUNTS if bare else COUNTS)
    records: list[dict] = []
    for label, n in counts.items():
        for i in range(n):
            if label == "other":
                names = [k for k, _ in OTHER_KINDS]
                weights = [w for _, w in OTHER_KINDS]
                kind = rng.choice(_BARE_OTHER) if bare else rng.choices(names, weights)[0]
                page = _web(rng, furniture=False) if bare and kind == "web" else _OTHER_MAKERS[kind](rng)
                if bare:
                    keep = [ln for ln in page.lines if ln.strip()]
                    page.lines = keep[rng.randint(1, min(3, max(1, len(keep) - 2))):]
                    page.kind += "/bare"
            else:
                page = steering(rng, label, bare=bare)
            text = _render(page, rng)
            note = f"synthetic {page.kind} #{i} (miner/classify/synth.py, seed {seed})"
            r = rng.random()
            if r < 0.22 and not page.kind.startswith("other/web"):
                text, site = wrap_transcript(rng, page.title, text)
                note += f", wrapped as a {site} transcript"
            elif label != "other" and r < 0.26 and not bare:
                # The document itself published as a web page ("Webbversion" / "Här presenteras ...").
                org = _org(rng)
                intro = rng.choice(["Webbversion", f"Här presenteras {org.the_gen} {page.title.lower()}."])
                text = wrap_web(rng, org, intro + "\n" + text)
                note += ", published as a web page that presents itself as the document"
            records.append({"text": text, "label": label, "note": note})
    return records


def mix(records: list[dict], seed: int, share: float = 0.35) -> list[dict]:
    """Pages whose voice is partly borrowed: ``share`` of each page's lines replaced by lines of a page
    of another label (a web page quoting a programme, a programme describing a service). Used to
    calibrate the model's confidence: on cleanly generated pages it would be right every time, and a
    temperature fitted there would promise certainty that real pages do not give."""
    rng = random.Random(seed)
    out = []
    for r in records:
        lines = [ln for ln in r["text"].split("\n") if ln.strip()]
        donor = rng.choice([d for d in records if d["label"] != r["label"]])
        dl = [ln for ln in donor["text"].split("\n") if ln.strip()]
        for _ in range(max(1, round(share * len(lines)))):
            if len(lines) > 1 and dl:
                lines[rng.randrange(1, len(lines))] = rng.choice(dl)
        out.append({"text": "\n".join(lines), "label": r["label"],
                    "note": r["note"] + f", {int(share * 100)}% of lines from another label's page (seed {seed})"})
    return out


__all__ = ["BARE_COUNTS", "COUNTS", "TOPICS", "generate", "mix", "wrap_transcript", "wrap_web"]
