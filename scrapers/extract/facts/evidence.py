"""What one text says about its capitalized words, for telling where a name starts.

``Evidence(text)`` gathers, once per text, the words it writes in lower case, after
brackets, as places and regions, alone and as repeated name pairs; its methods use them to
cut a role's, organization's or place's words off the front of a run of capitalized words
("Kemenag Kendal Adip Muhlasin" -> "Adip Muhlasin"). ``People`` (speakers.py) decides who
is who with it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .gazetteer import GAZETTEER
from .lexicon import (
    CUE_PATTERN,
    DAYS,
    GRADE_WORDS,
    HONORIFICS,
    MONTHS,
    ORG_HEADS,
    ORG_ROLES,
    ORG_WORDS,
    PLACE_HEADS,
    PLACES,
    ROLE_ORG_WORDS,
    ROLE_WORDS,
    SPEECH_VERB_PATTERN,
    STOP,
)
from .names import DOTTED_NAME_WORDS, NOT_NAME, is_name_token, is_particle, misspelled_role
from .regions import REGION_NAMES, SHORT_FORMS

TOKEN_RE = re.compile(
    rf"(?:[A-Z]\.)+[A-Z]?(?=\s)|(?:{DOTTED_NAME_WORDS})\.(?=\s)|[\w'’]+(?:-[\w'’]+){{0,3}}"
    r"|\([^()\n]{0,60}\)|[^\w\s]"
)
# Region names by their first word ("lombok" -> ("lombok", "timur")), longest first; one-word
# names that are also common words or given names count only inside a longer name.
NAME_LIKE_REGIONS = frozenset(
    "bima agam batu malang batang puncak kudus tegal palu landak pati bone metro buru lingga"
    .split()
)
REGIONS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _region in sorted(REGION_NAMES | SHORT_FORMS.keys(), key=lambda n: -len(n.split())):
    _words = tuple(_region.lower().split())
    if _words != (_words[0],) or _words[0] not in NAME_LIKE_REGIONS:
        REGIONS_BY_FIRST.setdefault(_words[0], []).append(_words)
MUHAMMAD = frozenset("moh muh mhd moch mohd muhd".split())  # written short before a name
LINE_RE = re.compile(r"[^\n]+")
# common words that may close a name written twice ("Sahari Bulan", "Jaya Negara")
NAME_CLOSERS = NOT_NAME - ROLE_WORDS - HONORIFICS - PLACES - DAYS - MONTHS - STOP
FIELD_HEADS = frozenset({"bidang", "subbidang", "urusan"})  # a field's name follows
AREA_HEADS = frozenset("kecamatan kelurahan desa kota kabupaten provinsi kec kel kab prov".split())
# one-word institutions of the gazetteer ("Pegadaian", "Kemenkop")
INSTITUTION_WORDS = frozenset(
    f.lower() for _, kind, forms in GAZETTEER if kind == "institution" for f in forms
    if " " not in f
)
LEFT_ORG_WORDS = ORG_WORDS | GRADE_WORDS | PLACES | INSTITUTION_WORDS
PLACES_ONLY = PLACES - ROLE_ORG_WORDS
OFFICE_HEADS = PLACE_HEADS | ORG_HEADS | ORG_ROLES
REGION_HEADS = PLACE_HEADS - ORG_ROLES
BALINESE = frozenset({"i", "ni"})  # "I Made", "Ni Luh": a name starts there
# a ministry's or regional office's short name: "Kemenperin", "Kemkominfo", "Diskop",
# "Disdagperinkop", "Disperindagkop", "Dinkes"
MINISTRY_RE = re.compile(
    r"Kemen[a-z]{2,}|Kem(?:kominfo|komdigi|kes|dikbud[a-z]*|lu|han|naker|sos|dag)"
    r"|Dis(?:kop|perin|dag|naker|kominfo|pora|par|hub|sos|dik|pmd|pangan|tan|bud|kes)[a-z]*"
    r"|Din(?:kes|sos|kop|perin|dag|naker|kominfo|pora|par|hub|dik|pmd)[a-z]*"
    r"|Koperindag[a-z]*|Perindag(?:kop)?[a-z]*"  # "Kadis Koperindag Abdul Haris"
)
COMPANY_SUFFIXES = frozenset({"tbk", "persero"})
PLACE_RE = re.compile(  # a lookahead, so "di Kota Sukamaju" gives "Kota" and "Sukamaju"
    r"\b(?=[DdKkPp])(?=(?:\b[Dd]i|\b(?:[Kk]abupaten|Kab\.?|[Pp]rovinsi|Prov\.?|[Kk]ecamatan|Kec\.?"
    r"|[Kk]elurahan|Pemkab|Pemkot|Pemprov|Pemda)|(?<!enteri )(?<!menterian )\bDesa"
    r"|(?<![Ww]ali )\b[Kk]ota)[^\S\n]+([A-Z][a-z]{2,})"
    r"(?:[^\S\n]+([A-Z][a-z]{2,})(?=[^\S\n]*[,.;)]|\n|$))?)"  # "Kabupaten Biak Numfor."
)
# a one-word name that speaks on its own: "Arief mengatakan", "kata Arief"
# (a capital first, the word boundary checked behind it: ``re`` scans for capitals in C)
NAME_BEFORE_VERB_RE = re.compile(
    rf"([A-Z](?<!\w[A-Z])[a-z]{{2,30}})[^\S\n]+(?:{SPEECH_VERB_PATTERN})\b"
)
NAME_AFTER_CUE_RE = re.compile(rf"\b(?:{CUE_PATTERN})[^\S\n]+([A-Za-z][a-z]{{2,30}})\b")
AFTER_WORD_RE = re.compile(r"([A-Z](?<=[a-z,] [A-Z])\w*)")
SHORT_NAME_RE = re.compile(r"\(([A-Z][a-z]{2,14})\)")  # "(Kominfo)"
LONG_NAME_RE = re.compile(r"(?<![\w-])([A-Z][\w-]*(?:[^\S\n]+(?:[A-Z][\w-]*|dan|&)){0,8})[^\S\n]*$")


class Line(NamedTuple):
    base: int  # offset in the text
    text: str
    toks: list[re.Match]
    words: list[str]
    caps: list[int]  # indices of the capitalized words


def line_of(base: int, line: str) -> Line:
    """A line's offset and text, its tokens and the indices of its capitalized tokens."""
    toks = list(TOKEN_RE.finditer(line))
    words = [t.group() for t in toks]
    caps = [i for i, w in enumerate(words) if w[:1].isupper()]
    return Line(base, line, toks, words, caps)


class Evidence:
    """The words of one text by how it writes them, and the name-boundary rules they drive."""

    def __init__(self, text: str) -> None:
        self.text = text
        # a word that speaks on its own ("Arief mengatakan", "kata Arief") is a person, even
        # where the text also writes it in lower case ("ujar teddi")
        after_word = set(AFTER_WORD_RE.findall(text))  # capitalized words inside a sentence
        self.cued = {
            w.lower()
            for w in NAME_AFTER_CUE_RE.findall(text)
            if w[0].isupper() or w.capitalize() in after_word
        }  # "kata saifuddin" where "La Ode Saifuddin" is written too
        self.speaking = {w.lower() for w in NAME_BEFORE_VERB_RE.findall(text)} | self.cued
        self.common = self._common_words(text) - self.speaking
        self.org_like = self._org_like_words(text) - self.speaking
        self.lines = [line_of(m.start(), m.group()) for m in LINE_RE.finditer(text)]
        self.alone = self._standalone_words(self.lines)
        self.name_pairs = self._repeated_name_pairs(self.lines)
        self.regions = self._regions_named(self.lines)
        self.places = self._places_after_heads(text) | self.regions  # grows as People learns
        self.forms: set[tuple[str, ...]] = set()  # every name run's words, set by People
        self._without: dict[tuple[str, str], bool] = {}  # written_without's answers

    @staticmethod
    def _common_words(text: str) -> set[str]:
        return {w for w in re.findall(r"(?<![\w.])[a-z][a-z'’-]{3,}", text)}

    @staticmethod
    def _places_after_heads(text: str) -> set[str]:
        """Places written after "di", "Kabupaten", "Kota", ...: one word, or two when the
        second is no person's name glued on ("Kabupaten Biak Numfor", not "Provinsi Riau
        Decymus" where Riau is a whole region)."""
        places = set()
        for m in PLACE_RE.finditer(text):
            first, second = m.group(1).lower(), m.group(2)
            places.add(first)
            if second and (first not in REGIONS_BY_FIRST or (first, second.lower()) in
                           REGIONS_BY_FIRST[first]):
                places.add(second.lower())
        return places

    @staticmethod
    def _regions_named(lines: list[Line]) -> set[str]:
        """Words of the regions (provinces, regencies, cities) the text names, capitalized:
        "Banyuwangi", "Lombok Timur", "Jaksel"."""
        found: set[str] = set()
        for line in lines:
            for i in line.caps:
                for words in REGIONS_BY_FIRST.get(line.words[i].lower(), ()):
                    if len(words) == 1 or [
                        w.lower() for w in line.words[i : i + len(words)]
                    ] == list(words):
                        found.update(words)
                        break
        return found

    @staticmethod
    def _standalone_words(lines: list[Line]) -> set[str]:
        """Capitalized words written with no capitalized word beside them ("Adip berharap",
        "kata Herry."): the short forms a text uses for its people (and places)."""
        alone = set()
        for line in lines:
            caps = set(line.caps)
            for i in line.caps:
                tok = line.words[i]
                if i - 1 not in caps and i + 1 not in caps and len(tok) > 2 and tok[1:].islower():
                    alone.add(tok)
        return alone

    def _repeated_name_pairs(self, lines: list[Line]) -> set[tuple[str, str]]:
        """A name word and a common capitalized word after it that close a name twice or more
        ("Sahari Bulan", "Jaya Negara"): the common word is the name's last."""
        seen: dict[tuple[str, str], int] = {}
        for line in lines:
            for i in line.caps[1:]:
                word, nxt = line.words[i], line.words[i + 1 : i + 2]
                if (
                    i - 1 in line.caps
                    and word.lower() in NAME_CLOSERS
                    and word[1:].islower()
                    and not (nxt and nxt[0][:1].isupper())
                    and is_name_token(line.words[i - 1], self.common)
                ):
                    pair = (line.words[i - 1], word)
                    seen[pair] = seen.get(pair, 0) + 1
        return {pair for pair, n in seen.items() if n >= 2}

    def person_tail(self, words: list[str], prev: str = "") -> int:
        """Index of the first word of a person's name glued after place or organization
        words ("Kemenag Kendal Adip Muhlasin", "Biak Numfor Herry Ario Naap", "Kasatpel
        UMKM Cempaka Putih Lobo"), 0 if none. Evidence: the text calls the person by that
        word alone ("Adip berharap", "ucap Lobo"), the words before it hold a place or
        organization word, or with the word before the run are written elsewhere ("Lurah
        Depok Jaya Herman" and "khususnya Depok Jaya,"), and end with words written
        elsewhere without the name, and none of them is a particle or an initial ("Al Haris
        ... Haris")."""
        for k in range(1, len(words)):
            head = words[:k]
            if (
                words[k] not in self.alone
                or self.is_place(words[k])
                or words[k].lower() in ROLE_ORG_WORDS
            ):
                continue
            glued = prev.lower() in ORG_WORDS or (  # "PT Permodalan Nasional Madani Sunar Basuki"
                len(prev) >= 2
                and prev.isupper()
                and not self.speaking.intersection(w.lower() for w in head)
            )  # "Ketua KSP Rukun Darianto": after an organization's acronym
            if any(is_particle(w) for w in head) or not (
                glued
                or any(self.is_place(w) or w.lower() in ORG_WORDS for w in head)
                or (prev[:1].isupper() and self.written_without(f"{prev} {head[0]}", words[k]))
            ):
                continue
            for j in range(k):  # "Kemenag Kendal itu" for "Satgas Halal Kemenag Kendal"
                if self.written_without(" ".join(head[j:]), words[k]):
                    return k
        return 0

    @staticmethod
    def _org_like_words(text: str) -> set[str]:
        """Capitalized words written twice or more right after a parenthesis: places, units
        ("Pengadilan Negeri (PN) Lhoksukon", "Rutan (Rutan) Lhoksukon"); an organization's
        bracketed short name ("Kementerian Komunikasi dan Informatika (Kominfo)")."""
        seen: dict[str, int] = {}
        for m in re.finditer(r"\)\s([A-Z][a-z]{2,30})\b", text):
            seen[m.group(1).lower()] = seen.get(m.group(1).lower(), 0) + 1
        shorts = set()
        for m in SHORT_NAME_RE.finditer(text):
            long = LONG_NAME_RE.search(text, max(0, m.start() - 150), m.start())
            words = long.group(1).split() if long else []
            if words and words[0].lower() in ORG_HEADS and not ROLE_WORDS.intersection(
                w.lower() for w in words
            ):
                shorts.add(m.group(1).lower())
        return {w for w, n in seen.items() if n >= 2} | shorts

    def head_cut(self, words: list[str], prev: str) -> int:
        """How many leading words of a name run belong to the role or organization before it:
        up to a company suffix ("Bank Mandiri Tbk Alexandra Askandar"); a misspelled role
        before a place ("Wailkota Metro Wahdi"); after a role or organization word, a word the
        text uses as a place ("Dinas Koperasi Sukmar Bagus" with "Kabupaten Sukmar"); after a
        title that takes a place or an organization head, its name ("Pj Bupati Garut Barnas
        Adjidin", "Ketua Kadin Arsjad Rasjid"), unless the text writes it alone, where a
        person stands. A later short form of the name is no evidence
        (Indonesians go by any part of their name), and particles and initials ("Al", "M",
        "I Made") are never cut."""
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in COMPANY_SUFFIXES), default=0)
        if cut or len(words) < 2:
            return cut if cut < len(words) else 0
        role = misspelled_role(words[0])
        if role and self.is_place(words[1]):
            return 1 + self.head_cut(words[1:], role)
        acronym = sum(c.isupper() for c in prev) >= 2 and len(words) >= 3  # "Diskop-UKM Kukar X Y"
        prev = prev.lower()
        if prev in PLACES_ONLY and not acronym:  # "Bank Jatim Banyuwangi X Y"
            return self.branch_town(words, prev)
        if prev in AREA_HEADS and self.place_alone(words):
            return 1  # "di Kecamatan Cengkareng Agustin dan Linda"
        if prev in FIELD_HEADS and len(words) >= 3 and not is_particle(words[0]):
            return 1  # "Menteri Koordinator Bidang Pangan Zulkifli Hasan": the field's name
        if not (acronym or prev in ROLE_ORG_WORDS) or is_particle(words[0]):
            return 0
        if words[0].lower() in self.places:
            return 1 + self.branch_town(words[1:], prev)
        if prev not in OFFICE_HEADS:
            return 0
        if prev in REGION_HEADS and self.places and not self.org_context(words[0]):
            return 0  # "Bupati Aditya Halindra Faridzky" in a text naming its places elsewhere
        dotted = words[1].endswith(".")  # "BNI Tambok P. Setyawati": an initial inside a name
        named = (words[0],) in self.forms and not self.org_context(words[0])
        cut = int(len(words) >= 3 and not named and not dotted)
        return cut + self.branch_town(words[1:], prev) if cut else 0

    def is_place(self, word: str) -> bool:
        """A place the text names or a known one."""
        low = word.lower()
        return low in self.places or low in PLACES

    def place_alone(self, words: list[str]) -> bool:
        """The first word is a place the text also writes without the next word after it."""
        if words[0].lower() not in self.places or is_particle(words[0]):
            return False
        return self.written_without(words[0], words[1])

    def written_without(self, phrase: str, word: str) -> bool:
        """The text writes ``phrase`` somewhere not followed by ``word``."""
        key = (phrase, word)
        if key not in self._without:
            alone = rf"(?<![\w-]){re.escape(phrase)}(?![\w-])(?!\s+{re.escape(word)}\b)"
            self._without[key] = bool(re.search(alone, self.text))
        return self._without[key]

    def branch_town(self, words: list[str], prev: str) -> int:
        """1 when the town of an organization's branch follows its name or region ("Bank
        Sentosa Sukamaju Agus Salim", "Bank Jatim Banyuwangi Agus Sastriono"): a word the
        text uses as a place, with two name words after it."""
        return int(
            (prev in ORG_HEADS or prev in PLACES)
            and len(words) >= 3
            and self.is_place(words[0])
            and not is_particle(words[0])
        )

    def org_boundary(self, words: list[str], prev: str) -> int:
        """Where a person's name starts after the organization, unit, place or job-grade
        words glued before it ("Aneka Kemenperin Gati Wibawaningsih", "Bea Cukai Sudiro",
        "Ahli Muda"): after the last such word, or at a name particle that follows one
        ("Area Lombok I Ketut Winata"); 0 if no such word comes first. After a role or unit
        word all of the run may be such words (a grade with no name: "Ahli Muda"); without
        one, or after an office's short name, two name words must remain."""
        glued = prev.lower() in ROLE_ORG_WORDS
        cut = short = 0
        for i, w in enumerate(words):
            if i and is_particle(w):  # "Sumbawa I Made" after "Area": Balinese I/Ni
                if w.lower().rstrip(".") in MUHAMMAD and not is_particle(words[i - 1]):
                    return i  # "Sulampua Moh Nurdin": an abbreviated Muhammad starts a name
                placed = all(v.lower() in self.regions for v in words[:i])  # "Gianyar Wayan"
                return i if cut or placed or (glued and w.lower() in BALINESE) else cut
            if self.org_like_token(w):
                cut, short = i + 1, self.short_org(w)
        # a place follows an office's short name: "Kemenag Sukamaju" is no person
        if len(words) >= 2 and all(w.lower() in GRADE_WORDS for w in words):
            return cut  # a job grade alone: "Ahli Muda"
        if not cut:  # "BPJPH Sultra Ruspandi", "warga Sigi Aldi": a region the text names
            while cut < len(words) - 1 and words[cut].lower() in self.regions:
                cut += 1
            return cut
        return cut if len(words) - cut >= 2 or (glued and not short) else 0

    @staticmethod
    def short_org(word: str) -> bool:
        """A ministry's or institution's short name ("Kemenag", "Pegadaian")."""
        return bool(MINISTRY_RE.fullmatch(word)) or word.lower() in INSTITUTION_WORDS

    @staticmethod
    def org_like_token(word: str) -> bool:
        """A word of an organization, unit, place or job grade, never of a person's name."""
        return word.lower().rstrip(".") in LEFT_ORG_WORDS or bool(MINISTRY_RE.fullmatch(word))

    def org_context(self, word: str) -> bool:
        """The text writes ``word`` where an organization stands: after "dari"/"di", a unit
        word or a bank ("dari Telkom", "Divisi Telkom Timur", "Bank Mandiri")."""
        return bool(
            re.search(rf"\b(?:dari|di|[Dd]ivisi|[Uu]nit|Bank|PT) {re.escape(word)}\b", self.text)
        )
