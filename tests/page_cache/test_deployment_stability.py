"""One release keeps one key (issue 18, verify18f 3): the instances of a release that ran
collectstatic each (the manifest's names written in another order) share one fingerprint, and a
`migrate` with nothing to apply (the container runs it at every start) keeps the public token,
so a restart does not empty the page cache."""

import json

import pytest
from django.core.management import call_command

from page_cache import generation
from tests.factories import make_dip_index

MANIFEST = {
    "paths": {"css/site.css": "css/site.0123abcd.css", "js/site.js": "js/site.4567ef01.js"},
    "version": "1.1",
    "hash": "ea0dced90eff",
}


def test_one_release_two_collectstatic_runs_one_fingerprint(settings, tmp_path):
    first, second, changed = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for folder in (first, second, changed):
        folder.mkdir()
    (first / "staticfiles.json").write_text(json.dumps(MANIFEST))
    reordered = {**MANIFEST, "paths": dict(reversed(list(MANIFEST["paths"].items())))}
    (second / "staticfiles.json").write_text(json.dumps(reordered, indent=2))
    other = {**MANIFEST, "paths": {**MANIFEST["paths"], "css/site.css": "css/site.99.css"}}
    (changed / "staticfiles.json").write_text(json.dumps(other))
    prints = []
    for folder in (first, second, changed):
        settings.STATIC_ROOT = str(folder)
        prints.append(generation.deployment())
    assert prints[0] == prints[1]
    assert prints[2] != prints[0]  # another hashed name: another deployment


@pytest.mark.django_db
def test_a_migrate_with_nothing_to_apply_keeps_the_token():
    make_dip_index()
    before = generation.current()
    call_command("migrate", verbosity=0)
    assert generation.current() == before
