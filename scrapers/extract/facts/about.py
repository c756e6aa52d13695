"""What a figure measures: a short noun phrase taken from the figure's own clause.

- A count ("194.536 UKM Jakpreneur yang terbentuk") measures its counted noun phrase: the
  unit plus the modifiers that follow it ("UKM Jakpreneur terbentuk").
- A percentage followed by a noun counts that noun ("13 persen UMKM" -> "UMKM").
- Otherwise (money, percentages, multiples, bare numbers) it is the subject noun phrase of
  the clause ("transaksi yang dicatatkan oleh e-commerce mencapai Rp70 triliun" ->
  "transaksi e-commerce"); with no subject, a percentage "dari X" measures X.
- A period named in the sentence ("kuartal 3") is appended to a subject phrase.

Phrases stop at function words, verbs, numbers, time words and person names, so they never
end on a dangling "yang"/"di" and never name a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
LINKING_VERBS = frozenset(
    """mencapai meningkat menurun menjadi mengalami menembus melonjak merosot bertahan berkisar
    bertambah berkurang tercatat terdapat sebesar""".split()
)
PAREN_RE = re.compile(r"\([^()\n]{0,80}\)")
PREPOSITIONS = frozenset(
    "di ke dari pada kepada dalam untuk bagi terhadap sejak selama oleh dengan tentang "
    "daripada antara atas melalui lewat menuju yang saat ketika usai hingga sampai per".split()
)
SUBORDINATORS = frozenset(
    "bahwa karena sehingga yakni yaitu sedangkan namun tetapi agar supaya jika ketika".split()
)
ASPECT = frozenset("sudah telah akan baru masih sedang belum".split())
DEMONSTRATIVES = frozenset("ini itu tersebut".split())
BOUNDARY = frozenset(',;:"“”[]!?.-–—')
QUALIFIER_WORDS = frozenset("minimal maksimal".split())
GENERIC_HEADS = frozenset("angka hal nilai jumlah capaian posisi data".split())
MAX_WORDS = 5
PERIOD_RE = re.compile(r"\b(?:kuartal|triwulan|semester)\s+(?:[1-4]|I{1,3}|IV)\b", re.IGNORECASE)
SUBJECT_UNITS = frozenset({"percent", "times"})
CURRENCIES = (
    frozenset(CURRENCY_WORDS.values()) | frozenset(DOLLAR_COUNTRY.values()) | {"IDR", "SGD", "EUR"}
)


@dataclass
class Tok:
    text: str
    start: int

    @property
    def low(self) -> str:
        return self.text.lower()


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Word and punctuation tokens; parenthesized asides ("(BPUM)") are left out."""
    segment = PAREN_RE.sub(lambda m: " " * len(m.group()), text[start:end])
    return [Tok(m.group(), start + m.start()) for m in TOKEN_RE.finditer(segment)]


def about(
    text: str, fig: Figure, prev: Figure | None, span: Span | None, person_words: frozenset[str]
) -> str | None:
    """The noun phrase ``fig`` measures, or None when the text does not say."""
    s_start, s_end = (span.start, span.end) if span else (0, len(text))
    after = tokens(text, fig.end, min(s_end, fig.end + 160))
    unit = fig.unit
    if unit and unit not in SUBJECT_UNITS and unit not in CURRENCIES:
        n = len(unit.split())
        head = fig.raw.split()[-n:] if len(fig.raw.split()) > n else [unit]
        words = head + _modifiers(after, person_words, MAX_WORDS - len(head))
        return " ".join(words)
    if unit == "percent":
        words = _run(after, 0, person_words)
        if words:
            return " ".join(words)
    phrase = _subject(text, fig, prev, s_start, person_words)
    if phrase is None and prev is not None:
        phrase = _subject(text, fig, None, s_start, person_words)  # the whole clause's
    if phrase is None and unit == "percent":
        i = 1 if after and after[0].low == "lebih" else 0
        if i < len(after) and after[i].low == "dari":
            phrase = " ".join(_run(after, i + 1, person_words)) or None
    if phrase is None and prev is not None and prev.end > _clause_start(text, fig.start, s_start):
        return prev.about
    if phrase:
        period = PERIOD_RE.search(text, s_start, s_end)
        if period and period.group().lower() not in phrase.lower():
            phrase = f"{phrase} {period.group()}"
    return phrase


def is_noun_like(tok: Tok, person_words: frozenset[str]) -> bool:
    low = tok.low
    if not tok.text[0].isalpha() or low in NP_BREAK or low in person_words:
        return False
    if low in MONTHS or low in DAYS or low in SPEECH_VERBS:
        return False
    return not (VERB_RE.match(low) and low not in PREFIXED_NOUNS)


def _run(
    toks: list[Tok], i: int, person_words: frozenset[str], limit: int = MAX_WORDS
) -> list[str]:
    """The noun run starting at ``toks[i]`` (a time word may not start it)."""
    out: list[str] = []
    while i < len(toks) and len(out) < limit:
        tok = toks[i]
        if not is_noun_like(tok, person_words) or (out and tok.low in TIME_WORDS):
            break
        if not out and tok.low in TIME_WORDS:
            break
        out.append(tok.text)
        i += 1
    return out


def _modifiers(after: list[Tok], person_words: frozenset[str], limit: int) -> list[str]:
    """Words after the counted noun that belong to its phrase ("Jakpreneur yang terbentuk")."""
    out: list[str] = []
    i = 0
    while i < len(after) and len(out) < limit:
        tok = after[i]
        if tok.low == "yang":
            j = i + 1
            while j < len(after) and after[j].low in ASPECT:
                j += 1
            if j < len(after) and _participle(after[j]):
                out.append(after[j].text)
            break
        if _participle(tok):
            out.append(tok.text)
            break
        if not is_noun_like(tok, person_words) or tok.low in TIME_WORDS:
            break
        out.append(tok.text)
        i += 1
    return out


def _participle(tok: Tok) -> bool:
    """ "terbentuk", "terdaftar": a ter- state verb describing the noun."""
    return tok.low.startswith("ter") and len(tok.low) > 6 and tok.low not in NP_BREAK


def _clause_start(text: str, pos: int, s_start: int) -> int:
    toks = tokens(text, s_start, pos)
    for tok in reversed(toks):
        if tok.text in BOUNDARY or tok.low in SUBORDINATORS or tok.low in SPEECH_VERBS:
            return tok.start + len(tok.text)
    return s_start


def _subject(
    text: str, fig: Figure, prev: Figure | None, s_start: int, person_words: frozenset[str]
) -> str | None:
    """The clause's subject noun phrase ("anggaran BPUM naik 10 persen"), or the object of a
    transitive verb before the figure ("Pemerintah menyalurkan KUR sebesar ..." -> "KUR").
    Phrases governed by a preposition and anaphors ("angka ini") do not count."""
    start = _clause_start(text, fig.start, s_start)
    after_prev = prev is not None and prev.end > start
    if after_prev:
        start = prev.end
    toks = tokens(text, start, fig.start)
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
            phrase = words + _relative(toks, j, person_words, MAX_WORDS - len(words))
            if subject is None:
                subject = phrase
            elif transitive:
                obj = phrase
        i = j
    best = obj or subject
    return " ".join(best) if best else None


def _relative(toks: list[Tok], j: int, person_words: frozenset[str], limit: int) -> list[str]:
    """What a relative clause adds to a subject: the agent of "yang dicatatkan oleh X", or a
    ter- state ("UMKM yang terdampak")."""
    if limit <= 0 or j >= len(toks) or toks[j].low != "yang":
        return []
    k = j + 1
    while k < len(toks) and toks[k].low in ASPECT:
        k += 1
    if k < len(toks) and _participle(toks[k]):
        return [toks[k].text]
    for m in range(k, min(len(toks), k + 3)):
        if toks[m].low == "oleh":
            return _run(toks, m + 1, person_words, limit)
    return []
