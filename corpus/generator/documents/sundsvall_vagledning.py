"""Sundsvalls kommun: Vägledning för tillgängliga möten och evenemang (guideline, stated 'vägledning'; checklists)."""

from ._common import H1, H2, UL, A, B, Cover, Doc, G, P, Row, Table, Theme

SYFTE = ("Vägledningen ska bidra till att alla som vill kan delta i de möten, samråd och evenemang som "
         "Sundsvalls kommun anordnar.")

DOC = Doc(
    file="sundsvall_riktlinje_vagledning-tillgangliga-moten_2024.pdf",
    organisation="Sundsvalls kommun",
    kommunkod="2281",
    doc_type="guideline",
    stated_type="vägledning",
    title="Vägledning för tillgängliga möten och evenemang",
    adopted_by="Kommundirektören",
    adopted_date="2024-02-01",
    diarienummer="2023/87",
    valid_until=None,
    validity=None,
    articles=(9, 21, 29, 30),
    actors=[
        A("Kommundirektören", "role", "adopting", aliases=("kommundirektören",)),
        A("Kommunstyrelsekontoret", "department", "owner"),
        A("Rådet för funktionshinderfrågor", "council", "consulted"),
        A("Kultur- och fritidsförvaltningen", "department", "responsible"),
        A("Mötesarrangör", "role", "responsible", aliases=("mötesarrangören", "arrangören")),
        A("Hörselskadades Riksförbund", "civil-society", "mentioned", aliases=("HRF",)),
    ],
    notes=("A practical 'vägledning' (labelled guideline) with checklists for meetings. Decided by the chief "
           "executive (kommundirektören), not a political body. The checklist items are instructions and "
           "are not recorded as goals; the goals are the purpose statement and the two stated commitments "
           "under 'Kommunens ambition'. The diarienummer is printed as 'Dnr 2023/87' (gold keeps the number only). No validity is stated. "
           "Articles by topic: 9 (premises), 21 (interpretation, material), 29 (consultations), 30 (events)."),
    theme=Theme(body_font="Helvetica", body_size=11, leading=16, heading_sizes=(16, 12.5, 11),
                heading_color="#6b2c91", accent="#6b2c91", justify=False, hyphenate=False, numbered=False,
                header=("Sundsvalls kommun", "Vägledning – tillgängliga möten"), header_rule=False,
                footer="{n}/{m}", footer_align="center", margins=(78, 78, 80, 72)),
    cover=Cover(
        title="Vägledning för tillgängliga möten och evenemang",
        subtitle="Checklistor för dig som planerar möten, samråd och evenemang",
        style="photo",
        meta=[("Fastställd av", "Kommundirektören"), ("Fastställd", "1 februari 2024"), ("Ärende", "Dnr 2023/87"),
              ("Ansvarig", "Kommunstyrelsekontoret")],
    ),
    features=("'vägledning' labelled guideline", "checklist tables (non-goal)", "decided by an official",
              "'Dnr 2023/87' format"),
    body=[
        H1("Om vägledningen"),
        P(G(SYFTE, level="overall", responsible=("Mötesarrangör",), articles=(9, 29, 30)), "Den riktar sig till "
          "alla medarbetare som planerar och genomför möten med invånare, till exempel samråd, dialogmöten, "
          "informationsmöten, utställningar och kulturarrangemang."),
        P("Vägledningen har tagits fram av kommunstyrelsekontoret tillsammans med Rådet för "
          "funktionshinderfrågor och kultur- och fritidsförvaltningen. Den bygger på kommunens "
          "tillgänglighetspolicy."),
        H2("Kommunens ambition", area=True),
        UL(G("Alla kommunens möten med invånare ska kunna genomföras så att personer med funktionsnedsättning "
             "kan delta utan att själva behöva ordna anpassningar.", parent=SYFTE, articles=(9, 21),
             responsible=("Mötesarrangör",)),
           G("Kultur- och fritidsförvaltningen ska ha ett lånebart kit med portabel hörslinga, skyltar och "
             "ramp som alla förvaltningar kan använda.", parent=SYFTE, articles=(9,),
             responsible=("Kultur- och fritidsförvaltningen",), deadline="2024"), marker="–"),
        H1("Före mötet"),
        P("Det mesta av arbetet med tillgänglighet görs innan mötet. Tänk på att en lokal som ser bra ut på "
          "ritningen kan ha hinder som inte syns, till exempel en tung ytterdörr eller en hiss som är för "
          "liten för en elrullstol."),
        Table(["Kontrollera", "Tips"], [
            Row(["Lokalen har entré utan trappsteg eller med ramp.", "Använd tillgänglighetsdatabasen eller "
                 "besök lokalen innan."]),
            Row(["Det finns tillgänglig toalett nära möteslokalen.", "Kontrollera att den inte används som "
                 "förråd."]),
            Row(["Lokalen har fungerande hörslinga.", "Testa slingan med en slingmottagare."]),
            Row(["Inbjudan anger hur man anmäler behov av tolk eller anpassning.", "Ange sista dag för "
                 "anmälan, minst två veckor före."]),
            Row(["Inbjudan finns i tillgängligt format.", "Skicka inte inbjudan enbart som bild."]),
            Row(["Parkering för rörelsehindrade finns nära entrén.", "Reservera platser vid behov."]),
            Row(["Det finns en plan för utrymning av personer som inte kan gå i trappor.", "Kontakta "
                 "fastighetsägaren."]),
        ], widths=[0.55, 0.45], kind="grid", font_size=9.5, repeat_header=True),
        H1("Under mötet"),
        UL("Presentera dig och säg vad du heter varje gång du tar ordet.",
           "Använd alltid mikrofon, även om du tror att alla hör.",
           "Beskriv muntligt det som visas på bilder och diagram.",
           "Lägg in pauser minst en gång i timmen.",
           "Se till att tolkar får plats och ljus så att de syns."),
        P(B("Tänk på:"), "Hörselskadades Riksförbund (HRF) rekommenderar att deltagare som använder "
          "hörapparat sitter nära högtalaren och att bakgrundsljud undviks."),
        H1("Efter mötet"),
        UL("Skicka ut minnesanteckningar i tillgängligt format.",
           "Fråga deltagarna om det fanns hinder och hur mötet kan bli bättre nästa gång.",
           "Rapportera brister i lokalen till fastighetsägaren."),
        H1("Digitala och hybrida möten"),
        P("Digitala möten kan göra det lättare för många att delta, men de kan också skapa nya hinder. Den som "
          "använder skärmläsare kan ha svårt att hitta i mötesverktyget, och den som har hörselnedsättning "
          "behöver textning eller skrivtolkning."),
        UL("Välj ett mötesverktyg som kommunen har tillgänglighetsgranskat.",
           "Skicka länk och instruktion i god tid och erbjuda ett testtillfälle.",
           "Aktivera automatisk textning och ta med skrivtolk vid behov.",
           "Be deltagarna att ha kameran på när de talar, så att den som läser på läppar kan följa med.",
           "Dela presentationen i förväg i tillgängligt format."),
        H1("Evenemang utomhus"),
        P("Vid evenemang utomhus, till exempel marknader och konserter, gäller samma principer som inomhus. "
          "Därutöver behöver arrangören tänka på markbeläggning, avstånd och tillgång till sittplatser."),
        Table(["Kontrollera", "Tips"], [
            Row(["Gångytor är jämna och fasta.", "Lägg ut markskivor på gräs och grus."]),
            Row(["Det finns tillgänglig toalett.", "Hyr in en tillgänglig bajamaja om det behövs."]),
            Row(["Det finns sittplatser med rygg- och armstöd.", "Placera dem i skugga och nära scenen."]),
            Row(["Scenområdet har en yta för rullstolsanvändare.", "Markera ytan och håll den fri."]),
            Row(["Information finns på plats i flera format.", "Komplettera skyltar med utrop och karta."]),
        ], widths=[0.55, 0.45], kind="grid", font_size=9.5, repeat_header=True),
        H1("Stöd och kontakt"),
        P("Kommunstyrelsekontoret svarar på frågor om vägledningen och om kommunens tillgänglighetsarbete. "
          "Kultur- och fritidsförvaltningen lånar ut utrustning för tillgängliga evenemang."),
    ],
)
