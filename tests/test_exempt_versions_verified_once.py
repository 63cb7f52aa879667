"""The exempt versions are verified against the audit chain once per public generation (issue
13, left by the fixers: chained_fingerprints verified every ppid.exemption.version entry, an
HMAC each, on every content check: every upload, every publication scan, every file for a
requester). The verified rows are kept under the generation's key and the number and last id
of the version entries: a new exempt version, or one deleted, is read again at once."""

import pytest

from integrity import chain
from moderation.publication import SET_UP, approved_path
from page_cache import generation
from ppid_pages.exempt_versions import chained_fingerprints
from ppid_pages.models.dip import DipCategory
from tests.factories import home_page, make_dip_index, make_document, make_entry, pdf_bytes

pytestmark = pytest.mark.django_db

VERSION_ACTION = "ppid.exemption.version"  # ppid_pages.exempt_versions


def exempt_entry(index, title: str, text: str):
    document = make_document(title, pdf_bytes(text))
    make_entry(index, title, category=DipCategory.DIKECUALIKAN, documents=(document,))
    return document


def test_exempt_versions_are_verified_once_per_generation(monkeypatch):
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    index = make_dip_index()
    exempt_entry(index, "Kontrak rahasia", "Nilai kontrak pengadaan server rahasia dinas")
    generation.bump()
    verified = []
    chained_entries = chain.chained_entries

    def counted(model, entries):
        rows = chained_entries(model, entries)
        verified.extend(row["id"] for row in rows if row["action"] == VERSION_ACTION)
        return rows

    monkeypatch.setattr(chain, "chained_entries", counted)
    first = chained_fingerprints()
    assert first and verified
    verified.clear()
    assert [digest for digest, _n, _f in chained_fingerprints()] == [
        digest for digest, _n, _f in first
    ]
    assert not verified, "verified again under the same generation"

    exempt_entry(index, "Denah gudang", "Denah gudang logistik darurat kecamatan")
    verified.clear()
    assert len(chained_fingerprints()) == len(first) + 1  # a new version: read at once
    assert verified
    verified.clear()
    generation.bump()
    chained_fingerprints()
    assert verified  # a new generation: verified again
