"""Gävle kommun: tjänsteskrivelse proposing the adoption of a programme; the heading is the programme's title."""

from ._common import HP, UL, A, Doc, Letterhead, P, Theme

TITLE = "Program för delaktighet och tillgänglighet 2025–2030"

DOC = Doc(
    file="gavle_other_tjansteskrivelse-program-delaktighet_2024.pdf",
    organisation="Gävle kommun",
    kommunkod="2180",
    doc_type="other",
    stated_type="tjänsteskrivelse",
    title=TITLE,
    adopted_by=None,
    adopted_date=None,
    diarienummer="KS 2024/0318",
    valid_until=None,
    validity=None,
    articles=(4,),
    actors=[
        A("Kommunstyrelsens förvaltning", "department", "owner"),
        A("Kommunstyrelsen", "committee", "mentioned", aliases=("kommunstyrelsen",)),
        A("Kommunfullmäktige", "committee", "mentioned", aliases=("kommunfullmäktige",)),
        A("Kommunala funktionshinderrådet", "council", "consulted", aliases=("KFR",)),
        A("Socialnämnden", "committee", "consulted"),
        A("Omsorgsnämnden", "committee", "consulted"),
        A("Barn- och utbildningsnämnden", "committee", "consulted"),
        A("Kultur- och fritidsnämnden", "committee", "consulted"),
        A("Samhällsbyggnadsnämnden", "committee", "consulted"),
        A("Gavlegårdarna AB", "company", "consulted", aliases=("Gavlegårdarna",)),
        A("Funktionsrätt Gävle", "civil-society", "consulted"),
        A("Handläggare", "role", "owner"),
    ],
    notes=("A tjänsteskrivelse (officer's report) whose heading is the title of the programme it proposes; "
           "it is not itself a programme, so doc_type is other. It has no adoption of its own: the date "
           "2024-11-04 is the report date and the decision is only proposed. The programme's goal areas are "
           "summarised as content of another document, so goals is empty. 'artikel 4.3' refers to CRPD "
           "article 4 (paragraph 3); 'artikel 12 i barnkonventionen' is not a CRPD article. The letter "
           "layout has no cover and no running header on page 1."),
    disability_policy=True,
    theme=Theme(body_font="Times", body_size=12, leading=17, heading_sizes=(15, 12.5, 12),
                heading_color="#000000", accent="#005c35", justify=False, hyphenate=False, numbered=False,
                header=("Gävle kommun", "Dnr KS 2024/0318"), header_rule=False, footer="Sida {n} ({m})",
                furniture_on_first=True, margins=(80, 72, 72, 70)),
    letterhead=Letterhead(
        kind_word="TJÄNSTESKRIVELSE",
        right=[("Datum", "2024-11-04"), ("Dnr", "KS 2024/0318"), ("", ""),
               ("Handläggare", "Sara Nyström"), ("", "Utvecklingsledare")],
        sender=["Kommunstyrelsens förvaltning", "Avdelningen för social hållbarhet"],
    ),
    features=("letterhead, no cover", "heading = programme title", "Handläggare/Dnr/Förslag till beslut",
              "footer on every page, header from page 2", "barnkonventionen trap", "Times font"),
    body=[
        HP(TITLE, level=1),
        HP("Förslag till beslut", level=2),
        P("Kommunstyrelsen föreslår kommunfullmäktige besluta"),
        UL("att anta Program för delaktighet och tillgänglighet 2025–2030,",
           "att upphäva Handikappolitiskt program för Gävle kommun, antaget av kommunfullmäktige "
           "2012-09-24, § 103.", marker="1."),
        HP("Sammanfattning", level=2),
        P("Kommunfullmäktige gav i budget 2023 kommunstyrelsen i uppdrag att ta fram ett nytt program för "
          "funktionshinderspolitiken. Det nuvarande handikappolitiska programmet är från 2012 och utgår "
          "inte från FN:s konvention om rättigheter för personer med funktionsnedsättning eller från det "
          "nationella mål som riksdagen beslutade 2017."),
        P("Förslaget till nytt program innehåller ett övergripande mål och fem målområden: tillgänglig "
          "samhällsmiljö, bostad och boende, utbildning och arbete, kultur och fritid samt inflytande och "
          "dialog. Programmet ska gälla för alla nämnder och bolag och följas upp årligen."),
        HP("Ärendet", level=2),
        HP("Bakgrund", level=3),
        P("En kartläggning som förvaltningen gjorde 2023 visade att kännedomen om det gamla programmet var "
          "låg och att få nämnder hade kopplat sina verksamhetsplaner till det. Flera nämnder efterfrågade "
          "ett kortare program med tydligare mål och med en tydlig ansvarsfördelning."),
        HP("Dialog och remiss", level=3),
        P("Enligt konventionens artikel 4.3 ska personer med funktionsnedsättning, genom de organisationer "
          "som företräder dem, involveras nära när beslut som rör dem tas fram. Programmet har därför "
          "arbetats fram i dialog med Kommunala funktionshinderrådet (KFR) vid fyra sammanträden under 2024. "
          "Ett förslag har varit på remiss till socialnämnden, omsorgsnämnden, barn- och utbildningsnämnden, "
          "kultur- och fritidsnämnden, samhällsbyggnadsnämnden, Gavlegårdarna AB och Funktionsrätt Gävle."),
        P("Remissinstanserna är i huvudsak positiva. Flera har efterfrågat indikatorer som gör det möjligt "
          "att följa utvecklingen över tid, och sådana har lagts till i programmets bilaga. Funktionsrätt "
          "Gävle har framfört att målområdet om bostad bör innehålla skrivningar om väntetider till LSS-boende, "
          "vilket har tillgodosetts."),
        HP("Programmets innehåll i korthet", level=3),
        P("Programmet har ett övergripande mål som beskriver det önskade läget 2030. Under varje målområde "
          "finns mål som anger vad kommunen vill uppnå och en beskrivning av hur nämnderna och bolagen ska "
          "arbeta. Programmet innehåller också en bilaga med indikatorer för uppföljning. Till skillnad från "
          "det tidigare programmet anges för varje arbetssätt vilken nämnd eller vilket bolag som ansvarar."),
        P("Förvaltningen har valt att inte ta med en detaljerad handlingsplan i programmet. Åtgärder ska i "
          "stället beskrivas i nämndernas och bolagens verksamhetsplaner, där de kan kopplas till budget."),
        HP("Konsekvenser för jämställdhet", level=3),
        P("Kvinnor med funktionsnedsättning har i högre grad än män ohälsa och lägre inkomster. Programmet "
          "anger att uppföljningen ska redovisas uppdelad på kön, vilket gör det möjligt att upptäcka och "
          "åtgärda skillnader."),
        HP("Barnrättsanalys", level=3),
        P("Förslaget har prövats mot barnets bästa. Barn med funktionsnedsättning lyfts fram särskilt i "
          "målområdena om utbildning och fritid. Programmet bedöms stärka barns rätt att uttrycka sina "
          "åsikter enligt artikel 12 i barnkonventionen, eftersom nämnderna ska involvera barn och unga i "
          "uppföljningen."),
        HP("Ekonomiska konsekvenser", level=3),
        P("Programmet i sig medför inga direkta kostnader. Åtgärder som följer av programmet ska prövas i "
          "respektive nämnds budget. Vissa åtgärder, till exempel att åtgärda enkelt avhjälpta hinder, kan "
          "kräva investeringsmedel som hanteras i den ordinarie investeringsprocessen."),
        HP("Beslutsunderlag", level=2),
        UL("Tjänsteskrivelse 2024-11-04",
           "Förslag till Program för delaktighet och tillgänglighet 2025–2030",
           "Sammanställning av remissvar",
           "Protokollsutdrag från Kommunala funktionshinderrådet 2024-10-15", marker="–"),
        HP("Skickas till", level=2),
        P("Samtliga nämnder och bolagsstyrelser, Kommunala funktionshinderrådet, Funktionsrätt Gävle"),
        P("Kommunstyrelsens förvaltning", style="label"),
        P("Anna Berglund, kommundirektör"),
        P("Sara Nyström, utvecklingsledare"),
    ],
)
