"""Explicit signals of a document's type, read from the top of its first page.

A municipal document usually says what it is, but not always where a naive
reader looks. The signals below are tried in this order of precedence; the
first *decisive* one fixes the label (``classify`` then only asks the model
how sure it is):

1. ``rule:metadata-block``  a "Dokumenttyp: Policy" field (the document's own word for itself).
2. ``rule:publication-id``  a government or agency series number at the top
   (SOU 2019:23, Ds 2008:23, Prop. 2016/17:188, Skr., Dir., "Rapport 2016:8", "Rapportnummer") → other.
   A report *about* a strategy is a report.
3. ``rule:memo-marker``     a letter or minutes header at the top (Tjänsteskrivelse, Tjänsteutlåtande,
   Förslag till beslut, Protokollsutdrag, Sammanträdesprotokoll, Justerare, § 123 lines, Yttrande över,
   Remissvar, Motion, Kallelse, Pressmeddelande...) → other. This comes before the title because a
   cover memo carries the title of the programme it proposes.
   ``rule:memo-block`` is the weaker form: several letterhead fields (Dnr, Handläggare, Datum, Referens)
   together with a case heading (Ärendet, Ärendebeskrivning, Beslutsunderlag) → other. A Dnr or a
   Handläggare alone decides nothing: real strategies and policies carry them on the cover.
4. ``rule:easy-read``       a "Lättläst" version is a summary for readers, not the document → other.
5. ``rule:web-page``        web-site furniture (Dela sidan, Senast uppdaterad, Hitta direkt, Du är här,
   cookie notices, "Här finns information om"...) → other: a page *about* a programme is not the
   programme. ``rule:web-self`` is the exception, a page that presents itself as the document
   ("Här presenteras kommunens riktlinjer...", "detta dokument, ”Policy för ...”", a page titled
   "Webbversion") → the type it names.
6. ``rule:title-head-noun`` the head noun of the title, with Swedish compounds read from the end
   ("Funktionshinderspolitiskt program" → program, "Tillgänglighetsplan" → plan, "Kostpolicy" → policy,
   "Strategisk plan" → plan, "Revisionsrapport" → other). "Krav och riktlinjer" in a subtitle makes a
   "Tillgänglighetsprogram" a guideline.

Not decisive, passed to the model as hints: a self-reference near the top ("Denna handlingsplan",
"Riktlinjerna är ett stöd", "I propositionen"), a news quote ("säger socialtjänstminister"), an adoption
line ("Antagen av kommunfullmäktige", which real memos and web pages rarely carry).

Before any of this, noise is masked (replaced by spaces, so offsets still point into ``Document.text``):
template lists of types ("Strategi Program Plan Policy Riktlinjer Regler", printed on every document
of some municipalities), and the boilerplate of sites that host transcripts of PDFs ("Storlek: px",
"Transkript", "Academic year", "Relevanta dokument" lists of *other* documents).

Conventions for labels, decided here once:

* plan covers plan, handlingsplan, verksamhetsplan, nämndsplan, "strategisk (utvecklings)plan",
  handikapplan, tillgänglighetsplan, folkhälsoplan and översiktsplan (a municipality-wide plan adopted by
  the council). A *detaljplan* is a land-use decision for one area, not a steering document: other. So
  are individual care plans (genomförandeplan, vårdplan) and words that only contain "plan"
  (planering, planera, planerad, flygplan).
* guideline covers riktlinje(r), vägledning, föreskrifter and "krav och riktlinjer".
* memos, minutes, statements, reports, agreements, routines, reglementen, press releases, government
  bills and inquiries, easy-read summaries and web pages are other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document

#: How far into the first page the rules look (characters of clean text).
HEAD_CHARS = 3000
#: Minimum amount of text taken from the top, even when the first page is only a cover.
MIN_HEAD_CHARS = 1500

# --------------------------------------------------------------------- lexicon

#: Head nouns (and the compound tails they end) that name a steering document, by label.
#: Each key is a stem; inflected forms are matched by ``_TYPE_TAIL``.
TYPE_STEMS: dict[str, str] = {
    "strategi": "strategy",
    "program": "programme",
    "plan": "plan",
    "policy": "policy",
    "riktlinje": "guideline",
    "vägledning": "guideline",
    "föreskrift": "guideline",
}

#: Head nouns of documents that are not steering documents (label ``other``).
OTHER_STEMS: tuple[str, ...] = (
    "tjänsteskrivelse", "tjänsteutlåtande", "tjänsteyttrande", "protokoll", "protokollsutdrag",
    "protokollsingress", "utdrag", "yttrande", "remissvar", "remiss", "motion", "interpellation",
    "medborgarförslag", "rapport", "uppföljning", "utvärdering", "kartläggning", "slutredovisning",
    "redovisning", "årsredovisning", "verksamhetsberättelse", "delårsrapport", "överenskommelse", "avtal",
    "reglemente", "arbetsordning", "delegationsordning", "stadga", "stadgar", "rutin", "instruktion",
    "checklista", "lathund", "kallelse", "föredragningslista", "ärendelista", "dagordning",
    "pressmeddelande", "proposition", "betänkande", "promemoria", "skrivelse", "direktiv", "uppdrag",
    "regeringsuppdrag", "regeringsbeslut", "minnesanteckning", "minnesanteckningar", "informationsblad",
    "faktablad", "broschyr", "skrift", "nyhetsbrev", "inbjudan", "enkät", "granskning", "detaljplan",
    "planbeskrivning", "planprogram", "sammanträde", "beslut",
)

#: Compounds that end like a type word but are not that type.
NOT_TYPE: dict[str, str | None] = {
    # value: the label they do have, or None when they say nothing
    "detaljplan": "other", "planprogram": "other", "genomförandeplan": None, "vårdplan": None,
    "omvårdnadsplan": None, "läroplan": None, "kursplan": None, "tidplan": None, "tidsplan": None,
    "flygplan": None, "bollplan": None, "fotbollsplan": None, "gräsplan": None, "grusplan": None,
    "golfplan": None, "dagsprogram": None, "datorprogram": None, "tv-program": None, "radioprogram": None,
    "utbildningsprogram": None, "gymnasieprogram": None, "studieprogram": None, "konferensprogram": None,
    "kursprogram": None, "webbriktlinjer": None, "webbriktlinje": None, "årsplan": None, "årshjul": None,
    "semesterplan": None, "schemaplan": None, "bemanningsplan": None, "internkontrollplan": None,
    "utbildningsplan": None, "kommunikationsplan": None, "projektplan": None, "aktivitetsplan": None,
}
#: "Other" nouns that are also common section headings ("Uppföljning", "Beslut och överklagande"):
#: they name the document only with a complement ("Uppföljning av ...", "Beslut om ...").
SECTION_NOUNS = {"uppföljning", "utvärdering", "redovisning", "granskning", "kartläggning", "beslut", "uppdrag",
                 "svar", "sammanträde", "utdrag"}

#: Inflections of the type words: strategin, programmet, planerna, policyn, riktlinjerna, föreskrifterna.
_INFLECT = r"(?:en|ens|erna|ernas|er|ers|et|ets|n|ns|na|nas|ar|arna|s|met|mets|men|r|rna|rnas)?"
#: A word that is a type word or a compound ending in one (``Funktionshinderplan``, ``Kostpolicyn``).
TYPE_WORD = re.compile(
    r"^(?P<word>[\wåäöÅÄÖéÉ\-]*?(?P<stem>strategi|program|plan|policy|riktlinje|vägledning|föreskrift))"
    + _INFLECT + r"$",
    re.IGNORECASE,
)
_OTHER_WORD = re.compile(
    r"^(?P<word>[\wåäöÅÄÖ\-]*?(?P<stem>" + "|".join(sorted(OTHER_STEMS, key=len, reverse=True)) + r"))"
    r"(?:en|erna|er|et|n|na|ar|arna|s|ns|ets|ens|e|t|ts)?$",
    re.IGNORECASE,
)
#: Non-head words that only some document kinds use as a "name" (skipped before the head noun).
_DETERMINERS = {
    "en", "ett", "den", "det", "de", "vår", "vårt", "våra", "min", "mitt", "ny", "nytt", "nya", "gemensam",
    "gemensamt", "gemensamma", "lokal", "lokalt", "lokala", "regional", "regionalt", "regionala", "kommunal",
    "kommunalt", "kommunala", "nationell", "nationellt", "nationella", "stärkt", "samlad", "samlat",
    "övergripande", "reviderad", "reviderat", "reviderade", "uppdaterad", "uppdaterat", "långsiktig",
    "långsiktigt", "hållbar", "hållbart", "tillgänglig", "tillgängligt", "digital", "digitalt", "social",
    "sociala", "global", "globalt", "allmän", "allmänt", "allmänna", "generell", "generella", "generellt",
    "kommunövergripande", "förvaltningsövergripande", "gällande", "preliminär", "slutlig",
    "remissversion", "årlig", "årliga", "fyraårig", "treårig", "flerårig",
}
_ADJ_SUFFIX = re.compile(r"(?:iskt?|iska|ellt?|ella|igt?|iga|ande|ende|erad|erat|erade)$", re.IGNORECASE)
_COMPLEMENT = {
    "för", "om", "mot", "inom", "i", "av", "till", "kring", "avseende", "gällande", "rörande", "vid", "med",
    "från", "över", "enligt", "på", "efter", "under", "och", "samt", "inför", "angående", "beträffande",
    "2.0", "the",
}
_PREPOSITIONS = _COMPLEMENT - {"och", "samt", "2.0", "the"}

#: Words printed in a template's list of document types (Botkyrka prints all of them on every document).
_TEMPLATE_WORDS = {
    "strategi", "program", "plan", "policy", "riktlinjer", "riktlinje", "regler", "regel", "rutin", "rutiner",
    "handlingsplan", "vision", "reglemente", "instruktion", "instruktioner", "anvisning", "anvisningar",
    "taxa", "avgifter", "föreskrifter", "strategier", "program,", "planer", "policyer",
}

# ------------------------------------------------------------------ the markers

_FLAGS = re.IGNORECASE | re.MULTILINE

#: Series numbers of government and agency publications: what carries one is a publication about
#: policy, never a municipal steering document.
PUBLICATION_ID = re.compile(
    r"\b(?:SOU|Ds)\s+\d{4}:\d+\b"
    r"|\bProp(?:\.|osition)\s*\d{4}/\d{2,4}:\d+"
    r"|\bSkr\.\s*\d{4}/\d{2,4}:\d+"
    r"|\bDir\.\s*\d{4}:\d+"
    r"|\bRAPPORT\s+\d{4}:\d+"
    r"|\bRapport\s+\d{4}:\d+"
    r"|\bRapportnummer\b"
    r"|\bRegeringens\s+(?:proposition|skrivelse)\b"
    r"|\bKommittédirektiv\b"
    r"|^Betänkande av\b"
    r"|^Till statsrådet (?:och chefen för|[A-ZÅÄÖ])"
    r"|^Post\s+\d+\s+av\s+\d+\s+träffar",
    re.MULTILINE,
)

#: Letter and minutes headers. Each must start a line near the top of the first page.
MEMO_MARKERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:[A-ZÅÄÖ][A-ZÅÄÖ\-]*[ \t]+){0,3}(?i:(tjänsteskrivelse|tjänsteutlåtande|tjänsteyttrande))"
                r"(?=[ \t]*(?:$|\d|[-–:]|(?i:dnr|datum|diarienummer|till\b)))", re.MULTILINE), "tjänsteskrivelse"),
    (re.compile(r"^(förslag till beslut|beslutsförslag|förslag till kommunfullmäktige|förslag till kommunstyrelsen)\b", _FLAGS), "förslag till beslut"),
    (re.compile(r"^(protokollsutdrag|utdrag ur (?:sammanträdes)?protokoll(?:et)?|utdrag ur\s*$|sammanträdesprotokoll|justerat protokoll)", _FLAGS), "protokoll"),
    (re.compile(r"^(?:[A-ZÅÄÖ]+\s+){0,3}(PROTOKOLL(?:SUTDRAG|SINGRESSER)?|Protokoll)\b(?!\s+(?:för|om)\b)", re.MULTILINE), "protokoll"),
    (re.compile(r"^(justerare|justerandes?\s+sign\w*|justering|val av justerare|paragrafer|anslagsbevis|anslag/bevis|sammanträdesdatum|sammanträdestid)\b", _FLAGS), "protokoll"),
    (re.compile(r"^(§\s*\d{1,4})\s+(?!\d)[A-ZÅÄÖ]", re.MULTILINE), "protokoll"),
    (re.compile(r"^(yttrande)\b(?:\s+(?:över|avseende|gällande|om|till|angående|från)\b|\s*$)", _FLAGS), "yttrande"),
    (re.compile(r"^(remissvar|svar på remiss|remiss från|remiss:|remiss\s*$)", _FLAGS), "remissvar"),
    (re.compile(r"^(motion)\b(?:\s+(?:om|angående|gällande|till|från|avseende)\b|\s*$)", _FLAGS), "motion"),
    (re.compile(r"^(interpellation|medborgarförslag|e-förslag)\b", _FLAGS), "motion"),
    (re.compile(r"^(kallelse(?:/föredragningslista)?|föredragningslista|ärendelista|dagordning)\b", _FLAGS), "kallelse"),
    (re.compile(r"^(pressmeddelande|nyhet\s*[•|·-]|pressinformation)\b", _FLAGS), "pressmeddelande"),
    (re.compile(r"^(minnesanteckningar|mötesanteckningar)\b", _FLAGS), "minnesanteckningar"),
    (re.compile(r"^(promemoria)\b", _FLAGS), "promemoria"),
    (re.compile(r"^(PM)\s*(?:$|\d|[Dd]atum)", re.MULTILINE), "promemoria"),
]
#: Minutes markers that count anywhere on the first page (not only at the top).
MINUTES_ANYWHERE = re.compile(
    r"^(utdrag ur\s*\n?\s*(?:sammanträdes)?protokoll\w*|protokollsutdrag|sammanträdesprotokoll|justerandes?\s+sign\w*"
    r"|val av justerare)", _FLAGS)

#: Memo markers inside the first page of a transcript, where the site ran the page into one line.
TRANSCRIPT_MEMO = re.compile(
    r"(?<![\wåäö])(TJÄNSTESKRIVELSE|Tjänsteskrivelse|TJÄNSTEUTLÅTANDE|Tjänsteutlåtande|PROTOKOLLSUTDRAG|Protokollsutdrag"
    r"|SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll|Utdrag ur (?:sammanträdes)?protokoll|Förslag till beslut|Beslutsförslag"
    r"|Yttrande (?:över|avseende|gällande|angående|om)|Svar på remiss|Remissvar|Justerandes sign\w*|Justerare|KALLELSE"
    r"|Kallelse till|PROTOKOLL|Protokoll(?= [A-ZÅÄÖ])|Sammanträdesdatum|Betänkande av|Regeringens proposition)(?![\wåäö])")

#: Letterhead fields of a case memo; together with a case heading they make a memo.
MEMO_FIELDS = re.compile(r"^(handläggare|dnr|diarienummer|vår referens|er referens|referens|datum|ärende|mottagare)\b", _FLAGS)
MEMO_HEADINGS = re.compile(r"^(ärendet|ärendebeskrivning|sammanfattning av ärendet|beslutsunderlag|beskrivning av ärendet"
                           r"|ärendets beredning|yrkanden|beslutsgång|förvaltningens bedömning|förvaltningens förslag)\b", _FLAGS)

EASY_READ = re.compile(r"^(lättläst(?:\s+text|\s+version)?)(?:\s*[:,–-]\s*|\s+)(?=\S)|^(lättläst\s+version)\s*$", _FLAGS)

#: Furniture of web pages, with weights; a page scoring 2 or more is a web page.
WEB_MARKERS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"^(?:dela sidan|dela på (?:facebook|linkedin|x|twitter)|skriv ut sidan|lyssna på sidan|läs upp sidan"
                r"|tipsa en vän|tipsa om sidan)\s*$", _FLAGS), 2),
    (re.compile(r"^(?:dela|skriv ut|lyssna|läs upp)\s*$", _FLAGS), 1),
    (re.compile(r"^(?:senast uppdaterad|sidan senast (?:ändrad|uppdaterad|granskad)|senast ändrad|sidan uppdaterades)\b", _FLAGS), 2),
    (re.compile(r"^(?:uppdaterad|publicerad)\s*(?::|$|\d{1,4}[\s\-.]|den\s+\d)", _FLAGS), 2),
    (re.compile(r"^(?:hitta direkt|till innehållet|hoppa till (?:huvud)?innehåll\w*|till undermeny|länk till startsidan"
                r"|du är här|din position|sök på webbplatsen|om webbplatsen|other languages|translate)\b", _FLAGS), 2),
    (re.compile(r"^hem\s*[>›/»]", _FLAGS), 2),
    (re.compile(r"^(?:meny|huvudmeny)\s*$", _FLAGS), 2),
    (re.compile(r"^(?:stäng|kontakta oss|kontakt|e-tjänster|visa mer|relaterade sidor|läs mer|ladda ner:?)\s*$", _FLAGS), 1),
    (re.compile(r"\b(?:vi använder (?:cookies|kakor)|cookie-?inställningar|godkänn (?:alla )?(?:cookies|kakor)|om kakor)\b", re.IGNORECASE), 2),
    (re.compile(r"^(?:logo|logotyp|header logo|[\wåäö ]+ logotyp)\s*$", _FLAGS), 2),
    (re.compile(r"^\$(?:left|middle|right)\s*$", re.MULTILINE), 2),
    (re.compile(r"\blänk till annan webbplats\b", re.IGNORECASE), 2),
    (re.compile(r"\b(?:på den här sidan|på denna sida|här finns information om|här finns information och|här kan du läsa"
                r"|här hittar du)\b", re.IGNORECASE), 2),
    (re.compile(r"^ladda ner\b.*$", _FLAGS), 1),
    (re.compile(r"\((?:pdf|docx?|word)[,;]?\s*\d+(?:[,.]\d+)?\s*(?:kb|mb|kilobyte|megabyte)\)", re.IGNORECASE), 2),
    (re.compile(r"\b(?:längre (?:ned|ner) på sidan|i högerspalten|under rubriken dokument|via länken nedan)\b", re.IGNORECASE), 2),
    (re.compile(r"\bhittar du\b", re.IGNORECASE), 1),
    (re.compile(r"^(?:hjälpte informationen dig|var informationen till hjälp|fick du svar på din fråga)", _FLAGS), 2),
]

#: A web page that presents itself as the document (not a page about it).
WEB_SELF = [
    re.compile(r"\b(?:här|nedan|på denna sida|på den här sidan)\s+(?:presenteras|publiceras|återges)\s+"
               r"(?:\w+\s+){0,3}?(?P<word>[\wåäö\-]*(?:strategi|program|plan|policy|riktlinje|vägledning|föreskrift)\w*)",
               re.IGNORECASE),
    re.compile(r"\b(?:detta|det här) dokument,?\s*[”\"«']\s*(?P<word>[\wåäö\-]*(?:[Ss]trategi|[Pp]rogram|[Pp]lan|[Pp]olicy"
               r"|[Rr]iktlinje|[Vv]ägledning|[Ff]öreskrift)\w*)"),
]
WEB_VERSION = re.compile(r"^(webbversion|webbversion av .*|digital version)\s*$", _FLAGS)
WEB_VERSION_NAMED = re.compile(
    r"\b(?P<word>[\wåäö\-]*(?:[Ss]trategi|[Pp]rogram|[Pp]lan|[Pp]olicy|[Rr]iktlinjer))\s+för\b")

#: Self-references near the top: hints for the model, not decisions.
SELF_REF = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:denna|detta|den här|det här|vår|vårt)\s+(?P<w1>[\wåäö\-]*(?:strategi|program|plan|policy|riktlinje\w*"
    r"|vägledning|rapport|promemoria|skrivelse|skrift|proposition|broschyr|rutin|sida|webbplats|yttrande|reglemente|publikation))\b"
    r"|(?:^|[.!?]\s+|\n)(?P<w2>[\wåäö\-]*(?:strategin|programmet|planen|policyn|riktlinjerna|riktlinjen|vägledningen|rutinen"
    r"|reglementet|rapporten))\s+(?:ska|är|gäller|omfattar|syftar|beskriver|utgår|anger|innehåller|tar|har|bygger|pekar"
    r"|ersätter|riktar|kompletterar|fastställer|uttrycker|redovisar|beskriver)\b"
    r"|\bi\s+(?P<w3>propositionen|promemorian|betänkandet|rapporten|skrivelsen|denna rapport|denna skrift)\b",
    re.IGNORECASE,
)
NEWS_QUOTE = re.compile(r"[,–-]\s*säger\s+(?:[\wåäö\-]+\s+){0,4}[A-ZÅÄÖ][\wåäö\-]+", re.UNICODE)

# ------------------------------------------------------------------- transcripts

#: Lines that sites hosting transcripts of PDFs wrap around the text (docplayer-, 5dok-style).
_HOST_LINE = re.compile(
    r"^(?:•?\s*no results found|n/a|protected|academic year:?\s*\d{4}|copied!|loading\.+.*|full text|\(\d{1,3}\)"
    r"|\d{1,4}|save this pdf as:?|word\s+png\s+txt\s+jpg|storlek:\s*px|starta visningen från sidan:?|transkript"
    r"|in document .*\(page \d+[-–]\d+\)|share\s+\".*\"|download\s+\".*\"|ladda ner\s+\".*\"|relevanta dokument)\s*$",
    re.IGNORECASE,
)
_HOST_TITLE = re.compile(r"^(?:share|download)\s+\"(?P<title>[^\"]{3,300})\"\s*$", re.IGNORECASE | re.MULTILINE)
_HOST_SIGN = re.compile(r"^(?:storlek:\s*px|transkript|academic year:?\s*\d{4}|loading\.+ \(view fulltext now\)|relevanta dokument)\s*$",
                        re.IGNORECASE | re.MULTILINE)
_PAGE_PREFIX = re.compile(r"^(\(?\d{1,3}\)?)\s+(?=\S)", re.MULTILINE)

_LABELLED = re.compile(r"^[A-ZÅÄÖ][\wåäö\-/ ]{1,40}:\s*\S")  # "Dokumentet är beslutat av: X"
_META_WORDS = (r"dokumenttyp|dokumentslag|beslutad av|beslutat av|antagen av|antaget av|fastställd av|beslutsdatum"
               r"|datum för beslut|beslutsinstans|diarienummer|dnr|dokumentansvarig(?: är)?|ansvarig för revidering"
               r"|dokumentet är beslutat av|dokumentet beslutades den|dokumentet gäller (?:för|till den|till|tills vidare)"
               r"|dokumentet ersätter|giltighetstid|gäller till|gäller från|revideras senast|handläggare|vår handläggare"
               r"|datum|referens|vår referens|er referens|vår beteckning|er beteckning|ärendenummer|sida|version"
               r"|relaterade dokument|för revidering av dokumentet ansvarar|för uppföljning av dokumentet ansvarar")
#: A metadata label standing alone on its line (its value is on the next line).
_BARE_LABEL = re.compile(rf"^(?:{_META_WORDS})\s*:?\s*$", re.IGNORECASE)
#: A metadata line with its value ("Dnr KS 2019/196", "Vår beteckning KS-2008-00131").
_META_LINE = re.compile(rf"^(?:{_META_WORDS})\b", re.IGNORECASE)
_TEMPLATE_RUN = re.compile(
    r"(?<![\wåäö])(?:(?:" + "|".join(sorted(_TEMPLATE_WORDS, key=len, reverse=True)).replace(",", "")
    + r")(?:[ \t]*[|,;•·][ \t]*|[ \t]+)){2,}(?:" + "|".join(sorted(_TEMPLATE_WORDS, key=len, reverse=True)).replace(",", "")
    + r")(?![\wåäö])", re.IGNORECASE)
#: A table-of-contents line ("4. Uppföljning ...... 9", "Syfte\t3") or a list item: never a title.
_TOC_OR_ITEM = re.compile(r"^(?:.{2,90}?(?:\.{2,}|…|\t| {2,}|\s)\s*\d{1,3}|[•·▪◦*\-–]\s.*|\d{1,2}[.)]\s.*)$")
_TOC_HEADING = re.compile(r"^(?:innehåll|innehållsförteckning|innehållsförteckning:)\s*$", re.IGNORECASE)
_FURNITURE = re.compile(
    r"^(?:sida\s+\d+(?:\s*(?:av|\(|/)\s*\d+\)?)?|\d+\s*[\(\[/]\s*\d+\s*[\)\]]?|\d+\s*/\s*\d+|[\d\-–./ ]+|---+|\d{4}-\d\d-\d\d.*)$",
    re.IGNORECASE)


# ----------------------------------------------------------------------- results


@dataclass(slots=True)
class Signal:
    """One piece of evidence for a label: where it is, which rule found it and how much it says."""

    label: str
    rule: str  # extractor name, e.g. "rule:memo-marker"
    start: int  # span in Document.text
    end: int
    strength: float  # confidence of the rule when it decides, or the weight of a hint
    decisive: bool
    stated: str | None = None  # the Swedish word the document uses for itself, if this signal shows it
    reason: str = ""


@dataclass(slots=True)
class Head:
    """The top of the first page as the rules and the model see it."""

    start: int  # offset of the head in Document.text
    text: str  # the head with noise masked (same length as the original span)
    raw: str = ""  # the head as it stands
    titles: list[tuple[int, int]] = field(default_factory=list)  # title candidates, spans in Document.text
    masked: list[str] = field(default_factory=list)  # what was masked, for the reason
    transcript: bool = False
    web_score: int = 0
    web_spans: list[tuple[int, int]] = field(default_factory=list)

    def lines(self) -> list[tuple[int, str]]:
        """Non-empty lines of the masked head as (offset in Document.text, stripped text)."""
        out, pos = [], 0
        for raw in self.text.split("\n"):
            s = raw.strip()
            if s:
                out.append((self.start + pos + raw.index(s[0]), s))
            pos += len(raw) + 1
        return out


@dataclass(slots=True)
class Findings:
    head: Head
    signals: list[Signal]  # decisive signals in precedence order, then hints

    @property
    def decisive(self) -> Signal | None:
        return next((s for s in self.signals if s.decisive), None)

    @property
    def hints(self) -> list[Signal]:
        return [s for s in self.signals if not s.decisive]


# ------------------------------------------------------------------------ helpers


def _mask(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def head_span(doc: Document) -> tuple[int, int]:
    """The span of clean text the rules read: the first page with text, at least ``MIN_HEAD_CHARS``."""
    start, end = 0, len(doc.text)
    for page in doc.pages:
        if page.end > page.start and doc.text[page.start:page.end].strip():
            start, end = page.start, page.end
            break
    end = max(end, min(len(doc.text), start + MIN_HEAD_CHARS))
    return start, min(end, start + HEAD_CHARS, len(doc.text))


def read_head(doc: Document) -> Head:
    """The top of the first page with transcript boilerplate and template type lists masked."""
    start, end = head_span(doc)
    raw = doc.text[start:end]
    chars = list(raw)
    head = Head(start=start, text=raw, raw=raw)
    transcript = bool(_HOST_SIGN.search(raw[:2500]))
    head.transcript = transcript
    # "Relevanta dokument" near the top: everything after it lists other documents.
    m = re.search(r"^relevanta dokument\s*$", raw, re.I | re.M)
    if m and raw[: m.start()].count("\n") <= 8:
        _mask(chars, m.start(), len(raw))
        head.masked.append("list of related documents from the hosting site")
    if transcript:
        for mt in _HOST_TITLE.finditer(raw):
            head.titles.append((start + mt.start("title"), start + mt.end("title")))
        pos = 0
        for line in raw.split("\n"):
            if _HOST_LINE.match(line.strip()):
                _mask(chars, pos, pos + len(line))
            pos += len(line) + 1
        for mp in _PAGE_PREFIX.finditer(raw):
            _mask(chars, mp.start(1), mp.end(1))
        head.masked.append("transcript site boilerplate")
    # Template lists of document types: a line of 3+ type words, or 3+ consecutive one-word type lines.
    lines = []
    pos = 0
    for line in raw.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    run: list[tuple[int, str]] = []

    def flush() -> None:
        if len(run) >= 3:
            _mask(chars, run[0][0], run[-1][0] + len(run[-1][1]))
            head.masked.append("template list of document types")
        run.clear()

    for lpos, line in lines:
        # a run of 3+ type words inside a line ("Vision Strategi Program Policy Plan Riktlinje Rutin Ale kommun",
        # when the parser joined the template row with the next line)
        for mt in _TEMPLATE_RUN.finditer(line):
            if len([w for w in re.split(r"[\s|,;•·]+", mt.group(0)) if w]) >= 3:
                _mask(chars, lpos + mt.start(), lpos + mt.end())
                head.masked.append("template list of document types")
        words = [w.strip(",;|•·").casefold() for w in line.split()]
        words = [w for w in words if w]
        if words and all(w in _TEMPLATE_WORDS for w in words):
            if len(words) >= 3:
                flush()
                _mask(chars, lpos, lpos + len(line))
                head.masked.append("template list of document types")
            else:
                run.append((lpos, line))
            continue
        if not words:
            continue
        flush()
    flush()
    head.text = "".join(chars)
    # Web furniture.
    for pattern, weight in WEB_MARKERS:
        hits = list(pattern.finditer(head.text[:2500]))
        # one hit of a strong marker is enough; weak ones (Dela, Skriv ut, Lyssna) add up, up to 3
        for mw in hits[: 1 if weight >= 2 else 3]:
            head.web_score += weight
            head.web_spans.append((start + mw.start(), start + mw.end()))
    # Title candidates: the parser's title when it was read from font sizes (PDF), then the first
    # title-like lines of the head, skipping metadata labels and their values.
    t = doc.metadata.title
    if doc.format == "pdf" and t is not None and t.start is not None and t.end is not None \
            and start <= t.start < start + len(head.text) and head.text[t.start - start:t.end - start].strip():
        head.titles.append((t.start, t.end))
    count = 0
    skip_next = False
    for lstart, line in head.lines():
        if count >= 8:
            break
        if skip_next:
            skip_next = False
            continue
        if _BARE_LABEL.match(line):
            skip_next = True
            continue
        if _TOC_HEADING.match(line):
            break  # the title comes before the table of contents
        if _LABELLED.match(line) or _FURNITURE.match(line) or len(line) < 3 or _META_LINE.match(line) \
                or (_TOC_OR_ITEM.match(line) and not head.transcript):
            continue
        count += 1
        head.titles.append((lstart, lstart + len(line)))
    seen: set[tuple[int, int]] = set()
    head.titles = [s for s in head.titles if not (s in seen or seen.add(s))]
    return head


_TOKEN = re.compile(r"[\wåäöÅÄÖéÉ][\wåäöÅÄÖéÉ\-]*|[.,:;!?–—|()”“\"«»/]|\s-\s")
_SEPARATORS = {".", ",", ":", ";", "!", "?", "–", "—", "|", "-", "(", ")", "”", "“", '"', "«", "»", "/"}
#: Lines longer than this are sentences; only their opening phrase is read, and only near the top.
_TITLE_WORDS = 14


def _segments(title: str, offset: int, *, sentence: bool = False) -> list[list[tuple[str, int, int]]]:
    """Split a title into phrases: at punctuation and dashes, and where a capitalised word follows a
    lower-case one in a mixed-case title (transcripts lose the line break between title and subtitle).

    A ``sentence`` (a long line) is only split at punctuation: inside running text a capital letter
    starts a name, not a subtitle.
    """
    tokens = [(m.group(0), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(title)]
    letters = [c for c in title if c.isalpha()]
    mostly_upper = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    segs: list[list[tuple[str, int, int]]] = [[]]
    prev: str | None = None
    for tok, s, e in tokens:
        if tok.strip() in _SEPARATORS:
            if segs[-1]:
                segs.append([])
            prev = None
            continue
        if (not sentence and not mostly_upper and prev is not None and tok[:1].isupper()
                and prev.casefold() not in _PREPOSITIONS and prev.casefold() not in {"och", "samt"}
                and (prev[:1].islower() or _is_modifier(tok) or type_of_word(tok)[0] is not None)):
            segs.append([])
        segs[-1].append((tok, s, e))
        prev = tok
    return [s for s in segs if s]


def type_of_word(word: str) -> tuple[str | None, str | None]:
    """(label, stem) of a single word: a type word, an "other" document noun, or (None, None)."""
    w = word.casefold().strip("-")
    base = w
    for suffix in ("erna", "arna", "en", "er", "et", "na", "ar", "n", "s"):
        if w.endswith(suffix) and w[: -len(suffix)] in NOT_TYPE:
            base = w[: -len(suffix)]
            break
    if base in NOT_TYPE:
        label = NOT_TYPE[base]
        return (label, base) if label else (None, None)
    m = TYPE_WORD.match(w)
    if m:
        stem = m.group("stem").casefold()
        return TYPE_STEMS[stem], stem
    m = _OTHER_WORD.match(w)
    if m:
        return "other", m.group("stem").casefold()
    return None, None


def _is_modifier(tok: str) -> bool:
    t = tok.casefold()
    if t in _DETERMINERS or re.fullmatch(r"\d[\d\-–/:.]*", t):
        return True
    return bool(_ADJ_SUFFIX.search(t)) and type_of_word(t)[0] is None


#: Words that start a sentence, not a name: "I kommunens policy för ... beskrivs" is not a title.
_FUNCTION_WORDS = {"i", "nu", "vi", "här", "det", "den", "de", "en", "ett", "om", "på", "för", "med", "under", "efter",
                   "när", "som", "alla", "du", "ni", "man", "vid", "av", "till", "genom", "enligt", "inom", "hos"}
_GENITIVE_NOUNS = {"kommuns", "stads", "regions", "läns", "landstings", "kommunens", "stadens", "regionens",
                   "nämndens", "förvaltningens", "styrelsens"}


def _phrase_head(seg: list[tuple[str, int, int]]) -> int:
    """Index of the head noun of a phrase: after modifiers, "Förslag till", and genitive names."""
    i = 0
    if len(seg) > 2 and seg[0][0].casefold() in {"förslag", "utkast", "remissförslag"} and seg[1][0].casefold() == "till":
        i = 2
    while i < len(seg) and _is_modifier(seg[i][0]):
        i += 1
    # Genitive names: "Malmö stads", "Eskilstuna kommuns", "Regeringskansliets", "Allas".
    for j in range(i, min(i + 4, len(seg) - 1)):
        tok = seg[j][0]
        if not (tok.casefold().endswith("s") and len(tok) > 2 and type_of_word(tok)[0] is None):
            continue
        if not (tok[:1].isupper() or tok.casefold() in _GENITIVE_NOUNS):
            continue
        if all(seg[k][0][:1].isupper() and type_of_word(seg[k][0])[0] is None
               and seg[k][0].casefold() not in _FUNCTION_WORDS for k in range(i, j)):
            i = j + 1
            while i < len(seg) and _is_modifier(seg[i][0]):
                i += 1
        break
    return i


def title_head(title: str, offset: int, *, sentence: bool = False) -> tuple[str, str, int, int, str] | None:
    """The head noun of a title that names a document kind: (label, word, start, end, how).

    The head is the first noun of a phrase after modifiers (adjectives, "Kommunens", "Malmö stads",
    years); it counts only when what follows it fits a title ("för", "om", "–", a year, a name, or
    nothing), so that "Planen ska följas upp" is not read as a title. In a ``sentence`` only the
    opening phrase is read.
    """
    segs = _segments(title, offset, sentence=sentence)
    if sentence:
        segs = segs[:1]
        first = segs[0][0][0].casefold() if segs and segs[0] else ""
        if first in _FUNCTION_WORDS - {"en", "ett", "den", "det"}:
            return None  # running text: "I kommunens policy för ... beskrivs", "Nu har fullmäktige antagit ..."
    found: list[tuple[str, str, int, int, str]] = []
    for seg in segs:
        i = _phrase_head(seg)
        if i >= len(seg) or i > 4:
            continue
        tok, s, e = seg[i]
        label, _stem = type_of_word(tok)
        if label is None:
            # "Krav och riktlinjer för ...": the genre is the second noun of a pair.
            if i + 2 < len(seg) and seg[i + 1][0].casefold() == "och" and type_of_word(seg[i + 2][0])[0] == "guideline":
                tok2, _s2, e2 = seg[i + 2]
                found.append(("guideline", tok.casefold() + " och " + tok2.casefold(), s, e2, "pair"))
            continue
        nxt = seg[i + 1][0] if i + 1 < len(seg) else None
        if label == "other" and _stem in SECTION_NOUNS and (
                nxt is None or not (nxt.casefold() in _PREPOSITIONS or nxt.casefold() == "att" or nxt[:1].isdigit())):
            continue  # "Uppföljning", "Beslut och överklagande": a section heading, not a title
        if nxt is not None:
            n = nxt.casefold()
            if not (n in _COMPLEMENT or nxt[:1].isupper() or nxt[:1].isdigit() or (label == "other" and n == "att")):
                continue
        found.append((label, tok, s, e, "head"))
    m = _GUIDELINE_PAIR.search(title)
    if m:  # "Tillgänglighetsprogram för Malmö Krav och riktlinjer för ...": the subtitle says what it is
        return ("guideline", " ".join(m.group(0).casefold().split()), offset + m.start(), offset + m.end(), "pair")
    if not found:
        return None
    return found[0]


_GUIDELINE_PAIR = re.compile(r"\bkrav och riktlinjer\b|\briktlinjer och krav\b", re.IGNORECASE)
_NOT_BEFORE_TITLE = {
    "en", "ett", "den", "det", "denna", "detta", "dessa", "vår", "vårt", "sin", "sitt", "sina", "i", "av", "med", "till", "om",
    "för", "enligt", "genom", "ur", "på", "att", "och", "som", "nya", "ny", "nytt", "kommunens", "stadens", "regionens",
}
_EMBEDDED = re.compile(
    r"(?<![\wåäö])(?P<word>[\wåäöÅÄÖ\-]*(?:strategi|program|plan|policy|riktlinje|vägledning|föreskrift)\w*"
    r"|(?:[A-ZÅÄÖ][\wåäö\-]*)?(?:Rapport|Uppföljning|Utvärdering|Reglemente|Rutin|Yttrande|Protokoll|Kartläggning)\w*)"
    r"\s+(?:för|om|mot|inom|avseende|gällande|av|från|över)\s", re.IGNORECASE)


def embedded_title(line: str, offset: int, *, short: bool) -> tuple[str, str, int, int] | None:
    """A title run into other text, as transcripts print it: "Tanums kommun Färdtjänst Riktlinjer för
    färdtjänst", "Ett samhälle för alla program för funktionshinderspolitiken". In a long line only a
    capitalised "Riktlinjer för" counts; in a short title line a lower-case "program för" does too."""
    for m in _EMBEDDED.finditer(line):
        word = m.group("word")
        if not (word[:1].isupper() or short):
            continue
        before = line[: m.start()].split()
        if before and before[-1].casefold().strip("”\"'(") in _NOT_BEFORE_TITLE:
            continue
        if before and not word[:1].isupper() and before[-1][-1:] in ".:;":
            continue
        label, _ = type_of_word(word)
        if label is None:
            continue
        return label, word, offset + m.start("word"), offset + m.end("word")
    return None


def _stated_word(word: str) -> str:
    w = word.strip(" .,:;")
    if w.isupper() and len(w) <= 4:
        return w
    return w.casefold()


# -------------------------------------------------------------------------- rules


def metadata_signal(doc: Document) -> Signal | None:
    f = doc.metadata.stated_type
    if f is None or not f.value:
        return None
    value = f.value.strip()
    # "Dokumenttyp: Riktlinje för ...", "Dokumenttyp: Handlingsplan"
    first = value.split()[0] if value.split() else value
    label, _ = type_of_word(first)
    if label is None:
        th = title_head(value, f.start or 0)
        if th:
            label, first = th[0], th[1]
    if label is None:
        return None
    start = f.start if f.start is not None else 0
    end = f.end if f.end is not None else start
    return Signal(label, "rule:metadata-block", start, end, 0.97, True, stated=_stated_word(first),
                  reason=f"the metadata block states the document type \"{value}\"")


def _top_lines(head: Head, n: int) -> list[tuple[int, str]]:
    out = []
    for off, line in head.lines():
        if _FURNITURE.match(line):
            continue
        out.append((off, line))
        if len(out) >= n:
            break
    return out


def publication_signal(head: Head) -> Signal | None:
    top = _top_lines(head, 8)
    if not top:
        return None
    limit = top[-1][0] + len(top[-1][1]) - head.start
    m = None
    for cand in PUBLICATION_ID.finditer(head.text[:max(limit, 0)]):
        line_start = head.text.rfind("\n", 0, cand.start()) + 1
        line_end = head.text.find("\n", cand.end())
        line = head.text[line_start: line_end if line_end >= 0 else len(head.text)]
        if cand.start() - line_start - (len(line) - len(line.lstrip())) <= 60 or len(line.split()) <= 16:
            m = cand
            break
    if not m:
        m = re.search(r"\bRapportnummer\b|^Rapport\s+\d{4}:\d+", head.text[:2000], re.MULTILINE)
    if not m:
        return None
    s, e = head.start + m.start(), head.start + m.end()
    word = m.group(0)
    stated = ("SOU" if word.startswith("SOU") else "Ds" if word.startswith("Ds") else
              "proposition" if word.lower().startswith(("prop", "regeringens prop")) else
              "skrivelse" if word.lower().startswith(("skr", "regeringens skr")) else
              "kommittédirektiv" if word.lower().startswith(("dir", "kommitt")) else
              None if word.startswith("Post") else "rapport")
    return Signal("other", "rule:publication-id", s, e, 0.95, True, stated=stated,
                  reason=f"a government or agency publication (\"{word.strip()}\" at the top)")


def memo_signals(head: Head) -> list[Signal]:
    out: list[Signal] = []
    top = _top_lines(head, 14)
    top_end = (top[-1][0] + len(top[-1][1]) - head.start) if top else 0
    region = head.text[:top_end]
    for pattern, stated in MEMO_MARKERS:
        m = pattern.search(region)
        if m:
            g = m.lastindex or 0
            s, e = (m.start(g), m.end(g)) if g else (m.start(), m.end())
            word = m.group(g) if g else m.group(0)
            out.append(Signal("other", "rule:memo-marker", head.start + s, head.start + e, 0.93, True,
                              stated=stated, reason=f"a memo or minutes marker at the top (\"{word.strip()}\")"))
    if head.transcript and not out:
        # a transcript runs page 1 into one line ("1 Ale kommun TJÄNSTESKRIVELSE Dnr ... Förslag till beslut ...")
        for mp in re.finditer(r"^\(?1\)?[ \t]+\S.*$", head.raw, re.MULTILINE):
            mt = TRANSCRIPT_MEMO.search(head.raw, mp.start(), min(mp.end(), mp.start() + 500))
            if mt:
                word = mt.group(1)
                out.append(Signal("other", "rule:memo-marker", head.start + mt.start(1), head.start + mt.end(1), 0.9,
                                  True, stated=_memo_word(word),
                                  reason=f"a memo or minutes marker at the top of the transcribed first page (\"{word}\")"))
            break
    m = MINUTES_ANYWHERE.search(head.text)
    if m and not any(s.stated == "protokoll" for s in out):
        out.append(Signal("other", "rule:memo-marker", head.start + m.start(1), head.start + m.end(1), 0.9, True,
                          stated="protokoll", reason=f"minutes on the first page (\"{' '.join(m.group(1).split())}\")"))
    out.sort(key=lambda s: s.start)
    if out:
        return out
    fields = list(MEMO_FIELDS.finditer(region))
    heading = MEMO_HEADINGS.search(head.text)
    if heading and len({f.group(1).casefold() for f in fields}) >= 1 and len(fields) >= 1:
        s, e = head.start + heading.start(1), head.start + heading.end(1)
        return [Signal("other", "rule:memo-block", s, e, 0.8, True, stated=None,
                       reason=f"a case memo: letterhead fields ({', '.join(f.group(1) for f in fields[:3])}) "
                              f"and the heading \"{heading.group(1)}\"")]
    return []


def _memo_word(word: str) -> str:
    w = word.casefold()
    for key, stated in (("tjänste", "tjänsteskrivelse"), ("protokoll", "protokoll"), ("förslag", "förslag till beslut"),
                        ("beslutsförslag", "förslag till beslut"), ("yttrande", "yttrande"), ("remiss", "remissvar"),
                        ("justera", "protokoll"), ("sammanträde", "protokoll"), ("kallelse", "kallelse"),
                        ("betänkande", "betänkande"), ("proposition", "proposition")):
        if key in w:
            return stated
    return w


def easy_read_signal(head: Head) -> Signal | None:
    for off, line in _top_lines(head, 4):
        m = EASY_READ.match(line)
        if m:
            g = 1 if m.group(1) else 2
            return Signal("other", "rule:easy-read", off, off + m.end(g), 0.9, True, stated="lättläst",
                          reason="an easy-read (lättläst) summary, not the document itself")
    for s, e in head.titles:
        m = re.match(r"(lättläst)\b(?:\s*[:,–-]\s*|\s+)\S", head.raw[s - head.start:e - head.start], re.IGNORECASE)
        if m:
            return Signal("other", "rule:easy-read", s, s + m.end(1), 0.9, True, stated="lättläst",
                          reason="an easy-read (lättläst) summary, not the document itself")
    return None


def head_text_at(head: Head, start: int, end: int) -> str:
    return head.text[start - head.start:end - head.start]


def web_signals(head: Head) -> list[Signal]:
    if head.web_score < 2:
        return []
    text = head.text
    for pattern in WEB_SELF:
        m = pattern.search(text[:2000])
        if m:
            label, _ = type_of_word(m.group("word"))
            if label and label != "other":
                s, e = head.start + m.start("word"), head.start + m.end("word")
                return [Signal(label, "rule:web-self", s, e, 0.75, True, stated=_stated_word(m.group("word")),
                               reason=f"a web page that presents itself as the document (\"{m.group(0).strip()}\")")]
    mv = WEB_VERSION.search(text[:600])
    if mv:
        # the page's own title follows "Webbversion"; else the first "<type> för ..." named below it
        after = [(o, head.raw[o - head.start:e - head.start]) for o, e in head.titles if o - head.start > mv.end()][:6]
        for o, ln in after:
            if len(ln.split()) > _TITLE_WORDS:
                continue
            th = title_head(ln, o)
            if th and th[0] != "other":
                return [Signal(th[0], "rule:web-self", th[2], th[3], 0.75, True, stated=_stated_word(th[1]),
                               reason=f"the web version of the document (page titled \"{mv.group(1)}\", "
                                      f"then \"{' '.join(ln.split())[:60]}\")")]
        mn = WEB_VERSION_NAMED.search(text, mv.end())
        if mn and mn.start() < mv.end() + 1500:
            label, _ = type_of_word(mn.group("word"))
            if label and label != "other":
                s, e = head.start + mn.start("word"), head.start + mn.end("word")
                return [Signal(label, "rule:web-self", s, e, 0.7, True, stated=_stated_word(mn.group("word")),
                               reason=f"the web version of \"{mn.group('word')}\" (page titled \"{mv.group(1)}\")")]
    s, e = head.web_spans[0]
    quotes = ", ".join(f"\"{' '.join(head_text_at(head, a, b).split())[:40]}\"" for a, b in head.web_spans[:3])
    strength = 0.85 if head.web_score < 4 else 0.9
    return [Signal("other", "rule:web-page", s, e, strength, True, stated=None,
                   reason=f"a web page (site furniture: {quotes}), not the document it describes")]


def title_signals(head: Head) -> list[Signal]:
    out = []

    def shown(title: str) -> str:
        t = " ".join(title.split())
        return t if len(t) <= 80 else t[:77] + "..."

    for n, (s, e) in enumerate(head.titles):
        title = head.raw[s - head.start:e - head.start]
        if not title.strip():
            continue
        sentence = len(title.split()) > _TITLE_WORDS or title.rstrip().endswith((".", "!", "?"))
        if sentence and n >= 2:
            continue  # running text further down is not a title
        th = title_head(title, s, sentence=sentence)
        if th is None:
            continue
        label, word, ws, we, how = th
        strength = 0.9 if n == 0 else 0.85
        what = "subtitle" if how == "pair" else "title"
        out.append(Signal(label, "rule:title-head-noun", ws, we, strength, True, stated=_stated_word(word),
                          reason=f"the {what} \"{shown(title)}\" names the document a \"{_stated_word(word)}\""))
        return out
    for s, e in head.titles[:4]:
        title = head.raw[s - head.start:e - head.start]
        short = len(title.split()) <= _TITLE_WORDS and not title.rstrip().endswith((".", "!", "?"))
        if not (short or head.transcript):
            continue  # in running text a capitalised "Strategi för ..." names another document
        emb = embedded_title(title[:400], s, short=short)
        if emb:
            label, word, ws, we = emb
            out.append(Signal(label, "rule:title-head-noun", ws, we, 0.75, True, stated=_stated_word(word),
                              reason=f"the title line \"{shown(title)}\" names the document a \"{_stated_word(word)}\""))
            return out
    return out


def hint_signals(head: Head) -> list[Signal]:
    out: list[Signal] = []
    text = head.text[:1800]
    for m in SELF_REF.finditer(text):
        g = "w1" if m.group("w1") else "w2" if m.group("w2") else "w3"
        word = m.group(g)
        w = word.casefold().split()[-1]
        if w in {"sida", "webbplats", "publikation"}:
            label = "other"
        else:
            label, _ = type_of_word(w)
            if label is None:
                continue
        s, e = head.start + m.start(g), head.start + m.end(g)
        out.append(Signal(label, "rule:self-reference", s, e, 0.6, False, stated=_stated_word(word),
                          reason=f"it refers to itself as \"{word}\""))
        if len(out) >= 3:
            break
    m = NEWS_QUOTE.search(head.text)
    if m:
        out.append(Signal("other", "rule:news-quote", head.start + m.start(), head.start + m.end(), 0.6, False,
                          reason="a quoted statement (\"säger ...\"), as in news and press releases"))
    return out


def find(doc: Document) -> Findings:
    """All signals in the first page of ``doc``: decisive ones in precedence order, then hints."""
    head = read_head(doc)
    signals: list[Signal] = []
    md = metadata_signal(doc)
    if md:
        signals.append(md)
    pub = publication_signal(head)
    if pub:
        signals.append(pub)
    signals.extend(memo_signals(head))
    er = easy_read_signal(head)
    if er:
        signals.append(er)
    signals.extend(web_signals(head))
    signals.extend(title_signals(head))
    signals.extend(hint_signals(head))
    return Findings(head=head, signals=signals)


__all__ = ["HEAD_CHARS", "Findings", "Head", "Signal", "find", "read_head", "title_head", "type_of_word"]
