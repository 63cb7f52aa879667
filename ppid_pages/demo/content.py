"""Site settings, home page and standard pages of the demo office, as plain data.

Body blocks are (block type, value) pairs; the loader turns them into StreamField data:
- ("heading", text) or ("heading", (text, "h3"))
- ("paragraph", rich text HTML)
- ("table", {"caption": ..., "rows": [[header cells], [cells], ...]})
- ("document", {"label": ..., "title": ..., "filename": ..., "paragraphs": (...)})
- ("image", {"title": ..., "filename": ..., "alt_text": ..., "caption": ..., "levels": [...]})
"""

from datetime import date

OFFICE_EMAIL = "ppid@contohkab.go.id"
OFFICE_PHONE = "(0274) 123456"

SETTINGS = {
    "office_name": "Dinas Komunikasi dan Informatika Kabupaten Contoh",
    "parent_institution": "Pemerintah Kabupaten Contoh",
    "head_of_office_title": "Kepala Dinas",
    "address": (
        "Kompleks Perkantoran Pemerintah Kabupaten Contoh\n"
        "Jl. Pahlawan No. 12, Kecamatan Kota Contoh\n"
        "Kabupaten Contoh 55511"
    ),
    "phone": OFFICE_PHONE,
    "email": OFFICE_EMAIL,
    "other_contacts": "(0274) 123457\ndiskominfo@contohkab.go.id",
    "office_hours": "Senin-Kamis 08.00-15.30 WIB; Jumat 08.00-14.00 WIB (kecuali hari libur)",
    "ppid_utama_name": "PPID Utama Pemerintah Kabupaten Contoh",
    "ppid_utama_url": "https://ppid.contohkab.go.id/",
}

HOME_INTRO = (
    "Selamat datang di laman Pejabat Pengelola Informasi dan Dokumentasi (PPID) Dinas "
    "Komunikasi dan Informatika Kabupaten Contoh. Telusuri Daftar Informasi Publik, ajukan "
    "permohonan informasi atau keberatan, dan baca regulasi serta berita terbaru tentang "
    "keterbukaan informasi publik."
)

# (label, slug of the target page under the home page, description)
QUICK_LINKS = (
    ("Profil PPID", "profil-ppid", "Visi, misi, struktur organisasi, dan standar layanan PPID."),
    (
        "Daftar Informasi Publik",
        "daftar-informasi-publik",
        "Informasi berkala, serta merta, dan tersedia setiap saat.",
    ),
    (
        "Informasi yang Dikecualikan",
        "informasi-dikecualikan",
        "Informasi yang dikecualikan beserta dasar hukum dan uji konsekuensinya.",
    ),
    ("Regulasi", "regulasi", "Peraturan keterbukaan informasi dan pelindungan data pribadi."),
    ("Berita & Pengumuman", "berita-pengumuman", "Kabar dan pengumuman terbaru dari PPID."),
    (
        "Permohonan Informasi",
        "permohonan-informasi",
        "Tata cara dan formulir permohonan informasi publik.",
    ),
    (
        "Pengajuan Keberatan",
        "pengajuan-keberatan",
        "Tata cara mengajukan keberatan atas layanan informasi.",
    ),
    (
        "Laporan Layanan Informasi",
        "laporan-layanan-informasi",
        "Rekapitulasi dan laporan tahunan layanan informasi publik.",
    ),
)

UNITS = (
    "Sekretariat",
    "Bidang Informasi dan Komunikasi Publik",
    "Bidang Aplikasi Informatika",
    "Bidang Infrastruktur Teknologi Informasi dan Komunikasi",
    "Bidang Statistik dan Persandian",
)

DIP_INDEX = {
    "title": "Daftar Informasi Publik",
    "slug": "daftar-informasi-publik",
    "show_in_menus": True,
    "intro": (
        "<p>Daftar Informasi Publik (DIP) memuat informasi yang dikuasai Dinas Komunikasi dan "
        "Informatika Kabupaten Contoh: informasi yang wajib disediakan secara berkala, "
        "diumumkan serta merta, dan tersedia setiap saat, sesuai Peraturan Komisi Informasi "
        "Nomor 1 Tahun 2021.</p>"
    ),
    "decree_number": "800/012/Diskominfo/2026",
    "decree_date": date(2026, 1, 12),
}

EXEMPT_INDEX = {
    "title": "Informasi yang Dikecualikan",
    "slug": "informasi-dikecualikan",
    "show_in_menus": False,
    "intro": (
        "<p>Daftar ini memuat judul informasi yang dikecualikan, dasar hukum pengecualian, "
        "dan nomor penetapan uji konsekuensi. Isi informasinya tidak dibuka kepada publik "
        "sesuai Pasal 17 Undang-Undang Nomor 14 Tahun 2008.</p>"
    ),
    "decree_number": "800/013/Diskominfo/2026",
    "decree_date": date(2026, 1, 12),
}

REGULATION_INDEX = {
    "title": "Regulasi",
    "slug": "regulasi",
    "show_in_menus": True,
    "intro": (
        "<p>Peraturan perundang-undangan yang menjadi dasar penyelenggaraan layanan informasi "
        "publik dan pelindungan data pribadi.</p>"
    ),
}

NEWS_INDEX = {"title": "Berita & Pengumuman", "slug": "berita-pengumuman", "show_in_menus": True}

SOP_ROLES_TABLE = {
    "caption": "Pelaksana SOP dan tugasnya",
    "rows": [
        ["Pelaksana", "Tugas utama"],
        ["Kepala Dinas", "Menerima daftar konten dan laporan; mengevaluasi Koordinator."],
        ["Koordinator", "Menandatangani daftar konten; pemeriksa terakhir sebelum konten tayang."],
        ["Sub Koordinator", "Menetapkan daftar konten; peninjau pertama konten."],
        ["Operator", "Mengunggah konten dan dokumen; tidak menerbitkan sendiri."],
        ["Web Developer", "Memperbaiki dan mengembangkan aplikasi web; tidak menerbitkan konten."],
    ],
}

SOP_ACTIVITIES_TABLE = {
    "caption": "Kegiatan pengelolaan website, waktu, dan keluaran",
    "rows": [
        ["No.", "Kegiatan", "Pelaksana", "Waktu", "Keluaran"],
        ["A1", "Menetapkan daftar konten", "Sub Koordinator", "1 x 3 bulan", "Daftar konten"],
        ["A2", "Mengunggah konten dan dokumen", "Operator", "Setiap bulan", "Pembaruan konten"],
        ["B1", "Membahas rencana pengembangan", "Sub Koordinator", "Terjadwal", "Notulen rapat"],
        ["B2", "Menindaklanjuti notulen", "Sub Koordinator", "Terjadwal", "Tanda terima"],
        ["B3", "Menyusun program perbaikan", "Web Developer", "Terjadwal", "Draf website"],
        ["B4", "Memperbaiki aplikasi web", "Web Developer", "Terjadwal", "Website offline"],
        ["B5", "Memasukkan konten yang ditetapkan", "Operator", "Terjadwal", "Website online"],
        ["C1", "Evaluasi pengelolaan website", "Koordinator", "1 x 6 bulan", "Laporan"],
        ["C2", "Evaluasi kinerja Koordinator", "Kepala Dinas", "1 x 1 bulan", "Laporan evaluasi"],
    ],
}

SOP_PAGE = {
    "title": "SOP Keamanan Pengelolaan Website",
    "slug": "sop-keamanan-pengelolaan-website",
    "body": [
        ("heading", "Tujuan"),
        (
            "paragraph",
            "<p>Standar Operasional Prosedur (SOP) Keamanan Pengelolaan Website PPID menjamin "
            "bahwa setiap konten yang tayang telah direncanakan, ditinjau, dan disetujui, serta "
            "tidak memuat data pribadi atau konten yang merugikan masyarakat.</p>",
        ),
        ("heading", "Pelaksana"),
        ("table", SOP_ROLES_TABLE),
        ("heading", "Kegiatan"),
        ("table", SOP_ACTIVITIES_TABLE),
        ("heading", "Prinsip Keamanan Konten"),
        (
            "paragraph",
            "<ul><li>Konten tidak boleh memuat data pribadi: NIK, nomor KK, NPWP pribadi, nomor "
            "telepon atau e-mail pribadi, nomor rekening, tanggal lahir, alamat rumah, maupun "
            "pindaian KTP atau KK.</li>"
            "<li>Setiap konten ditinjau Sub Koordinator, lalu diperiksa Koordinator sebelum "
            "tayang.</li>"
            "<li>Tautan tersembunyi dan konten promosi judi daring dihapus segera dan "
            "dilaporkan kepada Koordinator.</li>"
            "<li>Seluruh formulir dan laporan disimpan dalam bentuk softcopy dan hardcopy.</li>"
            "</ul>",
        ),
        (
            "document",
            {
                "label": "Unduh SOP Keamanan Pengelolaan Website PPID (PDF)",
                "title": "SOP Keamanan Pengelolaan Website PPID",
                "filename": "sop-keamanan-pengelolaan-website-ppid.pdf",
                "paragraphs": (
                    "SOP ini mengatur perencanaan konten, pengunggahan, peninjauan berjenjang, "
                    "pengembangan aplikasi web, dan evaluasi pengelolaan website PPID.",
                    "Pelaksana: Kepala Dinas, Koordinator, Sub Koordinator, Operator, dan Web "
                    "Developer. Tidak ada pelaksana yang menerbitkan konten tanpa pemeriksaan "
                    "Koordinator.",
                    "Dasar hukum: UU 14/2008, UU 25/2009, PP 61/2010, Permendagri 3/2017, "
                    "Perki 1/2013, Perki 1/2017, Perki 1/2018, dan UU 27/2022.",
                    "Catatan mutu: disimpan dalam bentuk softcopy dan hardcopy.",
                ),
            },
        ),
    ],
}

PROFILE_CHILDREN = [
    {
        "title": "Visi dan Misi",
        "slug": "visi-dan-misi",
        "body": [
            ("heading", "Visi"),
            (
                "paragraph",
                "<p>Terwujudnya pelayanan informasi publik yang transparan, akuntabel, dan aman "
                "bagi seluruh masyarakat Kabupaten Contoh.</p>",
            ),
            ("heading", "Misi"),
            (
                "paragraph",
                "<ol><li>Menyediakan informasi publik yang akurat, mutakhir, dan mudah "
                "diakses.</li>"
                "<li>Memberikan layanan permohonan informasi yang cepat, tepat waktu, dan "
                "berbiaya ringan.</li>"
                "<li>Melindungi informasi yang dikecualikan dan data pribadi masyarakat.</li>"
                "<li>Meningkatkan kapasitas PPID Pelaksana di lingkungan Pemerintah Kabupaten "
                "Contoh.</li></ol>",
            ),
        ],
    },
    {
        "title": "Struktur Organisasi",
        "slug": "struktur-organisasi",
        "body": [
            (
                "paragraph",
                "<p>Struktur PPID Dinas Komunikasi dan Informatika Kabupaten Contoh ditetapkan "
                "dengan Keputusan Kepala Dinas dan ditinjau setiap tahun.</p>",
            ),
            (
                "image",
                {
                    "title": "Bagan Struktur Organisasi PPID",
                    "filename": "bagan-struktur-organisasi-ppid.png",
                    "alt_text": (
                        "Bagan struktur PPID: Atasan PPID (Sekretaris Daerah) membawahi PPID "
                        "Utama (Kepala Dinas Kominfo), yang membawahi Sekretariat PPID, Bidang "
                        "Pelayanan Informasi, Bidang Dokumentasi dan Arsip, serta Bidang "
                        "Penyelesaian Sengketa Informasi."
                    ),
                    "caption": "Bagan struktur organisasi PPID",
                    "levels": [
                        ["Atasan PPID\nSekretaris Daerah"],
                        ["PPID Utama\nKepala Dinas Kominfo"],
                        [
                            "Sekretariat PPID",
                            "Bidang Pelayanan\nInformasi",
                            "Bidang Dokumentasi\ndan Arsip",
                            "Bidang Penyelesaian\nSengketa Informasi",
                        ],
                    ],
                },
            ),
            ("heading", "Susunan dan Tugas"),
            (
                "table",
                {
                    "caption": "Susunan PPID menurut jabatan",
                    "rows": [
                        ["Kedudukan", "Dijabat oleh", "Tugas utama"],
                        ["Atasan PPID", "Sekretaris Daerah", "Memutus keberatan"],
                        ["PPID Utama", "Kepala Dinas", "Menetapkan kebijakan layanan"],
                        ["Sekretariat PPID", "Sekretaris Dinas", "Administrasi layanan"],
                        [
                            "Bidang Pelayanan Informasi",
                            "Kepala Bidang Informasi dan Komunikasi Publik",
                            "Melayani permohonan informasi",
                        ],
                        [
                            "Bidang Dokumentasi dan Arsip",
                            "Kepala Bidang Statistik dan Persandian",
                            "Mendokumentasikan informasi publik",
                        ],
                        [
                            "Bidang Penyelesaian Sengketa Informasi",
                            "Kepala Bidang Aplikasi Informatika",
                            "Mendampingi proses keberatan dan sengketa",
                        ],
                    ],
                },
            ),
        ],
    },
    {
        "title": "Maklumat Pelayanan",
        "slug": "maklumat-pelayanan",
        "body": [
            ("heading", "Maklumat Pelayanan Informasi Publik"),
            (
                "paragraph",
                "<p><b>Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan informasi "
                "publik sesuai standar pelayanan yang telah ditetapkan, dan apabila tidak "
                "menepati janji ini, kami siap menerima sanksi sesuai peraturan "
                "perundang-undangan yang berlaku.</b></p>",
            ),
            (
                "document",
                {
                    "label": "Maklumat Pelayanan yang ditandatangani (PDF)",
                    "title": "Maklumat Pelayanan Informasi Publik",
                    "filename": "maklumat-pelayanan-informasi-publik.pdf",
                    "paragraphs": (
                        "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan informasi "
                        "publik sesuai standar pelayanan yang telah ditetapkan, dan apabila "
                        "tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan "
                        "perundang-undangan yang berlaku.",
                        "Kota Contoh, 2 Januari 2026. Kepala Dinas Komunikasi dan Informatika "
                        "Kabupaten Contoh.",
                    ),
                },
            ),
        ],
    },
    {
        "title": "Standar Layanan",
        "slug": "standar-layanan",
        "body": [
            ("heading", "Jangka Waktu Layanan"),
            (
                "table",
                {
                    "caption": "Jangka waktu layanan menurut UU 14/2008",
                    "rows": [
                        ["Tahap", "Jangka waktu", "Dasar hukum"],
                        [
                            "Pemberitahuan tertulis atas permohonan",
                            "Paling lambat 10 hari kerja",
                            "Pasal 22 ayat (7)",
                        ],
                        [
                            "Perpanjangan waktu pemberitahuan",
                            "Paling lambat 7 hari kerja",
                            "Pasal 22 ayat (8)",
                        ],
                        [
                            "Pengajuan keberatan",
                            "Paling lambat 30 hari kerja sejak alasan ditemukan",
                            "Pasal 36 ayat (1)",
                        ],
                        [
                            "Tanggapan Atasan PPID atas keberatan",
                            "Paling lambat 30 hari kerja",
                            "Pasal 36 ayat (2)",
                        ],
                        [
                            "Pengajuan sengketa ke Komisi Informasi",
                            "Paling lambat 14 hari kerja setelah tanggapan diterima",
                            "Pasal 37 ayat (2)",
                        ],
                    ],
                },
            ),
            ("heading", "Biaya"),
            (
                "paragraph",
                "<p>Layanan informasi tidak dipungut biaya. Pemohon hanya menanggung biaya "
                "penggandaan atau pengiriman salinan dokumen sesuai ketentuan yang berlaku.</p>",
            ),
            ("heading", "Saluran Layanan"),
            (
                "paragraph",
                "<p>Datang langsung ke Meja Layanan PPID, melalui e-mail "
                f"{OFFICE_EMAIL}, atau telepon {OFFICE_PHONE} pada jam layanan.</p>",
            ),
            (
                "document",
                {
                    "label": "Standar Layanan Informasi Publik (PDF)",
                    "title": "Standar Layanan Informasi Publik Diskominfo Kabupaten Contoh",
                    "filename": "standar-layanan-informasi-publik.pdf",
                    "paragraphs": (
                        "Standar layanan ini disusun berdasarkan Peraturan Komisi Informasi "
                        "Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik.",
                        "Layanan dibuka pada jam kerja. Permohonan dapat diajukan secara "
                        "langsung, tertulis, atau melalui e-mail resmi PPID.",
                        "Jangka waktu pemberitahuan tertulis paling lambat 10 hari kerja dan "
                        "dapat diperpanjang paling lambat 7 hari kerja.",
                    ),
                },
            ),
        ],
    },
    SOP_PAGE,
]

PROFILE_PAGE = {
    "title": "Profil PPID",
    "slug": "profil-ppid",
    "show_in_menus": True,
    "body": [
        ("heading", "Tentang PPID"),
        (
            "paragraph",
            "<p>Pejabat Pengelola Informasi dan Dokumentasi (PPID) Dinas Komunikasi dan "
            "Informatika Kabupaten Contoh bertanggung jawab atas penyimpanan, pendokumentasian, "
            "penyediaan, dan pelayanan informasi publik sesuai Undang-Undang Nomor 14 Tahun 2008 "
            "tentang Keterbukaan Informasi Publik.</p>"
            "<p>PPID memastikan setiap orang dapat memperoleh informasi publik secara cepat, "
            "tepat waktu, berbiaya ringan, dan dengan cara sederhana, sekaligus melindungi "
            "informasi yang dikecualikan dan data pribadi.</p>",
        ),
        ("heading", ("Tugas dan Fungsi", "h3")),
        (
            "paragraph",
            "<ul><li>Menyusun dan memutakhirkan Daftar Informasi Publik.</li>"
            "<li>Melayani permohonan informasi publik dan pengajuan keberatan.</li>"
            "<li>Melakukan uji konsekuensi atas informasi yang dikecualikan.</li>"
            "<li>Menyusun laporan layanan informasi publik secara berkala.</li></ul>",
        ),
    ],
    "children": PROFILE_CHILDREN,
}

REQUEST_PAGE = {
    "title": "Permohonan Informasi",
    "slug": "permohonan-informasi",
    "show_in_menus": True,
    "body": [
        (
            "paragraph",
            '<p><a href="/layanan-informasi/permohonan/">Ajukan permohonan informasi secara '
            'online</a> atau <a href="/layanan-informasi/lacak/">lacak permohonan Anda</a> '
            "dengan nomor pendaftaran dan kode pelacakan.</p>",
        ),
        ("heading", "Tata Cara Permohonan Informasi"),
        (
            "paragraph",
            "<ol><li>Pemohon mengisi formulir permohonan informasi publik secara online, "
            "langsung di Meja Layanan PPID, atau mengirimkannya melalui e-mail resmi.</li>"
            "<li>Petugas mencatat permohonan dan memberikan tanda bukti penerimaan beserta "
            "nomor pendaftaran.</li>"
            "<li>PPID memberikan pemberitahuan tertulis paling lambat 10 hari kerja, dan dapat "
            "memperpanjangnya paling lambat 7 hari kerja.</li>"
            "<li>Informasi diberikan dalam bentuk softcopy atau hardcopy sesuai permintaan.</li>"
            "</ol>",
        ),
        ("heading", "Persyaratan"),
        (
            "paragraph",
            "<p>Pemohon perorangan melampirkan salinan KTP; pemohon badan hukum melampirkan "
            "dokumen pengesahan badan hukum. Salinan identitas yang diunggah lewat formulir "
            "online disimpan terenkripsi, hanya dilihat petugas layanan, dan tidak pernah "
            "dipublikasikan.</p>",
        ),
        (
            "document",
            {
                "label": "Formulir Permohonan Informasi Publik (PDF)",
                "title": "Formulir Permohonan Informasi Publik",
                "filename": "formulir-permohonan-informasi-publik.pdf",
                "paragraphs": (
                    "Nomor pendaftaran: ......................",
                    "Nama pemohon: ......................",
                    "Rincian informasi yang dibutuhkan: ......................",
                    "Tujuan penggunaan informasi: ......................",
                    "Cara memperoleh informasi: melihat / membaca / mendengarkan / mencatat / "
                    "mendapatkan salinan (softcopy atau hardcopy).",
                ),
            },
        ),
    ],
}

OBJECTION_PAGE = {
    "title": "Pengajuan Keberatan",
    "slug": "pengajuan-keberatan",
    "show_in_menus": False,
    "body": [
        (
            "paragraph",
            "<p>Keberatan atas permohonan yang sudah terdaftar diajukan secara online dari "
            '<a href="/layanan-informasi/lacak/">halaman pelacakan permohonan</a> (nomor '
            "pendaftaran dan kode pelacakan), atau langsung di Meja Layanan PPID.</p>",
        ),
        ("heading", "Alasan Pengajuan Keberatan"),
        (
            "paragraph",
            "<p>Sesuai Pasal 35 ayat (1) UU 14/2008, keberatan dapat diajukan karena:</p>"
            "<ol><li>permohonan informasi ditolak dengan alasan pengecualian;</li>"
            "<li>informasi berkala tidak disediakan;</li>"
            "<li>permohonan informasi tidak ditanggapi;</li>"
            "<li>permohonan informasi ditanggapi tidak sebagaimana yang diminta;</li>"
            "<li>permohonan informasi tidak dipenuhi;</li>"
            "<li>pengenaan biaya yang tidak wajar; atau</li>"
            "<li>informasi disampaikan melebihi jangka waktu yang diatur.</li></ol>",
        ),
        ("heading", "Tata Cara"),
        (
            "paragraph",
            "<p>Keberatan diajukan secara tertulis kepada Atasan PPID paling lambat 30 hari "
            "kerja setelah alasan keberatan ditemukan. Atasan PPID memberikan tanggapan tertulis "
            "paling lambat 30 hari kerja sejak keberatan diterima.</p>",
        ),
        (
            "document",
            {
                "label": "Formulir Pengajuan Keberatan (PDF)",
                "title": "Formulir Pengajuan Keberatan Informasi Publik",
                "filename": "formulir-pengajuan-keberatan.pdf",
                "paragraphs": (
                    "Nomor registrasi keberatan: ......................",
                    "Nomor pendaftaran permohonan informasi: ......................",
                    "Alasan pengajuan keberatan (Pasal 35 ayat (1) UU 14/2008): "
                    "......................",
                    "Kasus posisi: ......................",
                ),
            },
        ),
    ],
}

REPORT_PAGE = {
    "title": "Laporan Layanan Informasi",
    "slug": "laporan-layanan-informasi",
    "show_in_menus": False,
    "body": [
        ("heading", "Rekapitulasi Layanan Informasi Publik"),
        (
            "table",
            {
                "caption": "Rekapitulasi permohonan informasi 2023-2025",
                "rows": [
                    [
                        "Tahun",
                        "Permohonan",
                        "Dikabulkan seluruhnya",
                        "Dikabulkan sebagian",
                        "Ditolak",
                        "Keberatan",
                        "Sengketa",
                    ],
                    ["2023", "142", "118", "14", "10", "4", "1"],
                    ["2024", "167", "139", "18", "10", "5", "1"],
                    ["2025", "189", "162", "17", "10", "3", "0"],
                ],
            },
        ),
        (
            "paragraph",
            "<p>Rata-rata waktu pemberitahuan tertulis pada tahun 2025 adalah 6 hari kerja. "
            "Seluruh permohonan yang ditolak didasarkan pada hasil uji konsekuensi.</p>",
        ),
        (
            "document",
            {
                "label": "Laporan Layanan Informasi Publik Tahun 2025 (PDF)",
                "title": "Laporan Tahunan Layanan Informasi Publik 2025",
                "filename": "laporan-tahunan-layanan-informasi-publik-2025.pdf",
                "paragraphs": (
                    "Jumlah permohonan informasi publik pada tahun 2025: 189 permohonan.",
                    "Dikabulkan seluruhnya 162, dikabulkan sebagian 17, dan ditolak 10 "
                    "permohonan.",
                    "Keberatan yang diajukan: 3; sengketa informasi: tidak ada.",
                ),
            },
        ),
        (
            "document",
            {
                "label": "Laporan Layanan Informasi Publik Tahun 2024 (PDF)",
                "title": "Laporan Tahunan Layanan Informasi Publik 2024",
                "filename": "laporan-tahunan-layanan-informasi-publik-2024.pdf",
                "paragraphs": (
                    "Jumlah permohonan informasi publik pada tahun 2024: 167 permohonan.",
                    "Dikabulkan seluruhnya 139, dikabulkan sebagian 18, dan ditolak 10 "
                    "permohonan.",
                    "Keberatan yang diajukan: 5; sengketa informasi: 1.",
                ),
            },
        ),
    ],
}

ACCESSIBILITY_PAGE = {
    "title": "Pernyataan Aksesibilitas",
    "slug": "pernyataan-aksesibilitas",
    "show_in_menus": False,
    "conformance": "sebagian",
    "body": [
        ("heading", "Keterbatasan yang diketahui"),
        (
            "paragraph",
            "<p>Sebagian dokumen PDF lama berupa hasil pindaian tanpa lapisan teks, sehingga "
            "belum dapat dibaca pembaca layar. Dokumen tersebut dapat diminta dalam format "
            "teks melalui layanan permohonan informasi.</p>",
        ),
        (
            "paragraph",
            "<p>Bagan struktur organisasi berupa gambar; isinya juga tersedia sebagai tabel "
            "pada halaman Struktur Organisasi.</p>",
        ),
    ],
}
