"""Table layouts of heldout4 (chosen to differ from the earlier corpora's)."""

# ruff: noqa: E501, B007, B905, S311, F841
# A seeded corpus generator: long template lines, reproducible (non-crypto) randomness.

from common import cell_text


def _widths(header, rows):
    cols = len(header)
    return [max([len(header[c])] + [len(cell_text(r[c])) for r in rows]) for c in range(cols)]


def box(d, r, header, rows):
    """Box-drawing table, as a DOCX/XLSX copied to plain text by an editor."""
    w = _widths(header, rows)
    d.t("┌" + "┬".join("─" * (x + 2) for x in w) + "┐\n")
    d.t("│ " + " │ ".join(h.ljust(x) for h, x in zip(header, w)) + " │\n")
    d.t("├" + "┼".join("─" * (x + 2) for x in w) + "┤\n")
    for row in rows:
        d.t("│ ")
        for j, (c, x) in enumerate(zip(row, w)):
            d.put(c)
            d.t(" " * (x - len(cell_text(c))) + (" │ " if j < len(w) - 1 else " │\n"))
    d.t("└" + "┴".join("─" * (x + 2) for x in w) + "┘\n")


def ragged(d, r, header, rows):
    """Columns separated by 2-5 spaces, no alignment (PDF text copied without layout)."""
    d.t("   ".join(header) + "\n")
    for row in rows:
        for j, c in enumerate(row):
            if j:
                d.t(" " * r.randint(2, 5))
            d.put(c if cell_text(c) else "-")
        d.t("\n")


def transposed(d, r, header, rows, per=3):
    """Fields as rows, persons as columns (a landscape form with one column per recipient)."""
    for k in range(0, len(rows), per):
        chunk = rows[k : k + per]
        w = max(len(h) for h in header) + 2
        cw = [max(len(cell_text(row[j])) for j in range(len(header))) for row in chunk]
        for j, h in enumerate(header):
            d.t(h.ljust(w) + ": ")
            for q, row in enumerate(chunk):
                c = row[j]
                d.put(c)
                if q < len(chunk) - 1:
                    d.t(" " * (cw[q] - len(cell_text(c))) + " | ")
            d.t("\n")
        d.t("\n")


def json_lines(d, r, header, rows):
    """An open-data portal / API dump pasted into the page."""
    keys = [h.lower().replace(".", "").replace("/", "_").replace(" ", "_") for h in header]
    d.t("[\n")
    for i, row in enumerate(rows):
        d.t("  {")
        for j, (k, c) in enumerate(zip(keys, row)):
            d.t(f'"{k}": "')
            d.put(c)
            d.t('"' + (", " if j < len(keys) - 1 else ""))
        d.t("}" + ("," if i < len(rows) - 1 else "") + "\n")
    d.t("]\n")


def dotkv(d, r, header, rows):
    """One block per person, labels with dot leaders (typed in Word)."""
    w = max(len(h) for h in header) + 6
    for i, row in enumerate(rows, 1):
        d.t(f"{i}.\n")
        for h, c in zip(header, row):
            d.t("   " + h + " " + "." * (w - len(h)) + " : ")
            d.put(c if cell_text(c) else "-")
            d.t("\n")


def rowsplit(d, r, header, rows):
    """Fixed width where each record is printed on two lines (a narrow PDF page)."""
    half = (len(header) + 1) // 2
    w = _widths(header, rows)
    d.t("  ".join(h.ljust(x) for h, x in zip(header[:half], w[:half])) + "\n")
    d.t("    " + "  ".join(h.ljust(x) for h, x in zip(header[half:], w[half:])) + "\n")
    d.t("-" * (sum(w[:half]) + 2 * half) + "\n")
    for row in rows:
        for seg, lead in ((range(half), ""), (range(half, len(header)), "    ")):
            d.t(lead)
            for j in seg:
                c = row[j]
                d.put(c)
                d.t(" " * (w[j] - len(cell_text(c)) + 2))
            d.t("\n")


def html_label(d, r, header, rows):
    """A responsive CMS table: every cell carries data-label."""
    d.t('<table class="table table-striped responsive">\n<thead><tr>')
    d.t("".join(f"<th>{h}</th>" for h in header) + "</tr></thead>\n<tbody>\n")
    for row in rows:
        d.t("<tr>")
        for h, c in zip(header, row):
            d.t(f'<td data-label="{h}">')
            d.put(c)
            d.t("</td>")
        d.t("</tr>\n")
    d.t("</tbody>\n</table>\n")


def bullets(d, r, header, rows):
    """Markdown bullets with bold keys, one block per person."""
    for row in rows:
        d.t("- **")
        d.put(row[0] if isinstance(row[0], str) else row[0])
        d.t("**\n")
        for h, c in zip(header[1:], row[1:]):
            d.t(f"  - {h}: ")
            d.put(c if cell_text(c) else "-")
            d.t("\n")


def quoted(d, r, header, rows):
    """Every cell quoted, ';' separated, numbers as text with a leading '=' (Excel-safe export)."""
    d.t(";".join(f'"{h}"' for h in header) + "\r\n")
    for row in rows:
        for j, c in enumerate(row):
            if j:
                d.t(";")
            d.t('"')
            d.put(c)
            d.t('"')
        d.t("\r\n")


def runon(d, r, header, rows):
    """A paragraph: '1) Name, NIK ..., alamat ...; 2) ...'."""
    for i, row in enumerate(rows, 1):
        d.t(f"{i}) ")
        d.put(row[0])
        for h, c in zip(header[1:], row[1:]):
            if not cell_text(c):
                continue
            d.t(f", {h.lower()} ")
            d.put(c)
        d.t("; " if i < len(rows) else ".\n")


LAYOUTS = {
    "box": box,
    "ragged": ragged,
    "transposed": transposed,
    "json": json_lines,
    "dotkv": dotkv,
    "rowsplit": rowsplit,
    "html_label": html_label,
    "bullets": bullets,
    "quoted": quoted,
    "runon": runon,
}


def table(d, r, header, rows, layout=None):
    name = layout or r.choice(list(LAYOUTS))
    start = d.pos
    LAYOUTS[name](d, r, header, rows)
    d.layouts.append([name, start, d.pos])
    return name
