# ruff: noqa: E501
"""Generate benchmarks/heldout3/corpus.jsonl (seeded; reproduces the frozen copy byte for byte).

.venv/bin/python benchmarks/heldout3/generate.py          # writes corpus.jsonl, prints counts
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    AREA_CODES,
    COMPANY,
    MONTHS,
    REGIONS,
    Doc,
    Region,
    account_code,
    address,
    amount,
    coordinate,
    ean13,
    event_date,
    fmt_bpjs,
    fmt_date,
    fmt_email,
    fmt_nip,
    fmt_npwp,
    fmt_phone,
    isbn,
    kop,
    letter_number,
    make_nip,
    make_npwp,
    make_phone,
    masked_nik,
    non_nik16,
    official_name,
    person,
    sign,
    timestamp,
)
from tables import render  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 20261207


def P(kind, s):
    return (kind, s, None)


def N(kind, s):
    return (kind, s, "neg")


def nik_fmt(rng, nik):
    s = rng.random()
    if s < 0.7:
        return nik
    if s < 0.8:
        return f"{nik[:6]} {nik[6:12]} {nik[12:]}"
    if s < 0.88:
        return " ".join(nik[i : i + 4] for i in range(0, 16, 4))
    if s < 0.94:
        return "'" + nik
    return f"{nik[:2]}.{nik[2:4]}.{nik[4:6]}.{nik[6:12]}.{nik[12:]}"


def ocr(rng, s):
    """OCR confusions of a scanned page: O for 0, l or I for 1, a stray space."""
    out = list(s)
    spots = [i for i, ch in enumerate(s) if ch in "01"]
    for i in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2]))):
        out[i] = "O" if s[i] == "0" else rng.choice("lI")
    s = "".join(out)
    if len(s) > 10 and rng.random() < 0.3:
        k = rng.randint(4, len(s) - 4)
        s = s[:k] + " " + s[k:]
    return s


def ttl(rng, p):
    return [
        p["place"] + rng.choice([", ", " / ", ",", " ", ", "]),
        P("birth_date", fmt_date(rng, p["birth"])),
    ]


def addr_cells(d, rng, reg, p, unit_word):
    """An address split over Dusun | RT | RW cells: one item, three segments."""
    item = d.new_item("address")
    return [
        ("address", p["ham"], item),
        ("address", f"{p['rt']:03d}" if rng.random() < 0.5 else str(p["rt"]), item),
        ("address", f"{p['rw']:03d}" if rng.random() < 0.5 else str(p["rw"]), item),
    ]


def layout(rng, allow=None):
    opts = allow or [
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
    return rng.choice(opts)


DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


# ---------------------------------------------------------------- genres


def g_bast(rng, reg, d):
    kop(d, rng, reg, rng.choice(["desa", "dinas"]))
    what = rng.choice(
        [
            "ALAT MESIN PERTANIAN",
            "BIBIT TERNAK KAMBING",
            "PAKET SEMBAKO",
            "BEDAH RUMAH (RTLH)",
            "JAMBAN SEHAT",
            "BENIH PADI",
            "TANGKI AIR DAN PIPA",
            "ALAT TANGKAP IKAN",
        ]
    )
    d.t(f"\nBERITA ACARA SERAH TERIMA BANTUAN {what}\nNomor : ").n(
        "letter_number", letter_number(rng, reg)
    ).t("\n\n")
    ev = event_date(rng)
    d.t(f"Pada hari ini {DAYS[ev.weekday()]} tanggal ").n(
        "event_date", fmt_date(rng, ev, rng.choice([3, 0, 2]))
    ).t(", bertempat di Balai Desa " + reg.village + ", kami yang bertanda tangan di bawah ini:\n")
    d.t(f"1. Nama      : {official_name(rng)}\n   NIP       : ").n(
        "nip_official", fmt_nip(rng, make_nip(rng))
    ).t("\n   Jabatan   : Kepala Bidang Sarana dan Prasarana\n   Alamat    : ").n(
        "office_address",
        rng.choice(["", "Kantor Dinas Pertanian, ", "Kantor Dinas Sosial, "])
        + f"Jl. {rng.choice(['Pemuda', 'Veteran', 'Pahlawan'])} No. {rng.randint(1, 90)}, {reg.kab}",
    ).t("\n   selanjutnya disebut PIHAK PERTAMA.\n")
    r = person(rng, reg, lo=1960, hi=1995)
    d.t(f"2. Nama      : {r['name']}\n   NIK       : ").p("nik", nik_fmt(rng, r["nik"])).t(
        "\n   TTL       : "
    )
    put_cells(d, ttl(rng, r))
    d.t("\n   Alamat    : ").p("address", address(rng, reg, r)).t("\n   No. HP    : ").p(
        "phone", fmt_phone(rng, r["phone"])
    ).t(
        f"\n   Jabatan   : Ketua Kelompok {rng.choice(['Tani', 'Ternak', 'Nelayan', 'Wanita Tani'])} {rng.choice(['Sri Rejeki', 'Makmur', 'Maju Bersama', 'Sido Mulyo'])}\n   selanjutnya disebut PIHAK KEDUA.\n\n"
    )
    d.t("PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA barang sebagai berikut:\n")
    rows = []
    for i in range(rng.randint(2, 5)):
        code = f"1.3.2.{rng.randint(1, 19):02d}.{rng.randint(1, 9):02d}.{rng.randint(1, 9):02d}.{rng.randint(1, 120):03d}"
        rows.append(
            [
                str(i + 1),
                rng.choice(
                    [
                        "Hand Tractor",
                        "Pompa Air 3 inch",
                        "Kambing PE betina",
                        "Paket Sembako",
                        "Semen 50 kg",
                        "Closet jongkok",
                        "Benih Inpari 32",
                        "Jaring insang",
                    ]
                ),
                N("product_code", code),
                rng.choice(["Yanmar TF85", "Honda WB30", "-", "Tiga Roda", "Quick G1000"]),
                str(rng.randint(1, 40)),
                N("amount", amount(rng, 50_000, 30_000_000)),
                N("amount", amount(rng, 1_000_000, 300_000_000)),
            ]
        )
    render(
        d,
        rng,
        ["No", "Nama Barang", "Kode Barang", "Merk/Type", "Jml", "Harga Satuan", "Jumlah"],
        rows,
        layout(rng, ["pipe", "md", "fixed", "tab", "html"]),
    )
    d.t("Sumber dana DPA kode rekening ").n("account_code", account_code(rng)).t(
        ", Kontrak Nomor "
    ).n("letter_number", letter_number(rng, reg)).t(".\n\n")
    # side-by-side signature blocks: the recipient's NIK and the official's NIP on one line
    off, nip = official_name(rng), fmt_nip(rng, make_nip(rng))
    d.t(
        f"{'PIHAK KEDUA':<40}PIHAK PERTAMA\n{'Yang Menerima,':<40}Yang Menyerahkan,\n\n\n{r['name']:<40}{off}\n"
    )
    nk = nik_fmt(rng, r["nik"])
    d.t("NIK. ").p("nik", nk).t(" " * max(2, 35 - len(nk))).t("NIP. ").n("nip_official", nip).t(
        "\n\n"
    )
    if rng.random() < 0.7:
        d.t("Saksi-saksi:\n")
        for k in range(2):
            w = person(rng, reg)
            d.t(f"{k + 1}. {w['name']} (NIK ").p("nik", nik_fmt(rng, w["nik"])).t(")  ........\n")
    if rng.random() < 0.6:
        d.t("\nLampiran: Daftar Anggota Kelompok Penerima\n")
        rows = []
        for i in range(rng.randint(5, 12)):
            m = person(rng, reg)
            rows.append(
                [
                    str(i + 1),
                    m["name"],
                    P("nik", nik_fmt(rng, m["nik"])),
                    P("address", address(rng, reg, m, rng.choice([0, 3, 5, 7]))),
                    P("phone", fmt_phone(rng, m["phone"])),
                    rng.choice(["1. ....", "2. ....", "ttd", ""]),
                ]
            )
        render(
            d,
            rng,
            ["No", "Nama Anggota", "NIK", "Alamat", "No HP", "Tanda Tangan"],
            rows,
            layout(rng),
        )
    d.t("\nMengetahui,\n")
    sign(d, rng, reg, f"Kepala Desa {reg.village}", nip=False)


def put_cells(d, cells):
    from common import put

    put(d, cells)


def g_hadir(rng, reg, d):
    kop(d, rng, reg, rng.choice(["desa", "dinas", "puskesmas"]))
    ev = event_date(rng)
    d.t(
        f"\nDAFTAR HADIR\nKegiatan     : {rng.choice(['Musyawarah Desa Khusus Penetapan KPM BLT-DD', 'Sosialisasi Pencegahan Stunting', 'Rapat Koordinasi PPID Pembantu', 'Pelatihan Kader Posyandu', 'Bimtek Siskeudes', 'Rembug Stunting Desa'])}\n"
    )
    d.t(f"Hari/Tanggal : {DAYS[ev.weekday()]}, ").n(
        "event_date", fmt_date(rng, ev, rng.choice([3, 0, 2, 5]))
    ).t(
        f"\nPukul        : {rng.randint(8, 13):02d}.00 WIB s.d. selesai\nTempat       : Aula {rng.choice(['Balai Desa', 'Kantor Kecamatan', 'Puskesmas'])} {reg.village}\n\n"
    )
    mixed = rng.random() < 0.5
    hdr = [
        "No",
        "Nama",
        "NIK/NIP" if mixed else "Jabatan/Instansi",
        "Alamat/Instansi",
        "No. HP",
        "Tanda Tangan",
    ]
    if rng.random() < 0.3:
        hdr.insert(5, "Email")
    rows = []
    for i in range(rng.randint(10, 24)):
        m = person(rng, reg)
        asn = rng.random() < 0.35
        if asn:
            idc = N("nip_official", fmt_nip(rng, make_nip(rng)))
            where = N(
                "office_address",
                rng.choice(
                    [
                        f"Kantor Kecamatan {reg.dis_name}",
                        f"Puskesmas {reg.dis_name}",
                        f"Dinas Sosial {reg.kab}",
                        f"Koramil {reg.dis_name}",
                        f"Polsek {reg.dis_name}",
                    ]
                ),
            )
            job = rng.choice(
                [
                    "Kasi Kesos",
                    "Bidan Desa",
                    "Babinsa",
                    "Bhabinkamtibmas",
                    "Pendamping Desa",
                    "Kasi PMD",
                ]
            )
        else:
            idc = P("nik", nik_fmt(rng, m["nik"]))
            where = P("address", address(rng, reg, m, rng.choice([0, 3, 5, 7, 2])))
            job = rng.choice(
                [
                    "Ketua RT",
                    "Ketua RW",
                    "Tokoh Masyarakat",
                    "Kader PKK",
                    "BPD",
                    "Tokoh Agama",
                    "Karang Taruna",
                    "Warga",
                ]
            )
        row = [
            str(i + 1),
            m["name"],
            idc if mixed else job,
            where,
            P("phone", fmt_phone(rng, m["phone"])) if rng.random() < 0.85 else "-",
        ]
        if "Email" in hdr:
            row.append(P("email", fmt_email(rng, *m["email"])) if rng.random() < 0.7 else "-")
        row.append(rng.choice([f"{i + 1}. ......", f"{i + 1}. ttd", "ttd", "", "(ttd)"]))
        rows.append(row)
    render(d, rng, hdr, rows, layout(rng))
    sign(
        d,
        rng,
        reg,
        rng.choice(["Sekretaris Desa", "Notulis", "Kepala Seksi Pemerintahan"]),
        nip=rng.random() < 0.5,
    )


def g_sk_honorer(rng, reg, d):
    kop(d, rng, reg, rng.choice(["desa", "dinas"]))
    role = rng.choice(
        [
            "TENAGA HONORER KEBERSIHAN",
            "KADER POSYANDU",
            "ANGGOTA LINMAS",
            "GURU TPQ",
            "OPERATOR SISKEUDES",
            "PETUGAS PPPK PARUH WAKTU",
            "TENAGA KESEHATAN PPPK",
        ]
    )
    pppk = "PPPK" in role
    d.t(
        f"\nKEPUTUSAN {'BUPATI ' + reg.kab_short.upper() if pppk else 'KEPALA DESA ' + reg.village.upper()}\nNOMOR "
    ).n("letter_number", letter_number(rng, reg)).t(
        f"\nTENTANG\nPENGANGKATAN {role}\nTAHUN ANGGARAN {rng.choice([2025, 2026])}\n\n"
    )
    d.t(
        "Menimbang : a. bahwa untuk kelancaran pelayanan perlu mengangkat "
        + role.lower()
        + ";\nMengingat : 1. "
    ).n("regulation", "Undang-Undang Nomor 6 Tahun 2014").t(" tentang Desa;\n            2. ").n(
        "regulation",
        f"Peraturan Pemerintah Nomor {rng.choice([43, 47, 11])} Tahun {rng.choice([2014, 2015, 2019])}",
    ).t(";\n            3. ").n(
        "regulation",
        f"Peraturan Bupati {reg.kab_short} Nomor {rng.randint(1, 80)} Tahun {rng.choice([2022, 2023, 2024])}",
    ).t(
        ";\n\nMEMUTUSKAN:\nKESATU : Mengangkat nama-nama sebagaimana tercantum dalam Lampiran Keputusan ini.\n"
    )
    d.t("KEDUA  : Honorarium sebesar ").n("amount", amount(rng, 300_000, 3_500_000)).t(
        " per bulan dibebankan pada kode rekening "
    ).n("account_code", account_code(rng)).t(".\n")
    sign(
        d,
        rng,
        reg,
        "Ditetapkan oleh,\n"
        + ("BUPATI " + reg.kab_short.upper() if pppk else "KEPALA DESA " + reg.village.upper()),
        nip=False,
    )
    d.t("\nLAMPIRAN KEPUTUSAN NOMOR ").n("letter_number", letter_number(rng, reg)).t("\n")
    hdr = [
        "No",
        "Nama",
        "NIP PPPK" if pppk else "NIK",
        "Tempat, Tgl Lahir",
        "Pendidikan",
        "Alamat",
        "Jabatan",
        "Honor/Bulan",
    ]
    if not pppk and rng.random() < 0.4:
        hdr.insert(6, "No. Rekening")
    rows = []
    for i in range(rng.randint(6, 18)):
        m = person(rng, reg, lo=1970, hi=2003)
        idc = (
            N("nip_official", fmt_nip(rng, make_nip(rng)))
            if pppk
            else P("nik", nik_fmt(rng, m["nik"]))
        )
        row = [
            str(i + 1),
            m["name"],
            idc,
            ttl(rng, m),
            rng.choice(["SMA", "SMK", "D3 Keperawatan", "S1 PGSD", "SMP", "D4 Kebidanan"]),
            P("address", address(rng, reg, m)),
        ]
        if "No. Rekening" in hdr:
            row.append([m["bank"] + " ", P("bank_account", m["acct"])])
        row += [
            rng.choice(["Petugas", "Anggota", "Kader", "Pengajar", "Perawat Terampil"]),
            N("amount", amount(rng, 300_000, 3_500_000)),
        ]
        rows.append(row)
    render(d, rng, hdr, rows, layout(rng))


def masked_phone(rng, ph):
    """A number the office masked itself (at least 4 digits hidden)."""
    k = rng.choice([4, 4, 5, 6])
    head = ph[:4]
    tail = ph[4 + k :]
    mask = rng.choice(["x", "*", "X"]) * k
    return rng.choice([f"{head}{mask}{tail}", f"{head}-{mask}-{tail}", f"{head} {mask} {tail}"])


def masked_email(rng, local, dom):
    return local[:2] + "*" * max(3, len(local) - 2) + "@" + dom


def wa_link(rng, ph):
    s = rng.random()
    if s < 0.4:
        return f"https://wa.me/62{ph[1:]}"
    if s < 0.7:
        return f"wa.me/62{ph[1:]}?text=Halo"
    return f"https://api.whatsapp.com/send?phone=62{ph[1:]}"


def g_pengaduan(rng, reg, d):
    o = kop(d, rng, reg, "dinas")
    mon = rng.randint(0, 11)
    d.t(
        f"\nREKAPITULASI PENGADUAN MASYARAKAT\nBULAN {MONTHS[mon].upper()} {rng.choice([2025, 2026])}\n\n"
    )
    d.t("Kanal: SP4N-LAPOR!, WhatsApp Center ").n(
        "office_phone", fmt_phone(rng, o["wa"], rng.choice([1, 2]))
    ).t(", surel ").n("office_email", o["email"]).t(", Call Center ").n(
        "call_centre", rng.choice(["112", "1500-567", "0800-1-234-567", "171"])
    ).t("\n\n")
    for k in range(rng.randint(5, 10)):
        m = person(rng, reg)
        d.t(f"{k + 1}. No. Registrasi : ").n(
            "registration_number",
            rng.choice(
                [
                    f"ADU-{rng.randint(2025, 2026)}-{mon + 1:02d}-{rng.randint(1, 999):04d}",
                    f"#{rng.randint(1000000, 9999999)}",
                    f"LAPOR-{rng.randint(10000000, 99999999)}",
                ]
            ),
        ).t("\n   Diterima        : ").n("timestamp", timestamp(rng)).t("\n")
        anon = rng.random() < 0.15
        if anon:
            d.t("   Pelapor         : (dirahasiakan), kontak ").n(
                "masked_phone", masked_phone(rng, m["phone"])
            ).t("\n")
        else:
            d.t(f"   Pelapor         : {m['name']}")
            if rng.random() < 0.5:
                d.t(" / NIK ").p("nik", nik_fmt(rng, m["nik"]))
            d.t("\n   Kontak          : ")
            c = rng.random()
            if c < 0.4:
                d.p("phone", fmt_phone(rng, m["phone"]))
            elif c < 0.6:
                d.p("phone", wa_link(rng, m["phone"]))
            elif c < 0.85:
                d.p("email", fmt_email(rng, *m["email"], obf=True))
            else:
                d.p("phone", fmt_phone(rng, m["phone"])).t(" / ").p(
                    "email", fmt_email(rng, *m["email"], obf=rng.random() < 0.5)
                )
            d.t("\n")
        d.t("   Isi (kutipan pesan WhatsApp):\n")
        ts = f"{rng.randint(1, 28):02d}/{mon + 1:02d}/{rng.choice([25, 26])} {rng.randint(6, 22):02d}.{rng.randint(0, 59):02d}"
        d.t("   [").n("timestamp", ts).t("] ")
        d.p("phone", fmt_phone(rng, m["phone"], rng.choice([3, 5, 13, 10]))).t(": ")
        topic = rng.choice(
            [
                "bantuan BLT saya belum cair",
                "KTP-el saya belum jadi sudah 3 bulan",
                "jalan di depan rumah rusak parah",
                "nama ibu saya tidak ada di DTKS",
                "anak saya ditolak daftar sekolah karena zonasi",
                "lampu PJU mati sebulan",
            ]
        )
        d.t(f"Assalamualaikum pak, mau lapor {topic}. ")
        s = rng.random()
        if s < 0.3:
            d.t("Alamat saya di ").p("address", address(rng, reg, m, rng.choice([0, 2, 5, 9]))).t(
                ". "
            )
        elif s < 0.55:
            d.t("NIK saya ").p(
                "nik",
                rng.choice(
                    [
                        m["nik"],
                        f"{m['nik'][:8]} {m['nik'][8:]}",
                        " ".join(m["nik"][i : i + 4] for i in range(0, 16, 4)),
                    ]
                ),
            ).t(" tgl lahir ").p(
                "birth_date", fmt_date(rng, m["birth"], rng.choice([1, 2, 8, 20, 3]))
            ).t(". ")
        elif s < 0.75:
            d.t("Kalau perlu hubungi saya di ").p(
                "phone", fmt_phone(rng, m["phone"], rng.choice([2, 7, 11, 12, 6]))
            ).t(" (WA aktif). ")
        else:
            d.t("No KK ").p("kk", m["kk"]).t(" mohon dicek. ")
        d.t("Terima kasih\n")
        if rng.random() < 0.5:
            t2 = person(rng, reg)
            d.t("   [").n("timestamp", ts[:-2] + f"{rng.randint(0, 59):02d}").t("] ").p(
                "phone", fmt_phone(rng, m["phone"], rng.choice([3, 5]))
            ).t(f": ini juga tetangga saya bu {t2['name']} sama, nomornya ").p(
                "phone", fmt_phone(rng, t2["phone"], rng.choice([0, 2, 7]))
            ).t("\n")
        d.t(
            f"   [{ts}] Admin PPID: Baik, aduan kami teruskan ke {rng.choice(['Dinas Sosial', 'Disdukcapil', 'DPUPR', 'Dinas Pendidikan'])}.\n"
        )
        if rng.random() < 0.4:
            d.t("   Jawaban dikirim ke ").n(
                "masked_phone", masked_phone(rng, m["phone"])
            ) if rng.random() < 0.5 else d.t("   Jawaban dikirim ke ").n(
                "masked_email", masked_email(rng, *m["email"])
            )
            d.t(" (data pelapor disamarkan)\n")
        d.t("   Tindak lanjut   : Surat Nomor ").n("letter_number", letter_number(rng, reg)).t(
            f"; status {rng.choice(['Selesai', 'Proses', 'Diteruskan'])}\n\n"
        )
    sign(d, rng, reg, "Kepala Bidang Informasi dan Komunikasi Publik")


def g_pdf_export(rng, reg, d):
    src = rng.choice(["SIKS-NG", "SIPD", "e-PPGBM", "SIGA BKKBN", "Aplikasi DTSEN"])
    pages = rng.randint(1, 3)
    hdr = rng.choice(
        [
            ["NO", "NAMA", "NIK", "NO KK", "TGL LAHIR", "ALAMAT"],
            ["No", "Nama Lengkap", "NIK", "Tempat Lahir", "Tanggal Lahir", "Alamat", "No HP"],
            ["NO", "NAMA KEPALA KELUARGA", "NOMOR KK", "NIK", "ALAMAT", "DESIL"],
        ]
    )
    use_ocr = rng.random() < 0.35
    lay = rng.choice(["colwise", "cellline", "fixed_wrap", "colwise"])
    for pg in range(pages):
        d.t(f"Dicetak dari {src} oleh operator_{reg.village.lower()} pada ").n(
            "timestamp", timestamp(rng)
        ).t(
            f"\nDATA {rng.choice(['CALON PENERIMA BANSOS', 'KELUARGA BERISIKO STUNTING', 'PENDUDUK MISKIN EKSTREM'])} - {reg.units['vil'].upper()} {reg.village.upper()}\n"
        )
        rows = []
        for i in range(rng.randint(6, 14)):
            m = person(rng, reg)
            f = (lambda s: ocr(rng, s)) if use_ocr else (lambda s: s)
            cells = {
                "NO": str(pg * 20 + i + 1),
                "NAMA": m["name"].upper(),
                "Nama Lengkap": m["name"],
                "NAMA KEPALA KELUARGA": m["name"].upper(),
                "NIK": P("nik", f(m["nik"])),
                "NO KK": P("kk", f(m["kk"])),
                "NOMOR KK": P("kk", f(m["kk"])),
                "TGL LAHIR": P(
                    "birth_date", fmt_date(rng, m["birth"], rng.choice([0, 2, 7, 11, 6]))
                ),
                "Tempat Lahir": m["place"],
                "Tanggal Lahir": P(
                    "birth_date", fmt_date(rng, m["birth"], rng.choice([0, 2, 3, 5]))
                ),
                "ALAMAT": P("address", address(rng, reg, m, rng.choice([1, 3, 10, 0])).upper()),
                "Alamat": P("address", address(rng, reg, m, rng.choice([1, 10, 2, 6]))),
                "No HP": P("phone", f(fmt_phone(rng, m["phone"], rng.choice([0, 0, 1, 2])))),
                "DESIL": str(rng.randint(1, 4)),
                "No": str(pg * 20 + i + 1),
            }
            rows.append([cells[h] for h in hdr])
        render(d, rng, hdr, rows, lay)
        d.t(f"\nHalaman {pg + 1} dari {pages}\n\f")


def g_kelulusan(rng, reg, d):
    kop(d, rng, reg, rng.choice(["dinas", "desa"]))
    what = rng.choice(
        [
            "SELEKSI PENGISIAN PERANGKAT DESA",
            "SELEKSI ADMINISTRASI PPPK TENAGA TEKNIS",
            "PENERIMA BEASISWA MAHASISWA BERPRESTASI",
            "SELEKSI PETUGAS PANTARLIH",
            "SELEKSI ANGGOTA BPD",
            "SELEKSI CALON PENDAMPING LOKAL DESA",
        ]
    )
    d.t("\nPENGUMUMAN\nNOMOR: ").n("letter_number", letter_number(rng, reg)).t(
        f"\nTENTANG\nHASIL {what}\n\nBerdasarkan Berita Acara Panitia tanggal "
    ).n("event_date", fmt_date(rng, event_date(rng), 3)).t(
        ", dengan ini diumumkan hasil seleksi sebagai berikut:\n\n"
    )
    hdr = [
        "No",
        "No. Peserta",
        "Nama",
        rng.choice(["Tanggal Lahir", "Tgl. Lahir", "TTL"]),
        "Nilai",
        "Keterangan",
    ]
    masked = rng.random() < 0.35
    if masked:
        hdr.insert(3, "NIK (disamarkan)")
    rows = []
    pre = rng.choice(["PD", "PPPK", "BSW", "PTL", "BPD"])
    for i in range(rng.randint(10, 30)):
        m = person(rng, reg, lo=1975, hi=2005)
        reg_no = rng.choice(
            [
                f"{pre}-{rng.choice([2025, 2026])}-{rng.randint(1, 999):04d}",
                f"{reg.area[:4]}{rng.randint(10000000, 99999999)}",
                f"{rng.randint(10, 99)}-{reg.area[:4]}-{rng.randint(1, 9999):04d}",
            ]
        )
        dob = ttl(rng, m) if hdr[3] == "TTL" else P("birth_date", fmt_date(rng, m["birth"]))
        row = [str(i + 1), N("registration_number", reg_no), m["name"]]
        if masked:
            row.append(N("masked_nik", masked_nik(rng, m["nik"])))
        row += [
            dob,
            f"{rng.uniform(55, 95):.2f}".replace(".", ","),
            rng.choice(["LULUS", "TIDAK LULUS", "CADANGAN", "MS", "TMS"]),
        ]
        rows.append(row)
    render(d, rng, hdr, rows, layout(rng))
    ev = event_date(rng)
    d.t("\nPeserta yang dinyatakan lulus wajib melakukan daftar ulang pada ").n(
        "event_date", fmt_date(rng, ev, rng.choice([3, 0]))
    ).t(" pukul 08.00 WIB. Sanggahan melalui surel ").n("office_email", office_email(rng, reg)).t(
        " atau WA "
    ).n("office_phone", fmt_phone(rng, make_phone(rng), 1)).t(
        " paling lambat 3 (tiga) hari kerja.\n"
    )
    sign(d, rng, reg, "Ketua Panitia Seleksi", nip=rng.random() < 0.5)


def office_email(rng, reg):
    s = reg.slug()
    return rng.choice(
        [
            f"panitia.seleksi@{s}kab.go.id",
            f"bkpsdm@{s}kab.go.id",
            f"pemdes{reg.village.lower()}@gmail.com",
            f"ppid@{s}kab.go.id",
        ]
    )


def g_posyandu(rng, reg, d):
    kop(d, rng, reg, rng.choice(["puskesmas", "desa"]))
    pos = rng.choice(["Melati", "Mawar", "Anggrek", "Dahlia", "Kenanga", "Seruni", "Flamboyan"])
    ev = event_date(rng)
    d.t(
        f"\nDATA HASIL PENIMBANGAN DAN PENGUKURAN BALITA\nPOSYANDU {pos.upper()} {reg.units['ham'] or 'RW'} {reg.hamlets[0].upper()}\nTanggal penimbangan: "
    ).n("event_date", fmt_date(rng, ev, rng.choice([0, 2, 3, 6]))).t("  Lokasi: ").n(
        "coordinate", coordinate(rng)
    ).t("\n\n")
    variant = rng.random()
    hdr = [
        "No",
        "Nama Balita",
        "NIK Balita",
        "JK",
        "Tgl Lahir",
        "Umur (bln)",
        "BB (kg)",
        "TB (cm)",
        "ZS TB/U",
        "Nama Ibu",
        "NIK Ibu",
        "Alamat",
        "No HP Ortu",
    ]
    split = variant < 0.3
    if split:
        hdr = hdr[:11] + [reg.units["ham"] or "Dusun", "RT", "RW", "No HP Ortu"]
    rows = []
    for i in range(rng.randint(8, 20)):
        mom = person(rng, reg, "P", 1985, 2004)
        kid = person(rng, reg, rng.choice("LP"), 2021, 2025)
        kid_nik = mom["nik"][:6] + kid["nik"][6:]
        row = [
            str(i + 1),
            kid["name"].split()[0]
            + " "
            + rng.choice(["Putra", "Putri", "Aqila", "Alfatih", "Zahra", "Rizky"]),
            P("nik", nik_fmt(rng, kid_nik)) if rng.random() < 0.85 else "-",
            kid["sex"],
            P("birth_date", fmt_date(rng, kid["birth"], rng.choice([0, 2, 6, 1, 20, 5]))),
            str(rng.randint(0, 59)),
            f"{rng.uniform(5, 18):.1f}".replace(".", ","),
            f"{rng.uniform(55, 110):.1f}".replace(".", ","),
            f"{rng.uniform(-3.5, 1.5):.2f}",
            mom["name"],
            P("nik", nik_fmt(rng, mom["nik"])),
        ]
        if split:
            row += addr_cells(d, rng, reg, mom, "")
        else:
            row.append(P("address", address(rng, reg, mom, rng.choice([0, 3, 5, 7]))))
        row.append(
            P("phone", fmt_phone(rng, mom["phone"], rng.choice([0, 1, 2, 0])))
            if rng.random() < 0.8
            else ""
        )
        rows.append(row)
    render(d, rng, hdr, rows, layout(rng))
    d.t(
        f"\nJumlah balita ditimbang: {len(rows)}; stunting (ZS < -2): {sum(1 for r in rows if r[8].startswith('-2') or r[8].startswith('-3'))}\n"
    )
    sign(d, rng, reg, "Bidan Desa", nip=rng.random() < 0.6)


def g_blt(rng, reg, d):
    kop(d, rng, reg, "desa")
    yr = rng.choice([2025, 2026])
    d.t(
        f"\nDAFTAR KELUARGA PENERIMA MANFAAT (KPM)\nBANTUAN LANGSUNG TUNAI DANA DESA (BLT-DD) TAHUN {yr}\n{reg.units['vil'].upper()} {reg.village.upper()} {reg.units['dis'].upper()} {reg.dis_name.upper()}\n\n"
    )
    d.t("Ditetapkan dengan Keputusan Kepala Desa Nomor ").n(
        "letter_number", letter_number(rng, reg)
    ).t(" hasil Musdesus tanggal ").n(
        "event_date", fmt_date(rng, event_date(rng, yr), rng.choice([3, 0, 2]))
    ).t(".\nPagu: ").n("amount", amount(rng, 50_000_000, 400_000_000)).t("; kode rekening ").n(
        "account_code", f"5.4.01.{rng.randint(1, 3):02d}"
    ).t(" / ").n("account_code", account_code(rng)).t("; RKD ").n(
        "office_account",
        f"{rng.randint(100, 999)}.{rng.randint(10, 99)}.{rng.randint(100000, 999999)}-{rng.randint(1, 9)}",
    ).t("\n\n")
    v = rng.random()
    if v < 0.35:
        hdr = [
            "No",
            "Nama KPM",
            "NIK",
            "No. KK",
            reg.units["ham"] or "Dusun",
            "RT",
            "RW",
            "Kategori",
            "Jumlah (Rp)",
        ]
    elif v < 0.7:
        hdr = ["No", "Nama KPM", "NIK", "No. KK", "Alamat", "Pekerjaan", "Jumlah (Rp)"]
    else:
        hdr = ["No", "Nama KPM", "NIK", "Alamat", "Bank", "No. Rekening", "Jumlah (Rp)"]
    rows = []
    for i in range(rng.randint(10, 30)):
        m = person(rng, reg)
        row = [
            str(i + 1),
            m["name"].upper() if rng.random() < 0.5 else m["name"],
            P("nik", nik_fmt(rng, m["nik"])),
        ]
        if "No. KK" in hdr:
            row.append(P("kk", nik_fmt(rng, m["kk"])))
        if "RT" in hdr:
            row += addr_cells(d, rng, reg, m, "")
            row.append(
                rng.choice(
                    [
                        "Lansia tunggal",
                        "Disabilitas",
                        "Miskin ekstrem",
                        "Penyakit kronis",
                        "Kehilangan mata pencaharian",
                    ]
                )
            )
        else:
            row.append(P("address", address(rng, reg, m, rng.choice([0, 3, 5, 7, 8]))))
        if "Pekerjaan" in hdr:
            row.append(m["job"])
        if "Bank" in hdr:
            row += [m["bank"], P("bank_account", m["acct"])]
        row.append(
            N(
                "amount",
                rng.choice(["900.000", "Rp 900.000", "300000", "Rp300.000,00", "2.700.000"]),
            )
        )
        rows.append(row)
    render(d, rng, hdr, rows, layout(rng))
    sign(
        d,
        rng,
        reg,
        f"Kepala {reg.units['vil']} {reg.village}",
        nip=reg.units["vil"] == "Kelurahan",
    )


def g_dpt(rng, reg, d):
    tps = rng.randint(1, 25)
    d.t(
        f"DAFTAR PEMILIH TETAP (DPT)\nPEMILIHAN {rng.choice(['UMUM TAHUN 2024', 'KEPALA DAERAH SERENTAK 2024', 'KEPALA DESA 2025'])}\nPROVINSI : {reg.prov_name.upper()}\nKABUPATEN/KOTA : {reg.kab.upper()}\nKECAMATAN : {reg.dis_name.upper()}\nDESA/KELURAHAN : {reg.village.upper()}\nTPS : {tps:03d}\n\n"
    )
    hdr = [
        "NO",
        "NKK",
        "NIK",
        "NAMA",
        "TEMPAT LAHIR",
        "TANGGAL LAHIR",
        "STS KWN",
        "L/P",
        "ALAMAT",
        "RT",
        "RW",
        "KET",
    ]
    rows = []
    for i in range(rng.randint(15, 35)):
        m = person(rng, reg, lo=1940, hi=2008)
        if rng.random() < 0.15:
            nik_cell = P("nik", m["nik"][:12] + "****")
        else:
            nik_cell = N("masked_nik", masked_nik(rng, m["nik"]))
        item = d.new_item("address")
        rows.append(
            [
                str(i + 1),
                N("masked_nik", masked_nik(rng, m["kk"])),
                nik_cell,
                m["name"].upper(),
                m["place"].upper(),
                P("birth_date", fmt_date(rng, m["birth"], rng.choice([0, 2, 11, 20, 8]))),
                rng.choice(["B", "S", "P"]),
                m["sex"],
                (
                    "address",
                    address(rng, reg, m, rng.choice([3, 2, 9])).split(" RT")[0].upper(),
                    item,
                ),
                ("address", f"{m['rt']:03d}", item),
                ("address", f"{m['rw']:03d}", item),
                rng.choice(["", "", "Disabilitas fisik", "Pemilih baru"]),
            ]
        )
    render(d, rng, hdr, rows, layout(rng, ["fixed", "cellline", "pipe", "csv", "html", "tab"]))
    d.t("\nDitetapkan dalam Rapat Pleno PPS tanggal ").n(
        "event_date", fmt_date(rng, event_date(rng), 3)
    ).t(f"\nKetua PPS {reg.village}\n\n{official_name(rng)}\n")


def g_suket(rng, reg, d):
    kop(d, rng, reg, "desa")
    kind = rng.choice(
        [
            "DOMISILI",
            "TIDAK MAMPU",
            "USAHA",
            "BELUM PERNAH MENIKAH",
            "PENGHASILAN ORANG TUA",
            "KEHILANGAN",
            "AHLI WARIS",
        ]
    )
    d.t(f"\nSURAT KETERANGAN {kind}\nNomor : ").n("letter_number", letter_number(rng, reg)).t(
        "\n\n"
    )
    u = reg.units
    d.t(
        f"Yang bertanda tangan di bawah ini Kepala {u['vil']} {reg.village}, {u['dis']} {reg.dis_name}, {reg.kab}, menerangkan dengan sebenarnya bahwa:\n\n"
    )
    m = person(rng, reg)
    addr = address(rng, reg, m, rng.choice([0, 1, 2, 4, 6, 10]))
    d.t(f"Nama                  : {m['name']}\n")
    d.t("NIK                   : ").p("nik", nik_fmt(rng, m["nik"])).t("\n")
    if rng.random() < 0.6:
        d.t("No. KK                : ").p("kk", m["kk"]).t("\n")
    d.t("Tempat/Tgl. Lahir     : ")
    put_cells(d, ttl(rng, m))
    d.t(
        f"\nJenis Kelamin         : {'Laki-laki' if m['sex'] == 'L' else 'Perempuan'}\nAgama                 : {rng.choice(['Islam', 'Kristen', 'Katolik', 'Hindu', 'Buddha'])}\nPekerjaan             : {m['job']}\n"
    )
    d.t("Alamat                : ")
    if len(addr) > 30 and rng.random() < 0.6:
        cut = addr.rfind(" ", 0, 30)
        item = d.new_item("address")
        d.p("address", addr[:cut], item).t("\n                        ").p(
            "address", addr[cut + 1 :], item
        )
    else:
        d.p("address", addr)
    d.t("\n")
    if rng.random() < 0.4:
        d.t("No. HP                : ").p("phone", fmt_phone(rng, m["phone"])).t("\n")
    d.t("\nOrang tersebut di atas adalah benar warga ").n(
        "village_name", f"{u['vil']} {reg.village}"
    ).t(" ")
    if kind == "DOMISILI":
        d.t("yang berdomisili di ").p("address", address(rng, reg, m, 5)).t(
            f" sejak tahun {rng.randint(1990, 2022)}.\n"
        )
    elif kind in {"TIDAK MAMPU", "PENGHASILAN ORANG TUA"}:
        kid = person(rng, reg, lo=2005, hi=2012)
        d.t(
            f"dan tergolong keluarga kurang mampu, orang tua/wali dari:\nNama Anak : {kid['name']}\nTTL       : "
        )
        put_cells(d, ttl(rng, kid))
        d.t(
            f"\nSekolah   : {rng.choice(['SMA Negeri 1', 'SMK Negeri 2', 'Universitas', 'MAN'])} {reg.kab_short}\nPenghasilan rata-rata per bulan: "
        ).n("amount", amount(rng, 500_000, 2_000_000)).t(".\n")
    elif kind == "USAHA":
        d.t(
            f"yang mempunyai usaha {rng.choice(['warung kelontong', 'bengkel motor', 'jahit', 'ternak ayam'])} di "
        ).p("address", address(rng, reg, m, rng.choice([5, 9, 0]))).t(
            " sejak tahun 2019. NIB usaha: "
        ).n("permit", str(rng.randint(10**12, 10**13 - 1))).t(".\n")
    elif kind == "KEHILANGAN":
        d.t(
            f"telah kehilangan {rng.choice(['KTP-el', 'Kartu Keluarga', 'buku tabungan', 'Kartu KIS'])} pada tanggal "
        ).n("event_date", fmt_date(rng, event_date(rng), 3)).t(" di sekitar pasar. ")
        if rng.random() < 0.5:
            d.t("Nomor kartu KIS: ").p("bpjs", fmt_bpjs(rng, m["bpjs"])).t(". ")
        else:
            d.t(f"Rekening {m['bank']} nomor ").p("bank_account", m["acct"]).t(". ")
        d.t("\n")
    elif kind == "AHLI WARIS":
        d.t("adalah ahli waris dari almarhum/almarhumah yang meninggal pada tanggal ").n(
            "event_date", fmt_date(rng, event_date(rng), 3)
        ).t(". Ahli waris lainnya:\n")
        for k in range(rng.randint(2, 4)):
            h = person(rng, reg)
            d.t(f"  {k + 1}. {h['name']}, NIK ").p("nik", h["nik"]).t(", lahir ").p(
                "birth_date", fmt_date(rng, h["birth"], rng.choice([3, 0, 2]))
            ).t("\n")
    else:
        d.t("dan sampai saat ini belum pernah menikah.\n")
    d.t(
        "\nSurat keterangan ini dibuat untuk "
        + rng.choice(
            [
                "persyaratan pengajuan beasiswa KIP Kuliah",
                "pendaftaran BPJS PBI",
                "pengajuan kredit usaha rakyat",
                "melamar pekerjaan",
                "pengurusan administrasi bank",
            ]
        )
        + ".\nRegister: "
    ).n("letter_number", f"{rng.randint(1, 400)}/Reg/{u['vil'][:3]}/{rng.choice([2025, 2026])}").t(
        "\n"
    )
    sign(d, rng, reg, f"Kepala {u['vil']} {reg.village}", nip=u["vil"] == "Kelurahan")
    if rng.random() < 0.4:
        d.t("\nMengetahui,\nCamat " + reg.dis_name + "\n\n" + official_name(rng) + "\nNIP. ").n(
            "nip_official", fmt_nip(rng, make_nip(rng))
        ).t("\n")


def g_memo(rng, reg, d):
    d.t(
        f"NOTA DINAS\n\nKepada : Yth. Kepala {rng.choice(['Dinas Sosial', 'Disdukcapil', 'Dinas Kesehatan'])}\nDari   : Kepala Bidang {rng.choice(['Perlindungan Sosial', 'Pelayanan Pendaftaran Penduduk', 'Yankes'])}\nTanggal: "
    ).n("letter_date", fmt_date(rng, event_date(rng), rng.choice([3, 2]))).t("\nNomor  : ").n(
        "letter_number", letter_number(rng, reg)
    ).t("\nSifat  : Segera\nHal    : Verifikasi berkas pemohon\n\n")
    d.t("Bersama ini kami sampaikan hasil verifikasi berkas sebagaimana foto terlampir:\n\n")
    html = rng.random() < 0.45
    for k in range(rng.randint(2, 5)):
        m = person(rng, reg)
        if html:
            d.t('<figure><img src="/media/original_images/ktp_').p("nik", m["nik"]).t(
                '.jpg" alt="Foto KTP ' + m["name"] + " NIK "
            ).p("nik", m["nik"]).t(
                '"><figcaption>Gambar ' + str(k + 1) + ". e-KTP a.n. " + m["name"] + ", lahir "
            )
            put_cells(d, ttl(rng, m))
            d.t(", alamat ").p("address", address(rng, reg, m)).t("</figcaption></figure>\n")
        else:
            d.t(f"[Foto {k + 1}: KTP a.n. {m['name']}, NIK ").p("nik", nik_fmt(rng, m["nik"])).t(
                ", TTL "
            )
            put_cells(d, ttl(rng, m))
            d.t(", alamat ").p("address", address(rng, reg, m)).t("]\n")
        if rng.random() < 0.5:
            d.t(f"Gambar {k + 1}b. Kartu Keluarga No. ").p("kk", m["kk"]).t(
                f" (kepala keluarga {m['name']}); berkas: scan_kk_"
            ).p("kk", m["kk"]).t(".pdf\n")
        if rng.random() < 0.3:
            d.t("Buku tabungan " + m["bank"] + " no. ").p("bank_account", m["acct"]).t(
                "; kartu KKS "
            ).p("kks", m["kks"]).t("\n")
    d.t("\nDemikian untuk menjadi periksa.\n")
    sign(d, rng, reg, "Kepala Bidang", date=False)


def g_ngo(rng, reg, d):
    org = rng.choice(
        [
            "Yayasan Air Bersih Nusantara",
            "Wahana Peduli Anak",
            "Lembaga Gizi Komunitas",
            "Yayasan Inklusi Desa",
        ]
    )
    d.t(
        f"{org}\nQuarterly Field Monitoring Report — {rng.choice(['WASH for Villages', 'Stunting-Free Families', 'Inclusive Social Protection'])}\nGrant No. "
    ).n(
        "registration_number",
        f"AID-{rng.randint(100, 999)}-A-{rng.randint(16, 25)}-{rng.randint(1, 99999):05d}",
    ).t("\nProject office: ").n(
        "office_address",
        f"Jl. {rng.choice(['Kaliurang', 'Cik Ditiro', 'Dr. Wahidin'])} Km {rng.randint(1, 12)}, {reg.kab}",
    ).t(", phone ").n(
        "office_phone", f"+62 {rng.choice(AREA_CODES)[1:]} {rng.randint(200000, 999999)}"
    ).t(", email ").n("office_email", f"info@{org.split()[1].lower()}.or.id").t("\n\n")
    d.t(
        f"1. Summary\nThis quarter the team visited {rng.randint(8, 40)} households in {reg.village} Village, {reg.dis_name} District. Water point coordinates: "
    ).n("coordinate", coordinate(rng)).t(" and ").n("coordinate", coordinate(rng)).t(
        f". Expenditure: USD {rng.randint(5, 90)},{rng.randint(100, 999)} ("
    ).n("amount", amount(rng, 50_000_000, 900_000_000)).t(
        ").\n\n2. Case stories (consent obtained)\n"
    )
    for _k in range(rng.randint(2, 4)):
        m = person(rng, reg)
        title = "Mrs." if m["sex"] == "P" else "Mr."
        d.t(
            f"{title} {m['name']} ({2026 - m['birth'].year}), a {rng.choice(['farmer', 'fish trader', 'housewife', 'day labourer'])} living at "
        ).p("address", address(rng, reg, m, rng.choice([11, 0, 5, 9]))).t(" (ID No. ").p(
            "nik", m["nik"]
        ).t("; DOB ").p("birth_date", fmt_date(rng, m["birth"], rng.choice([15, 16, 6, 10]))).t(
            "), can be reached at "
        ).p("phone", fmt_phone(rng, m["phone"], rng.choice([3, 5, 13]))).t(
            f". {'She' if m['sex'] == 'P' else 'He'} reported that the new tap saves two hours a day.\n"
        )
    d.t("\nAnnex 1. Beneficiary list\n")
    rows = []
    for i in range(rng.randint(6, 15)):
        m = person(rng, reg)
        rows.append(
            [
                str(i + 1),
                m["name"],
                P("nik", m["nik"]),
                P("birth_date", fmt_date(rng, m["birth"], rng.choice([6, 15, 16, 10, 2]))),
                m["sex"].replace("L", "M").replace("P", "F"),
                P("address", address(rng, reg, m, rng.choice([11, 7, 0]))),
                P("phone", fmt_phone(rng, m["phone"], rng.choice([3, 4, 5, 0])))
                if rng.random() < 0.7
                else "n/a",
                P("email", fmt_email(rng, *m["email"])) if rng.random() < 0.3 else "",
            ]
        )
    render(
        d,
        rng,
        ["No", "Name", "ID Number (NIK)", "Date of Birth", "Sex", "Address", "Mobile", "Email"],
        rows,
        layout(rng, ["md", "pipe", "html", "tab", "csv"]),
    )
    d.t("\nReferences: Village WASH Guidebook, ISBN ").n("isbn", isbn(rng)).t(
        "; ethics approval No. "
    ).n("registration_number", f"KE/FK/{rng.randint(100, 2000)}/EC/{rng.choice([2025, 2026])}").t(
        ". Report date: "
    ).n("letter_date", fmt_date(rng, event_date(rng), rng.choice([15, 16]))).t("\n")


def g_local(rng, reg, d):
    lang = {"13": "min", "14": "min", "32": "su", "36": "su"}.get(reg.prov, "jv")
    if lang == "jv":
        d.t(f"PAWARTOS {reg.units['vil'].upper()} {reg.village.upper()}\n\n")
        for k in range(rng.randint(3, 6)):
            m = person(rng, reg, lo=1940, hi=1990)
            kind = rng.random()
            if kind < 0.4:
                d.t(
                    f"Lelayu. Sampun kapundhut wangsul dhumateng ngarsanipun Gusti, Bapak/Ibu {m['name']}, yuswa {2026 - m['birth'].year} taun, ing dinten {DAYS[k % 7]} "
                ).n("event_date", fmt_date(rng, event_date(rng), 3)).t(". Dalemipun ").p(
                    "address", address(rng, reg, m, rng.choice([0, 5, 7]))
                ).t(". Kasarekaken ing Makam Dusun.\n\n")
            else:
                d.t(f"Bapak/Ibu {m['name']}, lair ing {m['place']}, ").p(
                    "birth_date", fmt_date(rng, m["birth"], rng.choice([3, 0, 4]))
                ).t(", manggen wonten ing ").p(
                    "address", address(rng, reg, m, rng.choice([0, 1, 5]))
                ).t(", kapilih dados pengurus KWT. Nomer HP/WA: ").p(
                    "phone", fmt_phone(rng, m["phone"])
                ).t(". NIK ").p("nik", m["nik"]).t(".\n\n")
    elif lang == "su":
        d.t(f"WARTA DESA {reg.village.upper()}\n\n")
        for _k in range(rng.randint(3, 6)):
            m = person(rng, reg)
            d.t(f"Bapa/Ibu {m['name']}, lahir di {m['place']} ").p(
                "birth_date", fmt_date(rng, m["birth"], rng.choice([3, 0, 5]))
            ).t(", dumuk di ").p("address", address(rng, reg, m, rng.choice([0, 5, 1]))).t(
                ". Nomer WA nu tiasa dihubungi: "
            ).p("phone", fmt_phone(rng, m["phone"])).t(
                ". Kapungkur nampi bantuan ti desa ku nomer KK "
            ).p("kk", m["kk"]).t(".\n\n")
    else:
        d.t(f"KABA NAGARI {reg.village.upper()}\n\n")
        for _k in range(rng.randint(3, 6)):
            m = person(rng, reg)
            d.t(f"Dunsanak {m['name']}, lahia di {m['place']} ").p(
                "birth_date", fmt_date(rng, m["birth"], rng.choice([3, 0, 2]))
            ).t(", tingga di ").p("address", f"Jorong {m['ham']}, Nagari {reg.village}").t(
                ". Kok ado nan ka manolong, hubungi "
            ).p("phone", fmt_phone(rng, m["phone"])).t(" atau surek ka ").p(
                "email", fmt_email(rng, *m["email"], obf=rng.random() < 0.4)
            ).t(".\n\n")
    d.t("Kantor: ").n(
        "office_address",
        f"Balai {reg.units['vil']} {reg.village}, {reg.units['dis']} {reg.dis_name}",
    ).t(" Telp. ").n(
        "office_phone", f"({rng.choice(AREA_CODES)}) {rng.randint(200000, 999999)}"
    ).t("\n")


def g_budget(rng, reg, d):
    kop(d, rng, reg, rng.choice(["desa", "dinas"]))
    yr = rng.choice([2024, 2025, 2026])
    d.t(
        f"\nLAPORAN REALISASI PELAKSANAAN APB{'Des' if rng.random() < 0.5 else 'D'} TAHUN ANGGARAN {yr}\nSEMESTER {rng.choice(['I', 'II'])}\n\nNPWP Bendahara: "
    ).n("office_npwp", fmt_npwp(rng, "00" + make_npwp(rng)[2:])).t("  Rekening Kas: ").n(
        "office_account",
        f"{rng.randint(1000, 9999)}-01-{rng.randint(100000, 999999)}-30-{rng.randint(1, 9)}",
    ).t("\n\n")
    rows = []
    for _i in range(rng.randint(12, 30)):
        a = rng.randint(10**6, 10**13)
        b = int(a * rng.uniform(0.3, 1.0))
        raw = rng.random() < 0.35
        fa = str(a) if raw else f"{a:,}".replace(",", ".")
        fb = str(b) if raw else f"{b:,}".replace(",", ".") + ",00"
        rows.append(
            [
                N("account_code", account_code(rng)),
                rng.choice(
                    [
                        "Belanja Pegawai",
                        "Penghasilan Tetap Kades",
                        "Belanja Barang dan Jasa",
                        "Pembangunan Jalan Usaha Tani",
                        "BLT Dana Desa",
                        "Honor Kader Posyandu",
                        "Belanja Modal Peralatan",
                        "Pendapatan Transfer Dana Desa",
                        "Bagi Hasil Pajak Daerah",
                        "Silpa Tahun Sebelumnya",
                    ]
                ),
                N("amount", fa),
                N("amount", fb),
                f"{b / a * 100:.2f}%",
            ]
        )
    render(
        d,
        rng,
        ["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
        rows,
        layout(rng, ["pipe", "md", "fixed", "tab", "html", "semi", "cellline"]),
    )
    d.t("\nID transaksi SIPD: ").n("non_nik_16", non_nik16(rng)).t("; nomor SP2D ").n(
        "letter_number",
        f"{rng.randint(1, 9999):04d}/SP2D/LS/{rng.randint(1, 9)}.{rng.randint(1, 9):02d}.0.00.0.00.{rng.randint(1, 20):02d}.0000/{yr}",
    ).t("; kode billing ").n("payment_code", str(rng.randint(10**14, 10**15 - 1))).t("; NTPN ").n(
        "payment_code", "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    ).t("\n")
    d.t("Nomor registrasi aset: ").n("non_nik_16", non_nik16(rng)).t(", ").n(
        "non_nik_16", non_nik16(rng)
    ).t("\n")
    sign(d, rng, reg, rng.choice(["Kepala Desa", "Kepala BPKAD"]), nip=rng.random() < 0.5)


def g_procure(rng, reg, d):
    kop(d, rng, reg, "dinas")
    d.t("\nPENGUMUMAN PEMENANG\nNomor: ").n("letter_number", letter_number(rng, reg)).t(
        f"\nPaket Pekerjaan : {rng.choice(['Rehabilitasi Jalan Desa', 'Pengadaan Komputer', 'Pembangunan Drainase', 'Pengadaan Obat dan BMHP', 'Jasa Konsultansi Pengawasan'])}\nKode RUP        : "
    ).n("permit", str(rng.randint(40_000_000, 59_999_999))).t("\nKode Tender     : ").n(
        "permit", str(rng.randint(1_000_000, 99_999_999))
    ).t("\nNilai HPS       : ").n("amount", amount(rng, 100_000_000, 9_000_000_000)).t(
        "\nLokasi          : "
    ).n("coordinate", coordinate(rng)).t("\n\n")
    rows = []
    for i, c in enumerate(rng.sample(COMPANY, rng.randint(3, 6))):
        npwp = make_npwp(rng, badan=True)
        rows.append(
            [
                str(i + 1),
                c,
                N("company_npwp", fmt_npwp(rng, npwp)),
                N(
                    "company_address",
                    f"Jl. {rng.choice(['Industri', 'Raya Timur', 'Gatot Subroto', 'Soekarno-Hatta'])} No. {rng.randint(1, 300)}, {rng.choice(['Semarang', 'Makassar', 'Medan', reg.kab_short])}",
                ),
                N(
                    "company_phone",
                    f"({rng.choice(['024', '0411', '061', '0274'])}) {rng.randint(2000000, 8999999)}",
                ),
                N("amount", amount(rng, 90_000_000, 8_900_000_000)),
            ]
        )
    render(
        d,
        rng,
        ["No", "Nama Penyedia", "NPWP", "Alamat", "Telepon", "Harga Penawaran"],
        rows,
        layout(rng, ["pipe", "md", "fixed", "html", "tab", "kv"]),
    )
    w = rows[0][1]
    dr = person(rng, reg)
    d.t(f"\nPemenang: {w}, NIB ").n("permit", str(rng.randint(10**12, 10**13 - 1))).t(
        ", email "
    ).n(
        "company_email",
        f"{w.split()[-1].lower()}.{w.split()[-2].lower().strip('.')}@{rng.choice(['gmail.com', 'yahoo.co.id'])}"
        if rng.random() < 0.3
        else f"admin@{w.split()[-1].lower()}.co.id",
    ).t(f", Direktur: {dr['name']}")
    if rng.random() < 0.5:
        d.t(" (NIK ").p("nik", dr["nik"]).t(", HP ").p("phone", fmt_phone(rng, dr["phone"])).t(")")
    d.t(".\nInvoice/penagihan ke: ").n(
        "invoice_number",
        f"INV/{rng.choice([2025, 2026])}/{rng.choice(['III', 'VII', 'XI'])}/{rng.randint(1, 999):05d}",
    ).t("\nMasa sanggah: ").n("event_date", fmt_date(rng, event_date(rng), 3)).t(" s.d. ").n(
        "event_date", fmt_date(rng, event_date(rng), 3)
    ).t("\n")
    sign(d, rng, reg, "Pokja Pemilihan", nip=True)


def g_inventory(rng, reg, d):
    kop(d, rng, reg, rng.choice(["dinas", "desa"]))
    kind = rng.random()
    if kind < 0.35:
        d.t("\nDAFTAR KOLEKSI PERPUSTAKAAN DESA (PENGADAAN TAHUN INI)\n")
        rows = [
            [
                str(i + 1),
                rng.choice(
                    [
                        "Budidaya Lele Bioflok",
                        "Pertolongan Pertama",
                        "Sejarah Desa",
                        "Cerita Rakyat Nusantara",
                        "Panduan Posyandu",
                        "Bertani Organik",
                    ]
                ),
                N("isbn", isbn(rng)),
                rng.choice(["Gramedia", "Deepublish", "Balai Pustaka", "Erlangga"]),
                N("amount", amount(rng, 30_000, 250_000)),
            ]
            for i in range(rng.randint(10, 25))
        ]
        render(
            d,
            rng,
            ["No", "Judul", "ISBN", "Penerbit", "Harga"],
            rows,
            layout(rng, ["pipe", "md", "tab", "fixed", "html", "csv"]),
        )
    elif kind < 0.7:
        d.t("\nLAPORAN KEGIATAN REHABILITASI JALAN DAN SALURAN\n")
        rows = [
            [
                str(i + 1),
                f"Ruas {rng.choice(['Krajan', 'Ngasem', 'Sawah Lor', 'Pasar'])} - {rng.choice(['Makam', 'Sekolah', 'Masjid', 'Sungai'])}",
                N("coordinate", coordinate(rng)),
                N("coordinate", coordinate(rng)),
                f"{rng.randint(50, 2500)} m",
                N("amount", amount(rng, 10_000_000, 900_000_000)),
            ]
            for i in range(rng.randint(8, 18))
        ]
        render(
            d,
            rng,
            ["No", "Ruas", "Titik Awal", "Titik Akhir", "Panjang", "Biaya"],
            rows,
            layout(rng, ["pipe", "md", "tab", "fixed", "html", "kv"]),
        )
    else:
        d.t("\nKARTU INVENTARIS BARANG (KIB B) PERALATAN DAN MESIN\n")
        rows = [
            [
                str(i + 1),
                N(
                    "product_code",
                    f"1.3.2.{rng.randint(1, 19):02d}.{rng.randint(1, 9):02d}.{rng.randint(1, 9):02d}.{rng.randint(1, 120):03d}",
                ),
                rng.choice(
                    [
                        "Laptop",
                        "Printer",
                        "Sepeda Motor",
                        "Genset",
                        "Proyektor",
                        "Mobil Ambulans Desa",
                    ]
                ),
                N(
                    "product_code",
                    rng.choice(
                        [
                            ean13(rng),
                            f"SN{rng.randint(10**9, 10**10 - 1)}",
                            f"{rng.choice(['5CD', 'CN0', 'JH4'])}{rng.randint(10**6, 10**7 - 1)}",
                        ]
                    ),
                ),
                N(
                    "vehicle_id",
                    rng.choice(
                        [
                            f"{rng.choice(['AB', 'B', 'D', 'DK', 'KT', 'DD', 'PA'])} {rng.randint(1, 9999)} {rng.choice(['A', 'BC', 'XY', 'KT'])}",
                            "-",
                        ]
                    ),
                ),
                N(
                    "invoice_number",
                    f"{rng.randint(1, 999):03d}/KW/{rng.choice(['Dinkes', 'Ds', 'Setda'])}/{rng.choice([2023, 2024, 2025])}",
                ),
                N("amount", amount(rng, 1_000_000, 450_000_000)),
            ]
            for i in range(rng.randint(8, 20))
        ]
        render(
            d,
            rng,
            [
                "No",
                "Kode Barang",
                "Nama Barang",
                "No. Seri/Pabrik",
                "No. Polisi",
                "Bukti Perolehan",
                "Harga",
            ],
            rows,
            layout(rng, ["pipe", "md", "tab", "fixed", "html", "semi"]),
        )
    d.t("\nDaftar kontak layanan:\n")
    for lab in [
        "Ambulans Desa",
        "Posko Bencana",
        "Call Center Dinsos",
        "Puskesmas 24 Jam",
        "Damkar",
    ]:
        d.t(f"- {lab}: ")
        if lab.startswith("Call"):
            d.n("call_centre", rng.choice(["112", "0800-1-555-777", "1500-123", "119"]))
        elif lab in {"Ambulans Desa", "Posko Bencana"}:
            d.n("office_phone", fmt_phone(rng, make_phone(rng), rng.choice([0, 1, 2])))
        else:
            d.n("office_phone", f"({rng.choice(AREA_CODES)}) {rng.randint(200000, 9999999)}")
        d.t("\n")
    sign(d, rng, reg, "Pengurus Barang", nip=True)


def g_honor(rng, reg, d):
    kop(d, rng, reg, "dinas")
    d.t(
        f"\nDAFTAR PENERIMAAN HONORARIUM {rng.choice(['NARASUMBER', 'TIM PELAKSANA KEGIATAN', 'TIM PENGELOLA PPID', 'PANITIA PENGADAAN'])}\nKegiatan: {rng.choice(['Bimtek Keterbukaan Informasi', 'Penyusunan DIP', 'Monev Dana Desa'])}\nDPA kode rekening "
    ).n("account_code", account_code(rng)).t("  Tanggal: ").n(
        "event_date", fmt_date(rng, event_date(rng), 3)
    ).t("\n\n")
    hdr = [
        "No",
        "Nama",
        "NIP/NIK",
        "Gol",
        "NPWP",
        "Bruto",
        "PPh 21",
        "Netto",
        "Bank",
        "No. Rekening",
        "TTD",
    ]
    rows = []
    for i in range(rng.randint(6, 16)):
        m = person(rng, reg, lo=1965, hi=1998)
        asn = rng.random() < 0.6
        idc = N("nip_official", fmt_nip(rng, make_nip(rng))) if asn else P("nik", m["nik"])
        np_ = (
            P("npwp", fmt_npwp(rng, m["npwp"]) if rng.random() < 0.75 else m["nik"])
            if rng.random() < 0.85
            else "-"
        )
        b = rng.randint(3, 30) * 100_000
        rows.append(
            [
                str(i + 1),
                m["name"],
                idc,
                rng.choice(["III/a", "III/c", "IV/a", "II/b", "-"]) if asn else "-",
                np_,
                N("amount", f"{b:,}".replace(",", ".")),
                N("amount", f"{b * 5 // 100:,}".replace(",", ".")),
                N("amount", f"{b * 95 // 100:,}".replace(",", ".")),
                m["bank"],
                P("bank_account", m["acct"]),
                f"{i + 1}. .....",
            ]
        )
    render(d, rng, hdr, rows, layout(rng))
    d.t("\nPPh 21 disetor dengan kode billing ").n(
        "payment_code", str(rng.randint(10**14, 10**15 - 1))
    ).t(", faktur ").n(
        "payment_code",
        f"010.{rng.randint(0, 9)}{rng.randint(10, 99)}-{rng.choice([25, 26])}.{rng.randint(10**7, 10**8 - 1)}",
    ).t("\n")
    sign(d, rng, reg, "Bendahara Pengeluaran", nip=True)
    sign(d, rng, reg, "Pejabat Pelaksana Teknis Kegiatan", nip=True, date=False)


def g_jkn(rng, reg, d):
    kop(d, rng, reg, rng.choice(["desa", "dinas"]))
    kind = rng.random()
    if kind < 0.45:
        d.t("\nUSULAN PESERTA PBI JAMINAN KESEHATAN (APBD)\n")
        hdr = ["No", "Nama", "NIK", "No. KK", "No. Kartu JKN/KIS", "Tgl Lahir", "Alamat", "Faskes"]
    elif kind < 0.75:
        d.t("\nDAFTAR PERANGKAT DESA DAN BPD PESERTA BPJS KETENAGAKERJAAN\nNPP: ").n(
            "registration_number", f"{rng.choice('ABCDEF')}{rng.randint(1000000, 9999999)}"
        ).t("\n")
        hdr = ["No", "Nama", "Jabatan", "NIK", "No. KPJ", "Tgl Lahir", "Iuran (Rp)"]
    else:
        d.t("\nDATA PEMEGANG KKS YANG KARTUNYA RUSAK / HILANG (PENGGANTIAN)\n")
        hdr = ["No", "Nama Pengurus", "NIK", "No. KKS Lama", "Alamat", "No HP"]
    rows = []
    for i in range(rng.randint(8, 22)):
        m = person(rng, reg)
        cells = {
            "No": str(i + 1),
            "Nama": m["name"],
            "Nama Pengurus": m["name"],
            "NIK": P("nik", nik_fmt(rng, m["nik"])),
            "No. KK": P("kk", m["kk"]),
            "No. Kartu JKN/KIS": P("bpjs", fmt_bpjs(rng, m["bpjs"])),
            "Tgl Lahir": P("birth_date", fmt_date(rng, m["birth"])),
            "Alamat": P("address", address(rng, reg, m, rng.choice([0, 3, 5, 7, 1]))),
            "Faskes": f"Puskesmas {reg.dis_name}",
            "Jabatan": rng.choice(
                [
                    "Kasi Pelayanan",
                    "Kaur Keuangan",
                    "Kepala Dusun",
                    "Ketua BPD",
                    "Anggota BPD",
                    "Staf",
                ]
            ),
            "No. KPJ": P(
                "bpjs", m["kpj"] if rng.random() < 0.7 else f"{m['kpj'][:2]} {m['kpj'][2:]}"
            ),
            "Iuran (Rp)": N("amount", rng.choice(["16.800", "Rp 16.800", "33.600"])),
            "No. KKS Lama": P("kks", m["kks"]),
            "No HP": P("phone", fmt_phone(rng, m["phone"])),
        }
        rows.append([cells[h] for h in hdr])
    render(d, rng, hdr, rows, layout(rng))
    sign(
        d,
        rng,
        reg,
        rng.choice(["Kepala Desa", "Kepala Dinas Sosial", "Sekretaris Desa"]),
        nip=rng.random() < 0.5,
    )


def g_pmi(rng, reg, d):
    eng = rng.random() < 0.4
    kop(d, rng, reg, "dinas")
    if eng:
        d.t("\nRETURNED MIGRANT WORKERS — REINTEGRATION PROGRAMME PARTICIPANTS\n")
        hdr = ["No", "Name", "Passport No.", "Date of Birth", "Country", "Home address", "Mobile"]
    else:
        d.t("\nDATA PEKERJA MIGRAN INDONESIA (PMI) PURNA PENERIMA PELATIHAN\n")
        hdr = ["No", "Nama", "No. Paspor", "TTL", "Negara Tujuan", "Alamat", "No HP/WA"]
    rows = []
    for i in range(rng.randint(8, 20)):
        m = person(rng, reg, lo=1975, hi=2002)
        rows.append(
            [
                str(i + 1),
                m["name"],
                P("passport", m["passport"]),
                P("birth_date", fmt_date(rng, m["birth"], rng.choice([15, 16, 10, 2])))
                if eng
                else ttl(rng, m),
                rng.choice(["Malaysia", "Taiwan", "Hong Kong", "Saudi Arabia", "Korea Selatan"]),
                P(
                    "address",
                    address(
                        rng, reg, m, rng.choice([11, 0, 5]) if eng else rng.choice([0, 1, 5, 7])
                    ),
                ),
                P(
                    "phone",
                    fmt_phone(
                        rng, m["phone"], rng.choice([3, 4, 5, 13]) if rng.random() < 0.5 else None
                    ),
                ),
            ]
        )
    render(d, rng, hdr, rows, layout(rng))
    d.t("\nPelatihan dilaksanakan di BLK ").n(
        "office_address",
        f"Jl. {rng.choice(['Ketintang', 'Soekarno-Hatta', 'Raya Bogor'])} No. {rng.randint(1, 99)}, {reg.kab}",
    ).t(" pada ").n("event_date", fmt_date(rng, event_date(rng), 3)).t(". Sertifikat: ").n(
        "registration_number", f"{rng.randint(10000, 99999)}/BLK/{rng.choice([2025, 2026])}"
    ).t("\n")
    sign(d, rng, reg, "Kepala Bidang Penempatan Tenaga Kerja", nip=True)


GENRES = [
    ("bast", g_bast, 20),
    ("daftar_hadir", g_hadir, 22),
    ("sk_honorer", g_sk_honorer, 18),
    ("pengaduan_recap", g_pengaduan, 22),
    ("pdf_export", g_pdf_export, 18),
    ("pengumuman_seleksi", g_kelulusan, 18),
    ("posyandu", g_posyandu, 18),
    ("blt_dd", g_blt, 26),
    ("dpt", g_dpt, 12),
    ("surat_keterangan", g_suket, 22),
    ("memo_foto_ktp", g_memo, 12),
    ("ngo_english", g_ngo, 12),
    ("bahasa_daerah", g_local, 14),
    ("budget", g_budget, 14),
    ("procurement", g_procure, 14),
    ("inventory_contacts", g_inventory, 12),
    ("honorarium", g_honor, 12),
    ("jkn_bpjs_kks", g_jkn, 14),
    ("pmi_passport", g_pmi, 10),
]

LOCAL_PROVS = ["33", "34", "35", "32", "36", "13", "33", "35", "34", "32", "13", "14", "36", "35"]


def main() -> None:
    rng = random.Random(SEED)  # noqa: S311 (a seeded corpus, not secrets)
    recs = []
    i = 0
    for genre, fn, n in GENRES:
        for k in range(n):
            if genre == "bahasa_daerah":
                code = LOCAL_PROVS[k % len(LOCAL_PROVS)]
                reg = Region(rng, next(j for j, p in enumerate(REGIONS) if p["code"] == code))
            else:
                reg = Region(rng, i)
            d = Doc(f"h3-{i:03d}")
            fn(rng, reg, d)
            recs.append(d.record(genre, f"{reg.prov_name} / {reg.reg_name} / {reg.dis_name}"))
            i += 1
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    items = Counter()
    negs = Counter()
    for r in recs:
        for kind in {(s["item"], s["kind"]) for s in r["spans"]}:
            items[kind[1]] += 1
        for n in r["negatives"]:
            negs[n["kind"]] += 1
    print(f"texts {len(recs)}, chars {sum(len(r['text']) for r in recs)}")
    print("items", sum(items.values()), dict(sorted(items.items())))
    print("negatives", sum(negs.values()), dict(sorted(negs.items())))


if __name__ == "__main__":
    main()
