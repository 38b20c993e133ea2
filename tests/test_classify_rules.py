"""Document-type classification: the hard cases, each with a small first page written for the test."""

from __future__ import annotations

import pytest

from miner.classify import base_form, classify, classify_text, rules
from miner.parse import parse_text

RIKTLINJE_WITH_TEMPLATE_LIST = """\
Riktlinjer för handläggning av bostadsanpassningsbidrag

Samhällsbyggnadsnämnden 2024-02-01

Strategi
Program
Plan
Policy
Riktlinjer
Regler

Diarienummer: SBN/2023:00412
Dokumentet är beslutat av: Samhällsbyggnadsnämnden
Dokumentet gäller till den: Tills vidare

Inledning
Riktlinjerna är ett stöd för handläggarna när de bedömer ansökningar om bidrag.
"""

MEMO_WITH_PROGRAMME_TITLE = """\
Ale kommun
Kommunledningskontoret
TJÄNSTESKRIVELSE
2024-03-12
Dnr KS 2024/118
Handläggare: Sara Lindqvist, utredare

Funktionshinderspolitiskt program 2024–2030

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige att anta funktionshinderspolitiskt program 2024–2030.

Sammanfattning
Programmet har tagits fram i dialog med funktionsrättsorganisationerna.
"""

PROPOSAL_WITHOUT_MEMO_WORD = """\
Kommunstyrelsen 2023-10-02
KS/2023:311

Förslag till beslut - handlingsplan för tillgänglighet 2024–2027

Förslag till beslut
1. Handlingsplanen för tillgänglighet antas.
2. Nämnderna redovisar sina åtgärder i årsredovisningen.
"""

MINUTES_EXTRACT = """\
Kiruna kommun
PROTOKOLLSUTDRAG
Kommunfullmäktige
Sammanträdesdatum 2023-05-22

§ 87 Handlingsplan för delaktighet 2023–2026
Dnr KS 2022/455

Beslut
Kommunfullmäktige beslutar att anta handlingsplanen.

Justerandes signatur
"""

STATEMENT = """\
Malmö stad
Funktionsstödsnämnden

Yttrande över remiss av Regional utvecklingsstrategi för Skåne 2030
Region Skåne

Funktionsstödsnämnden har beretts tillfälle att yttra sig över förslaget och lämnar följande synpunkter.
"""

WEB_PAGE_ABOUT_PROGRAMME = """\
Hoppa till huvudinnehållet
Meny
Sök

Funktionshinderspolitiskt program

Kommunfullmäktige antog programmet 2022. Här kan du läsa programmet och se hur arbetet följs upp.
Ladda ner programmet (pdf, 1,2 MB)

Senast uppdaterad: 2024-05-02
Dela sidan
"""

WEB_PAGE_THAT_IS_THE_GUIDELINE = """\
Länk till startsidan
Du är här: Startsida / Resor

Riktlinjer för färdtjänst

Här presenteras kommunens riktlinjer för färdtjänst och riksfärdtjänst. De ska ge stöd i bedömningen av ansökningar.

Senast uppdaterad: 2023-11-20
"""

STRATEGIC_PLAN = """\
Luleå kommun
Kommunledningsförvaltningen

Strategisk plan 2024–2027

Inledning
Den strategiska planen anger inriktningen för kommunens verksamheter under mandatperioden.
"""

METADATA_BLOCK = """\
Dokumenttyp: Policy
Beslutad av: Kommunfullmäktige
Beslutsdatum: 2022-06-13
Diarienummer: KS 2022/101

Digital tillgänglighet

Alla webbplatser och e-tjänster ska kunna användas av alla invånare.
"""

PLANNING_IS_NOT_A_PLAN = """\
Planering av verksamheten

Under året ska vi planera för fler platser i daglig verksamhet. Planeringen sker i samråd med brukarna.
"""


def _dt(text: str):
    return classify_text(text, source="test")


def test_template_list_of_types_does_not_decide_a_guideline():
    dt = _dt(RIKTLINJE_WITH_TEMPLATE_LIST)
    assert dt.label == "guideline"
    assert dt.stated == "riktlinjer"
    assert "template list" in dt.reason
    # the template list itself is masked out of what the rules read
    head = rules.read_head(parse_text(RIKTLINJE_WITH_TEMPLATE_LIST))
    assert "Strategi" not in head.text and "Riktlinjer för handläggning" in head.text


def test_template_list_run_into_the_next_line_is_masked():
    text = "Vision  Strategi  Program  Policy  Plan  Riktlinje  Rutin Ale kommun\n\nKostpolicy för Ale kommun\n\nText."
    dt = _dt(text)
    assert (dt.label, dt.stated) == ("policy", "kostpolicy")


def test_memo_carrying_a_programme_title_is_other():
    dt = _dt(MEMO_WITH_PROGRAMME_TITLE)
    assert dt.label == "other"
    assert dt.stated == "tjänsteskrivelse"
    assert dt.evidence[0].extractor == "rule:memo-marker"
    assert dt.evidence[0].quote == "TJÄNSTESKRIVELSE"


def test_proposal_to_adopt_a_plan_is_other():
    dt = _dt(PROPOSAL_WITHOUT_MEMO_WORD)
    assert dt.label == "other"
    assert dt.stated == "förslag till beslut"


def test_minutes_extract_is_other():
    dt = _dt(MINUTES_EXTRACT)
    assert dt.label == "other" and dt.stated == "protokoll"


def test_statement_on_a_strategy_is_other():
    dt = _dt(STATEMENT)
    assert dt.label == "other" and dt.stated == "yttrande"


def test_web_page_about_a_programme_is_other():
    dt = _dt(WEB_PAGE_ABOUT_PROGRAMME)
    assert dt.label == "other"
    assert dt.evidence[0].extractor == "rule:web-page"


def test_web_page_that_presents_the_guideline_itself():
    dt = _dt(WEB_PAGE_THAT_IS_THE_GUIDELINE)
    assert dt.label == "guideline"
    assert dt.evidence[0].extractor == "rule:web-self"


def test_strategic_plan_is_a_plan():
    dt = _dt(STRATEGIC_PLAN)
    assert dt.label == "plan" and dt.stated == "plan"


def test_metadata_block_decides():
    dt = _dt(METADATA_BLOCK)
    assert dt.label == "policy"
    assert dt.evidence[0].extractor == "rule:metadata-block"
    assert dt.evidence[0].quote == "Policy"


def test_planning_is_not_a_plan():
    findings = rules.find(parse_text(PLANNING_IS_NOT_A_PLAN))
    assert not any(s.rule == "rule:title-head-noun" and s.label == "plan" for s in findings.signals)


@pytest.mark.parametrize(("word", "label"), [
    ("planering", None), ("planera", None), ("planerad", None), ("flygplan", None), ("genomförandeplan", None),
    ("detaljplan", "other"), ("detaljplanen", "other"), ("översiktsplan", "plan"), ("handlingsplanen", "plan"),
    ("Tillgänglighetsplan", "plan"), ("Handikapplan", "plan"), ("Kostpolicy", "policy"), ("programmet", "programme"),
    ("Tillväxtstrategi", "strategy"), ("strategisk", None), ("riktlinjerna", "guideline"), ("föreskrifter", "guideline"),
    ("vägledning", "guideline"), ("Revisionsrapport", "other"), ("Protokollsutdrag", "other"),
    ("tjänsteskrivelse", "other"), ("reglemente", "other"), ("ansvar", None),
])
def test_compound_words(word, label):
    assert rules.type_of_word(word)[0] == label


@pytest.mark.parametrize(("title", "label", "word"), [
    ("Funktionshinderspolitiskt program 2024–2030", "programme", "program"),
    ("Tillgänglighetsplan för Ale kommun", "plan", "Tillgänglighetsplan"),
    ("Kostpolicy för Botkyrka kommun", "policy", "Kostpolicy"),
    ("Strategisk plan 2024–2027", "plan", "plan"),
    ("Malmö stads strategi för digital tillgänglighet", "strategy", "strategi"),
    ("Tillgänglighet, Bemötande, Delaktighet Politiskt program för personer med funktionsnedsättning", "programme", "program"),
    ("Rapport från Statens kulturråd 1998:3. Kartläggning och handlingsprogram", "other", "Rapport"),
    ("Uppföljning av handlingsplan för tillgänglighet", "other", "Uppföljning"),
    ("Tillgänglighetsprogram för Malmö Krav och riktlinjer för god tillgänglighet", "guideline", "krav och riktlinjer"),
    ("Förslag till funktionshinderspolitiskt program", "programme", "program"),
])
def test_title_head_noun(title, label, word):
    head = rules.title_head(title, 0)
    assert head is not None and head[0] == label and head[1] == word


@pytest.mark.parametrize("title", ["Uppföljning", "Beslut och överklagande", "Planen ska följas upp årligen",
                                   "Mål och inriktning", "Rådet för funktionshinderfrågor"])
def test_not_a_title_head(title):
    assert rules.title_head(title, 0) is None


def test_section_heading_under_the_title_does_not_override_it():
    dt = _dt("Handlingsplan för psykisk hälsa 2024–2026\n\nUppföljning\nPlanen följs upp varje år.\n")
    assert dt.label == "plan" and dt.stated == "handlingsplan"


def test_case_number_and_officer_on_a_strategy_cover_do_not_make_a_memo():
    text = ("Tillväxtstrategi\nGävle kommun\nDatum: 2025-10-06\nHandläggare: Per Holm\n"
            "Diarienummer: KS-2025-00512\n\nSyfte\nStrategin anger riktningen för tillväxtarbetet.\n")
    dt = _dt(text)
    assert dt.label == "strategy" and dt.stated == "tillväxtstrategi"


@pytest.mark.parametrize("text", [
    "SOU 2019:23\n\nStyrkraft i funktionshinderspolitiken\n\nTill statsrådet och chefen för Socialdepartementet\n",
    "Prop. 2016/17:188\n\nNationellt mål och inriktning för funktionshinderspolitiken\n\n"
    "Regeringen överlämnar denna proposition till riksdagen.\n",
    "RAPPORT 2016:8 REGERINGSUPPDRAG\n\nStrategin för genomförandet av funktionshinderspolitiken\n\nSlutredovisning\n",
])
def test_government_publications_about_a_strategy_are_other(text):
    dt = _dt(text)
    assert dt.label == "other" and dt.evidence[0].extractor == "rule:publication-id"


def test_publication_number_in_a_footnote_does_not_decide():
    text = ("Program för delaktighet 2024–2027\n\nProgrammet tar sin utgångspunkt i nationella mål, bland annat "
            "det nationella målet för funktionshinderspolitiken enligt Prop. 2016/17:188 och de mål som riksdagen "
            "har beslutat om.\n")
    assert _dt(text).label == "programme"


def test_easy_read_version_is_other():
    assert _dt("Lättläst: Plan för full delaktighet\n\nKommunen vill att alla ska få vara med.\n").label == "other"


def test_transcript_boilerplate_is_seen_through():
    text = ("Handlingsplan för ökad tillgänglighet\n\nStorlek: px\nStarta visningen från sidan:\n\n"
            "Download \"Handlingsplan för ökad tillgänglighet\"\n\nTranskript\n\n"
            "1 Handlingsplan för ökad tillgänglighet i Ale kommun Antagen av kommunfullmäktige\n"
            "2 Innehåll Förord 3 Mål 4 Åtgärder 5\n")
    dt = _dt(text)
    assert dt.label == "plan" and dt.stated == "handlingsplan"


def test_memo_inside_a_transcript_is_other():
    text = ("Handikappolitiskt program 2021–2024\n\nStorlek: px\n\nDownload \"Handikappolitiskt program 2021–2024\"\n\n"
            "Transkript\n\n1 Boden kommun Diarienummer: KS/2021:481 TJÄNSTESKRIVELSE Remissversion av "
            "Handikappolitiskt program 2021–2024 Förslag till beslut Nämnden godkänner programmet.\n")
    assert _dt(text).label == "other"


def test_evidence_spans_point_into_the_clean_text():
    doc = parse_text(MEMO_WITH_PROGRAMME_TITLE)
    dt = classify(doc)
    assert dt.evidence
    for ev in dt.evidence:
        assert doc.text[ev.start:ev.end] == ev.quote
        assert ev.page == 1


def test_base_form():
    assert base_form("Programmet") == "program"
    assert base_form("riktlinjerna") == "riktlinjer"
    assert base_form("propositionen") == "proposition"
    assert base_form("SOU") == "SOU"


def test_share_this_page_alone_marks_a_web_page():
    text = "Tillgänglighetsplan\n\nKommunen har en plan för tillgänglighet som gäller alla förvaltningar.\n\nDela sidan\n"
    assert _dt(text).label == "other"
