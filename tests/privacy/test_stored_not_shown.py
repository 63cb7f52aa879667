"""Issue 13/14: text a file stores but a reader does not show is still in what the public
downloads: XLSX shared strings no cell uses, worksheet parts the workbook does not list, number
format literals, validation prompts and drop-down entries, the alt text of pictures, ODT hidden
and conditional text and user fields, DOCX form-field defaults and drop-down entries.

(Already read before, checked when this was written: hidden and very hidden sheets, hidden rows
and columns, cell comments, DOCX vanish runs and tracked deletions, ODT tracked changes.)
"""

from moderation.privacy import scan_text
from moderation.privacy.extract import extract_in_process
from moderation.privacy.extract_result import Limits

from .test_extract import docx_document, paragraph, zip_of

NIK = "3404012207850003"
PHONE = "0812 3456 7890"
LIMITS = Limits()
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx_parts(sheet: str, strings: list[str], **extra: str) -> bytes:
    """A hand-made workbook with one listed sheet (`sheet`: the sheetData content)."""
    shared = "".join(f"<si><t>{text}</t></si>" for text in strings)
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
            'formats-package.relationships+xml"/><Default Extension="xml" ContentType="'
            'application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
            'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/shared'
            'Strings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sharedStrings+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Rekap" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" '
            f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/'
            'sharedStrings" Target="sharedStrings.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData>{sheet}</sheetData>'
            "</worksheet>"
        ),
        "xl/sharedStrings.xml": (
            f'<?xml version="1.0"?><sst xmlns="{MAIN}" count="{len(strings)}">{shared}</sst>'
        ),
    }
    parts.update(extra)
    return zip_of(parts)


def test_shared_strings_no_cell_uses_are_read():
    """The cell that showed the NIK was cleared: its shared string stays in the file."""
    data = xlsx_parts(
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
        ["Rekap penerima bantuan", f"Budi Santoso NIK {NIK}"],
    )
    result = extract_in_process(data, "xlsx", LIMITS)
    assert result.status == "ok"
    assert f"NIK {NIK}" in result.text
    assert result.text.count("Rekap penerima bantuan") == 1  # a used string is read once
    finding = next(f for f in scan_text(result.text) if f.kind == "nik")
    assert "not used by any cell" in result.location_at(finding.start)


def test_a_worksheet_the_workbook_does_not_list_is_read():
    orphan = (
        f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" '
        f't="inlineStr"><is><t>Siti Aminah HP {PHONE}</t></is></c><c r="B1"><v>{NIK}</v></c>'
        "</row></sheetData></worksheet>"
    )
    data = xlsx_parts(
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
        ["Rekap"],
        **{"xl/worksheets/sheet9.xml": orphan},
    )
    text = extract_in_process(data, "xlsx", LIMITS).text
    assert PHONE in text and NIK in text


def test_validation_prompts_drop_down_entries_and_number_formats_are_read():
    sheet = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>1</v></c></row>'
        "</sheetData>"
        '<dataValidations count="1"><dataValidation type="list" sqref="C1" '
        f'prompt="Contoh: Budi, HP {PHONE}" promptTitle="Isian">'
        f'<formula1>"Siti {NIK},Ani"</formula1></dataValidation></dataValidations><sheetData>'
    )
    styles = (
        f'<?xml version="1.0"?><styleSheet xmlns="{MAIN}"><numFmts count="1">'
        '<numFmt numFmtId="164" formatCode="&quot;Budi, NIK 3171014708850003 &quot;0"/>'
        "</numFmts></styleSheet>"
    )
    data = xlsx_parts(sheet, ["Rekap"], **{"xl/styles.xml": styles})
    text = extract_in_process(data, "xlsx", LIMITS).text
    assert PHONE in text and f"Siti {NIK}" in text and "3171014708850003" in text


def test_the_alt_text_of_a_picture_in_a_drawing_is_read():
    drawing = (
        '<?xml version="1.0"?><xdr:wsDr xmlns:xdr="x"><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2"'
        f' name="Gambar 1" descr="Foto KTP Budi NIK {NIK}"/></xdr:nvPicPr></xdr:pic></xdr:wsDr>'
    )
    data = xlsx_parts(
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
        ["Rekap"],
        **{"xl/drawings/drawing1.xml": drawing},
    )
    assert NIK in extract_in_process(data, "xlsx", LIMITS).text


def test_docx_alt_text_form_fields_and_word_art_are_read():
    body = paragraph("Formulir permohonan.") + (
        '<w:p><w:r><w:drawing><wp:inline xmlns:wp="wp"><wp:docPr id="1" name="Gambar 1" '
        f'descr="Scan KTP pemohon NIK {NIK}"/></wp:inline></w:drawing></w:r></w:p>'
        '<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:textInput><w:default '
        'w:val="budi.santoso@gmail.com"/></w:textInput><w:ddList><w:listEntry '
        f'w:val="Siti HP {PHONE}"/></w:ddList></w:ffData></w:fldChar></w:r></w:p>'
        '<w:p><w:r><w:pict><v:shape xmlns:v="v"><v:textpath string="Ani 3171014708850003"/>'
        "</v:shape></w:pict></w:r></w:p>"
    )
    text = extract_in_process(docx_document(body), "docx", LIMITS).text
    assert NIK in text and "budi.santoso@gmail.com" in text and PHONE in text
    assert "3171014708850003" in text
    found = {f.kind for f in scan_text(text)}
    assert {"nik", "email"} <= found


def test_odt_hidden_and_conditional_text_and_user_fields_are_read():
    content = (
        '<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:text="t">'
        "<office:body><office:text><text:user-field-decls><text:user-field-decl "
        f'text:name="pemohon" office:value-type="string" office:string-value="Budi NIK {NIK}"/>'
        "</text:user-field-decls><text:p>Surat balasan.<text:hidden-text "
        f'text:condition="ooow:1" text:string-value="HP {PHONE}"/><text:conditional-text '
        'text:condition="ooow:0" text:string-value-if-true="siti.aminah@yahoo.co.id ada" '
        'text:string-value-if-false="-">-</text:conditional-text></text:p>'
        "</office:text></office:body></office:document-content>"
    )
    odt = zip_of({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content})
    text = extract_in_process(odt, "odt", LIMITS).text
    assert NIK in text and PHONE in text and "siti.aminah@yahoo.co.id" in text


def test_ordinary_attributes_are_not_read():
    """Identifiers, sizes and switches ("none", "rId5") are not text: nothing is added."""
    body = (
        '<w:p w14:paraId="1A2B3C4D"><w:r><w:drawing><wp:inline xmlns:wp="wp"><wp:docPr id="1" '
        'name="Gambar1" descr=""/></wp:inline></w:drawing><w:t>Rapat.</w:t></w:r></w:p>'
    )
    result = extract_in_process(docx_document(body), "docx", LIMITS)
    assert not any("(attributes)" in part.location for part in result.parts)
