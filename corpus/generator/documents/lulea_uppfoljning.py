"""Luleå kommun: Uppföljning av handlingsplan för tillgänglighet 2023 (other; status table of another document's actions)."""

from ._common import H1, H2, UL, A, Cover, Doc, P, Row, Table, Theme, Toc

_STATUS = [
    ("Inventera publika lokaler i kommunhuset, stadsbiblioteket och Kulturens hus.", "Tekniska nämnden",
     "Genomförd", "Samtliga lokaler inventerade, resultat i tillgänglighetsdatabasen."),
    ("Åtgärda enkelt avhjälpta hinder i entréer till simhallar och idrottshallar.", "Fritidsnämnden",
     "Delvis genomförd", "Fyra av sju anläggningar klara. Resterande 2024."),
    ("Installera hörslinga i sammanträdesrum i stadshuset.", "Kommunstyrelsen", "Genomförd", "–"),
    ("Ta fram riktlinjer för tillgänglig kommunikation.", "Kommunstyrelsen", "Pågår",
     "Remiss till nämnderna våren 2024."),
    ("Publicera lättlästa sidor om kommunens viktigaste tjänster.", "Kommunstyrelsen", "Pågår",
     "30 av planerade 50 sidor publicerade."),
    ("Tillgänglighetsgranska kommunens e-tjänster.", "Kommunstyrelsen", "Genomförd",
     "Brister åtgärdade i 12 av 15 e-tjänster."),
    ("Utbilda handläggare i bemötande och tillgänglighet.", "Socialnämnden", "Genomförd",
     "142 medarbetare har deltagit."),
    ("Kartlägga behovet av bostäder med särskild service till 2030.", "Socialnämnden", "Genomförd",
     "Behovsanalys redovisad för nämnden i oktober."),
    ("Öka antalet tillgängliga lägenheter i nyproduktion.", "Lulebo AB", "Pågår",
     "46 tillgängliga lägenheter färdigställda 2023."),
    ("Införa ledsagarkort med fri entré för ledsagare.", "Kulturnämnden", "Genomförd", "Gäller från 1 mars."),
    ("Erbjuda anpassad simundervisning för barn med funktionsnedsättning.", "Fritidsnämnden", "Genomförd",
     "Två grupper under höstterminen."),
    ("Anpassa lekplatsen i Stadsparken.", "Tekniska nämnden", "Ej påbörjad",
     "Flyttad till 2024 på grund av ändrade investeringsramar."),
    ("Göra skolornas lärplattformar tillgängliga för elever med synnedsättning.", "Barn- och utbildningsnämnden",
     "Pågår", "Upphandling av ny plattform pågår."),
    ("Inrätta en samordnare för elever med neuropsykiatriska funktionsnedsättningar.",
     "Barn- och utbildningsnämnden", "Genomförd", "Samordnare anställd från augusti."),
    ("Skapa tio praktikplatser i kommunens verksamheter.", "Arbetsmarknadsnämnden", "Delvis genomförd",
     "Sju platser skapade."),
    ("Genomföra en enkät om tillgänglighet till föreningar.", "Fritidsnämnden", "Ej påbörjad",
     "Samordnas med föreningsbidragsöversynen 2024."),
    ("Se över snöröjningsprioriteringar för gångvägar till vårdcentraler.", "Tekniska nämnden", "Genomförd",
     "Ny prioriteringsordning gäller från vintern 2023/24."),
    ("Utveckla rutiner för tolk vid medborgardialoger.", "Kommunstyrelsen", "Pågår", "Rutin i utkast."),
    ("Bjuda in KFR till dialog om nämndernas verksamhetsplaner.", "Samtliga nämnder", "Delvis genomförd",
     "Fem av nio nämnder har genomfört dialog."),
    ("Redovisa statistik om brukare i LSS-verksamheter uppdelat på kön.", "Socialnämnden", "Genomförd",
     "Ingår i verksamhetsberättelsen."),
]

DOC = Doc(
    file="lulea_other_uppfoljning-handlingsplan-tillganglighet_2024.pdf",
    organisation="Luleå kommun",
    kommunkod="2580",
    doc_type="other",
    stated_type="uppföljning",
    title="Uppföljning av handlingsplan för tillgänglighet 2023",
    adopted_by=None,
    adopted_date=None,
    diarienummer="KS 2024/212",
    valid_until=None,
    validity=None,
    articles=(8, 9, 19, 21, 24, 27, 29, 30, 31),
    actors=[
        A("Kommunstyrelsen", "committee", "follows-up", "responsible", aliases=("kommunstyrelsen",)),
        A("Stadsledningsförvaltningen", "department", "owner"),
        A("Tekniska nämnden", "committee", "responsible"),
        A("Fritidsnämnden", "committee", "responsible"),
        A("Kulturnämnden", "committee", "responsible"),
        A("Socialnämnden", "committee", "responsible"),
        A("Barn- och utbildningsnämnden", "committee", "responsible"),
        A("Arbetsmarknadsnämnden", "committee", "responsible"),
        A("Samtliga nämnder", "committee", "responsible"),
        A("Lulebo AB", "company", "responsible"),
        A("Kommunala funktionshinderrådet", "council", "consulted", aliases=("KFR",)),
    ],
    notes=("A follow-up report on the 2021–2023 accessibility action plan. The status table (Åtgärd | "
           "Ansvarig | Status | Kommentar, 20 rows over two pages with the header repeated) lists the actions "
           "of another document; they are not this report's own goals, so goals is empty. The report was "
           "noted ('lades till handlingarna') by kommunstyrelsen, not adopted: adopted_by and adopted_date are "
           "null. Articles are those the reported actions address, by topic."),
    theme=Theme(body_font="Helvetica", body_size=11, leading=16, heading_sizes=(17, 13, 11),
                heading_color="#1a1a1a", accent="#e05206", justify=False, hyphenate=False, numbered=True,
                header=("Luleå kommun", "Uppföljning handlingsplan för tillgänglighet 2023"),
                footer="Sida {n} ({m})", margins=(70, 70, 76, 72)),
    cover=Cover(
        title="Uppföljning av handlingsplan för tillgänglighet 2023",
        subtitle="Rapport till kommunstyrelsen",
        style="block",
        meta=[("Dokumenttyp", "Uppföljningsrapport"), ("Diarienummer", "KS 2024/212"),
              ("Datum", "2024-02-26"), ("Upprättad av", "Stadsledningsförvaltningen"),
              ("Behandlad", "Kommunstyrelsen 2024-03-18, § 67")],
    ),
    features=("cover", "TOC", "status table over 2 pages (not goals)", "report noted, not adopted"),
    body=[
        Toc("Innehåll"),
        H1("Sammanfattning"),
        P("Handlingsplanen för tillgänglighet 2021–2023 innehöll 20 åtgärder. Vid utgången av 2023 var 10 "
          "åtgärder genomförda, 3 delvis genomförda, 5 pågående och 2 ej påbörjade. Resultatet är bättre än "
          "vid föregående uppföljning men flera åtgärder har försenats på grund av ändrade investeringsramar "
          "och svårigheter att rekrytera."),
        P("Stadsledningsförvaltningen bedömer att arbetet med fysisk tillgänglighet och med kunskap och "
          "bemötande har kommit långt, medan arbetet med information och kommunikation behöver prioriteras "
          "i den nya handlingsplanen."),
        H1("Uppdrag och metod"),
        P("Kommunstyrelsen gav i den strategiska planen stadsledningsförvaltningen i uppdrag att följa upp "
          "handlingsplanen årligen. Uppföljningen bygger på rapporter från de ansvariga nämnderna och bolagen, "
          "på statistik ur verksamhetssystemen och på synpunkter från Kommunala funktionshinderrådet (KFR)."),
        P("Varje åtgärd har bedömts enligt följande skala:"),
        UL("Genomförd – åtgärden är helt genomförd.",
           "Delvis genomförd – en del av åtgärden är genomförd.",
           "Pågår – arbetet har påbörjats men inget delresultat finns ännu.",
           "Ej påbörjad – arbetet har inte startat.", marker="–"),
        H1("Resultat per åtgärd"),
        Table(["Åtgärd", "Ansvarig", "Status", "Kommentar"], [Row(list(r)) for r in _STATUS],
              widths=[0.38, 0.2, 0.14, 0.28], font_size=9, kind="grid"),
        H1("Analys"),
        H2("Fysisk tillgänglighet"),
        P("Inventeringen av publika lokaler är klar och resultatet har publicerats. Det ger invånarna bättre "
          "möjligheter att planera sina besök. Åtgärdstakten för enkelt avhjälpta hinder är dock låg, och "
          "flera åtgärder har skjutits fram."),
        H2("Information och kommunikation"),
        P("Arbetet med lättläst information och tillgängliga e-tjänster har gått framåt, men riktlinjerna för "
          "tillgänglig kommunikation är ännu inte beslutade. KFR har framfört att detta bör prioriteras."),
        H2("Delaktighet och inflytande"),
        P("Fem av nio nämnder har haft dialog med KFR om sina verksamhetsplaner. Rådet upplever att dialogen "
          "har blivit bättre men att den ofta kommer för sent i processen."),
        H1("Förslag till fortsatt arbete"),
        P("Stadsledningsförvaltningen föreslår att de åtgärder som inte är genomförda förs över till den nya "
          "handlingsplanen för 2024–2027, och att nämnderna redovisar en tidplan för dessa senast i juni 2024."),
    ],
)
