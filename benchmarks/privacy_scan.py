"""Speed and quality of the privacy scanner, on generated data (tests/privacy/corpus.py).

    .venv/bin/python benchmarks/privacy_scan.py [--mb 10] [--documents 1000] [--repeat 3]

Prints:
1. MB/s of `scan_text` on >= 10 MB of dense generated text (tests/privacy/corpus.py DENSE_MIX:
   budget tables, letter registers, disbursement recaps, minutes, letters and tables of
   persons - many numbers per line), scanned as one text and as the separate documents it is
   made of; then each genre alone (the tables of persons are the worst case: a finding every
   ~50 characters). One process, one thread: the figure is per core. Each figure is the best
   of --repeat runs, with the median beside it: on a shared machine the slower runs measure
   the neighbours (timeit reports the minimum for the same reason). Target: >= 10 MB/s.
2. Recall and precision on the labelled corpus, per kind (the same scoring as
   tests/privacy/test_corpus.py). Targets: recall >= 0.98, precision >= 0.97.
3. Documents per second on a mix of generated PDF (reportlab), DOCX (a minimal zip of
   word/document.xml) and XLSX (openpyxl) files, each extracted by
   `moderation.privacy.extract.extract` (worker process with limits) and scanned. Target: 1,000
   documents in under 60 s.

No Django needed: the detection core and the extractor are plain Python.
"""

import argparse
import io
import os
import re
import statistics
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "site")]

from moderation.privacy import AllowList, scan_text  # noqa: E402
from tests.privacy.corpus import (  # noqa: E402
    DENSE_MIX,
    GENRES,
    OFFICE_CONTACTS,
    PROSE_GENRES,
    dense_documents,
    generate_corpus,
    score,
    stats,
)

MB = 1024 * 1024
NUMBER = re.compile(r"\d+(?:[.,/\-]\d+)*")
ALLOW = AllowList.from_contacts(OFFICE_CONTACTS)
TEXT_TARGET_MB_S = 10.0
DOCUMENTS_TARGET_SECONDS = 60.0


def verdict(ok: bool) -> str:
    return "OK" if ok else "BELOW TARGET"


def timed_scan(texts: list[str], repeat: int) -> tuple[float, float, int]:
    """(best wall seconds, median wall seconds, findings) of scanning `texts`, `repeat` times.
    The best run is the figure to compare with a target (as timeit reports): slower runs
    measure the other processes on a shared machine, not the scanner."""
    walls, found = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        found = sum(len(scan_text(text, ALLOW)) for text in texts)
        walls.append(time.perf_counter() - started)
    return min(walls), statistics.median(walls), found


def bench_text(megabytes: float, seed: int, repeat: int) -> None:
    print(f"== 1. scan_text on dense generated text (>= {megabytes:g} MB) ==")
    mix = ", ".join(f"{name} {weight}" for name, weight in DENSE_MIX.items())
    print(f"mix (documents by weight): {mix}")
    started = time.perf_counter()
    pieces = dense_documents(seed, int(megabytes * MB))
    text = "\n".join(pieces)
    size = len(text.encode()) / MB
    digits = sum(char.isdigit() for char in text)
    lines = text.count("\n") + 1
    numbers = len(NUMBER.findall(text))
    print(
        f"generated {size:.1f} MB, {lines:,} lines, {digits / len(text):.0%} digits, "
        f"{numbers / lines:.1f} numbers per line ({time.perf_counter() - started:.1f} s)"
    )
    scan_text("NIK 3404014508900002", ALLOW)  # load metadata, compile patterns

    print(f"best of {repeat} runs (median in brackets); one process, one thread:")
    for label, texts in (("as one text", [text]), (f"as {len(pieces):,} texts", pieces)):
        best, median, found = timed_scan(texts, repeat)
        rate = size / best
        print(
            f"{label + ':':<22}{best:6.2f} s ({median:.2f}) -> {rate:6.1f} MB/s "
            f"({size / median:.1f}), {found / size:,.0f} findings/MB  "
            f"target >= {TEXT_TARGET_MB_S:g} MB/s: {verdict(rate >= TEXT_TARGET_MB_S)}"
        )

    print(f"per genre (2 MB each, one text, best of {repeat}):")
    for genre in (*DENSE_MIX, *PROSE_GENRES):
        sample = "\n".join(dense_documents(seed, 2 * MB, [genre]))
        size = len(sample.encode()) / MB
        best, _, found = timed_scan([sample], repeat)
        print(f"  {genre:<18}{size / best:6.1f} MB/s, {found / size:8,.0f} findings/MB")
    print()


def bench_quality(details: bool) -> None:
    print("== 2. recall and precision on the labelled corpus ==")
    documents = generate_corpus()
    positives, negatives = stats(documents)
    chars = sum(len(document.text) for document in documents)
    print(
        f"{len(documents):,} documents, {chars / MB:.1f} MB, {sum(positives.values()):,} labelled "
        f"items, {sum(negatives.values()):,} hard negatives"
    )
    started = time.perf_counter()
    result = score(documents, lambda text: scan_text(text, ALLOW))
    wall = time.perf_counter() - started
    print(f"scanned and scored in {wall:.1f} s")
    print(result.report() if details else result.table())
    print(
        f"targets: recall >= 0.98 ({verdict(result.recall() >= 0.98)}), "
        f"precision >= 0.97 ({verdict(result.precision() >= 0.97)})"
    )
    print()


# --- generated documents ----------------------------------------------------------------------


def document_texts(count: int, seed: int) -> list[str]:
    """`count` texts of 1 to 10 generated documents each (about 1 to 12 PDF pages)."""
    import random

    rng = random.Random(seed)  # noqa: S311 (reproducible test data, not secrets)
    genres = list(GENRES)
    return [
        "\n".join(GENRES[rng.choice(genres)][0](rng).text for _ in range(rng.randint(1, 10)))
        for _ in range(count)
    ]


def make_pdf(text: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 8)
    y = 800
    for line in text.encode("latin-1", "replace").decode("latin-1").splitlines():
        for start in range(0, max(len(line), 1), 120):
            if y < 40:
                pdf.showPage()
                pdf.setFont("Helvetica", 8)
                y = 800
            pdf.drawString(30, y, line[start : start + 120])
            y -= 10
    pdf.save()
    return buffer.getvalue()


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", data))


DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(text: str) -> bytes:
    body = []
    for line in text.splitlines():
        cells = line.split("\t") if "\t" in line else line.split(" | ") if " | " in line else None
        if cells and len(cells) > 2:  # a table row
            row = "".join(
                f"<w:tc><w:p><w:r><w:t>{escape(cell)}</w:t></w:r></w:p></w:tc>" for cell in cells
            )
            body.append(f"<w:tbl><w:tr>{row}</w:tr></w:tbl>")
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}">'
        f"<w:body>{''.join(body)}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", DOCX_TYPES)
        archive.writestr("_rels/.rels", DOCX_RELS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def make_xlsx(text: str) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for line in text.splitlines():
        for separator in ("\t", " | ", ";", ","):
            if separator in line:
                cells = line.split(separator)
                break
        else:
            cells = [line]
        row = []
        for cell in cells:
            cell = "".join(char for char in cell.strip() if char.isprintable())[:32000]
            digits = cell.replace(" ", "")
            if digits.isdigit() and 6 <= len(digits) <= 16 and not digits.startswith("0"):
                row.append(int(digits))  # Excel keeps long numbers as numbers
            else:
                row.append(cell)
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def bench_documents(count: int, seed: int) -> None:
    print(f"== 3. {count:,} generated PDF/DOCX/XLSX documents: extraction + scan ==")
    try:
        from moderation.privacy.extract import close_pools, extract
        from moderation.privacy.extract_scan import file_status, scan_extraction
    except ImportError as error:
        print(f"document extraction not available yet ({error})")
        return

    started = time.perf_counter()
    makers = {"pdf": make_pdf, "docx": make_docx, "xlsx": make_xlsx}
    files = []
    for index, text in enumerate(document_texts(count, seed)):
        kind = list(makers)[index % 3]
        files.append((f"dokumen-{index}.{kind}", makers[kind](text)))
    size = sum(len(data) for _, data in files) / MB
    pages = sum(pdf_pages(data) for name, data in files if name.endswith(".pdf"))
    print(
        f"generated {count:,} files, {size:.1f} MB, {pages:,} PDF pages "
        f"({time.perf_counter() - started:.1f} s)"
    )

    extract(files[0][1], files[0][0])  # start the worker
    statuses, reasons, per_kind, findings = Counter(), Counter(), Counter(), 0
    started = time.perf_counter()
    for name, data in files:
        kind_started = time.perf_counter()
        extraction = extract(data, name)
        found = scan_extraction(extraction, ALLOW)
        findings += len(found)
        statuses[file_status(extraction, found)] += 1
        if extraction.reason:
            reasons[extraction.reason] += 1
        per_kind[name.rsplit(".", 1)[1]] += time.perf_counter() - kind_started
    wall = time.perf_counter() - started
    close_pools()
    print(
        f"{count:,} documents in {wall:.1f} s -> {count / wall:.1f} documents/s "
        f"({findings:,} findings)  target < {DOCUMENTS_TARGET_SECONDS:g} s for 1,000: "
        f"{verdict(wall * 1000 / count < DOCUMENTS_TARGET_SECONDS)}"
    )
    by_kind = ", ".join(
        f"{kind} {seconds / (count / 3) * 1000:.0f} ms" for kind, seconds in per_kind.items()
    )
    print(f"mean time per document: {by_kind}")
    print(f"file statuses: {dict(statuses)}" + (f"; reasons: {dict(reasons)}" if reasons else ""))
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=10.0, help="dense text size (default 10)")
    parser.add_argument("--documents", type=int, default=1000, help="documents (default 1000)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated data")
    parser.add_argument("--repeat", type=int, default=3, help="runs per text figure (best kept)")
    parser.add_argument("--details", action="store_true", help="missed formats, false alarms")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; one process, one thread\n")
    bench_text(args.mb, args.seed, args.repeat)
    bench_quality(args.details)
    if args.documents:
        bench_documents(args.documents, args.seed)


if __name__ == "__main__":
    main()
