# ruff: noqa: E501, S311  (data tables and templates; seeded random for a reproducible benchmark, not for security)
"""Generate benchmarks/heldout6/corpus.jsonl (seeded; reproduces the file byte for byte).

.venv/bin/python benchmarks/heldout6/generate.py
"""

import json
import random
from pathlib import Path

from common import (
    BULAN,
    HARI,
    ROMAN,
    B,
    Ctx,
    write_date,
    write_email,
    write_hp,
    write_nik,
    write_npwp,
)

SEED = 2026120766
HERE = Path(__file__).resolve().parent


def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def persons(c, n, lo=1940, hi=2006, female=None):
    out = []
    for _ in range(n):
        name, fem = c.person(female)
        d = c.bdate(lo, hi)
        out.append(
            {
                "name": name,
                "fem": fem,
                "d": d,
                "nik": c.nik(fem, d, other=c.r.random() < 0.1),
                "kk": c.kk(),
                "hp": c.hp(),
                "addr": c.address(),
                "pob": c.place().split()[0] if c.r.random() < 0.5 else c.kname,
                "email": c.email(name),
            }
        )
    return out


def bd(c, p, style=None):
    y, m, d = p["d"]
    return write_date(c.r, y, m, d, style)


def other_date(c, y0=2024, y1=2026, style=None):
    r = c.r
    return write_date(r, r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28), style)


def office_email(c, unit):
    r = c.r
    dom = r.choice(
        [
            f"{slug(c.kname)}{'kota' if c.is_city else 'kab'}.go.id",
            f"{slug(c.pname)[:10]}prov.go.id",
            f"{slug(c.village)}.desa.id",
        ]
    )
    return f"{unit}@{dom}"


def office_phone(c):
    r = c.r
    return (
        f"({c.area}) {r.randint(2, 8)}{r.randint(10000, 99999)}"
        if len(c.area) == 4
        else f"({c.area}) {r.randint(400, 899)}{r.randint(1000, 9999)}"
    )


def kop(b, c, body, unit="ppid"):
    r = c.r
    lvl = "KOTA" if c.is_city else "KABUPATEN"
    b.t(f"PEMERINTAH {lvl} {c.kname.upper()}\n{body.upper()}\n")
    b.neg(
        "office_address",
        f"{r.choice(['Jl. Jend. Sudirman', 'Jl. Pahlawan', 'Jl. Veteran', 'Jl. Soekarno-Hatta', 'Jl. Raya ' + c.district])} No. {r.randint(1, 120)}, {c.district}",
    )
    b.t(r.choice([" Telp. ", " Telepon ", " - Tlp: ", "  Telp/Fax "]))
    b.neg("office_phone", office_phone(c))
    b.t(r.choice([" Pos-el: ", " Email: ", " e-mail ", " Surel: "]))
    b.neg(
        "office_email",
        f"{unit}@{slug(c.kname)}{'kota' if c.is_city else 'kab'}.go.id"
        if r.random() < 0.85
        else office_email(c, unit),
    )
    b.t(" Kode Pos ")
    b.neg("postal_code", f"{r.randint(20, 99)}{r.randint(100, 999)}")
    if r.random() < 0.5:
        b.t(" Laman: ")
        b.neg(
            "website",
            f"https://{slug(body)[:12]}.{slug(c.kname)}{'kota' if c.is_city else 'kab'}.go.id",
        )
    b.t("\n" + "=" * r.choice([60, 72, 80]) + "\n")


def letter_no(c, code="400"):
    r = c.r
    return f"{code}.{r.randint(1, 14)}/{r.randint(10, 999)}/{r.choice(['DS', 'KEC', 'DINSOS', 'PPID', 'SEKRT', 'BAZNAS', 'KPU'])}/{ROMAN[r.randint(0, 11)]}/{r.choice([2025, 2026])}"


def sign(b, c, title):
    r = c.r
    b.t(f"\n\n{c.kname}, ")
    b.neg("letter_date", other_date(c, 2026, 2026, r.choice(["long", "long_up"])))
    b.t(f"\n{title}\n\n\nttd\n\n{c.official()}\n")
    if r.random() < 0.85:
        b.t(r.choice(["NIP. ", "NIP ", "Nip: "]))
        v = c.nip()
        b.neg("nip_official", v if r.random() < 0.6 else f"{v[:8]} {v[8:14]} {v[14]} {v[15:]}")
        b.t("\n")


def addr_p(b, p, item=None):
    return b.p("address", p["addr"], item)


# ---------------------------------------------------------------- genres


def g_putusan_ki(b, c):
    r = c.r
    b.t("SALINAN\nPUTUSAN\nNomor: ")
    b.neg(
        "letter_number",
        f"0{r.randint(10, 99)}/{ROMAN[r.randint(0, 11)]}/KI-{slug(c.pname)[:4].upper()}-PS-A/{r.choice([2025, 2026])}",
    )
    b.t(
        f"\n\nKOMISI INFORMASI PROVINSI {c.pname.upper()}\n\n[1.1] Yang memeriksa dan memutus Sengketa Informasi Publik Nomor Register "
    )
    b.neg(
        "registration_number",
        f"{r.randint(1, 120):03d}/REG-PSI/{ROMAN[r.randint(0, 11)]}/{r.choice([2025, 2026])}",
    )
    b.t(" yang diajukan oleh:\n\n")
    anon = r.random() < 0.45
    p = persons(c, 1, 1960, 1998)[0]
    if anon:
        ini = "".join(w[0] + "*" * (len(w) - 1) for w in p["name"].split()[:2])
        b.t(f"Nama      : {ini}\nNIK       : ")
        b.neg("masked_nik", p["nik"][:6] + "*" * 10)
        b.t(
            "\nAlamat    : (dianonimkan sesuai Perki 1/2013)\nSelanjutnya disebut sebagai ------- PEMOHON;\n"
        )
    else:
        b.t(f"[1.2] {p['name']}, warga negara Indonesia, pemegang KTP dengan NIK ")
        b.p("nik", write_nik(r, p["nik"]))
        b.t(", lahir di " + p["pob"] + " pada tanggal ")
        b.p("birth_date", bd(c, p, r.choice(["long", "long_lower", "dmy-"])))
        b.t(
            ", pekerjaan "
            + r.choice(["wiraswasta", "petani", "guru honorer", "mahasiswa", "nelayan"])
            + ", bertempat tinggal di "
        )
        addr_p(b, p)
        b.t(r.choice([", nomor telepon ", ", HP/WA ", ", dapat dihubungi melalui "]))
        b.p("phone", write_hp(r, p["hp"]))
        b.t(" dan surat elektronik ")
        b.p("email", write_email(r, p["email"]))
        b.t(";\nSelanjutnya disebut sebagai ------- PEMOHON;\n")
    b.t(f"\nterhadap\n\n[1.3] {c.head} {c.village}, berkedudukan di ")
    b.neg(
        "office_address",
        f"Kantor {c.vword} {c.village}, {r.choice(['Jl. Poros', 'Jl. Lintas', 'Jl. Raya'])} {c.district} Km. {r.randint(1, 30)}",
    )
    b.t(", telepon ")
    b.neg("office_phone", office_phone(c))
    b.t(
        ";\nSelanjutnya disebut sebagai ------- TERMOHON;\n\n[2] DUDUK PERKARA\n[2.1] Pemohon pada tanggal "
    )
    b.neg("event_date", other_date(c, 2025, 2025, "long"))
    b.t(
        " mengajukan permohonan informasi berupa salinan dokumen APBDes dan daftar penerima BLT-DD dengan nomor pendaftaran "
    )
    b.neg("registration_number", f"PPID-{c.kcode}{c.dcode}/{r.randint(100, 999)}/2025")
    b.t(
        ". Termohon tidak memberikan tanggapan dalam jangka waktu 10 (sepuluh) hari kerja sebagaimana Pasal 22 ayat (7) "
    )
    b.neg("regulation", "Undang-Undang Nomor 14 Tahun 2008")
    b.t(".\n[2.2] Keberatan diajukan pada ")
    b.neg("event_date", other_date(c, 2025, 2025, r.choice(["dmy/", "long"])))
    b.t(" dan tidak ditanggapi.\n\n[3] KETERANGAN SAKSI\n")
    for j, s in enumerate(persons(c, r.randint(2, 4), 1950, 2000), 1):
        b.t(f"[3.{j}] Saksi {s['name']}")
        if r.random() < 0.4:
            b.t(" (identitas saksi disamarkan: ")
            b.neg("masked_nik", s["nik"][:4] + "XXXXXXXXXXXX")
            b.t(")")
        else:
            b.t(", NIK ")
            b.p("nik", write_nik(r, s["nik"]))
            b.t(r.choice([", lahir tanggal ", ", tgl lahir ", " (lahir "]))
            b.p("birth_date", bd(c, s))
            b.t(r.choice([", alamat ", ", beralamat di ", ", tinggal di "]))
            addr_p(b, s)
        b.t(", di bawah sumpah menerangkan bahwa pada tanggal ")
        b.neg("event_date", other_date(c, 2025, 2025, r.choice(["long", "dmy-"])))
        b.t(" ia hadir dalam Musyawarah Desa.\n")
    b.t(
        "\n[4] AMAR PUTUSAN\nMengabulkan permohonan Pemohon untuk sebagian; menyatakan NIK dan nomor rekening penerima adalah informasi yang dikecualikan berdasarkan Pasal 17 huruf h.\n"
    )
    b.t(
        f"\nDemikian diputuskan dalam Rapat Musyawarah Majelis Komisioner pada hari {r.choice(HARI)}, tanggal "
    )
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t(
        " dan diucapkan dalam sidang terbuka untuk umum.\n\nPanitera Pengganti,\n"
        + c.official()
        + "\nNIP "
    )
    b.neg("nip_official", c.nip())
    b.t("\n")


def grid(b, c, header, rows):
    """An ASCII grid (tabulate 'grid' style); rows are lists of (kind|None, text, item|None)."""
    widths = [len(h) for h in header]
    for row in rows:
        for k, cell in enumerate(row):
            widths[k] = max(widths[k], len(cell[1]))
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    b.t(
        sep
        + "|"
        + "|".join(f" {h:<{w}} " for h, w in zip(header, widths, strict=True))
        + "|\n"
        + sep.replace("-", "=")
    )
    for row in rows:
        b.t("|")
        for (kind, txt, item), w in zip(row, widths, strict=True):
            b.t(" ")
            if kind and kind.startswith("-"):
                b.neg(kind[1:], txt)
            elif kind:
                b.p(kind, txt, item)
            else:
                b.t(txt)
            b.t(" " * (w - len(txt)) + " |")
        b.t("\n" + sep)


def g_sengketa_register(b, c):
    r = c.r
    b.t(
        f"KOMISI INFORMASI PROVINSI {c.pname.upper()}\nREGISTER SENGKETA INFORMASI PUBLIK TAHUN 2026 (diperbarui "
    )
    b.neg(
        "timestamp",
        f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026 {r.randint(7, 17):02d}:{r.randint(0, 59):02d}",
    )
    b.t(")\n\n")
    rows = []
    for p in persons(c, r.randint(6, 12), 1955, 2002):
        regno = f"{r.randint(1, 200):03d}/REG-PSI/{ROMAN[r.randint(0, 11)]}/2026"
        rows.append(
            [
                ("-registration_number", regno, None),
                ("-event_date", other_date(c, 2026, 2026, "dmy-"), None),
                (None, p["name"][:22], None),
                ("address", p["addr"][:60].rstrip(" ,"), None),
                ("phone", write_hp(r, p["hp"], 0.05), None),
                (
                    None,
                    r.choice(
                        [
                            "Dinas PUPR",
                            "Desa " + c.place(),
                            "Kecamatan " + c.district,
                            "RSUD " + c.kname,
                            "Dinas Pendidikan",
                        ]
                    ),
                    None,
                ),
                (None, r.choice(["Mediasi", "Ajudikasi", "Putus", "Dicabut"]), None),
            ]
        )
    grid(
        b,
        c,
        ["No. Register", "Tgl Reg", "Pemohon", "Alamat Pemohon", "Kontak", "Termohon", "Status"],
        rows,
    )
    b.t("\nKeterangan: kontak Sekretariat ")
    b.neg("office_phone", office_phone(c))
    b.t(" / WA Layanan ")
    b.neg("office_phone", "08" + str(r.randint(11, 13)) + str(r.randint(10000000, 99999999)))
    b.t("\n")


def g_dps_tanggapan(b, c):
    r = c.r
    b.t(
        f"KOMISI PEMILIHAN UMUM {'KOTA' if c.is_city else 'KABUPATEN'} {c.kname.upper()}\nREKAP TANGGAPAN MASYARAKAT ATAS DAFTAR PEMILIH SEMENTARA (DPS)\n{c.vword.upper()} {c.village.upper()} - KECAMATAN {c.district.upper()}\n\n"
    )
    for _tps in range(r.randint(2, 3)):
        b.t("TPS ")
        b.neg("polling_station", f"{r.randint(1, 25):03d}")
        b.t(" ; lokasi: ")
        b.neg("office_address", f"Balai {c.vword} {c.village}")
        b.t("\nNo;NKK;NIK;Nama;Tempat Lahir;Tgl Lahir;JK;Kawin;Alamat;RT;RW;Keterangan;\n")
        for j, p in enumerate(persons(c, r.randint(4, 8), 1935, 2008), 1):
            b.t(f"{j};")
            b.p("kk", write_nik(r, p["kk"], 0.08))
            b.t(";")
            b.p("nik", write_nik(r, p["nik"], 0.08))
            b.t(f";{p['name']};{p['pob']};")
            b.p(
                "birth_date",
                bd(
                    c,
                    p,
                    r.choice(["dmy|", "dmy/", "dmy-", "dmy."])
                    if False
                    else r.choice(["dmy/", "dmy-", "dmy.", "dmy2"]),
                ),
            )
            b.t(f";{'P' if p['fem'] else 'L'};{r.choice(['B', 'S', 'P'])};")
            a = c.address(short=True).split(" RT")[0].split(",")[0]
            it = b.p("address", a)
            b.t(";")
            b.p("address", f"{r.randint(1, 20):03d}", it)
            b.t(";")
            b.p("address", f"{r.randint(1, 9):03d}", it)
            b.t(";")
            k = r.random()
            if k < 0.3:
                b.t("TMS-meninggal, tgl ")
                b.neg("death_date", other_date(c, 2023, 2025, "dmy-"))
            elif k < 0.5:
                b.t("Ubah data (salah tgl lahir)")
            elif k < 0.6:
                b.t("TMS-pindah, SKPWNI ")
                b.neg(
                    "registration_number", f"{c.pcode}{c.kcode}/PWNI/{r.randint(1000, 9999)}/2025"
                )
            else:
                b.t("Baru (pemilih pemula)" if p["d"][0] > 2005 else "")
            b.t(";\n")
        b.t("\n")
    b.t("Tanggapan dapat disampaikan ke PPS atau melalui ")
    b.neg("office_email", f"pps.{slug(c.village)}@gmail.com")
    b.t(" atau ")
    b.neg("website", "https://cekdptonline.kpu.go.id")
    b.t(".\n")
    sign(b, c, f"Ketua PPS {c.vword} {c.village}")


def g_bawaslu(b, c):
    r = c.r
    b.t("FORMULIR MODEL A\nLAPORAN HASIL PENGAWASAN PEMILU\nNomor: ")
    b.neg(
        "letter_number",
        f"{r.randint(1, 99):03d}/LHP/PM.01.02/{c.pcode}.{c.kcode}/{r.randint(1, 12):02d}/2026",
    )
    b.t(
        f"\n\nI. Data Pengawas\nNama Pelaksana Tugas : {c.official()}\nJabatan : Panwaslu Kelurahan/Desa {c.village}\nAlamat Kantor : "
    )
    b.neg(
        "office_address",
        f"Sekretariat Panwascam {c.district}, {r.choice(['Jl. Bhayangkara', 'Jl. Pendidikan', 'Jl. Pasar Lama'])} No. {r.randint(1, 60)}",
    )
    b.t("\n\nII. Kegiatan Pengawasan\nTahapan : Pemutakhiran Data Pemilih\nWaktu : ")
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t(
        f", pukul {r.randint(8, 16):02d}.{r.randint(0, 59):02d} WITA\n\nIII. Uraian Singkat Hasil Pengawasan\n"
    )
    for p in persons(c, r.randint(3, 6), 1930, 2009):
        t = r.random()
        if t < 0.5:
            b.t(f"- Ditemukan pemilih atas nama {p['name']} (NIK ")
            b.p("nik", write_nik(r, p["nik"]))
            b.t(", tgl lahir ")
            b.p("birth_date", bd(c, p, r.choice(["dmy-", "long", "ddmmyyyy_sp"])))
            b.t(") yang telah meninggal dunia pada ")
            b.neg("death_date", other_date(c, 2024, 2025, "long"))
            b.t(" namun masih tercantum dalam DPS; keluarga yang bersangkutan tinggal di ")
            addr_p(b, p)
            b.t(".\n")
        else:
            b.t(f"- Pemilih {p['name']} lahir tanggal ")
            b.p("birth_date", bd(c, p))
            b.t(" belum berusia 17 tahun pada hari pemungutan suara; KK nomor ")
            b.p("kk", write_nik(r, p["kk"]))
            b.t(", domisili ")
            addr_p(b, p)
            b.t(", kontak orang tua ")
            b.p("phone", write_hp(r, c.hp()))
            b.t(".\n")
    b.t("\nIV. Informasi Dugaan Pelanggaran: tidak ada.\nNomor temuan (jika ada): ")
    b.neg(
        "registration_number",
        f"{r.randint(1, 20):03d}/Reg/TM/PL/Kab/{c.pcode}.{c.kcode}/{ROMAN[r.randint(0, 11)]}/2026",
    )
    b.t("\n")
    sign(b, c, "Pengawas Kelurahan/Desa")


def ent(s):
    return "".join(f"&#{ord(ch)};" for ch in s)


def g_baznas(b, c):
    r = c.r
    b.t(
        f'<article class="post">\n<h2>Penyaluran Zakat Produktif BAZNAS {c.kname} Tahap {ROMAN[r.randint(0, 3)]} Tahun 2026</h2>\n<p>Berdasarkan SK Ketua BAZNAS Nomor '
    )
    b.neg(
        "letter_number",
        f"{r.randint(10, 99)}/BAZNAS-{slug(c.kname)[:4].upper()}/{ROMAN[r.randint(0, 11)]}/2026",
    )
    b.t(". Zakat disalurkan melalui rekening BAZNAS ")
    b.neg("office_account", f"BSI {r.randint(700, 799)}{r.randint(1000000, 9999999)}")
    b.t(
        ' (a.n. BAZNAS Kab.).</p>\n<table class="table table-striped">\n<thead><tr><th>No</th><th>Nama Mustahik</th><th>Asnaf</th><th>NIK</th><th>Tanggal Lahir</th><th>Alamat</th><th>No. Rekening</th><th>Nominal</th></tr></thead>\n<tbody>\n'
    )
    for j, p in enumerate(persons(c, r.randint(6, 12), 1945, 2000), 1):
        b.t(
            f"<tr><td>{j}</td><td>{p['name']}</td><td>{r.choice(['fakir', 'miskin', 'gharimin', 'fisabilillah', 'ibnu sabil'])}</td><td>"
        )
        if r.random() < 0.15:
            b.p("nik", ent(p["nik"]))
        else:
            b.p("nik", write_nik(r, p["nik"]))
        y, m, d = p["d"]
        b.t('</td><td data-order="')
        it = b.p("birth_date", f"{y}{m:02d}{d:02d}")
        b.t('">')
        b.p("birth_date", bd(c, p, r.choice(["long", "dmy/", "short3"])), it)
        b.t("</td><td>")
        addr_p(b, p)
        bank, acc = c.account()
        b.t(f"</td><td>{bank} ")
        b.p("bank_account", acc)
        b.t("</td><td>")
        b.neg("amount", f"Rp{r.choice([1, 2, 3, 5])}.{r.choice(['000', '500'])}.000")
        b.t("</td></tr>\n")
    b.t("</tbody></table>\n<h3>Bukti Setor Zakat (Muzakki perorangan)</h3>\n<ul>\n")
    for p in persons(c, r.randint(3, 5), 1960, 1995):
        b.t("<li>NPWZ ")
        b.neg(
            "registration_number",
            f"{c.pcode}{c.kcode}{r.randint(10, 99)}{r.randint(10000000, 99999999)}",
        )
        b.t(f" &ndash; {p['name']}, NPWP ")
        b.p("npwp", write_npwp(r, c.npwp()))
        b.t(", zakat penghasilan ")
        b.neg("amount", f"Rp {r.randint(1, 9)}.{r.randint(100, 999)}.000")
        b.t(", disetor tgl ")
        b.neg("event_date", other_date(c, 2026, 2026, "dmy/"))
        b.t("</li>\n")
    b.t("</ul>\n<p>Informasi: ")
    b.neg("office_phone", office_phone(c))
    b.t(" &middot; ")
    b.neg("office_email", f"baznas{slug(c.kname)}@baznas.go.id")
    b.t("</p>\n</article>\n")


def g_access_log(b, c):
    r = c.r
    b.t(
        f"# potongan access.log server layanan cek bansos {slug(c.kname)}{'kota' if c.is_city else 'kab'}.go.id (lampiran laporan insiden kebocoran data, disamarkan sebagian)\n"
    )
    for p in persons(c, r.randint(8, 16), 1945, 2004):
        ip = f"{r.choice([36, 103, 114, 180, 182, 202])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        b.neg("ip_address", ip)
        b.t(" - - [")
        b.neg(
            "timestamp",
            f"{r.randint(1, 28):02d}/{['Jan', 'Feb', 'Mar', 'Apr'][r.randint(0, 3)]}/2026:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0700",
        )
        t = r.random()
        if t < 0.4:
            b.t('] "GET /layanan/cek-bansos?nik=')
            b.p("nik", p["nik"])
            b.t("&nama=" + p["name"].replace(" ", "+") + "&tgl_lahir=")
            y, m, d = p["d"]
            b.p("birth_date", r.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}%2F{m:02d}%2F{y}"]))
            b.t(' HTTP/1.1" 200 ')
        elif t < 0.75:
            b.t('] "POST /api/v1/pengaduan?hp=')
            b.p("phone", r.choice([p["hp"], "%2B62" + p["hp"][1:]]))
            b.t("&email=")
            b.p("email", p["email"].replace("@", "%40"))
            b.t("&alamat=")
            b.p("address", p["addr"].replace(" ", "+").replace("/", "%2F").replace(",", "%2C"))
            b.t(' HTTP/2.0" 201 ')
        else:
            b.t('] "GET /uploads/berkas/kk_')
            b.p("kk", p["kk"])
            b.t("_" + slug(p["name"])[:10] + '.pdf HTTP/1.1" 206 ')
        b.neg("amount", str(r.randint(312, 98000)))
        b.t(
            f' "-" "Mozilla/5.0 (Linux; Android {r.randint(9, 14)}; {r.choice(["SM-A125F", "Redmi Note 9", "CPH2239", "V2111"])}) AppleWebKit/537.36 Chrome/{r.randint(100, 125)}.0.{r.randint(1000, 9999)}.{r.randint(10, 199)} Mobile Safari/537.36"\n'
        )


def g_cpns(b, c):
    r = c.r
    kop(b, c, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "bkpsdm")
    b.t("PENGUMUMAN\nNomor: ")
    b.neg("letter_number", letter_no(c, "800.2.2.2"))
    b.t("\nTENTANG HASIL INTEGRASI NILAI SKD DAN SKB SELEKSI PPPK TAHAP II\n\n")
    hdr = f"{'No':<4}{'No Peserta':<20}{'Nama':<28}{'Tgl Lahir':<14}{'Formasi':<26}{'Nilai':>8}  Ket\n"
    b.t(hdr + "-" * 104 + "\n")
    ps = persons(c, r.randint(10, 22), 1975, 2001)
    for j, p in enumerate(ps, 1):
        if j % 9 == 0:
            b.t(f"\n{c.kname}, dicetak ")
            b.neg(
                "timestamp",
                f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
            )
            b.t("            Halaman ")
            b.neg("page_number", f"{j // 9} dari {len(ps) // 9 + 1}")
            b.t("\n\f" + hdr + "-" * 104 + "\n")
        b.t(f"{j:<4}")
        nop = f"{r.choice([24, 25])}{r.randint(100000, 999999)}{r.randint(100000000, 999999999)}"
        b.neg("registration_number", nop)
        b.t(" " * (20 - len(nop)) + f"{p['name'][:26]:<28}")
        s = bd(c, p, r.choice(["dmy-", "dmy/", "iso", "dmy."]))
        b.p("birth_date", s)
        f = r.choice(
            [
                "Guru Ahli Pertama",
                "Perawat Terampil",
                "Penyuluh Pertanian",
                "Pranata Komputer",
                "Bidan Terampil",
                "Pengelola Umum",
            ]
        )
        b.t(
            " " * (14 - len(s))
            + f"{f:<26}{r.randint(300, 520) + r.random():>8.2f}  {r.choice(['P/L', 'TL', 'P/L', 'TMS'])}\n"
        )
    b.t("\nSanggahan disampaikan melalui akun SSCASN paling lambat ")
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t(". Helpdesk: ")
    b.neg("office_phone", office_phone(c))
    b.t(" (jam kerja).\n")
    b.t("\nRekap sanggahan yang masuk (dikutip dari surel peserta):\n")
    for p in persons(c, r.randint(2, 4), 1980, 2000):
        b.t(f'> "Saya {p["name"].lower()}, tanggal lahir di SSCASN tercatat salah, seharusnya ')
        b.p("birth_date", bd(c, p, r.choice(["long_lower", "dmy/"])))
        b.t(". mohon dibantu, bisa hubungi saya di ")
        b.p("phone", write_hp(r, p["hp"]))
        b.t(" atau ")
        b.p("email", write_email(r, p["email"]))
        b.t('"\n')
    sign(b, c, "Kepala BKPSDM")


def g_wisuda(b, c):
    r = c.r
    school = r.choice(
        [
            f"MA Negeri {r.randint(1, 5)} {c.kname}",
            f"SMK Negeri {r.randint(1, 9)} {c.kname}",
            f"MTs Swasta Al-Hidayah {c.district}",
            f"SMA Negeri {r.randint(1, 4)} {c.district}",
        ]
    )
    b.t(f"DAFTAR PESERTA WISUDA / PELEPASAN SISWA\n{school.upper()}\nNPSN: ")
    b.neg("school_code", str(r.randint(10100000, 69999999)))
    b.t(" | Tahun Pelajaran 2025/2026\nAlamat sekolah: ")
    b.neg(
        "office_address",
        f"{r.choice(['Jl. Pendidikan', 'Jl. Pesantren', 'Jl. Guru'])} No. {r.randint(1, 99)}, {c.district}",
    )
    b.t(
        "\n\nNo\tNISN\tNo. Ijazah\tNama Lengkap\tTempat, Tgl Lahir\tNama Orang Tua\tAlamat\tHP Orang Tua\n"
    )
    for j, p in enumerate(persons(c, r.randint(10, 20), 2007, 2009), 1):
        b.t(f"{j}\t")
        b.neg("student_number", f"00{r.randint(70000000, 99999999)}")
        b.t("\t")
        b.neg(
            "certificate_number",
            f"{r.choice(['MA', 'DN', 'M'])}-{c.pcode}/{r.choice(['D', 'M'])}-{r.randint(1, 9)}/{r.randint(10000, 99999)}",
        )
        b.t(f"\t{p['name']}\t{p['pob']}, ")
        b.p("birth_date", bd(c, p, r.choice(["long", "dmy-", "long_up", "short3"])))
        parent, _ = c.person()
        b.t(f"\t{parent}\t")
        addr_p(b, p)
        b.t("\t")
        b.p("phone", write_hp(r, c.hp()))
        b.t("\n")
    b.t("\nAcara pelepasan: ")
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t(", pukul 08.00 s.d. selesai. Narahubung panitia (TU): ")
    b.neg("office_phone", office_phone(c))
    b.t("\n")


def g_xml_siak(b, c):
    r = c.r
    b.t(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- Lampiran verifikasi data konsolidasi Disdukcapil {c.kname}, diekspor '
    )
    b.neg(
        "timestamp",
        f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}+07:00",
    )
    b.t(' -->\n<DATASET KODE_WIL="')
    b.neg("region_code", f"{c.pcode}.{c.kcode}.{c.dcode}")
    b.t('">\n')
    for p in persons(c, r.randint(5, 10), 1940, 2010):
        y, m, d = p["d"]
        b.t("  <ROW>\n    <NIK>")
        b.p("nik", p["nik"])
        b.t("</NIK>\n    <NO_KK>")
        b.p("kk", p["kk"])
        b.t(
            f"</NO_KK>\n    <NAMA_LGKP>{p['name'].upper()}</NAMA_LGKP>\n    <TMPT_LHR>{p['pob'].upper()}</TMPT_LHR>\n    <TGL_LHR>"
        )
        b.p(
            "birth_date",
            r.choice(
                [f"{y}-{m:02d}-{d:02d} 00:00:00", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}"]
            ),
        )
        a = c.address(short=True, upper=True)
        street = a.split(" RT")[0].split(",")[0]
        b.t("</TGL_LHR>\n    <ALAMAT>")
        it = b.p("address", street)
        b.t("</ALAMAT>\n    <NO_RT>")
        b.p("address", f"{r.randint(1, 20):03d}", it)
        b.t("</NO_RT>\n    <NO_RW>")
        b.p("address", f"{r.randint(1, 12):03d}", it)
        b.t(f"</NO_RW>\n    <KEL_NAME>{c.village.upper()}</KEL_NAME>\n    <NO_AKTA_LHR>")
        b.neg(
            "registration_number",
            f"{c.pcode}{c.kcode}-LT-{r.randint(10, 28)}{r.randint(1, 12):02d}{r.randint(2010, 2025)}-{r.randint(1, 9999):04d}",
        )
        b.t(
            f"</NO_AKTA_LHR>\n    <STAT_KWN>{r.choice(['BELUM KAWIN', 'KAWIN', 'CERAI MATI'])}</STAT_KWN>\n    <TGL_UPDATE>"
        )
        b.neg(
            "timestamp",
            f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        )
        b.t("</TGL_UPDATE>\n  </ROW>\n")
    b.t("</DATASET>\n")


def g_akta_register(b, c):
    r = c.r
    kop(b, c, "Dinas Kependudukan dan Pencatatan Sipil", "disdukcapil")
    b.t("DAFTAR AKTA KELAHIRAN YANG TELAH TERBIT DAN BELUM DIAMBIL (per ")
    b.neg("letter_date", other_date(c, 2026, 2026, "long"))
    b.t(")\nMohon diambil di loket 3 dengan membawa bukti pendaftaran.\n\n")
    for j in range(1, r.randint(6, 12)):
        baby, bf = c.person()
        d = (2026 if r.random() < 0.6 else 2025, r.randint(1, 12), r.randint(1, 28))
        dad = persons(c, 1, 1980, 2000, False)[0]
        mom = persons(c, 1, 1985, 2003, True)[0]
        b.t(f"{j}. Akta No. ")
        b.neg(
            "registration_number",
            f"{c.pcode}{c.kcode}-LU-{d[2]:02d}{d[1]:02d}{d[0]}-{r.randint(1, 9999):04d}",
        )
        b.t(
            f" a.n. {baby.upper()}, {'perempuan' if bf else 'laki-laki'}, lahir di {r.choice(['RSUD ' + c.kname, 'Puskesmas ' + c.district, 'rumah', c.kname])} pada "
        )
        b.p("birth_date", write_date(r, *d, r.choice(["long", "dmy-", "long_lower", "roman"])))
        b.t(f"; ayah {dad['name']} (NIK ")
        b.p("nik", write_nik(r, dad["nik"]))
        b.t(f"), ibu {mom['name']} (NIK ")
        b.p("nik", write_nik(r, mom["nik"]))
        b.t("), KK ")
        b.p("kk", write_nik(r, dad["kk"]))
        b.t("; alamat ")
        addr_p(b, dad)
        b.t("; pelapor HP ")
        b.p("phone", write_hp(r, dad["hp"]))
        b.t(r.choice([".\n", ";\n"]))
    b.t("\nLayanan pengaduan Disdukcapil: ")
    b.neg("call_centre", r.choice(["1500-537", "0800-1-3456", "112"]))
    b.t(" / ")
    b.neg("office_email", office_email(c, "disdukcapil"))
    b.t("\n")


def g_telegram_json(b, c):
    r = c.r
    b.t('{\n "name": "Info Warga ' + c.village + '",\n "type": "public_supergroup",\n "id": ')
    b.neg("chat_id", str(r.randint(1000000000, 1999999999)))
    b.t(',\n "messages": [\n')
    ps = persons(c, r.randint(6, 11), 1950, 2005)
    for j, p in enumerate(ps):
        mid = r.randint(1000, 99999)
        b.t(f'  {{\n   "id": {mid},\n   "type": "message",\n   "date": "')
        b.neg(
            "timestamp",
            f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        )
        b.t(f'",\n   "from": "{p["name"].split()[0].lower()}",\n   "from_id": "user')
        b.neg("chat_id", str(r.randint(100000000, 6999999999)))
        b.t('",\n   "text": "')
        t = r.randrange(5)
        if t == 0:
            b.t("min sy mau daftar blt, nik sy ")
            b.p("nik", write_nik(r, p["nik"], 0.3).replace("'", ""))
            b.t(" kk ")
            b.p("kk", p["kk"])
            b.t(" alamat ")
            b.p("address", p["addr"].lower())
        elif t == 1:
            b.t("ada yg kehilangan dompet? isinya ktp an. " + p["name"].lower() + " lahir ")
            b.p("birth_date", bd(c, p, r.choice(["long_lower", "dmy-", "dmy2"])))
            b.t(", hub sy ")
            b.p("phone", write_hp(r, c.hp(), 0.3))
        elif t == 2:
            b.t("info loker, kirim cv ke ")
            b.p("email", write_email(r, p["email"], 0.3))
            b.t(" atau wa ")
            b.p("phone", write_hp(r, p["hp"], 0.3))
            b.t(" (pribadi, bukan kantor)")
        elif t == 3:
            b.t("pengumuman resmi: layanan adminduk desa buka sabtu, hubungi kantor ")
            b.neg("office_phone", office_phone(c))
            b.t(" atau call center ")
            b.neg("call_centre", r.choice(["112", "1500-123", "0800-1-500-600"]))
        else:
            b.t("tf donasi korban banjir ke rek pribadi sy ")
            bank, acc = c.account()
            b.t(bank.lower() + " ")
            b.p("bank_account", acc)
            b.t(" an " + p["name"].lower())
        b.t('",\n   "text_entities": []\n  }' + ("," if j < len(ps) - 1 else "") + "\n")
    b.t(" ]\n}\n")


def qp_wrap(s, at):
    return s[:at] + "=\n" + s[at:]


def g_mbox(b, c):
    r = c.r
    p = persons(c, 1, 1960, 2000)[0]
    ppid = office_email(c, "ppid")
    b.t("From ")
    b.p("email", p["email"])
    b.t(
        "  "
        + r.choice(["Mon", "Tue", "Wed"])
        + f" Mar {r.randint(1, 28)} {r.randint(7, 20):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} 2026\nReturn-Path: <"
    )
    b.p("email", p["email"])
    b.t(">\nMessage-ID: <")
    b.neg(
        "message_id",
        f"CA+{r.randint(10**11, 10**12 - 1)}{r.choice(['AbX', 'kQz', 'mPw'])}@mail.gmail.com",
    )
    b.t(f'>\nFrom: "{p["name"]}" <')
    b.p("email", p["email"])
    b.t(">\nTo: ")
    b.neg("office_email", ppid)
    b.t("\nDate: ")
    b.neg(
        "timestamp",
        f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu'])}, {r.randint(1, 28)} Mar 2026 {r.randint(7, 20):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0700",
    )
    b.t(
        '\nSubject: Permohonan informasi & koreksi data\nContent-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
    )
    b.t(
        "Yth. Admin PPID,\n\nSaya yang bertanda tangan di bawah ini:\nNama: "
        + p["name"]
        + "\nNIK: "
    )
    v = p["nik"]
    b.p("nik", qp_wrap(v, r.randint(4, 12)) if r.random() < 0.5 else v)
    b.t("\nTgl lahir: ")
    b.p("birth_date", bd(c, p))
    b.t("\nAlamat: ")
    a = p["addr"]
    if len(a) > 30 and r.random() < 0.6:
        k = r.randint(15, len(a) - 5)
        a = a[:k] + "=\n" + a[k:]
    b.p("address", a)
    b.t("\nNo. HP: ")
    h = write_hp(r, p["hp"], 0.05)
    b.p("phone", qp_wrap(h, 6) if r.random() < 0.4 else h)
    b.t(
        "\n\nmohon salinan SK penerima bantuan RTLH tahun 2025 dan koreksi tanggal lahir anak saya (NIK "
    )
    child = persons(c, 1, 2012, 2020)[0]
    b.p("nik", write_nik(r, child["nik"]))
    b.t(", lahir ")
    b.p("birth_date", bd(c, child, r.choice(["long", "dmy/"])))
    b.t(").\nPembayaran salinan dapat saya transfer dari rekening ")
    bank, acc = c.account()
    b.t(bank + " ")
    b.p("bank_account", acc)
    b.t(".\n\nTerima kasih.\n\n-- =\n\nSent from my Galaxy\n\n")
    b.t("> Pada " + other_date(c, 2026, 2026, "long") + " ")
    b.neg("office_email", ppid)
    b.t(" menulis:\n> Nomor registrasi permohonan Anda: ")
    b.neg(
        "registration_number",
        f"REG-{r.randint(2025, 2026)}{r.randint(1, 12):02d}{r.randint(1000, 9999)}",
    )
    b.t("\n> Silakan lengkapi scan KTP. Layanan informasi ")
    b.neg("office_phone", office_phone(c))
    b.t(" ext. " + str(r.randint(100, 299)) + "\n")


def g_zoom(b, c):
    r = c.r
    b.t(
        f"NOTULEN RAPAT KOORDINASI (ZOOM) - Verifikasi Calon Penerima Program Keluarga Harapan\nKecamatan {c.district}, {c.kname}\nMeeting ID: "
    )
    b.neg("meeting_id", f"{r.randint(810, 899)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}")
    b.t("  Passcode: ")
    b.neg("meeting_id", str(r.randint(100000, 999999)))
    b.t("\nTanggal: ")
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t("\n\n--- Transkrip otomatis ---\n")
    ps = persons(c, r.randint(4, 7), 1950, 2000)
    for p in ps:
        hh = f"{r.randint(0, 1):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        b.neg("timestamp", hh)
        spk = c.official().split(",")[0]
        b.t(f" {spk}: ")
        t = r.random()
        if t < 0.5:
            b.t(f"untuk ibu {p['name'].lower()} itu tanggal lahirnya ")
            y, m, d = p["d"]
            b.p(
                "birth_date",
                r.choice(
                    [
                        f"{d} {BULAN[m - 1].lower()} {y}",
                        f"tanggal {d} bulan {m} tahun {y}",
                        f"{d} {BULAN[m - 1]} {y}",
                    ]
                ),
            )
            b.t(" ya, rumahnya di ")
            b.p("address", p["addr"].lower())
            b.t(" itu, nanti dicek pendamping.\n")
        else:
            b.t("NIK-nya saya bacakan ya, ")
            b.p("nik", " ".join(p["nik"][k : k + 4] for k in range(0, 16, 4)))
            b.t(", itu sudah padan dengan dukcapil.\n")
    b.t("\n--- Chat ---\n")
    for p in ps[: r.randint(2, len(ps))]:
        hh = f"{r.randint(9, 11):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        b.neg("timestamp", hh)
        b.t(f" Dari {p['name'].split()[0]} (Pendamping PKH) ke Semua Orang: ")
        t = r.random()
        if t < 0.4:
            b.t("nomor KPM yang bersangkutan ")
            b.p("phone", write_hp(r, p["hp"]))
        elif t < 0.7:
            b.t("KK nya ")
            b.p("kk", write_nik(r, p["kk"]))
            b.t(" mohon dicek")
        else:
            b.t("rekening KKS: ")
            b.p(
                "kks",
                "6013 01"
                + "".join(str(r.randint(0, 9)) for _ in range(2))
                + " "
                + "".join(str(r.randint(0, 9)) for _ in range(4))
                + " "
                + "".join(str(r.randint(0, 9)) for _ in range(4)),
            )
        b.t("\n")
    b.t("\nRekaman: ")
    b.neg("website", f"https://zoom.us/rec/share/{r.randint(10**9, 10**10)}")
    b.t("\n")


def g_vcard(b, c):
    r = c.r
    b.t(
        f"# kontak_kader_posyandu_{slug(c.village)}.vcf (dilampirkan pada halaman Profil Posyandu)\n"
    )
    b.t(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Puskesmas "
        + c.district
        + "\nORG:UPTD Puskesmas "
        + c.district
        + "\nTEL;TYPE=WORK,VOICE:"
    )
    b.neg("office_phone", office_phone(c))
    b.t("\nEMAIL;TYPE=WORK:")
    b.neg("office_email", f"pkm{slug(c.district)}@{slug(c.kname)}kab.go.id")
    b.t("\nADR;TYPE=WORK:;;")
    b.neg("office_address", f"Jl. Kesehatan No. {r.randint(1, 40)}")
    b.t(f";{c.district};{c.pname};")
    b.neg("postal_code", str(r.randint(20000, 99999)))
    b.t(";Indonesia\nEND:VCARD\n")
    for p in persons(c, r.randint(5, 10), 1965, 2000):
        nm = p["name"].title()
        y, m, d = p["d"]
        b.t(
            f"BEGIN:VCARD\nVERSION:3.0\nN:{nm.split()[-1]};{' '.join(nm.split()[:-1])};;;\nFN:{nm} (Kader)\nTEL;TYPE=CELL:"
        )
        b.p(
            "phone",
            r.choice(
                [
                    p["hp"],
                    "+62" + p["hp"][1:],
                    "+62 " + p["hp"][1:4] + "-" + p["hp"][4:8] + "-" + p["hp"][8:],
                ]
            ),
        )
        if r.random() < 0.6:
            b.t("\nEMAIL;TYPE=HOME:")
            b.p("email", p["email"])
        b.t("\nBDAY:")
        b.p("birth_date", r.choice([f"{y}{m:02d}{d:02d}", f"{y}-{m:02d}-{d:02d}"]))
        st = p["addr"]
        b.t("\nADR;TYPE=HOME:;;")
        b.p("address", st.replace(",", "\\,"))
        b.t(
            f";{c.district};{c.pname};;Indonesia\nNOTE:Kader Posyandu {r.choice(['Melati', 'Mawar', 'Dahlia', 'Anggrek'])} sejak {r.randint(2005, 2022)}\nEND:VCARD\n"
        )


def g_sms_log(b, c):
    r = c.r
    b.t(
        f"LOG SMS BLAST - Undangan Vaksinasi / Pencairan Bansos\nDinas Sosial {c.kname} | gateway: "
    )
    b.neg("call_centre", r.choice(["1500-786", "99876", "SMS 1708"]))
    b.t("\nwaktu_kirim|msisdn|trx_id|status|isi_pesan\n")
    for p in persons(c, r.randint(10, 18), 1945, 2002):
        b.neg(
            "timestamp",
            f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(6, 21):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        )
        b.t("|")
        b.p("phone", r.choice(["62" + p["hp"][1:], p["hp"], "+62" + p["hp"][1:]]))
        b.t("|")
        b.neg(
            "transaction_id",
            f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(10**7, 10**8 - 1)}",
        )
        b.t(
            f"|{r.choice(['DELIVERED', 'DELIVERED', 'FAILED', 'PENDING'])}|Yth {p['name'].split()[0]}, "
        )
        t = r.random()
        if t < 0.4:
            b.t("bansos Anda dapat diambil di Kantor Pos tgl ")
            b.neg("event_date", other_date(c, 2026, 2026, "dmy/"))
            b.t(" bawa KTP & undangan kode ")
            b.neg("registration_number", f"{r.choice('ABCDEFGH')}{r.randint(10000000, 99999999)}")
        elif t < 0.7:
            b.t("data NIK ")
            b.p("nik", p["nik"])
            b.t(" terdaftar DTSEN desil " + str(r.randint(1, 4)))
        else:
            b.t("jadwal vaksin balita di posyandu ")
            b.neg("event_date", other_date(c, 2026, 2026, "dmy-"))
            b.t(". Info: ")
            b.neg("office_phone", office_phone(c))
        b.t("\n")


def g_santunan(b, c):
    r = c.r
    kop(b, c, "Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak", "dinsos")
    b.t("LAMPIRAN KEPUTUSAN KEPALA DINAS SOSIAL\nNomor: ")
    b.neg("letter_number", letter_no(c, "400.9"))
    b.t("\nDAFTAR PENERIMA SANTUNAN KEMATIAN TAHUN ANGGARAN 2026\nKode rekening: ")
    b.neg(
        "account_code",
        f"5.4.01.{r.randint(1, 9):02d}.{r.randint(1, 9):02d}.{r.randint(1, 99):04d}",
    )
    b.t(
        "\n\nNo ¦ Nama Almarhum/ah ¦ NIK Almarhum/ah ¦ Tgl Meninggal ¦ Ahli Waris ¦ NIK Ahli Waris ¦ Tgl Lahir Ahli Waris ¦ Alamat Ahli Waris ¦ Bank ¦ No. Rekening ¦ Besaran\n"
    )
    for j in range(1, r.randint(7, 15)):
        dead, heir = persons(c, 2, 1930, 1990)
        b.t(f"{j} ¦ {dead['name']} ¦ ")
        b.p("nik", write_nik(r, dead["nik"]))
        b.t(" ¦ ")
        b.neg("death_date", other_date(c, 2025, 2026, r.choice(["dmy-", "long", "dmy/"])))
        b.t(f" ¦ {heir['name']} ¦ ")
        b.p("nik", write_nik(r, heir["nik"]))
        b.t(" ¦ ")
        b.p("birth_date", bd(c, heir, r.choice(["dmy-", "long", "dmy/", "dmy."])))
        b.t(" ¦ ")
        addr_p(b, heir)
        bank, acc = c.account()
        b.t(f" ¦ {bank} ¦ ")
        b.p("bank_account", acc)
        b.t(" ¦ ")
        b.neg("amount", r.choice(["Rp 1.000.000", "Rp1.500.000,-", "2.000.000"]))
        b.t("\n")
    sign(b, c, "KEPALA DINAS SOSIAL")


def g_balita_pmt(b, c):
    r = c.r
    b.t(
        f"LAPORAN SASARAN PMT LOKAL BALITA GIZI KURANG\nPosyandu {r.choice(['Melati', 'Kenanga', 'Seroja', 'Teratai'])} {c.vword} {c.village} - Puskesmas {c.district}\nBulan penimbangan: "
    )
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t("\n\n")
    b.t(
        "| No | IDENTITAS BALITA                         || ORANG TUA                      || TEMPAT TINGGAL    || HASIL UKUR     |\n"
    )
    b.t(
        "|    | Nama      | NIK Anak    | Tgl Lhr  | JK  | Nama Ibu | NIK Ibu   | No HP | Dusun/Lingk. | RT/RW | BB | TB | Tgl Ukur |\n"
    )
    b.t(
        "|----|-----------|-------------|----------|-----|----------|-----------|-------|--------------|-------|----|----|----------|\n"
    )
    for j in range(1, r.randint(8, 16)):
        kid = persons(c, 1, 2021, 2025)[0]
        mom = persons(c, 1, 1985, 2004, True)[0]
        b.t(f"| {j} | {kid['name'].split()[0]} | ")
        if r.random() < 0.15:
            b.t("belum ada")
        else:
            b.p("nik", write_nik(r, kid["nik"]))
        b.t(" | ")
        b.p("birth_date", bd(c, kid, r.choice(["dmy2", "dmy-", "dmy/", "dmy."])))
        b.t(f" | {'P' if kid['fem'] else 'L'} | {mom['name']} | ")
        b.p("nik", write_nik(r, mom["nik"]))
        b.t(" | ")
        b.p("phone", write_hp(r, mom["hp"]))
        b.t(" | ")
        a = c.address(short=True).split(" RT")[0].split(",")[0]
        it = b.p("address", a)
        b.t(" | ")
        b.p("address", f"{r.randint(1, 15):02d}/{r.randint(1, 9):02d}", it)
        b.t(f" | {r.randint(60, 130) / 10:.1f} | {r.randint(650, 1050) / 10:.1f} | ")
        b.neg("event_date", other_date(c, 2026, 2026, "dmy2"))
        b.t(" |\n")
    b.t("\nCatatan: pemberian PMT 90 hari, anggaran BOK ")
    b.neg("amount", f"Rp {r.randint(10, 90)}.{r.randint(100, 999)}.000")
    b.t(".\n")


def g_siaran_pers(b, c):
    r = c.r
    b.t("SIARAN PERS\nNomor: ")
    b.neg("letter_number", f"{r.randint(10, 300)}/SP/Diskominfo/{ROMAN[r.randint(0, 11)]}/2026")
    b.t(f"\n\n{c.kname.upper()}, ")
    b.neg("letter_date", other_date(c, 2026, 2026, "long"))
    b.t(" - ")
    p = persons(c, 1, 1950, 2010)[0]
    t = r.randrange(3)
    if t == 0:
        b.t(f"Tim SAR gabungan berhasil menemukan {p['name']} ({2026 - p['d'][0]}), warga ")
        addr_p(b, p)
        b.t(", yang dilaporkan hilang sejak ")
        b.neg("event_date", other_date(c, 2026, 2026, "long"))
        b.t(". Korban yang lahir pada ")
        b.p("birth_date", bd(c, p, r.choice(["long", "dmy-"])))
        b.t(" itu ditemukan dalam keadaan selamat. Keluarga korban dapat dihubungi melalui ")
        b.p("phone", write_hp(r, c.hp()))
        b.t(r.choice([" (kakak korban).", " (suami korban).", " milik anak korban."]))
    elif t == 1:
        b.t(f"Bupati menyerahkan penghargaan kepada {p['name']}, pelajar berprestasi kelahiran ")
        b.p("birth_date", bd(c, p, "long"))
        b.t(", yang meraih medali emas OSN. Siswa yang tinggal di ")
        addr_p(b, p)
        b.t(" ini akan menerima beasiswa melalui rekening ")
        bank, acc = c.account()
        b.t(bank + " ")
        b.p("bank_account", acc)
        b.t(".")
    else:
        b.t(f"Seorang pedagang, {p['name']}, pemilik KTP ")
        b.p("nik", write_nik(r, p["nik"]))
        b.t(", melapor kehilangan paspor nomor ")
        b.p(
            "passport",
            r.choice(
                [c.passport(), c.passport().lower(), c.passport()[:1] + " " + c.passport()[1:]]
            ),
        )
        b.t(" di terminal. Bagi yang menemukan harap menghubungi ")
        b.p("phone", write_hp(r, p["hp"]))
        b.t(" atau mengirim surel ke ")
        b.p("email", write_email(r, p["email"]))
        b.t(".")
    b.t("\n\nKegiatan ini didukung anggaran APBD sebesar ")
    b.neg("amount", f"Rp {r.randint(100, 999)}.{r.randint(100, 999)}.000")
    b.t(".\n\nNarahubung media: Bagian Prokopim, ")
    b.neg("office_phone", office_phone(c))
    b.t(", ")
    b.neg("office_email", office_email(c, "prokopim"))
    b.t("\n###\n")


def g_rsud(b, c):
    r = c.r
    kop(b, c, f"RSUD {c.kname}", "rsud")
    b.t("REKAP PASIEN PENJAMINAN JAMKESDA / SKTM YANG DISETUJUI\nPeriode: ")
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t("\n\n")
    for j, p in enumerate(persons(c, r.randint(6, 13), 1940, 2020), 1):
        b.t(f"{j}) No. RM ")
        b.neg(
            "medical_record",
            f"{r.randint(0, 99):02d}-{r.randint(0, 99):02d}-{r.randint(0, 99):02d}",
        )
        b.t(f", nama: {p['name']}, NIK: ")
        b.p("nik", write_nik(r, p["nik"]))
        b.t(", tgl.lhr: ")
        b.p("birth_date", bd(c, p, r.choice(["dmy-", "dmy/", "dmy2", "short3"])))
        b.t(", no. KIS: ")
        v = c.kis()
        if r.random() < 0.8:
            b.p(
                "bpjs",
                r.choice(
                    [
                        v,
                        f"{v[:4]} {v[4:8]} {v[8:]}",
                        f"{v[:3]}-{v[3:]}",
                        f"{v[:3]} {v[3:7]} {v[7:]}",
                    ]
                ),
            )
        else:
            b.t("belum ada")
        b.t(", alamat: ")
        addr_p(b, p)
        b.t(f", dx: {r.choice(['A09', 'J18.9', 'I10', 'A91', 'O80', 'E11.9'])}, tgl masuk: ")
        b.neg("health_date", other_date(c, 2026, 2026, "dmy-"))
        b.t(", biaya: ")
        b.neg("amount", f"Rp{r.randint(1, 25)}.{r.randint(100, 999)}.{r.randint(100, 999)}")
        if r.random() < 0.5:
            b.t(", VA tagihan ")
            b.neg("payment_code", f"8808{r.randint(10**11, 10**12 - 1)}")
        b.t("\n")
    sign(b, c, "Direktur RSUD")


def g_tender(b, c):
    r = c.r
    kop(b, c, "Dinas Pekerjaan Umum dan Penataan Ruang", "pupr")
    b.t("PENGUMUMAN HASIL PENGADAAN LANGSUNG\nKode RUP: ")
    b.neg("permit", str(r.randint(40000000, 59999999)))
    b.t("  Kode Paket: ")
    b.neg("permit", str(r.randint(9000000, 9999999)))
    b.t("\nPekerjaan: Rehabilitasi Saluran Irigasi Tersier " + c.village + "\nPagu: ")
    b.neg("amount", f"Rp {r.randint(50, 199)}.{r.randint(100, 999)}.000,00")
    b.t("\n\nA. Penyedia badan usaha\n")
    for _ in range(r.randint(2, 3)):
        b.t(
            f"- CV {r.choice(['Karya', 'Bumi', 'Putra', 'Cahaya'])} {r.choice(['Mandiri', 'Sejahtera', 'Abadi', 'Konstruksi'])}, NPWP "
        )
        b.neg("company_npwp", write_npwp(r, c.npwp()))
        b.t(", alamat ")
        b.neg(
            "company_address",
            f"{r.choice(['Jl. Industri', 'Ruko Citra', 'Jl. Bypass'])} No. {r.randint(1, 99)}, {c.kname}",
        )
        b.t(", telp ")
        b.neg("company_phone", office_phone(c))
        b.t(", NIB ")
        b.neg("permit", str(r.randint(9120000000000, 9129999999999)))
        b.t("\n")
    b.t("\nB. Penyedia perorangan (tukang/mandor swakelola)\n")
    for p in persons(c, r.randint(3, 7), 1965, 1998):
        b.t(f"- {p['name']}, NIK ")
        b.p("nik", write_nik(r, p["nik"]))
        b.t(", NPWP ")
        b.p("npwp", write_npwp(r, c.npwp()))
        b.t(", alamat ")
        addr_p(b, p)
        bank, acc = c.account()
        b.t(f", rek. {bank} ")
        b.p("bank_account", acc)
        b.t(", HP ")
        b.p("phone", write_hp(r, p["hp"]))
        b.t(", nilai kontrak ")
        b.neg("amount", f"Rp {r.randint(5, 49)}.{r.randint(100, 999)}.000")
        b.t("\n")
    b.t("\nMasa sanggah berakhir ")
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t(".")
    sign(b, c, "Pejabat Pengadaan")


def g_tora(b, c):
    r = c.r
    b.t(
        f'<section id="tora">\n<h2>Pengumuman Penerima Redistribusi Tanah (TORA) {c.vword} {c.village}</h2>\n<p>Kantor Pertanahan {c.kname}, SK Nomor '
    )
    b.neg(
        "letter_number",
        f"{r.randint(1, 99)}/SK-{c.pcode}.{c.kcode}.HP.02.02/{ROMAN[r.randint(0, 11)]}/2026",
    )
    b.t("</p>\n")
    for p in persons(c, r.randint(5, 10), 1950, 1995):
        b.t('<dl class="penerima">\n  <dt>Nama</dt><dd>' + p["name"] + "</dd>\n  <dt>NIK</dt><dd>")
        b.p("nik", write_nik(r, p["nik"]))
        b.t("</dd>\n  <dt>Tempat/Tgl. Lahir</dt><dd>" + p["pob"] + " / ")
        b.p("birth_date", bd(c, p))
        b.t("</dd>\n  <dt>Alamat</dt><dd>")
        addr_p(b, p)
        b.t("</dd>\n  <dt>NIB Bidang</dt><dd>")
        b.neg(
            "parcel_id",
            f"{c.pcode}.{c.kcode}.{c.dcode}.{r.randint(1, 20):02d}.{r.randint(10000, 99999)}",
        )
        b.t(
            "</dd>\n  <dt>Luas</dt><dd>"
            + f"{r.randint(200, 20000):,}".replace(",", ".")
            + " m&sup2;</dd>\n  <dt>Koordinat</dt><dd>"
        )
        b.neg(
            "coordinate",
            f"{r.choice(['-', ''])}{r.randint(0, 9)}.{r.randint(100000, 999999)}, {r.randint(95, 140)}.{r.randint(100000, 999999)}",
        )
        b.t("</dd>\n</dl>\n")
    b.t("<p>Sanggahan paling lambat ")
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t(" ke loket pelayanan.</p>\n</section>\n")


def g_kpps(b, c):
    r = c.r
    b.t("**PENGUMUMAN**\n**Nomor: ")
    b.neg(
        "letter_number",
        f"{r.randint(1, 99)}/PP.04.1-Pu/{c.pcode}{c.kcode}/{r.randint(1, 12)}/2026",
    )
    b.t(
        f"**\n\nHASIL SELEKSI ADMINISTRASI CALON ANGGOTA PPS {c.vword.upper()} {c.village.upper()}\n\n"
    )
    b.t(
        "| No | No. Registrasi | Nama | Tempat / Tgl Lahir | Alamat | Kontak | Ket |\n|:-:|---|---|---|---|---|:-:|\n"
    )
    for j, p in enumerate(persons(c, r.randint(6, 12), 1970, 2005), 1):
        b.t(f"| {j} | ")
        b.neg("registration_number", f"PPS-{c.pcode}{c.kcode}{c.dcode}-{r.randint(1, 999):04d}")
        b.t(f" | **{p['name']}** | {p['pob']},<br>")
        b.p("birth_date", bd(c, p))
        b.t(" | ")
        a = p["addr"]
        if "," in a and r.random() < 0.5:
            x, y = a.split(",", 1)
            it = b.p("address", x + ",")
            b.t("<br>")
            b.p("address", y.strip(), it)
        else:
            addr_p(b, p)
        b.t(" | ")
        b.p("phone", write_hp(r, p["hp"]))
        b.t("<br>")
        b.p("email", write_email(r, p["email"]))
        b.t(f" | {r.choice(['MS', 'TMS', 'MS'])} |\n")
    b.t("\nTanggapan masyarakat disampaikan ke ")
    b.neg("office_email", f"kpu.{slug(c.kname)}@kpu.go.id")
    b.t(" paling lambat ")
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t(".\n")


def boxes(s):
    return "|" + "|".join(s) + "|"


def g_english_form(b, c):
    r = c.r
    b.t(
        f"REGISTRATION FORM - COMMUNITY WATER SUPPLY PROGRAMME (scanned and transcribed)\nDistrict: {c.kname}, {c.pname}\nProject ref.: "
    )
    b.neg(
        "registration_number",
        f"WASH-{r.randint(2024, 2026)}-{c.pcode}{c.kcode}-{r.randint(100, 999)}",
    )
    b.t("\n\n")
    for k, p in enumerate(persons(c, r.randint(3, 5), 1955, 2000), 1):
        y, m, d = p["d"]
        b.t(f"--- Household {k} ---\nFull name: {p['name']}\nID Card Number (NIK):  ")
        b.p("nik", boxes(p["nik"]) if r.random() < 0.5 else write_nik(r, p["nik"]))
        b.t("\nDate of Birth (MM/DD/YYYY): ")
        b.p("birth_date", r.choice([f"{m:02d}/{d:02d}/{y}", boxes(f"{m:02d}{d:02d}{y}")]))
        b.t("\nResidential Address: ")
        a = p["addr"]
        if r.random() < 0.5:
            a = (
                a.replace("Dusun", "Hamlet")
                .replace("Desa", "Village")
                .replace("Kec.", "Sub-district")
            )
        addr_p(b, {"addr": a})
        b.t("\nMobile: ")
        b.p("phone", write_hp(r, p["hp"]))
        if r.random() < 0.5:
            b.t("\nPassport No. (if any): ")
            b.p("passport", r.choice([c.passport(), c.passport().lower()]))
        b.t("\nBank account for matching grant: ")
        bank, acc = c.account()
        b.t(bank + " ")
        b.p("bank_account", acc)
        b.t("\nDate of interview: ")
        b.neg("event_date", other_date(c, 2026, 2026, r.choice(["en_long", "en_us"])))
        b.t("\n\n")
    b.t("Field office: ")
    b.neg(
        "office_address",
        f"Jl. {r.choice(['Kenari', 'Bougenville', 'Melati'])} No. {r.randint(1, 30)}, {c.kname}",
    )
    b.t(", tel. ")
    b.neg("office_phone", office_phone(c))
    b.t("\n")


def g_ba_penetapan(b, c):
    r = c.r
    b.t(f"BERITA ACARA\nPENETAPAN CALON PERANGKAT {c.vword.upper()} TERPILIH\nNomor: ")
    b.neg("letter_number", letter_no(c, "141"))
    b.t(f"\n\nPada hari ini {r.choice(HARI)}, tanggal ")
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t(
        f", bertempat di Aula {c.vword} {c.village}, Tim Penjaringan dan Penyaringan telah menetapkan:\n\n"
    )
    for k, p in enumerate(persons(c, r.randint(2, 4), 1980, 2003), 1):
        b.t(f"{k}. Saudara/i {p['name']}, lahir di {p['pob']} pada tanggal ")
        b.p("birth_date", bd(c, p, r.choice(["long", "long_up", "long_lower"])))
        b.t(", Nomor Induk Kependudukan ")
        b.p("nik", write_nik(r, p["nik"]))
        b.t(", bertempat tinggal di\n")
        a = p["addr"]
        if "," in a:
            x, y = a.split(",", 1)
            it = b.p("address", x + ",")
            b.t("\n    ")
            b.p("address", y.strip(), it)
        else:
            addr_p(b, p)
        b.t(
            f", dengan nilai akhir {r.randint(60, 95)},{r.randint(0, 99):02d}, sebagai {r.choice(['Sekretaris Desa', 'Kaur Keuangan', 'Kasi Pelayanan', 'Kepala Dusun'])}.\n"
        )
    b.t(
        "\nBerita acara ini dibuat rangkap 3 (tiga). Nilai ujian tertulis diumumkan melalui papan pengumuman; keberatan melalui WA panitia "
    )
    b.neg("office_phone", "08" + str(r.randint(11, 59)) + str(r.randint(1000000, 99999999)))
    b.t(" (nomor sekretariat).\n")
    sign(b, c, "Ketua Tim")


def g_beasiswa(b, c):
    r = c.r
    kop(b, c, "Sekretariat Daerah - Bagian Kesejahteraan Rakyat", "kesra")
    b.t(
        f"LAMPIRAN PENGUMUMAN PENERIMA BEASISWA PEMERINTAH {'KOTA' if c.is_city else 'KABUPATEN'} {c.kname.upper()} JENJANG S1 TAHUN 2026\n\n"
    )
    for j, p in enumerate(persons(c, r.randint(8, 16), 2002, 2007), 1):
        bank, acc = c.account()
        b.t(f"{j}. {p['name'].upper()} (NIM ")
        b.neg(
            "student_number", f"{r.randint(21, 25)}{r.randint(10, 99)}{r.randint(100000, 999999)}"
        )
        b.t(
            f") - {r.choice(['Universitas Negeri', 'Institut', 'Politeknik Negeri'])} {r.choice(['Padang', 'Malang', 'Makassar', 'Medan', 'Kupang', 'Jayapura'])} - IPK {r.randint(300, 400) / 100:.2f} - lahir "
        )
        b.p("birth_date", bd(c, p, r.choice(["dmy-", "long", "iso", "dmy2"])))
        b.t(f" - rek. {bank} ")
        b.p("bank_account", acc)
        b.t(" - ")
        if r.random() < 0.5:
            b.t("domisili ")
            addr_p(b, p)
        else:
            b.t("kode pendaftaran KIP-K: ")
            b.neg("registration_number", f"26{r.randint(10**10, 10**11 - 1)}")
        b.t(f" - Rp{r.choice(['3.000.000', '4.500.000', '6.000.000'])}\n")
    sign(b, c, "Sekretaris Daerah")


def g_ak1(b, c):
    r = c.r
    kop(b, c, "Dinas Tenaga Kerja dan Transmigrasi", "disnakertrans")
    b.t(
        f"PESERTA BURSA KERJA (JOB FAIR) {c.kname.upper()} 2026 - DAFTAR PENCARI KERJA TERVERIFIKASI AK/1\nTempat: "
    )
    b.neg(
        "office_address",
        f"GOR {c.kname}, {r.choice(['Jl. Olahraga', 'Jl. Stadion'])} No. {r.randint(1, 20)}",
    )
    b.t("\n\n")
    companies = []
    for _ in range(r.randint(2, 4)):
        nm = f"PT {r.choice(['Sinar', 'Maju', 'Global', 'Nusantara'])} {r.choice(['Retailindo', 'Agro Lestari', 'Logistik', 'Sawit Jaya'])}"
        companies.append(nm)
        b.t(f"* {nm} - HRD: ")
        b.neg("company_email", f"recruitment@{slug(nm)[2:14]}.co.id")
        b.t(", ")
        b.neg("company_phone", office_phone(c))
        b.t(", alamat ")
        b.neg(
            "company_address",
            f"Kawasan Industri {c.place()} Blok {r.choice('ABCD')}-{r.randint(1, 20)}",
        )
        b.t("\n")
    b.t("\nnama=no_ak1=tgl_lahir=pendidikan=hp=email=alamat=perusahaan_tujuan\n")
    for p in persons(c, r.randint(8, 15), 1990, 2006):
        b.t(p["name"] + " = ")
        b.neg(
            "registration_number",
            f"{c.pcode}{c.kcode}/AK1/{ROMAN[r.randint(0, 11)]}/2026/{r.randint(1, 99999):05d}",
        )
        b.t(" = ")
        b.p("birth_date", bd(c, p, r.choice(["dmy-", "dmy/", "long", "ddmmyyyy_sp"])))
        b.t(f" = {r.choice(['SMA', 'SMK', 'D3', 'S1', 'SMP'])} = ")
        b.p("phone", write_hp(r, p["hp"]))
        b.t(" = ")
        b.p("email", write_email(r, p["email"]))
        b.t(" = ")
        addr_p(b, p)
        b.t(f" = {r.choice(companies)}\n")
    b.t("\nKartu AK/1 berlaku 2 tahun sejak ")
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t(".\n")


def g_phk_lapor(b, c):
    r = c.r
    kop(b, c, "Dinas Tenaga Kerja", "disnaker")
    b.t(
        "REKAPITULASI LAPORAN PEMUTUSAN HUBUNGAN KERJA (PHK) DAN KLAIM JAMINAN KEHILANGAN PEKERJAAN\nTriwulan "
        + ROMAN[r.randint(0, 3)]
        + " 2026\n\n"
    )
    comp = f"PT {r.choice(['Tekstil', 'Garmen', 'Kayu', 'Perikanan'])} {r.choice(['Prima', 'Utama', 'Samudera'])}"
    b.t(f"Perusahaan: {comp}; NPP BPJS TK: ")
    b.neg("registration_number", f"{r.randint(10000000, 99999999)}")
    b.t("; NPWP badan ")
    b.neg("company_npwp", write_npwp(r, c.npwp()))
    b.t("\n\n")
    b.t(
        f"{'NO':<4}{'NAMA PEKERJA':<30}{'NO. KPJ':<16}{'NIK':<22}{'TGL LAHIR':<14}{'TGL PHK':<14}{'NO HP':<18}\n"
    )
    for j, p in enumerate(persons(c, r.randint(8, 16), 1970, 2003), 1):
        b.t(f"{j:<4}{p['name'][:28]:<30}")
        v = c.kpj()
        s = r.choice([v, f"{v[:2]} {v[2:]}", f"{v[:3]}-{v[3:7]}-{v[7:]}"])
        b.p("bpjs", s)
        b.t(" " * max(1, 16 - len(s)))
        n = write_nik(r, p["nik"], 0.1)
        b.p("nik", n)
        b.t(" " * max(1, 22 - len(n)))
        s = bd(c, p, r.choice(["dmy/", "dmy-", "dmy."]))
        b.p("birth_date", s)
        b.t(" " * max(1, 14 - len(s)))
        s = other_date(c, 2026, 2026, r.choice(["dmy/", "dmy-", "dmy."]))
        b.neg("event_date", s)
        b.t(" " * max(1, 14 - len(s)))
        b.p("phone", write_hp(r, p["hp"], 0.05))
        b.t("\n")
    sign(b, c, "Kepala Bidang Hubungan Industrial")


def g_notulen_pps(b, c):
    """Minutes of a Bawaslu/KPU coordination meeting with a cc list and a quoted complaint."""
    r = c.r
    b.t(f"NOTULA RAPAT PLENO TERBUKA REKAPITULASI DPHP\nPPK {c.district} | ")
    b.neg("event_date", other_date(c, 2026, 2026, "long"))
    b.t(
        f" | pukul 09.{r.randint(10, 59)} - selesai\n\n1. Pembukaan oleh Ketua PPK.\n2. Jumlah pemilih: L "
    )
    b.neg("amount", f"{r.randint(5000, 15000):,}".replace(",", "."))
    b.t(", P ")
    b.neg("amount", f"{r.randint(5000, 15000):,}".replace(",", "."))
    b.t(".\n3. Tanggapan/keberatan saksi:\n")
    for p in persons(c, r.randint(3, 6), 1940, 2008):
        b.t(f"   - saksi menyampaikan bahwa a.n. {p['name']} ")
        t = r.random()
        if t < 0.5:
            b.t("(NKK ")
            b.p("kk", write_nik(r, p["kk"]))
            b.t(") tercatat ganda di TPS ")
            b.neg("polling_station", f"{r.randint(1, 30):03d}")
            b.t(" dan di alamat ")
            addr_p(b, p)
        else:
            b.t("dengan tgl lahir ")
            b.p("birth_date", bd(c, p, r.choice(["dmy-", "long", "ddmmyyyy_sp", "dmy_odd"])))
            b.t(" tercatat berusia di bawah 17 th; koreksi sesuai KTP-el NIK ")
            b.p("nik", write_nik(r, p["nik"]))
        b.t(";\n")
    b.t("4. Berita acara ditandatangani, Model A-Rekap DPHP Nomor ")
    b.neg("letter_number", f"{r.randint(1, 200)}/PL.02.1-BA/{c.pcode}{c.kcode}/2026")
    b.t(".\n\nNotulis,\n" + c.person()[0] + "\n")


def g_paspor(b, c):
    r = c.r
    kop(b, c, "Dinas Tenaga Kerja", "disnaker")
    b.t(
        "DAFTAR REKOMENDASI PENGGANTIAN PASPOR CALON PEKERJA MIGRAN INDONESIA (CPMI)\nTujuan penempatan: "
    )
    b.t(
        r.choice(["Malaysia", "Taiwan", "Hong Kong", "Korea Selatan", "Jepang", "Arab Saudi"])
        + "\n\n"
    )
    b.t(
        "NO  NAMA / NIK / TTL                                   PASPOR LAMA -> BARU        ALAMAT / HP\n"
    )
    for j, p in enumerate(persons(c, r.randint(6, 12), 1978, 2004), 1):
        b.t(f"{j:<3} {p['name']:<24} NIK ")
        b.p("nik", write_nik(r, p["nik"], 0.08))
        b.t("   ")
        old = c.passport()
        b.p("passport", r.choice([old, old.lower(), old[0] + " " + old[1:]]))
        b.t(" -> ")
        b.p("passport", c.passport())
        b.t("   ")
        addr_p(b, p)
        b.t(f"\n    {p['pob']}, ")
        b.p("birth_date", bd(c, p, r.choice(["dmy-", "long", "short3", "dmy."])))
        b.t("   ID CPMI ")
        b.neg(
            "registration_number",
            f"{r.choice(['CPMI', 'SIP2MI'])}-{c.pcode}{c.kcode}-{r.randint(2025, 2026)}-{r.randint(1, 99999):05d}",
        )
        b.t("   berangkat ")
        b.neg("event_date", other_date(c, 2026, 2026, r.choice(["dmy-", "long"])))
        b.t("   HP ")
        b.p("phone", write_hp(r, p["hp"]))
        b.t("\n")
    b.t("\nP3MI: PT ")
    b.t(r.choice(["Sinar Jaya Abadi", "Bina Tenaga Mandiri", "Amanah Karya"]) + ", izin ")
    b.neg("permit", f"{r.randint(1, 999)} Tahun {r.randint(2019, 2024)}")
    b.t(", telp ")
    b.neg("company_phone", office_phone(c))
    b.t("\n")
    sign(b, c, "Kepala Dinas")


GENRES = [
    ("rekom_paspor", g_paspor, 8),
    ("putusan_ki", g_putusan_ki, 9),
    ("sengketa_register", g_sengketa_register, 8),
    ("dps_tanggapan", g_dps_tanggapan, 9),
    ("bawaslu_lhp", g_bawaslu, 8),
    ("baznas_html", g_baznas, 9),
    ("access_log", g_access_log, 8),
    ("pppk_hasil", g_cpns, 9),
    ("wisuda", g_wisuda, 8),
    ("xml_siak", g_xml_siak, 8),
    ("akta_register", g_akta_register, 9),
    ("telegram_json", g_telegram_json, 9),
    ("mbox_email", g_mbox, 10),
    ("zoom_notulen", g_zoom, 8),
    ("vcard_kader", g_vcard, 8),
    ("sms_log", g_sms_log, 8),
    ("santunan_kematian", g_santunan, 8),
    ("balita_pmt", g_balita_pmt, 9),
    ("siaran_pers", g_siaran_pers, 12),
    ("rsud_jamkesda", g_rsud, 8),
    ("pengadaan_langsung", g_tender, 8),
    ("tora_dl", g_tora, 8),
    ("pps_seleksi_md", g_kpps, 8),
    ("english_form", g_english_form, 8),
    ("ba_penetapan", g_ba_penetapan, 8),
    ("beasiswa_paragraf", g_beasiswa, 8),
    ("ak1_jobfair", g_ak1, 8),
    ("phk_jkp", g_phk_lapor, 8),
    ("notula_pleno", g_notulen_pps, 8),
]


def main():
    rnd = random.Random(SEED)
    out = []
    n = 0
    for gname, fn, count in GENRES:
        for i in range(count):
            prov = (n * 7 + i) % 38
            c = Ctx(random.Random(rnd.randint(0, 2**31)), prov)
            tid = f"h6-{n:03d}"
            b = B(tid)
            fn(b, c)
            text = b.text()
            for s in b.spans + b.negs:
                assert 0 <= s["start"] < s["end"] <= len(text)
            out.append(
                {
                    "id": tid,
                    "genre": gname,
                    "region": f"{c.pname} / {c.kname} / {c.district}",
                    "text": text,
                    "spans": b.spans,
                    "negatives": b.negs,
                }
            )
            n += 1
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter

    items = Counter()
    seen = set()
    for rec in out:
        for s in rec["spans"]:
            if s["item"] not in seen:
                seen.add(s["item"])
                items[s["kind"]] += 1
    negs = Counter(nn["kind"] for rec in out for nn in rec["negatives"])
    print(len(out), "texts", sum(len(r["text"]) for r in out), "chars")
    print("items", sum(items.values()), dict(sorted(items.items())))
    print("negatives", sum(negs.values()), dict(sorted(negs.items())))


if __name__ == "__main__":
    main()
