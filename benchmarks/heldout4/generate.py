"""Generate benchmarks/heldout4/corpus.jsonl (seeded, byte-for-byte reproducible).

.venv/bin/python benchmarks/heldout4/generate.py
"""

# ruff: noqa: E501, B007, B905, S311, F841
# A seeded corpus generator: long template lines, reproducible (non-crypto) randomness.

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    BULAN,
    COMPANY_NAMES,
    COMPANY_PREFIX,
    HARI,
    OFFICE_STREETS,
    PASARAN,
    PERUM,
    REGIONS,
    SCHOOLS,
    STREETS,
    Doc,
    Person,
    Region,
    amount,
    event_date,
    fmt_group,
    letter_number,
    luhn_digit,
    nip,
    office_phone,
    timestamp,
    w_account,
    w_date,
    w_email,
    w_nik,
    w_nip,
    w_phone,
)
from layouts import table  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 20261207_4
PCODES = [p["code"] for p in REGIONS]


# ---- shared pieces --------------------------------------------------------------------------
def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def kop(d, r, reg, office):
    """Letterhead: office name, address, landline, e-mail, website; all hard negatives."""
    d.t(
        ("PEMERINTAH KOTA " if reg.kota else "PEMERINTAH KABUPATEN ")
        + reg.reg_short.upper()
        + "\n"
    )
    d.t(office.upper() + "\n")
    d.t("Alamat: ")
    d.neg("office_address", f"{r.choice(OFFICE_STREETS)} No. {r.randint(1, 150)}, {reg.dist}")
    d.t(" Kode Pos ")
    d.neg("postal_code", str(r.randint(20, 99)) + f"{r.randint(0, 999):03d}")
    d.t("\nTelp. ")
    d.neg("office_phone", office_phone(r))
    if r.random() < 0.5:
        d.t(" Fax. ")
        d.neg("office_phone", office_phone(r))
    dom = slug(reg.reg_short) + ("kota" if reg.kota else "kab") + ".go.id"
    short = slug(office.split()[0] + (office.split()[1] if len(office.split()) > 1 else ""))[:10]
    if (
        "desa" in office.lower()
        or "kalurahan" in office.lower()
        or "kampung" in office.lower()
        or "nagari" in office.lower()
    ):
        em = r.choice(
            [
                f"pemdes.{slug(reg.village)}@gmail.com",
                f"{slug(reg.village)}.desa@yahoo.co.id",
                f"desa{slug(reg.village)}@{slug(reg.reg_short)}kab.go.id",
            ]
        )
        web = f"{slug(reg.village)}.desa.id"
    else:
        em = f"{short}@{dom}"
        web = f"https://{short}.{dom}"
    d.t(" Pos-el: ")
    d.neg("office_email", em)
    d.t(" Laman: ")
    d.neg("website", web)
    if r.random() < 0.45:
        d.t("\nWA Layanan: ")
        d.neg(
            "office_phone",
            w_phone(
                r,
                r.choice(["0811", "0812", "0813", "0821", "0852"])
                + str(r.randint(10**7, 10**8 - 1)),
            ),
        )
    d.t("\n" + "=" * r.choice([60, 72, 80]) + "\n\n")


def officer(r, female=None):
    female = r.random() < 0.4 if female is None else female
    from common import FAMILY, FEMALE, MALE

    nm = (r.choice(FEMALE) if female else r.choice(MALE)) + " " + r.choice(FAMILY)
    tit = r.choice(["", "Drs. ", "Ir. ", "H. ", "dr. "])
    suf = r.choice(
        ["", ", S.Sos", ", S.E., M.M.", ", S.H.", ", S.IP, M.Si", ", S.Kep., Ns.", ", S.Pd."]
    )
    return tit + nm + suf, female


def village_head(reg):
    return (
        {
            "Kelurahan": "Lurah",
            "Kalurahan": "Lurah",
            "Nagari": "Wali Nagari",
            "Gampong": "Keuchik",
            "Pekon": "Kepala Pekon",
            "Negeri": "Raja Negeri",
            "Kampung": "Kepala Kampung",
        }.get(reg.village_word, "Kepala " + reg.village_word)
        + " "
        + reg.village
    )


def sign(d, r, reg, role, with_nip=True, place=None):
    d.t("\n" + " " * 40 + f"{place or reg.reg_short}, ")
    d.neg("letter_date", w_date(r, event_date(r, 2026), ["dBY", "dmy-", "dbY"]))
    d.t("\n" + " " * 40 + role + ",\n\n" + " " * 40 + "ttd\n\n")
    nm, fem = officer(r)
    d.t(" " * 40 + nm + "\n")
    if with_nip:
        d.t(" " * 40 + r.choice(["NIP. ", "NIP ", "NIP: "]))
        d.neg("nip_official", w_nip(r, nip(r, fem)))
        d.t("\n")


def rtrw(r, p, style=None):
    style = style if style is not None else r.randint(0, 6)
    return [
        f"RT {p.rt:03d}/RW {p.rw:03d}",
        f"RT.{p.rt:02d} RW.{p.rw:02d}",
        f"Rt. {p.rt} Rw. {p.rw}",
        f"RT {p.rt:02d}/{p.rw:02d}",
        f"{p.rt:03d}/{p.rw:03d}",
        f"RT {p.rt}",
        f"RT{p.rt:02d}/RW{p.rw:02d}",
    ][style]


def unit_part(r, reg, p):
    u = reg.unit
    if not u:
        return ""
    if u == "Banjar":
        return r.choice(["Banjar Dinas ", "Br. ", "Banjar "]) + p.unit_name
    if u == "Kp.":
        return r.choice(["Kp. ", "Kampung "]) + p.unit_name
    if u == "Jaga":
        return f"Jaga {r.choice(['I', 'II', 'III', 'IV', 'V', 'VI'])}"
    if u == "Lingkungan":
        return r.choice(
            [
                f"Lingkungan {p.unit_name}",
                f"Lingk. {r.choice(['I', 'II', 'III', 'IV'])}",
                f"Ling. {p.unit_name}",
            ]
        )
    if u == "Dusun":
        return r.choice(["Dusun ", "Dsn. ", "Dsn "]) + p.unit_name
    return f"{u} {p.unit_name}"


def address(r, reg, p, level=None):
    """A private person's address in the local style."""
    level = r.randint(0, 5) if level is None else level
    parts = []
    if r.random() < 0.2:
        parts.append(f"{r.choice(STREETS)} No. {r.randint(1, 140)}")
    elif r.random() < 0.08:
        parts.append(
            f"{r.choice(PERUM)} Blok {r.choice('ABCDEFGH')}{r.randint(1, 9)}/{r.randint(1, 30)}"
        )
    up = unit_part(r, reg, p)
    if up:
        parts.append(up)
    if reg.prov["code"] != "51" or r.random() < 0.5:
        parts.append(rtrw(r, p))
    if level >= 2 or not up:
        vw = reg.village_word
        vshort = {
            "Desa": r.choice(["Desa", "Ds.", "Desa"]),
            "Kelurahan": r.choice(["Kel.", "Kelurahan"]),
        }.get(vw, vw)
        parts.append(f"{vshort} {p.village}")
    if level >= 4:
        parts.append(
            f"{'Kec.' if reg.district_word == 'Kecamatan' else reg.district_word} {reg.dist}"
        )
    sep = r.choice([", ", " ", ", "])
    return sep.join(parts)


def split_address(r, reg, p, d_item=None):
    """(unit, rt, rw) cells of one address item for tables with Dusun | RT | RW columns."""
    up = unit_part(r, reg, p) or f"{reg.village_word} {p.village}"
    return (
        up,
        f"{p.rt:03d}" if r.random() < 0.5 else str(p.rt),
        f"{p.rw:03d}" if r.random() < 0.5 else str(p.rw),
    )


def ttl(r, p, styles=None):
    return p.birthplace, w_date(r, p.birth, styles)


def people(r, reg, n, **kw):
    return [Person(r, reg, **kw) for _ in range(n)]


def addr_cells(d, r, reg, p, split):
    if split:
        u, rt, rw = split_address(r, reg, p)
        it = d.item("address")
        return [("address", u, it), ("address", rt, it), ("address", rw, it)]
    return [("address", address(r, reg, p))]


# ---- genres ---------------------------------------------------------------------------------
def g_ppdb(d, r, reg):
    school = f"{r.choice(SCHOOLS)} {reg.dist}"
    kop(d, r, reg, "Dinas Pendidikan dan Kebudayaan\n" + school.upper())
    d.t("NPSN: ")
    d.neg("npsn", str(r.randint(10000000, 69999999)))
    d.t("  Akreditasi: A\n\n")
    jalur = r.choice(["ZONASI", "AFIRMASI", "DOMISILI", "PERPINDAHAN TUGAS ORANG TUA"])
    d.t(
        f"PENGUMUMAN HASIL SELEKSI PENERIMAAN MURID BARU (SPMB/PPDB) JALUR {jalur}\nTAHUN AJARAN 2026/2027\nNomor: "
    )
    d.neg("letter_number", letter_number(r, "SPMB"))
    d.t(
        "\n\nBerdasarkan hasil verifikasi berkas dan perhitungan jarak domisili, calon murid berikut dinyatakan DITERIMA:\n\n"
    )
    split = r.random() < 0.3
    header = ["No. Daftar", "Nama Calon Murid", "Tempat Lahir", "Tgl Lahir"]
    header += ["Dusun", "RT", "RW"] if split else ["Alamat Domisili"]
    header += ["Jarak (m)", "No. KK", "HP Orang Tua"]
    if jalur == "AFIRMASI":
        header.append("No. KKS/KIP")
    rows = []
    for k in range(r.randint(10, 18)):
        p = Person(r, reg, age=r.choice([6, 7, 12, 13, 15, 16]))
        par = Person(r, reg)
        row = [
            (
                "-registration_number",
                f"{2026}{r.choice(['01', '02', '03'])}{r.randint(1, 9999):05d}",
            ),
            p.name,
            p.birthplace,
            ("birth_date", w_date(r, p.birth)),
        ]
        row += addr_cells(d, r, reg, p, split)
        row += [
            ("-amount", f"{r.randint(80, 4900):,}".replace(",", ".")),
            ("kk", w_nik(r, p.kk)),
            ("phone", w_phone(r, par.phone)),
        ]
        if jalur == "AFIRMASI":
            row.append(("kks", fmt_group(par.kks, [4, 4, 4, 4], r.choice([" ", "", "-"]))))
        rows.append(row)
    table(d, r, header, rows, r.choice(["box", "ragged", "html_label", "rowsplit", "quoted"]))
    d.t("\nDaftar ulang dilaksanakan tanggal ")
    d.neg("event_date", w_date(r, event_date(r, 2026), ["dBY", "dmy/"]))
    d.t(" pukul 08.00 s.d. 12.00 di ruang TU. Informasi: ")
    d.neg("office_phone", office_phone(r))
    d.t(".\n")
    sign(d, r, reg, "Kepala Sekolah")


def g_ptsl(d, r, reg):
    kop(d, r, reg, f"Pemerintah {reg.village_word} {reg.village}\n{reg.district_word} {reg.dist}")
    d.t(
        "PENGUMUMAN DATA FISIK DAN DATA YURIDIS\nPENDAFTARAN TANAH SISTEMATIS LENGKAP (PTSL) TAHUN 2026\n"
    )
    d.t("Nomor: ")
    d.neg("letter_number", letter_number(r, "PTSL"))
    d.t("\n\nDiumumkan selama 14 (empat belas) hari kalender sejak ")
    d.neg("event_date", w_date(r, event_date(r, 2026), ["dBY"]))
    d.t(" sesuai Pasal 24 ")
    d.neg("regulation", "Peraturan Menteri ATR/Kepala BPN Nomor 6 Tahun 2018")
    d.t(". Keberatan disampaikan ke Puldatan di kantor desa.\n\n")
    header = [
        "No. Berkas",
        "NIB",
        "Nama Pemegang Hak",
        "NIK",
        "Alamat Pemegang Hak",
        "Letak (Blok/Persil)",
        "Luas (m2)",
        "Alas Hak",
        "Telepon",
    ]
    rows = []
    for k in range(r.randint(10, 16)):
        p = Person(r, reg)
        nib = f"{reg.prov['code']}.{reg.reg['code']}.{reg.dist_code}.{r.randint(1, 20):02d}.{r.randint(1, 9999):05d}"
        row = [
            ("-registration_number", f"{r.randint(1, 3000)}/PTSL/2026"),
            ("-land_parcel_id", nib),
            p.name,
            ("nik", w_nik(r, p.nik)),
            ("address", address(r, reg, p, r.randint(1, 3))),
            ("-parcel_ref", f"Blok {r.randint(1, 40):03d} Persil {r.randint(1, 300)}"),
            ("-amount", f"{r.randint(60, 9000):,}".replace(",", ".")),
            (
                "-parcel_ref",
                r.choice(
                    [
                        f"Letter C No. {r.randint(1, 2000)}",
                        f"SPPT {r.randint(1, 999)}",
                        f"Girik C.{r.randint(1, 900)}",
                        "Akta Hibah",
                    ]
                ),
            ),
            ("phone", w_phone(r, p.phone)) if r.random() < 0.7 else "",
        ]
        rows.append(row)
    table(d, r, header, rows, r.choice(["json", "rowsplit", "transposed", "box", "ragged"]))
    sign(d, r, reg, "Ketua Panitia Ajudikasi PTSL", with_nip=True)


def g_bencana(d, r, reg):
    kop(d, r, reg, "Badan Penanggulangan Bencana Daerah")
    ev = r.choice(
        [
            "BANJIR BANDANG",
            "TANAH LONGSOR",
            "GEMPA BUMI",
            "ANGIN PUTING BELIUNG",
            "KEBAKARAN PERMUKIMAN",
        ]
    )
    d.t(
        f"LAPORAN SITUASI (SITREP) KE-{r.randint(1, 9)}\nKEJADIAN {ev} DI {reg.district_word.upper()} {reg.dist.upper()}\n"
    )
    d.t("Waktu kejadian: ")
    d.neg("timestamp", timestamp(r))
    d.t("\nKoordinat: ")
    d.neg("coordinate", f"{r.uniform(-9, 4):.5f}, {r.uniform(95, 140):.5f}")
    if ev == "GEMPA BUMI":
        d.t(f" (M {r.uniform(4.5, 6.9):.1f}, kedalaman {r.randint(5, 60)} km)")
    d.t("\nPosko utama: Balai Desa ")
    d.t(reg.village + ", kontak posko ")
    d.neg("office_phone", w_phone(r, "0813" + str(r.randint(10**7, 10**8 - 1))))
    d.t(" / Pusdalops ")
    d.neg("office_phone", office_phone(r))
    d.t("\n\nA. DATA KORBAN JIWA DAN PENGUNGSI\n")
    split = r.random() < 0.4
    header = (
        ["Nama", "NIK", "No. KK", "L/P", "Umur"]
        + (["Dusun", "RT", "RW"] if split else ["Alamat"])
        + ["Kondisi", "Lokasi Pengungsian"]
    )
    rows = []
    for k in range(r.randint(3, 6)):
        head = Person(r, reg)
        fam = [head] + [Person(r, reg, village=head.village) for _ in range(r.randint(0, 3))]
        for q, p in enumerate(fam):
            p.rt, p.rw, p.unit_name = head.rt, head.rw, head.unit_name
            nikc = ("nik", w_nik(r, p.nik)) if r.random() < 0.85 else "belum rekam"
            row = [
                p.name,
                nikc,
                ("kk", w_nik(r, head.kk)) if q == 0 else "idem",
                "P" if p.female else "L",
                str(p.age),
            ]
            row += addr_cells(d, r, reg, p, split)
            row += [
                r.choice(
                    ["Luka ringan", "Luka berat (RSUD)", "Mengungsi", "Meninggal dunia", "Hilang"]
                ),
                (
                    "-office_address",
                    r.choice(
                        [
                            "Masjid Al-Ikhlas",
                            "SD Negeri 2",
                            "Balai Desa",
                            "Gereja GPIB",
                            "Tenda BNPB Lapangan",
                        ]
                    )
                    + f" {reg.village}",
                ),
            ]
            rows.append(row)
    table(d, r, header, rows, r.choice(["box", "ragged", "html_label", "quoted", "rowsplit"]))
    d.t("\nB. KERUSAKAN: rumah rusak berat ")
    d.neg("amount", str(r.randint(3, 90)))
    d.t(" unit; taksiran kerugian ")
    d.neg("amount", amount(r, 10**8, 9 * 10**9))
    d.t(
        ".\nC. KEBUTUHAN MENDESAK: selimut, air bersih, obat-obatan. Bantuan dapat dikirim ke rekening BPBD "
    )
    d.neg(
        "office_account", f"{r.randint(100, 999)}.{r.randint(10, 99)}.{r.randint(100000, 999999)}"
    )
    d.t(".\n")
    sign(d, r, reg, "Kepala Pelaksana BPBD")


def g_mediasi(d, r, reg):
    kop(d, r, reg, f"Pemerintah {reg.village_word} {reg.village}\n{reg.district_word} {reg.dist}")
    topic = r.choice(
        [
            "SENGKETA BATAS TANAH",
            "PEMBAGIAN WARIS",
            "UTANG PIUTANG",
            "KERUSAKAN TANAMAN OLEH TERNAK",
        ]
    )
    d.t(f"BERITA ACARA PERDAMAIAN (MEDIASI) {topic}\nNomor: ")
    d.neg("letter_number", letter_number(r, "Pem"))
    day = event_date(r, 2026)
    d.t(f"\n\nPada hari ini {r.choice(HARI)} tanggal ")
    d.neg("event_date", w_date(r, day, ["dBY"]))
    d.t(
        f" bertempat di Balai {reg.village_word} {reg.village}, telah dilaksanakan mediasi antara:\n\n"
    )
    pa, pb = Person(r, reg), Person(r, reg)
    for lab, p in (("PIHAK I", pa), ("PIHAK II", pb)):
        prose = r.random() < 0.5
        if prose:
            d.t(f"{lab}: Sdr. {p.name}, lahir di {p.birthplace} pada tanggal ")
            d.p("birth_date", w_date(r, p.birth))
            d.t(f", pekerjaan {p.occupation.lower()}, pemegang KTP NIK ")
            d.p("nik", w_nik(r, p.nik))
            d.t(", bertempat tinggal di ")
            d.p("address", address(r, reg, p, 4))
            d.t(", nomor telepon ")
            d.p("phone", w_phone(r, p.phone))
            d.t(";\n")
        else:
            d.t(f"{lab}\n")
            for k, v in (
                ("Nama", p.name),
                ("NIK", ("nik", w_nik(r, p.nik))),
                ("Tempat/Tgl. Lahir", None),
                ("Pekerjaan", p.occupation),
                ("Alamat", ("address", address(r, reg, p, 3))),
            ):
                d.t(f"  {k:<18}: ")
                if v is None:
                    d.t(p.birthplace + ", ")
                    d.p("birth_date", w_date(r, p.birth))
                else:
                    d.put(v)
                d.t("\n")
    d.t("\nDisaksikan oleh Kepala Dusun dan Bhabinkamtibmas ")
    d.t(f"Bripka {r.choice(['Andi', 'Yosef', 'Rahmat'])} (NRP ")
    d.neg("nrp_official", str(r.randint(70000000, 99999999)))
    d.t("), para pihak sepakat:\n1. PIHAK I membayar ganti rugi sebesar ")
    d.neg("amount", amount(r, 500_000, 60_000_000))
    d.t(" secara ")
    if r.random() < 0.6:
        d.t(f"transfer ke rekening {pb.bank} atas nama PIHAK II nomor ")
        d.p("bank_account", w_account(r, pb.account))
    else:
        d.t("tunai di hadapan mediator")
    d.t(" paling lambat ")
    d.neg("event_date", w_date(r, day + timedelta(days=30), ["dBY", "dmy-"]))
    d.t(".\n2. Batas tanah ditetapkan sesuai patok baru pada ")
    d.neg("coordinate", f"{r.uniform(-8, 3):.6f}, {r.uniform(96, 135):.6f}")
    d.t(".\n3. Apabila ingkar, perkara diajukan ke Pengadilan Negeri (register perkara serupa: ")
    d.neg(
        "case_number", f"{r.randint(1, 250)}/Pdt.G/{r.choice([2024, 2025])}/PN {reg.reg_short[:3]}"
    )
    d.t(").\n\nSAKSI-SAKSI:\n")
    for k in range(r.randint(2, 3)):
        s = Person(r, reg)
        d.t(f"{k + 1}. {s.name}, NIK ")
        d.p("nik", w_nik(r, s.nik))
        d.t(", " + r.choice(["alamat ", "warga ", "tinggal di "]))
        d.p("address", address(r, reg, s, r.randint(0, 2)))
        d.t("\n")
    sign(d, r, reg, village_head(reg) + " selaku Mediator", with_nip=False)


def g_lowongan(d, r, reg):
    kop(d, r, reg, "Dinas Tenaga Kerja dan Transmigrasi")
    d.t("HASIL SELEKSI BURSA KERJA (JOB FAIR) - PELAMAR DIPANGGIL WAWANCARA\n\n")
    for c in range(r.randint(2, 3)):
        comp = f"{r.choice(COMPANY_PREFIX)} {r.choice(COMPANY_NAMES)}"
        d.t(f"Perusahaan: {comp}; alamat ")
        d.neg("company_address", f"{r.choice(STREETS)} No. {r.randint(1, 200)}, {reg.reg_short}")
        d.t("; HRD ")
        d.neg("company_email", f"hrd@{slug(comp.split(' ', 1)[1])}.co.id")
        d.t(" / ")
        d.neg("company_phone", office_phone(r))
        d.t(
            f"\nPosisi: {r.choice(['Operator Produksi', 'Admin Gudang', 'Staf Keuangan', 'Sales Lapangan', 'Teknisi Listrik'])}; jadwal wawancara "
        )
        d.neg("timestamp", timestamp(r))
        d.t("\n")
        header = ["No. Peserta", "Nama", "Tgl Lahir", "Pendidikan", "E-mail", "No. WhatsApp"]
        rows = []
        for k in range(r.randint(6, 10)):
            p = Person(r, reg, age=r.randint(18, 35))
            rows.append(
                [
                    ("-registration_number", f"JF26-{r.randint(1, 9999):04d}"),
                    p.name,
                    ("birth_date", w_date(r, p.birth)),
                    r.choice(["SMA", "SMK", "D3", "S1"]),
                    ("email", w_email(r, p.email)),
                    ("phone", w_phone(r, p.phone)),
                ]
            )
        table(d, r, header, rows, r.choice(["bullets", "quoted", "box", "ragged", "html_label"]))
        d.t("\n")
    d.t("Peserta wajib membawa kartu AK/1 (kartu kuning) dan CV. Pertanyaan: ")
    d.neg("office_email", f"bursakerja@{slug(reg.reg_short)}kab.go.id")
    d.t("\n")
    sign(d, r, reg, "Kepala Bidang Penempatan Tenaga Kerja")


def quote_message(r, reg, d, p):
    """The citizen's own words, quoted in a reply."""
    bits = [
        lambda: (d.t(f"Saya {p.name}, NIK "), d.p("nik", w_nik(r, p.nik)), d.t(", ")),
        lambda: (d.t("warga "), d.p("address", address(r, reg, p, 2)), d.t(". ")),
        lambda: (
            d.t("Saya sudah terdaftar di DTKS dengan nomor KK "),
            d.p("kk", w_nik(r, p.kk)),
            d.t(" tapi "),
        ),
        lambda: (
            d.t("bantuan PKH tidak masuk ke rekening saya "),
            d.p("bank_account", w_account(r, p.account)),
            d.t(" sejak tahap 2. "),
        ),
        lambda: (
            d.t("Anak saya lahir tgl "),
            d.p(
                "birth_date",
                w_date(r, date(r.randint(2010, 2022), r.randint(1, 12), r.randint(1, 28))),
            ),
            d.t(" belum dapat KIS. "),
        ),
        lambda: (
            d.t("Kartu KIS saya no "),
            d.p("bpjs", fmt_group(p.bpjs, [4, 4, 5], r.choice([" ", "", "-"]))),
            d.t(" dinonaktifkan. "),
        ),
        lambda: (
            d.t("Mohon hubungi saya di "),
            d.p("phone", w_phone(r, p.phone)),
            d.t(" atau email "),
            d.p("email", w_email(r, p.email)),
            d.t(". "),
        ),
    ]
    order = [0, 1] + r.sample([2, 3, 4, 5], r.randint(1, 3)) + [6]
    for i in order:
        bits[i]()


def g_balasan(d, r, reg):
    office = r.choice(
        [
            "Dinas Sosial",
            "Dinas Kependudukan dan Pencatatan Sipil",
            "Dinas Kesehatan",
            "Kecamatan " + reg.dist,
        ]
    )
    kop(d, r, reg, office)
    p = Person(r, reg)
    d.t("Nomor   : ")
    d.neg("letter_number", letter_number(r, "Dinsos"))
    d.t("\nSifat   : Biasa\nPerihal : Tanggapan atas Pengaduan\n\nYth. ")
    d.t(("Ibu " if p.female else "Bapak ") + p.name + "\n")
    if r.random() < 0.7:
        d.p("address", address(r, reg, p, 4))
        d.t("\n")
    d.t("di tempat\n\n")
    d.t("Menindaklanjuti pengaduan Saudara melalui SP4N-LAPOR! nomor tiket ")
    d.neg("registration_number", f"#{r.choice(['LAPOR', 'LPR', ''])}{r.randint(1000000, 9999999)}")
    d.t(" tanggal ")
    d.neg("timestamp", timestamp(r))
    d.t(", yang pada pokoknya menyampaikan:\n\n\u201c")
    quote_message(r, reg, d, p)
    d.t("\u201d\n\nBersama ini kami sampaikan bahwa ")
    d.t(
        r.choice(
            [
                "data Saudara telah kami verifikasi pada aplikasi SIKS-NG dan diusulkan kembali pada periode berikutnya",
                "kepesertaan Saudara telah diaktifkan kembali mulai bulan depan",
                "permasalahan tersebut telah diteruskan kepada bank penyalur",
            ]
        )
    )
    d.t(". Apabila masih terdapat kendala, Saudara dapat menghubungi layanan pengaduan kami di ")
    d.neg("office_phone", w_phone(r, "0811" + str(r.randint(10**7, 10**8 - 1))))
    d.t(" (WhatsApp, jam kerja) atau call center ")
    d.neg("call_centre", r.choice(["112", "1500-171", "021-171", "165"]))
    d.t(".\n")
    sign(d, r, reg, "Kepala " + office)
    d.t("\nTembusan:\n1. Camat " + reg.dist + "\n2. Kepala Desa " + reg.village + "\n")


def g_chat(d, r, reg):
    d.t(
        f'LAMPIRAN II - TRANSKRIP TANGKAPAN LAYAR GRUP WHATSAPP "Info Bansos {reg.village_word} {reg.village}"\n'
    )
    d.t(f"({r.randint(80, 250)} anggota; diunduh ")
    d.neg("timestamp", timestamp(r))
    d.t(")\n\n")
    day = event_date(r, 2026)
    d.t(f"  {day.day} {BULAN[day.month - 1]} {day.year}\n\n")
    admin = w_phone(r, "0813" + str(r.randint(10**7, 10**8 - 1)))
    for k in range(r.randint(7, 12)):
        p = Person(r, reg)
        style = r.random()
        hh, mm = r.randint(6, 22), r.randint(0, 59)
        if k % 4 == 0:
            d.t("Admin PPID Desa\n")
            d.neg("office_phone", admin)
            d.t(
                "\nSilakan cek nama di daftar terlampir. Data yang tampil di grup sudah kami samarkan, contoh NIK "
            )
            d.neg("masked_nik", p.nik[:6] + "*" * 10)
            d.t(" dan HP ")
            d.neg("masked_phone", p.phone[:4] + "-****-" + p.phone[-3:])
            d.t(f".\n{hh:02d}.{mm:02d}\n\n")
            continue
        if style < 0.5:
            d.t(f"~ {p.name.split()[0]}\n")
            d.p(
                "phone",
                r.choice(["+62 " + fmt_group(p.phone[1:], [3, 4], "-"), w_phone(r, p.phone)]),
            )
            d.t("\n")
        else:
            d.t(
                f"{r.choice(['Bu', 'Pak', 'Mbak', 'Mas'])} {p.name.split()[0]} {r.choice(['RT', 'Rt'])} {p.rt:02d}\n"
            )
        what = r.randint(0, 5)
        if what == 0:
            d.t("min ini NIK sy ")
            d.p("nik", fmt_group(p.nik, [4, 4, 4, 4], r.choice([" ", "", "  "])))
            d.t(" knp blm kluar namanya")
        elif what == 1:
            d.t("no kk saya ")
            d.p("kk", p.kk)
            d.t(" tlg dicek min, a.n. " + p.name)
        elif what == 2:
            d.t("Assalamualaikum, sy mau tanya blt utk mertua sy almh lahir ")
            d.p("birth_date", w_date(r, p.birth, ["dmy-", "dBY", "d/m/y2", "dmy/"]))
            d.t(" rumahnya di ")
            d.p("address", address(r, reg, p, r.randint(1, 3)))
        elif what == 3:
            d.t("kl ada info hub sy aja di ")
            d.p("phone", w_phone(r, p.phone))
            d.t(" ya bu")
        elif what == 4:
            d.t("ini rek sy ")
            d.p("bank_account", w_account(r, p.account))
            d.t(f" {p.bank} a/n {p.name.split()[0]} udh aktif")
        else:
            d.neg(
                "file_name",
                f"IMG-{day.year}{day.month:02d}{day.day:02d}-WA{r.randint(0, 999):04d}.jpg",
            )
            d.t(" (foto)")
        d.t(f"\n{hh:02d}.{mm:02d} {r.choice(['✓✓', '', 'Dibaca'])}\n\n")
    d.t("Catatan verifikator: pesan di atas ditindaklanjuti pada musdes tanggal ")
    d.neg("event_date", w_date(r, day + timedelta(days=7), ["dBY"]))
    d.t(".\n")


OCR_MAP = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "G"}


def ocr(r, s, rate=0.12):
    out = []
    for ch in s:
        if ch in OCR_MAP and r.random() < rate:
            out.append(OCR_MAP[ch])
        else:
            out.append(ch)
    t = "".join(out)
    if r.random() < 0.3 and len(t) > 8:
        i = r.randint(3, len(t) - 3)
        t = t[:i] + " " + t[i:]
    return t


def spaced(s):
    return " ".join(s)


def g_ocr(d, r, reg):
    d.t(
        f"[Hasil OCR berkas pindaian: {r.choice(['surat_pernyataan', 'formulir_f1', 'sktm', 'suket_usaha'])}_{r.randint(1, 99):02d}.pdf | halaman 1/1 | keyakinan {r.randint(61, 89)}%]\n\n"
    )
    d.t(ocr(r, f"PEMERINTAH {reg.village_word.upper()} {reg.village.upper()}", 0.05) + "\n")
    d.t("Telp. ")
    d.neg("office_phone", office_phone(r))
    d.t(
        "\n"
        + r.choice(
            [
                "~~~~~~~~~~~~~~~~~~~~~~~~",
                "_______________________________",
                "- - - - - - - - - - - -",
            ]
        )
        + "\n"
    )
    title = r.choice(
        [
            "SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK",
            "FORMULIR BIODATA PENDUDUK WNI",
            "SURAT KETERANGAN PENGHASILAN",
            "SURAT PERNYATAAN AHLI WARIS",
        ]
    )
    d.t(ocr(r, title, 0.08) + "\nNo. ")
    d.neg("letter_number", letter_number(r, "Ds"))
    d.t("\n\nYang bertanda tangan di bawah ini :\n")
    for k in range(r.randint(2, 4)):
        p = Person(r, reg)
        d.t(f"{k + 1}. Nama Lengkap   : {p.name.upper()}\n")
        d.t(r.choice(["   N I K          : ", "   NIK            ; ", "   NlK            : "]))
        v = p.nik
        c = r.random()
        d.p("nik", spaced(v) if c < 0.25 else ocr(r, v, 0.15) if c < 0.8 else v)
        d.t("\n   Tempat/Tgl Lhr : " + p.birthplace + ", ")
        dt = w_date(r, p.birth, ["dmy-", "dmy.", "dBY", "dmy/"])
        d.p("birth_date", ocr(r, dt, 0.15) if r.random() < 0.5 else dt)
        d.t("\n   " + r.choice(["Alamat", "A1amat", "Alamat"]) + "         : ")
        a = address(r, reg, p, 4)
        if len(a) > 30 and r.random() < 0.6:
            cut = a.rfind(" ", 0, 30)
            it = d.p("address", a[:cut].rstrip(","))
            d.t("," if a[:cut].endswith(",") else "")
            d.t("\n" + " " * 20)
            d.p("address", a[cut + 1 :], it)
        else:
            d.p("address", a)
        if r.random() < 0.6:
            d.t("\n   No. HP/WA      : ")
            ph = w_phone(r, p.phone)
            d.p("phone", ocr(r, ph, 0.1) if r.random() < 0.5 else ph)
        if r.random() < 0.4:
            d.t("\n   No. KK         : ")
            d.p("kk", ocr(r, p.kk, 0.12))
        d.t("\n")
    d.t("\nDemikian pernyataan ini saya buat dengan sebenarnya. Materai ")
    d.neg("amount", "10000")
    d.t("\n" + r.choice(["|", "¦", "l"]) + "  " + ocr(r, reg.village, 0.05) + ", ")
    d.neg("letter_date", w_date(r, event_date(r, 2026), ["dBY", "dmy-"]))
    d.t("\n")


def g_blt(d, r, reg):
    kop(d, r, reg, f"Pemerintah {reg.village_word} {reg.village}\n{reg.district_word} {reg.dist}")
    d.t(f"LAMPIRAN KEPUTUSAN KEPALA {reg.village_word.upper()} NOMOR ")
    d.neg("letter_number", f"{r.randint(1, 40)} TAHUN 2026")
    d.t(
        "\nDAFTAR KELUARGA PENERIMA MANFAAT BLT DANA DESA TAHAP "
        + r.choice(["I", "II", "III", "IV"])
        + "\n"
    )
    d.t("Pagu per KPM: ")
    d.neg("amount", "Rp 300.000")
    d.t(" per bulan; sumber: Dana Desa kode rekening ")
    d.neg("account_code", f"5.4.01.01.{r.randint(1, 9):02d}")
    d.t("\n\n")
    split = r.random() < 0.3
    header = (
        ["Nama KPM", "NIK", "No. KK"]
        + (["Dusun", "RT", "RW"] if split else ["Alamat"])
        + ["Bank", "No. Rekening", "Kategori"]
    )
    rows = []
    for k in range(r.randint(10, 16)):
        p = Person(r, reg)
        row = [p.name, ("nik", w_nik(r, p.nik)), ("kk", w_nik(r, p.kk))] + addr_cells(
            d, r, reg, p, split
        )
        row += [
            p.bank,
            ("bank_account", w_account(r, p.account)) if r.random() < 0.8 else "tunai",
            r.choice(
                [
                    "Lansia tunggal",
                    "Disabilitas",
                    "Kehilangan mata pencaharian",
                    "Penyakit kronis",
                    "Miskin ekstrem",
                ]
            ),
        ]
        rows.append(row)
    table(d, r, header, rows, r.choice(["transposed", "runon", "dotkv", "json", "bullets"]))
    d.t("\nPenyaluran tanggal ")
    d.neg("event_date", w_date(r, event_date(r, 2026), ["dBY", "dmy-"]))
    d.t(" di Balai Desa. Pengaduan: ")
    d.neg("office_phone", office_phone(r))
    d.t("\n")
    sign(d, r, reg, village_head(reg), with_nip=False)


def g_english(d, r, reg):
    d.t(
        f"{reg.reg['name'].replace('Kab.', 'Regency of').replace('Kota', 'City of')} - {r.choice(['Social Affairs Office', 'Health Office', 'Disaster Management Agency (BPBD)', 'Village Community Empowerment Office'])}\n"
    )
    d.t("Address: ")
    d.neg("office_address", f"{r.choice(OFFICE_STREETS)} No. {r.randint(1, 99)}, {reg.reg_short}")
    d.t(" | Phone ")
    d.neg("office_phone", "+62 " + office_phone(r).lstrip("(0").replace(")", ""))
    d.t(" | ")
    d.neg("office_email", f"info@{slug(reg.reg_short)}kab.go.id")
    d.t(
        "\n\n"
        + r.choice(["QUARTERLY PROGRESS REPORT", "SITUATION REPORT", "ANNUAL REPORT - ANNEX 3"])
        + f" ({r.choice(['Q1', 'Q2', 'Q3'])} 2026)\n"
    )
    d.t("Grant agreement: ")
    d.neg(
        "registration_number",
        f"{r.choice(['IDN', 'INS'])}-{r.randint(1000, 9999)}-{r.randint(10, 99)}",
    )
    d.t("; total disbursed ")
    d.neg("amount", f"USD {r.randint(10, 900)},{r.randint(100, 999)}")
    d.t(" (")
    d.neg("amount", amount(r, 10**8, 10**10))
    d.t(").\n\n1. Case summaries\n\n")
    for k in range(r.randint(3, 5)):
        p = Person(r, reg)
        mr = "Mrs." if p.female else "Mr."
        d.t(f"{mr} {p.name}, born on ")
        d.p("birth_date", w_date(r, p.birth, ["en", "en_ord", "en_dmy", "Ymd"]))
        d.t(
            f" in {p.birthplace}, works as a {r.choice(['rice farmer', 'fisher', 'day labourer', 'street vendor', 'tailor'])} and lives in "
        )
        d.p(
            "address",
            address(r, reg, p, 4).replace("Dusun", "Dusun").replace("Desa", "Village of")
            if r.random() < 0.5
            else address(r, reg, p, 3),
        )
        d.t(". Resident ID (NIK): ")
        d.p("nik", w_nik(r, p.nik))
        d.t("; Family Card No.: ")
        d.p("kk", w_nik(r, p.kk))
        if r.random() < 0.5:
            d.t("; mobile ")
            d.p("phone", w_phone(r, p.phone))
        if r.random() < 0.4:
            d.t("; JKN-KIS membership ")
            d.p("bpjs", p.bpjs)
        d.t(f". The household received a cash transfer of IDR {r.randint(3, 30) * 100_000:,} on ")
        d.neg("event_date", w_date(r, event_date(r, 2026), ["en", "dBY"]))
        d.t(".\n\n")
    d.t("2. Beneficiary annex\n")
    header = ["Household head", "Resident ID", "Date of birth", "Address", "Phone"]
    rows = []
    for k in range(r.randint(6, 10)):
        p = Person(r, reg)
        rows.append(
            [
                p.name,
                ("nik", w_nik(r, p.nik)),
                ("birth_date", w_date(r, p.birth, ["en", "en_dmy", "dmy/", "Ymd"])),
                ("address", address(r, reg, p, 2)),
                ("phone", w_phone(r, p.phone)) if r.random() < 0.6 else "n/a",
            ]
        )
    table(d, r, header, rows, r.choice(["box", "ragged", "bullets", "html_label"]))
    d.t("\nField coordinates of the distribution point: ")
    d.neg("coordinate", f"{abs(r.uniform(0.1, 9)):.4f}° S, {r.uniform(95, 140):.4f}° E")
    d.t(". Ethics clearance No. ")
    d.neg("registration_number", f"KE/FK/{r.randint(100, 1999)}/EC/2026")
    d.t("\nPrepared by: Program Officer, ")
    d.neg("office_email", f"program@{slug(reg.reg_short)}kab.go.id")
    d.t("\n")


DAERAH = {
    "jv": (
        "Dusun",
        ["lair tanggal ", "miyos ing tanggal "],
        ["omahe ning ", "manggon ing ", "dalemipun wonten "],
        ["nomer HP-ne ", "WA ", "yen arep takon hubungi "],
    ),
    "su": (
        "Kp.",
        ["lahir kaping ", "borojol tanggal "],
        ["cicing di ", "ayeuna dumuk di ", "bumina di "],
        ["nomer HP na ", "WA-na "],
    ),
    "mi": (
        "Jorong",
        ["lahia tanggal ", "ditakdiaan lahia "],
        ["baralamat di ", "tingga di ", "rumahnyo di "],
        ["nomor HP-nyo ", "hubungi sajo "],
    ),
    "ba": (
        "Banjar",
        ["lahir ring ", "embas tanggal "],
        ["magenah ring ", "jumahne di ", "tinggal di "],
        ["nomor HP-ne ", "telpon ke "],
    ),
    "bj": (
        None,
        ["lahir tanggal ", "baranak tanggal "],
        ["diam di ", "rumahnya di ", "bubuhannya di "],
        ["nomor HP-nya ", "hubungi haja "],
    ),
    "md": (
        "Jaga",
        ["lahir tanggal ", "dia pe tanggal lahir "],
        ["tinggal di ", "dia pe rumah di "],
        ["kita pe nomor ", "dia pe nomor "],
    ),
    "pp": (
        None,
        ["lahir tanggal ", "de lahir tanggal "],
        ["sa tinggal di ", "de pu rumah di ", "tinggal di "],
        ["sa pu nomor HP ", "de pu nomor "],
    ),
    "ac": (
        "Dusun",
        ["lahe tanggal ", "lahir tanggal "],
        ["tinggai di ", "rumoh di ", "beralamat di "],
        ["nomor HP ", "hubungi "],
    ),
}
DAERAH_PROV = {
    "jv": ["33", "34", "35"],
    "su": ["32", "36"],
    "mi": ["13"],
    "ba": ["51"],
    "bj": ["63", "62"],
    "md": ["71"],
    "pp": ["91", "94", "95", "93"],
    "ac": ["11"],
}


def g_daerah(d, r, reg, lang):
    unit, born, live, contact = DAERAH[lang]
    head = {
        "jv": "KABAR SAKA DESA",
        "su": "WARTA DESA",
        "mi": "KABA DARI NAGARI",
        "ba": "PAWARTOS DESA ADAT",
        "bj": "KABAR KAMPUNG",
        "md": "BERITA DARI DESA",
        "pp": "KABAR DARI KAMPUNG",
        "ac": "HABA GAMPONG",
    }[lang]
    d.t(f"{head} {reg.village.upper()} - {reg.district_word} {reg.dist}, {reg.reg['name']}\n")
    d.t("Redaksi: ")
    d.neg("office_email", f"warta.{slug(reg.village)}@gmail.com")
    d.t(" / ")
    d.neg("office_phone", office_phone(r))
    d.t("\n\n")
    for k in range(r.randint(4, 7)):
        p = Person(r, reg)
        kind = r.randint(0, 3)
        if kind == 0:
            d.t(f"Sugeng rawuh / wilujeng sumping bayi {p.name.split()[0]}, ")
            b = date(2026, r.randint(1, 11), r.randint(1, 28))
            d.t(r.choice(born))
            d.p(
                "birth_date",
                w_date(r, b, ["dBY", "dmy-", "weton"])
                + (
                    f" ({r.choice(HARI)} {r.choice(PASARAN)})"
                    if lang == "jv" and r.random() < 0.5
                    else ""
                ),
            )
            d.t(", putra/putri Bapak " + Person(r, reg).name + ", " + r.choice(live))
            d.p("address", address(r, reg, p, r.randint(1, 3)))
            d.t(". ")
        elif kind == 1:
            d.t(f"Pengumuman: warga nu kaleungitan KTP atas nama {p.name} (NIK ")
            d.p("nik", w_nik(r, p.nik))
            d.t("), " + r.choice(live))
            d.p("address", address(r, reg, p, r.randint(1, 4)))
            d.t(", " + r.choice(contact))
            d.p("phone", w_phone(r, p.phone))
            d.t(". ")
        elif kind == 2:
            d.t(f"Kabar duka: {p.name}, " + r.choice(born))
            d.p("birth_date", w_date(r, p.birth, ["dBY", "dmy-", "d-m-y"]))
            d.t(", tilar donya / maninggal dunia tanggal ")
            d.neg("death_date", w_date(r, event_date(r, 2026), ["dBY", "dmy-"]))
            d.t(". Rumah duka " + r.choice(live).strip() + " ")
            d.p("address", address(r, reg, p, r.randint(0, 3)))
            d.t(". ")
        else:
            d.t(
                f"Usaha warga: {r.choice(['keripik', 'tenun', 'kopi', 'dodol', 'anyaman'])} buatan {p.name}, "
                + r.choice(live)
            )
            d.p("address", address(r, reg, p, r.randint(1, 3)))
            d.t(", " + r.choice(contact))
            d.p("phone", w_phone(r, p.phone))
            if r.random() < 0.5:
                d.t(", transfer ka rekening " + p.bank + " ")
                d.p("bank_account", w_account(r, p.account))
            d.t(". Harga ")
            d.neg("amount", amount(r, 10_000, 300_000))
            d.t(". ")
        d.t("\n\n")
    d.t("Jadwal posyandu: ")
    d.neg("event_date", w_date(r, event_date(r, 2026), ["dBY", "dmy-"]))
    d.t(f" di Balai {reg.village_word}.\n")


WORDS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def g_komentar(d, r, reg):
    d.t(
        f'Komentar pada berita "{r.choice(["Pencairan BLT DD Tahap II", "Pendaftaran Bantuan Bedah Rumah", "Jadwal Vaksinasi", "Seleksi Perangkat Desa"])}" - situs {slug(reg.village)}.desa.id\n\n'
    )
    for k in range(r.randint(6, 10)):
        p = Person(r, reg)
        d.t(
            f"{p.name.split()[0]}{r.choice(['', '_' + str(r.randint(1, 99)), ' ' + p.name.split()[-1]])} · "
        )
        d.neg("timestamp", timestamp(r))
        d.t("\n")
        v = r.randint(0, 6)
        if v == 0:
            d.t("min sy mau daftar, wa sy ")
            d.p("phone", " ".join(WORDS[int(ch)] for ch in p.phone))
        elif v == 1:
            d.t("hub aja ")
            d.p("phone", ".".join(p.phone) if r.random() < 0.5 else " ".join(p.phone))
            d.t(" (wa)")
        elif v == 2:
            ph = p.phone
            mixed = ph[:4] + " " + " ".join(WORDS[int(ch)] for ch in ph[4:7]) + " " + ph[7:]
            d.t("nomer sy ")
            d.p("phone", mixed)
        elif v == 3:
            u, dom = p.email.split("@")
            d.t("kirim formulirnya ke email sy ya: ")
            d.p(
                "email",
                r.choice(
                    [
                        f"{u} di {dom.split('.')[0]}",
                        f"{u}(@){dom}",
                        f"{u} @ {dom.split('.')[0]} . com",
                        f"{u}@{dom.split('.')[0]} dot com",
                        f"{u} [a] {dom}",
                    ]
                ),
            )
        elif v == 4:
            d.t("nik sy ")
            d.p("nik", fmt_group(p.nik, [2] * 8, r.choice([" ", "-", "."])))
            d.t(" sdh terdaftar blm?")
        elif v == 5:
            d.t("alamat sy ")
            d.p("address", address(r, reg, p, 2).lower())
            d.t(" blm didata pak")
        else:
            d.t("rek bri sy ")
            d.p("bank_account", p.account.replace("-", " "))
            d.t(" atas nama sendiri")
        d.t("\n")
        if r.random() < 0.5:
            d.t("  ↳ Admin Desa: Terima kasih, data Anda (NIK ")
            d.neg(
                "masked_nik",
                r.choice([p.nik[:4] + "X" * 12, p.nik[:6] + "•" * 10, "*" * 12 + p.nik[-4:]]),
            )
            d.t(
                ") sudah kami terima. Mohon jangan menulis data pribadi di kolom komentar; hubungi "
            )
            d.neg("office_phone", office_phone(r))
            d.t(".\n")
        d.t("\n")


def g_bumil(d, r, reg):
    kop(d, r, reg, f"UPTD Puskesmas {reg.dist}")
    d.t(
        f"REGISTER KOHORT IBU HAMIL - POSYANDU {r.choice(['MAWAR', 'MELATI', 'ANGGREK', 'KENANGA', 'DAHLIA'])} {reg.village.upper()}\n"
    )
    d.t(f"Bulan: {BULAN[r.randint(0, 11)]} 2026   Bidan desa: {officer(r, True)[0]} (STR ")
    d.neg("registration_number", f"{r.randint(10, 99)}{r.randint(10**12, 10**13 - 1)}")
    d.t(")\n\n")
    header = [
        "Nama Ibu",
        "NIK",
        "Tgl Lahir",
        "HPHT",
        "Taksiran Persalinan",
        "G-P-A",
        "Nama Suami",
        "HP Suami",
        "No. JKN/KIS",
        "Alamat",
    ]
    rows = []
    for k in range(r.randint(10, 15)):
        p = Person(r, reg, female=True, age=r.randint(17, 42))
        h = event_date(r, 2026) - timedelta(days=r.randint(30, 200))
        tp = h + timedelta(days=280)
        sp = Person(r, reg, female=False)
        rows.append(
            [
                p.name,
                ("nik", w_nik(r, p.nik)),
                ("birth_date", w_date(r, p.birth, ["dmy/", "dmy-", "dbY", "d/m/y2"])),
                ("-health_date", w_date(r, h, ["dmy/", "dmy-", "dbY", "d/m/y2"])),
                ("-health_date", w_date(r, tp, ["dmy/", "dmy-", "dbY"])),
                f"G{r.randint(1, 4)}P{r.randint(0, 3)}A{r.randint(0, 1)}",
                sp.name,
                ("phone", w_phone(r, sp.phone)),
                (
                    "bpjs",
                    fmt_group(
                        p.bpjs, r.choice([[4, 4, 5], [13], [3, 10]]), r.choice([" ", "-", ""])
                    ),
                )
                if r.random() < 0.7
                else "-",
                ("address", address(r, reg, p, r.randint(0, 2))),
            ]
        )
    table(d, r, header, rows, r.choice(["box", "ragged", "rowsplit", "quoted", "html_label"]))
    d.t("\nKunjungan rumah dijadwalkan ")
    d.neg("event_date", w_date(r, event_date(r, 2026), ["dBY"]))
    d.t(". Rujukan ke RSUD: ")
    d.neg("office_phone", office_phone(r))
    d.t("\n")
    sign(d, r, reg, "Kepala UPTD Puskesmas")


def g_register(d, r, reg):
    kop(d, r, reg, f"Pemerintah {reg.village_word} {reg.village}\n{reg.district_word} {reg.dist}")
    kind = r.choice(["KELAHIRAN", "KEMATIAN"])
    d.t(f"BUKU REGISTER {kind} PENDUDUK TRIWULAN {r.choice(['I', 'II', 'III'])} TAHUN 2026\n\n")
    rows = []
    if kind == "KELAHIRAN":
        header = [
            "Nama Bayi",
            "Tgl Lahir",
            "Jam",
            "Nama Ibu",
            "NIK Ibu",
            "Nama Ayah",
            "NIK Ayah",
            "No. KK",
            "Alamat",
            "Pelapor (HP)",
        ]
        for k in range(r.randint(8, 14)):
            b = Person(r, reg, age=0)
            b.birth = date(2026, r.randint(1, 9), r.randint(1, 28))
            m, f = Person(r, reg, female=True), Person(r, reg, female=False)
            rows.append(
                [
                    b.name,
                    ("birth_date", w_date(r, b.birth)),
                    f"{r.randint(0, 23):02d}.{r.randint(0, 59):02d}",
                    m.name,
                    ("nik", w_nik(r, m.nik)),
                    f.name,
                    ("nik", w_nik(r, f.nik)),
                    ("kk", w_nik(r, f.kk)),
                    ("address", address(r, reg, f, r.randint(0, 2))),
                    ("phone", w_phone(r, f.phone)),
                ]
            )
    else:
        header = [
            "Nama Almarhum/ah",
            "NIK",
            "Tempat Lahir",
            "Tanggal Lahir",
            "Tgl Meninggal",
            "Sebab",
            "Alamat Terakhir",
            "Pelapor",
            "HP Pelapor",
        ]
        for k in range(r.randint(8, 14)):
            p = Person(r, reg, age=r.randint(45, 95))
            pl = Person(r, reg)
            rows.append(
                [
                    p.name,
                    ("nik", w_nik(r, p.nik)),
                    p.birthplace,
                    ("birth_date", w_date(r, p.birth)),
                    ("-death_date", w_date(r, event_date(r, 2026))),
                    r.choice(["Sakit", "Usia lanjut", "Kecelakaan"]),
                    ("address", address(r, reg, p, r.randint(0, 2))),
                    pl.name,
                    ("phone", w_phone(r, pl.phone)),
                ]
            )
    table(d, r, header, rows, r.choice(["box", "ragged", "rowsplit", "transposed", "dotkv"]))
    d.t("\nDilaporkan ke Disdukcapil melalui SIAK terpusat, nomor tanda terima ")
    d.neg(
        "registration_number",
        f"474.{r.randint(1, 4)}/{r.randint(100, 9999)}/SIAK/{reg.code6[:4]}/2026",
    )
    d.t(".\n")
    sign(d, r, reg, f"Sekretaris {reg.village_word}", with_nip=False)


def g_nikah(d, r, reg):
    d.t(
        f"KEMENTERIAN AGAMA {('KOTA ' if reg.kota else 'KABUPATEN ')}{reg.reg_short.upper()}\nKANTOR URUSAN AGAMA KECAMATAN {reg.dist.upper()}\n"
    )
    d.t("Alamat: ")
    d.neg("office_address", f"{r.choice(OFFICE_STREETS)} No. {r.randint(1, 80)}, {reg.dist}")
    d.t("  Telp. ")
    d.neg("office_phone", office_phone(r))
    d.t("  Email: ")
    d.neg("office_email", f"kua.{slug(reg.dist)}@kemenag.go.id")
    d.t("\n\nPENGUMUMAN KEHENDAK NIKAH\nNomor: ")
    d.neg(
        "letter_number",
        f"B-{r.randint(100, 999)}/Kua.{r.randint(10, 30)}.{r.randint(1, 30)}.{r.randint(1, 20)}/PW.01/{r.randint(1, 12):02d}/2026",
    )
    d.t("\n\nDiumumkan kepada masyarakat bahwa akan dilangsungkan pernikahan:\n\n")
    for k in range(r.randint(2, 4)):
        cs, ci = (
            Person(r, reg, female=False, age=r.randint(20, 40)),
            Person(r, reg, female=True, age=r.randint(19, 35)),
        )
        header = ["", "Calon Suami", "Calon Istri"]
        fields = [
            ("Nama", cs.name, ci.name),
            ("Bin/Binti", Person(r, reg, female=False).name, Person(r, reg, female=False).name),
            ("NIK", ("nik", w_nik(r, cs.nik)), ("nik", w_nik(r, ci.nik))),
            ("Tempat Lahir", cs.birthplace, ci.birthplace),
            (
                "Tanggal Lahir",
                ("birth_date", w_date(r, cs.birth)),
                ("birth_date", w_date(r, ci.birth)),
            ),
            ("Pekerjaan", cs.occupation, ci.occupation),
            (
                "Tempat Tinggal",
                ("address", address(r, reg, cs, r.randint(2, 4))),
                ("address", address(r, reg, ci, r.randint(2, 4))),
            ),
        ]
        d.t(f"{k + 1}. Pendaftaran No. ")
        d.neg("registration_number", f"{r.randint(1, 400):04d}/2026")
        d.t("\n")
        w1 = max(len(f[0]) for f in fields) + 2
        w2 = max(len(f[1] if isinstance(f[1], str) else f[1][1]) for f in fields) + 2
        d.t(" " * (w1 + 3) + "CALON SUAMI".ljust(w2) + "| CALON ISTRI\n")
        for f in fields:
            d.t("   " + f[0].ljust(w1))
            d.put(f[1])
            d.t(" " * (w2 - len(f[1] if isinstance(f[1], str) else f[1][1])) + "| ")
            d.put(f[2])
            d.t("\n")
        d.t("   Waktu akad: ")
        d.neg("event_date", w_date(r, event_date(r, 2026), ["dBY"]))
        d.t(
            f", pukul {r.randint(8, 15):02d}.00 W{r.choice('IBT')}{'' if r.random() < 0.5 else ''}B di {r.choice(['KUA', 'rumah calon istri', 'Masjid Jami'])}\n\n"
        )
    d.t(
        "Apabila ada yang mengetahui adanya halangan perkawinan, agar melapor ke KUA paling lambat 10 hari kerja.\n"
    )
    sign(d, r, reg, "Kepala KUA")


def nop(r, reg):
    return f"{reg.prov['code']}.{reg.reg['code']}.{reg.dist_code}0.{r.randint(1, 20):03d}.{r.randint(1, 50):03d}-{r.randint(1, 9999):04d}.{r.randint(0, 9)}"


def g_pbb(d, r, reg):
    kop(d, r, reg, "Badan Pendapatan Daerah")
    d.t(
        f"DAFTAR HIMPUNAN KETETAPAN PAJAK (DHKP) PBB-P2 TAHUN 2026\n{reg.village_word.upper()} {reg.village.upper()} - {reg.district_word.upper()} {reg.dist.upper()}\n"
    )
    d.t("Jatuh tempo: ")
    d.neg("event_date", w_date(r, date(2026, 8, 31), ["dBY", "dmy-"]))
    d.t("; kode billing dibuat per NOP.\n\n")
    header = [
        "NOP",
        "Nama Wajib Pajak",
        "Alamat Wajib Pajak",
        "Luas Bumi",
        "Luas Bng",
        "PBB Terutang",
        "NIK WP",
    ]
    rows = []
    for k in range(r.randint(10, 16)):
        p = Person(r, reg)
        rows.append(
            [
                ("-nop", nop(r, reg)),
                p.name,
                ("address", address(r, reg, p, r.randint(1, 3))),
                str(r.randint(50, 9000)),
                str(r.choice([0, r.randint(21, 300)])),
                ("-amount", amount(r, 10_000, 3_000_000)),
                ("nik", w_nik(r, p.nik)) if r.random() < 0.6 else "-",
            ]
        )
    table(d, r, header, rows, r.choice(["ragged", "box", "quoted", "rowsplit", "json"]))
    d.t("\nJumlah ketetapan desa: ")
    d.neg("amount", amount(r, 10**7, 9 * 10**8))
    d.t(". Pembayaran ke rekening kas daerah ")
    d.neg("office_account", f"{r.randint(1, 9)}{r.randint(10**8, 10**9 - 1)}")
    d.t(".\n")
    sign(d, r, reg, "Kepala Bapenda")


def g_umkm(d, r, reg):
    kop(d, r, reg, "Dinas Koperasi, Usaha Kecil dan Menengah")
    d.t("DAFTAR PELAKU USAHA MIKRO PENERIMA SERTIFIKAT P-IRT DAN BANTUAN PERALATAN 2026\n\n")
    header = [
        "Nama Pemilik",
        "NIK",
        "Nama Usaha",
        "Alamat Usaha",
        "No. HP",
        "NIB",
        "No. P-IRT",
        "Sertifikat Halal",
    ]
    rows = []
    for k in range(r.randint(8, 14)):
        p = Person(r, reg)
        rows.append(
            [
                p.name,
                ("nik", w_nik(r, p.nik)),
                f"{r.choice(['Keripik', 'Dodol', 'Kopi Bubuk', 'Abon Ikan', 'Kue Kering', 'Sambal'])} {p.name.split()[0]}",
                ("address", address(r, reg, p, r.randint(1, 3))),
                ("phone", w_phone(r, p.phone)),
                ("-permit", str(r.randint(10**12, 10**13 - 1))),
                (
                    "-permit",
                    f"{r.choice([2, 3, 5])}{r.randint(10**11, 10**12 - 1)}-{r.randint(26, 31)}",
                ),
                (
                    "-permit",
                    f"ID{reg.prov['code']}{r.randint(10**11, 10**12 - 1)}{r.randint(1000, 9999)}",
                )
                if r.random() < 0.6
                else "-",
            ]
        )
    table(d, r, header, rows, r.choice(["box", "html_label", "bullets", "ragged", "quoted"]))
    d.t("\nPenyerahan bantuan ")
    d.neg("event_date", w_date(r, event_date(r, 2026), ["dBY"]))
    d.t(". Nilai paket ")
    d.neg("amount", amount(r, 1_000_000, 15_000_000))
    d.t(" per pelaku usaha.\n")
    sign(d, r, reg, "Kepala Dinas")


def npwp_fmt(r, s):
    if r.random() < 0.7:
        return f"{s[:2]}.{s[2:5]}.{s[5:8]}.{s[8]}-{s[9:12]}.{s[12:]}"
    return s


def company_npwp(r):
    base = "0" + "".join(str(r.randint(0, 9)) for _ in range(7))
    s = base + luhn_digit(base) + f"{r.randint(0, 999):03d}" + "000"
    return npwp_fmt(r, s)


def g_konsultan(d, r, reg):
    kop(d, r, reg, "Dinas Pekerjaan Umum dan Penataan Ruang")
    d.t("PENGUMUMAN HASIL SELEKSI TENAGA AHLI (PERORANGAN) DAN KONSULTAN PENGAWAS\nKode RUP: ")
    d.neg("permit", str(r.randint(10**7, 10**8 - 1)))
    d.t("  Pagu: ")
    d.neg("amount", amount(r, 10**8, 2 * 10**9))
    d.t("\n\nA. Tenaga ahli perorangan\n")
    header = ["Nama", "Keahlian", "NPWP", "E-mail", "Telepon", "Alamat", "Nilai"]
    rows = []
    for k in range(r.randint(5, 8)):
        p = Person(r, reg, age=r.randint(27, 55))
        rows.append(
            [
                p.name,
                r.choice(
                    ["Ahli Struktur", "Ahli Geoteknik", "Ahli K3", "Ahli Lingkungan", "Drafter"]
                ),
                ("npwp", npwp_fmt(r, p.npwp)),
                ("email", w_email(r, p.email)),
                ("phone", w_phone(r, p.phone)),
                ("address", address(r, reg, p, r.randint(2, 4))),
                f"{r.randint(60, 95)},{r.randint(0, 99):02d}",
            ]
        )
    table(d, r, header, rows, r.choice(["box", "ragged", "html_label", "bullets"]))
    d.t("\nB. Badan usaha\n")
    header = ["Nama Badan Usaha", "NPWP", "Alamat", "Telepon", "E-mail", "Penawaran"]
    rows = []
    for k in range(r.randint(3, 5)):
        comp = f"{r.choice(COMPANY_PREFIX)} {r.choice(COMPANY_NAMES)}"
        rows.append(
            [
                comp,
                ("-company_npwp", company_npwp(r)),
                (
                    "-company_address",
                    f"{r.choice(STREETS)} No. {r.randint(1, 200)}, {reg.reg_short}",
                ),
                ("-company_phone", office_phone(r)),
                (
                    "-company_email",
                    f"{slug(comp.split(' ', 1)[1])}.{r.choice(['consult', 'konsultan', 'eng'])}@gmail.com",
                ),
                ("-amount", amount(r, 10**8, 2 * 10**9)),
            ]
        )
    table(d, r, header, rows, r.choice(["box", "ragged", "html_label", "quoted"]))
    d.t("\nMasa sanggah 3 hari kerja melalui ")
    d.neg("website", "spse.inaproc.id")
    d.t(".\n")
    sign(d, r, reg, "Pokja Pemilihan")


def g_musdes(d, r, reg):
    kop(d, r, reg, f"Badan Permusyawaratan Desa {reg.village}")
    d.t("NOTULEN MUSYAWARAH DESA KHUSUS (MUSDESUS) PENETAPAN CALON PENERIMA BANTUAN\n")
    d.t("Hari/tanggal: ")
    d.neg("event_date", f"{r.choice(HARI)}, " + w_date(r, event_date(r, 2026), ["dBY"]))
    d.t("\nTempat: ")
    d.neg("office_address", f"Balai {reg.village_word} {reg.village}")
    d.t("\n\nJalannya rapat:\n")
    for k in range(r.randint(5, 8)):
        sp = Person(r, reg)
        d.t(f"- {r.choice(['Bpk.', 'Ibu', 'Sdr.'])} {sp.name} (")
        d.neg(
            "role_unit",
            f"Ketua RT {sp.rt:02d}" + (f" {unit_part(r, reg, sp)}" if reg.unit else ""),
        )
        d.t(") mengusulkan ")
        c = Person(r, reg)
        d.t(f"{c.name}, ")
        v = r.randint(0, 3)
        if v == 0:
            d.t("janda lansia lahir ")
            d.p("birth_date", w_date(r, c.birth))
            d.t(", tinggal sendiri di ")
            d.p("address", address(r, reg, c, r.randint(0, 2)))
        elif v == 1:
            d.t("NIK ")
            d.p("nik", w_nik(r, c.nik))
            d.t(", rumah tidak layak huni di ")
            d.p("address", address(r, reg, c, r.randint(0, 2)))
        elif v == 2:
            d.t("KK ")
            d.p("kk", w_nik(r, c.kk))
            d.t(", penyandang disabilitas; keluarga dapat dihubungi di ")
            d.p("phone", w_phone(r, c.phone))
        else:
            d.t("yang terkena PHK; nomor KPJ BPJS Ketenagakerjaan ")
            d.p("bpjs", c.kpj)
            d.t(", alamat ")
            d.p("address", address(r, reg, c, r.randint(1, 3)))
        d.t(".\n")
    d.t(f"\nKesimpulan: {r.randint(5, 40)} calon KPM disepakati; anggaran ")
    d.neg("amount", amount(r, 10**7, 5 * 10**8))
    d.t(". Rapat ditutup pukul ")
    d.neg(
        "timestamp", f"{r.randint(11, 16)}.{r.randint(0, 59):02d} W{r.choice(['IB', 'ITA', 'IT'])}"
    )
    d.t(".\n")
    sign(d, r, reg, "Notulis", with_nip=False)


def w_passport(r, s):
    c = r.random()
    if c < 0.7:
        return s
    if c < 0.85:
        return s[0] + " " + s[1:]
    return s.lower()


def g_haji(d, r, reg):
    d.t(f"KEMENTERIAN AGAMA {('KOTA ' if reg.kota else 'KABUPATEN ')}{reg.reg_short.upper()}\n")
    d.t("Seksi Penyelenggaraan Haji dan Umrah - ")
    d.neg("office_address", f"{r.choice(OFFICE_STREETS)} No. {r.randint(1, 80)}, {reg.reg_short}")
    d.t(" - Telp. ")
    d.neg("office_phone", office_phone(r))
    d.t(" - ")
    d.neg("office_email", f"phu.{slug(reg.reg_short)}@kemenag.go.id")
    d.t(
        "\n\nDAFTAR NAMA CALON JEMAAH HAJI REGULER YANG TELAH MELUNASI BPIH\nTAHUN 1447 H / 2026 M\nKloter "
    )
    d.neg(
        "registration_number",
        f"{r.choice(['BTH', 'SOC', 'SUB', 'JKG', 'UPG', 'BPN', 'PDG', 'KNO'])}-{r.randint(1, 40):02d}",
    )
    d.t(", embarkasi; manasik tanggal ")
    d.neg("event_date", w_date(r, event_date(r, 2026), ["dBY"]))
    d.t("\n\n")
    header = [
        "No. Porsi",
        "Nama Jemaah",
        "Bin/Binti",
        "Tempat Lahir",
        "Tgl Lahir",
        "No. Paspor",
        "Alamat",
        "No. HP",
    ]
    rows = []
    for _k in range(r.randint(10, 16)):
        p = Person(r, reg, age=r.randint(35, 85))
        rows.append(
            [
                (
                    "-registration_number",
                    str(r.choice([11, 12, 13, 14])) + str(r.randint(10**7, 10**8 - 1)),
                ),
                p.name,
                Person(r, reg, female=False).name.split()[0],
                p.birthplace,
                ("birth_date", w_date(r, p.birth)),
                ("passport", w_passport(r, p.passport)),
                ("address", address(r, reg, p, r.randint(1, 4))),
                ("phone", w_phone(r, p.phone)) if r.random() < 0.7 else "-",
            ]
        )
    table(
        d,
        r,
        header,
        rows,
        r.choice(["box", "ragged", "html_label", "rowsplit", "quoted", "dotkv"]),
    )
    d.t("\nBiaya pelunasan: ")
    d.neg("amount", amount(r, 30_000_000, 60_000_000))
    d.t(" per jemaah; setoran ke rekening BPS-BPIH ")
    d.neg("office_account", f"{r.randint(100, 999)}{r.randint(10**6, 10**7 - 1)}")
    d.t(". Paspor diambil di kantor paling lambat ")
    d.neg("event_date", w_date(r, event_date(r, 2026), ["dBY", "dmy-"]))
    d.t(".\n")
    sign(d, r, reg, "Kepala Seksi PHU")


GENRES = [
    ("ppdb", g_ppdb, 12),
    ("ptsl", g_ptsl, 12),
    ("bencana", g_bencana, 12),
    ("mediasi", g_mediasi, 12),
    ("lowongan", g_lowongan, 10),
    ("balasan_pengaduan", g_balasan, 14),
    ("chat_screenshot", g_chat, 12),
    ("ocr_scan", g_ocr, 14),
    ("blt_layout_baru", g_blt, 12),
    ("english_report", g_english, 10),
    ("bahasa_campur", None, 16),
    ("komentar_obfuscation", g_komentar, 10),
    ("kohort_bumil", g_bumil, 10),
    ("register_lahir_mati", g_register, 10),
    ("kehendak_nikah", g_nikah, 8),
    ("dhkp_pbb", g_pbb, 8),
    ("umkm_pirt", g_umkm, 8),
    ("konsultan_perorangan", g_konsultan, 8),
    ("notulen_musdes", g_musdes, 10),
    ("jemaah_haji", g_haji, 8),
]
DESA_ONLY = {"blt_layout_baru", "notulen_musdes", "mediasi", "ptsl"}


def build():
    r = random.Random(SEED)
    out = []
    i = 0
    langs = list(DAERAH)
    for name, fn, n in GENRES:
        for k in range(n):
            cid = f"h4-{i:03d}"
            if name == "bahasa_campur":
                lang = langs[k % len(langs)]
                pc = r.choice(DAERAH_PROV[lang])
            else:
                pc = PCODES[(i * 7 + k) % len(PCODES)]
            reg = Region(r, pc, desa=name in DESA_ONLY)
            d = Doc(cid)
            if name == "bahasa_campur":
                g_daerah(d, r, reg, lang)
            else:
                fn(d, r, reg)
            d.check()
            out.append(
                {
                    "id": cid,
                    "genre": name,
                    "region": reg.label(),
                    "text": d.text(),
                    "spans": d.spans,
                    "negatives": d.negs,
                    "tables": d.layouts,
                }
            )
            i += 1
    return out


def main():
    recs = build()
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    items = {s["item"] for rec in recs for s in rec["spans"]}
    negs = sum(len(rec["negatives"]) for rec in recs)
    print(f"{len(recs)} texts, {len(items)} personal items, {negs} negatives")


if __name__ == "__main__":
    main()
