"""Norrköpings kommun: Handikappolitiskt program (programme, 2009; older terminology, pre-CRPD references)."""

from ._common import H1, H2, UL, A, Cover, Doc, G, P, PageBreak, Row, Table, Theme

MAL = ("Målet för handikappolitiken i Norrköping är att personer med funktionshinder ska kunna delta i "
       "samhällslivet och ha levnadsvillkor som är jämförbara med andra medborgares.")

KS = "Kommunstyrelsen"
ALLA = "Samtliga nämnder och bolag"

DOC = Doc(
    file="norrkoping_program_handikappolitiskt_2009.pdf",
    organisation="Norrköpings kommun",
    kommunkod="0581",
    doc_type="programme",
    stated_type="program",
    title="Handikappolitiskt program för Norrköpings kommun",
    adopted_by="Kommunfullmäktige",
    adopted_date="2009-03-30",
    diarienummer="KS-2008/0894",
    valid_until=None,
    validity=None,
    articles=(9, 19, 21, 24, 27, 29, 30),
    actors=[
        A("Kommunfullmäktige", "committee", "adopting", aliases=("kommunfullmäktige",)),
        A("Kommunstyrelsen", "committee", "follows-up", "responsible", aliases=("kommunstyrelsen",)),
        A("Samtliga nämnder och bolag", "committee", "responsible", aliases=("nämnder och bolag",)),
        A("Kommunala handikapprådet", "council", "consulted", aliases=("handikapprådet",)),
        A("Vård- och omsorgsnämnden", "committee", "responsible"),
        A("Utbildningsnämnden", "committee", "responsible"),
        A("Kultur- och fritidsnämnden", "committee", "responsible"),
        A("Samhällsbyggnadsnämnden", "committee", "responsible"),
        A("Hyresbostäder i Norrköping AB", "company", "responsible", aliases=("Hyresbostäder",)),
        A("HSO Norrköping", "civil-society", "consulted"),
        A("DHR", "civil-society", "mentioned"),
        A("FUB", "civil-society", "mentioned"),
        A("Landstinget i Östergötland", "region", "mentioned"),
        A("Arbetsförmedlingen", "agency", "mentioned"),
        A("Försäkringskassan", "agency", "mentioned"),
    ],
    notes=("An older (2009) programme using the terminology of its time ('personer med funktionshinder', "
           "'handikappolitik', 'handikapprådet'). It builds on the UN Standard Rules (FN:s standardregler, "
           "1993) and the national action plan 'Från patient till medborgare' (prop. 1999/2000:79); neither "
           "is the CRPD, and 'regel 5' of the Standard Rules is not a CRPD article. The CRPD is only "
           "mentioned as newly ratified; all CRPD articles are inferred by topic. No validity period is "
           "stated. Running header is absent; footers are '– n –'."),
    theme=Theme(body_font="Times", body_size=12, leading=16.5, heading_sizes=(16, 13, 12),
                heading_color="#000000", accent="#1b365d", justify=True, hyphenate=True, numbered=True,
                header=None, footer="– {n} –", footer_align="center", margins=(85, 85, 80, 72)),
    cover=Cover(
        title="Handikappolitiskt program för Norrköpings kommun",
        style="block",
        note="Antaget av kommunfullmäktige den 30 mars 2009, § 52 (Dnr KS-2008/0894)",
    ),
    features=("2009 terminology", "FN:s standardregler trap (regel 5)", "no running header", "footer '– n –'",
              "Times 12 pt", "justified + hyphenated", "adoption on the cover as a sentence"),
    body=[
        H1("Förord", numbered=False, big=True),
        P("Norrköping ska vara en kommun där alla kan leva ett självständigt liv och vara delaktiga i "
          "samhällets gemenskap. Det gäller också de cirka 15 000 norrköpingsbor som har ett funktionshinder. "
          "Många av dem möter dagligen hinder som vi andra inte tänker på: trappan till biblioteket, "
          "blanketten som inte går att läsa eller bussen som inte går att komma ombord på."),
        P("Det handikappolitiska programmet visar hur kommunen ska arbeta för att undanröja sådana hinder. "
          "Det är ett program för hela kommunen, och det förutsätter att alla nämnder och bolag tar sitt "
          "ansvar. Programmet har arbetats fram tillsammans med handikapporganisationerna, och jag vill tacka "
          "alla som har bidragit."),
        P("Kommunstyrelsens ordförande", style="label"),
        PageBreak(),
        H1("Inledning"),
        P("Norrköpings kommun antog sitt första handikappolitiska program 1996. Sedan dess har mycket hänt. "
          "Riksdagen antog år 2000 den nationella handlingsplanen för handikappolitiken, Från patient till "
          "medborgare (prop. 1999/2000:79), som lade fast att handikappolitiken ska inriktas på att "
          "identifiera och undanröja hinder för full delaktighet i samhället. I december 2008 ratificerade "
          "Sverige FN:s konvention om rättigheter för personer med funktionsnedsättning."),
        P("Det här programmet ersätter 1996 års program. Det har arbetats fram av en arbetsgrupp med "
          "företrädare för förvaltningarna och för Kommunala handikapprådet. HSO Norrköping, som samlar "
          "handikappföreningarna i kommunen, har deltagit i arbetet och lämnat skriftliga synpunkter."),
        H1("Utgångspunkter"),
        H2("FN:s standardregler"),
        P("Programmet bygger på FN:s standardregler om delaktighet och jämlikhet för människor med "
          "funktionsnedsättning från 1993. Standardreglerna är 22 till antalet och beskriver vad som krävs för "
          "att människor med funktionsnedsättning ska få samma möjligheter som andra. Regel 5 handlar om "
          "tillgänglighet och regel 7 om arbete. Reglerna är inte juridiskt bindande men har fått stor "
          "betydelse för handikappolitiken i Sverige."),
        H2("Synsätt"),
        P("Ett handikapp är inte en egenskap hos en person. Det uppstår i förhållandet mellan personen och "
          "omgivningen, när miljön inte är anpassad till personens förutsättningar. Handikappolitik handlar "
          "därför om att förändra samhället och inte om att förändra människor."),
        P("Handikappfrågorna är en angelägenhet för hela kommunen. Varje nämnd och förvaltning ansvarar för "
          "att verksamheten är tillgänglig för personer med funktionshinder, på samma sätt som den ansvarar "
          "för verksamheten i övrigt. Detta brukar kallas sektorsansvar."),
        H1("Mål"),
        P(G(MAL, level="overall", responsible=(ALLA,))),
        P("Kommunens arbete ska särskilt inriktas på följande områden."),
        H2("Tillgänglighet", area=True),
        P("Den fysiska miljön är ofta ett hinder för personer med rörelsehinder, synskada eller "
          "allergi. Många offentliga byggnader har trappor, tunga dörrar och dålig belysning."),
        UL(G("Kommunens publika lokaler ska vara tillgängliga för personer med funktionshinder senast år 2010.",
             parent=MAL, articles=(9,), deadline="2010", responsible=(ALLA,)),
           G("Vid all nybyggnation och ombyggnad ska tillgänglighet beaktas från början.", parent=MAL,
             articles=(9,), responsible=("Samhällsbyggnadsnämnden",))),
        H2("Information", area=True),
        P("Information från kommunen är ofta svår att ta till sig för personer med synskada, "
          "hörselskada, dyslexi eller utvecklingsstörning."),
        UL(G("Kommunens information ska finnas i alternativa format, till exempel lättläst, punktskrift och "
             "kassett, när det efterfrågas.", parent=MAL, articles=(21,), responsible=(ALLA,))),
        H2("Boende", area=True),
        UL(G("Personer med funktionshinder ska ha möjlighet att bo i en egen bostad med det stöd som behövs.",
             parent=MAL, articles=(19,), responsible=("Vård- och omsorgsnämnden",)),
           G("Hyresbostäder ska öka antalet tillgängliga lägenheter i sitt bestånd.", parent=MAL,
             articles=(9, 19), responsible=("Hyresbostäder i Norrköping AB",))),
        H2("Utbildning och arbete", area=True),
        UL(G("Elever med funktionshinder ska få det stöd de behöver i skolan.", parent=MAL, articles=(24,),
             responsible=("Utbildningsnämnden",)),
           G("Kommunen ska som arbetsgivare verka för att fler personer med funktionshinder får arbete.",
             parent=MAL, articles=(27,), responsible=(KS,))),
        H2("Kultur och fritid", area=True),
        UL(G("Kultur- och fritidsutbudet ska vara tillgängligt för alla.", parent=MAL, articles=(30,),
             responsible=("Kultur- och fritidsnämnden",))),
        H2("Inflytande", area=True),
        P("Handikapprådet är ett organ för samråd och ömsesidig information mellan kommunen och "
          "handikapporganisationerna. I rådet finns bland annat DHR, FUB och synskadade- och "
          "hörselskadeföreningarna representerade."),
        UL(G("Handikapporganisationerna ska ges möjlighet att påverka kommunens beslut i frågor som berör "
             "personer med funktionshinder.", parent=MAL, articles=(29,), responsible=(KS,))),
        H1("Genomförande och uppföljning"),
        P("Nämnder och bolag ska utarbeta handlingsplaner för hur programmet ska genomföras inom deras "
          "ansvarsområden. Handlingsplanerna ska redovisas för Kommunala handikapprådet. Kommunstyrelsen "
          "följer upp programmet vartannat år och rapporterar till kommunfullmäktige."),
        P("Programmet ska revideras när riksdagen har beslutat om den nya inriktning av "
          "handikappolitiken som regeringen har aviserat efter ratificeringen av FN:s konvention."),
        H1("Ansvarsfördelning", numbered=False, big=True),
        Table(["Område", "Ansvarig", "Samverkanspart"], [
            Row(["Tillgänglighet i byggd miljö", "Samhällsbyggnadsnämnden", "Handikapprådet"]),
            Row(["Information", "Kommunstyrelsen", "Samtliga nämnder"]),
            Row(["Boende", "Vård- och omsorgsnämnden", "Hyresbostäder i Norrköping AB"]),
            Row(["Utbildning", "Utbildningsnämnden", "Landstinget i Östergötland"]),
            Row(["Arbete", "Kommunstyrelsen", "Arbetsförmedlingen, Försäkringskassan"]),
            Row(["Kultur och fritid", "Kultur- och fritidsnämnden", "Föreningslivet"]),
        ], widths=[0.34, 0.33, 0.33], kind="plain", font_size=10, repeat_header=False),
    ],
)
