"""Indonesian text analysis shared by both backends.

``analyze`` lowercases, folds the UMKM synonyms, drops stopwords and strips affixes with
a dictionary-free rule stemmer (written for this project after the published rule sets
for Indonesian: particles -lah/-kah, the possessive -nya, prefixes me-/pe-/di-/ter-/ke-/
se-/ber-/per- and suffixes -kan/-an/-i). Both the embedded index and Elasticsearch index
and query ``analyzed_text``, so a word matches the same articles on either backend.
"""

from __future__ import annotations

import re
from functools import lru_cache

TOKEN = re.compile(r"\w+", re.UNICODE)
VOWELS = frozenset("aeiou")

# "usaha mikro, kecil, dan menengah" and its short forms are one concept: each such run of
# words also yields this term, and UKM is folded into it.
UMKM = "umkm"
UMKM_FORMS = frozenset({"umkm", "ukm", "umk"})
UMKM_PHRASES = (
    ("usaha", "mikro", "kecil", "dan", "menengah"),
    ("usaha", "mikro", "kecil", "menengah"),
    ("usaha", "kecil", "dan", "menengah"),
    ("usaha", "kecil", "menengah"),
)

STOPWORDS = frozenset("""
ada adalah adanya agar akan akankah akhirnya aku akulah amat anda andalah antar antara
apa apakah apabila apalagi atas atau ataukah ataupun bagai bagaimana bagi bahkan bahwa
bahwasanya beberapa begitu belum beliau berapa berbagai bisa boleh bukan bukanlah cukup
dahulu dalam dan dapat dari daripada demi dengan di dia dialah diri dirinya ditu dong
engkau hal hampir hanya hanyalah harus hingga ia ialah ini inilah itu itulah jadi jika
jikalau juga justru kalau kami kamilah kamu kamulah kan kapan karena kata ke kecuali
kemudian kenapa kepada kepadanya ketika kita kitalah lagi lah lain lainnya lalu maka
malah mana masih mereka merekalah meski meskipun mungkin namun nanti nya oleh pada
padahal para per pula pun saat saja sambil sampai sang sangat saya sayalah se sebab
sebagai sebagaimana sebelum sebelumnya sedang sedangkan sehingga sejak selain selalu
selama semua semuanya sendiri seperti serta sesudah setelah setiap sini situ suatu
sudah supaya tadi tak tanpa tapi telah tentang tersebut tetapi tiap toh untuk walau
walaupun yaitu yakni yang
""".split())

# Roots the rules would otherwise misread as affixed (loanwords, roots that start like a
# prefix or end like a suffix). They are never stemmed.
KEEP = frozenset("""
berita bersih dialog digital dinamika diplomasi direktur disiplin kepala
kembali masalah menteri penting pemilu sekolah istilah jumlah langkah selasa
seminar sejarah televisi terima teknologi
""".split())

# Roots that start with k/m/n/p/s/t, whose first letter the nasal prefixes drop
# ("mengatakan" = meng- + kata + -kan): consulted to undo that letter.
ROOTS = frozenset("""
kata kelola kembang kenal kirim kuat kumpul kurang kerja kena kejar kecil kelas
manfaat milik minta mulai nikah nilai nyata pakai pantau pasar peran perintah pilih pimpin penuh
perlu potong punya sampai salur sedia sebar simpan tambah tanam tarik terima tingkat
tulis tumbuh tuju turun
""".split())

ONSETS = frozenset("tr pr kr br gr dr fr pl bl kl gl fl ny ng kh sy".split())
PARTICLES = ("lah", "kah")
# Confixes the language does not form: a prefix with these suffixes is two readings.
INVALID_CONFIX = {("ber", "i"), ("di", "an"), ("ke", "i"), ("ke", "kan"), ("me", "an"),
                  ("se", "i"), ("se", "kan"), ("ter", "an")}


def analyze(text: str) -> list[str]:
    """Index terms of ``text``, in order."""
    words = [w.lower() for w in TOKEN.findall(text or "")]
    terms: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        phrase = word == "usaha" and _umkm_phrase(words, i)  # every phrase opens with "usaha"
        if phrase:
            terms += [stem(w) for w in phrase if w not in STOPWORDS]
            terms.append(UMKM)
            i += len(phrase)
            continue
        if word in UMKM_FORMS:
            terms.append(UMKM)
        elif word not in STOPWORDS:
            terms.append(stem(word))
        i += 1
    return terms


def _umkm_phrase(words: list[str], i: int) -> tuple[str, ...] | None:
    """The spelled-out UMKM phrase starting at ``words[i]``, if any."""
    return next((p for p in UMKM_PHRASES if tuple(words[i : i + len(p)]) == p), None)


def analyzed_text(text: str) -> str:
    """``analyze`` joined by spaces: what both backends index and query with."""
    return " ".join(analyze(text))


def _plausible(stem: str) -> bool:
    """A stem has four letters and two vowels, or is a known root, and starts the way
    an Indonesian word can."""
    if stem in ROOTS:
        return True
    if len(stem) < 4 or sum(c in VOWELS for c in stem) < 2:
        return False
    return stem[0] in VOWELS or stem[1] in VOWELS or stem[:2] in ONSETS


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The root of one lowercase word (unchanged when no rule applies safely)."""
    if len(word) < 5 or not word.isalpha() or word in KEEP:
        return word
    for particle in PARTICLES:
        rest = word[: -len(particle)]
        if word.endswith(particle) and len(rest) >= 5 and _plausible(rest):
            word = rest
            break
    if word.endswith("nya") and _plausible(word[:-3]):
        word = word[:-3]
    if word in KEEP:
        return word
    return _strip_affixes(word)


def _strip_affixes(word: str) -> str:
    """Try each suffix reading: a known root wins, then a confix (prefix and suffix),
    then a prefix alone, then a suffix alone."""
    confix = prefix_only = suffix_only = None
    for suffix in ("kan", "an", "i", ""):
        if suffix and not word.endswith(suffix):
            continue
        base = word[: -len(suffix)] if suffix else word
        if suffix and not _plausible(base) and not _has_prefix(base):
            continue
        root, first_prefix = _strip_prefixes(base)
        if first_prefix and suffix and (first_prefix, suffix) not in INVALID_CONFIX:
            if (suffix != "i" or _ends_well(root)) and confix is None:
                confix = root
        elif first_prefix and not suffix:
            prefix_only = root
        elif suffix and not first_prefix and suffix != "i" and suffix_only is None:
            if _plausible(base):
                suffix_only = base
        if root in ROOTS:
            return root
    return confix or prefix_only or suffix_only or word


def _ends_well(stem: str) -> bool:
    """Whether ``stem`` + "i" reads as a suffixed root: roots do not end in two consonants
    (except -ng, -nk, -rt, -ks, -st), and a final "ai" belongs to the root ("capai")."""
    tail = stem[-2:]
    if tail[1] == "a":
        return False
    return tail[0] in VOWELS or tail[1] in VOWELS or tail in ("ng", "nk", "rt", "ks", "st")


def _has_prefix(word: str) -> bool:
    return any(word.startswith(p) for p in ("me", "pe", "di", "ter", "ke", "se", "be"))


def _strip_prefixes(word: str) -> tuple[str, str | None]:
    """Strip up to two prefixes ("memper-", "keter-"); return the rest and the first
    prefix's family ("me", "pe", "di", "ter", "ke", "se", "ber") or None."""
    first = None
    for _ in range(2):
        if word in KEEP or word in ROOTS:
            break
        stripped = _strip_prefix(word)
        if stripped is None:
            break
        rest, family = stripped
        restored = not word.endswith(rest)  # "pemerintah" -> "perintah": stop there
        word, first = rest, first or family
        if restored:
            break
    return word, first


def _nasal(rest: str, letters: str, default: str) -> str:
    """After a nasal prefix a root may have lost its first letter (one of ``letters``):
    a known root decides, else ``default`` is put back."""
    for letter in ("", *letters):
        if letter + rest in ROOTS:
            return letter + rest
    return default + rest


def _strip_prefix(word: str) -> tuple[str, str] | None:
    candidates: list[tuple[str, str]] = []
    if word.startswith("per"):
        candidates.append((word[3:], "pe"))
    for nasal, family in (("me", "me"), ("pe", "pe")):
        if not word.startswith(nasal):
            continue
        tail = word[2:]
        if tail.startswith("ng"):
            rest = tail[2:]
            candidates.append((_nasal(rest, "k", "") if rest[:1] in VOWELS else rest, family))
        elif tail.startswith("ny") and tail[2:3] in VOWELS:
            candidates.append(("s" + tail[2:], family))
        elif tail.startswith("n"):
            rest = tail[1:]
            if rest[:1] in VOWELS:
                candidates.append((_nasal(rest, "tn", "t"), family))
            elif rest[:1] in tuple("cdjtz"):
                candidates.append((rest, family))
        elif tail.startswith("m"):
            rest = tail[1:]
            if rest[:1] in VOWELS:
                candidates.append((_nasal(rest, "pm", "p"), family))
            elif rest[:1] in tuple("bfvp"):
                candidates.append((rest, family))
        elif tail[:1] in tuple("lmnrwy"):
            candidates.append((tail, family))
        if family == "pe" and tail[:1] and tail[:1] not in VOWELS:
            candidates.append((tail, "pe"))
    if word.startswith("ber"):
        candidates.append((word[3:], "ber"))
    elif word.startswith("bel") and word[3:] == "ajar":
        candidates.append(("ajar", "ber"))
    elif word.startswith("be") and word[3:5] == "er":
        candidates.append((word[2:], "ber"))
    for prefix in ("di", "ter", "ke", "se"):
        if word.startswith(prefix):
            candidates.append((word[len(prefix):], prefix))
    for rest, family in candidates:
        if _plausible(rest):
            return rest, family
    return None
