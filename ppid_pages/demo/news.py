"""News and announcements of the demo office in 2026, as plain data.

Bodies use the same (block type, value) pairs as the standard pages in `content`.
"""

from datetime import date

NEWS = [
    {
        "title": "Hasil Monitoring dan Evaluasi Keterbukaan Informasi Publik 2025",
        "date": date(2026, 1, 20),
        "kind": "berita",
        "intro": "PPID Dinas Komunikasi dan Informatika Kabupaten Contoh memperoleh nilai "
        "kategori informatif dalam monitoring dan evaluasi keterbukaan informasi publik.",
        "body": [
            (
                "paragraph",
                "<p>Penilaian mencakup kelengkapan Daftar Informasi Publik, kecepatan layanan "
                "permohonan, dan penyediaan informasi berkala di website.</p>"
                "<p>Kepala Dinas meminta seluruh PPID Pelaksana mempertahankan capaian tersebut "
                "dengan memutakhirkan informasi setiap bulan.</p>",
            ),
        ],
    },
    {
        "title": "Sosialisasi Keterbukaan Informasi Publik bagi PPID Pelaksana",
        "date": date(2026, 2, 12),
        "kind": "berita",
        "intro": "Sebanyak 32 PPID Pelaksana mengikuti sosialisasi tentang standar layanan "
        "informasi publik dan uji konsekuensi.",
        "body": [
            ("heading", "Materi Sosialisasi"),
            (
                "paragraph",
                "<ul><li>Standar Layanan Informasi Publik menurut Perki 1/2021.</li>"
                "<li>Tata cara uji konsekuensi menurut Perki 1/2017.</li>"
                "<li>Pelindungan data pribadi dalam dokumen yang dipublikasikan.</li></ul>",
            ),
        ],
    },
    {
        "title": "Jadwal Layanan Informasi Selama Libur Idulfitri 1447 H",
        "date": date(2026, 3, 16),
        "kind": "pengumuman",
        "intro": "Layanan informasi tatap muka ditutup selama cuti bersama Idulfitri; "
        "permohonan melalui e-mail tetap diterima dan diproses setelah libur.",
        "body": [
            (
                "paragraph",
                "<p>Meja Layanan PPID ditutup pada 18-24 Maret 2026 dan kembali dibuka pada "
                "25 Maret 2026. Jangka waktu layanan dihitung sejak hari kerja pertama setelah "
                "libur.</p>",
            ),
        ],
    },
    {
        "title": "Pelatihan Pengamanan Data Pribadi bagi Operator Website",
        "date": date(2026, 5, 7),
        "kind": "berita",
        "intro": "Operator website perangkat daerah dilatih mengenali dan menghapus data "
        "pribadi sebelum dokumen diunggah.",
        "body": [
            (
                "paragraph",
                "<p>Peserta berlatih memeriksa dokumen PDF dari NIK, nomor KK, nomor telepon "
                "pribadi, dan pindaian KTP yang kerap terlampir tanpa disadari.</p>",
            ),
            ("heading", "Tindak Lanjut"),
            (
                "paragraph",
                "<p>Setiap dokumen yang diunggah wajib ditinjau Sub Koordinator dan diperiksa "
                "Koordinator sebelum tayang, sesuai SOP Keamanan Pengelolaan Website.</p>",
            ),
        ],
    },
    {
        "title": "Pemeliharaan Sistem Website PPID pada 14 Juni 2026",
        "date": date(2026, 6, 10),
        "kind": "pengumuman",
        "intro": "Website PPID tidak dapat diakses pada Minggu, 14 Juni 2026 pukul 00.00-04.00 "
        "WIB karena pemeliharaan sistem.",
        "body": [
            (
                "paragraph",
                "<p>Selama pemeliharaan, permohonan informasi dapat disampaikan melalui e-mail "
                "resmi PPID. Mohon maaf atas ketidaknyamanannya.</p>",
            ),
        ],
    },
    {
        "title": "Waspada Pesan Palsu Mengatasnamakan Dinas Kominfo",
        "date": date(2026, 7, 22),
        "kind": "pengumuman",
        "intro": "Dinas Kominfo tidak pernah meminta data pribadi atau biaya melalui pesan "
        "berantai. Abaikan dan laporkan pesan yang mencurigakan.",
        "body": [
            (
                "paragraph",
                "<p>Informasi resmi hanya disampaikan melalui website ini dan kontak resmi "
                "dinas yang tercantum di bagian bawah halaman.</p>",
            ),
        ],
    },
    {
        "title": "Penetapan Uji Konsekuensi Informasi yang Dikecualikan Tahun 2026",
        "date": date(2026, 8, 18),
        "kind": "berita",
        "intro": "PPID menetapkan hasil uji konsekuensi atas informasi yang dikecualikan dan "
        "memperbarui Daftar Informasi yang Dikecualikan.",
        "body": [
            (
                "paragraph",
                "<p>Uji konsekuensi dilakukan sesuai Perki 1/2017 dengan menimbang akibat "
                "pembukaan informasi terhadap kepentingan publik yang lebih besar.</p>"
                "<p>Judul, dasar hukum, dan jangka waktu pengecualian dapat dilihat pada "
                "halaman Informasi yang Dikecualikan.</p>",
            ),
        ],
    },
    {
        "title": "Forum Konsultasi Publik Standar Pelayanan Informasi",
        "date": date(2026, 10, 15),
        "kind": "berita",
        "intro": "Masyarakat, akademisi, dan media memberi masukan untuk penyempurnaan standar "
        "pelayanan informasi publik tahun 2027.",
        "body": [
            (
                "paragraph",
                "<p>Masukan utama meliputi penambahan kanal permohonan daring dan penyajian "
                "data statistik sektoral dalam format terbuka.</p>",
            ),
        ],
    },
]
