"""The privacy scanner on the labelled corpus: recall >= 0.98 and precision >= 0.97, per kind.

The corpus (tests/privacy/corpus.py) is generated Indonesian government text: aid-recipient
tables, information-request recaps, letters and forms, minutes, budgets, regulation lists and
HTML pages with injected spam, with hard negatives (regulation and letter numbers, NIP, budget
figures, office contacts, ...). See `corpus.Score` for how findings are matched to labels and
why NIK and No. KK count as one kind there. On failure the per-kind table, the missed formats
and the false alarms are printed, with examples.

Run `.venv/bin/python benchmarks/privacy_scan.py` for the same scores with speed figures.
"""

import re
from collections import Counter
from types import SimpleNamespace

import phonenumbers
import pytest

from moderation.privacy import KINDS, AllowList, scan_text

from . import corpus
from .corpus import OFFICE_CONTACTS, Document, generate_corpus, score, stats

MIN_RECALL = 0.98
MIN_PRECISION = 0.97
MIN_PER_KIND = 500
NUMBER_KINDS = ("nik", "kk", "npwp", "phone", "bank_account", "bpjs", "passport")


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return generate_corpus()


@pytest.fixture(scope="module")
def scored(documents):
    allow = AllowList.from_contacts(OFFICE_CONTACTS)
    return score(documents, lambda text: scan_text(text, allow))


# --- the scanner -------------------------------------------------------------------------------


def test_recall_and_precision_overall(scored):
    assert scored.recall() >= MIN_RECALL and scored.precision() >= MIN_PRECISION, (
        f"overall recall {scored.recall():.3f} (need {MIN_RECALL}), precision "
        f"{scored.precision():.3f} (need {MIN_PRECISION})\n\n{scored.report()}"
    )


@pytest.mark.parametrize("kind", KINDS)
def test_recall_and_precision_per_kind(scored, kind):
    recall, precision = scored.recall(kind), scored.precision(kind)
    assert recall >= MIN_RECALL and precision >= MIN_PRECISION, (
        f"{kind}: recall {recall:.3f} (need {MIN_RECALL}), precision {precision:.3f} "
        f"(need {MIN_PRECISION})\n\n{scored.report(only=kind)}"
    )


def test_nik_and_kk_told_apart_by_their_keyword(scored):
    """'NIK: 3404...' must be a nik finding and 'No. KK: 3404...' a kk finding."""
    exact = scored.keyed_exact / scored.keyed
    assert exact >= MIN_RECALL, f"exact kind on keyed nik/kk: {exact:.3f}\n\n{scored.report()}"


def test_findings_are_known_kinds_with_values(documents):
    allow = AllowList.from_contacts(OFFICE_CONTACTS)
    for document in documents[:300]:
        for finding in scan_text(document.text, allow):
            assert finding.kind in KINDS
            assert 0 <= finding.start < finding.end <= len(document.text)
            value = document.text[finding.start : finding.end]
            if finding.kind in NUMBER_KINDS:  # the excerpt is masked
                assert value not in finding.excerpt, (finding.kind, finding.excerpt)


# --- the corpus --------------------------------------------------------------------------------


def test_corpus_size_promises(documents):
    positives, negatives = stats(documents)
    assert set(corpus.KINDS) == set(KINDS)
    for kind in KINDS:
        assert positives[kind] >= MIN_PER_KIND, (kind, positives[kind])
    assert sum(negatives.values()) >= sum(positives.values()), (negatives, positives)


def test_corpus_labels_are_exact_values(documents):
    for document in documents:
        for label in [*document.labels, *document.negatives, *document.tolerated]:
            value = document.text[label.start : label.end]
            assert value and value == value.strip(), (document.genre, label, value)
        for label in document.labels:
            assert label.kind in KINDS and label in document.variants
        assert set(document.keyed) <= set(document.labels)
        assert all(label.kind in ("nik", "kk") for label in document.keyed)


def test_corpus_is_deterministic(documents):
    again = generate_corpus()
    assert [d.text for d in again] == [d.text for d in documents]
    assert [d.labels for d in again] == [d.labels for d in documents]


def test_corpus_identifiers_have_valid_structure(documents):
    """NIK/KK dates and provinces, NPWP Luhn: the positives are well-formed, the 16-digit
    negatives are not."""
    for document in documents:
        for label in document.labels:
            value = document.text[label.start : label.end]
            digits = re.sub(r"\D", "", value)
            variant = document.variants[label]
            if label.kind in ("nik", "kk") and not variant.startswith("masked"):
                assert len(digits) == 16 and corpus.sixteen_is_nik_like(digits), value
            if label.kind == "nik" and variant.startswith("masked"):
                assert len(digits) == 12 and value[-1] in "*xX", value
            if label.kind == "npwp":
                fifteen = digits[1:] if len(digits) == 16 else digits
                assert len(fifteen) == 15 and corpus.luhn_check_digit(fifteen[:8]) == fifteen[8]
        for negative in document.negatives:
            if negative.kind == "sixteen_digits_impossible":
                digits = re.sub(r"\D", "", document.text[negative.start : negative.end])
                assert not corpus.sixteen_is_nik_like(digits), digits


def test_corpus_phones_are_valid_mobile_numbers(documents):
    for document in documents[:800]:
        for label in document.labels:
            if label.kind == "phone":
                number = phonenumbers.parse(document.text[label.start : label.end], "ID")
                assert phonenumbers.is_valid_number(number)
                assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


def test_corpus_covers_the_promised_formats(documents):
    variants = Counter()
    for document in documents:
        for label in document.labels:
            variants[label.kind, document.variants[label].split("/")[0]] += 1
    for style in ("plain", "space4", "s664", "dot4", "dotregion", "dash4", "masked-plain"):
        assert variants["nik", style] >= 20, style
    for style in ("+62-space", "62-plain", "0-dash", "0-space", "0-bracket", "+62-bracket"):
        assert variants["phone", style] >= 20, style
    for style in ("leet", "spaced", "joined", "plain"):
        assert variants["gambling", style] >= 20, style
    for style in ("display-none", "visibility", "font-size-0", "left-9999"):
        assert variants["hidden_link", style] >= 20, style
    for style in ("script-inline", "onerror", "js-url", "iframe", "form"):
        assert variants["unsafe_html", style] >= 20, style
    for style in ("formatted", "plain15", "sixteen"):
        assert variants["npwp", style] >= 20, style


# --- the scoring itself, with fake scanners -----------------------------------------------------


def fake_findings(document: Document, kinds=None, extra_negatives=False):
    findings = [
        SimpleNamespace(kind=label.kind, start=label.start, end=label.end)
        for label in document.labels
        if kinds is None or label.kind in kinds
    ]
    if extra_negatives:
        findings += [
            SimpleNamespace(kind="phone", start=negative.start, end=negative.end)
            for negative in document.negatives
        ]
    return findings


def test_score_of_a_perfect_scanner_is_one(documents):
    sample = documents[:200]
    by_text = {document.text: document for document in sample}
    result = score(sample, lambda text: fake_findings(by_text[text]))
    assert result.recall() == 1.0 and result.precision() == 1.0
    assert all(result.recall(kind) == 1.0 for kind in KINDS)


def test_score_counts_misses_false_alarms_and_tolerance(documents):
    sample = documents[:200]
    by_text = {document.text: document for document in sample}
    result = score(sample, lambda text: fake_findings(by_text[text], {"nik", "email"}, True))
    assert result.recall("nik") == 1.0 and result.recall("phone") == 0.0
    assert result.precision("phone") == 0.0 and result.false_categories
    assert 0 < result.recall() < 1

    def swapped(text):  # nik reported as kk and the other way round: still found
        document = by_text[text]
        return [
            SimpleNamespace(
                kind={"nik": "kk", "kk": "nik"}.get(f.kind, f.kind), start=f.start, end=f.end
            )
            for f in fake_findings(document)
        ]

    result = score(sample, swapped)
    assert result.recall("kk") == 1.0 and result.precision("nik") == 1.0
    assert result.keyed and result.keyed_exact == 0

    def spam_words(text):  # every gambling-tolerated span flagged whole: neither hit nor miss
        document = by_text[text]
        return [
            SimpleNamespace(kind=span.kind, start=span.start, end=span.end)
            for span in document.tolerated
        ]

    result = score(sample, spam_words)
    assert sum(result.ignored.values()) > 0 or not any(d.tolerated for d in sample)
    assert "ALL" in result.report()
