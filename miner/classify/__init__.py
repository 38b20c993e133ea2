"""Stage 2: what kind of document is this? (strategy, programme, plan, policy, guideline or other)

Explicit signals decide first (:mod:`miner.classify.rules` documents them and their precedence:
metadata block, publication number, memo and minutes markers, easy-read, web-page furniture, the
title's head noun). When none fires, the trained model (:mod:`miner.classify.model`) decides from
the wording of the first page. Both look only at the top of the first page, because that is often
all a harvester sees.

Confidence:

* a rule decides with its own confidence ``r`` (0.75–0.97, set per rule from how often it is wrong);
  the model can only raise it: ``r + (1 − r) · p_model(label)``. ``method`` is ``"rule+model"`` when
  the model's own first choice is the same label, else ``"rule"``.
* otherwise the label is the model's first choice, with its temperature-calibrated probability,
  after hints (a self-reference such as "Denna handlingsplan", a news quote) have multiplied the
  odds of their label by ``HINT_FACTOR``.

Evidence lists the spans that decided: the rule's span (``rule:metadata-block``,
``rule:title-head-noun``, ``rule:memo-marker``...) and, for the model, the words of the page that
pushed its decision most (``model:tfidf-svm``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import DOC_LABELS, DocType, Document, Evidence
from . import rules
from .model import EXTRACTOR, Prediction, default_model, feature_text

#: How much a hint (a self-reference, a news quote) multiplies the odds of its label.
HINT_FACTOR = 2.0

_WORD_INFL = re.compile(r"^(?P<base>.*?(?:strategi|program|plan|policy|riktlinje|vägledning|föreskrift))"
                        r"(?P<infl>\w*)$", re.IGNORECASE)


def base_form(word: str | None) -> str | None:
    """The indefinite form of a type word: "programmet" → "program", "riktlinjerna" → "riktlinjer"."""
    if not word:
        return word
    w = word.strip()
    if w in {"SOU", "Ds", "PM"}:
        return w
    w = re.sub(r"^(?:denna|detta|den här|det här|vår|vårt)\s+", "", w, flags=re.IGNORECASE)
    if " " in w:
        return w.casefold()
    m = _WORD_INFL.match(w.casefold())
    if not m:
        label, stem = rules.type_of_word(w)
        if label == "other" and stem and w.casefold() != stem and w.casefold().startswith(stem):
            return stem  # "propositionen" → "proposition", "rapporten" → "rapport"
        return w.casefold()
    base, infl = m.group("base"), m.group("infl")
    if base.endswith(("riktlinje",)) and infl.startswith("r"):
        return base + "r"
    if base.endswith("föreskrift") and infl.startswith("er"):
        return base + "er"
    if base.endswith(("strategi", "policy", "plan", "vägledning")) and infl.startswith(("er", "ar")):
        return base + infl[:2]
    return base


def _feature_span(doc: Document, head: rules.Head, feature: str) -> tuple[int, int] | None:
    """Where a model feature ("w:här hittar", "c:policy") occurs in the head of ``doc``."""
    kind, _, term = feature.partition(":")
    term = term.strip()
    if not term:
        return None
    pattern = re.escape(term).replace("0", r"\d").replace(r"\ ", r"\s+")
    if kind == "w":
        pattern = r"(?<![\wåäö])" + pattern + r"(?![\wåäö])"
    m = re.search(pattern, head.text, re.IGNORECASE)
    if not m:
        return None
    return head.start + m.start(), head.start + m.end()


def _adjust(pred: Prediction | None, findings: rules.Findings) -> dict[str, float]:
    if pred is None:
        return {}
    probs = dict(pred.probs)
    for label in {h.label for h in findings.hints}:
        if label in probs:
            probs[label] *= HINT_FACTOR
    total = sum(probs.values()) or 1.0
    return {k: v / total for k, v in probs.items()}


def _shown(feature: str) -> str:
    return feature.partition(":")[2].strip()


def classify_findings(doc: Document, findings: rules.Findings, pred: Prediction | None) -> DocType:
    """Combine the rules' findings and the model's prediction into a :class:`DocType`."""
    probs = _adjust(pred, findings)
    model_top = max(probs, key=probs.get) if probs else None
    head = findings.head
    masked = sorted(set(head.masked))
    note = f" ({'; '.join(masked)} ignored)" if any("template" in m for m in masked) else ""
    decisive = findings.decisive
    evidence: list[Evidence] = []
    if decisive is not None:
        label = decisive.label
        r = decisive.strength
        p = probs.get(label, 0.0)
        confidence = r + (1 - r) * p if probs else r
        agrees = model_top == label
        method = "rule+model" if agrees else "rule"
        evidence.append(doc.evidence(decisive.start, decisive.end, decisive.rule, r))
        for s in findings.signals:
            if s is decisive or s.label != label or len(evidence) >= 3:
                continue
            if any(s.start < e.end and e.start < s.end for e in evidence):
                continue  # the same span, found by another rule
            evidence.append(doc.evidence(s.start, s.end, s.rule, s.strength))
        reason = decisive.reason[:1].upper() + decisive.reason[1:] + note
        if probs:
            if agrees:
                reason += f"; the model agrees (p={p:.2f})"
            else:
                reason += f"; the model alone would say {model_top} (p={probs[model_top]:.2f})"
        stated = decisive.stated
    elif probs:
        label = model_top
        confidence = probs[label]
        hinted = [h for h in findings.hints if h.label == label]
        method = "rule+model" if hinted and pred is not None and max(pred.probs, key=pred.probs.get) != label else "model"
        feats = pred.top_features if pred else []
        words = [f for f in feats if f[0].startswith("w:")] + [f for f in feats if f[0].startswith("c:")]
        shown = ", ".join(f"\"{_shown(f)}\"" for f, _ in words[:4])
        reason = (f"No explicit type signal (title, metadata block, memo or web markers){note}; the model "
                  f"says {label} (p={confidence:.2f})" + (f" from {shown}" if shown else ""))
        for f, _ in words:
            span = _feature_span(doc, head, f)
            if span and not any(e.start <= span[0] < e.end for e in evidence):
                evidence.append(doc.evidence(span[0], span[1], EXTRACTOR, confidence))
            if len(evidence) >= 3:
                break
        for h in hinted[:2]:
            evidence.append(doc.evidence(h.start, h.end, h.rule, h.strength))
            reason += f"; {h.reason}"
        stated = next((h.stated for h in hinted if h.stated), None)
    else:
        label, confidence, method = "other", 0.4, "rule"
        reason = "No explicit type signal and no trained model; other by default"
        stated = None
    stated = base_form(stated)
    return DocType(label=label, confidence=round(float(min(confidence, 0.999)), 4), stated=stated, method=method,
                   reason=reason, evidence=evidence,
                   scores={k: round(v, 4) for k, v in sorted(probs.items(), key=lambda kv: DOC_LABELS.index(kv[0]))})


def classify(doc: Document) -> DocType:
    """The type of ``doc`` with its confidence, the word it uses for itself, and the evidence.

    Works from the first page alone; uses the parser's title, headings and metadata when present.
    """
    findings = rules.find(doc)
    model = default_model()
    pred = model.predict(feature_text(doc, findings.head)) if model is not None else None
    return classify_findings(doc, findings, pred)


def classify_or_none(doc: Document, on_error: Callable[[str], None] | None = None) -> DocType | None:
    """:func:`classify`, or None when it fails on this document (reported to ``on_error``).

    For callers whose real work is extraction: one odd document costs its
    type, not its goals and actors.
    """
    try:
        return classify(doc)
    except Exception as exc:  # any failure of the classifier on one document
        if on_error is not None:
            on_error(f"document type not classified ({type(exc).__name__}: {exc})")
        return None


def classify_text(text: str, source: str = "-") -> DocType:
    """:func:`classify` for plain text (or Markdown/HTML) in memory, e.g. a harvested first page."""
    from ..parse import parse_text

    return classify(parse_text(text, source=source))


__all__ = ["DOC_LABELS", "DocType", "base_form", "classify", "classify_findings", "classify_text"]
