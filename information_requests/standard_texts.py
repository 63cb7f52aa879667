"""Standard texts are public by nature (issue 13, verify13i false positives).

A refusal letter must quote Pasal 17 UU 14/2008; a report opens with the office's standard
preface; a contract carries the standard contract conditions (SSUK); an SOP follows its
template. An exempt document quotes them too, and the content check (exempt_content) read a
public text that shared one such paragraph with an exempt document as a copy of it. What the
public has is never exempt information, and these texts are public whether or not a released
document holds them yet:
- the texts the product itself prints: the fixed paragraphs of its letters (letters.
  FIXED_PARAGRAPHS, in Indonesian and in English) and the text of Pasal 17 (PASAL_17);
- the office's reference of standard texts (Naskah Baku, models.StandardText): reviewed
  content (moderation.snippets), so a text counts only once two approvers who neither wrote
  nor changed it released it, and only the released version that the audit chain vouches for
  (a text written or released in the database counts for nothing). No single insider can
  make an exempt document's words public this way.
The word pairs of these texts are taken out of every exempt document before it is compared
(outgoing.exempt_verdict), as those of documents released before the exemption are.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.utils.translation import override

# UU 14/2008 Pasal 17, as promulgated. Only the parts checked word for word are here: the
# opening, huruf a to j, and the numbered items of huruf a and h (the items of huruf c, e and
# f are long; an office that quotes them adds them as a Naskah Baku).
PASAL_17 = """\
Setiap Badan Publik wajib membuka akses bagi setiap Pemohon Informasi Publik untuk \
mendapatkan Informasi Publik, kecuali:
a. Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat \
menghambat proses penegakan hukum, yaitu informasi yang dapat:
1. menghambat proses penyelidikan dan penyidikan suatu tindak pidana;
2. mengungkapkan identitas informan, pelapor, saksi, dan/atau korban yang mengetahui adanya \
tindak pidana;
3. mengungkapkan data intelijen kriminal dan rencana-rencana yang berhubungan dengan \
pencegahan dan penanganan segala bentuk kejahatan transnasional;
4. membahayakan keselamatan dan kehidupan penegak hukum dan/atau keluarganya; dan/atau
5. membahayakan keamanan peralatan, sarana, dan/atau prasarana penegak hukum.
b. Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat \
mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari \
persaingan usaha tidak sehat;
c. Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat \
membahayakan pertahanan dan keamanan negara, yaitu:
d. Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat \
mengungkapkan kekayaan alam Indonesia;
e. Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik, dapat \
merugikan ketahanan ekonomi nasional:
f. Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik, dapat \
merugikan kepentingan hubungan luar negeri:
g. Informasi Publik yang apabila dibuka dapat mengungkapkan isi akta otentik yang bersifat \
pribadi dan kemauan terakhir ataupun wasiat seseorang;
h. Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat \
mengungkap rahasia pribadi, yaitu:
1. riwayat dan kondisi anggota keluarga;
2. riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang;
3. kondisi keuangan, aset, pendapatan, dan rekening bank seseorang;
4. hasil-hasil evaluasi sehubungan dengan kapabilitas, intelektualitas, dan rekomendasi \
kemampuan seseorang; dan/atau
5. catatan yang menyangkut pribadi seseorang yang berkaitan dengan kegiatan satuan \
pendidikan formal dan satuan pendidikan nonformal.
i. memorandum atau surat-surat antar Badan Publik atau intra Badan Publik, yang menurut \
sifatnya dirahasiakan kecuali atas putusan Komisi Informasi atau pengadilan;
j. informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang.
"""

CACHE_PREFIX = "ppid.standard_texts.v1."


def product_texts() -> list[str]:
    """The texts the product prints in every letter, and Pasal 17."""
    from .letters import FIXED_PARAGRAPHS
    from .models import ExemptionGround

    texts = [PASAL_17]
    for language in ("id", "en"):
        with override(language):
            texts += [str(text) for text in FIXED_PARAGRAPHS]
            texts.append("\n".join(str(label) for label in ExemptionGround.labels))
    return texts


def approved_texts() -> list[str]:
    """The released text of every Naskah Baku whose released version the audit chain vouches
    for (moderation.snippets' release entry, under its hash): a row marked released, or its
    text changed, in the database counts for nothing."""
    from integrity.chain import vouched_digests
    from moderation.snapshot import snippet_digest
    from moderation.snippets import RELEASE_ACTION

    from .models import StandardText

    rows = list(StandardText.objects.exclude(released_at=None).exclude(approved_digest=""))
    if not rows:
        return []
    vouched = vouched_digests(StandardText, (RELEASE_ACTION,), [row.pk for row in rows])
    return [
        row.text
        for row in rows
        if vouched.get(str(row.pk)) == row.approved_digest == snippet_digest(row)
    ]


def standard_pairs() -> frozenset[int]:
    """The word pairs (exempt_content.word_pairs) of every standard text: public by nature."""
    return product_pairs() | approved_pairs()


def product_pairs() -> frozenset[int]:
    """The word pairs of the texts the product prints (product_texts)."""
    return pairs_of(product_texts())


def approved_pairs() -> frozenset[int]:
    """The word pairs of the office's released standard texts (approved_texts): taken out of
    an exempt document only while they cover at most exempt_content.MAX_STANDARD_SHARE of it
    (PublicContent.standard_for)."""
    return pairs_of(approved_texts())


def pairs_of(texts: list[str]) -> frozenset[int]:
    """The word pairs of `texts`, kept by the texts' own hash (a text approved or changed is
    another key)."""
    from .exempt_content import text_fingerprint

    if not texts:
        return frozenset()
    key = CACHE_PREFIX + hashlib.sha256("\x00".join(texts).encode()).hexdigest()
    found = cache.get(key)
    if found is None:
        pairs: set[int] = set()
        for text in texts:
            pairs |= text_fingerprint(text).pairs
        found = frozenset(pairs)
        cache.set(key, found, None)
    return found


# A standard text that pairs at least this many content words of an exempt document as there
# quotes it: its approvers are told so, loudly, and each approval needs a written reason.
OVERLAP_WORDS = 6


def overlap(text: str) -> list[dict]:
    """For the approval of a standard text (moderation.snippets.approve): each exempt file or
    chained exempt version that `text` quotes (OVERLAP_WORDS of its content words paired as
    there, the product's own texts left out), with `share`: how much of it the released
    standard texts and this one cover together. Judged together, not one text alone (issue 13,
    attack13q: an exempt report proposed as overlapping two-sentence standard texts, each
    small). `over`: together they would cover more than exempt_content.MAX_STANDARD_SHARE of
    it, so the approval is refused (and no standard text would be taken out of it anyway)."""
    from .exempt_content import MAX_STANDARD_SHARE, paired, standard_share, text_fingerprint
    from .outgoing import exempt_fingerprints_since, exempt_known

    product = product_pairs()
    pairs = text_fingerprint(text).pairs - product
    if not pairs or not exempt_known():
        return []
    released = approved_pairs() - product
    _same, exempt_set = exempt_fingerprints_since()
    found = []
    for digest, name, exempt, _since in exempt_set:
        quoted = sum(paired(exempt.words, pairs & exempt.pairs))
        if quoted < OVERLAP_WORDS:
            continue
        share = standard_share(exempt, released | pairs)
        found.append(
            {
                "sha256": digest,
                "name": name,
                "words": quoted,
                "share": round(share, 3),
                "over": share > MAX_STANDARD_SHARE,
            }
        )
    return found
