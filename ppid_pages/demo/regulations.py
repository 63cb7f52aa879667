"""Regulations listed by the SOP, plus one fictional regional regulation, as plain data."""

DPR_AND_PRESIDENT = "Dewan Perwakilan Rakyat dan Presiden Republik Indonesia"
KIP = "Komisi Informasi Pusat"

REGULATIONS = [
    {
        "title": "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        "regulation_type": "uu",
        "number": "14",
        "year": 2008,
        "issuer": DPR_AND_PRESIDENT,
        "summary": "Menjamin hak setiap orang memperoleh informasi publik dan mewajibkan badan "
        "publik menyediakan informasi secara cepat, tepat waktu, berbiaya ringan, dan dengan "
        "cara sederhana.",
    },
    {
        "title": "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "regulation_type": "uu",
        "number": "25",
        "year": 2009,
        "issuer": DPR_AND_PRESIDENT,
        "summary": "Mengatur asas, standar pelayanan, maklumat pelayanan, dan pengelolaan "
        "pengaduan dalam penyelenggaraan pelayanan publik.",
    },
    {
        "title": (
            "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang "
            "Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"
        ),
        "regulation_type": "pp",
        "number": "61",
        "year": 2010,
        "issuer": "Presiden Republik Indonesia",
        "summary": "Mengatur pejabat pengelola informasi dan dokumentasi, jangka waktu "
        "pengecualian informasi, dan tata cara pelaksanaan keterbukaan informasi publik.",
    },
    {
        "title": (
            "Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2017 tentang Pedoman Pengelolaan "
            "Pelayanan Informasi dan Dokumentasi di Lingkungan Kementerian Dalam Negeri dan "
            "Pemerintahan Daerah"
        ),
        "regulation_type": "permen",
        "number": "3",
        "year": 2017,
        "issuer": "Menteri Dalam Negeri",
        "summary": "Pedoman pembentukan PPID, tugas dan kewenangannya, serta pengelolaan "
        "layanan informasi di kementerian dan pemerintah daerah.",
    },
    {
        "title": (
            "Peraturan Komisi Informasi Nomor 1 Tahun 2013 tentang Prosedur Penyelesaian "
            "Sengketa Informasi Publik"
        ),
        "regulation_type": "perki",
        "number": "1",
        "year": 2013,
        "issuer": KIP,
        "summary": "Tata cara registrasi, mediasi, dan ajudikasi nonlitigasi sengketa informasi "
        "publik di Komisi Informasi.",
    },
    {
        "title": (
            "Peraturan Komisi Informasi Nomor 1 Tahun 2017 tentang Pengklasifikasian Informasi "
            "Publik"
        ),
        "regulation_type": "perki",
        "number": "1",
        "year": 2017,
        "issuer": KIP,
        "summary": "Tata cara uji konsekuensi dan penetapan klasifikasi informasi yang "
        "dikecualikan, termasuk jangka waktu pengecualiannya.",
    },
    {
        "title": (
            "Peraturan Komisi Informasi Nomor 1 Tahun 2018 tentang Standar Layanan Informasi "
            "Publik Desa"
        ),
        "regulation_type": "perki",
        "number": "1",
        "year": 2018,
        "issuer": KIP,
        "summary": "Standar layanan informasi publik bagi pemerintah desa, termasuk informasi "
        "yang wajib diumumkan secara berkala.",
    },
    {
        "title": (
            "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi "
            "Publik"
        ),
        "regulation_type": "perki",
        "number": "1",
        "year": 2021,
        "issuer": KIP,
        "summary": "Menggantikan Perki 1/2010: jenis informasi yang wajib diumumkan, tata cara "
        "permohonan informasi, dan pengajuan keberatan.",
    },
    {
        "title": "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
        "regulation_type": "uu",
        "number": "27",
        "year": 2022,
        "issuer": DPR_AND_PRESIDENT,
        "summary": "Mengatur jenis data pribadi, hak subjek data, kewajiban pengendali data, "
        "serta sanksi atas kebocoran dan penyalahgunaan data pribadi.",
    },
    {
        "title": (
            "Peraturan Bupati Contoh Nomor 12 Tahun 2024 tentang Pedoman Pengelolaan Website "
            "Pemerintah Daerah"
        ),
        "regulation_type": "perkada",
        "number": "12",
        "year": 2024,
        "issuer": "Bupati Contoh",
        "summary": "Pedoman pengelolaan, pengamanan, dan pembaruan konten website perangkat "
        "daerah di lingkungan Pemerintah Kabupaten Contoh.",
    },
]
