"""Jönköpings kommun: Strategi för delaktighet och tillgänglighet (strategy; unnumbered headings, two-column glossary)."""

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
    Row,
    Table,
    Theme,
    Toc,
    TwoColumnEnd,
    TwoColumnStart,
)

VISION = "Jönköpings kommun ska vara en kommun där alla kan leva, bo och verka på lika villkor."

I1 = "Kommunens miljöer, lokaler, information och tjänster ska vara tillgängliga från början."
I2 = "Alla som arbetar i kommunen ska ha kunskap om funktionsnedsättning och ett respektfullt bemötande."
I3 = "Personer med funktionsnedsättning ska ha inflytande över sitt stöd och kunna leva ett självständigt liv."
I4 = "Skillnaderna i hälsa mellan personer med funktionsnedsättning och övriga befolkningen ska minska."
I5 = "Fler personer med funktionsnedsättning ska kunna försörja sig genom eget arbete."

KS = "Kommunstyrelsen"
SOC = "Socialnämnden"
TN = "Tekniska nämnden"
SBN = "Stadsbyggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
AMN = "Arbetsmarknadsnämnden"
ALLA = "Samtliga nämnder"

DOC = Doc(
    file="jonkoping_strategi_delaktighet-tillganglighet_2023.pdf",
    organisation="Jönköpings kommun",
    kommunkod="0680",
    doc_type="strategy",
    stated_type="strategi",
    title="Strategi för delaktighet och tillgänglighet 2023–2030",
    adopted_by="Kommunfullmäktige",
    adopted_date="2023-05-25",
    diarienummer="KS 2023/0412",
    valid_until="2030",
    validity="2023–2030",
    articles=(8, 9, 12, 19, 21, 25, 26, 27, 28, 29),
    actors=[
        A("Kommunfullmäktige", "committee", "adopting", aliases=("kommunfullmäktige",)),
        A("Kommunstyrelsen", "committee", "responsible", "follows-up", aliases=("kommunstyrelsen",)),
        A("Stadskontoret", "department", "owner"),
        A("Socialnämnden", "committee", "responsible", aliases=("socialnämndens", "socialnämnden")),
        A("Tekniska nämnden", "committee", "responsible"),
        A("Stadsbyggnadsnämnden", "committee", "responsible"),
        A("Kultur- och fritidsnämnden", "committee", "responsible"),
        A("Arbetsmarknadsnämnden", "committee", "responsible"),
        A("Samtliga nämnder", "committee", "responsible"),
        A("Vätterhem AB", "company", "responsible", aliases=("Vätterhem",)),
        A("Rådet för funktionshinderfrågor", "council", "consulted"),
        A("Region Jönköpings län", "region", "mentioned"),
        A("Folkhälsomyndigheten", "agency", "mentioned"),
        A("Autism- och Aspergerförbundet", "civil-society", "consulted"),
        A("NSPH Jönköping", "civil-society", "consulted"),
        A("DHR", "civil-society", "consulted"),
    ],
    notes=("Strategy with a vision, five strategic directions (inriktningar, subgoals) and 'Vi ska' "
           "commitments (actions). Headings are unnumbered. The indicator table is a measurement annex, not "
           "goals. Background cites Folkhälsomyndigheten figures; sentences there describe the situation, "
           "not goals. Article 12 is addressed by topic (supported decision-making), 26 by topic "
           "(habilitation, a regional responsibility), 28 by topic (income)."),
    theme=Theme(body_font="Times", body_size=12, leading=16.5, heading_sizes=(17, 13.5, 12),
                heading_color="#004f9f", accent="#004f9f", justify=True, hyphenate=True, numbered=False,
                header=("Strategi för delaktighet och tillgänglighet", None), header_rule=True,
                footer="Sida {n} ({m})", footer_align="left", margins=(74, 74, 78, 72)),
    cover=Cover(
        title="Strategi för delaktighet och tillgänglighet 2023–2030",
        subtitle="Jönköpings kommun",
        style="block",
        meta=[("Antagen av", "Kommunfullmäktige"), ("Antagen", "2023-05-25, § 142"),
              ("Diarienummer", "KS 2023/0412"), ("Giltighetstid", "2023–2030"),
              ("Dokumentansvarig", "Stadskontoret"), ("Uppföljning", "Årligen i årsredovisningen")],
        back=('Jönköpings kommun', 'Stadskontoret', 'jonkoping.se', '', 'Strategin finns även i en lättläst version.'),
    ),
    features=("cover", "TOC with unnumbered headings", "header = title only", "left footer",
              "two-column glossary page", "justified + hyphenated", "Times font", "zebra indicator table"),
    body=[
        Toc("Innehållsförteckning"),
        H1("Inledning"),
        P("Jönköpings kommun vill vara en kommun för alla. Ändå möter många invånare med "
          "funktionsnedsättning hinder som andra inte möter, i skolan, på arbetsmarknaden, i kontakten med "
          "kommunen och i fritidslivet. Den här strategin pekar ut riktningen för hur kommunen ska arbeta "
          "för att undanröja sådana hinder fram till 2030."),
        P("Strategin är kommunövergripande och gäller alla nämnder och de kommunala bolagen. Den har tagits "
          "fram av stadskontoret på uppdrag av kommunstyrelsen. Under arbetet har Rådet för "
          "funktionshinderfrågor, Autism- och Aspergerförbundet, NSPH Jönköping och DHR bidragit med "
          "synpunkter vid flera workshoppar."),
        H1("Varför behövs en strategi?"),
        P("Folkhälsomyndighetens undersökningar visar att personer med funktionsnedsättning oftare än andra "
          "har en sämre självskattad hälsa, oftare avstår från tandvård av ekonomiska skäl och i högre grad "
          "saknar någon att anförtro sig åt. Sysselsättningsgraden är lägre och inkomsterna är lägre. "
          "Skillnaderna har varit stabila under lång tid."),
        Figure("Figur 1. Andel som uppger bra eller mycket bra hälsa, personer med respektive utan "
               "funktionsnedsättning, 2014–2022.", kind="chart", height=150,
               values=(0.48, 0.76, 0.47, 0.77, 0.45, 0.75, 0.46, 0.76)),
        P("Kommunen har tidigare haft flera olika dokument på området, bland annat en tillgänglighetsplan och "
          "ett handikappolitiskt program. De har i olika grad styrt verksamheterna. Strategin samlar "
          "kommunens ambitioner i ett dokument och ska ge en tydligare styrning."),
        H2("Koppling till andra styrdokument"),
        P("Strategin konkretiseras i nämndernas verksamhetsplaner. Den ska läsas tillsammans med kommunens "
          "översiktsplan, bostadsförsörjningsprogram och riktlinjer för bostadsanpassning. Där ett annat "
          "styrdokument ställer mer långtgående krav gäller det dokumentet."),
        H1("Vision"),
        P(G(VISION, level="overall", responsible=(KS,), deadline="2030"), style="lead"),
        P("Visionen ska nås genom fem strategiska inriktningar. Inriktningarna hänger ihop och ska inte "
          "ses som separata spår."),
        H1("Strategiska inriktningar"),
        H2("Tillgänglighet från början", area=True),
        P(B("Inriktning:"), G(I1, parent=VISION, articles=(9, 21), responsible=(ALLA,))),
        P("Det är både enklare och billigare att bygga tillgängligt från början än att åtgärda i efterhand. "
          "Principen om universell utformning ska därför vara vägledande i planering, upphandling och "
          "utveckling av nya tjänster."),
        P(B("Vi ska:")),
        UL(G("ställa krav på tillgänglighet i alla upphandlingar där det är relevant", level="action",
             parent=I1, articles=(9,), responsible=(ALLA,)),
           G("granska detaljplaner och bygglov utifrån tillgänglighet och användbarhet", level="action",
             parent=I1, articles=(9,), responsible=(SBN,)),
           G("prioritera snöröjning och halkbekämpning av gångvägar till viktiga målpunkter", level="action",
             parent=I1, articles=(9, 20), responsible=(TN,)),
           G("se till att kommunens digitala tjänster kan användas med hjälpmedel", level="action", parent=I1,
             articles=(9, 21), responsible=(KS,)), marker="–"),
        H2("Kunskap och bemötande", area=True),
        P(B("Inriktning:"), G(I2, parent=VISION, articles=(8,), responsible=(ALLA,))),
        P("Många personer med funktionsnedsättning beskriver att det största hindret är okunskap och "
          "fördomar. Bemötandet i kommunens verksamheter ska präglas av respekt för den enskildes "
          "självbestämmande och integritet."),
        P(B("Vi ska:")),
        UL(G("erbjuda alla nyanställda en introduktion i bemötande och tillgänglighet", level="action",
             parent=I2, articles=(8,), responsible=(KS,)),
           G("involvera personer med egen erfarenhet av funktionsnedsättning i utbildningarna", level="action",
             parent=I2, articles=(8, 29), responsible=(KS,)), marker="–"),
        H2("Självbestämmande och stöd", area=True),
        P(B("Inriktning:"), G(I3, parent=VISION, articles=(12, 19), responsible=(SOC,))),
        P("Stöd enligt LSS och socialtjänstlagen ska utformas tillsammans med den enskilde. Den som har svårt "
          "att fatta beslut själv ska få stöd att uttrycka sin vilja, så att insatserna utgår från personens "
          "egna önskemål. Socialnämndens uppföljningar visar att delaktigheten i genomförandeplanerna "
          "varierar mellan verksamheterna."),
        P(B("Vi ska:")),
        UL(G("utveckla metoder för stödda beslut inom socialnämndens verksamheter", level="action", parent=I3,
             articles=(12,), responsible=(SOC,)),
           G("öka antalet bostäder med särskild service i samarbete med Vätterhem", level="action", parent=I3,
             articles=(19,), responsible=(SOC, "Vätterhem AB")), marker="–"),
        H2("Jämlik hälsa", area=True),
        P(B("Inriktning:"), G(I4, parent=VISION, articles=(25,), responsible=(SOC, KFN))),
        P("Region Jönköpings län ansvarar för hälso- och sjukvård och habilitering, men kommunen har stora "
          "möjligheter att påverka hälsan genom boende, daglig verksamhet, skola och fritid."),
        P(B("Vi ska:")),
        UL(G("erbjuda hälsofrämjande aktiviteter i daglig verksamhet och i bostäder med särskild service",
             level="action", parent=I4, articles=(25,), responsible=(SOC,)),
           G("samverka med regionen så att övergången från barn- till vuxenhabilitering fungerar väl",
             level="action", parent=I4, articles=(26,), responsible=(SOC,)),
           G("utöka utbudet av anpassad idrott och motion i samarbete med föreningslivet", level="action",
             parent=I4, articles=(25, 30), responsible=(KFN,)), marker="–"),
        H2("Arbete och egen försörjning", area=True),
        P(B("Inriktning:"), G(I5, parent=VISION, articles=(27, 28), responsible=(AMN,))),
        P("Ett arbete ger inte bara inkomst utan också sammanhang och gemenskap. Kommunen ska som arbetsgivare "
          "föregå med gott exempel."),
        P(B("Vi ska:")),
        UL(G("skapa fler anställningar med stöd inom kommunens egna verksamheter", level="action", parent=I5,
             articles=(27,), responsible=(KS, AMN)),
           G("stärka övergången från gymnasiesärskolan till arbete eller studier", level="action", parent=I5,
             articles=(24, 27), responsible=(AMN,)), marker="–"),
        H1("Indikatorer"),
        P("Kommunstyrelsen följer strategin med hjälp av följande indikatorer. Målvärdena avser 2030."),
        Table(["Indikator", "Utgångsläge 2022", "Målvärde 2030"], [
            Row(["Andel publika lokaler fria från enkelt avhjälpta hinder", "61 %", "95 %"]),
            Row(["Andel medarbetare som genomgått introduktion i bemötande", "–", "100 %"]),
            Row(["Genomsnittlig väntetid till bostad med särskild service (dagar)", "214", "90"]),
            Row(["Andel brukare som upplever att de får bestämma om saker som är viktiga", "74 %", "90 %"]),
            Row(["Antal anställningar med stöd i kommunens verksamheter", "38", "120"]),
            Row(["Andel personer med funktionsnedsättning som deltar i föreningsliv", "22 %", "35 %"]),
        ], widths=[0.6, 0.2, 0.2], kind="zebra", font_size=9.5, repeat_header=False),
        H1("Ansvar och uppföljning"),
        P("Kommunstyrelsen har det samlade ansvaret för strategin. Varje nämnd ansvarar för att inriktningarna "
          "får genomslag i den egna verksamheten. Vätterhem AB ska beakta strategin i sin planering av "
          "nyproduktion och ombyggnad. Rådet för funktionshinderfrågor är ett viktigt forum för dialog om "
          "hur arbetet går."),
        P("Ett särskilt ansvar har stadsbyggnadsnämnden och tekniska nämnden för den fysiska miljön, "
          "socialnämnden för stöd och boende, kultur- och fritidsnämnden för fritid och hälsa och "
          "arbetsmarknadsnämnden för arbete och försörjning. Samtliga nämnder ansvarar för bemötande och "
          "tillgänglig information inom sina verksamheter."),
        P("Strategin följs upp årligen i årsredovisningen. Inför 2027 görs en halvtidsavstämning."),
        TwoColumnStart(),
        H1("Ordlista"),
        P(B("Enkelt avhjälpta hinder."), "Hinder mot tillgänglighet i lokaler dit allmänheten har tillträde och "
          "på allmänna platser som med hänsyn till nyttan och de praktiska och ekonomiska förutsättningarna "
          "är rimliga att åtgärda."),
        P(B("Funktionsnedsättning."), "En nedsättning av fysisk, psykisk eller intellektuell "
          "funktionsförmåga."),
        P(B("Funktionshinder."), "Den begränsning som en funktionsnedsättning innebär för en person i "
          "relation till omgivningen."),
        P(B("LSS."), "Lagen om stöd och service till vissa funktionshindrade. Ger rätt till insatser som "
          "personlig assistans, ledsagarservice och bostad med särskild service."),
        P(B("Stödda beslut."), "Arbetssätt där en person får stöd att fatta egna beslut i stället för att "
          "någon annan beslutar åt henne eller honom."),
        P(B("Universell utformning."), "Utformning av produkter, miljöer, program och tjänster så att de kan "
          "användas av alla människor, i så stor utsträckning som möjligt, utan behov av anpassning."),
        P(B("Tillgänglighetsdatabasen."), "En nationell databas med information om tillgängligheten i "
          "offentliga lokaler, där invånare kan se hur en lokal är utformad innan de besöker den."),
        P(B("Habilitering."), "Insatser som ska bidra till att en person med medfödd eller tidigt förvärvad "
          "funktionsnedsättning utvecklar och bibehåller bästa möjliga funktionsförmåga."),
        P(B("Daglig verksamhet."), "Insats enligt LSS för personer i yrkesverksam ålder som saknar arbete och "
          "inte utbildar sig."),
        TwoColumnEnd(),
    ],
)
