"""Kiruna kommun: protokollsutdrag, kommunfullmäktige adopts Plan för delaktighet (other; image-only signature page)."""

from ._common import HP, UL, A, Doc, Letterhead, P, ScanPage, Theme

DOC = Doc(
    file="kiruna_other_protokollsutdrag-kf-plan-delaktighet_2023.pdf",
    organisation="Kiruna kommun",
    kommunkod="2584",
    doc_type="other",
    stated_type="protokollsutdrag",
    title="Plan för delaktighet 2023–2026",
    adopted_by="Kommunfullmäktige",
    adopted_date="2023-06-19",
    diarienummer="KS 2022/1021",
    valid_until=None,
    validity=None,
    articles=(),
    actors=[
        A("Kommunfullmäktige", "committee", "adopting", aliases=("kommunfullmäktige",)),
        A("Kommunstyrelsen", "committee", "mentioned", aliases=("kommunstyrelsen",)),
        A("Rådet för funktionshinderfrågor", "council", "consulted"),
        A("Socialnämnden", "committee", "mentioned"),
        A("Kultur- och fritidsnämnden", "committee", "mentioned"),
        A("Barn- och utbildningsnämnden", "committee", "mentioned"),
        A("Miljö- och byggnadsnämnden", "committee", "mentioned"),
        A("Kirunabostäder AB", "company", "mentioned"),
        A("Tekniska verken i Kiruna AB", "company", "mentioned"),
    ],
    notes=("Extract of the council minutes (§ 96, 2023-06-19) adopting the Kiruna 'Plan för delaktighet "
           "2023–2026'. The title is the item heading, which is the plan's title; the document itself is a "
           "protokollsutdrag, so doc_type is other and goals is empty (it adopts the plan's goals without "
           "stating them). Page 3 is a scanned signature page with no text layer (image only)."),
    theme=Theme(body_font="Times", body_size=11.5, leading=15.5, heading_sizes=(14, 12, 11.5),
                heading_color="#000000", accent="#2e3a87", justify=False, hyphenate=False, numbered=False,
                header=("KIRUNA KOMMUN", "PROTOKOLLSUTDRAG"), header_rule=True,
                footer="Sida {n} ({m})", footer_left="Justerandes sign          Utdragsbestyrkande",
                furniture_on_first=True, margins=(78, 72, 72, 72)),
    letterhead=Letterhead(
        kind_word="PROTOKOLLSUTDRAG",
        right=[("Sammanträdesdatum", "2023-06-19"), ("", "Kommunfullmäktige")],
        sender=["Kommunfullmäktige"],
    ),
    features=("letterhead", "image-only scanned signature page (no text layer)",
              "protocol footer 'Justerandes sign / Utdragsbestyrkande'", "Times font"),
    body=[
        P("§ 96", style="label"),
        HP("Plan för delaktighet 2023–2026", level=1),
        P("Dnr KS 2022/1021"),
        HP("Kommunfullmäktiges beslut", level=2),
        P("Kommunfullmäktige beslutar att anta Plan för delaktighet 2023–2026 enligt kommunstyrelsens "
          "förslag. Planen ersätter Tillgänglighetsplan för Kiruna kommun, antagen av kommunfullmäktige "
          "2016-04-25, § 51."),
        HP("Sammanfattning av ärendet", level=2),
        P("Kommunstyrelsen gav 2022 förvaltningen i uppdrag att ta fram en ny plan för arbetet med "
          "delaktighet och tillgänglighet för personer med funktionsnedsättning. Förslaget har tagits fram i "
          "dialog med Rådet för funktionshinderfrågor och har remitterats till socialnämnden, kultur- och "
          "fritidsnämnden, barn- och utbildningsnämnden, miljö- och byggnadsnämnden, Kirunabostäder AB och "
          "Tekniska verken i Kiruna AB."),
        P("Planen innehåller ett övergripande mål, tre delmål och arton åtgärder med angiven ansvarig "
          "nämnd eller bolag, tidpunkt och indikator. Åtgärderna ska rymmas inom nämndernas och bolagens "
          "befintliga budgetramar."),
        P("Kommunstyrelsen beslutade 2023-05-29, § 121, att föreslå kommunfullmäktige att anta planen."),
        HP("Yrkanden", level=2),
        P("Lena Kuoppa (S) yrkar bifall till kommunstyrelsens förslag. Erik Nilsson (M) yrkar bifall till "
          "kommunstyrelsens förslag med tillägget att planen ska följas upp årligen i kommunfullmäktige."),
        HP("Beslutsgång", level=2),
        P("Ordföranden ställer kommunstyrelsens förslag mot avslag och finner att kommunfullmäktige bifaller "
          "förslaget. Ordföranden ställer därefter Erik Nilssons tilläggsyrkande under proposition och finner "
          "att kommunfullmäktige avslår detta."),
        HP("Beslutsunderlag", level=2),
        UL("Kommunstyrelsens protokoll 2023-05-29, § 121",
           "Tjänsteskrivelse 2023-04-28",
           "Plan för delaktighet 2023–2026",
           "Yttrande från Rådet för funktionshinderfrågor 2023-03-14", marker="–"),
        HP("Beslutet skickas till", level=2),
        P("Samtliga nämnder och bolag, Rådet för funktionshinderfrågor, författningssamlingen"),
        ScanPage([
            "Kommunfullmäktige 2023-06-19",
            "",
            "Justerandes signatur",
            "",
            "Vid protokollet: Maria Lantto, sekreterare",
            "Ordförande: Gunnar Sandberg",
            "Justerare: Anna-Karin Eriksson, Per Mäki",
            "",
            "Protokollet justerat 2023-06-26 och anslaget på kommunens",
            "digitala anslagstavla 2023-06-27.",
        ], signatures=4),
    ],
)
