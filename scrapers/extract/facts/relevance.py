"""UMKM relevance: a 0..1 score from weighted policy terms, with the terms that matched."""

from __future__ import annotations

import math
import re

from .phrases import phrase_pattern

# term -> weight; counted as whole words, case-insensitively unless written upper-case.
TERMS: dict[str, float] = {
    "UMKM": 3, "UKM": 3, "UMK": 2, "usaha mikro": 3, "usaha kecil": 2, "usaha menengah": 2,
    "pelaku usaha": 2, "koperasi": 2, "KUR": 3, "kredit usaha rakyat": 3, "BPUM": 3,
    "banpres produktif": 3, "Jakpreneur": 3, "OK OCE": 3, "wirausaha": 2, "kewirausahaan": 2,
    "QRIS": 2, "naik kelas": 1, "Kemenkop": 3, "Kemenkop UKM": 3, "modal usaha": 2,
    "modal kerja": 1, "e-commerce": 1, "pemasaran": 1, "Bangga Buatan Indonesia": 2,
    "sertifikat halal": 1, "dana bergulir": 2, "LPDB": 2, "IKM": 2, "usaha rakyat": 1,
}  # fmt: skip
_RE = re.compile(
    phrase_pattern(sorted(TERMS, key=len, reverse=True), lambda t: re.escape(t[1:]), str.isupper)
)
_CANON = {t.lower(): t for t in TERMS}


def relevance(text: str) -> dict:
    """{"score": 0..1, "terms": [matched terms, most frequent first]}.

    Each term counts at most five times, so one repeated word cannot saturate the score;
    an article about UMKM policy scores near 1, an unrelated one near 0.
    """
    counts: dict[str, int] = {}
    for m in _RE.finditer(text):
        term = _CANON[m.group().lower()] if m.group().lower() in _CANON else m.group()
        counts[term] = counts.get(term, 0) + 1
    weight = sum(TERMS[t] * min(n, 5) for t, n in counts.items())
    score = 1 - math.exp(-weight / 12)
    terms = sorted(counts, key=lambda t: (-counts[t], t))
    return {"score": round(score, 3), "terms": terms}
