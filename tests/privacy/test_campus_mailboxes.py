"""Issue 14, class 2: a student's mailbox at a university (student., mhs., mahasiswa.
subdomains, or a person's name with digits as the local part) is a person's address, while
the university's own role mailboxes (humas@, ppid@) stay institutional. Plain Python, no
Django. Addresses are made up."""

import pytest

from moderation.privacy import scan_text
from moderation.privacy.findings import Severity


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "tembusan: Nurul Aini (nurul.aini@mahasiswa.unej.ac.id)",
            "nurul.aini@mahasiswa.unej.ac.id",
        ),
        ("dikirim dari yosua_tabuni@students.uncen.ac.id", "yosua_tabuni@students.uncen.ac.id"),
        ("cc fadhil.rahman07@unand.ac.id", "fadhil.rahman07@unand.ac.id"),
    ],
)
def test_a_students_mailbox_is_personal(text, value):
    found = [(f.kind, text[f.start : f.end], f.severity) for f in scan_text(text)]
    assert found == [("email", value, Severity.BLOCK)]


@pytest.mark.parametrize(
    "text",
    [
        "Informasi lebih lanjut: humas@unej.ac.id",
        "Permohonan dikirim ke ppid@uncen.ac.id",
        "Surel: ppid2024@unand.ac.id",
    ],
)
def test_a_universitys_role_mailbox_stays_institutional(text):
    assert [f.kind for f in scan_text(text)] == []
