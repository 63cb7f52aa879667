"""Demo content for a fictional office: Dinas Komunikasi dan Informatika Kabupaten Contoh.

Used only by the `load_demo_content` management command. All data is fictional and contains
no personal data (no NIK, no private phone numbers or e-mail addresses).
"""
