"""What a word of a person's name is, and how short forms match a name.

Pure functions on words: whether a capitalized token can be a name word, initials and
particles, degrees written after a name, and the ways an article shortens a name or a role
(endings, one-letter misspellings, initials, blends such as "Jokowi" or "Menkopukm").
``speakers.People`` uses them to find and resolve the people of an article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (
    CUE_STEMS,
    DAYS,
    DEGREES,
    HONORIFICS,
    MONTHS,
    NAME_PARTICLES,
    NOBLE_TITLES,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACES,
    ROLE_WORDS,
    SPEECH_VERBS,
    STOP,
    TIME_WORDS,
)
from .numerals import DIGIT_WORDS, UNITS

TWO_LETTER_ACRONYMS = frozenset(
    "BI RI PT CV UD AS TV PD UK DI KB RT RW SD SM HP PR ID OK NU TK UI IT AI II IV VI XI"
    " UU PP PN KM SK BB MA MK KY".split()
)
HAJI_INITIAL_RE = re.compile(r"H[A-Z]")
INITIALS_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]?|[A-Z]")  # "A.A", "M.", "M" (in "M Sanusi")
# name words written short with a period: Muhammad, Batak "boru", Balinese "Anak Agung"
DOTTED_NAME_WORDS = "Muh|Moh|Mhd|Moch|Md|Br|AA"
# ke-/per-/pe-...-an nouns name offices and fields, never a person ("Perbendaharaan",
# "Kerakyatan", "Pengawasan")
# (eight letters or more: "Kesutan" is a name) or a passive verb ("Dicontohkan")
NOMINAL_RE = re.compile(
    r"(?=[a-z]{8})(?:ke|per|pe[lmn]g?|peny)[a-z]{3,}an|di[a-z]{3,}kan|ber[a-z]{3,}(?:kan|aan)"
)  # "Berkenaan, dengan ...", "Berdasarkan": a connective opening a sentence
NYA_RE = re.compile(r"[a-z]{3,}nya")  # "Dirinya", "Kehadirannya": a -nya form, never a name
PERSON_TITLES = frozenset(
    """wakil kepala ketua menteri gubernur bupati walikota wali direktur sekretaris deputi presiden
    wapres camat lurah anggota staf komisaris dirut wagub wabup kapolda kapolres division general
    regional chief senior vice executive""".split()
)
# month words that are also given names ("Jan Ayomi", "Paul Mei Anton"); a date has digits
NAME_MONTHS = frozenset({"jan", "mei"})
NOT_NAME = (
    ROLE_WORDS
    | ORG_WORDS
    | PLACES
    | HONORIFICS
    | DAYS
    | (MONTHS - NAME_MONTHS)
    | STOP
    | (TIME_WORDS - {"hari", "jam"})
    | frozenset(DIGIT_WORDS)
    | frozenset(UNITS)
    | {"belas", "puluh", "ratus"}
    | frozenset(CUE_STEMS)  # "Kata Sri Mulyani, ...": a speech cue opening a sentence
    | SPEECH_VERBS  # "Syahrul Adnan Hasibuan SE Mengatakan": a verb written capitalized
    | PERSON_NOUNS  # "Pengrajin I Ketut Widiadnyana"
    | frozenset(
        """ia dia beliau mereka kami kita saya aku anda hal menurut mewakili sebanyak sementara
    selain namun selaku sebelumnya kemudian adapun padahal bahkan meski meskipun tentu tujuannya
    baca juga terpisah selanjutnya akhirnya sedangkan begitu demikian termasuk tentang
    editor penulis reporter foto ilustrasi sumber artikel berita headline fokus
    puluhan ratusan ribuan belasan jutaan sejumlah beberapa sebagian mayoritas kebanyakan hampir
    merah putih ekraf""".split()
    )
)


@lru_cache(maxsize=4096)
def lower_words(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in name.split())


def is_name_token(tok: str, common: set[str]) -> bool:
    shape = name_shape(tok)
    return shape if isinstance(shape, bool) else shape not in common


@lru_cache(maxsize=1 << 16)
def name_shape(tok: str) -> bool | str:
    """Whether ``tok`` can be a name word, or its lower-case form when that depends on the
    words the text writes in lower case."""
    if INITIALS_RE.fullmatch(tok):
        return tok.lower() not in HONORIFICS  # "Wicky V. Olindo", "A.A", not "H" (Haji)
    if not tok[:1].isupper() or not tok[:1].isalpha() or len(tok) == 1:
        return False
    if tok.isupper() and tok.rstrip(".").lower() in NOBLE_TITLES:
        return True  # "AA" (Anak Agung) starts a name
    if sum(c.isupper() for c in tok) >= 2 or any(c.isdigit() for c in tok):
        return False  # acronyms, roman numerals, codes
    low = tok.lower().rstrip(".")
    if low in NOT_NAME or NYA_RE.fullmatch(low) or NOMINAL_RE.fullmatch(low):
        return False
    if misspelled_title(low):
        return False  # "Gubenur", "Wailkota": a long title typed one letter off
    return low


def inner_initials(word: str) -> bool:
    """Two capitals that can stand inside a name ("Tutuk SH Cahyono"), not an acronym ("BI",
    "PT") nor Haji + initial ("HM")."""
    return (
        len(word) == 2
        and word.isalpha()
        and word.isupper()
        and word not in TWO_LETTER_ACRONYMS
        and not HAJI_INITIAL_RE.fullmatch(word)
    )


def closing_initials(word: str, after: list[str]) -> bool:
    """Two initials closing a name ("Amri AR"), not a degree ("Wahyu Hidayat MM"), with no
    capitalized word after them."""
    return (
        inner_initials(word)
        and word.lower() not in DEGREES
        and not (after and after[0][:1].isupper())
    )


def without_degrees(segment: str) -> str:
    """The segment without the academic degrees written after a name ("Latipun PhD", "S.Pd",
    "M.A", "SE MM"): written in capitals, with dots or with an inner capital."""
    return " ".join(
        w
        for w in segment.split()
        if not (
            w.replace(".", "").lower() in DEGREES
            and (w.isupper() or "." in w or any(c.isupper() for c in w[1:]))
        )
    )


def last_word(text: str) -> str:
    """The word ``text`` ends with, past one full stop and spaces ("Jatim. " -> "Jatim")."""
    text = text.rstrip(" \t")
    text = text[:-1] if text.endswith(".") else text
    i = len(text)
    while i and (text[i - 1].isalnum() or text[i - 1] in "_'’-"):
        i -= 1
    return text[i:]


def drop_haji(run: tuple[int, int, list[str]]) -> tuple[int, int, list[str]]:
    """ "HM Yadi Robyan Noor" is Haji M Yadi Robyan Noor; "HM" alone is no name; "Haji Edi
    Heryana" is Edi Heryana (not "Asrama Haji Batakan")."""
    start, end, words = run
    bare = without_haji(words)
    if len(bare) < len(words):
        return start + len("Haji "), end, bare
    if not HAJI_INITIAL_RE.fullmatch(words[0]):
        return run
    return (start, end, [words[0][1:]] + words[1:]) if len(words) > 1 else (start, end, [])


def without_haji(words: list[str]) -> list[str]:
    """A name without the "Haji" written out before it ("Haji Edi Heryana")."""
    return words[1:] if len(words) >= 3 and words[0] == "Haji" else words


def is_particle(word: str) -> bool:
    """Initials and name particles ("M", "A.A", "Al", "Ni", "Muh."): part of the name after
    them, never a place or a unit."""
    low = word.lower().rstrip(".")
    return bool(INITIALS_RE.fullmatch(word)) or low in NAME_PARTICLES or low in NOBLE_TITLES


def one_edit(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion from ``word``."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in letters}
        | {a + c + b for a, b in splits for c in letters}
    )


def ends_word(short: str, word: str) -> bool:
    """``short`` (lower-case) is the ending of a longer name word: "birin" of "sahbirin"."""
    return len(short) >= 3 and len(word) >= len(short) + 3 and word.endswith(short)


def shortened(words: list[str], name: list[str]) -> bool:
    """Same words, some written by their ending ("Ratu Zakiyah" for Ratu Rachmatuzakiyah)."""
    if len(words) != len(name):
        return False
    pairs = [(w.lower(), n.lower()) for w, n in zip(words, name, strict=True)]
    return all(w == n or ends_word(w, n) for w, n in pairs) and any(w != n for w, n in pairs)


def one_off(words: list[str], name: list[str]) -> bool:
    """Same words but one, which is one letter off (at least four letters long)."""
    if len(words) != len(name):
        return False
    pairs = zip((w.lower() for w in words), (w.lower() for w in name), strict=True)
    diff = [(a, b) for a, b in pairs if a != b]
    return len(diff) == 1 and len(diff[0][0]) >= 4 and diff[0][1] in one_edit(diff[0][0])


MISSPELLED_ROLES = {
    variant: role
    for role in sorted(PERSON_TITLES | PLACE_HEADS)
    if len(role) >= 6
    for variant in one_edit(role)
    if variant not in NOT_NAME
}


def misspelled_role(word: str) -> str | None:
    """The title a word misspells by one letter ("Wailkota" -> "walikota"), if any."""
    return MISSPELLED_ROLES.get(word.lower())


def misspelled_title(word: str) -> str | None:
    """The title of eight letters or more a word misspells ("Gubenur" -> "gubernur"); shorter
    titles are one letter from too many names ("Sejati" and "kejati")."""
    role = misspelled_role(word)
    return role if role and len(role) >= 8 else None


def split_role(words: str) -> tuple[str | None, str | None]:
    """'Kepala Bidang UKM Dinas PPKUKM DKI Jakarta' -> ('Kepala Bidang UKM', 'Dinas PPKUKM ...')."""
    words = " ".join(words.split()).strip(" ,-–")
    if not words:
        return None, None
    toks = words.split(" ")
    for i, tok in enumerate(toks):
        if i and tok.strip("(),").lower() in ORG_HEADS:
            return " ".join(toks[:i]).strip(" ,") or None, " ".join(toks[i:]).strip(" ,") or None
    return words, None


def abbreviates(abbr: str, words: list[str]) -> bool:
    """ "JK" abbreviates "Jusuf Kalla", "SBY" "Susilo Bambang Yudhoyono": upper-case letters,
    the first initial first, the rest initials in order."""
    initials = iter(w[0].upper() for w in words[1:])
    return (
        2 <= len(abbr) <= 5
        and abbr.isalpha()
        and abbr.isupper()
        and abbr[0] == words[0][:1].upper()
        and all(c in initials for c in abbr[1:])
    )


@lru_cache(maxsize=4096)
def blends(short: str, words: tuple[str, ...], from_first: bool = False) -> bool:
    """``short`` (lower-case) is two or more word beginnings of ``words`` in order, each of two
    letters or more: "jokowi" (Joko Widodo), "menkopukm" (Menteri Koperasi dan UKM), "menhub"
    (Menteri Perhubungan: a "per-"/"pe-"/"ke-" prefix may be skipped). ``from_first``: the
    first piece starts the first word."""
    if not 4 <= len(short) <= 24 or not short.isalpha():
        return False

    def stems(word: str) -> list[str]:
        out = [word]
        for prefix in ("per", "pem", "pen", "peng", "pe", "ke"):
            if word.startswith(prefix) and len(word) > len(prefix) + 3:
                out.append(word[len(prefix) :])
        return out

    def walk(rest: str, i: int, pieces: int) -> bool:
        if not rest:
            return pieces >= 2
        for j in range(i, len(words)):
            if from_first and pieces == 0 and j > 0:
                return False
            for stem in stems(words[j]):
                n = 0
                while n < len(stem) and n < len(rest) and stem[n] == rest[n]:
                    n += 1
                for k in range(n, 1, -1):
                    if walk(rest[k:], j + 1, pieces + 1):
                        return True
        return False

    return walk(short, 0, 0)


def role_blend(short: str, words: tuple[str, ...]) -> bool:
    """``short`` abbreviates some of the role ``words``: a blend ("mendag" for Menteri
    Perdagangan), or "ka-" for "kepala" and the start of the word after it ("kades" for
    Kepala Desa, "kabid" for Kepala Bidang)."""
    if blends(short, words):
        return True
    if not short.startswith("ka") or "kepala" not in words[:-1]:
        return False
    rest, after = short[2:], words[words.index("kepala") + 1 :]
    return len(rest) >= 3 and (after[0].startswith(rest) or blends(rest, after))


def loose_abbreviation(abbr: str, words: list[str]) -> bool:
    """ "DJPB" for "Direktorat Jenderal Perbendaharaan": every word (but "dan") gives its
    initial, in order, and may give more of its letters after it."""
    letters = abbr.lower()
    words = [w.lower() for w in words if w.lower() not in ("dan", "&")]
    if not 2 <= len(letters) <= 8 or not letters.isalpha() or len(words) < 2:
        return False

    def walk(i: int, j: int, pos: int) -> bool:  # letter i; word j; pos inside word j
        if i == len(letters):
            return j == len(words) - 1
        if j + 1 < len(words) and letters[i] == words[j + 1][0] and walk(i + 1, j + 1, 1):
            return True
        k = words[j].find(letters[i], pos)
        return k >= 0 and walk(i + 1, j, k + 1)

    return letters[0] == words[0][0] and walk(1, 0, 1)
