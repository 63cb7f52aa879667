# ruff: noqa: E501
"""Table layouts for heldout3: each writes header + rows into a Doc, keeping spans exact."""

from __future__ import annotations

import random

from common import Doc, cell_text, put

LAYOUTS = [
    "pipe",
    "md",
    "tab",
    "csv",
    "semi",
    "html",
    "fixed",
    "fixed_wrap",
    "kv",
    "colwise",
    "cellline",
]


def _csv_cell(cell, sep: str):
    s = cell_text(cell)
    if sep in s or '"' in s:
        if isinstance(cell, tuple):
            return ['"', cell, '"']
        return ['"', cell, '"']
    return cell


def render(d: Doc, rng: random.Random, headers: list[str], rows: list[list], layout: str) -> None:
    if layout == "pipe":
        d.t(" | ".join(headers) + "\n")
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    d.t(" | ")
                put(d, c)
            d.t("\n")
    elif layout == "md":
        d.t("| " + " | ".join(headers) + " |\n|" + "|".join("---" for _ in headers) + "|\n")
        for r in rows:
            d.t("| ")
            for i, c in enumerate(r):
                if i:
                    d.t(" | ")
                put(d, c)
            d.t(" |\n")
    elif layout in {"tab", "csv", "semi"}:
        sep = {"tab": "\t", "csv": ",", "semi": ";"}[layout]
        eol = "\r\n" if rng.random() < 0.3 else "\n"
        d.t(sep.join(headers) + eol)
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    d.t(sep)
                put(d, _csv_cell(c, sep) if sep != "\t" else c)
            d.t(eol)
    elif layout == "html":
        excel = rng.random() < 0.4
        d.t(
            '<table border="1" cellspacing="0">\n<thead><tr>'
            + "".join(f"<th>{h}</th>" for h in headers)
            + "</tr></thead>\n<tbody>\n"
        )
        for r in rows:
            d.t("<tr>")
            for c in r:
                d.t('<td class="xl65" style="mso-number-format:\'\\@\'">' if excel else "<td>")
                put(d, c)
                d.t("</td>")
            d.t("</tr>\n")
        d.t("</tbody></table>\n")
    elif layout in {"fixed", "fixed_wrap"}:
        cap = 24 if layout == "fixed_wrap" else 999
        widths = [len(h) for h in headers]
        for r in rows:
            for i, c in enumerate(r):
                widths[i] = max(widths[i], min(len(cell_text(c)), cap))
        d.t("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)).rstrip() + "\n")
        d.t("  ".join("-" * w for w in widths) + "\n")
        for r in rows:
            cont: list[tuple[int, object]] = []
            for i, c in enumerate(r):
                if i:
                    d.t("  ")
                s = cell_text(c)
                if len(s) > cap and isinstance(c, tuple) and c[0] is not None and c[2] != "neg":
                    cut = s.rfind(" ", 0, cap)
                    if cut <= 0:
                        cut = cap
                    item = d.new_item(c[0]) if c[2] in (None, "p") else c[2]
                    head, tail = s[:cut], s[cut + 1 :]
                    d.p(c[0], head, item)
                    d.t(" " * (widths[i] - len(head)))
                    cont.append((i, (c[0], tail, item)))
                else:
                    put(d, c)
                    if i < len(r) - 1:
                        d.t(" " * max(0, widths[i] - len(s)))
            d.t("\n")
            if cont:
                col = dict(cont)
                line_started = False
                for i in range(len(r)):
                    if i in col:
                        pad = sum(widths[:i]) + 2 * i
                        d.t(" " * pad if not line_started else "")
                        put(d, col[i])
                        line_started = True
                d.t("\n")
    elif layout == "kv":
        for n, r in enumerate(rows, 1):
            d.t(f"{n}.\n")
            for h, c in zip(headers, r, strict=False):
                d.t(f"   {h:<16}: ")
                put(d, c)
                d.t("\n")
    elif layout == "colwise":
        # PDF text export where the extractor read the table column by column.
        for i, h in enumerate(headers):
            d.t(h + "\n")
            for r in rows:
                put(d, r[i])
                d.t("\n")
    elif layout == "cellline":
        d.t("\n".join(headers) + "\n")
        for r in rows:
            for c in r:
                put(d, c)
                d.t("\n")
    else:
        raise ValueError(layout)
