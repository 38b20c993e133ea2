"""Botkyrka kommun: Riktlinjer för tillgänglig kommunikation (guideline; template cover listing every type)."""

from ._common import H1, H2, UL, A, Cover, Doc, G, P, PageBreak, Row, Table, Theme

SYFTE = ("Syftet med riktlinjerna är att alla invånare, oavsett funktionsförmåga, ska kunna ta del av "
         "kommunens information och kommunicera med kommunen på lika villkor.")

K = "Kommunledningsförvaltningen"
ALLA = "Samtliga förvaltningar"


def _req(text: str, *, articles: tuple[int, ...], who: tuple[str, ...] = (ALLA,), **kw) -> G:
    return G(text, level="subgoal", parent=SYFTE, articles=articles, responsible=who, **kw)


DOC = Doc(
    file="botkyrka_riktlinje_tillganglig-kommunikation_2024.pdf",
    organisation="Botkyrka kommun",
    kommunkod="0127",
    doc_type="guideline",
    stated_type="riktlinjer",
    title="Riktlinjer för tillgänglig kommunikation",
    adopted_by="Kommunstyrelsen",
    adopted_date="2024-03-11",
    diarienummer="KS/2024:215",
    valid_until="2027-12-31",
    validity="2024-03-11 – 2027-12-31",
    articles=(2, 8, 9, 21, 29),
    actors=[
        A("Kommunstyrelsen", "committee", "adopting", aliases=("kommunstyrelsen",)),
        A("Kommunledningsförvaltningen", "department", "owner", "responsible", "follows-up"),
        A("Kommunikationsavdelningen", "department", "responsible"),
        A("Samtliga förvaltningar", "department", "responsible", aliases=("förvaltningarna",)),
        A("Funktionsrättsrådet", "council", "consulted"),
        A("Myndigheten för digital förvaltning", "agency", "mentioned", aliases=("Digg",)),
        A("Synskadades Riksförbund", "civil-society", "consulted", aliases=("SRF",)),
        A("Hörselskadades Riksförbund", "civil-society", "consulted", aliases=("HRF",)),
        A("FUB", "civil-society", "consulted"),
    ],
    notes=("The cover carries the municipality's template row 'Strategi Program Plan Policy Riktlinjer "
           "Regler' with 'Riktlinjer' highlighted only by a coloured box; the type must come from the title "
           "and the 'Dokumenttyp' field, not from the row. 13 § förvaltningslagen and the språklag are not "
           "CRPD articles. Article 2 is cited explicitly for its definition of communication. Requirements "
           "(a-n) are recorded as subgoals under the purpose statement."),
    theme=Theme(body_font="Helvetica", body_size=11, leading=15.5, heading_sizes=(14, 11.5, 10.5),
                heading_color="#7a1f5c", accent="#7a1f5c", justify=False, hyphenate=False, numbered=True,
                header=("Riktlinjer för tillgänglig kommunikation", "KS/2024:215"), footer="{n} ({m})",
                footer_left="Botkyrka kommun", margins=(72, 72, 76, 70)),
    cover=Cover(
        title="Riktlinjer för tillgänglig kommunikation",
        style="template",
        template_types=("Strategi", "Program", "Plan", "Policy", "Riktlinjer", "Regler"),
        highlighted="Riktlinjer",
        meta=[("Dokumenttyp:", "Riktlinjer"), ("Fastställd av:", "Kommunstyrelsen"),
              ("Fastställd:", "2024-03-11, § 41"), ("Diarienummer:", "KS/2024:215"),
              ("Dokumentet gäller för:", "Samtliga förvaltningar"),
              ("Dokumentansvarig:", "Kommunikationsdirektör, kommunledningsförvaltningen"),
              ("Giltig till:", "2027-12-31"), ("Senast reviderad:", "–")],
        back=('Botkyrka kommun', 'Kommunledningsförvaltningen', 'botkyrka.se'),
    ),
    features=("template cover row Strategi…Regler with one word highlighted", "lettered lists a)",
              "footer with fixed left text", "header = title + dnr", "explicit art. 2 mention",
              "förvaltningslagen/språklag traps"),
    body=[
        H1("Inledning"),
        P("Botkyrka kommun har ett ansvar för att alla invånare får den information de behöver för att "
          "kunna använda kommunens service, påverka beslut och ta tillvara sina rättigheter. Många invånare "
          "har svårt att ta del av information som bara finns i en form, till exempel som en lång text på "
          "webben eller som en blankett i pdf-format."),
        H2("Syfte"),
        P(G(SYFTE, level="overall", responsible=(ALLA,), articles=(21,)), "Riktlinjerna konkretiserar "
          "kommunens kommunikationspolicy och beskriver de krav som gäller för all kommunikation från "
          "kommunen."),
        H2("Vem gäller riktlinjerna för?"),
        P("Riktlinjerna gäller för alla medarbetare i Botkyrka kommun och för den som utför uppdrag åt "
          "kommunen, till exempel konsulter och byråer. Kommunens bolag rekommenderas att tillämpa dem."),
        H1("Utgångspunkter"),
        P("Kommunens arbete med tillgänglig kommunikation utgår från lag och från de mänskliga "
          "rättigheterna. De viktigaste utgångspunkterna är:"),
        UL("Lagen (2018:1937) om tillgänglighet till digital offentlig service, som ställer krav på att "
           "webbplatser och appar ska uppfylla standarden EN 301 549 och att det ska finnas en "
           "tillgänglighetsredogörelse.",
           "Språklagen (2009:600), som anger att språket i offentlig verksamhet ska vara vårdat, enkelt och "
           "begripligt.",
           "13 § förvaltningslagen (2017:900), som säger att en myndighet ska använda tolk och se till att "
           "innehållet i handlingar översätts när det behövs.",
           "FN:s konvention om rättigheter för personer med funktionsnedsättning, framför allt artikel 9 om "
           "tillgänglighet och artikel 21 om yttrandefrihet och tillgång till information.",
           marker="–"),
        P("Konventionens artikel 2 definierar kommunikation brett. Det inkluderar språk, textning, "
          "punktskrift, taktil kommunikation, storstil, lättläst, uppläsning och alternativa och "
          "kompletterande kommunikationssätt. Det är den breda definitionen som gäller i Botkyrka."),
        P("Myndigheten för digital förvaltning (Digg) är tillsynsmyndighet för lagen om tillgänglighet till "
          "digital offentlig service och tar emot anmälningar om brister."),
        H1("Krav på kommunens kommunikation"),
        H2("Skriftlig information", area=True),
        UL(_req("Alla texter som riktar sig till invånare ska skrivas enligt klarspråksprinciperna.",
                articles=(21,)),
           _req("Information som är viktig för att kunna ansöka om stöd eller service ska också finnas på "
                "lättläst svenska.", articles=(21,)),
           _req("Dokument som publiceras ska vara tillgängliga för skärmläsare, med rubrikstruktur, "
                "alternativtext till bilder och korrekt angivet språk.", articles=(9, 21)),
           _req("Den som behöver information i punktskrift, storstil eller som ljudfil ska kunna få det "
                "utan extra kostnad.", articles=(21,)), marker="a)"),
        H2("Webb och digitala kanaler", area=True),
        UL(_req("Kommunens webbplatser och e-tjänster ska uppfylla nivå AA i WCAG 2.1.",
                articles=(9, 21), who=("Kommunikationsavdelningen",)),
           _req("Varje webbplats ska ha en aktuell tillgänglighetsredogörelse som ses över minst en gång "
                "per år.", articles=(9,), who=("Kommunikationsavdelningen",), deadline="årligen"),
           _req("Nya e-tjänster ska testas med användare med olika funktionsnedsättningar innan de tas i "
                "bruk.", articles=(9, 21), who=(ALLA,)),
           _req("Kommunen ska inte publicera information enbart i sociala medier.", articles=(21,),
                who=("Kommunikationsavdelningen",)), marker="a)", start=5),
        H2("Film och rörlig bild", area=True),
        UL(_req("All film som kommunen publicerar ska textas.", articles=(21,)),
           _req("Filmer där viktig information bara visas i bild ska syntolkas.", articles=(21,)),
           _req("Viktig samhällsinformation ska finnas på svenskt teckenspråk.", articles=(21,),
                who=("Kommunikationsavdelningen",)), marker="a)", start=9),
        H2("Möten och evenemang", area=True),
        P("Vid möten, samråd och evenemang som kommunen arrangerar gäller följande:"),
        UL(_req("Lokalen ska vara tillgänglig och ha fungerande hörslinga.", articles=(9,)),
           _req("I inbjudan ska det framgå hur man anmäler behov av tolk, ledsagning eller annan "
                "anpassning.", articles=(9, 21, 29)),
           _req("Presentationer ska ha god kontrast, tydligt typsnitt och läsas upp eller beskrivas "
                "muntligt.", articles=(21,)), marker="a)", start=12),
        H2("Bemötande"),
        P("Medarbetare som har kontakt med invånare ska ha grundläggande kunskap om hur man kommunicerar "
          "med personer med olika funktionsnedsättningar, till exempel hörselnedsättning, afasi eller "
          "intellektuell funktionsnedsättning. Kommunledningsförvaltningen erbjuder utbildning två gånger "
          "per år. Utbildningen har tagits fram tillsammans med Synskadades Riksförbund (SRF), "
          "Hörselskadades Riksförbund (HRF) och FUB."),
        H1("Ansvar"),
        P("Varje förvaltningschef ansvarar för att riktlinjerna är kända och följs i den egna förvaltningen. "
          "Kommunikationsavdelningen inom kommunledningsförvaltningen ger stöd, håller mallar och verktyg "
          "uppdaterade och ansvarar för kommunens gemensamma webbplats."),
        P("Funktionsrättsrådet har yttrat sig över riktlinjerna och ska få information om resultatet av "
          "uppföljningen."),
        H1("Uppföljning"),
        P("Kommunledningsförvaltningen följer upp riktlinjerna årligen genom stickprov av publicerade "
          "dokument och filmer, genom automatiska tester av webbplatserna och genom en enkät till "
          "förvaltningarna. Resultatet redovisas för kommunstyrelsen i samband med årsredovisningen."),
        PageBreak(),
        H1("Bilaga. Checklista för tillgängliga dokument", numbered=False, big=True),
        P("Checklistan är ett stöd när du skapar dokument som ska publiceras. Den ersätter inte kraven i "
          "avsnitt 3."),
        Table(["Kontrollpunkt", "Hur du gör", "Klart"], [
            Row(["Rubriker är formaterade som rubriker", "Använd formatmallarna Rubrik 1–3 i mallen", ""]),
            Row(["Bilder har alternativtext", "Beskriv vad bilden visar och varför den finns med", ""]),
            Row(["Tabeller har rubrikrad", "Markera första raden som rubrikrad", ""]),
            Row(["Dokumentets språk är angivet", "Ange svenska i dokumentegenskaperna", ""]),
            Row(["Kontrasten är tillräcklig", "Använd kommunens färgpalett, undvik ljusgrå text", ""]),
            Row(["Länkar är beskrivande", "Skriv vart länken leder i stället för ”klicka här”", ""]),
            Row(["Dokumentet har en titel", "Fyll i titel i dokumentegenskaperna", ""]),
            Row(["Dokumentet är testat", "Kör tillgänglighetskontrollen innan du sparar som pdf", ""]),
        ], widths=[0.38, 0.5, 0.12], kind="grid", font_size=9.5, repeat_header=False),
    ],
)
