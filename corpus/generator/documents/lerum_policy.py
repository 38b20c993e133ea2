"""Lerums kommun: Policy för lika villkor (policy; no cover, metadata box on page 1, broad equality scope)."""

from ._common import H1, H2, UL, A, B, Doc, G, KeyValue, P, Theme

OVERALL = ("Lerums kommun ska vara en organisation där alla invånare och medarbetare bemöts med respekt och "
           "har lika rättigheter och möjligheter.")

KS = "Kommunstyrelsen"
ALLA = "Samtliga nämnder"

DOC = Doc(
    file="lerum_policy_lika-villkor_2024.pdf",
    organisation="Lerums kommun",
    kommunkod="1441",
    doc_type="policy",
    stated_type="policy",
    title="Policy för lika villkor",
    adopted_by="Kommunfullmäktige",
    adopted_date="2024-04-25",
    diarienummer="KS-2024-00123",
    valid_until="2028",
    validity="2024–2028",
    articles=(5, 8, 9, 27),
    actors=[
        A("Kommunfullmäktige", "committee", "adopting", aliases=("kommunfullmäktige",)),
        A("Kommunstyrelsen", "committee", "owner", "follows-up", aliases=("kommunstyrelsen",)),
        A("Samtliga nämnder", "committee", "responsible", aliases=("nämnderna",)),
        A("HR-avdelningen", "department", "responsible"),
        A("Kommunala funktionsrättsrådet", "council", "consulted"),
        A("Diskrimineringsombudsmannen", "agency", "mentioned", aliases=("DO",)),
        A("Förvaltningschef", "role", "responsible", aliases=("förvaltningschef",)),
    ],
    notes=("A broad equal-treatment policy covering all seven grounds of discrimination; disability is one of "
           "them, so the document is only partly disability policy. No cover: the first page starts with a "
           "boxed metadata table. The list of discrimination grounds and the definitions in section 2 are "
           "background, not goals. Article 5 (non-discrimination) by topic, 9 by topic (reasonable "
           "accessibility), 27 by topic (work), 8 by topic (training)."),
    disability_policy=False,
    theme=Theme(body_font="Helvetica", body_size=11, leading=16, heading_sizes=(15, 12, 10.5),
                heading_color="#6d2077", accent="#6d2077", justify=True, hyphenate=True, numbered=True,
                header=("Lerums kommun", "Policy för lika villkor"), footer="Sida {n} ({m})",
                margins=(74, 74, 80, 72)),
    features=("no cover: title + boxed metadata on page 1", "justified + hyphenated", "broad scope",
              "seven discrimination grounds (background list)"),
    body=[
        H1("Policy för lika villkor", numbered=False, big=True, toc=False),
        KeyValue([("Dokumenttyp", "Policy"), ("Beslutad av", "Kommunfullmäktige"),
                  ("Beslutsdatum", "2024-04-25, § 58"), ("Diarienummer", "KS-2024-00123"),
                  ("Gäller för", "Samtliga nämnder och förvaltningar"), ("Giltighetstid", "2024–2028"),
                  ("Dokumentansvarig", "Kommunstyrelsen")], label_width=0.28, boxed=True),
        H1("Syfte och omfattning"),
        P("Policyn beskriver hur Lerums kommun ska arbeta för att alla ska ha lika rättigheter och "
          "möjligheter, både som invånare och som medarbetare. Den omfattar kommunens hela verksamhet: "
          "service och myndighetsutövning mot invånare, upphandlade verksamheter och kommunen som arbetsgivare."),
        P("Policyn ersätter jämställdhetspolicyn från 2015 och mångfaldsplanen från 2017 och ska ses som ett "
          "paraply för kommunens arbete med jämställdhet, tillgänglighet, mänskliga rättigheter och "
          "icke-diskriminering."),
        H1("Utgångspunkter"),
        P("Diskrimineringslagen (2008:567) förbjuder diskriminering som har samband med kön, "
          "könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
          "funktionsnedsättning, sexuell läggning eller ålder. Lagen ställer också krav på aktiva åtgärder i "
          "arbetslivet och i utbildningsverksamhet. Diskrimineringsombudsmannen (DO) har tillsyn över lagen."),
        P("Sverige har dessutom åtagit sig att följa en rad konventioner om mänskliga rättigheter, bland "
          "annat barnkonventionen, kvinnokonventionen och konventionen om rättigheter för personer med "
          "funktionsnedsättning. Konventionerna riktar sig till staten, men kommunen har ett ansvar för att "
          "rättigheterna får genomslag i de verksamheter kommunen ansvarar för."),
        H2("Begrepp"),
        P(B("Lika villkor"), "innebär att alla ska ha samma möjligheter att ta del av kommunens service och att "
          "utvecklas i sitt arbete, oavsett diskrimineringsgrund."),
        P(B("Bristande tillgänglighet"), "är en form av diskriminering. Den uppstår när en person med "
          "funktionsnedsättning missgynnas genom att skäliga åtgärder för tillgänglighet inte har vidtagits."),
        H1("Kommunens viljeinriktning"),
        P("Kommunfullmäktige har beslutat om följande övergripande mål för arbetet med lika villkor:"),
        P(G(OVERALL, level="overall", responsible=(ALLA,)), style="lead"),
        P("Målet ska nås genom att nämnderna arbetar enligt följande principer:"),
        H2("I mötet med invånarna", area=True),
        UL(G("Kommunens service ska vara tillgänglig och utformas så att den fungerar för invånare med olika "
             "behov och förutsättningar.", parent=OVERALL, articles=(9,), responsible=(ALLA,)),
           G("Beslut i myndighetsutövning ska vara fria från diskriminering och kunna följas upp utifrån kön, "
             "ålder och andra relevanta faktorer.", parent=OVERALL, articles=(5,), responsible=(ALLA,)),
           G("Kommunens lokaler och evenemang ska vara tillgängliga för personer med funktionsnedsättning.",
             parent=OVERALL, articles=(9,), responsible=(ALLA,))),
        H2("Som arbetsgivare", area=True),
        UL(G("Rekrytering ska vara kompetensbaserad och fri från diskriminering.", parent=OVERALL, articles=(27,),
             responsible=("HR-avdelningen",)),
           G("Kommunen ska göra anpassningar på arbetsplatsen så att medarbetare med funktionsnedsättning kan "
             "utföra sitt arbete.", parent=OVERALL, articles=(27,), responsible=("Förvaltningschef",)),
           G("Alla medarbetare ska ha kunskap om diskrimineringslagen och om hur kränkande särbehandling "
             "förebyggs och hanteras.", parent=OVERALL, articles=(8,), responsible=("HR-avdelningen",))),
        H1("Så arbetar vi med aktiva åtgärder"),
        P("Diskrimineringslagen kräver att arbetsgivare och utbildningsanordnare arbetar förebyggande och "
          "främjande. Arbetet ska bedrivas löpande i fyra steg:"),
        UL("Undersöka om det finns risker för diskriminering eller repressalier eller andra hinder för "
           "enskildas lika rättigheter och möjligheter.",
           "Analysera orsakerna till upptäckta risker och hinder.",
           "Vidta de förebyggande och främjande åtgärder som skäligen kan krävas.",
           "Följa upp och utvärdera arbetet.", marker="1."),
        P("Arbetet ska ske i samverkan med de fackliga organisationerna och dokumenteras årligen. I "
          "verksamheter som riktar sig till invånare används samma arbetssätt, och invånarnas erfarenheter "
          "ska tas tillvara genom dialog och synpunktshantering."),
        H2("Exempel på åtgärder"),
        P("Åtgärder kan till exempel vara att se över rekryteringsrutiner, att erbjuda tolk och material på "
          "lättläst svenska i kontakten med kommunen, att anpassa lokaler och arbetsplatser eller att utbilda "
          "chefer i normkritiskt förhållningssätt. Varje förvaltning väljer de åtgärder som behövs utifrån sin "
          "egen analys."),
        H1("Ansvar"),
        P("Kommunstyrelsen ansvarar för policyn och för att samordna arbetet. Varje nämnd ansvarar för att "
          "policyn tillämpas inom sitt område och att arbetet med aktiva åtgärder dokumenteras. "
          "Förvaltningschef ansvarar för att policyn är känd bland medarbetarna."),
        P("Kommunala funktionsrättsrådet och kommunens pensionärsråd ska ges möjlighet att lämna synpunkter "
          "på hur policyn tillämpas i frågor som rör tillgänglighet."),
        H1("Uppföljning"),
        P("Nämnderna redovisar sitt arbete med lika villkor i verksamhetsberättelsen. HR-avdelningen "
          "redovisar årligen arbetet med aktiva åtgärder i arbetslivet till kommunstyrelsen. Policyn "
          "revideras senast 2028."),
        H1("Relaterade styrdokument", numbered=False, big=True),
        UL("Riktlinjer mot kränkande särbehandling, trakasserier och sexuella trakasserier",
           "Kommunikationspolicy",
           "Plan för tillgänglighet i Lerums kommun",
           "Arbetsmiljöpolicy", marker="–"),
    ],
)
