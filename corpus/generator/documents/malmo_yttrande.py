"""Malmö stad: yttrande över Region Skånes remiss av en regional handlingsplan (other; letter layout)."""

from ._common import HP, A, Doc, Letterhead, P, Theme

TITLE = "Yttrande över remiss av Regional handlingsplan för funktionshinderspolitiken 2024–2027"

DOC = Doc(
    file="malmo_other_yttrande-regional-handlingsplan_2023.pdf",
    organisation="Malmö stad",
    kommunkod="1280",
    doc_type="other",
    stated_type="yttrande",
    title=TITLE,
    adopted_by="Kommunstyrelsen",
    adopted_date="2023-10-18",
    diarienummer="STK-2023-1320",
    valid_until=None,
    validity=None,
    articles=(7, 20, 26, 31),
    actors=[
        A("Kommunstyrelsen", "committee", "adopting", aliases=("kommunstyrelsen",)),
        A("Stadskontoret", "department", "owner"),
        A("Region Skåne", "region", "mentioned"),
        A("Funktionsstödsnämnden", "committee", "consulted", aliases=("funktionsstödsnämnden",)),
        A("Arbetsmarknads- och socialnämnden", "committee", "consulted"),
        A("Grundskolenämnden", "committee", "consulted", aliases=("grundskolenämnden",)),
        A("Funktionsrättsrådet", "council", "consulted"),
        A("Skånetrafiken", "department", "mentioned"),
    ],
    notes=("A consultation response (yttrande/remissvar) by Malmö's kommunstyrelsen on Region Skåne's draft "
           "regional action plan (in this corpus). It states positions and proposals to another organisation "
           "and has no goals of its own. The header dnr is Malmö's; 'Er referens' RS 2023/4127 is the "
           "region's. Article 20 is cited explicitly; 26 (habilitation), 7 (children) and 31 (statistics) by "
           "topic."),
    theme=Theme(body_font="Vera", body_size=11, leading=16, heading_sizes=(13, 11, 10),
                heading_color="#000000", accent="#0a6ebd", justify=False, hyphenate=False, numbered=False,
                header=("Malmö stad", "STK-2023-1320"), header_rule=False, footer="{n}/{m}",
                footer_left="Malmö stad, Stadskontoret", furniture_on_first=True, margins=(78, 72, 74, 72)),
    letterhead=Letterhead(
        kind_word="YTTRANDE",
        right=[("Datum", "2023-10-18"), ("Vår referens", "STK-2023-1320"), ("Er referens", "RS 2023/4127"),
               ("", ""), ("", "Region Skåne"), ("", "Koncernkontoret"), ("", "291 89 Kristianstad")],
        sender=["Stadskontoret"],
    ),
    features=("letter layout", "yttrande (remissvar)", "two diarienummer (own and addressee's)",
              "footer with left text and n/m"),
    body=[
        HP(TITLE, level=1),
        P("Malmö stad har beretts möjlighet att yttra sig över Region Skånes förslag till regional "
          "handlingsplan för funktionshinderspolitiken 2024–2027. Ärendet har beretts av stadskontoret efter "
          "synpunkter från funktionsstödsnämnden, arbetsmarknads- och socialnämnden och grundskolenämnden. "
          "Funktionsrättsrådet har informerats om ärendet och lämnat synpunkter vid sitt sammanträde i "
          "september."),
        HP("Sammanfattning", level=2),
        P("Malmö stad ställer sig i huvudsak positiv till förslaget. Handlingsplanen är tydligt strukturerad och "
          "åtgärderna är konkreta. Malmö stad vill dock framhålla att flera av åtgärderna förutsätter samverkan "
          "med kommunerna och att det bör framgå tydligare hur den samverkan ska organiseras och finansieras."),
        HP("Malmö stads synpunkter", level=2),
        HP("Övergripande synpunkter", level=3),
        P("Malmö stad uppskattar att handlingsplanen tydligt utgår från konventionen och att varje åtgärd har en "
          "ansvarig och en indikator. Det gör det möjligt för både regionen och kommunerna att följa arbetet. "
          "Malmö stad vill dock understryka att personer med funktionsnedsättning inte skiljer på vad som är "
          "regionens och vad som är kommunens ansvar. För den enskilde är det helheten som avgör om vardagen "
          "fungerar."),
        P("Malmö stad föreslår därför att handlingsplanen kompletteras med ett avsnitt om samverkan, där det "
          "framgår vilka åtgärder som förutsätter kommunernas medverkan och hur regionen avser att involvera "
          "kommunerna i genomförandet. Den befintliga samverkansstrukturen mellan regionen och de skånska "
          "kommunerna bör kunna användas."),
        HP("Kollektivtrafik och färdtjänst", level=3),
        P("Malmö stad välkomnar förslaget att samordna färdtjänst och sjukresor. Rätten till personlig "
          "rörlighet enligt artikel 20 i konventionen förutsätter att resenären kan planera sina resor utan "
          "att behöva hålla reda på flera olika beställningssystem. Malmö stad föreslår att kommunerna ges en "
          "formell roll i arbetet med den gemensamma beställningscentralen."),
        P("Malmö stad ser också positivt på åtgärderna för att bygga om hållplatser, men vill påminna om att "
          "hållplatserna i Malmö till stor del ligger på kommunal mark. Ombyggnaderna behöver därför planeras "
          "gemensamt med Skånetrafiken."),
        HP("Habilitering och hjälpmedel", level=3),
        P("Väntetiderna till barn- och ungdomshabiliteringen är ett återkommande problem för Malmöfamiljer. "
          "Malmö stad stöder målet om kortare väntetider men saknar en åtgärd som rör samverkan mellan "
          "habiliteringen och förskola och skola. Många barn med funktionsnedsättning behöver stöd i vardagen "
          "redan innan de har fått en diagnos."),
        HP("Barn och unga", level=3),
        P("För barn med funktionsnedsättning är samordningen mellan hälso- och sjukvård, habilitering, skola "
          "och socialtjänst avgörande. Malmö stad ser positivt på åtgärden om anhörigutbildning men föreslår "
          "att även personal i förskola och skola ska kunna ta del av habiliteringens kunskap. Grundskolenämnden "
          "har pekat på att samordnade individuella planer (SIP) ofta upprättas för sent."),
        HP("Uppföljning", level=3),
        P("Malmö stad delar uppfattningen att uppföljningen bör bygga på statistik som kan brytas ned på kön, "
          "ålder och typ av funktionsnedsättning. Malmö stad föreslår att regionen och kommunerna tar fram "
          "gemensamma indikatorer, så att resultaten kan jämföras och användas även i kommunernas egen "
          "uppföljning."),
        HP("Digital tillgänglighet", level=3),
        P("Flera av åtgärderna bygger på digitala lösningar, till exempel en gemensam e-tjänst för hjälpmedel "
          "och en app för kollektivtrafiken. Malmö stad vill framhålla att digitala lösningar måste kompletteras "
          "med andra kontaktvägar. Många äldre och personer med kognitiva funktionsnedsättningar kan inte eller "
          "vill inte använda digitala tjänster, och de ska inte hamna utanför."),
        HP("Delaktighet i genomförandet", level=3),
        P("Malmö stad ser positivt på att handlingsplanen har tagits fram i dialog med Regionala "
          "funktionsrättsrådet och funktionsrättsorganisationerna. Malmö stad föreslår att dialogen fortsätter "
          "under genomförandet och att organisationerna ges möjlighet att delta i utvärderingen 2027. "
          "Funktionsrättsrådet i Malmö har uttryckt intresse av att bidra med erfarenheter från Malmö stads "
          "eget arbete."),
        HP("Övrigt", level=3),
        P("Malmö stad har inga synpunkter på förslagets avsnitt om kultur och om regionen som arbetsgivare."),
        P("Beslut i detta ärende har fattats av kommunstyrelsen den 18 oktober 2023. I den slutliga "
          "handläggningen har även stadsjuristen deltagit."),
        P("Kommunstyrelsen", style="label"),
        P("Lena Ahlberg, ordförande"),
        P("Per Holm, kommunsekreterare"),
    ],
)
