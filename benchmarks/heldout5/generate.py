# ruff: noqa: E501, S311, E402, B007
"""Generate benchmarks/heldout5/corpus.jsonl (seed 2026120755; byte-for-byte reproducible).

    .venv/bin/python benchmarks/heldout5/generate.py

Written by helper session `heldout5` without reading the detector. See README.md.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import (  # noqa: E402
    MONTHS_ID,
    PEKERJAAN,
    REGIONS,
    STREETS,
    Doc,
    N,
    P,
    World,
    email_of,
    fmt_date,
    fmt_kis,
    fmt_nik,
    fmt_npwp,
    fmt_phone,
    money,
    new_item,
    seg_text,
)

SEED = 2026120755


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------
def person(w: World, female: bool | None = None, lo: int = 1950, hi: int = 2004) -> dict:
    r = w.r
    female = r.random() < 0.5 if female is None else female
    b = w.birth(lo, hi)
    other = r.random() < 0.1
    pob = r.choice([w.regency[1], w.kec, w.village, w.place(), w.regency[1]])
    name = w.name(female)
    return {
        "name": name,
        "female": female,
        "birth": b,
        "pob": pob,
        "nik": w.nik(b, female, other),
        "kk": w.kk(other),
        "phone": w.phone_digits(),
        "email": email_of(r, name, b.year),
        "addr": w.address(),
        "job": r.choice(PEKERJAAN),
    }


def ttl(w: World, p: dict, style: str | None = None, sep: str | None = None) -> list:
    sep = sep if sep is not None else w.r.choice([", ", ", ", ",", " / ", " , ", " "])
    return [p["pob"] + sep, P("birth_date", fmt_date(w.r, p["birth"], style))]


# --------------------------------------------------------------------------------------------
# Letterheads, signatures, table layouts
# --------------------------------------------------------------------------------------------
def kop_desa(w: World) -> list:
    r = w.r
    vw = w.village_word()
    street = r.choice(STREETS)
    mail = r.choice(
        [
            f"pemdes{w.vslug}@gmail.com",
            f"desa.{w.vslug}@yahoo.co.id",
            f"pemerintah@{w.vslug}.desa.id",
            f"kantor@{w.vslug}.desa.id",
        ]
    )
    return [
        f"PEMERINTAH {w.kab.upper()}\n{w.district_word().upper()} {w.kec.upper()}\n",
        f"{('KANTOR ' + vw + ' ').upper()}{w.village.upper()}\n",
        "Alamat: ",
        N("office_address", f"Jl. {street} No. {r.randint(1, 30)}, {vw} {w.village}"),
        " Kode Pos ",
        N("postal_code", w.postal()),
        r.choice([" Telp. ", " Telp/Fax ", " HP Kantor: "]),
        N("office_phone", w.office_phone()),
        "\n",
        r.choice(["Email: ", "Pos-el: ", "e-mail : "]),
        N("office_email", mail),
        "  Website: ",
        N("website", f"https://{w.vslug}.desa.id"),
        "\n",
        "=" * 72,
        "\n\n",
    ]


def kop_dinas(w: World, dinas: str, short: str) -> list:
    r = w.r
    dom = f"{w.slug}{'kota' if w.is_city else 'kab'}.go.id"
    return [
        f"PEMERINTAH {w.kab.upper()}\n{dinas.upper()}\n",
        N("office_address", f"Jl. {r.choice(STREETS)} No. {r.randint(1, 99)} {w.regency[1]}"),
        " ",
        N("postal_code", w.postal()),
        "\nTelepon ",
        N("office_phone", w.office_phone()),
        " Faksimile ",
        N("office_phone", w.office_phone()),
        "\nLaman: ",
        N("website", f"{short}.{dom}"),
        " Pos-el: ",
        N("office_email", f"{short}@{dom}"),
        "\n\n",
    ]


def letter_no(w: World, code: str) -> str:
    r = w.r
    return r.choice(
        [
            f"{code}/{r.randint(1, 400)}/{r.choice(['DS', 'Pem', 'Kesra', 'SEKR'])}/{r.randint(2024, 2025)}",
            f"{code}.{r.randint(1, 9)}/{r.randint(10, 999)}/{w.village.split()[0][:3].upper()}/{ROMAN_(r)}/{r.randint(2024, 2025)}",
            f"{code}/{r.randint(1, 99):03d}/{w.kec.split()[0][:4].upper()}.{r.randint(1, 9)}/{r.randint(2024, 2025)}",
        ]
    )


def ROMAN_(r) -> str:  # noqa: N802
    return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][
        r.randint(0, 11)
    ]


def sign_desa(w: World, when: dt.date) -> list:
    r = w.r
    return [
        "\n\n",
        f"{w.village}, ",
        N("letter_date", fmt_date(r, when, r.choice(["long", "dmy-", "long"]))),
        "\n",
        f"{w.head} {w.village},\n\n\nttd\n\n{w.name(r.random() < 0.2).upper()}\n",
    ]


def sign_official(w: World, when: dt.date, title: str) -> list:
    r = w.r
    return [
        "\n\n",
        f"{w.regency[1]}, ",
        N("letter_date", fmt_date(r, when, "long")),
        "\n",
        f"{title},\n\n\n",
        f"{w.name(r.random() < 0.4)}, S.{r.choice(['Sos', 'E', 'KM', 'Pd', 'STP', 'H'])}\n",
        r.choice(["Pembina", "Penata Tk. I", "Pembina Tk. I"]),
        "\nNIP. ",
        N("nip_official", w.nip()),
        "\n",
    ]


def cell_text(c) -> str:
    return seg_text(c)


def table(doc: Doc, headers: list[str], rows: list[list], layout: str, r) -> None:
    start = doc.n
    if layout in ("pipe", "md"):
        doc.add("| " + " | ".join(headers) + " |\n")
        if layout == "md":
            doc.add(
                "|" + "|".join(r.choice(["---", ":---", ":---:", "----"]) for _ in headers) + "|\n"
            )
        for row in rows:
            doc.add("| ")
            for i, c in enumerate(row):
                doc.add(c, " | " if i < len(row) - 1 else " |\n")
    elif layout in ("tsv", "semi", "csv"):
        sep = {"tsv": "\t", "semi": ";", "csv": ","}[layout]
        q = layout == "csv"
        doc.add(sep.join(headers) + "\n")
        for row in rows:
            for i, c in enumerate(row):
                t = cell_text(c)
                quote = q and ("," in t or r.random() < 0.15)
                doc.add(
                    '"' if quote else "",
                    c,
                    '"' if quote else "",
                    sep if i < len(row) - 1 else "\n",
                )
    elif layout == "fixed":
        widths = [
            max(len(h), *(len(cell_text(row[i])) for row in rows)) + 2
            for i, h in enumerate(headers)
        ]
        line = "".join(h.ljust(widths[i]) for i, h in enumerate(headers)).rstrip()
        doc.add(line + "\n" + "-" * len(line) + "\n")
        for row in rows:
            for i, c in enumerate(row):
                pad = widths[i] - len(cell_text(c))
                doc.add(c, (" " * pad) if i < len(row) - 1 else "\n")
    elif layout == "html":
        doc.add(
            '<table border="1">\n<thead><tr>'
            + "".join(f"<th>{h}</th>" for h in headers)
            + "</tr></thead>\n<tbody>\n"
        )
        for row in rows:
            doc.add("<tr>")
            for c in row:
                doc.add("<td>", c, "</td>")
            doc.add("</tr>\n")
        doc.add("</tbody></table>\n")
    elif layout == "kv":
        for row in rows:
            for h, c in zip(headers, row, strict=True):
                doc.add(f"   {h:<16}: ", c, "\n")
            doc.add("\n")
    elif layout == "lines":  # one cell per line, as copied from a PDF viewer
        doc.add("\n".join(headers) + "\n")
        for row in rows:
            for c in row:
                doc.add(c, "\n")
    else:
        raise ValueError(layout)
    doc.tables.append([layout, start, doc.n])


def ph(w: World, p: dict, style: str | None = None):
    return P("phone", fmt_phone(w.r, p["phone"], style))


# --------------------------------------------------------------------------------------------
# Genres
# --------------------------------------------------------------------------------------------
def g_wa_export(w: World, doc: Doc) -> None:
    """WhatsApp 'Ekspor chat' .txt of a village data-collection group (Android or iOS format)."""
    r = w.r
    ios = r.random() < 0.4
    day = w.recent()
    topic = r.choice(
        ["BLT DD", "Bansos", "Data DTSEN", "PKH", "Bantuan Pangan", "Posyandu", "RTLH"]
    )
    group = f"{topic} {w.unit_word()} {w.hamlet()}"
    admin = w.name(False)
    admin_no = fmt_phone(r, w.phone_digits(), "intl")
    t0 = dt.datetime.combine(day, dt.time(7, r.randint(0, 59)))

    def stamp(i: int):
        t = t0 + dt.timedelta(minutes=7 * i + r.randint(0, 6))
        if ios:
            return ["[", N("timestamp", t.strftime("%d/%m/%y %H.%M.%S")), "] "]
        return [N("timestamp", t.strftime("%d/%m/%y %H.%M")), " - "]

    doc.add(
        "Pesan dan panggilan terenkripsi end-to-end. Tidak seorang pun di luar chat ini yang dapat membaca atau mendengarkannya.\n"
        if not ios
        else ""
    )
    doc.add(*stamp(0), f'{admin} (Kasi Kesra) membuat grup "{group}"\n')
    doc.add(
        *stamp(0),
        f"{admin} (Kasi Kesra): Assalamualaikum bpk/ibu, mohon kirim data utk verifikasi {topic}: Nama, NIK, No KK, tgl lahir, alamat, no HP. Kantor desa buka jam 08.00, layanan WA kantor ",
        N("office_phone", fmt_phone(r, "0811" + w.digits(7 + r.randint(0, 1)), "dash")),
        "\n",
    )
    for i in range(1, r.randint(7, 12)):
        p = person(w, lo=1950, hi=2000)
        saved = r.random() < 0.5
        sender = p["name"] if saved else None
        doc.add(*stamp(i))
        if sender:
            doc.add(sender, ": ")
        else:
            doc.add(P("phone", fmt_phone(r, p["phone"], r.choice(["intl", "intl"]))), ": ")
        form = r.randint(0, 4)
        if form == 0:
            doc.add(
                f"Nama: {p['name']}\nNIK: ",
                P("nik", p["nik"]),
                "\nKK: ",
                P("kk", p["kk"]),
                "\nTTL: ",
                ttl(w, p),
                "\nAlamat: ",
                P("address", p["addr"]),
                "\nHP: ",
                ph(w, p),
                "\n",
            )
        elif form == 1:
            doc.add(
                f"sy {p['name'].lower()} pak, nik ",
                P("nik", p["nik"]),
                " kk ",
                P("kk", p["kk"]),
                " lahir ",
                P("birth_date", fmt_date(r, p["birth"], r.choice(["dmy-", "dmy/", "dmy2"]))),
                " tgl di ",
                P("address", p["addr"].lower()),
                "\n",
            )
        elif form == 2:
            doc.add(
                "<Media tidak disertakan>\n"
                if not ios
                else f"\u200eIMG-{day.strftime('%Y%m%d')}-WA00{r.randint(10, 99)}.jpg <terlampir>\n"
            )
            doc.add(
                *stamp(i),
                sender or "",
                ": " if sender else "",
                "itu foto kk nya pak. no kk ",
                P("kk", p["kk"]),
                ", istri saya nik ",
                P("nik", w.nik(w.birth(1960, 2000), True)),
                "\n",
            )
        elif form == 3:
            p["birth"] = w.birth(1938, 1962)
            doc.add(
                f"Mau tanya pak admin, ibu sy {p['name']} belum dpt {topic}, padahal lansia. lahirnya ",
                P("birth_date", fmt_date(r, p["birth"], "long").lower()),
                ", rumahnya di ",
                P("address", p["addr"]),
                ". kalau ada info tlg hubungi wa sy ",
                ph(w, p, r.choice(["plain", "space", "dash"])),
                " makasih\n",
            )
        else:
            doc.add(
                f"Data suami sy {p['name']} ",
                P("nik", fmt_nik(r, p["nik"])),
                " ",
                P("birth_date", fmt_date(r, p["birth"], "dmy.")),
                " ",
                P("address", p["addr"]),
                "\nrekening ",
                *acct(w),
                "\n",
            )
        if r.random() < 0.35:
            doc.add(
                *stamp(i),
                f"{admin} (Kasi Kesra): Baik, sdh dicatat. Ditunggu verval tgl ",
                N("event_date", fmt_date(r, day + dt.timedelta(days=r.randint(2, 9)), "long")),
                " di balai desa.\n",
            )
        if r.random() < 0.15:
            doc.add(*stamp(i), "Pesan ini telah dihapus\n")
    doc.add(
        *stamp(13),
        f"{admin} (Kasi Kesra): Yg blm kirim silakan japri ke sy ",
        N("office_phone", admin_no),
        " (nomor dinas), atau call center Dinsos ",
        N("call_centre", r.choice(["1500-299", "171", "0800-1-234-567"])),
        "\n",
    )


def acct(w: World, bank: str | None = None) -> list:
    b, s = w.account(bank)
    return [f"{b} ", P("bank_account", s)]


def g_email_thread(w: World, doc: Doc) -> None:
    """An e-mail thread between a citizen and the PPID (reply with quoted original)."""
    r = w.r
    p = person(w, lo=1960, hi=2002)
    ppid = f"ppid@{w.slug}{'kota' if w.is_city else 'kab'}.go.id"
    d1 = w.recent()
    d2 = d1 + dt.timedelta(days=r.randint(1, 10))
    doc.add(
        "From: PPID Pelaksana <",
        N("office_email", ppid),
        ">\nTo: ",
        p["name"],
        " <",
        P("email", p["email"]),
        ">\n",
    )
    doc.add(
        "Date: ",
        N(
            "timestamp",
            f"{d2.strftime('%a')}, {d2.day} {d2.strftime('%b')} {d2.year} 10:{r.randint(10, 59)}:00 +0700",
        ),
        "\n",
    )
    reg = f"REG/{r.randint(100, 999)}/PPID/{d2.year}"
    doc.add(
        "Subject: Re: Permohonan informasi salinan data penerima bantuan [",
        N("letter_number", reg),
        "]\n\n",
    )
    doc.add(
        f"Yth. Sdr/i {p['name']},\n\nPermohonan Saudara telah kami registrasi dengan nomor ",
        N("letter_number", reg),
        ". Sesuai UU ",
        N("regulation", "Nomor 14 Tahun 2008"),
        ", jawaban diberikan paling lambat 10 hari kerja. "
        "Data pribadi penerima (NIK, alamat) dikecualikan; kami lampirkan rekap per desa.\n"
        "Untuk konfirmasi silakan hubungi meja layanan ",
        N("office_phone", w.office_phone()),
        " atau WA ",
        N("office_phone", fmt_phone(r, "0811" + w.digits(8), "dash")),
        ".\n\nSalam,\nPPID Pelaksana Dinas Sosial\n\n",
    )
    ts = f"{d1.day} {MONTHS_ID[d1.month - 1][:3]} {d1.year} pukul {r.randint(7, 22):02d}.{r.randint(0, 59):02d}"
    doc.add(
        "Pada ", N("timestamp", ts), " ", p["name"], " <", P("email", p["email"]), "> menulis:\n"
    )
    q = r.choice(["> ", ">", "> > "])
    lines = [
        ["Dengan hormat,"],
        ["saya yang bertanda tangan di bawah ini:"],
        ["Nama   : ", p["name"]],
        ["NIK    : ", P("nik", fmt_nik(r, p["nik"]))],
        ["TTL    : ", *ttl(w, p)],
        ["Alamat : ", P("address", w.address(full=True))],
        ["No. HP : ", ph(w, p)],
        [f"Pekerjaan : {p['job']}"],
        [""],
        [
            "memohon salinan daftar penerima bantuan di desa saya karena ibu saya (NIK ",
            P("nik", w.nik(w.birth(1940, 1965), True)),
            ") tidak terdaftar lagi.",
        ],
        ["Terima kasih."],
        [""],
        ["--"],
        [p["name"], " | ", ph(w, p, "intl")],
    ]
    for ln in lines:
        doc.add(q, *ln, "\n")
    if r.random() < 0.5:
        doc.add(
            "\n---------- Forwarded message ---------\nDari: Operator Desa <",
            N("office_email", f"pemdes{w.vslug}@gmail.com"),
            ">\nTanggal: ",
            N("timestamp", f"{d1.day} {MONTHS_ID[d1.month - 1]} {d1.year} 08.12"),
            "\nSubjek: data warga\nKepada: ",
            N("office_email", ppid),
            "\n\nBerikut data ybs dari SIKS-NG:\n",
        )
        p2 = person(w)
        doc.add(
            "KK ",
            P("kk", p2["kk"]),
            " kepala keluarga ",
            p2["name"],
            " lahir ",
            P("birth_date", fmt_date(r, p2["birth"])),
            ", ",
            P("address", p2["addr"]),
            "\n",
        )


def g_sk_bansos(w: World, doc: Doc) -> None:
    r = w.r
    prog = r.choice(
        [
            "Bantuan Permakanan Lanjut Usia",
            "Bantuan Rehabilitasi Rumah Tidak Layak Huni",
            "Bantuan Sosial Anak Yatim Piatu",
            "Bantuan Modal Usaha Keluarga Miskin",
            "Bantuan Sembako Lansia Tunggal",
        ]
    )
    when = w.recent()
    doc.add(*kop_desa(w))
    doc.add(
        f"KEPUTUSAN {w.head.upper()} {w.village.upper()}\nNOMOR ",
        N("letter_number", letter_no(w, "141")),
        f"\nTENTANG\nPENETAPAN PENERIMA {prog.upper()} TAHUN ANGGARAN {when.year}\n\n",
    )
    doc.add(
        "Menimbang : a. bahwa ...;\nMengingat : 1. Undang-Undang ",
        N("regulation", "Nomor 6 Tahun 2014"),
        " tentang Desa;\n            2. Peraturan Menteri Sosial ",
        N("regulation", f"Nomor {r.randint(1, 20)} Tahun {r.randint(2017, 2023)}"),
        ";\n            3. Peraturan Desa ",
        N("regulation", f"Nomor {r.randint(1, 9)} Tahun {when.year - 1}"),
        " tentang APBDes;\n\n"
        "MEMUTUSKAN:\nKESATU : Menetapkan penerima sebagaimana tercantum dalam Lampiran.\n"
        "KEDUA  : Besaran bantuan Rp ",
        N("amount", money(r, 300000, 15000000)),
        " per penerima dibebankan pada kode rekening ",
        N("account_code", f"5.4.01.{r.randint(1, 9):02d}.{r.randint(1, 99):02d}"),
        ".\n",
    )
    doc.add(*sign_desa(w, when))
    doc.add(
        f"\nLAMPIRAN KEPUTUSAN {w.head.upper()}\nNOMOR : ",
        N("letter_number", letter_no(w, "141")),
        "\n\n",
    )
    hdr = r.choice(
        [
            ["NO", "NAMA", "NIK", "TEMPAT/TGL LAHIR", "ALAMAT", "KET"],
            ["No.", "Nama Penerima", "N I K", "TTL", "Alamat Domisili", "Keterangan"],
        ]
    )
    rows = []
    for i in range(r.randint(8, 18)):
        p = person(w, lo=1935, hi=1975)
        rows.append(
            [
                str(i + 1),
                p["name"].upper(),
                P("nik", fmt_nik(r, p["nik"])),
                ttl(w, p, r.choice(["dmy-", "long", "upper", "dmy."])),
                P("address", p["addr"]),
                r.choice(["Lansia tunggal", "Disabilitas", "Janda", "-", "Baru"]),
            ]
        )
    table(doc, hdr, rows, r.choice(["fixed", "pipe", "md", "lines"]), r)


def g_daftar_hadir(w: World, doc: Doc) -> None:
    r = w.r
    when = w.recent()
    ev = r.choice(
        [
            "Musyawarah Perencanaan Pembangunan Desa",
            "Musyawarah Desa Khusus Validasi KPM",
            "Rapat Koordinasi Penanganan Stunting",
            "Sosialisasi Pencegahan Perkawinan Anak",
            "Rapat Pembentukan KPPS Pilkades",
        ]
    )
    doc.add(
        f"DAFTAR HADIR\n{ev.upper()}\n{w.village_word().upper()} {w.village.upper()}\nHari/Tanggal : ",
        N(
            "event_date",
            f"{['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'][when.weekday() % 5]}, {fmt_date(r, when, 'long')}",
        ),
        f"\nTempat : Aula Kantor {w.village_word()}\n\n",
    )
    hdr = ["No", "Nama", "Jabatan/Unsur", "Alamat", "No. HP", "Tanda Tangan"]
    rows = []
    for i in range(r.randint(12, 22)):
        kind = r.random()
        if kind < 0.25:
            nm = w.name(r.random() < 0.4)
            rows.append(
                [
                    str(i + 1),
                    nm,
                    r.choice(
                        [
                            "Camat",
                            "Sekcam",
                            "Pendamping Desa",
                            "TA Infrastruktur",
                            "Bidan Desa",
                            "Babinsa",
                            "Kapuskesmas",
                        ]
                    ),
                    N(
                        "office_address",
                        r.choice(
                            [f"Kantor Camat {w.kec}", f"Puskesmas {w.kec}", f"Koramil {w.kec}"]
                        ),
                    ),
                    N("office_phone", w.office_phone()) if r.random() < 0.5 else "-",
                    f"{i + 1}. ......",
                ]
            )
        elif kind < 0.5:
            p = person(w, lo=1960, hi=1995)
            role = r.choice(
                ["Ketua RT ", "Ketua RW ", "Kadus ", "Ketua BPD", "Kader Posyandu ", "Ketua PKK"]
            )
            unit = w.hamlet()
            rows.append(
                [
                    str(i + 1),
                    p["name"],
                    role.strip()
                    if role.endswith(("BPD", "PKK"))
                    else N(
                        "role_unit",
                        f"{role}{r.randint(1, 15):02d} {unit}"
                        if role.startswith("Ketua R")
                        else f"{role}{unit}",
                    ),
                    P("address", p["addr"]),
                    ph(w, p),
                    f"{i + 1}. ......",
                ]
            )
        else:
            p = person(w, lo=1960, hi=2004)
            rows.append(
                [
                    str(i + 1),
                    p["name"],
                    r.choice(
                        [
                            "Tokoh Masyarakat",
                            "Perwakilan Perempuan",
                            "Karang Taruna",
                            "Warga",
                            "Tokoh Agama",
                            "KWT",
                        ]
                    ),
                    P("address", p["addr"]),
                    ph(w, p) if r.random() < 0.85 else "",
                    f"{i + 1}. ......",
                ]
            )
    table(doc, hdr, rows, r.choice(["pipe", "fixed", "tsv", "html"]), r)
    doc.add(f"\nMengetahui,\nSekretaris Desa {w.village}\n")


def g_notulen_musrenbang(w: World, doc: Doc) -> None:
    r = w.r
    when = w.recent()
    doc.add(*kop_desa(w))
    doc.add(
        "NOTULEN MUSYAWARAH PERENCANAAN PEMBANGUNAN DESA (MUSRENBANGDES)\nRKP Desa Tahun ",
        str(when.year + 1),
        "\n\nHari/tanggal : ",
        N("event_date", fmt_date(r, when, "long")),
        "\nPukul : 09.00 WIT s.d. selesai\nPimpinan rapat : Ketua BPD\n\nJalannya rapat:\n",
    )
    for _ in range(r.randint(3, 5)):
        who = w.name(r.random() < 0.3)
        unit = w.hamlet()
        doc.add(
            "- ",
            who,
            " (",
            N("role_unit", f"Ketua RT {r.randint(1, 20):02d} {w.unit_word()} {unit}"),
            ") mengusulkan ",
            r.choice(
                [
                    "pembangunan drainase",
                    "rabat beton jalan",
                    "lampu jalan tenaga surya",
                    "sumur bor",
                    "talud penahan tanah",
                ]
            ),
            " di ",
            N("project_location", f"{w.unit_word()} {unit} RT {r.randint(1, 20):02d}"),
            r.choice(
                [" sepanjang 150 m.", " karena jalan sering banjir.", ", dekat pos ronda.", "."]
            ),
            "\n",
        )
    p = person(w)
    doc.add(
        f"- Sdr. {p['name']} ({p['job']}) bersedia menghibahkan tanah untuk jalan usaha tani; beliau tinggal di ",
        P("address", p["addr"]),
        " dan dapat dihubungi di ",
        ph(w, p),
        ".\n\n",
    )
    doc.add("Daftar usulan prioritas:\n")
    hdr = [
        "No",
        "Bidang",
        "Kegiatan",
        "Lokasi",
        "Volume",
        "Perkiraan Biaya (Rp)",
        "Penerima Manfaat",
        "CP",
    ]
    rows = []
    for i in range(r.randint(5, 9)):
        cp = person(w, lo=1965, hi=1998)
        rows.append(
            [
                str(i + 1),
                r.choice(["Pembangunan", "Pemberdayaan", "Pembinaan", "Bencana"]),
                r.choice(
                    [
                        "Rabat beton",
                        "Drainase",
                        "Pelatihan menjahit",
                        "Posyandu",
                        "Embung",
                        "Jamban sehat",
                    ]
                ),
                N(
                    "project_location",
                    f"{w.unit_word()} {w.hamlet()}"
                    + (f" RT {r.randint(1, 15):02d}" if r.random() < 0.6 else ""),
                ),
                f"{r.randint(1, 400)} {r.choice(['m', 'unit', 'org', 'paket'])}",
                N("amount", money(r, 5000000, 350000000, 500000)),
                f"{r.randint(20, 400)} KK",
                ph(w, cp, r.choice(["plain", "dash"])) if r.random() < 0.7 else "Kadus",
            ]
        )
    table(doc, hdr, rows, r.choice(["pipe", "md", "tsv"]), r)
    doc.add(*sign_desa(w, when))


def g_pengaduan(w: World, doc: Doc) -> None:
    r = w.r
    p = person(w, lo=1955, hi=2003)
    when = w.recent()
    tiket = (
        f"{r.choice(['LAP', 'ADU', 'SP4N'])}-{when.strftime('%Y%m')}-{r.randint(100, 99999):05d}"
    )
    doc.add(
        *kop_dinas(
            w,
            *r.choice(
                [
                    ("Inspektorat Daerah", "inspektorat"),
                    ("Dinas Kependudukan dan Pencatatan Sipil", "disdukcapil"),
                    ("Dinas Sosial", "dinsos"),
                    ("Dinas Pendidikan", "disdik"),
                ]
            ),
        )
    )
    doc.add(
        "FORMULIR PENERIMAAN PENGADUAN MASYARAKAT\nNomor Register: ",
        N("letter_number", tiket),
        "\nDiterima tanggal: ",
        N(
            "timestamp",
            f"{when.strftime('%d/%m/%Y')} {r.randint(8, 15):02d}:{r.randint(0, 59):02d}",
        ),
        "\n\nA. IDENTITAS PELAPOR\n",
    )
    wrap = r.random() < 0.4
    addr = p["addr"] + f", Kec. {w.kec}, {w.kab_short}"
    it = new_item()
    fields = [
        ("1. Nama Lengkap", [p["name"]]),
        ("2. NIK", [P("nik", fmt_nik(r, p["nik"]))]),
        ("3. Tempat/Tgl. Lahir", ttl(w, p, r.choice(["long", "dmy-", "dmy/"]))),
        ("4. Pekerjaan", [p["job"]]),
    ]
    if wrap:
        cut = addr.index(",") + 1 if "," in addr else len(addr) // 2
        fields.append(
            (
                "5. Alamat",
                [
                    P("address", addr[:cut], it),
                    "\n" + " " * 26,
                    P("address", addr[cut:].strip(), it),
                ],
            )
        )
    else:
        fields.append(("5. Alamat", [P("address", addr, it)]))
    fields += [
        ("6. No. Telp/HP", [ph(w, p)]),
        ("7. E-mail", [P("email", p["email"]) if r.random() < 0.7 else "-"]),
    ]
    for k, v in fields:
        doc.add(f"{k:<24}: ", *v, "\n")
    doc.add("\nB. URAIAN PENGADUAN\n")
    kid = person(w, lo=2008, hi=2019)
    doc.add(
        r.choice(
            [
                [
                    "Anak saya ",
                    kid["name"],
                    " (NIK ",
                    P("nik", kid["nik"]),
                    ", lahir ",
                    P("birth_date", fmt_date(r, kid["birth"], "long")),
                    ") ditolak mendaftar karena alamat di KK berbeda dengan domisili. Padahal kami sudah tinggal di ",
                    P("address", w.address()),
                    " sejak 2019.\n",
                ],
                [
                    "Bantuan PKH atas nama ibu saya, KKS nomor ",
                    P("kks", w.kks()),
                    ", tidak cair sejak triwulan lalu. Rekening ibu ",
                    *acct(w, "BNI"),
                    " masih aktif.\n",
                ],
                [
                    "Pungutan Rp ",
                    N("amount", money(r, 50000, 500000)),
                    " saat mengurus akta kelahiran di kantor desa pada tanggal ",
                    N(
                        "event_date",
                        fmt_date(r, when - dt.timedelta(days=r.randint(3, 30)), "long"),
                    ),
                    ". Kartu KIS saya ",
                    P("bpjs", fmt_kis(r, w.kis())),
                    " juga tiba-tiba nonaktif.\n",
                ],
            ]
        )
    )
    doc.add(
        "\nC. TINDAK LANJUT\nDiteruskan kepada Bidang terkait. Pelapor dapat memantau melalui ",
        N("website", "lapor.go.id"),
        " atau SMS ",
        N("call_centre", "1708"),
        ".\n",
    )
    doc.add(*sign_official(w, when, "Petugas Penerima Pengaduan"))


def g_disabilitas(w: World, doc: Doc) -> None:
    r = w.r
    doc.add(
        f"DATA PENYANDANG DISABILITAS {w.village_word().upper()} {w.village.upper()} TAHUN {r.randint(2024, 2025)}\n"
        f"Sumber: pendataan kader RBM, diolah oleh Operator SIKS {w.village}\n\n"
    )
    uw = w.unit_word() if w.unit_word() not in ("RT", "Jalan") else "Dusun"
    hdr = [
        "NO",
        "NAMA",
        "L/P",
        "NIK",
        "TGL LAHIR",
        "JENIS DISABILITAS",
        uw.upper(),
        "RT",
        "RW",
        "NO KIS",
        "PENDAMPING",
        "HP PENDAMPING",
    ]
    rows = []
    for i in range(r.randint(10, 20)):
        p = person(w, lo=1945, hi=2020)
        h, rt, rw, _ = w.split_address()
        it = new_item()
        rows.append(
            [
                str(i + 1),
                p["name"],
                "P" if p["female"] else "L",
                P("nik", p["nik"]),
                P("birth_date", fmt_date(r, p["birth"], r.choice(["dmy/", "dmy-", "iso"]))),
                r.choice(["Fisik", "Netra", "Rungu/Wicara", "Intelektual", "Mental", "Ganda"]),
                P("address", h, it),
                P("address", rt, it),
                P("address", rw, it),
                P("bpjs", fmt_kis(r, w.kis())) if r.random() < 0.7 else "-",
                w.name(r.random() < 0.6),
                P("phone", fmt_phone(r, w.phone_digits(), r.choice(["plain", "dash", "62"]))),
            ]
        )
    table(doc, hdr, rows, r.choice(["tsv", "tsv", "csv", "fixed"]), r)
    doc.add(
        "\nCatatan: data ini untuk keperluan internal Dinas Sosial ",
        N("office_phone", w.office_phone()),
        ".\n",
    )


def g_tpk_catin(w: World, doc: Doc) -> None:
    r = w.r
    doc.add(
        f"## Laporan Pendampingan Calon Pengantin (Catin) - TPK {w.village}\n\nBulan: {MONTHS_ID[r.randint(0, 11)]} {r.randint(2024, 2025)}  \n"
        f"Puskesmas {w.kec}, Telp ",
        N("office_phone", w.office_phone()),
        "\n\n",
    )
    hdr = [
        "No",
        "Nama Catin",
        "NIK",
        "Tgl Lahir",
        "Umur",
        "Hb (g/dL)",
        "LiLA (cm)",
        "Rencana Nikah",
        "Alamat",
        "No WA",
    ]
    rows = []
    for i in range(r.randint(8, 16)):
        p = person(w, lo=1996, hi=2006)
        age = 2025 - p["birth"].year
        rows.append(
            [
                str(i + 1),
                p["name"],
                P("nik", p["nik"]),
                P("birth_date", fmt_date(r, p["birth"], r.choice(["dmy-", "short", "long"]))),
                f"{age} th",
                f"{r.randint(90, 140) / 10:.1f}",
                f"{r.randint(210, 290) / 10:.1f}",
                N(
                    "event_date",
                    fmt_date(r, w.recent("2025-01-01", 300), r.choice(["dmy-", "long"])),
                ),
                P("address", p["addr"]),
                ph(w, p),
            ]
        )
    table(doc, hdr, rows, "md", r)
    doc.add(
        "\n*Catin dengan Hb < 12 dirujuk ke Puskesmas. Koordinator TPK: ",
        N("office_email", f"tpk.{w.vslug}@bkkbn.go.id"),
        "*\n",
    )


def g_non_asn(w: World, doc: Doc) -> None:
    r = w.r
    doc.add(*kop_dinas(w, "Badan Kepegawaian dan Pengembangan SDM", "bkpsdm"))
    doc.add(
        "REKAPITULASI PENDATAAN TENAGA NON ASN\nUnit Kerja: ",
        r.choice(["Dinas Kesehatan", "RSUD", "Dinas Pendidikan", "Satpol PP", "Sekretariat DPRD"]),
        "\n\n",
    )
    hdr = [
        "No",
        "Nama",
        "NIK",
        "Tempat Lahir",
        "Tanggal Lahir",
        "Pendidikan",
        "Jabatan",
        "TMT",
        "NPWP",
        "No Rekening",
        "No HP",
    ]
    rows = []
    for i in range(r.randint(8, 15)):
        p = person(w, lo=1975, hi=2000)
        b, a = w.account(r.choice(["BRI", "BPD", "BPD", "BNI"]))
        rows.append(
            [
                str(i + 1),
                p["name"],
                P("nik", p["nik"]),
                p["pob"],
                P("birth_date", fmt_date(r, p["birth"], r.choice(["dmy/", "iso", "dmy-"]))),
                r.choice(["SMA", "D3 Keperawatan", "S1 Pendidikan", "SMK", "S1 Hukum"]),
                r.choice(["Tenaga Administrasi", "Perawat", "Guru", "Pramu Kantor", "Sopir"]),
                N("tmt_date", fmt_date(r, w.birth(2008, 2021), "dmy/")),
                P("npwp", fmt_npwp(r, w.npwp15())) if r.random() < 0.7 else "",
                P("bank_account", a),
                P("phone", fmt_phone(r, p["phone"], r.choice(["plain", "62"]))),
            ]
        )
    table(doc, hdr, rows, r.choice(["semi", "csv", "semi"]), r)
    doc.add(*sign_official(w, w.recent(), "Kepala BKPSDM"))


def g_bumdes(w: World, doc: Doc) -> None:
    r = w.r
    name = f"BUMDes {r.choice(['Maju Bersama', 'Sejahtera', 'Karya Mandiri', 'Tunas Harapan', 'Bina Usaha'])} {w.village}"
    doc.add(
        f"LAPORAN PERTANGGUNGJAWABAN UNIT SIMPAN PINJAM\n{name.upper()}\nBadan Hukum: ",
        N("permit", f"AHU-{r.randint(1000, 9999):05d}.AH.01.33.Tahun {r.randint(2021, 2024)}"),
        "  NIB ",
        N("permit", w.digits(13)),
        "\nRekening BUMDes: ",
        N("office_account", f"{w.account('BRI')[1]}"),
        "\n\n",
    )
    doc.add(
        "Modal penyertaan desa Rp ",
        N("amount", money(r, 50000000, 500000000, 1000000)),
        ", pinjaman beredar Rp ",
        N("amount", money(r, 20000000, 300000000, 1000000)),
        ". Daftar nasabah dengan tunggakan > 3 bulan:\n\n",
    )
    hdr = ["No. Anggota", "Nama", "NIK", "Alamat", "Pinjaman", "Sisa", "Rek. Pencairan", "HP"]
    rows = []
    for _ in range(r.randint(6, 14)):
        p = person(w, lo=1960, hi=1998)
        rows.append(
            [
                N("registration_number", f"USP-{r.randint(1, 999):03d}/{r.randint(19, 24)}"),
                p["name"],
                P("nik", p["nik"]),
                P("address", p["addr"]),
                N("amount", money(r, 1000000, 20000000, 500000)),
                N("amount", money(r, 100000, 9000000, 50000)),
                acct(w, r.choice(["BRI", "BSI", "BPD"])),
                ph(w, p),
            ]
        )
    table(doc, hdr, rows, r.choice(["pipe", "html", "fixed"]), r)
    doc.add(
        f"\nDirektur {name},\n\n{w.name(False)}\nHP kantor BUMDes: ",
        N("office_phone", fmt_phone(r, "0813" + w.digits(8), "dash")),
        "\n",
    )


def g_cpcl(w: World, doc: Doc) -> None:
    r = w.r
    doc.add(
        f"DAFTAR CALON PETANI CALON LOKASI (CPCL)\nBantuan {r.choice(['Benih Padi', 'Pupuk Organik', 'Bibit Kakao', 'Handtraktor', 'Pompa Air'])} TA {r.randint(2024, 2025)}\n"
        f"Kelompok Tani {r.choice(['Sri Rejeki', 'Harapan Jaya', 'Tunas Baru', 'Subur Makmur'])}, Desa {w.village}, Kec. {w.kec}\n"
        f"Kode wilayah: ",
        N(
            "kode_wilayah",
            f"{w.pcode}.{w.regency[0]}.{w.kec_no:02d}.{r.choice(['20', '10'])}{r.randint(1, 30):02d}",
        ),
        "  No. e-RDKK: ",
        N("registration_number", f"RDKK-{w.rcode}{w.kec_no:02d}-{r.randint(10000, 99999)}"),
        "\n\n",
    )
    hdr = ["NO", "NAMA PETANI", "NIK", "ALAMAT", "LUAS (Ha)", "KOORDINAT LAHAN", "HP"]
    rows = []
    for i in range(r.randint(10, 18)):
        p = person(w, lo=1955, hi=1995)
        lat = (
            f"-{r.randint(0, 9)}.{w.digits(5)}"
            if w.pcode not in ("11", "12", "14", "21", "61", "65", "71", "75", "82")
            else f"{r.randint(0, 5)}.{w.digits(5)}"
        )
        rows.append(
            [
                str(i + 1),
                p["name"].upper(),
                P("nik", p["nik"]),
                P("address", p["addr"].upper() if r.random() < 0.4 else p["addr"]),
                f"{r.randint(2, 40) / 10:.2f}",
                N("coordinate", f"{lat}, {r.randint(95, 140)}.{w.digits(5)}"),
                ph(w, p, r.choice(["plain", "space"])) if r.random() < 0.75 else "-",
            ]
        )
    table(doc, hdr, rows, r.choice(["fixed", "fixed", "tsv"]), r)
    doc.add(
        f"\nMengetahui,\nPPL Desa {w.village}\n{w.name(r.random() < 0.4)}\nNIP. ",
        N("nip_official", w.nip()),
        "\n",
    )


def g_vaksin_rabies(w: World, doc: Doc) -> None:
    r = w.r
    when = w.recent()
    doc.add(
        f"REKAP VAKSINASI RABIES (VAR) - {w.village_word()} {w.village}\nPetugas: Pusat Kesehatan Hewan {w.kec}, telp ",
        N("office_phone", w.office_phone()),
        "\nTanggal pelaksanaan: ",
        N("event_date", fmt_date(r, when, "long")),
        "  No. batch vaksin: ",
        N("batch_number", f"{r.choice(['RB', 'NB', 'VR'])}{w.digits(5)}-{r.randint(1, 9)}"),
        "\n\n",
    )
    for i in range(r.randint(8, 15)):
        p = person(w, lo=1950, hi=2000)
        tag = f"{r.choice(['TAG', 'EART', 'R'])}-{w.pcode}{w.digits(6)}"
        style = r.randint(0, 2)
        if style == 0:
            doc.add(
                f"{i + 1}. {p['name']} - ",
                P("address", p["addr"]),
                " - HP ",
                ph(w, p),
                f" - {r.randint(1, 4)} ekor anjing (",
                N("animal_tag", tag),
                ")\n",
            )
        elif style == 1:
            doc.add(
                f"{i + 1}. Pemilik: {p['name']}\n   Alamat: ",
                P("address", p["addr"]),
                "\n   Telp: ",
                ph(w, p, "dash"),
                "\n   Hewan: ",
                r.choice(["anjing", "kucing", "kera"]),
                ", tanda pengenal ",
                N("animal_tag", tag),
                ", vaksin ulang ",
                N("event_date", fmt_date(r, when + dt.timedelta(days=365), "dmy-")),
                "\n",
            )
        else:
            doc.add(
                f"{i + 1}) {p['name']} ({p['job'].lower()}), ",
                P("address", p["addr"]),
                f", {r.randint(1, 3)} ekor, tag ",
                N("animal_tag", tag),
                "\n",
            )
    doc.add(
        "\nKasus gigitan (GHPR) segera laporkan ke Puskesmas atau call center ",
        N("call_centre", "119"),
        ".\n",
    )


def g_mutasi(w: World, doc: Doc) -> None:
    r = w.r
    mon = r.randint(0, 11)
    doc.add(*kop_desa(w))
    doc.add(f"LAPORAN MUTASI PENDUDUK BULAN {MONTHS_ID[mon].upper()} {r.randint(2024, 2025)}\n\n")
    doc.add("I. PENDUDUK PINDAH\n")
    hdr = ["No", "Nama", "NIK", "No KK", "Alamat Asal", "Alamat Tujuan", "Tgl Pindah", "No SKPWNI"]
    rows = []
    w2 = World(r, r.choice(REGIONS))
    for i in range(r.randint(3, 7)):
        p = person(w)
        rows.append(
            [
                str(i + 1),
                p["name"],
                P("nik", p["nik"]),
                P("kk", p["kk"]),
                P("address", p["addr"]),
                P("address", w2.address(full=True) + f", {w2.kab_short}"),
                N("event_date", fmt_date(r, w.recent(), "dmy-")),
                N(
                    "letter_number",
                    f"SKPWNI/{w.rcode}{w.kec_no:02d}/{r.randint(1, 12):02d}{r.randint(2024, 2025)}/{r.randint(1, 9999):04d}",
                ),
            ]
        )
    lay = r.choice(["pipe", "tsv", "fixed"])
    table(doc, hdr, rows, lay, r)
    doc.add("\nII. KELAHIRAN\n")
    hdr2 = ["No", "Nama Bayi", "Tgl Lahir", "Nama Ibu", "NIK Ibu", "Alamat"]
    rows = []
    for i in range(r.randint(3, 7)):
        m = person(w, True, 1985, 2003)
        rows.append(
            [
                str(i + 1),
                w.name(r.random() < 0.5),
                P(
                    "birth_date",
                    fmt_date(r, w.recent("2024-01-01", 600), r.choice(["dmy-", "long"])),
                ),
                m["name"],
                P("nik", m["nik"]),
                P("address", m["addr"]),
            ]
        )
    table(doc, hdr2, rows, lay, r)
    doc.add("\nIII. KEMATIAN\n")
    hdr3 = ["No", "Nama", "NIK", "Tgl Lahir", "Tgl Meninggal", "Sebab"]
    rows = []
    for i in range(r.randint(2, 5)):
        p = person(w, lo=1930, hi=1960)
        rows.append(
            [
                str(i + 1),
                p["name"],
                P("nik", p["nik"]),
                P("birth_date", fmt_date(r, p["birth"], r.choice(["dmy-", "long"]))),
                N("death_date", fmt_date(r, w.recent(), r.choice(["dmy-", "long"]))),
                r.choice(["Sakit", "Usia lanjut", "Kecelakaan"]),
            ]
        )
    table(doc, hdr3, rows, lay, r)
    doc.add(*sign_desa(w, w.recent()))


def g_pe_dbd(w: World, doc: Doc) -> None:
    r = w.r
    dis = r.choice(["Demam Berdarah Dengue", "Campak", "Difteri", "Leptospirosis", "Chikungunya"])
    when = w.recent()
    p = person(w, lo=2005, hi=2020)
    par = person(w, lo=1975, hi=1995)
    doc.add(
        f"LAPORAN PENYELIDIKAN EPIDEMIOLOGI (PE) KASUS {dis.upper()}\nPuskesmas {w.kec}, {w.kab}\n"
        "Jl. ",
        N("office_address", f"{r.choice(STREETS)} No. {r.randint(1, 50)} {w.kec}"),
        ", telp ",
        N("office_phone", w.office_phone()),
        "\n\n",
    )
    doc.add(
        "1. Identitas kasus\n   Nama: ",
        p["name"],
        "\n   Tanggal lahir: ",
        P("birth_date", fmt_date(r, p["birth"])),
        f" ({2025 - p['birth'].year} th)\n   Alamat: ",
        P("address", w.address(full=True)),
        "\n   Orang tua: ",
        par["name"],
        ", HP ",
        ph(w, par),
        "\n",
    )
    doc.add(
        "   Tanggal mulai sakit: ",
        N("health_date", fmt_date(r, when, "dmy-")),
        "\n   Tanggal dirawat: ",
        N("health_date", fmt_date(r, when + dt.timedelta(days=2), "dmy-")),
        f" di RSUD {w.regency[1]}\n\n",
    )
    doc.add("2. Hasil PE di sekitar rumah kasus (radius 100 m)\n")
    hdr = ["No", "Nama KK", "Alamat", "Jml Jiwa", "Demam", "Jentik", "Ket"]
    rows = []
    for i in range(r.randint(6, 14)):
        q = person(w)
        rows.append(
            [
                str(i + 1),
                q["name"],
                P("address", q["addr"]),
                str(r.randint(1, 7)),
                r.choice(["Ya", "Tidak", "Tidak"]),
                r.choice(["+", "-", "-"]),
                r.choice(["Tetangga", "-", "Keluarga", "Rumah kosong"]),
            ]
        )
    table(doc, hdr, rows, r.choice(["pipe", "tsv", "fixed", "lines"]), r)
    doc.add(
        "\n3. Kesimpulan: ",
        r.choice(["positif, dilakukan fogging fokus.", "negatif, PSN 3M Plus."]),
        " Jadwal: ",
        N("event_date", fmt_date(r, when + dt.timedelta(days=5), "long")),
        "\n",
    )
    doc.add(*sign_official(w, when + dt.timedelta(days=3), "Kepala Puskesmas"))


def g_nelayan(w: World, doc: Doc) -> None:
    r = w.r
    doc.add(
        f"Daftar Penerima Bantuan Alat Penangkapan Ikan,Dinas Kelautan dan Perikanan {w.kab}\n"
    )
    hdr = [
        "No",
        "Nama Nelayan",
        "NIK",
        "Alamat",
        "Nama Kapal",
        "Tanda Selar",
        "Bank",
        "No Rekening",
        "HP",
    ]
    rows = []
    for i in range(r.randint(8, 16)):
        p = person(w, False, 1960, 2000)
        b, a = w.account(r.choice(["BRI", "BPD", "BNI"]))
        rows.append(
            [
                str(i + 1),
                p["name"],
                P("nik", p["nik"]),
                P("address", p["addr"]),
                f"KM {r.choice(['Bintang', 'Rezeki', 'Sinar', 'Harapan'])} {r.randint(1, 9)}",
                N(
                    "vessel_mark",
                    f"GT.{r.randint(1, 9)} No.{r.randint(100, 9999)}/{r.choice(['Ga', 'Pb', 'Tc', 'Kb'])}",
                ),
                b,
                P("bank_account", a),
                P("phone", fmt_phone(r, p["phone"], r.choice(["plain", "62", "dash"]))),
            ]
        )
    table(doc, hdr, rows, "csv", r)


def g_sewa_tkd(w: World, doc: Doc) -> None:
    r = w.r
    p = person(w, lo=1960, hi=1995)
    when = w.recent()
    doc.add(*kop_desa(w))
    doc.add(
        "SURAT PERJANJIAN SEWA TANAH KAS DESA\nNomor: ",
        N("letter_number", letter_no(w, "593")),
        "\n\nPada hari ini ",
        r.choice(["Senin", "Selasa", "Rabu", "Kamis"]),
        " tanggal ",
        N("letter_date", fmt_date(r, when, "long")),
        ", kami yang bertanda tangan di bawah ini:\n\n",
    )
    doc.add(
        f"1. {w.name(False)}, {w.head} {w.village}, berkedudukan di Kantor {w.village_word()} ",
        N("office_address", f"Jl. {r.choice(STREETS)} No. {r.randint(1, 9)}"),
        ", selanjutnya disebut PIHAK PERTAMA.\n\n",
    )
    doc.add(
        f"2. Nama               : {p['name']}\n   Tempat/Tgl Lahir   : ",
        *ttl(w, p, r.choice(["long", "dmy-"])),
        f"\n   Pekerjaan          : {p['job']}\n   NIK                : ",
        P("nik", fmt_nik(r, p["nik"])),
        "\n   Alamat             : ",
        P("address", w.address(full=True)),
        "\n   No. HP             : ",
        ph(w, p),
        "\n   selanjutnya disebut PIHAK KEDUA.\n\n",
    )
    doc.add(
        "Pasal 1\nPIHAK PERTAMA menyewakan tanah kas desa Persil ",
        N("parcel_ref", f"No. {r.randint(1, 200)} Klas {ROMAN_(r)}"),
        f" seluas {r.randint(1000, 9000)} m2 di {w.unit_word()} {w.hamlet()} untuk jangka waktu {r.randint(1, 5)} tahun.\n"
        "Pasal 2\nHarga sewa Rp ",
        N("amount", money(r, 2000000, 40000000, 100000)),
        " per tahun dibayar ke Rekening Kas Desa ",
        N("office_account", w.account("BPD")[1]),
        ".\nPasal 3\nPIHAK KEDUA membayar melalui rekening pribadinya ",
        *acct(w, "BRI"),
        ".\n",
    )
    doc.add(
        "\nPIHAK KEDUA,                 PIHAK PERTAMA,\n\n\n",
        p["name"].upper(),
        "              ",
        w.name(False).upper(),
        "\n",
    )


def g_reses(w: World, doc: Doc) -> None:
    r = w.r
    when = w.recent()
    doc.add(
        f"SEKRETARIAT DPRD {w.kab.upper()}\n",
        N("office_address", f"Jl. {r.choice(STREETS)} No. {r.randint(1, 20)}"),
        ", Telp. ",
        N("office_phone", w.office_phone()),
        ", e-mail ",
        N("office_email", f"setwan@dprd-{w.slug}{'kota' if w.is_city else 'kab'}.go.id"),
        "\n\n"
        f"REKAPITULASI HASIL RESES MASA SIDANG {ROMAN_(r)} TAHUN {when.year}\nDaerah Pemilihan {w.regency[1]} {r.randint(1, 6)} (Kec. {w.kec})\n"
        "Tanggal reses: ",
        N("event_date", fmt_date(r, when, "long")),
        "\n\n",
    )
    hdr = ["No", "Nama Pengusul", "Alamat/Kontak", "Aspirasi", "Lokasi Usulan", "SKPD"]
    rows = []
    for i in range(r.randint(8, 14)):
        p = person(w)
        contact = (
            [P("address", p["addr"]), r.choice([" / ", " HP ", "; "]), ph(w, p)]
            if r.random() < 0.7
            else [P("address", p["addr"])]
        )
        rows.append(
            [
                str(i + 1),
                p["name"],
                contact,
                r.choice(
                    [
                        "Perbaikan jalan",
                        "Bantuan bibit",
                        "Beasiswa",
                        "Air bersih",
                        "Jembatan gantung",
                        "Alat tangkap",
                    ]
                ),
                N("project_location", f"{w.village_word()} {w.place()}"),
                r.choice(["PUPR", "Dinas Pertanian", "Disdik", "Perkim", "DKP"]),
            ]
        )
    table(doc, hdr, rows, r.choice(["pipe", "kv", "html"]), r)


def g_pelatihan(w: World, doc: Doc) -> None:
    r = w.r
    prog = r.choice(
        [
            "Menjahit",
            "Barista",
            "Las Listrik",
            "Tata Rias",
            "Teknisi HP",
            "Operator Komputer",
            "Budidaya Lele",
        ]
    )
    doc.add(
        f"<h3>Pengumuman Peserta Lulus Seleksi Pelatihan Berbasis Kompetensi Kejuruan {prog}</h3>\n"
        f"<p>UPTD Balai Latihan Kerja {w.regency[1]}, ",
        N("office_address", f"Jl. {r.choice(STREETS)} Km {r.randint(2, 9)}"),
        ". Informasi: ",
        N("office_phone", w.office_phone()),
        " / ",
        N("office_email", f"blk.{w.slug}@kemnaker.go.id"),
        "</p>\n",
    )
    hdr = ["No", "No. Peserta", "Nama", "NIK", "TTL", "Pendidikan", "Alamat", "Email", "HP"]
    rows = []
    for i in range(r.randint(10, 16)):
        p = person(w, lo=1990, hi=2006)
        rows.append(
            [
                str(i + 1),
                N(
                    "registration_number",
                    f"{r.randint(2024, 2025)}{w.rcode}{r.randint(1, 999):04d}",
                ),
                p["name"],
                P("nik", p["nik"]),
                ttl(w, p, r.choice(["dmy-", "long", "dmy/"])),
                r.choice(["SMA", "SMK", "SMP", "D3"]),
                P("address", p["addr"]),
                P("email", p["email"]),
                ph(w, p),
            ]
        )
    table(doc, hdr, rows, r.choice(["html", "html", "pipe"]), r)
    doc.add(
        "<p>Nomor sertifikat akan diterbitkan format ",
        N("registration_number", f"BLK.{w.rcode}.{r.randint(2024, 2025)}.{r.randint(1, 999):04d}"),
        "</p>\n",
    )


def g_seleksi_perangkat(w: World, doc: Doc) -> None:
    r = w.r
    when = w.recent()
    doc.add(*kop_desa(w))
    doc.add(
        "PENGUMUMAN\nNomor: ",
        N("letter_number", letter_no(w, "141")),
        f"\nTENTANG HASIL PENJARINGAN BAKAL CALON PERANGKAT {w.village_word().upper()}\n"
        f"JABATAN {r.choice(['KEPALA DUSUN', 'KAUR KEUANGAN', 'SEKRETARIS DESA', 'KASI PELAYANAN'])}\n\n"
        "Berdasarkan Peraturan Bupati ",
        N("regulation", f"Nomor {r.randint(1, 80)} Tahun {r.randint(2017, 2023)}"),
        ", Panitia mengumumkan peserta yang memenuhi syarat administrasi:\n\n",
    )
    hdr = ["No", "No. Pendaftaran", "Nama", "Tempat, Tanggal Lahir", "Pendidikan", "Alamat", "Ket"]
    rows = []
    for i in range(r.randint(5, 12)):
        p = person(w, lo=1982, hi=2004)
        rows.append(
            [
                str(i + 1),
                N("registration_number", f"{r.randint(1, 99):02d}/PAN-PD/{when.year}"),
                p["name"].upper(),
                ttl(
                    w,
                    p,
                    r.choice(["dmy-", "long", "upper", "roman", "dmy2"]),
                    r.choice([", ", ","]),
                ),
                r.choice(["SMA", "S1", "D3", "SMK"]),
                P("address", p["addr"]),
                r.choice(["MS", "MS", "TMS"]),
            ]
        )
    table(doc, hdr, rows, r.choice(["fixed", "pipe", "lines"]), r)
    doc.add(
        "\nUjian tertulis dilaksanakan pada ",
        N("event_date", fmt_date(r, when + dt.timedelta(days=14), "long")),
        ". Sanggahan paling lambat 3 hari melalui panitia (HP sekretariat ",
        N("office_phone", fmt_phone(r, "0852" + w.digits(8), "dash")),
        ").\n",
    )
    doc.add(*sign_desa(w, when))


def g_rekomendasi(w: World, doc: Doc) -> None:
    """Surat pengantar / rekomendasi izin keramaian (hajatan) from a village to the Polsek."""
    r = w.r
    p = person(w, lo=1960, hi=1998)
    when = w.recent()
    ev = when + dt.timedelta(days=r.randint(7, 30))
    doc.add(*kop_desa(w))
    doc.add(
        "Nomor   : ",
        N("letter_number", letter_no(w, "300")),
        f"\nLampiran: -\nPerihal : Rekomendasi Izin Keramaian\n\nKepada Yth.\nKapolsek {w.kec}\n",
        N("office_address", f"Jl. {r.choice(STREETS)} No. {r.randint(1, 40)}, {w.kec}"),
        "\ndi -\n    Tempat\n\n"
        f"Yang bertanda tangan di bawah ini {w.head} {w.village} menerangkan bahwa:\n\n",
    )
    addr = w.address(full=True)
    it = new_item()
    if r.random() < 0.5 and "," in addr:
        cut = addr.index(",") + 1
        a = [
            P("address", addr[:cut], it),
            "\n                      ",
            P("address", addr[cut:].strip(), it),
        ]
    else:
        a = [P("address", addr, it)]
    doc.add(
        f"    Nama              : {p['name']}\n    Tempat/Tgl. Lahir : ",
        *ttl(w, p, r.choice(["long", "dmy-", "dmy.", "short"])),
        f"\n    Pekerjaan         : {p['job']}\n    NIK               : ",
        P("nik", fmt_nik(r, p["nik"])),
        "\n    Alamat            : ",
        *a,
        "\n    No. HP            : ",
        ph(w, p),
        "\n\n",
    )
    doc.add(
        f"akan menyelenggarakan {r.choice(['resepsi pernikahan', 'khitanan', 'syukuran', 'pesta adat'])} pada tanggal ",
        N("event_date", fmt_date(r, ev, "long")),
        " dengan hiburan organ tunggal. Pada prinsipnya kami tidak keberatan.\n",
    )
    doc.add(*sign_desa(w, when))
    doc.add(
        "\nTembusan: Babinsa dan Bhabinkamtibmas (HP ",
        N("office_phone", fmt_phone(r, "0812" + w.digits(8), "dash")),
        ")\n",
    )


def g_stunting_bnba(w: World, doc: Doc) -> None:
    r = w.r
    doc.add(
        f"DATA BY NAME BY ADDRESS BALITA STUNTING\nPosyandu {r.choice(['Melati', 'Mawar', 'Kenanga', 'Anggrek', 'Dahlia'])} {w.hamlet()}, {w.village}\n"
        "Periode penimbangan: ",
        N("event_date", f"{MONTHS_ID[r.randint(0, 11)]} {r.randint(2024, 2025)}"),
        "\n\n",
    )
    hdr = [
        "NIK Anak",
        "Nama Anak",
        "JK",
        "Tgl Lahir",
        "BB",
        "TB",
        "TB/U",
        "Nama Ortu",
        "NIK Ortu",
        "Alamat",
        "HP Ortu",
    ]
    rows = []
    for _ in range(r.randint(8, 16)):
        mom = person(w, True, 1985, 2004)
        kid_b = w.birth(2020, 2024)
        fem = r.random() < 0.5
        nik_kid = w.nik(kid_b, fem) if r.random() < 0.85 else None
        rows.append(
            [
                P("nik", nik_kid) if nik_kid else "belum ada",
                w.name(fem).split()[0],
                "P" if fem else "L",
                P("birth_date", fmt_date(r, kid_b, r.choice(["dmy/", "iso", "dmy-"]))),
                f"{r.randint(60, 140) / 10:.1f}",
                f"{r.randint(650, 1000) / 10:.1f}",
                r.choice(["Pendek", "Sangat Pendek"]),
                mom["name"],
                P("nik", mom["nik"]),
                P("address", mom["addr"]),
                ph(w, mom),
            ]
        )
    table(doc, hdr, rows, r.choice(["tsv", "semi", "lines"]), r)


def g_direktori(w: World, doc: Doc) -> None:
    """Directory of public services of a district (only institutions: every contact is a negative)."""
    r = w.r
    dom = f"{w.slug}{'kota' if w.is_city else 'kab'}.go.id"
    doc.add(
        f"# Direktori Layanan Publik {w.district_word()} {w.kec}\n\nDiperbarui: ",
        N("letter_date", fmt_date(r, w.recent(), "long")),
        ". Kode wilayah kecamatan ",
        N("kode_wilayah", f"{w.pcode}.{w.regency[0]}.{w.kec_no:02d}"),
        ".\n\n",
    )
    hdr = ["Instansi", "Alamat", "Telepon", "WA Layanan", "Email", "Kode", "Koordinat"]
    rows = []
    for _ in range(r.randint(8, 14)):
        kind = r.choice(
            [
                "Kantor Desa",
                "Puskesmas",
                "SD Negeri",
                "SMP Negeri",
                "Polsek",
                "KUA",
                "Pustu",
                "UPT Pertanian",
                "Kantor Pos",
            ]
        )
        v = w.place()
        name = f"{kind} {v}" if "Negeri" not in kind else f"{kind} {r.randint(1, 12)} {w.kec}"
        code = (
            N("school_code", f"{r.choice(['1', '2', '6', '5'])}{w.digits(7)}")
            if "Negeri" in kind
            else N(
                "kode_wilayah",
                f"{w.pcode}.{w.regency[0]}.{w.kec_no:02d}.{r.choice(['20', '10'])}{r.randint(1, 30):02d}",
            )
            if kind == "Kantor Desa"
            else "-"
        )
        mail = (
            N("office_email", f"{v.lower().replace(' ', '').replace(chr(39), '')}@{dom}")
            if kind in ("Puskesmas", "UPT Pertanian")
            else N(
                "office_email",
                f"pemdes{v.lower().replace(' ', '').replace(chr(39), '')}@gmail.com",
            )
            if kind == "Kantor Desa"
            else N("office_email", f"sd{r.randint(1, 12)}{w.kec.split()[0].lower()}@gmail.com")
            if "Negeri" in kind
            else "-"
        )
        rows.append(
            [
                name,
                N("office_address", f"Jl. {r.choice(STREETS)} No. {r.randint(1, 80)}, {v}"),
                N("office_phone", w.office_phone()),
                N(
                    "office_phone",
                    fmt_phone(r, w.phone_digits(), r.choice(["dash", "plain", "intl"])),
                )
                if r.random() < 0.6
                else "-",
                mail,
                code,
                N(
                    "coordinate",
                    f"{r.choice(['-', ''])}{r.randint(0, 8)}.{w.digits(6)}, {r.randint(95, 140)}.{w.digits(6)}",
                ),
            ]
        )
    table(doc, hdr, rows, r.choice(["md", "pipe", "html"]), r)
    doc.add(
        "\nDarurat: Ambulans ",
        N("call_centre", "118"),
        ", Pemadam ",
        N("call_centre", "113"),
        ", Polisi ",
        N("call_centre", "110"),
        ", pengaduan Pemda ",
        N("call_centre", f"0800-{r.randint(100, 999)}-{r.randint(1000, 9999)}"),
        ".\n",
    )


def g_oss_nib(w: World, doc: Doc) -> None:
    """DPMPTSP monthly list of business licences issued to companies (negatives only)."""
    r = w.r
    doc.add(*kop_dinas(w, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "dpmptsp"))
    mon = r.randint(0, 11)
    doc.add(
        f"DAFTAR PERIZINAN BERUSAHA (NIB) YANG TERBIT MELALUI OSS RBA\nBULAN {MONTHS_ID[mon].upper()} {r.randint(2024, 2025)}\n\n"
    )
    hdr = [
        "No",
        "NIB",
        "Nama Pelaku Usaha",
        "NPWP Badan",
        "KBLI",
        "Alamat Usaha",
        "Telepon",
        "Email",
        "Investasi (Rp)",
        "Tgl Terbit",
    ]
    rows = []
    for i in range(r.randint(8, 14)):
        co = f"{r.choice(['PT', 'CV', 'Koperasi'])} {r.choice(['Sinar', 'Maju', 'Karya', 'Cahaya', 'Mitra', 'Bumi'])} {r.choice(['Abadi', 'Sentosa', 'Nusantara', 'Lestari', 'Utama', 'Perkasa'])}"
        dom = co.split(" ", 1)[1].lower().replace(" ", "")
        rows.append(
            [
                str(i + 1),
                N("permit", f"{r.choice(['9', '1', '0', '2'])}{w.digits(12)}"),
                co,
                N("company_npwp", fmt_npwp(r, w.npwp15()).replace(".", ".", 1)),
                N("kbli", f"{r.randint(10, 99)}{r.randint(100, 999)}"),
                N(
                    "company_address",
                    f"Jl. {r.choice(STREETS)} No. {r.randint(1, 200)}, {w.place()}, {w.regency[1]}",
                ),
                N("company_phone", w.office_phone()),
                N(
                    "company_email",
                    f"{r.choice(['info', 'admin', 'marketing', 'cs'])}@{dom}.co.id",
                ),
                N("amount", money(r, 50000000, 9000000000, 1000000)),
                N("letter_date", fmt_date(r, w.recent(), "dmy-")),
            ]
        )
    table(doc, hdr, rows, r.choice(["semi", "pipe", "fixed"]), r)
    doc.add(*sign_official(w, w.recent(), "Kepala DPMPTSP"))


GENRES = {
    "wa_export": (g_wa_export, 12),
    "email_thread": (g_email_thread, 10),
    "sk_bansos": (g_sk_bansos, 10),
    "daftar_hadir": (g_daftar_hadir, 10),
    "notulen_musrenbang": (g_notulen_musrenbang, 8),
    "pengaduan_form": (g_pengaduan, 10),
    "disabilitas": (g_disabilitas, 9),
    "tpk_catin": (g_tpk_catin, 8),
    "non_asn": (g_non_asn, 8),
    "bumdes_pinjaman": (g_bumdes, 8),
    "cpcl_poktan": (g_cpcl, 8),
    "vaksin_rabies": (g_vaksin_rabies, 7),
    "mutasi_penduduk": (g_mutasi, 8),
    "pe_penyakit": (g_pe_dbd, 8),
    "nelayan": (g_nelayan, 7),
    "sewa_tkd": (g_sewa_tkd, 8),
    "reses_dprd": (g_reses, 8),
    "pelatihan_blk": (g_pelatihan, 7),
    "seleksi_perangkat": (g_seleksi_perangkat, 8),
    "rekomendasi_keramaian": (g_rekomendasi, 8),
    "stunting_bnba": (g_stunting_bnba, 8),
    "direktori_layanan": (g_direktori, 12),
    "oss_nib": (g_oss_nib, 10),
}

VACCINE_REGIONS = {
    "51",
    "53",
    "81",
    "71",
    "13",
}  # rabies campaigns: Bali, NTT, Maluku, Sulut, Sumbar
COAST_REGIONS = {"21", "73", "74", "81", "82", "71", "19", "53", "52", "72", "92", "96", "64"}


def main() -> None:
    rng = random.Random(SEED)
    out = []
    k = 0
    for genre, (fn, count) in GENRES.items():
        for j in range(count):
            pool = REGIONS
            if genre == "vaksin_rabies":
                pool = [x for x in REGIONS if x[0] in VACCINE_REGIONS]
            elif genre == "nelayan":
                pool = [x for x in REGIONS if x[0] in COAST_REGIONS]
            region = pool[(7 * k + j) % len(pool)]
            k += 1
            w = World(rng, region)
            doc = Doc()
            fn(w, doc)
            text = doc.text()
            for s in doc.spans + doc.negs:
                assert text[s["start"] : s["end"]].strip(), (genre, s)
            out.append(
                {
                    "id": f"h5-{genre}-{j:02d}",
                    "genre": genre,
                    "region": f"{w.pname} / {w.kab} / {w.kec}",
                    "text": text,
                    "spans": doc.spans,
                    "negatives": doc.negs,
                    "tables": doc.tables,
                }
            )
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_sp = sum(len({s["item"] for s in rec["spans"]}) for rec in out)
    n_ng = sum(len(rec["negatives"]) for rec in out)
    print(
        f"{len(out)} texts, {sum(len(r['text']) for r in out)} chars, {n_sp} personal items, {n_ng} negatives"
    )


if __name__ == "__main__":
    main()
