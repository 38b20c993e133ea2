"""Document metadata read from the document itself, each value with the span it came from.

Municipal documents state their metadata in a handful of ways: a labelled
block on the cover ("Dokumenttyp: Policy", "Beslutad av: Kommunfullmäktige",
"Diarienummer: KS 2023/0412"), the label and value on separate lines (a
table rendered to text), or a sentence ("Antagen av kommunfullmäktige § 117,
2011-06-16"). The rules below read all three from the first pages, where
the cover and the decision block are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block, Document, Field, Metadata
from ..reference import find_organisations

# ------------------------------------------------------------------------ dates

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_ISO_DATE = r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)"
_TEXT_DATE = r"(?:den\s+)?(?P<d2>[0-3]?\d)(?::e|:a)?\s+(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?P<y2>(?:19|20)\d\d)"
DATE = re.compile(rf"(?<!\d){_ISO_DATE}(?!\d)|{_TEXT_DATE}", re.IGNORECASE)


def parse_date(text: str) -> tuple[str, int, int] | None:
    """The first date in ``text`` as (ISO date, start, end)."""
    for m in DATE.finditer(text):
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        else:
            y, mo, d = int(m.group("y2")), MONTHS[m.group("mon").lower()], int(m.group("d2"))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}", m.start(), m.end()
    return None


# ----------------------------------------------------------------------- labels

_SEP = r"\s*[:：]?\s*"
LABELS: dict[str, re.Pattern[str]] = {
    "stated_type": re.compile(r"^(?:dokumenttyp|typ av dokument|dokumentslag|dokumentkategori)" + _SEP, re.I),
    "adopted_by": re.compile(
        r"^(?:dokumentet är\s+)?(?:beslutad|beslutat|beslutade|antagen|antaget|antagna|fastställd|fastställt|fastställda"
        r"|godkänd|godkänt)\s+av" + _SEP
        + r"|^(?:beslutsinstans|beslutande organ|beslutsfattare|beslut fattat av|beslutsorgan)" + _SEP, re.I),
    "adopted_date": re.compile(
        r"^(?:beslutsdatum|datum för beslut|datum för antagande|antagandedatum|fastställelsedatum"
        r"|dokumentet beslutades den|beslutades den|beslutad den|antagen den|fastställd den"
        r"|antagen|antaget|fastställd|fastställt|beslutad|beslutat|beslutsdag)" + _SEP, re.I),
    "diarienummer": re.compile(
        r"^(?:diarienummer|diarienr\.?|dnr\.?|dnr|ärendenummer|ärendenr\.?|ärende-?nr\.?|ks-?nr)" + _SEP, re.I),
    "valid_until": re.compile(
        r"^(?:dokumentet gäller till(?: den)?|gäller till(?: och med)?|giltig till(?: och med)?|giltig t\.o\.m\.?"
        r"|gäller t\.o\.m\.?|giltighet(?!stid|speriod)|revideras senast|ska revideras senast|gäller tills)" + _SEP, re.I),
    "validity": re.compile(r"^(?:giltighetstid|giltighetsperiod|gäller för perioden|period|programperiod|planperiod)" + _SEP, re.I),
}

DATE_LABEL = re.compile(r"^(?:sammanträdesdatum|mötesdatum|datum)\b\s*[:：]?\s*", re.I)

DNR_VALUE = re.compile(
    r"(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}[ \-/]?)?(?:19|20)\d\d[/:\-.][\w\-.:/]*\d[\w\-]*(?:\s[A-ZÅÄÖ]{1,4}(?![\wåäö]))?"
    r"|[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}[ \-/]\d{1,4}/\d{2,4}|\d{2}/[A-ZÅÄÖ]{1,4}\s?\d{2,5}"
)

#: Bodies that adopt documents, in their canonical (capitalised) form.
BODY = re.compile(
    r"\b(kommunfullmäktige|kommunstyrelsen|kommunstyrelsens\s+\w+utskott|regionfullmäktige|regionstyrelsen"
    r"|landstingsfullmäktige|landstingsstyrelsen|regeringen"
    # "Barn-, utbildnings- och kulturnämnden": every repeated part ends in "-" or ",", so the
    # pattern cannot backtrack exponentially on long compounds.
    r"|(?:[a-zåäöA-ZÅÄÖ]+(?:-,?\s(?:och|samt)\s|-,?\s|,\s))*[a-zåäöA-ZÅÄÖ]*nämnd(?:en)?"
    r"|[a-zåäöA-ZÅÄÖ]+utskottet"
    r"|(?:förvaltnings|verksamhets|kommun|stads)direktör(?:en)?|verksamhetschef(?:en)?(?:\s+[A-ZÅÄÖ][\w\-]+)?)",
    re.IGNORECASE,
)
_BODY_ABBREV = {"KF": "Kommunfullmäktige", "KS": "Kommunstyrelsen", "RF": "Regionfullmäktige", "RS": "Regionstyrelsen"}

ADOPTION_SENTENCE = re.compile(
    r"(?:antagen|antaget|antogs|fastställd|fastställdes|beslutad|beslutades|godkänd|godkändes)\s+(?:av|i)\s+"
    r"(?P<body>[\wåäöÅÄÖ\- ,]{3,80}?)"
    r"(?:\s*(?:§\s*\d+|,|den|\(|på sitt sammanträde|vid sammanträde))*\s*(?P<date>" + DATE.pattern + ")",
    re.IGNORECASE,
)
HAS_ADOPTED = re.compile(
    r"(?P<body>kommunfullmäktige|kommunstyrelsen|regionfullmäktige|[A-ZÅÄÖ][\wåäö\- ]{2,40}nämnden)\s+"
    # The decision must be to adopt: "Kommunstyrelsen beslutade ... att föreslå" is not an adoption.
    r"(?:har\s+)?(?:antagit|antog|antar|fastställt|fastställde|fastställer"
    r"|(?:beslutat|beslutade|beslutar)\s+att\s+(?:anta|fastställa|godkänna))\b",
    re.IGNORECASE,
)

TYPE_WORDS = re.compile(
    r"\b(strategi|program|handlingsplan|plan|policy|riktlinjer|riktlinje|vägledning|regler|rutin|reglemente"
    r"|tjänsteskrivelse|tjänsteutlåtande|protokollsutdrag|protokoll|yttrande|remissvar|rapport)\b",
    re.IGNORECASE,
)


#: Words that make an adoption sentence about an earlier document ("ersätter X, antagen av KF 2016-04-25").
_EARLIER = re.compile(r"\b(upphäv\w*|ersätt\w*|ersatt\w*|tidigare|föregående|förra|gamla)\b", re.I)


def _about_another_document(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` speaks of a replaced or earlier document."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    return bool(_EARLIER.search(text, start, at))


def canonical_body(value: str) -> str | None:
    """The adopting body named in ``value``, capitalised ("kommunfullmäktige § 117" → "Kommunfullmäktige")."""
    m = BODY.search(value)
    if m:
        body = re.sub(r"\s+", " ", m.group(1)).strip(" ,")
        return body[:1].upper() + body[1:]
    for abbrev, body in _BODY_ABBREV.items():
        if re.search(rf"\b{abbrev}\b", value):
            return body
    return None


# ---------------------------------------------------------------------- reading


@dataclass(slots=True)
class _Line:
    text: str
    start: int  # offset in Document.text


def _lines(doc: Document, limit: int) -> list[_Line]:
    out = []
    pos = 0
    text = doc.text[:limit]
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append(_Line(stripped, pos + raw.index(stripped[0])))
        pos += len(raw) + 1
    return out


def _field(doc: Document, value: str, start: int, end: int, raw: str | None = None) -> Field:
    return Field(value=value, start=start, end=end, page=doc.page_at(start), raw=raw if raw != value else None)


def _labelled(doc: Document, lines: list[_Line]) -> dict[str, Field]:
    """Values of labelled fields, on the same line after the label or on the next line."""
    found: dict[str, Field] = {}
    for i, line in enumerate(lines):
        for key, pattern in LABELS.items():
            if key in found:
                continue
            m = pattern.match(line.text)
            if not m:
                continue
            value, vstart = line.text[m.end():].lstrip("| ").strip(), line.start + m.end()
            vstart += len(line.text[m.end():]) - len(line.text[m.end():].lstrip("| "))
            if not value and i + 1 < len(lines) and not any(p.match(lines[i + 1].text) for p in LABELS.values()):
                value, vstart = lines[i + 1].text, lines[i + 1].start
            if not value:
                continue
            vstart += len(value) - len(value.lstrip())
            f = _interpret(doc, key, value, vstart)
            if f:
                found[key] = f
                # "Antagen av: Kommunfullmäktige 2023-04-24, § 87" states the date too, and
                # "Beslutad: Kultur- och fritidsnämnden 2024-11-20" the body.
                other = {"adopted_by": "adopted_date", "adopted_date": "adopted_by"}.get(key)
                if other and other not in found:
                    g = _interpret(doc, other, value, vstart)
                    if g and (other == "adopted_date" or canonical_body(value)):
                        found[other] = g
            break
    # A bare "Datum" (or a meeting date) is the decision date only when nothing better is stated.
    if "adopted_date" not in found:
        for line in lines:
            m = DATE_LABEL.match(line.text)
            if m:
                value = line.text[m.end():].lstrip("| ")
                f = _interpret(doc, "adopted_date", value, line.start + len(line.text) - len(value))
                if f:
                    found["adopted_date"] = f
                    break
    return found


def _interpret(doc: Document, key: str, value: str, start: int) -> Field | None:
    value = value.strip()
    if key == "stated_type":
        word = value.split(",")[0].strip()
        return _field(doc, word, start, start + len(word)) if 2 <= len(word) <= 60 else None
    if key == "adopted_by":
        body = canonical_body(value)
        if body:
            return _field(doc, body, start, start + len(value), raw=value)
        if len(value) <= 60 and not DATE.search(value):
            return _field(doc, value, start, start + len(value))
        return None
    if key in ("adopted_date", "valid_until"):
        d = parse_date(value)
        if d:
            return _field(doc, d[0], start + d[1], start + d[2], raw=value[d[1]:d[2]])
        if key == "valid_until":
            m = re.search(r"tills vidare|(?:19|20)\d\d", value, re.I)
            if m:
                return _field(doc, m.group(0).lower() if m.group(0)[0].isalpha() else m.group(0),
                              start + m.start(), start + m.end())
        return None
    if key == "diarienummer":
        label = re.match(r"(?:dnr|diarienr|diarienummer)\.?:?\s+", value, re.I)  # "Diarienummer: Dnr 2023/87"
        if label:
            value, start = value[label.end():], start + label.end()
        m = DNR_VALUE.search(value)
        if m:
            return _field(doc, m.group(0).strip(), start + m.start(), start + m.end())
        return None
    if key == "validity":
        m = re.search(r"(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d\s*[-–—]\s*(?:19|20)\d\d-[01]\d-[0-3]\d", value)
        if m:
            return _field(doc, re.sub(r"\s*[-–—]\s*", "–", m.group(0)), start + m.start(), start + m.end(), raw=m.group(0))
        return None
    return None


def _title(doc: Document, labelled_starts: set[int]) -> Field | None:
    """The title: the largest text on the first page with text, else the first heading or line.

    Skips the organisation's name, template lists of document types and the
    metadata block, which often share the cover with the title.
    """
    first = next((p for p in doc.pages if p.end > p.start), None)
    if first is None:
        return None

    def eligible(text: str) -> bool:
        t = text.strip()
        if len(t) < 4 or len(t) > 200:
            return False
        if find_organisations(t) and len(t) < 30:
            return False
        if len(TYPE_WORDS.findall(t)) >= 3 and len(t.split()) <= 8:  # "Strategi Program Plan Policy Riktlinjer"
            return False
        if any(p.match(t) for p in LABELS.values()):
            return False
        if re.fullmatch(r"[\d\s/().\-–:]+|sida.*|\d+\s*\(\d+\)", t, re.I):
            return False
        return sum(c.isalpha() for c in t) >= 0.5 * len(t)

    blocks = [b for b in doc.blocks if b.page == first.number and b.kind in ("heading", "paragraph")
              and b.start not in labelled_starts]
    sized = [b for b in blocks if b.font_size and eligible(doc.text[b.start:b.end])]
    if sized:
        top = max(b.font_size or 0 for b in sized)
        body = sorted(b.font_size or 0 for b in blocks if b.font_size)[len(blocks) // 2] if blocks else 0
        if top > body * 1.15:
            run = [b for b in sized if (b.font_size or 0) >= top - 0.5]
            first_b = run[0]
            # A title set on two lines is two blocks of the same size that follow each other.
            joined = [first_b]
            for b in run[1:]:
                if b.start - joined[-1].end <= 2:
                    joined.append(b)
                else:
                    break
            start, end = joined[0].start, joined[-1].end
            return _field(doc, " ".join(doc.text[b.start:b.end] for b in joined), start, end)
    # Without font sizes (text, Markdown, HTML, flat PDFs): score the first blocks. Web pages and
    # transcripts open with navigation and site furniture ("MENY", "Till innehållet", "Storlek: px",
    # "Post 12 av 300 träffar") before the title.
    best: tuple[float, Block] | None = None
    for i, b in enumerate(blocks[:40]):
        text = doc.text[b.start:b.end]
        if not eligible(text) or len(text) > 160 or _is_furniture(text):
            continue
        score = (3.0 if b.kind == "heading" else 0.0) - 0.15 * i
        score += 2.0 if TITLE_WORDS.search(text) else 0.0
        score -= 2.0 if text.rstrip().endswith((".", ":", ";")) else 0.0
        if best is None or score > best[0]:
            best = (score, b)
    if best:
        b = best[1]
        return _field(doc, doc.text[b.start:b.end], b.start, b.end)
    return None


#: Words that mark a document's own title (the head nouns of steering documents and their kin).
TITLE_WORDS = re.compile(
    r"(strategi|program|plan|policy|riktlinje|vägledning|föreskrifter|rapport|protokoll|yttrande|remiss"
    r"|betänkande|proposition|skrivelse|uppdrag|reglemente|rutin|utredning|uppföljning|handbok)", re.I)
_FURNITURE = re.compile(
    r"^(meny|stäng|sök|sök på webbplatsen|till innehållet|hoppa till (huvud)?innehållet|länk till startsidan"
    r"|till undermeny.*|relevanta dokument|dela( sidan)?|skriv ut|lyssna|kontakt|karta|innehåll"
    r"|innehållsförteckning|transkript|no results found|copied!|share .*|loading.*|full text|startsida"
    r"|english|other languages|lättläst|teckenspråk|senast (uppdaterad|ändrad).*)$"
    r"|\b\d+ av \d+ träffar\b|^[\w ]{1,25}:\s", re.I)


def _is_furniture(text: str) -> bool:
    """Navigation and site furniture of web pages and document-hosting sites, and "Label: value" lines."""
    t = text.strip(" •·|")
    return bool(_FURNITURE.search(t)) or (t.isupper() and len(t.split()) == 1)


def _organisation(doc: Document) -> tuple[Field | None, Field | None]:
    """The issuing municipality or region: the first one named on the first pages, else anywhere."""
    for limit in (min(len(doc.text), (doc.pages[1].end if len(doc.pages) > 1 else 4000)), len(doc.text)):
        orgs = find_organisations(doc.text[:limit])
        if orgs:
            # Prefer the organisation named most often among the first mentions (a header repeats it).
            counts: dict[str, int] = {}
            for o in orgs:
                counts[o.code] = counts.get(o.code, 0) + 1
            best = max(orgs, key=lambda o: (counts[o.code], -o.start))
            return (_field(doc, best.name, best.start, best.end),
                    Field(value=best.code, start=best.start, end=best.end, page=doc.page_at(best.start)))
    return None, None


def extract_metadata(doc: Document) -> Metadata:
    """Read title, organisation, stated type, adoption, diarienummer and validity from ``doc``."""
    head_limit = doc.pages[1].end if len(doc.pages) > 1 else min(len(doc.text), 6000)
    head_limit = max(head_limit, min(len(doc.text), 2500))
    lines = _lines(doc, head_limit)
    found = _labelled(doc, lines)

    head = doc.text[:head_limit]
    if "adopted_by" not in found or "adopted_date" not in found:
        m = next((m for m in ADOPTION_SENTENCE.finditer(head) if not _about_another_document(head, m.start())), None)
        if m:
            body = canonical_body(m.group("body"))
            if body and "adopted_by" not in found:
                found["adopted_by"] = _field(doc, body, m.start("body"), m.end("body"), raw=m.group("body"))
            d = parse_date(m.group("date"))
            if d and "adopted_date" not in found:
                s = m.start("date") + d[1]
                found["adopted_date"] = _field(doc, d[0], s, m.start("date") + d[2], raw=m.group("date"))
    if "adopted_by" not in found:
        m = HAS_ADOPTED.search(head)
        if m:
            body = canonical_body(m.group("body"))
            if body:
                found["adopted_by"] = _field(doc, body, m.start("body"), m.end("body"), raw=m.group("body"))
    if "diarienummer" not in found:
        m = re.search(r"\b(?:Dnr|Diarienummer|Diarienr|Vår referens|Vår beteckning|Ärendenummer)\.?\s*:?\s*("
                      + DNR_VALUE.pattern + ")", head)
        if m:
            found["diarienummer"] = _field(doc, m.group(1).strip(), m.start(1), m.end(1))

    labelled_starts = set()
    for line in lines:
        if any(p.match(line.text) for p in LABELS.values()):
            labelled_starts.add(line.start)
    title = _title(doc, labelled_starts)
    if "validity" not in found and title:
        m = re.search(r"(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d", title.value)
        if m and title.start is not None and title.value == doc.text[title.start:title.end]:
            s = title.start + m.start()
            found["validity"] = _field(doc, re.sub(r"\s*[-–—]\s*", "–", m.group(0)), s, title.start + m.end(),
                                       raw=m.group(0))
    organisation, kommunkod = _organisation(doc)
    return Metadata(title=title, organisation=organisation, kommunkod=kommunkod,
                    stated_type=found.get("stated_type"), adopted_by=found.get("adopted_by"),
                    adopted_date=found.get("adopted_date"), diarienummer=found.get("diarienummer"),
                    valid_until=found.get("valid_until"), validity=found.get("validity"))
