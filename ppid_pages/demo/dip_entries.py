"""Entries of the demo Daftar Informasi Publik (DIP), as plain data.

`attachment` is the link text of one generated PDF attached to the entry, or None.
Exempt entries (dikecualikan) carry their legal basis and consequence-test decision.
"""

from datetime import date

SEKRETARIAT = "Sekretariat"
IKP = "Bidang Informasi dan Komunikasi Publik"
APTIKA = "Bidang Aplikasi Informatika"
INFRA = "Bidang Infrastruktur Teknologi Informasi dan Komunikasi"
STATISTIK = "Bidang Statistik dan Persandian"

SECRETARY = "Sekretaris Dinas"
HEAD_IKP = "Kepala Bidang Informasi dan Komunikasi Publik"
HEAD_APTIKA = "Kepala Bidang Aplikasi Informatika"
HEAD_INFRA = "Kepala Bidang Infrastruktur Teknologi Informasi dan Komunikasi"
HEAD_STATISTIK = "Kepala Bidang Statistik dan Persandian"

UU_KIP = "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"

BERKALA = [
    {
        "title": "Rencana Strategis Dinas Komunikasi dan Informatika 2021-2026",
        "number": "DIP/2023/001",
        "unit": SEKRETARIAT,
        "responsible_party": SECRETARY,
        "created_date": date(2023, 1, 16),
        "retention_period": "10 tahun",
        "summary": "Dokumen perencanaan lima tahunan yang memuat tujuan, sasaran, strategi, "
        "kebijakan, program, dan indikator kinerja dinas.",
        "attachment": "Renstra 2021-2026 (PDF)",
    },
    {
        "title": "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2022",
        "number": "DIP/2023/004",
        "unit": SEKRETARIAT,
        "responsible_party": SECRETARY,
        "created_date": date(2023, 3, 27),
        "retention_period": "5 tahun",
        "summary": "Capaian indikator kinerja utama dinas tahun 2022 beserta analisis "
        "efisiensi penggunaan anggaran.",
        "attachment": "LKjIP 2022 (PDF)",
    },
    {
        "title": "Daftar Barang Milik Daerah Tahun 2023",
        "number": "DIP/2023/009",
        "unit": SEKRETARIAT,
        "responsible_party": SECRETARY,
        "created_date": date(2023, 12, 18),
        "information_format": "hardcopy",
        "retention_period": "5 tahun",
        "summary": "Rekapitulasi barang milik daerah yang dikelola dinas per 31 Desember 2023, "
        "dikelompokkan menurut jenis aset.",
        "attachment": None,
    },
    {
        "title": "Laporan Layanan Informasi Publik Tahun 2023",
        "number": "DIP/2024/002",
        "unit": IKP,
        "responsible_party": HEAD_IKP,
        "created_date": date(2024, 1, 29),
        "information_format": "softcopy",
        "retention_period": "5 tahun",
        "summary": "Jumlah permohonan informasi, waktu layanan, permohonan yang ditolak beserta "
        "alasannya, serta keberatan dan sengketa informasi tahun 2023.",
        "attachment": "Laporan Layanan Informasi 2023 (PDF)",
    },
    {
        "title": "Rencana Kerja Dinas Komunikasi dan Informatika Tahun 2025",
        "number": "DIP/2024/011",
        "unit": SEKRETARIAT,
        "responsible_party": SECRETARY,
        "created_date": date(2024, 7, 15),
        "retention_period": "5 tahun",
        "summary": "Program, kegiatan, dan sasaran kinerja dinas yang direncanakan untuk tahun "
        "anggaran 2025.",
        "attachment": "Renja 2025 (PDF)",
    },
    {
        "title": "Dokumen Pelaksanaan Anggaran Tahun 2025",
        "number": "DIP/2025/001",
        "unit": SEKRETARIAT,
        "responsible_party": SECRETARY,
        "created_date": date(2025, 1, 8),
        "retention_period": "5 tahun",
        "summary": "Rincian pendapatan dan belanja dinas tahun anggaran 2025 menurut program "
        "dan kegiatan.",
        "attachment": "DPA 2025 (PDF)",
    },
    {
        "title": "Laporan Realisasi Anggaran Tahun 2024",
        "number": "DIP/2025/003",
        "unit": SEKRETARIAT,
        "responsible_party": SECRETARY,
        "created_date": date(2025, 2, 14),
        "retention_period": "10 tahun",
        "summary": "Realisasi pendapatan dan belanja dinas tahun anggaran 2024 dibandingkan "
        "dengan anggarannya.",
        "attachment": "LRA 2024 (PDF)",
    },
    {
        "title": "Data Statistik Sektoral Komunikasi dan Informatika Tahun 2024",
        "number": "DIP/2025/007",
        "unit": STATISTIK,
        "responsible_party": HEAD_STATISTIK,
        "created_date": date(2025, 4, 21),
        "information_format": "softcopy",
        "retention_period": "5 tahun",
        "summary": "Data agregat cakupan jaringan internet kantor pemerintah, jumlah layanan "
        "elektronik, dan titik akses internet publik per kecamatan.",
        "attachment": "Statistik Sektoral 2024 (PDF)",
    },
    {
        "title": "Rekapitulasi Pengaduan Masyarakat Triwulan III Tahun 2025",
        "number": "DIP/2025/014",
        "unit": IKP,
        "responsible_party": HEAD_IKP,
        "created_date": date(2025, 10, 13),
        "information_format": "softcopy",
        "retention_period": "3 tahun",
        "summary": "Jumlah pengaduan yang diterima melalui kanal aspirasi, dikelompokkan menurut "
        "topik dan status tindak lanjut, tanpa identitas pelapor.",
        "attachment": "Rekap Pengaduan Triwulan III 2025 (PDF)",
    },
    {
        "title": "Rencana Umum Pengadaan Barang/Jasa Tahun 2026",
        "number": "DIP/2026/002",
        "unit": SEKRETARIAT,
        "responsible_party": SECRETARY,
        "created_date": date(2026, 1, 19),
        "information_format": "softcopy",
        "retention_period": "5 tahun",
        "summary": "Daftar paket pengadaan barang/jasa dinas tahun 2026 beserta pagu, metode "
        "pemilihan, dan jadwal pelaksanaan.",
        "attachment": "RUP 2026 (PDF)",
    },
    {
        "title": "Laporan Layanan Informasi Publik Tahun 2025",
        "number": "DIP/2026/003",
        "unit": IKP,
        "responsible_party": HEAD_IKP,
        "created_date": date(2026, 2, 9),
        "information_format": "softcopy",
        "retention_period": "5 tahun",
        "summary": "Ringkasan layanan informasi publik tahun 2025: 189 permohonan, 10 ditolak "
        "berdasarkan uji konsekuensi, 3 keberatan, dan tanpa sengketa.",
        "attachment": "Laporan Layanan Informasi 2025 (PDF)",
    },
    {
        "title": "Profil Dinas Komunikasi dan Informatika Kabupaten Contoh",
        "number": "DIP/2026/004",
        "unit": SEKRETARIAT,
        "responsible_party": SECRETARY,
        "created_date": date(2026, 7, 6),
        "information_format": "softcopy",
        "retention_period": "Selama berlaku",
        "summary": "Kedudukan, tugas dan fungsi, struktur organisasi, profil pejabat struktural, "
        "serta alamat dan kontak resmi dinas.",
        "attachment": None,
    },
    {
        "title": "Tata Cara Memperoleh Informasi Publik dan Mengajukan Keberatan",
        "number": "DIP/2026/005",
        "unit": IKP,
        "responsible_party": HEAD_IKP,
        "created_date": date(2026, 7, 20),
        "information_format": "both",
        "retention_period": "Selama berlaku",
        "summary": "Langkah permohonan informasi, jangka waktu jawaban, biaya salinan, dan tata "
        "cara mengajukan keberatan kepada Atasan PPID.",
        "attachment": None,
    },
    {
        "title": "Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat Kantor",
        "number": "DIP/2026/006",
        "unit": SEKRETARIAT,
        "responsible_party": SECRETARY,
        "created_date": date(2026, 9, 14),
        "information_format": "both",
        "retention_period": "Selama berlaku",
        "summary": "Tanda peringatan, jalur evakuasi, titik kumpul, dan petugas penanggung jawab "
        "keadaan darurat di lingkungan kantor dinas.",
        "attachment": None,
    },
]

# The obligation (BerkalaKind) each informasi berkala entry fulfils, by title: the Kepatuhan
# SOP checklist. "kebijakan" has no entry yet: the demo office has one reminder to act on.
BERKALA_KINDS = {
    "Rencana Strategis Dinas Komunikasi dan Informatika 2021-2026": "program",
    "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2022": "kinerja",
    "Daftar Barang Milik Daerah Tahun 2023": "keuangan",
    "Laporan Layanan Informasi Publik Tahun 2023": "akses",
    "Rencana Kerja Dinas Komunikasi dan Informatika Tahun 2025": "program",
    "Dokumen Pelaksanaan Anggaran Tahun 2025": "keuangan",
    "Laporan Realisasi Anggaran Tahun 2024": "keuangan",
    "Data Statistik Sektoral Komunikasi dan Informatika Tahun 2024": "kinerja",
    "Rekapitulasi Pengaduan Masyarakat Triwulan III Tahun 2025": "pengaduan",
    "Rencana Umum Pengadaan Barang/Jasa Tahun 2026": "pengadaan",
    "Laporan Layanan Informasi Publik Tahun 2025": "akses",
    "Profil Dinas Komunikasi dan Informatika Kabupaten Contoh": "profil",
    "Tata Cara Memperoleh Informasi Publik dan Mengajukan Keberatan": "prosedur",
    "Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat Kantor": "peringatan",
}

SERTA_MERTA = [
    {
        "title": "Informasi Titik Pengungsian dan Posko Kesehatan Pascabanjir",
        "number": "DIP/2023/003",
        "unit": IKP,
        "responsible_party": HEAD_IKP,
        "created_date": date(2023, 2, 6),
        "information_format": "softcopy",
        "retention_period": "2 tahun",
        "summary": "Lokasi titik pengungsian, posko kesehatan, dan dapur umum yang dibuka "
        "pemerintah daerah setelah banjir di tiga kecamatan.",
        "attachment": "Peta Titik Pengungsian (PDF)",
    },
    {
        "title": "Waspada Penipuan Mengatasnamakan Pejabat Pemerintah Kabupaten Contoh",
        "number": "DIP/2024/015",
        "unit": IKP,
        "responsible_party": HEAD_IKP,
        "created_date": date(2024, 9, 2),
        "information_format": "softcopy",
        "retention_period": "2 tahun",
        "summary": "Imbauan agar masyarakat tidak menanggapi pesan berantai yang meminta "
        "transfer dana dengan mengatasnamakan pejabat daerah, dan cara melaporkannya.",
        "attachment": "Siaran Pers Waspada Penipuan (PDF)",
    },
    {
        "title": "Informasi Jalur Evakuasi Banjir dan Titik Kumpul",
        "number": "DIP/2025/016",
        "unit": IKP,
        "responsible_party": HEAD_IKP,
        "created_date": date(2025, 12, 8),
        "information_format": "both",
        "retention_period": "5 tahun",
        "summary": "Peta jalur evakuasi, titik kumpul, dan lokasi pengungsian sementara di "
        "wilayah rawan banjir Kabupaten Contoh.",
        "attachment": "Peta Jalur Evakuasi Banjir (PDF)",
    },
    {
        "title": "Peringatan Dini Cuaca Ekstrem di Wilayah Kabupaten Contoh",
        "number": "DIP/2026/011",
        "unit": IKP,
        "responsible_party": HEAD_IKP,
        "created_date": date(2026, 11, 3),
        "information_format": "softcopy",
        "retention_period": "2 tahun",
        "summary": "Peringatan dini potensi hujan lebat disertai angin kencang dan petir "
        "selama sepekan, berdasarkan informasi BMKG, beserta imbauan kesiapsiagaan.",
        "attachment": "Peringatan Dini Cuaca Ekstrem (PDF)",
    },
]

SETIAP_SAAT = [
    {
        "title": "Keputusan Kepala Dinas tentang Penetapan PPID Pelaksana",
        "number": "DIP/2023/002",
        "unit": SEKRETARIAT,
        "responsible_party": SECRETARY,
        "created_date": date(2023, 1, 23),
        "retention_period": "Selama berlaku ditambah 5 tahun",
        "summary": "Keputusan yang menetapkan susunan, tugas, dan tanggung jawab PPID Pelaksana "
        "di lingkungan dinas.",
        "attachment": "Keputusan Penetapan PPID Pelaksana (PDF)",
    },
    {
        "title": "Standar Operasional Prosedur Pelayanan Permohonan Informasi Publik",
        "number": "DIP/2024/004",
        "unit": IKP,
        "responsible_party": HEAD_IKP,
        "created_date": date(2024, 3, 4),
        "retention_period": "Selama berlaku ditambah 5 tahun",
        "summary": "Langkah pelayanan permohonan informasi dari pendaftaran, pemeriksaan, uji "
        "konsekuensi, hingga pemberitahuan tertulis kepada pemohon.",
        "attachment": "SOP Pelayanan Permohonan Informasi (PDF)",
    },
    {
        "title": "Kebijakan Keamanan Informasi dan Privasi Website Pemerintah Daerah",
        "number": "DIP/2024/008",
        "unit": STATISTIK,
        "responsible_party": HEAD_STATISTIK,
        "created_date": date(2024, 5, 20),
        "information_format": "softcopy",
        "retention_period": "Selama berlaku ditambah 5 tahun",
        "summary": "Kebijakan pengelolaan keamanan informasi, larangan publikasi data pribadi, "
        "dan penanganan insiden pada website pemerintah daerah.",
        "attachment": "Kebijakan Keamanan Informasi dan Privasi (PDF)",
    },
    {
        "title": "Daftar Aplikasi dan Layanan Elektronik Pemerintah Kabupaten Contoh",
        "number": "DIP/2025/010",
        "unit": APTIKA,
        "responsible_party": HEAD_APTIKA,
        "created_date": date(2025, 6, 16),
        "information_format": "softcopy",
        "retention_period": "3 tahun",
        "summary": "Nama aplikasi, perangkat daerah pengelola, dan jenis layanan elektronik "
        "yang tersedia bagi masyarakat.",
        "attachment": "Daftar Aplikasi Pemerintah Daerah (PDF)",
    },
    {
        "title": "Daftar Informasi Publik Dinas Komunikasi dan Informatika Tahun 2026",
        "number": "DIP/2026/001",
        "unit": IKP,
        "responsible_party": HEAD_IKP,
        "created_date": date(2026, 1, 12),
        "information_format": "both",
        "retention_period": "5 tahun",
        "summary": "Daftar seluruh informasi publik yang dikuasai dinas tahun 2026, termasuk "
        "ringkasan isi, penanggung jawab, dan jangka waktu penyimpanan.",
        "attachment": "DIP Tahun 2026 (PDF)",
    },
]

DIKECUALIKAN = [
    {
        "title": "Kunci dan Konfigurasi Sistem Persandian Pemerintah Daerah",
        "number": "DIP/2023/010",
        "unit": STATISTIK,
        "responsible_party": HEAD_STATISTIK,
        "created_date": date(2023, 10, 9),
        "information_format": "hardcopy",
        "retention_period": "Selama sistem digunakan ditambah 5 tahun",
        "summary": "Dokumen internal: pengaturan kunci dan perangkat persandian yang digunakan "
        "untuk mengamankan komunikasi pemerintah daerah.",
        "attachment": None,
        "exemption_legal_basis": f"Pasal 17 huruf c angka 6 {UU_KIP} (sistem persandian).",
        "consequence_test_number": "188.4/UK-04/PPID/2023",
        "consequence_test_date": date(2023, 10, 16),
        "exemption_period": "Selama sistem persandian masih digunakan",
    },
    {
        "title": "Data Pribadi Pemohon Informasi Publik",
        "number": "DIP/2024/014",
        "unit": IKP,
        "responsible_party": HEAD_IKP,
        "created_date": date(2024, 8, 12),
        "information_format": "both",
        "retention_period": "5 tahun",
        "summary": "Dokumen internal: identitas dan kontak pemohon informasi yang tercatat di "
        "register permohonan; hanya diakses petugas layanan.",
        "attachment": None,
        "exemption_legal_basis": (
            f"Pasal 17 huruf h {UU_KIP} (rahasia pribadi) jo. Undang-Undang Nomor 27 Tahun "
            "2022 tentang Pelindungan Data Pribadi."
        ),
        "consequence_test_number": "188.4/UK-02/PPID/2024",
        "consequence_test_date": date(2024, 8, 19),
        "exemption_period": "Tidak dibuka kecuali atas persetujuan tertulis pemilik data",
    },
    {
        "title": "Konfigurasi Jaringan dan Topologi Pusat Data Pemerintah Daerah",
        "number": "DIP/2025/012",
        "unit": INFRA,
        "responsible_party": HEAD_INFRA,
        "created_date": date(2025, 9, 8),
        "information_format": "softcopy",
        "retention_period": "5 tahun",
        "summary": "Dokumen internal: rancangan jaringan, alamat perangkat, dan pengaturan "
        "keamanan pusat data; pembukaannya dapat memudahkan serangan siber.",
        "attachment": "Dokumen Topologi Pusat Data (PDF)",
        "exemption_legal_basis": (
            f"Pasal 17 huruf c {UU_KIP} (membahayakan pertahanan dan keamanan negara)."
        ),
        "consequence_test_number": "188.4/UK-03/PPID/2025",
        "consequence_test_date": date(2025, 9, 15),
        "exemption_period": "5 (lima) tahun sejak ditetapkan",
    },
    {
        "title": "Notulen Rapat Internal Rencana Pengembangan Website PPID",
        "number": "DIP/2026/006",
        "unit": APTIKA,
        "responsible_party": HEAD_APTIKA,
        "created_date": date(2026, 4, 13),
        "information_format": "both",
        "retention_period": "3 tahun",
        "summary": "Dokumen internal: notulen pembahasan kendala teknis dan rencana "
        "pengembangan website antara Koordinator, Sub Koordinator, dan Web Developer.",
        "attachment": "Notulen Rapat Pengembangan Website (PDF)",
        "exemption_legal_basis": (
            f"Pasal 17 huruf i {UU_KIP} (memorandum intra badan publik yang menurut "
            "sifatnya dirahasiakan)."
        ),
        "consequence_test_number": "188.4/UK-01/PPID/2026",
        "consequence_test_date": date(2026, 4, 20),
        "exemption_period": "2 (dua) tahun sejak ditetapkan",
    },
]

DIP_ENTRIES = {
    "berkala": BERKALA,
    "serta_merta": SERTA_MERTA,
    "setiap_saat": SETIAP_SAAT,
    "dikecualikan": DIKECUALIKAN,
}
