"""Every Indonesian catalogue is complete and its compiled .mo matches the .po."""

from pathlib import Path

import polib
import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = sorted(
    path
    for pattern in ("**/locale/id/LC_MESSAGES/*.po", "**/wagtail_catalogue/id/LC_MESSAGES/*.po")
    for path in REPO_ROOT.glob(pattern)
    if ".venv" not in path.parts
)


def test_every_app_with_strings_has_a_catalogue():
    owners = {path.relative_to(REPO_ROOT).parts[0] for path in CATALOGUES}
    assert {"locale", "ppid_pages", "moderation", "security"} <= owners


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_catalogue_is_fully_translated(po_path):
    catalogue = polib.pofile(str(po_path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_compiled_catalogue_matches_source(po_path):
    def translations(catalogue):
        return {
            (entry.msgctxt, entry.msgid): (
                entry.msgstr,
                tuple(sorted(entry.msgstr_plural.items())),
            )
            for entry in catalogue
            if entry.msgid
            and (entry.msgstr or entry.msgstr_plural)
            and not entry.obsolete
            and "fuzzy" not in getattr(entry, "flags", ())
        }

    source = translations(polib.pofile(str(po_path)))
    compiled = translations(polib.mofile(str(po_path.with_suffix(".mo"))))
    assert compiled == source
