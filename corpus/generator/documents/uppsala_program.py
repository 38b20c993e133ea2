"""Uppsala kommun: Program för full delaktighet (programme, adopted by kommunfullmäktige)."""

from ._common import H1, H2, UL, A, B, Cover, Doc, Figure, G, P, PageBreak, Row, Table, Theme, Toc

OVERALL = ("Uppsala ska vara en kommun där personer med funktionsnedsättning har samma möjligheter "
           "som andra att delta i samhällslivet, bestämma över sitt eget liv och ta del av kommunens service.")

M_FYS = "Kommunens lokaler, gator, parker och lekplatser ska kunna användas av alla."
M_INFO = "Kommunens information ska vara tillgänglig, begriplig och möjlig att ta del av i olika format."
M_BO = "Personer med funktionsnedsättning ska kunna välja var och med vem de bor."
M_ARB = "Fler personer med funktionsnedsättning ska ha ett arbete eller en meningsfull sysselsättning."
M_UTB = "Barn och elever med funktionsnedsättning ska få det stöd de behöver för att nå målen i utbildningen."
M_KUL = "Kultur-, idrotts- och fritidsutbudet ska vara öppet och attraktivt för alla invånare."
M_INF = "Personer med funktionsnedsättning och deras organisationer ska ha reellt inflytande i frågor som rör dem."

DOC = Doc(
    file="uppsala_program_full-delaktighet_2022.pdf",
    organisation="Uppsala kommun",
    kommunkod="0380",
    doc_type="programme",
    stated_type="program",
    title="Program för full delaktighet för personer med funktionsnedsättning",
    adopted_by="Kommunfullmäktige",
    adopted_date="2022-06-13",
    diarienummer="KSN-2021-03012",
    valid_until="2030",
    validity="2022–2030",
    articles=(4, 7, 8, 9, 19, 20, 21, 24, 27, 28, 29, 30, 33),
    actors=[
        A("Kommunfullmäktige", "committee", "adopting", aliases=("kommunfullmäktige",)),
        A("Kommunstyrelsen", "committee", "responsible", "follows-up", aliases=("kommunstyrelsen",)),
        A("Kommunledningskontoret", "department", "owner"),
        A("Plan- och byggnadsnämnden", "committee", "responsible"),
        A("Gatu- och samhällsmiljönämnden", "committee", "responsible"),
        A("Omsorgsnämnden", "committee", "responsible", aliases=("omsorgsnämnden",)),
        A("Arbetsmarknadsnämnden", "committee", "responsible", aliases=("arbetsmarknadsnämnden",)),
        A("Utbildningsnämnden", "committee", "responsible", aliases=("utbildningsnämnden",)),
        A("Kulturnämnden", "committee", "responsible", aliases=("kulturnämnden",)),
        A("Idrotts- och fritidsnämnden", "committee", "responsible", aliases=("idrotts- och fritidsnämnden",)),
        A("Uppsalahem AB", "company", "responsible", aliases=("Uppsalahem",)),
        A("Kommunala funktionshinderrådet", "council", "consulted", aliases=("KFR",)),
        A("Myndigheten för delaktighet", "agency", "mentioned", aliases=("MFD",)),
        A("Funktionsrätt Uppsala län", "civil-society", "consulted"),
    ],
    notes=("Programme with one overall goal and seven goal areas, each with one goal and indented "
           "sub-goals. Section 2 quotes the national goal and its four directions as background (not the "
           "programme's own goals) and cites LSS 9 § and 5 kap. 7 § socialtjänstlagen, which are not CRPD "
           "articles. Annex 1 maps goal areas to articles (incl. 'Artikel 4.3, 29', 20 and 28). Article 29 is addressed by topic (influence of the disability council), 30 by topic "
           "(culture and leisure), 19 by topic (housing)."),
    theme=Theme(body_font="Helvetica", body_size=11.5, leading=16.5, heading_sizes=(17, 13, 11),
                heading_color="#00558c", accent="#00558c", justify=True, hyphenate=True, numbered=True,
                header=("Uppsala kommun", "Program för full delaktighet"), footer="Sida {n} ({m})"),
    cover=Cover(
        title="Program för full delaktighet för personer med funktionsnedsättning",
        subtitle="Uppsala kommuns program för funktionshinderspolitiken 2022–2030",
        style="block",
        meta=[("Dokumenttyp", "Program"), ("Beslutad av", "Kommunfullmäktige"),
              ("Beslutsdatum", "13 juni 2022, § 184"), ("Diarienummer", "KSN-2021-03012"),
              ("Giltighetstid", "2022–2030"), ("Dokumentansvarig", "Kommunledningskontoret"),
              ("Reviderad", "–")],
        back=('Uppsala kommun', 'Kommunledningskontoret', 'www.uppsala.se', '', 'Programmet finns i alternativa format och på lättläst svenska. Kontakta kommunens kontaktcenter.', 'Foto: Uppsala kommun'),
    ),
    features=("cover with metadata block", "TOC", "running header", "Sida n (m)", "numbered headings",
              "• bullets", "justified + hyphenated", "national-goal quote trap", "LSS/SoL traps"),
    body=[
        Toc("Innehåll"),
        H1("Förord", numbered=False, big=True),
        P("Alla som bor i Uppsala ska kunna leva ett gott liv, med möjlighet att arbeta, studera, ha en "
          "meningsfull fritid och vara med och påverka. För många invånare med funktionsnedsättning är det "
          "fortfarande inte så. Hinder i den fysiska miljön, information som inte går att ta del av och brist "
          "på bostäder begränsar vardagen."),
        P("Med det här programmet tar kommunfullmäktige ett samlat grepp om funktionshinderspolitiken fram "
          "till 2030. Programmet är ett löfte om att kommunen ska arbeta långsiktigt och systematiskt, och att "
          "personer med funktionsnedsättning själva ska vara med och forma arbetet."),
        P("Kommunstyrelsens ordförande", style="label"),
        PageBreak(),
        H1("Inledning"),
        P("Uppsala kommun har under många år arbetat för att göra kommunen tillgänglig för alla som bor, "
          "arbetar och vistas här. Det finns fortfarande hinder som gör att personer med funktionsnedsättning "
          "inte kan delta på lika villkor. Det gäller både fysiska hinder i den byggda miljön och hinder i "
          "form av bristande information, bemötande och attityder."),
        P("Programmet ersätter det tidigare handikappolitiska programmet från 2011 och har tagits fram i "
          "dialog med Kommunala funktionshinderrådet (KFR), Funktionsrätt Uppsala län och medlemsföreningar "
          "som företräder personer med olika funktionsnedsättningar. Under arbetet har också kommunens "
          "förvaltningar och bolag lämnat synpunkter."),
        Figure("Bild: Dialogmöte om programmet på Stadsbiblioteket i oktober 2021.", kind="photo", height=150),
        H2("Programmets syfte"),
        P("Syftet med programmet är att ge kommunens nämnder och bolag en gemensam riktning i arbetet med "
          "funktionshindersfrågor. Programmet anger vad kommunen vill uppnå fram till 2030. Hur målen ska nås "
          "beskrivs i nämndernas och bolagens verksamhetsplaner och i de handlingsplaner som tas fram för "
          "respektive målområde."),
        H2("Programmets status och tillämpning"),
        P("Programmet är ett styrdokument som har antagits av kommunfullmäktige och gäller för samtliga "
          "nämnder och helägda bolag. Det ska beaktas vid planering, budgetarbete, upphandling och "
          "verksamhetsutveckling. Kommunstyrelsen har ett samordnande ansvar för programmet medan varje "
          "nämnd och bolagsstyrelse ansvarar för genomförandet inom sitt eget verksamhetsområde."),
        H1("Utgångspunkter"),
        H2("FN:s konvention om rättigheter för personer med funktionsnedsättning"),
        P("Sverige ratificerade FN:s konvention om rättigheter för personer med funktionsnedsättning år 2008 "
          "och den trädde i kraft för Sveriges del den 14 januari 2009. Konventionen förtydligar vad de "
          "mänskliga rättigheterna innebär för personer med funktionsnedsättning. Enligt artikel 4 har "
          "konventionsstaterna åtagit sig att vidta alla lämpliga åtgärder för att genomföra rättigheterna, "
          "och åtagandet gäller alla delar av den offentliga sektorn, också kommunerna. Artikel 33 handlar om "
          "genomförande och övervakning på nationell nivå."),
        P("Programmets målområden utgår från konventionens artiklar. Under varje målområde anges vilka "
          "artiklar som i första hand berörs. Konventionen ska dock läsas som en helhet och de allmänna "
          "principerna om icke-diskriminering, delaktighet och tillgänglighet gäller för alla områden."),
        H2("Det nationella målet för funktionshinderspolitiken"),
        P("Riksdagen beslutade 2017 om ett nationellt mål för funktionshinderspolitiken. Målet lyder:"),
        P("Med FN:s konvention om rättigheter för personer med funktionsnedsättning som utgångspunkt är "
          "målet att uppnå jämlikhet i levnadsvillkor och full delaktighet för personer med "
          "funktionsnedsättning i ett samhälle med mångfald som grund.", style="quote"),
        P("Målet ska bidra till ökad jämställdhet och till att barnrättsperspektivet tas till vara. "
          "Genomförandet ska inriktas på fyra områden:"),
        UL("principen om universell utformning,",
           "befintliga brister i tillgängligheten,",
           "individuella stöd och lösningar för individens självständighet, samt",
           "att förebygga och motverka diskriminering.", marker="–"),
        P("Det nationella målet och inriktningarna är en utgångspunkt för programmet men ersätter inte "
          "kommunens egna mål, som beskrivs i avsnitt 3 och 4."),
        H2("Lagstiftning"),
        P("Flera lagar reglerar kommunens ansvar. Diskrimineringslagen (2008:567) förbjuder diskriminering som "
          "har samband med funktionsnedsättning, och bristande tillgänglighet är en form av diskriminering. "
          "Lagen (1993:387) om stöd och service till vissa funktionshindrade, LSS, ger rätt till de insatser "
          "som räknas upp i LSS 9 §. Enligt 5 kap. 7 § socialtjänstlagen ska socialnämnden verka för att "
          "människor som av fysiska, psykiska eller andra skäl möter betydande svårigheter i sin livsföring "
          "får möjlighet att delta i samhällets gemenskap och att leva som andra. Plan- och bygglagen ställer "
          "krav på tillgänglighet i byggnader och på allmänna platser."),
        H2("Begrepp"),
        P("I programmet används Socialstyrelsens terminologi. Med funktionsnedsättning avses en nedsättning av "
          "fysisk, psykisk eller intellektuell funktionsförmåga. Funktionshinder är den begränsning som en "
          "funktionsnedsättning innebär för en person i relation till omgivningen. Ett funktionshinder "
          "uppstår alltså i mötet mellan individen och en miljö som inte är anpassad."),
        H2("Nuläge i Uppsala"),
        P("Det finns ingen heltäckande statistik över hur många invånare i Uppsala som har en "
          "funktionsnedsättning. Utifrån nationella undersökningar kan antalet uppskattas till omkring 45 000 "
          "personer i vuxen ålder. Drygt 2 500 personer har insatser enligt LSS och cirka 1 400 har stöd "
          "enligt socialtjänstlagen på grund av psykisk funktionsnedsättning."),
        P("Kommunens uppföljning av det tidigare programmet visade att arbetet med fysisk tillgänglighet har "
          "gett resultat: andelen publika lokaler som är fria från enkelt avhjälpta hinder har ökat från 48 till "
          "71 procent sedan 2015. Inom andra områden har utvecklingen varit svagare. Väntetiden till bostad "
          "med särskild service har ökat, och andelen personer med funktionsnedsättning som har ett arbete "
          "har inte förändrats."),
        Figure("Figur 1. Andel publika lokaler fria från enkelt avhjälpta hinder 2015–2021.", kind="chart",
               height=140, values=(0.48, 0.52, 0.55, 0.6, 0.63, 0.68, 0.71)),
        H1("Övergripande mål"),
        P("Kommunfullmäktige har fastställt följande övergripande mål för programperioden:"),
        P(G(OVERALL, level="overall", deadline="2030", responsible=("Kommunstyrelsen",)), style="lead"),
        P("Målet ska uppnås genom att nämnder och bolag arbetar med de sju målområden som beskrivs i nästa "
          "avsnitt. Målområdena är inte rangordnade."),
        H1("Målområden"),
        H2("Fysisk tillgänglighet", area=True),
        P("Målområdet kopplar till konventionens artikel 9 om tillgänglighet. Många av kommunens äldre lokaler "
          "har brister i form av tunga dörrar, nivåskillnader och dålig ljudmiljö. I stadsmiljön är det "
          "särskilt snöröjning, tillfälliga byggarbetsplatser och felparkerade elsparkcyklar som skapar "
          "hinder."),
        P(B("Mål:"), G(M_FYS, level="subgoal", parent=OVERALL, articles=(9,), deadline="2030",
                     responsible=("Plan- och byggnadsnämnden", "Gatu- och samhällsmiljönämnden"))),
        UL(G("Alla enkelt avhjälpta hinder i kommunens publika lokaler ska vara åtgärdade senast 2026.",
             parent=M_FYS, articles=(9,), deadline="2026", responsible=("Kommunstyrelsen",),
             indicator="Andel åtgärdade hinder enligt tillgänglighetsinventeringen"),
           G("Nya och ombyggda lekplatser ska utformas så att barn med olika funktionsnedsättningar kan leka "
             "tillsammans med andra barn.", parent=M_FYS, articles=(7, 9, 30),
             responsible=("Gatu- och samhällsmiljönämnden",)),
           G("Tillgänglighet ska vara ett krav i alla skeden av planering och byggande, från detaljplan till "
             "förvaltning.", parent=M_FYS, articles=(9,), responsible=("Plan- och byggnadsnämnden",))),
        H2("Information och kommunikation", area=True),
        P("Tillgång till information är en förutsättning för att kunna utöva sina rättigheter och fullgöra sina "
          "skyldigheter. Här berörs i första hand artikel 21 om yttrandefrihet och tillgång till information. "
          "Lagen om tillgänglighet till digital offentlig service ställer krav på kommunens webbplatser och "
          "e-tjänster."),
        P(B("Mål:"), G(M_INFO, level="subgoal", parent=OVERALL, articles=(9, 21),
                     responsible=("Kommunstyrelsen",))),
        UL(G("Information som riktar sig till invånare ska finnas på lättläst svenska när innehållet är viktigt "
             "för att kunna ta del av kommunens service.", parent=M_INFO, articles=(21,),
             responsible=("Kommunstyrelsen",)),
           G("Kommunens webbplatser och e-tjänster ska uppfylla kraven i lagen om tillgänglighet till digital "
             "offentlig service.", parent=M_INFO, articles=(9, 21), responsible=("Kommunstyrelsen",),
             indicator="Antal avvikelser i tillgänglighetsredogörelsen"),
           G("Medarbetare i kontaktcenter och receptioner ska ha kunskap om alternativ kompletterande "
             "kommunikation och om hur man bokar tolk.", parent=M_INFO, articles=(8, 21),
             responsible=("Kommunstyrelsen",))),
        H2("Bostad och eget boende", area=True),
        P("Att kunna välja boende och ha ett eget hem är en grund för ett självständigt liv. Bristen på "
          "bostäder med rimlig hyra drabbar personer med funktionsnedsättning hårt, och väntetiden till "
          "bostad med särskild service enligt LSS har ökat. Kommunen behöver planera för fler "
          "tillgängliga lägenheter i hela kommunen, också på landsbygden."),
        P(B("Mål:"), G(M_BO, level="subgoal", parent=OVERALL, articles=(19,),
                     responsible=("Omsorgsnämnden", "Uppsalahem AB"))),
        UL(G("Väntetiden för verkställighet av beslut om bostad med särskild service ska minska varje år.",
             parent=M_BO, articles=(19,), responsible=("Omsorgsnämnden",),
             indicator="Genomsnittlig väntetid i dagar från beslut till erbjuden bostad"),
           G("Uppsalahem ska öka andelen lägenheter som är tillgängliga för personer som använder rullstol.",
             parent=M_BO, articles=(9, 19), responsible=("Uppsalahem AB",))),
        H2("Arbete och sysselsättning", area=True),
        P("Enligt artikel 27 har personer med funktionsnedsättning rätt till arbete på lika villkor som andra. "
          "Kommunen är en av regionens största arbetsgivare och har därför både möjlighet och ansvar att "
          "anställa fler personer med funktionsnedsättning och att bidra till en mer inkluderande arbetsmarknad."),
        P(B("Mål:"), G(M_ARB, level="subgoal", parent=OVERALL, articles=(27,),
                     responsible=("Arbetsmarknadsnämnden",))),
        UL(G("Antalet personer från daglig verksamhet som går vidare till anställning eller studier ska öka.",
             parent=M_ARB, articles=(27,), responsible=("Omsorgsnämnden", "Arbetsmarknadsnämnden")),
           G("Kommunen som arbetsgivare ska erbjuda fler lönebidragsanställningar och praktikplatser.",
             parent=M_ARB, articles=(27,), responsible=("Kommunstyrelsen",))),
        H2("Utbildning", area=True),
        P("Artikel 24 slår fast rätten till en inkluderande utbildning på alla nivåer. Många elever med "
          "neuropsykiatriska funktionsnedsättningar upplever att de inte får stöd i tid, och frånvaron bland "
          "dessa elever är hög."),
        P(B("Mål:"), G(M_UTB, level="subgoal", parent=OVERALL, articles=(7, 24),
                     responsible=("Utbildningsnämnden",))),
        UL(G("Alla skolor ska ha tillgång till specialpedagogisk kompetens och en fungerande elevhälsa.",
             parent=M_UTB, articles=(24, 25), responsible=("Utbildningsnämnden",)),
           G("Skolornas lärmiljöer ska inventeras utifrån fysisk, pedagogisk och social tillgänglighet.",
             parent=M_UTB, articles=(9, 24), responsible=("Utbildningsnämnden",), deadline="2024")),
        H2("Kultur, idrott och fritid", area=True),
        P("Ett rikt fritidsliv har stor betydelse för hälsa och livskvalitet. Personer med "
          "funktionsnedsättning deltar i mindre utsträckning än andra i kultur- och föreningsliv, ofta "
          "på grund av bristande tillgänglighet, kostnader eller svårigheter att ta sig till och från "
          "aktiviteterna."),
        P(B("Mål:"), G(M_KUL, level="subgoal", parent=OVERALL, articles=(30,),
                     responsible=("Kulturnämnden", "Idrotts- och fritidsnämnden"))),
        UL(G("Föreningar som får kommunalt bidrag ska redovisa hur de arbetar för att deras verksamhet ska "
             "vara öppen för personer med funktionsnedsättning.", parent=M_KUL, articles=(30,),
             responsible=("Idrotts- och fritidsnämnden",)),
           G("Ledsagare ska ha fri entré till kommunens kultur- och idrottsanläggningar.", parent=M_KUL,
             articles=(30,), responsible=("Kulturnämnden", "Idrotts- och fritidsnämnden"))),
        H2("Inflytande och delaktighet", area=True),
        P("Principen om ”ingenting om oss utan oss” innebär att personer med funktionsnedsättning ska vara "
          "med när beslut som rör dem fattas. Kommunala funktionshinderrådet (KFR) är kommunens formella "
          "organ för samråd med funktionsrättsrörelsen."),
        P(B("Mål:"), G(M_INF, level="subgoal", parent=OVERALL, articles=(29,), responsible=("Kommunstyrelsen",))),
        UL(G("KFR ska involveras tidigt i beredningen av ärenden som rör personer med funktionsnedsättning.",
             parent=M_INF, articles=(29,), responsible=("Kommunstyrelsen",)),
           G("Vid medborgardialoger ska lokaler, material och arbetsformer vara tillgängliga så att alla kan "
             "delta.", parent=M_INF, articles=(9, 29), responsible=("Kommunstyrelsen",))),
        H1("Ansvar och organisation"),
        P("Kommunstyrelsen ansvarar för att samordna arbetet med programmet och för att stödja nämnderna. "
          "Kommunledningskontoret är dokumentansvarig och håller samman uppföljningen. Varje nämnd och "
          "bolag ansvarar för att målen omsätts i den egna verksamhetsplanen och budgeten, och för att "
          "medarbetare har den kunskap som behövs för ett gott bemötande."),
        P("KFR ska ges möjlighet att yttra sig över nämndernas handlingsplaner innan de beslutas. "
          "Myndigheten för delaktighet (MFD) har tagit fram stöd för kommunernas arbete med uppföljning, "
          "och kommunen använder MFD:s indikatorer där det är möjligt."),
        H1("Uppföljning"),
        P("Programmet följs upp årligen i samband med kommunens årsredovisning. Kommunstyrelsen redovisar "
          "resultatet för kommunfullmäktige och för KFR. En fördjupad utvärdering görs 2026, halvvägs in i "
          "programperioden, och inför att programmet ska revideras."),
        PageBreak(),
        H1("Bilaga 1. Målområdenas koppling till konventionen", numbered=False, big=True),
        P("Tabellen visar vilka artiklar i konventionen som i första hand berörs av respektive målområde. "
          "Indelningen är förenklad; flera artiklar berör alla målområden."),
        Table(["Målområde", "Artiklar i konventionen", "Ansvarig nämnd i första hand"], [
            Row(["Fysisk tillgänglighet", "Artikel 9, 20", "Plan- och byggnadsnämnden, gatu- och "
                 "samhällsmiljönämnden"]),
            Row(["Information och kommunikation", "Artikel 9, 21", "Kommunstyrelsen"]),
            Row(["Bostad och eget boende", "Artikel 19, 28", "Omsorgsnämnden"]),
            Row(["Arbete och sysselsättning", "Artikel 27", "Arbetsmarknadsnämnden"]),
            Row(["Utbildning", "Artikel 7, 24", "Utbildningsnämnden"]),
            Row(["Kultur, idrott och fritid", "Artikel 30", "Kulturnämnden, idrotts- och fritidsnämnden"]),
            Row(["Inflytande och delaktighet", "Artikel 4.3, 29", "Kommunstyrelsen"]),
        ], widths=[0.32, 0.26, 0.42], kind="zebra", font_size=9.5, repeat_header=False),
    ],
)
