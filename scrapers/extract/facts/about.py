"""What a figure measures: a short phrase taken from the figure's own clause.

- A count measures its counted noun phrase plus what its clause says about it: the noun's
  modifiers, the predicate of a relative or short clause ("194.536 UKM Jakpreneur yang
  terbentuk" -> "UKM Jakpreneur terbentuk", "25 UMK lulus kelas Go Modern") and a place
  ("11 juta UMKM di Jawa Timur"). A classifier ("orang", "unit") gives way to the noun it
  classifies or, alone, to the noun phrase it counts ("jumlah UMKM ... 27.000 unit").
- A duration ("tiga hari") measures how long its clause's event lasts ("lama pelatihan").
- Money, percentages, multiples and bare numbers measure the noun phrase before them, with
  its complements ("penyaluran kredit kepada UMKM baru 21%"), relative clauses ("KUR yang
  tersalurkan di Kalbar tembus Rp844 miliar" -> "KUR tersalurkan di Kalbar") and its owner;
  otherwise the noun phrase they count ("13 persen UMKM"), the clause's subject, a
  percentage's "dari X", or the previous figure's phrase when the clause has no subject.
- A target ("ditargetkan menjadi 17%") is named as one; a period ("kuartal 3") is appended.

Phrases stop at clause boundaries, numbers, speech verbs and person names, so they never
name a person, never end on a function word and stay short.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from scrapers.record import Figure

from .lexicon import (
    CURRENCY_WORDS,
    DAYS,
    DOLLAR_COUNTRY,
    MONTHS,
    NP_BREAK,
    PREFIXED_NOUNS,
    SPEECH_VERBS,
    TIME_WORDS,
)
from .sentences import Span

TOKEN_RE = re.compile(r"[A-Za-z][\w’'-]*[\w]|[A-Za-z]|\d[\d.,]*|[^\w\s'’]")
VERB_RE = re.compile(r"^(?:me|ber|di|ter|per)[a-z]{3,}$|^(?!pe|ke)[a-z]{4,}kan$")
MONEY_TOKEN_RE = re.compile(r"^(?:rp|us|usd|idr)\d", re.IGNORECASE)
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
UMKM_RE = re.compile(
    r"\busaha\s+mikro,?\s+kecil,?\s+(?:dan\s+)?menengah\b(?:\s*\(UMKM\))?", re.IGNORECASE
)
PAREN_RE = re.compile(r"\([^()\n]{0,80}\)")
TARGET_RE = re.compile(r"\b(?:(?:di|ber)?target|menarget)(?:kan|nya)?\b", re.IGNORECASE)
PERIOD_RE = re.compile(r"\b(?:kuartal|triwulan|semester)\s+(?:[1-4]|I{1,3}|IV)\b", re.IGNORECASE)

LINKING_VERBS = frozenset(
    """mencapai meningkat menurun menjadi mengalami menembus melonjak merosot bertahan berkisar
    bertambah berkurang tercatat terdapat sebesar""".split()
)
PREPOSITIONS = frozenset(
    "di ke dari pada kepada dalam untuk bagi terhadap sejak selama oleh dengan tentang "
    "daripada antara atas melalui lewat menuju yang saat ketika usai hingga sampai per".split()
)
# Prepositions that attach a complement to the noun before them ("kredit kepada UMKM").
LOCATIVES = frozenset("di ke pada dalam".split())
# Verbs joining an owner to the measured noun ("kredit mikro mengalami penurunan").
OWNER_VERBS = frozenset("mengalami mencapai mencatatkan membukukan memiliki".split())
COMPLEMENTS = frozenset("di ke kepada terhadap untuk bagi dari".split())
SUBORDINATORS = frozenset(
    "bahwa karena sehingga yakni yaitu sedangkan namun tetapi agar supaya jika ketika".split()
)
ASPECT = frozenset("sudah telah akan baru masih sedang belum pun".split())
NEGATIONS = frozenset("tidak tak belum".split())
MODALS = ASPECT | NEGATIONS | frozenset("bisa dapat mampu harus lagi perlu ingin".split())
DEMONSTRATIVES = frozenset("ini itu tersebut".split())
# Words between a noun phrase and the figure it is given ("realisasi KUR baru mencapai ...").
LINKERS = (
    ASPECT
    | LINKING_VERBS
    | DEMONSTRATIVES
    | frozenset(
        """sebesar sebanyak senilai seharga sekitar sekira hampir capai tembus naik turun tumbuh
        hanya cuma lebih kurang dari total kisaran adalah ialah merupakan yakni yaitu ada kini
        sekarang hingga sampai pada sejak per selama dalam setiap tiap sekitarnya mencatat
        tercatat mencatatkan tinggal angka jumlah akhir awal pertengahan saat""".split()
    )
)
# Verbs that work as prepositions ("berdasarkan data"): no predicate of a phrase.
PREPOSITIONAL_VERBS = frozenset(
    "berdasarkan menurut terkait termasuk mengenai menjelang bersama berkat meliputi mencakup "
    "terdiri sesuai".split()
)
# Conjunctions, sentence adverbs and modals the shared lexicon leaves noun-like.
FUNCTION_WORDS = frozenset(
    """walau walaupun meski meskipun padahal biasanya akhirnya selanjutnya rupanya tentunya
    umumnya khususnya terutama jangan perlu mesti boleh udah sebelum sesudah setelah plus minus
    saat""".split()
)
COUNT_LINKERS = frozenset("sebanyak mencapai tercatat sekitar sekira ada capai total".split())
RECIPIENT_PREPS = frozenset("kepada bagi untuk".split())
QUANTITY_CUES = frozenset("lebih dari sekitar sekira hampir sebanyak total kurang".split())
INTENSIFIERS = frozenset("paling sangat cukup makin semakin lebih terlalu amat".split())
BOUNDARY = frozenset(',;:"“”[]!?.-–—')
QUALIFIER_WORDS = frozenset("minimal maksimal".split())
GENERIC_HEADS = frozenset("angka hal nilai jumlah capaian posisi data".split())
# Classifiers: a count of them names the thing counted after them or before them.
CLASSIFIERS = frozenset("orang unit buah jiwa ekor".split())
DURATIONS = frozenset("tahun bulan pekan minggu hari jam".split())
MAX_WORDS = 6
SUBJECT_UNITS = frozenset({"percent", "times"})
CURRENCIES = (
    frozenset(CURRENCY_WORDS.values()) | frozenset(DOLLAR_COUNTRY.values()) | {"IDR", "SGD", "EUR"}
)


class Tok:
    __slots__ = ("text", "start", "low", "initial")

    def __init__(self, text: str, start: int):
        self.text, self.start, self.low = text, start, text.lower()
        self.initial = False  # the sentence's first word


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Word and punctuation tokens; parenthesized asides ("(BPUM)") are left out and the
    spelled-out "usaha mikro, kecil, dan menengah" is one token, "UMKM"."""
    segment = PAREN_RE.sub(lambda m: " " * len(m.group()), text[start:end])
    segment = UMKM_RE.sub(lambda m: "UMKM".ljust(len(m.group())), segment)
    return [Tok(m.group(), start + m.start()) for m in TOKEN_RE.finditer(segment)]


def about(
    text: str, fig: Figure, prev: Figure | None, span: Span | None, person_words: frozenset[str]
) -> str | None:
    """The phrase ``fig`` measures, or None when the text does not say."""
    s_start, s_end = (span.start, span.end) if span else (0, len(text))
    after = tokens(text, fig.end, min(s_end, fig.end + 160))
    left = tokens(text, s_start, fig.start)
    if left:
        left[0].initial = True
    clause = _clause_start(left, s_start)
    target = ["target"] if TARGET_RE.search(text, clause, fig.start) else []
    unit = fig.unit
    if unit and unit not in SUBJECT_UNITS and unit not in CURRENCIES:
        words, measured = _count(left, fig, prev, after, clause, person_words)
        return _fit(words, target if measured else [], [])
    words = _measured(left, fig, prev, after, clause, person_words)
    if words and unit == "percent":
        words = words + _share_of(after, person_words, words)
    if not words:
        return prev.about if prev is not None and prev.end > clause else None
    period = PERIOD_RE.search(text, s_start, s_end)
    return _fit(words, target, period.group().split() if period else [])


def _measured(
    left: list[Tok],
    fig: Figure,
    prev: Figure | None,
    after: list[Tok],
    clause: int,
    person_words: frozenset[str],
) -> list[str]:
    """What money, a percentage, a multiple or a bare number is given for."""
    unit = fig.unit
    if unit == "percent" and (words := _counted(after, 0, person_words)):
        return words
    if words := _before(left, fig.start, prev, clause, person_words):
        return words
    if unit in CURRENCIES and (words := _counted(after, 0, person_words)):
        return words
    if words := _subject(left, fig, prev, clause, person_words):
        return words
    if prev is not None and (words := _subject(left, fig, None, clause, person_words)):
        return words  # the whole clause's
    if after and after[0].low in RECIPIENT_PREPS:  # "Rp61 triliun untuk KUR mikro"
        return _run(after, 1, person_words)
    if unit == "percent" and (i := _of(after)) is not None:
        return _run(after, i + 1, person_words)
    return []


def _of(after: list[Tok]) -> int | None:
    """Where "dari" (or "lebih dari") after a percentage says what it is a share of."""
    i = 1 if after and after[0].low == "lebih" else 0
    return i if i < len(after) and after[i].low == "dari" else None


def _share_of(after: list[Tok], person_words: frozenset[str], words: list[str]) -> list[str]:
    """What a percentage is a share of ("99,3 persen dari total unit usaha")."""
    i = _of(after)
    if i is None:
        return []
    j = i + 2 if i + 1 < len(after) and after[i + 1].low == "total" else i + 1
    whole = _run(after, j, person_words, 3)
    if not whole or {w.lower() for w in whole} <= {w.lower() for w in words}:
        return []
    return [after[k].text for k in range(i, j)] + whole


def _fit(words: list[str], prefix: list[str], suffix: list[str]) -> str | None:
    """At most MAX_WORDS words, never ending on a function word; the prefix ("target") and
    suffix (a period) are kept when the phrase does not already say them."""
    have = {w.lower() for w in words}
    prefix = [w for w in prefix if w.lower() not in have]
    suffix = [w for w in suffix if w.lower() not in have]
    core = words[: max(1, MAX_WORDS - len(prefix) - len(suffix))]
    if len(core) < len(words) and words[len(core)][0].isupper():
        cut = len(core)
        while len(core) > 1 and core[-1][0].isupper():  # never half a name ("di Kabupaten")
            core.pop()
        if cut - len(core) > 2:
            core = words[:cut]
    while len(core) > 1 and (core[-1].lower() in PREPOSITIONS or core[-1].lower() in NP_BREAK):
        core.pop()
    out = prefix + core + suffix
    return " ".join(out) if core else None


def _count(
    left: list[Tok],
    fig: Figure,
    prev: Figure | None,
    after: list[Tok],
    clause: int,
    person_words: frozenset[str],
) -> tuple[list[str], bool]:
    """A count's phrase: its noun (or, for a classifier or a duration, what it counts) and
    what the clause says about the noun; False for a duration (no target)."""
    unit = fig.unit or ""
    n = len(unit.split())
    head = fig.raw.split()[-n:] if len(fig.raw.split()) > n else [unit]
    low = head[-1].lower()
    bare = not _run(after, 0, person_words)  # no noun phrase after the counted word
    if low in DURATIONS and bare:
        event = _before(left, fig.start, prev, clause, person_words) or _subject(
            left, fig, prev, clause, person_words
        )
        return (["lama", *event] if event else head), False
    if low in CLASSIFIERS and n == 1 and bare:
        owner = _before(left, fig.start, prev, clause, person_words)
        if owner:
            return owner, True
    words = head + _tail(after, 0, person_words, MAX_WORDS - len(head))
    if len(words) == len(head):  # nothing after: "jumlah merchant QRIS ... 65 ribu merchant"
        subject = _before(left, fig.start, prev, clause, person_words, linked=True)
        if subject:
            heads = {w.lower() for w in head}
            words = subject if heads & {w.lower() for w in subject} else head + subject
        else:
            words += _given(left, fig, prev, clause, person_words)
    return words, True


def _given(
    left: list[Tok], fig: Figure, prev: Figure | None, clause: int, person_words: frozenset[str]
) -> list[str]:
    """For the recipients of a count ("menyalurkan kredit mikro Rp6,5 triliun kepada 545 ribu
    debitur"): "penerima" and what they were given (the previous figure's phrase or the
    object before the preposition)."""
    toks = _span(left, max(clause, fig.start - 80), fig.start)
    j = len(toks)
    while j > 0 and toks[j - 1].low in QUANTITY_CUES:
        j -= 1
    if not j or toks[j - 1].low not in RECIPIENT_PREPS:
        return []
    if prev is not None and prev.end > clause and prev.about and prev.end <= toks[j - 1].start:
        given = prev.about.split()
    else:
        given = _before(left, toks[j - 1].start, prev, clause, person_words)
    return ["penerima", *given][:4] if given else []


def _counted(after: list[Tok], i: int, person_words: frozenset[str]) -> list[str]:
    """The noun phrase right after a number ("13 persen UMKM yang go digital")."""
    words = _run(after, i, person_words)
    if not words:
        return []
    return words + _tail(after, i + len(words), person_words, MAX_WORDS - len(words))


def is_noun_like(tok: Tok, person_words: frozenset[str]) -> bool:
    low = tok.low
    if not tok.text[0].isalpha() or low in NP_BREAK or low in person_words:
        return False
    if low in FUNCTION_WORDS or low in SUBORDINATORS or _bare(low) in NP_BREAK:
        return False
    if low in MONTHS or low in DAYS or low in SPEECH_VERBS or MONEY_TOKEN_RE.match(low):
        return False
    return not _is_verb(tok)


def _is_verb(tok: Tok) -> bool:
    """A prefixed verb; a capitalized word ("Medan", "Diskop") is a name unless it is a
    linking or prepositional verb ("Tercatat", "Menurutnya") or starts the sentence."""
    low = tok.low
    if tok.text[0].isupper() and not tok.initial:
        return low in LINKING_VERBS or _bare(low) in PREPOSITIONAL_VERBS
    return bool(VERB_RE.match(low)) and low not in PREFIXED_NOUNS


def _bare(word: str) -> str:
    """ "Kontribusinya" -> "Kontribusi": the possessive clitic is not part of the phrase."""
    if word[1:].islower() and word.endswith("nya") and len(word) > 6:
        return word[:-3]
    return word


def _run(
    toks: list[Tok], i: int, person_words: frozenset[str], limit: int = MAX_WORDS
) -> list[str]:
    """The noun run starting at ``toks[i]`` (a time word may not start or continue it)."""
    out: list[str] = []
    while i < len(toks) and len(out) < limit:
        tok = toks[i]
        if not is_noun_like(tok, person_words) or tok.low in TIME_WORDS:
            break
        out.append(tok.text)
        i += 1
    return out


def _tail(after: list[Tok], i: int, person_words: frozenset[str], limit: int) -> list[str]:
    """What follows a counted noun and belongs to its phrase: noun modifiers ("UKM
    Jakpreneur"), the predicate of a relative or short clause with its object ("yang
    terbentuk", "lulus kelas Go Modern", "yang menerima BPUM") and a named place ("di Jawa
    Timur")."""
    out: list[str] = []
    while i < len(after) and len(out) < limit:
        tok = after[i]
        relative = tok.low == "yang"
        m = i + 1 if relative else i
        negation = []
        while m < len(after) and after[m].low in MODALS:
            if after[m].low in NEGATIONS:
                negation.append(after[m].text)
            m += 1
        if relative and m < len(after) and after[m].low == "ada":
            i = m + 1  # "yang ada di Jawa Timur"
            continue
        if m < len(after) and _is_predicate(after[m]) and after[m].low not in SPEECH_VERBS:
            out += [*negation, after[m].text]
            out += _object(after, m + 1, person_words, limit - len(out))
            break
        if relative or m > i:
            break
        if tok.low == "di" and i + 1 < len(after) and after[i + 1].text[0].isupper():
            place = _run(after, i + 1, person_words, limit - len(out) - 1)
            if place:
                out += ["di", *place]
            break
        if not is_noun_like(tok, person_words) or tok.low in TIME_WORDS:
            break
        out.append(tok.text)
        i += 1
    return out[:limit]


def _object(toks: list[Tok], i: int, person_words: frozenset[str], limit: int) -> list[str]:
    """The object of a predicate: a noun run, possibly after "ke"/"di"/"oleh"."""
    if limit <= 0:
        return []
    if i < len(toks) and toks[i].low in ("ke", "di", "oleh", "dari"):
        words = _run(toks, i + 1, person_words, limit - 1)
        return [toks[i].text, *words] if words and toks[i].low != "oleh" else words
    return _run(toks, i, person_words, limit)


def _is_predicate(tok: Tok) -> bool:
    """A verb that can say something about a counted noun ("terbentuk", "menerima",
    "diusulkan", "berasal")."""
    low = tok.low
    return (
        tok.text[0].islower()
        and _is_verb(tok)
        and low not in LINKING_VERBS
        and low not in NP_BREAK
        and low not in PREPOSITIONAL_VERBS
    )


def _clause_start(left: list[Tok], s_start: int) -> int:
    for tok in reversed(left):
        if tok.text in BOUNDARY or tok.low in SUBORDINATORS or tok.low in SPEECH_VERBS:
            return tok.start + len(tok.text)
    return s_start


def _span(left: list[Tok], start: int, end: int) -> list[Tok]:
    """The tokens of ``left`` (in order) that start in [start, end)."""
    return left[bisect_left(left, start, key=_start) : bisect_left(left, end, key=_start)]


def _start(tok: Tok) -> int:
    return tok.start


def _before(
    left: list[Tok],
    pos: int,
    prev: Figure | None,
    clause: int,
    person_words: frozenset[str],
    linked: bool = False,
) -> list[str]:
    """The noun phrase the figure is given for, read backwards from the figure over linking
    words ("realisasi KUR baru mencapai"), time adjuncts ("pada 2021") and the phrase's
    complements and relative clauses ("KUR yang telah tersalurkan di Kalbar")."""
    start = prev.end if prev is not None and prev.end > clause else clause
    toks = _span(left, start, pos)
    j = len(toks)
    while j > 0:
        if _skippable(toks[j - 1], toks[j - 2].low if j > 1 else ""):
            j -= 1
        elif j > 1 and toks[j - 2].low in INTENSIFIERS:  # "paling besar": a predicate
            j -= 2
        else:
            break
    if linked and (j == len(toks) or toks[j].low not in COUNT_LINKERS):
        return []  # a count's subject only through "sebanyak", "mencapai", ...
    chain: list[Tok] = []
    k = j
    while k > 0:
        tok = toks[k - 1]
        if is_noun_like(tok, person_words) and tok.low not in TIME_WORDS:
            chain.insert(0, tok)
            k -= 1
            continue
        if chain and tok.low in ("seluruh", "se") and k > 1 and toks[k - 2].low in COMPLEMENTS:
            chain.insert(0, tok)  # "di seluruh Indonesia"
            k -= 1
            continue
        if not chain or k < 2:
            break
        left = toks[k - 2]
        noun_left = is_noun_like(left, person_words) or (
            YEAR_RE.match(left.text) is not None
            and k > 2
            and is_noun_like(toks[k - 3], person_words)
        )
        if tok.low in COMPLEMENTS or tok.low == "oleh":
            if noun_left or _is_predicate(left):
                chain.insert(0, tok)
                k -= 1
                continue
            break
        if _is_predicate(tok) and not tok.low.startswith("me"):  # the noun is its patient
            m = k - 2
            while m >= 0 and toks[m].low in ASPECT:
                m -= 1
            if m >= 1 and toks[m].low == "yang" and is_noun_like(toks[m - 1], person_words):
                chain.insert(0, tok)
                k = m
                continue
            if noun_left and tok.low.startswith("ter"):
                chain.insert(0, tok)
                k -= 1
                continue
            break
        if YEAR_RE.match(tok.text) and noun_left:  # "alokasi KUR 2020 untuk Himbara"
            k -= 1
            continue
        if tok.low == "yang" and noun_left:
            k -= 1
            continue
        break
    while chain and not is_noun_like(chain[0], person_words):
        chain.pop(0)
    if not chain:
        return []
    k = chain[0].start
    i = next(n for n, t in enumerate(toks) if t.start == k)
    if i and toks[i - 1].low in LOCATIVES:
        return []  # an adjunct ("terpusat di pulau Jawa"), not what is measured
    if i > 1 and toks[i - 1].low in OWNER_VERBS:  # "kredit mikro mengalami penurunan"
        owner = []
        m = i - 2
        while m >= 0 and is_noun_like(toks[m], person_words) and len(owner) < 3:
            owner.insert(0, toks[m])
            m -= 1
        chain += owner
    words = []
    for n, t in enumerate(chain):
        nxt = chain[n + 1].low if n + 1 < len(chain) else ""
        if t.low != "oleh" and nxt != "oleh":  # "dicatatkan oleh X": the agent X
            words.append(_bare(t.text))
    if words[0].lower() in GENERIC_HEADS and j < len(toks) and toks[j].low in DEMONSTRATIVES:
        return []  # "angka ini": an anaphor, not a phrase
    if all(w.lower() in QUALIFIER_WORDS for w in words):
        return []
    words = words[: MAX_WORDS + 1]
    while words and words[-1].lower() in COMPLEMENTS:
        words.pop()
    return words


def _skippable(tok: Tok, prev_low: str) -> bool:
    """Between a phrase and its figure: linking words, adverbs and time adjuncts."""
    low = tok.low
    return (
        low in LINKERS
        or (low == "dengan" and prev_low in ("sampai", "hingga"))
        or low in MONTHS
        or low in DAYS
        or low in TIME_WORDS
        or tok.text[0].isdigit()
    )


def _subject(
    left: list[Tok], fig: Figure, prev: Figure | None, start: int, person_words: frozenset[str]
) -> list[str]:
    """The clause's subject noun phrase ("anggaran BPUM naik 10 persen"), or the object of a
    transitive verb before the figure ("Pemerintah menyalurkan KUR sebesar ..." -> "KUR").
    Phrases governed by a preposition and anaphors ("angka ini") do not count."""
    after_prev = prev is not None and prev.end > start
    if after_prev:
        start = prev.end
    toks = _span(left, start, fig.start)
    i, subject, obj, transitive = 0, None, None, False
    while i < len(toks):
        tok = toks[i]
        if not is_noun_like(tok, person_words) or tok.low in TIME_WORDS:
            if (
                subject
                and tok.low.startswith("me")
                and VERB_RE.match(tok.low)
                and (tok.low not in LINKING_VERBS)
            ):
                transitive = True
            i += 1
            continue
        words = _run(toks, i, person_words)
        j = i + len(words)
        governed = i > 0 and toks[i - 1].low in PREPOSITIONS
        anaphoric = (
            words[0].lower() in GENERIC_HEADS and j < len(toks) and (toks[j].low in DEMONSTRATIVES)
        )
        continues_prev = after_prev and i == 0  # the previous figure's own modifiers
        bare_qualifier = all(w.lower() in QUALIFIER_WORDS for w in words)
        if not (governed or anaphoric or continues_prev or bare_qualifier):
            phrase = [_bare(w) for w in words]
            if subject is None:
                subject = phrase
            elif transitive:
                obj = phrase
        i = j
    return obj or subject or []
