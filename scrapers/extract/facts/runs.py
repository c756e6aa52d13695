"""Name runs: the runs of capitalized words in one text that may name a person, cut free of
the role, office, place and job-grade words glued to them ("Kadis Perindag Gianyar Wayan
Suamba" -> "Wayan Suamba"). Who each run is, is decided in ``speakers``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .evidence import Evidence
from .lexicon import DEGREES, GRADE_WORDS, HONORIFICS, NOBLE_TITLES, ROLE_ORG_WORDS, ROLE_WORDS
from .names import (
    HAJI_INITIAL_RE,
    INITIALS_RE,
    PERSON_TITLES,
    abbreviates,
    closing_initials,
    drop_haji,
    inner_initials,
    is_name_token,
    last_word,
    loose_abbreviation,
)

Run = tuple[int, int, list[str]]  # start and end offsets, the words

HAJI_INSIDE = frozenset({"H.", "Hj.", "Hi"})  # Haji written inside a name
SURNAME_PARTICLES = frozenset("de da van von dos der".split())  # lower case inside a name
DOTTED_DEGREE_RE = re.compile(r"\.[A-Za-z]")  # "S.Sos", "S.Pd": a degree, not an initial
ROMAN_LETTERS = frozenset("IVX")  # a one-letter numeral ends no name ("Angkasa Pura I")
UNIT_NUMBERS = frozenset("VX")  # "Cukai V Gresik" (a Balinese "I" starts a name)
LETTERED_UNITS = frozenset({"komisi", "blok", "zona", "kelas", "tipe"})  # "Komisi B", "Kelas I"
_GRADE = "|".join(sorted(w.capitalize() for w in GRADE_WORDS))
GRADE_AFTER_RE = re.compile(  # "(Farmasi) Makanan Ahli Muda": a job grade follows
    rf"(?:[^\S\n]+[A-Z][a-z]+){{0,2}}[^\S\n]+(?:{_GRADE})[^\S\n]+(?:{_GRADE})\b"
)
SPECIALIST_RE = re.compile(r"Sp\.?[A-Z][\w.]{0,5}(?:-[A-Z]+)?")  # "SpPD-KEMD", "Sp.OG"
# a role abbreviation and a nickname in brackets: "(Mendag Busan)"
ROLE_NICK_RE = re.compile(r"[^\S\n]*\(([A-Z][a-z]{2,14})[^\S\n]+([A-Z][a-z]{2,14})\)")
# what follows a name run: an age, a rank or title, an English title connective, "dan X", a
# capitalized word
AGE_RE = re.compile(r"[^\S\n]*\(\d{1,2}(?:[^\S\n]*(?:tahun|thn|th))?\)")
# a capitalized word (a rank, a title) and another after it: "Kompol Purbo", "Kepala Kanwil"
NEXT_TITLE_RE = re.compile(r"[^\S\n]+([A-Z][A-Za-z]+)\.?[^\S\n]+[A-Z]")
ENGLISH_TITLE_RE = re.compile(r"[^\S\n]+(?:and|of|for)[^\S\n]+[A-Z]")
AND_NEXT_RE = re.compile(r"[^\S\n]*(,?)[^\S\n]+(?:dan|serta|&)[^\S\n]+([A-Z][\w-]*)")
NEXT_CAPITAL_RE = re.compile(r"[^\S\n]+(\(?)([A-Z0-9][\w.-]*)")
WRAPPED_RE = re.compile(r"\n[^\S\n]*(\S)")


class NameRuns:
    """The name runs of one text, read outside the ``excluded`` spans (the quotes)."""

    def __init__(self, text: str, ev: Evidence, excluded: list[tuple[int, int]]) -> None:
        self.text = text
        self.ev = ev
        self._excluded = sorted(excluded)

    def is_excluded(self, pos: int) -> bool:
        i = bisect_left(self._excluded, (pos + 1, -1)) - 1
        return i >= 0 and self._excluded[i][0] <= pos < self._excluded[i][1]

    def find(self, taken: list[tuple[int, int]]) -> list[Run]:
        """Every name run outside headlines, quotes and the ``taken`` spans (organizations
        that speak as themselves), cut free of the office and place words before it."""
        runs: list[Run] = []
        common = self.ev.common | self.ev.org_like
        for base, line, toks, tokens, caps in self.ev.lines:
            words = line.split()
            if (
                4 <= len(words) <= 25
                and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
                and line.rstrip()[-1:] not in ".,:;"
                and not self._wraps(base + len(line))
            ):
                continue  # a headline in title case
            cur: list[re.Match] = []
            last = -2
            for i in caps:  # no name, title or initial starts in lower case
                if cur and i == last + 2 and tokens[i - 1] in SURNAME_PARTICLES:
                    cur.append(toks[i - 1])  # "Robby de Queljoe"
                    last += 1
                if i != last + 1 and cur:
                    runs.append(make_run(base, cur, line))
                    cur = []
                last = i
                tok, word = toks[i], tokens[i]
                if not cur and self._noble_title(base, toks, i):
                    cur.append(tok)  # ", Lalu Fatwir Uzali": the title starts the name
                    continue
                if not cur and word in UNIT_NUMBERS and i and tokens[i - 1][:1].isupper():
                    continue  # "Kepabeanan dan Cukai V Gresik": a unit's number, no initial
                if unit_letter(tokens, i):
                    if cur:  # "Ketua Komisi B Faisal Radi Sukmana": the commission's letter
                        runs.append(make_run(base, cur, line))
                        cur = []
                    continue
                if not cur and len(word) == 2 and self._leading_initials(tokens, i):
                    cur.append(tok)  # "H TS Arif Fadillah": initials start the name
                    continue
                if (
                    len(cur) == 1  # not "Paguyuban Pujakesuma Bersatu H. Santoso"
                    and word in HAJI_INSIDE
                    and i + 1 < len(tokens)
                    and is_name_token(tokens[i + 1], common)
                ):
                    cur.append(tok)  # "Mardani H. Maming", "Sarif Hi Sabatun": Haji inside
                    continue
                if (
                    cur
                    and inner_initials(word)
                    and i + 1 in caps
                    and is_name_token(tokens[i + 1], common)
                    and not (word.lower() in DEGREES and INITIALS_RE.fullmatch(tokens[i + 1]))
                ):  # not "Paliwang SH M.Hum": a degree before a dotted one
                    cur.append(tok)  # "Tutuk SH Cahyono": two initials inside a name
                    continue
                if cur and closing_initials(word, tokens[i + 1 : i + 2]):
                    cur.append(tok)  # "Amri AR yang dihubungi": initials close the name
                    runs.append(make_run(base, cur, line))
                    cur = []
                    continue
                haji = len(word) == 2 and HAJI_INITIAL_RE.fullmatch(word)
                if haji and cur:  # "HM Yadi": Haji M starts a name
                    runs.append(make_run(base, cur, line))
                    cur = []
                if (
                    (
                        is_name_token(word, common)
                        or haji
                        or (cur and (tokens[i - 1], word) in self.ev.name_pairs)
                    )
                    and not self.is_excluded(base + tok.start())
                    and not _degree_piece(line, tok)
                ):
                    cur.append(tok)
                    continue
                if cur:
                    runs.append(make_run(base, cur, line))
                    cur = []
            if cur:
                runs.append(make_run(base, cur, line))
        runs = [drop_haji(r) for r in runs]
        runs = [
            r
            for r in runs
            if len(r[2]) <= 6
            and not all(INITIALS_RE.fullmatch(w) for w in r[2])
            and not self._inside_org(r[0], r[1], r[2])
            and not any(a <= r[0] < b for a, b in taken)
        ]
        return self._trim_org_heads(runs)

    def _wraps(self, line_end: int) -> bool:
        """The next line goes on in lower case: a hard wrap, not a new paragraph."""
        nxt = WRAPPED_RE.match(self.text[line_end : line_end + 40])
        return bool(nxt and nxt.group(1).islower())

    def _leading_initials(self, tokens: list[str], i: int) -> bool:
        """Two capitals after an honorific and before two name words ("H TS Arif Fadillah"):
        the person's initials, not an organization's."""
        return (
            0 < i < len(tokens) - 2
            and inner_initials(tokens[i])
            and tokens[i].lower() not in HONORIFICS  # "Drs KH Salwa Arifin": Kyai Haji
            and tokens[i - 1].lower().rstrip(".") in HONORIFICS
            and all(is_name_token(t, self.ev.common) for t in tokens[i + 1 : i + 3])
        )

    def _noble_title(self, base: int, toks: list[re.Match], i: int) -> bool:
        """A capitalized noble title ("Lalu", "Raden") before a name word, not opening a
        sentence (where "Lalu" is "then")."""
        word = toks[i].group()
        low = word.lower()
        if (low not in NOBLE_TITLES and low != "mas") or i + 1 >= len(toks):
            return False
        titled = [t.group() for t in toks[max(0, i - 2) : i] if t.group() != ","][-1:]
        if low == "mas" and titled and titled[0][:1].isupper():
            return is_name_token(toks[i + 1].group(), self.ev.common)  # "Jatim, Mas Purnomo Hadi"
        if low not in NOBLE_TITLES:
            return False
        before = self.text[max(0, base + toks[i].start() - 3) : base + toks[i].start()].strip()
        nxt = toks[i + 1].group()
        return bool(before) and before[-1] not in ".!?“\"”:" and is_name_token(nxt, self.ev.common)

    def _trim_org_heads(self, runs: list[Run]) -> list[Run]:
        """Cut the tail of a role or organization off the front of each name run."""
        self.ev.forms = {tuple(w) for _, _, w in runs}
        rests: dict[str, set[tuple[str, ...]]] = {}
        for _, _, words in runs:
            if len(words) >= 3:
                rests.setdefault(words[0], set()).add(tuple(words[1:]))
        # "Walikota Sukamaju Hendra Wijaya ... Wakil Walikota Sukamaju Rudi Hartono": a word
        # before two different names is a place or a unit, not a first name
        self.ev.places |= {w.lower() for w, rest in rests.items() if len(rest) >= 2}
        out = []
        for start, end, words in runs:
            prev = last_word(self.text[max(0, start - 40) : start])
            for _ in range(2):  # "Kadis Perindag Gianyar Wayan Suamba": an office, a place
                cut = (
                    self.ev.person_tail(words, prev)
                    or self.ev.head_cut(words, prev)
                    or self.ev.org_boundary(words, prev)
                )
                if not cut or cut >= len(words):
                    break
                offset = start
                for w in words[:cut]:
                    offset = self.text.index(w, offset) + len(w)
                start = self.text.index(words[cut], offset)
                prev, words = words[cut - 1], words[cut:]
            if cut >= len(words):
                continue  # only unit and grade words: "Ahli Muda"
            out.append((start, end, words))
        return out

    def _inside_org(self, start: int, end: int, words: list[str]) -> bool:
        """A run followed by a capitalized word, a number or ", dan Organization-word" is part
        of a role or organization name ("Micro Banking Head", "Perlindungan Anak, dan ..."),
        unless the word is the run's own abbreviation ("Jusuf Kalla (JK)") or the bracket gives
        a person's age ("Jujur Saragih (40)")."""
        after = self.text[end : end + 40]
        if AGE_RE.match(after):
            return False
        rank = NEXT_TITLE_RE.match(after)
        if rank and rank.group(1).lower() in HONORIFICS:
            return True  # "Kapolres Sukamaju Kompol Purbo": the title's place, then the person
        if ENGLISH_TITLE_RE.match(after):
            return True  # an English title: "Regional Credit and Business Head"
        if GRADE_AFTER_RE.match(after):
            return True  # a post before a job grade: "Pengawas Farmasi Makanan Ahli Muda"
        conj = AND_NEXT_RE.match(after)
        if conj and conj.group(2).lower() in ROLE_ORG_WORDS:
            # "Bidang Edukasi dan Perlindungan Konsumen", but not "Walikota X Budi (,) dan Wakil"
            return conj.group(2).lower() not in PERSON_TITLES
        m = NEXT_CAPITAL_RE.match(after)
        if not m:
            return False
        nxt = m.group(2)
        if nxt.replace(".", "").lower() in DEGREES or SPECIALIST_RE.fullmatch(nxt):
            return False  # "M. Edi Kurniadi ST"
        nxt = nxt.rstrip(".")
        if m.group(1) and (
            abbreviates(nxt, words)
            or loose_abbreviation(nxt, words)
            or role_nickname(self.text, end, self.ev.common)
        ):  # "Suhardi Duka (SDK)"
            return False
        acronym = nxt.isupper() or sum(c.isupper() for c in nxt) >= 2  # "OJK", "DJPb", "PT X I"
        if len(words) >= 2 and nxt.lower() in PERSON_TITLES and opens_clause(self.text, start):
            return False  # "Sementara itu, Panca Hadi Kepala Kanwil OJK": a name, then its title
        return nxt[0].isdigit() or acronym or nxt.lower() in ROLE_ORG_WORDS


def make_run(base: int, toks: list[re.Match], line: str = "") -> Run:
    """The run of ``toks`` on the line at ``base``, without a numeral, degree or initial
    closing it."""
    while len(toks) > 1 and (
        toks[-1].group() in ROMAN_LETTERS
        or (len(toks[-1].group()) == 1 and DOTTED_DEGREE_RE.match(line, toks[-1].end()))
    ):  # "Angkasa Pura I" ends with a numeral, "M. Nurdin S.Sos" with a degree;
        toks = toks[:-1]  # "Tresnawan Dwi S" with an initial
    return base + toks[0].start(), base + toks[-1].end(), [t.group() for t in toks]


def unit_letter(tokens: list[str], i: int) -> bool:
    """The one-letter token at ``i`` names a unit ("Komisi B"), not a person's initial."""
    return len(tokens[i]) == 1 and i > 0 and tokens[i - 1].lower() in LETTERED_UNITS


def opens_clause(text: str, pos: int) -> bool:
    """``pos`` starts a line or follows a comma or a sentence end."""
    before = text[max(0, pos - 3) : pos].rstrip(" \t")
    return not before or before[-1] in "\n,.;:"


def role_nickname(text: str, end: int, common: set[str]) -> str | None:
    """The nickname in a bracketed role abbreviation after a name: "Budi Santoso (Mendag
    Busan)"."""
    m = ROLE_NICK_RE.match(text, end)
    if m and m.group(1).lower() in ROLE_WORDS and is_name_token(m.group(2), common):
        return m.group(2)
    return None


def _degree_piece(line: str, tok: re.Match) -> bool:
    """The word after a dotted initial that spells a degree with it ("Sos" of "S.Sos")."""
    at = tok.start()
    return (
        at >= 2
        and line[at - 1] == "."
        and line[at - 2].isupper()
        and (line[at - 2] + tok.group()).lower() in DEGREES
    )
