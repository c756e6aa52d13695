"""Who is who: person names with role and organization, and resolution of short references.

``People(text, excluded)`` takes every name run outside the ``excluded`` spans (the quotes;
``runs`` finds them), learns the appositive role/organization of each introduced person
("Kepala Bidang UKM Dinas PPKUKM DKI Jakarta Elizabeth Ratu Rante Allo") and which person is
the salient one at each point (the first person named in a sentence). ``resolve`` turns a
speaker phrase ("Ratu", "dia", "-nya", "Menhub", "politisi Partai Hanura itu") into the
fullest name the article gives. What a single name word is, and how a short form matches a
name, is in ``names``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field

from scrapers.record import Speaker

from .evidence import COMPANY_SUFFIXES, MINISTRY_RE, Evidence
from .lexicon import (
    CUE_PATTERN,
    CUE_STEMS,
    HONORIFICS,
    ORG_HEADS,
    ORG_SPEAKER_HEADS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACES,
    ROLE_ORG_WORDS,
    ROLE_WORDS,
    SPEECH_PASSIVES,
    SPEECH_VERB_PATTERN,
    SPEECH_VERBS,
    STOP,
)
from .names import (
    NOT_NAME,
    NYA_RE,
    PERSON_TITLES,
    abbreviates,
    blends,
    ends_word,
    is_name_token,
    is_particle,
    loose_abbreviation,
    lower_words,
    misspelled_title,
    one_edit,
    one_off,
    role_blend,
    shortened,
    split_role,
    without_degrees,
    without_haji,
)
from .runs import (
    AGE_RE,
    NEXT_TITLE_RE,
    ROMAN_LETTERS,
    NameRuns,
    opens_clause,
    role_nickname,
    unit_letter,
)
from .sentences import Sentences

# a word of a dateline ("JAKARTA,", "Liputan6.com", "SURABAYA--Upaya", "Jakarta -")
DATELINE_WORD_RE = re.compile(
    rf"^[A-Z][A-Z.]{{2,}}\W*$|\.(?:com|co|id|net|news)\b|--|[-–]$|^(?i:{'|'.join(sorted(PLACES))})\W*$"
)
TITLE_MODIFIERS = frozenset("mantan eks pjs purn".split())
ENGLISH_ROLES = frozenset(
    "head manager officer chief executive president general senior vice regional director".split()
)
CAPACITY_RE = re.compile(  # "selaku Kepala Bidang", ", yang juga Kepala Dinas": the post
    r"[^\S\n]*,?[^\S\n]*(?:(?i:selaku|sebagai)|yang[^\S\n]+juga(?:[^\S\n]+merupakan)?)"
    r"[^\S\n]+(\w+)"
)
PREV_TOKEN_RE = re.compile(r"([\w'’()-]+)[^\S\n]*$")
# words opening a description of someone already named ("orang nomor satu", "pria kelahiran")
DESCRIPTIONS = frozenset("orang pria wanita perempuan lelaki sosok ibu bapak".split())
# the role/organization phrase at the end of a text before a name: capitalized words,
# brackets, "dan", and the lower-case role and office words some writers use ("Kadis
# koperasi dan UKM Kota X", "Bank Indonesia wilayah NTT")
LOWER_ROLE_WORDS = ROLE_ORG_WORDS | {"dan", "wilayah", "perwakilan", "and", "of", "for"}
_LOWER_ROLE = "|".join(sorted(LOWER_ROLE_WORDS, key=len, reverse=True))
ROLE_PHRASE_END_RE = re.compile(
    rf"((?:(?:[A-Z][\w'’.&/-]*|(?<![\w-])(?:{_LOWER_ROLE})|&|\([^()]{{1,40}}\))"
    r"[ ,\-–]{1,3}){1,25})$"
)
ROLE_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
CHAIN_BREAK_RE = re.compile(  # the last word that no role phrase holds, outside brackets
    r"(?s:.*)(?<!\S)[,\-–]*(?![^()\n]*\))"
    rf"(?![A-Z(&]|(?:{_LOWER_ROLE})[,\-–]*(?!\S))[^\s,\-–]\S*"
)
LAST_TOKENS_RE = re.compile(r"[\w.'’-]+|[(),]")
PRONOUNS = frozenset({"dia", "ia", "beliau", "nya", "-nya", "dirinya"})
ANAPHOR_END = frozenset({"ini", "itu", "tersebut"})
RELATIVE_RE = re.compile(r"\byang\b[^,.;:!?\n“”\"]*$")  # the run sits inside a "yang" clause
WIFE_RE = re.compile(r"\bNy(?:onya)?\.?[^\S\n]*$")  # "Ny." before the name she is called by
_ONE_OF = r"(?:[Ss]alah[^\S\n]+(?:satu|seorang)|[Ss]eorang)"  # "one of", "a (person)"
ONE_OF_RE = re.compile(rf"(?:[^,\n]{{0,40}},[^\S\n]*)?{_ONE_OF}\b")  # "(Sementara itu,) salah satu"
WHERE_WHEN_RE = re.compile(  # the place and day of a statement, Antara style
    r"[^\S\n]+di[^\S\n]+[A-Z][\w-]+(?:[^\S\n]+[A-Z][\w-]+)?"
    r"(?:[^\S\n]*,[^\S\n]*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
    r"(?:[^\S\n]*\([\d/]{3,10}\))?)?"
)
BRACKETED_RE = re.compile(r"\([^()]*\)")
LIKEWISE_RE = re.compile(r"\b(?:[Bb]egitu|[Dd]emikian)[^\S\n]+(?:juga|pula|pun)[^\S\n]*,?[^\S\n]*$")
NAMING_WORDS = frozenset({"bernama", "berinisial"})  # "pelaku usaha bernama Taufik"
SPEECH_CUES = SPEECH_PASSIVES | SPEECH_VERBS | frozenset(CUE_STEMS)
REPORTED_RE = re.compile(
    r"(?:^|,)[^\S\n]*(?:"
    + CUE_PATTERN
    + r"|[Mm]enurut)(?:nya\b|[^\S\n]+(?:(?:dia|ia|beliau)\b|(?=[A-Z])))"
)
ROLE_TAIL_RE = re.compile(r"(?:(?:[A-Z][\w'’.&/-]*|dan|di|&|\([^()]{1,40}\))[ ,\-–]{1,3}){1,25}$")
BRACKET_RE = re.compile(r"[^\S\n]*\(([A-Z][A-Za-z]{1,14})\)")
_NAME = r"[A-Z][\w'’-]{1,30}(?:[^\S\n]+[A-Z][\w'’-]{1,30}){0,2}"
ALIAS_RE = re.compile(
    rf"\b(?:akrab|biasa|populer|kerap|sering)\s+(?:disapa|dipanggil|disebut|dikenal)"
    rf"(?:\s+dengan)?(?:\s+(?:nama|sebutan|panggilan))?\s+({_NAME})"
)
# "Ijeck, sapaan populer Musa Rajekshah" / "kata Nunik, sapaan akrabnya." / "X, sapaan akrab Y"
SAPAAN_RE = re.compile(
    rf"({_NAME})[^\S\n]*[-,(]?[^\S\n]*(?:yang[^\S\n]+merupakan[^\S\n]+)?sapaan"
    rf"(?:[^\S\n]+(?:akrab|populer|karib)(?:nya)?)?(?:[^\S\n]+(?:dari|untuk|bagi))?"
    rf"(?:[^\S\n]+({_NAME}))?"
)
ALIAS_CUT_RE = re.compile(
    r"[-,]?\s*(?:\(?\s*sapaan(?:nya)?|yang\s+(?:akrab|biasa|populer)\s+di)\b.*$"
)
ADVERBS = r"(?:juga|pun|kembali|kemudian|lalu|lantas|bahkan|sempat|turut|pula|sendiri|lebih lanjut)"
_HEADS = "|".join(sorted((h.capitalize() for h in ORG_SPEAKER_HEADS), key=len, reverse=True))
ORG_SPEAKER_RE = re.compile(
    rf"(?=[A-Z])(?<![\w'’-])(?:{_HEADS})(?:[^\S\n]+(?:[A-Z][\w'’&-]*|dan|&)){{1,7}}?"
    rf"(?=[^\S\n]*,?[^\S\n]+(?:{ADVERBS}[^\S\n]+)?(?:{SPEECH_VERB_PATTERN})\b)"
)
# ", Name Name" or ", Name." after an organization's name
ORG_THEN_NAME_RE = re.compile(  # (the place of the organization may come first: " – Lembata")
    r"(?:[^\S\n]+[-–][^\S\n]+[A-Z][\w'’-]+)?"
    r"[^\S\n]*,[^\S\n]*([A-Z][\w'’-]+\.?)(?:[^\S\n]+[A-Z]|[^\S\n]*(?:[.,;\n]|$))"
)
AFTER_SPEECH_RE = re.compile(rf"\b(?:{SPEECH_VERB_PATTERN})(?:[^\S\n]+bahwa)?[^\S\n]*,")
SPEAKS_RE = re.compile(
    rf"[^\S\n]*,?[^\S\n]*(?:{ADVERBS}[^\S\n]+){{0,2}}(?:{SPEECH_VERB_PATTERN})\b"
)
ROLE_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[.!?][^\S\n]))"
    r"(?:[A-Z][a-z]+(?:[^\S\n]+[a-z]+){0,3},[^\S\n]+)?"  # "Dalam sambutannya, Pangdam ..."
    rf"((?:[A-Z][\w'’-]*[^\S\n]+){{1,4}})(?:{ADVERBS}[^\S\n]+)?"
    r"(?:mengatakan|menyatakan|menjelaskan|menegaskan|mengungkapkan|menuturkan|menambahkan"
    r"|berkata|menyampaikan|memaparkan|menerangkan)\b",  # statements, not requests (meminta)
    re.MULTILINE,
)
LAST_CAPITALIZED_RE = re.compile(r"([A-Z][a-z]+)[^\S\n]*$")
LAST_WORD_RE = re.compile(r"([\w'’-]+)[^\S\n]+$")
WORDS_RE = re.compile(r"[\w'’-]+")
UNIT_NUMERAL_BEFORE_RE = re.compile(r"\b[IVX]{2,5}[^\S\n]*$")  # "RU VII" before a name
SEGMENT_BREAK_RE = re.compile(r",|\s[-–]\s|--")  # between the parts of a role phrase
LEADING_AND_RE = re.compile(r"^(?:dan|serta)\s+")
POSSESSOR_RE = re.compile(  # "Dewanti Rumpoko itu" after "Wakil"
    r"[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,4}[^\S\n]+(?:itu|tersebut)\b"
)
# what follows a name: an appositive, a verb (after adverbs), an active verb
APPOSITIVE_RE = re.compile(r"\s*,\s*(\w+)(?:\s+(\w+))?")  # ", Kepala Dinkop", ", mantan Kepala"
NEXT_VERB_RE = re.compile(rf"\s*,?\s*(?:{ADVERBS}\s+){{0,2}}(\w+)")
DESCRIBED_RE = re.compile(r"[^\S\n]+([a-z]+)[^\S\n]")
# and after a comma ("Oji, salah satu penjual es"), where a list or a count cannot stand
APPOSITIVE_NOUNS = PERSON_NOUNS | frozenset(
    """penjual pengunjung pembeli peserta penerima nasabah debitur penjahit penenun pembatik
    karyawan buruh pekerja mahasiswa konsumen relawan""".split()
)
APPOSITIVE_HEADS = ROLE_WORDS | APPOSITIVE_NOUNS
ROLE_OR_HONORIFIC = ROLE_WORDS | HONORIFICS
_APPOSITIVE = "|".join(sorted(APPOSITIVE_NOUNS))
ONE_OF_AFTER_RE = re.compile(  # an appositive after a name: ", salah satu pedagang di Pasar X"
    rf"[^\S\n]*(?:,[^\S\n]*(?:{_ONE_OF}|{_APPOSITIVE})|{_ONE_OF})\b[^,.;:!?\n\"“”]{{0,100}}?"
    r"(?=[^\S\n]*,?[^\S\n]*(?:me|ber)[a-z]+\b)"
)
ONE_OF_NEXT_RE = re.compile(rf"[^\S\n]+{_ONE_OF}\b")
DESCRIBING_RE = re.compile(  # the run sits in an appositive that describes someone before it
    r"[\w.]+[^\S\n]*,[^\S\n]*(?:(?:salah[^\S\n]+satu|seorang)[^\S\n]+)?"
    rf"(?:{_APPOSITIVE})\b[^,.;:!?\n\"“”]*$"
)
DEMONSTRATIVE_RE = re.compile(  # "politisi Golkar ini", "Jenderal Bintang Dua ini"
    r"(?:[^\S\n]+(?:[Ss]atu|[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima))?[^\S\n]+(?:ini|itu|tersebut)\b"
)
ACCOMPANIED_RE = re.compile(r",[^\S\n]*(?:didampingi|bersama)\b[^,.!?\n]*,[^,.!?\n]*$")
ACTIVE_VERB_RE = re.compile(r"\s+(?:me|ber)[a-z]{3,}\b")
CONNECTIVE_RE = re.compile(
    r"(?:Sementara|Selain|Setelah|Usai|Untuk)\s+itu|Di\s+sisi\s+lain|Adapun|Kemudian|Sedangkan"
    r"|Namun|Lebih\s+lanjut|Secara\s+terpisah|(?:Dalam|Pada)\s+(?:kesempatan|acara)\s+(?:itu|tersebut|yang\s+sama)"
)
# Words of a run that name a body, never a person; words before a run that make it a product
NOT_PERSON_WORDS = frozenset(  # (and English event words: "Car Free Day", "World Superbike")
    "world day free car week expo fair superbike championship "
    "panitia penyelenggara cabang kantor festival paguyuban komunitas kelompok".split()
)
# words right before a run that make it a place or a street ("di X", "Jalan Cut Nyak Dien")
PLACE_PREPOSITIONS = frozenset(
    "di ke dari jalan jl jln gang gg kawasan komplek perumahan pasar".split()
)  # "pedagang di Pasar Putri Agung Menggala"
PRODUCT_WORDS = frozenset(  # what a name after them names: a product or a program
    "produk produknya merek brand jualan kuliner stand toko gerai program aplikasi".split()
)


def _word_fits(word: str, mine: str) -> bool:
    """``word`` as written stands for the name word ``mine`` (lower case): the same, its
    start ("Rachmat"), or its initial ("S. Zuchri", "M Nurdin")."""
    return (
        mine == word.lower()
        or (len(word) >= 4 and mine.startswith(word.lower()))
        or (len(word) == 2 and word[1] == "." and mine.startswith(word[0].lower()))
        or (len(word) == 1 and word.isupper() and mine.startswith(word.lower()))  # "M Nurdin"
    )


def _term_before(prev: list[str]) -> bool:
    """The word before a run with its initials in brackets makes it a term or an
    organization's name, not a person's: a common noun ("tingkat Non Performing Loan (NPL)")
    or an organization word ("Koperasi Merah Putih (KDKMP)")."""
    word = prev[0] if prev else ""
    low = word.lower()
    if word.islower():
        return low not in SPEECH_CUES and low not in STOP
    return low in ORG_WORDS


def _said_by(words: list[str]) -> bool:
    """The ``words`` before a name end with a passive speech verb, with or without "oleh"
    ("disampaikan (oleh)"): the name next is the speaker."""
    words = [w.lower() for w in words[-2:]]
    if words[-1:] == ["oleh"]:
        words = words[:-1]
    return bool(words) and words[-1] in SPEECH_PASSIVES


@dataclass
class Person:
    name: str
    role: str | None = None
    organization: str | None = None
    aliases: set[str] = field(default_factory=set)  # nicknames, lower-case ("dani")
    forms: set[str] = field(default_factory=set)  # shorter forms as written ("Ratu")
    introduced: bool = False
    kind: str = "person"  # or "institution" ("Direktorat Jenderal Pajak menjelaskan")

    def matches(self, words: list[str]) -> bool:
        mine = lower_words(self.name)
        if " ".join(words).lower() in self.aliases:
            return True
        if len(words) == 1 and any(words[0].lower() in a.split() for a in self.aliases):
            return True  # "Elvis" for the person nicknamed "Elvis Hale"
        if self.kind == "institution":  # "Sukamaju" is not "Dinas Koperasi Sukamaju"
            return " ".join(words).lower() == self.name.lower()
        if len(words) == 1 and len(mine) >= 2 and blends(words[0].lower(), tuple(mine), True):
            return True  # "Jokowi" for "Joko Widodo", "Zulhas" for "Zulkifli Hasan"
        if all(any(_word_fits(w, m) for m in mine) for w in words):
            return True
        if len(words) == 1 and len(words[0]) >= 4:  # "Karno" for Sukarno: a first syllable dropped
            w = words[0].lower()
            return any(m.endswith(w) and len(m) - len(w) == 2 for m in mine)
        # "Ratu Zakiyah" for "Ratu Rachmatuzakiyah": with one word as written, another may
        # be the end of a long one
        return (
            len(words) >= 2
            and any(w.lower() in mine for w in words)
            and all(
                any(_word_fits(w, m) or (len(w) >= 5 and m.endswith(w.lower())) for m in mine)
                for w in words
            )
        )

    def note_form(self, words: list[str]) -> None:
        form = " ".join(words)
        if form != self.name:
            self.forms.add(form)

    def speaker(self) -> Speaker:
        return Speaker(name=self.name, role=self.role, organization=self.organization)


def _chain_start(before: str) -> int:
    """Where the run of words that may belong to a role phrase ends ``before`` begins: after
    the last word that is neither capitalized, a role or office word, "&" nor in brackets."""
    m = CHAIN_BREAK_RE.match(before)
    return m.end() if m else 0


def _title_spelled(word: str) -> str:
    """A long title typed one letter off, spelled right ("Gubenur" -> "Gubernur")."""
    role = misspelled_title(word)
    return role.capitalize() if role and word[:1].isupper() else word


def _given_name(name: str) -> str:
    """The first word of a name after its particles and noble titles, lower-case."""
    words = name.split()
    return next((w for w in words if not is_particle(w)), words[0]).lower()


def _other_post(role: str | None, known: str | None) -> bool:
    """Two roles with no role word in common: "Ketua Persit ..., Ny. Alin Gabriel Lema" is
    not "Pangdam ... Gabriel Lema" with more of his name."""
    if not role or not known:
        return False
    words = [{w for w in re.findall(r"\w+", r.lower()) if w in ROLE_WORDS} for r in (role, known)]
    return bool(words[0] and words[1]) and not words[0] & words[1]


def _has_role(words: list[str]) -> bool:
    return any(w.strip("-–.").lower() in ROLE_WORDS for w in words)


def _title_start(words: list[str], k: int) -> int:
    """Where the title whose first role word is ``words[k]`` starts: with the modifiers before
    it ("Mantan Menteri", "Pjs. Kepala") and, for an English title, its capitalized words
    ("Area Transaction & Funding Manager"); not a dateline nor a connective ("Menurut")."""
    english = words[k].lower() in ENGLISH_ROLES
    while k and (
        words[k - 1].lower().rstrip(".") in TITLE_MODIFIERS
        or english
        and (words[k - 1][:1].isupper() or words[k - 1] in ("&", "and"))
        and not DATELINE_WORD_RE.search(words[k - 1])
        and (words[k - 1].lower() not in NOT_NAME or words[k - 1].lower() in ORG_WORDS)
    ):
        k -= 1
    return k


class Events:
    """Person events ordered by offset, with "last before" lookup in O(log n)."""

    def __init__(self) -> None:
        self.offsets: list[int] = []
        self.items: list[Person] = []

    def add(self, pos: int, person: Person) -> None:
        i = bisect_left(self.offsets, pos + 1)
        self.offsets.insert(i, pos)
        self.items.insert(i, person)

    def last(self, pos: int, other_than: Person | None = None) -> Person | None:
        i = bisect_left(self.offsets, pos) - 1
        while i >= 0 and self.items[i] is other_than:
            i -= 1
        return self.items[i] if i >= 0 else None

    def next(self, pos: int) -> Person | None:
        i = bisect_left(self.offsets, pos)
        return self.items[i] if i < len(self.items) else None

    def next_at(self, pos: int) -> tuple[int, Person] | None:
        i = bisect_left(self.offsets, pos)
        return (self.offsets[i], self.items[i]) if i < len(self.items) else None

    def replace(self, old: Person, new: Person) -> None:
        self.items = [new if p is old else p for p in self.items]

    def __bool__(self) -> bool:
        return bool(self.offsets)


class People:
    """Persons of one text and the salient person at each offset."""

    def __init__(self, text: str, excluded: list[tuple[int, int]], sentences: Sentences):
        self.text = text
        self.sentences = sentences
        self.persons: list[Person] = []
        self.salient = Events()  # the first person named in each sentence, and speakers
        self.mentions = Events()
        self._name_spans: list[tuple[int, int]] = []  # where a name run is read as a person
        self._seen: dict[int, list[int]] = {}  # id(person) -> sorted mention offsets
        self._first: dict[int, Person] = {}  # sentence index -> first person named
        self.ev = Evidence(text)
        self.name_runs = NameRuns(text, self.ev, excluded)
        self._pending: list[tuple[int, str]] = []  # "pria yang akrab disapa X": who, decided later
        orgs = self._organizations()
        # the qualifier ending a speaking organization is a place ("Dinas Koperasi Sukamaju")
        self.ev.places |= {name.split()[-1].lower() for _, name, _ in orgs}
        runs = self.name_runs.find([(start, start + len(name)) for start, name, _ in orgs])
        # the fuller forms of names; "Ny. Alin Gabriel Lema" is his wife, not Gabriel Lema
        self._runs = [
            w for start, _, w in runs if not WIFE_RE.search(text, max(0, start - 9), start)
        ]
        self._introduced_at: dict[int, int] = {}  # id(person) -> offset of its first run
        for start, end, words in runs:
            self._introduce(start, end, words)
        self._merge_title_words()
        events = [(start, end, words, None) for start, end, words in runs]
        events += [(start, start + len(name), name.split(), org) for start, name, org in orgs]
        for start, end, words, org in sorted(events, key=lambda e: e[0]):
            person = org or self._find(words, start)
            if person and not org and self._place_word(words, person):
                continue  # "di Batang, Rabu" names the town, not Batang Siswoyo
            if person:
                person.note_form(words)
                # an organization is named, not referred to by "-nya" (its head speaks); the
                # subject of a speech verb is the current speaker wherever it stands
                speaks = person.introduced and (
                    self._speech_subject(start, end) or self._speaks_after(start)
                )
                if not org:
                    self._name_spans.append((start, end))
                self._mention(start, person, salient=False if org else (True if speaks else None))
        self._learn_aliases(runs)
        self._role_subjects()

    def _place_word(self, words: list[str], person: Person) -> bool:
        """A one-word run the text uses as a place, standing for a longer name."""
        return (
            len(words) == 1
            and words[0].lower() in self.ev.places
            and person.name != words[0]
            and words[0].lower() not in person.aliases
        )

    def _speech_subject(self, start: int, end: int) -> bool:
        """The name (with its role) is the subject of the speech verb after it: "Dalam
        sambutannya Bupati Ardiansyah mengatakan", not an object ("bersama Presiden Jokowi
        meminta", "didampingi Kepala Subbagian X mengatakan")."""
        age = AGE_RE.match(self.text, end)  # "Joko Sutiarjo (47), mengaku"
        if not self._verb_follows(age.end() if age else end):
            return False
        line, clause = self._before_role(start)
        if RELATIVE_RE.search(line) or DESCRIBING_RE.search(line):
            return False  # "Mimi, yang mengelola usaha sarung Toraja, mengatakan": Mimi speaks;
            # "Nafiza, penjual Pop Ice, mengaku": Nafiza does
        if ACCOMPANIED_RE.search(line):
            return False  # "Hj Ani, didampingi panitia acara, Sunarni Endah, menyampaikan"
        if ONE_OF_RE.match(line) and line.endswith(", "):
            return True  # "Salah satu pelaku UMKM dari Palu Barat, Rina, mengaku"
        prev = re.findall(r"[\w'’-]+|,", clause)[-1:]
        low = prev[0].lower() if prev else ","
        if low in NAMING_WORDS:
            return True  # "pelaku usaha bernama Taufik mengatakan"
        if LIKEWISE_RE.search(clause):
            return True  # "Begitu juga Suryadi, seorang warga Kalanganyar, mengatakan"
        return low not in STOP and not re.match(r"(?:me|di|ber|ter)[a-z]{3,}$", low)

    def _verb_follows(self, end: int) -> bool:
        """A speech verb follows ``end``, right away or after an appositive ("Eli, salah satu
        pedagang ... mengatakan") or the place and day ("Elius Gani di Sungailiat, Sabtu
        mengatakan")."""
        if SPEAKS_RE.match(self.text, end):
            return True
        for between in (ONE_OF_AFTER_RE, WHERE_WHEN_RE):
            m = between.match(self.text, end)
            if m and SPEAKS_RE.match(self.text, m.end()):
                return True
        return False

    def _speaks_after(self, start: int) -> bool:
        """The name (with its role) follows "melalui"/"diwakili (oleh)", so that person acts
        for the one named before ("Camat Kedung melalui Sekretaris Tri Mahanani, mengatakan"),
        "menurut", so what comes next is that person's word ("Sementara itu, menurut Yogi,
        salah satu peserta bazar, ..."), or a passive speech verb and "oleh" ("Hal yang sama
        disampaikan oleh Hasidah")."""
        words = [w.lower() for w in self._before_role(start)[1].split()[-2:]]
        return (
            words[-1:] in (["melalui"], ["diwakili"], ["menurut"])
            or words == ["diwakili", "oleh"]
            or _said_by(words)
        )

    def _before_role(self, start: int) -> tuple[str, str]:
        """The line before the name at ``start`` (up to 200 characters), and its part before
        the role written right before the name."""
        line = self.text[max(0, start - 200) : start].rsplit("\n", 1)[-1]
        tail = ROLE_TAIL_RE.search(line)
        return line, line[: tail.start() if tail else len(line)]

    def _role_subjects(self) -> None:
        """A sentence opened by a role alone and a speech verb ("Bupati Purwakarta menyatakan
        ...") makes the role's holder the current speaker."""
        for m in ROLE_SUBJECT_RE.finditer(self.text):
            if self.name_runs.is_excluded(m.start()):
                continue
            name, role, _ = self.parse_phrase(m.group(1))
            holder = None if name or not role else self._holder(role, m.start())
            if holder:
                self._mention(m.start(1), holder, salient=True)

    # -- nicknames and abbreviations ----------------------------------------------------------

    def _learn_aliases(self, runs: list[tuple[int, int, list[str]]]) -> None:
        """Nicknames the text ties to a person: "Joko Widodo (Jokowi)", "Ijeck, sapaan
        populer Musa Rajekshah", "kata Nunik, sapaan akrabnya" (the person before), "Wiwid
        sapaan Kadiskominfo" (the role's holder),
        "Musa Rajekshah, yang akrab disapa Ijeck"; a person known only by the nickname
        merges into the full name."""
        for start, end, words in runs:
            alias = self._bracketed_alias(end, words)
            person = self._find(words, start) if alias else None
            if person:
                self._tie(alias, person)
        for m in SAPAAN_RE.finditer(self.text) if "sapaan" in self.text else ():
            one, other = m.group(1).rstrip("-"), m.group(2)  # "Edi-sapaannya"
            if other is None:
                nick = self._find(one.split(), m.start(1))
                person = self.current(m.start(1), nick)
                if person and not person.matches(one.split()):
                    self._tie(one, person)
                continue
            holder = other.split()[0].lower() in ROLE_WORDS and self._holder(other, m.start(2))
            if holder:  # "Wiwid sapaan Kadiskominfo": the nickname of the role's holder
                self._tie(one, holder)
                continue
            # "Elvis Hale, sapaan karib Kadis Elfridus Hale": the name after the role
            titled = other.split()
            while len(titled) > 1 and titled[0].lower().rstrip(".") in ROLE_OR_HONORIFIC:
                titled.pop(0)
            other = " ".join(titled)
            a, b = self._find(one.split(), m.start(1)), self._find(other.split(), m.start(2))
            named_after = "nya" not in self.text[m.end(1) : m.start(2)]  # not "sapaan akrabnya"
            longer = len(other.split()) > len(one.split())
            if named_after or longer or (b and b.introduced and not a):
                person = b or self._add(other.split(), None, None, introduced=True)
                self._tie(one, person)
            elif a:
                self._tie(other, a)
        for m in ALIAS_RE.finditer(self.text):
            named = re.search(
                rf"({_NAME})[^\S\n]*[,(]?[^\S\n]*(?:(?:yang|atau)[^\S\n]+)?$",
                self.text[max(0, m.start() - 80) : m.start()],
            )
            words = named.group(1).split() if named else []
            person = self._find(words, m.start()) if words else None
            full = len(words) >= 2 and all(is_name_token(w, self.ev.common) for w in words)
            if full and not person:  # the nickname's owner ("Pria yang akrab disapa" is none)
                person = self._add(words, None, None, introduced=True)
            if person:
                self._tie(m.group(1), person)
            else:
                self._pending.append((m.start(1), m.group(1)))
        for person in list(self.persons):  # "Presiden Joko Widodo ... Jokowi mengatakan"
            if len(person.name.split()) == 1:
                full = next(
                    (
                        p
                        for p in self.persons
                        if p is not person and p.kind == "person" and p.matches([person.name])
                    ),
                    None,
                )
                full = full or self._misspelled([person.name], other_than=person)
                if full and full.introduced:
                    self._tie(person.name, full)

    def _tie(self, alias: str, person: Person) -> None:
        """``alias`` names ``person``; a separate person of that name is the same one."""
        person.aliases.add(alias.lower())
        for dup in [p for p in self.persons if p is not person and p.name.lower() == alias.lower()]:
            person.forms |= dup.forms | {dup.name}
            person.aliases |= dup.aliases
            person.role, person.organization = (
                person.role or dup.role,
                person.organization or dup.organization,
            )
            self.salient.replace(dup, person)
            self.mentions.replace(dup, person)
            offs = self._seen.pop(id(dup), []) + self._seen.get(id(person), [])
            self._seen[id(person)] = sorted(offs)
            self._first = {k: (person if v is dup else v) for k, v in self._first.items()}
            self.persons.remove(dup)

    def _flush_pending(self, pos: int) -> None:
        """ "pria yang akrab disapa Ijeck": the nickname of the person current at that point."""
        while self._pending and self._pending[0][0] < pos:
            at, alias = self._pending.pop(0)
            person = self.alias(alias) or self.current(at)
            if person:
                self._tie(alias, person)
                self._mention(at, person, salient=True)

    # -- discovery ----------------------------------------------------------------------------

    def _organizations(self) -> list[tuple[int, str, Person]]:
        """Organizations that speak as themselves: "Direktorat Jenderal Perbendaharaan
        menjelaskan", not after a role ("Kepala Dinas Koperasi Budi mengatakan")."""
        out = []
        for m in ORG_SPEAKER_RE.finditer(self.text):
            words = m.group().split()
            while words[-1] in ("dan", "&"):
                words.pop()
            prev = PREV_TOKEN_RE.search(self.text[max(0, m.start() - 40) : m.start()])
            titled = prev and (prev.group(1)[:1].isupper() or prev.group(1).endswith(")"))
            if self.name_runs.is_excluded(m.start()) or titled:
                continue  # "Kepala UPTD X (PDB) Dinas Koperasi": inside a role
            if any(
                w.lower() in ROLE_WORDS or w.lower() in HONORIFICS - {"jenderal"} for w in words
            ):
                continue
            if self.ev.person_tail(words[1:]):
                continue  # "Satgas Halal Kemenag Kendal Adip Muhlasin menyampaikan"
            last = words[-1]
            if last.lower() in self.ev.cued and is_name_token(last, self.ev.common):
                continue  # "Pemprov Babel Sopiar, mengatakan" where "kata Sopiar" follows
            name = " ".join(words)
            org = next((p for p in self.persons if p.name == name), None)
            if org is None:
                org = Person(name, introduced=True, kind="institution")
                self.persons.append(org)
            out.append((m.start(), name, org))
        return out

    def _bracketed_alias(self, end: int, words: list[str]) -> str | None:
        """The abbreviation or nickname in brackets right after a name: "Jusuf Kalla (JK)",
        "Joko Widodo (Jokowi)"."""
        m = BRACKET_RE.match(self.text, end)
        if not m:
            return role_nickname(self.text, end, self.ev.common)
        alias = m.group(1)
        if alias.isupper():
            return alias if abbreviates(alias, words) or loose_abbreviation(alias, words) else None
        if alias.lower() in COMPANY_SUFFIXES or not is_name_token(alias, self.ev.common):
            return None
        return alias

    def _introduce(self, start: int, end: int, words: list[str]) -> None:
        """A run is a person when a role, honorific, appositive or speech verb says so."""
        before = self.text[max(0, start - 220) : start]
        line_start = before.rfind("\n") + 1
        before = before[line_start:]
        prev = LAST_TOKENS_RE.findall(before[-60:])[-1:] if before.strip() else []
        if len(words) == 1 and DEMONSTRATIVE_RE.match(self.text, end):
            return  # "politisi Golkar ini": a description of someone named before
        age = AGE_RE.match(self.text, end)  # "Jujur Saragih (40), pelaku usaha": a person
        if age:
            end = age.end()
        after = self.text[end : end + 60]
        role_text = self._role_before(before)
        honor = prev and prev[0].lower().rstrip(".") in HONORIFICS
        appos = APPOSITIVE_RE.match(after)
        appos_role = appos and (
            any(w and w.lower() in APPOSITIVE_HEADS for w in appos.groups())
            or appos.group(1).lower() in ("salah", "seorang")
        )  # ", Kepala Dinkop", ", pedagang ikan", ", salah satu pengunjung"
        capacity = CAPACITY_RE.match(after)  # "Nurledi selaku Kepala Bidang Koperasi"
        if capacity and capacity.group(1).lower() in ROLE_WORDS:
            appos_role, after = True, self.text[end + capacity.start(1) : end + 150]
        if opens_clause(self.text, start):  # a title or a person noun after the name, no comma
            titled = NEXT_TITLE_RE.match(after)  # "Panca Hadi Kepala Kanwil OJK Sumsel, ..."
            described = DESCRIBED_RE.match(after)  # "Sumartini pelaku UMKM asal Desa X ..."
            appos_role = (
                appos_role
                or bool(titled and titled.group(1).lower() in PERSON_TITLES)
                or bool(described and described.group(1) in PERSON_NOUNS)
                or bool(ONE_OF_NEXT_RE.match(after))  # "Flora Nawipa salah satu penerima"
            )
        verb = NEXT_VERB_RE.match(after)
        speaks = (
            verb
            and verb.group(1).lower() in SPEECH_VERBS
            and not (RELATIVE_RE.search(before) or DESCRIBING_RE.search(before))
        )
        acts = (  # "Airlangga Hartarto menyerahkan", "disampaikan oleh Hasidah"
            len(words) >= 2 and not before.strip() and ACTIVE_VERB_RE.match(after)
        ) or _said_by(before.split())
        initials = len(words) >= 2 and BRACKET_RE.match(self.text, end)
        initials = initials and (
            initials.group(1) == "".join(w[0] for w in words)
            or (initials.group(1).isupper() and loose_abbreviation(initials.group(1), words))
        ) and not _term_before(prev)  # "Jusuf Kalla (JK)", "Suhardi Duka (SDK)"
        if role_text and self._org_then_name(role_text, after):
            return  # "Manager PT Bank Mandiri Area Palu, I Made Suwastika": the bank's name
        strong = bool(role_text or honor or appos_role or initials or age)
        evidence = 2 * strong + bool(speaks or acts)
        if not evidence or evidence <= 2 * self._not_person(words, before):
            return
        role = org = None
        if role_text:
            role, org = split_role(role_text)
        elif appos_role:
            seg = re.match(r"\s*,?\s*([^,.;\n]{2,150}?)(?:,|\.|;|\n|$)", after)
            if seg:
                role, org = split_role(seg.group(1))
        person = self._add(words, role, org, introduced=True)
        self._introduced_at.setdefault(id(person), start)

    def _merge_title_words(self) -> None:
        """A one-word "person" introduced by a role is a word of another person's title when
        the text writes that role and word right before the other's name, with only
        capitalized words between ("Wadir Binmas" for "Wadir Binmas Polda Banten AKBP
        Zaenudin"): it names that person."""
        for word in [p for p in self.persons if p.role and " " not in p.name]:
            for person in self.persons:
                at = self._introduced_at.get(id(person))
                if (
                    person is not word
                    and person.kind == "person"
                    and at is not None
                    and word.name in self.text[max(0, at - 150) : at]  # spares the regex
                    and self._title_glued(word, at)
                ):
                    self._tie(word.name, person)
                    break

    def _title_glued(self, word: Person, at: int) -> bool:
        """``word``'s role and name end right before ``at``, with up to four capitalized words
        between."""
        title = r"\W+".join(map(re.escape, f"{word.role} {word.name}".split()))
        glued = rf"(?<!\w){title}(?:[^\S\n]+[A-Z][\w.-]*){{0,4}}[^\S\n]+$"
        return bool(re.compile(glued).search(self.text, max(0, at - 150), at))

    def _not_person(self, words: list[str], before: str) -> int:
        """Pieces of evidence that a run names no person: an organization word in it
        ("Kemenag Tuban", "Panitia Lomba"), a place closing it ("Mekaar Bekasi") or being it
        ("Wali Kota Gorontalo, ..."), a product, brand or place context before it, an
        organization head word right before a one-word run ("Bank Mandiri")."""
        low = [w.lower() for w in words]
        head = LAST_CAPITALIZED_RE.search(before[-60:])
        named = len(words) == 1 and head and head.group(1).lower() in ORG_HEADS  # "Bank Mandiri"
        ctx = WORDS_RE.findall(before[-100:].lower())[-3:]
        placed = self.ev.is_place(low[-1]) and not is_particle(words[0])
        return (
            any(w in ORG_HEADS or w in NOT_PERSON_WORDS for w in low)
            + any(map(self.ev.short_org, words)) * (1 + (len(words) == 1))  # "Kemkominfo", "Dinkop"
            + bool(named)
            + placed * (1 + (len(low) == 1))
            + bool(ctx and (ctx[-1] in PLACE_PREPOSITIONS or PRODUCT_WORDS.intersection(ctx)))
            + bool(ctx and ctx[-1] == "warga" and before.rstrip()[-1:].isalpha())  # "warga X"
            + bool(len(words) == 1 and UNIT_NUMERAL_BEFORE_RE.search(before))  # "RU VII X"
        )

    def _org_then_name(self, role_text: str, after: str) -> bool:
        """The run closes an organization name and the person's name follows the comma."""
        m = ORG_THEN_NAME_RE.match(after)
        if not m or not any(w.lower() in ORG_WORDS for w in role_text.split()):
            return False
        nxt = m.group(1)
        return is_particle(nxt) or is_name_token(nxt, self.ev.common)

    @staticmethod
    def _role_before(before: str) -> str | None:
        """The capitalized role/organization phrase that ends right before a name."""
        last = before.rstrip(" ,-–").rsplit(None, 1)[-1:]
        if not last or not (
            last[0].endswith((")", "&")) or not last[0].islower() or last[0] in LOWER_ROLE_WORDS
        ):
            return None  # the phrase's last word is capitalized, a role word or a bracket
        m = ROLE_PHRASE_END_RE.search(before, _chain_start(before))
        if not m:
            return None
        phrase = m.group(1)
        first = ROLE_WORD_RE.search(phrase)
        toks = [t.lower() for t in ROLE_WORD_RE.findall(phrase)]
        if not first or not any(t in ROLE_WORDS for t in toks):
            return None
        segments = [seg.strip(" -–") for seg in SEGMENT_BREAK_RE.split(phrase)]  # "Jakarta - "
        segments = [LEADING_AND_RE.sub("", seg) for seg in segments]
        starts = [i for i, seg in enumerate(segments) if seg.split(" ")[0].lower() in ROLE_WORDS]
        if starts:
            segments = segments[starts[-1] :]
        else:  # drop the dateline before the first role word ("KONTAN.CO.ID, JAKARTA. Ketua")
            first = next((i for i, seg in enumerate(segments) if _has_role(seg.split(" "))), 0)
            head = segments[first].split(" ")
            k = next((i for i, w in enumerate(head) if _has_role([w])), 0)
            title = " ".join(head[_title_start(head, k) :]).lstrip("-– ")
            segments = [title, *segments[first + 1 :]]
        return ", ".join(seg for seg in segments if seg).strip(" ,") or None

    def _add(self, words: list[str], role: str | None, org: str | None, introduced: bool) -> Person:
        words = without_haji(words)
        name = " ".join(words)
        for p in self.persons:
            if p.name == name or (p.matches(words) and len(words) <= len(p.name.split())):
                p.role, p.organization = p.role or role, p.organization or org
                p.introduced = p.introduced or introduced
                return p
            if Person(name).matches(p.name.split()) and not _other_post(role, p.role):
                p.name = name  # a fuller form of a known person
                p.role, p.organization = p.role or role, p.organization or org
                p.introduced = p.introduced or introduced
                return p
        person = Person(" ".join(self._fullest(words)), role, org, introduced=introduced)
        self.persons.append(person)
        return person

    def _fullest(self, words: list[str]) -> list[str]:
        """The longest name run in the text that contains ``words`` ("Donna" -> "Donna King")."""
        best = words
        for run in self._runs:
            if len(run) > len(best) and Person(" ".join(run)).matches(words):
                best = run
        return best

    def _find(self, words: list[str], pos: int) -> Person | None:
        """The person ``words`` name: introduced, then called by the first word of their name
        ("Fachrori" is Fachrori Umar, not Rahima Fachrori), then the one named last."""
        cands = [p for p in self.persons if p.matches(words)]
        if not cands:
            return None
        return max(
            cands,
            key=lambda p: (
                p.introduced,
                _given_name(p.name) == words[0].lower(),
                self._recent(p, pos),
                len(p.name),
            ),
        )

    def _misspelled(self, words: list[str], other_than: Person | None = None) -> Person | None:
        """The one introduced person with a name part one letter off a single-word short form
        ("Iman" for Imam Wahyu Budiana, "Kailuhu" for Marthen Keiluhu) or ending a longer
        name part ("Birin" for Sahbirin Noor, "Lia" for Nurlia Dewi), or whose full name is a
        several-word form with one word one letter off; None when no or several persons fit."""
        if len(words) > 1:  # "Mudjidah Wahab" for Mundjidah Wahab: one word one letter off;
            fits = [  # "Ratu Zakiyah" for Ratu Rachmatuzakiyah: a word ends the full one
                p
                for p in self.persons
                if p.introduced
                and (one_off(words, p.name.split()) or shortened(words, p.name.split()))
            ]
            return fits[0] if len(fits) == 1 else None
        short = words[0].lower()
        near = one_edit(short) if len(short) >= 4 else set()
        fits = [
            p
            for p in self.persons
            if p is not other_than
            and p.introduced
            and p.kind == "person"
            and len(p.name.split()) >= 2
            and any(w in near or ends_word(short, w) for w in lower_words(p.name))
        ]
        return fits[0] if len(fits) == 1 else None

    def named(self) -> list[tuple[int, int, Person]]:
        """Where the text names a person (outside quotes), and who it is."""
        return [(start, end, self.mentions.next_at(start)[1]) for start, end in self._name_spans]

    def name_words(self) -> frozenset[str]:
        """Lower-case tokens of the names of introduced persons."""
        return frozenset(w.lower() for p in self.persons if p.introduced for w in p.name.split())

    def alias(self, phrase: str) -> Person | None:
        """The person a nickname or abbreviation ("Dani", "JK", "DJPB") stands for."""
        low = phrase.lower().strip(" ,.")
        found = next((p for p in self.persons if low in p.aliases), None)
        word = phrase.strip(" ,.")
        if found or " " in word or sum(c.isupper() for c in word) < 2:
            return found
        return next(
            (p for p in self.persons if p.introduced and loose_abbreviation(word, p.name.split())),
            None,
        )

    def known(self, name: str) -> bool:
        return any(p.matches(name.split()) for p in self.persons)

    def _recent(self, person: Person, pos: int) -> int:
        offs = self._seen.get(id(person), [])
        i = bisect_left(offs, pos) - 1
        return offs[i] if i >= 0 else -1

    def _mention(self, pos: int, person: Person, salient: bool | None = None) -> None:
        self.mentions.add(pos, person)
        insort(self._seen.setdefault(id(person), []), pos)
        if salient is None:
            salient = (
                self._is_subject(pos)
                and self._first.setdefault(self.sentences.index_at(pos), person) is person
            )
        if salient:
            self.salient.add(pos, person)

    def _is_subject(self, pos: int) -> bool:
        """The name at ``pos`` (with its role) opens its clause ("Sementara itu, Menteri X
        menjanjikan", "Menurut X,") or follows a passive speech verb ("disampaikan X"); a
        name after a verb or preposition ("apresiasi Prabowo", "diminta Presiden X") is
        not the one a later "dia" or "-nya" refers to, nor is a name inside reported speech."""
        if self._possessor(pos):
            return False
        span = self.sentences.at(pos)
        if span is None or span.start > pos:
            return True
        sentence = self.text[span.start : span.end]
        for m in REPORTED_RE.finditer(sentence):
            cue_end = span.start + m.end()
            between = self.text[cue_end:pos]
            if cue_end > pos or (between and not ROLE_TAIL_RE.fullmatch(between)):
                return False  # inside reported speech: "Prabowo, lanjut dia, ingin ..."
        before = self.text[span.start : pos]
        if AFTER_SPEECH_RE.search(before):
            return False  # "Dia berharap, Mbak Ita bisa ...": the name is in the statement
        line = before[before.rfind("\n") + 1 :]
        cut = len(line)
        tail = ROLE_TAIL_RE.search(line)  # a role may hold commas: "Deputi X, Kementerian Y"
        if tail:
            cut = tail.start()
            for seg in re.finditer(r"[^,]+", tail.group()):
                if seg.group().split()[:1] and seg.group().split()[0].lower() in ROLE_WORDS:
                    cut = tail.start() + seg.start()
        clause = line[:cut].rsplit(",", 1)[-1]
        words = [w for w in clause.split() if w.lower().rstrip(".") not in HONORIFICS]
        if words and words[-1].lower() == "oleh":
            words.pop()
        if words and words[-1].lower() in ("adalah", "ialah", "yakni", "yaitu"):
            return True  # "... yang membuka pameran adalah Wagub Jatim Emil Dardak."
        if CONNECTIVE_RE.fullmatch(" ".join(words)):
            return True  # "Sementara itu Wakil Wali Kota X, Ryan menjelaskan"
        if words and words[0] in ("Sementara", "Sedangkan") and words[1:2] != ["itu"]:
            words = words[1:]  # "Sementara pelaku UMKM usaha X, Weni Arnita ..."
        lower = [w for w in words if w[:1].islower() and w.lower() not in LOWER_ROLE_WORDS]
        if len(words) >= 2 and words[-1].startswith("me") and words[-1] in SPEECH_VERBS:
            # "Nazwir menyampaikan Gubernur X telah meminta": X is what was said, not who
            return not (words[-2][:1].isupper() or words[-2].lower() in PRONOUNS)
        return not lower or words[-1].lower() in SPEECH_CUES

    def _possessor(self, pos: int) -> bool:
        """The name at ``pos`` sits between a role word and "itu"/"tersebut" ("Wakil Dewanti
        Rumpoko itu": her deputy, someone already named), so it owns the role, not the clause."""
        prev = LAST_WORD_RE.search(self.text[max(0, pos - 40) : pos])
        if not prev or prev.group(1).lower() not in ROLE_WORDS:
            return False
        return bool(POSSESSOR_RE.match(self.text, pos))

    # -- resolution ---------------------------------------------------------------------------

    def resolve(self, phrase: str | None, pos: int) -> Speaker | None:
        """The speaker a cue phrase at ``pos`` refers to; records it as the salient person."""
        self._flush_pending(pos)
        person = self._resolve(phrase or "", pos)
        if person is None:
            return None
        seen = self._seen.get(id(person), [])
        i = bisect_left(seen, pos + len(phrase or "") + 2) - 1
        if i >= 0 and seen[i] > pos:  # "kata Sekretaris Koperasi Merah Putih, Fahri Taher":
            pos = seen[i]  # salient where the phrase names the speaker, after other names in it
        self._mention(pos, person, salient=True)
        return person.speaker()

    def current(self, pos: int, other_than: Person | None = None) -> Person | None:
        """The current speaker at ``pos``: the last salient person (a speaker, a subject of a
        speech verb, the first person named in a sentence), else the last person mentioned."""
        return self.salient.last(pos, other_than) or self.mentions.last(pos, other_than)

    def _resolve(self, phrase: str, pos: int) -> Person | None:
        phrase = " ".join(phrase.split("[")[0].split()).strip(" ,.:;")  # "Susana.[red]"
        nick = ALIAS_RE.search(phrase)
        if nick and not self.alias(nick.group(1)):  # "pria yang akrab disapa Ijeck itu"
            person = self.current(pos)
            self._pending = [(at, a) for at, a in self._pending if at != pos + nick.start(1)]
            if person:
                self._tie(nick.group(1), person)
            return person
        if nick:
            return self.alias(nick.group(1))
        phrase = ALIAS_CUT_RE.sub("", phrase).strip(" ,.:;")
        phrase = " ".join(_title_spelled(w) for w in phrase.split())  # "kata Gubenur"
        low = phrase.lower()
        toks = low.split()
        if not toks or low in PRONOUNS or NYA_RE.fullmatch(low) or toks[-1] in ANAPHOR_END:
            return self.current(pos) or self.salient.next(pos) or self.mentions.next(pos)
        bare = " ".join(w for w in phrase.split(",")[0].split() if w.lower() not in HONORIFICS)
        person = self.alias(phrase) or self.alias(phrase.split(",")[0]) or self.alias(bare)
        if person:
            return person
        if phrase.islower() and len(toks) > 1 and toks[0] in DESCRIPTIONS:
            return self.current(pos)  # "kata orang nomor satu di Jabar itu": who spoke last
        if len(toks) == 1 and phrase.islower():  # "ujar teddi": a name typed in lower case
            person = self._find([phrase], pos)
            if person and person.kind == "person":
                return person
        name, role, org = self.parse_phrase(phrase)
        if name:
            words = name.split()
            person = self._find(words, pos) or self._misspelled(words)
            if person is None:
                person = self._add(words, role, org, introduced=True)
            elif role and not person.role:
                person.role, person.organization = role, org
            person.note_form(words)
            return person
        if role:
            named = self._holder(role, pos) or self._named_after(pos)
            if named or ONE_OF_RE.match(phrase):  # "kata salah satu pelaku usaha": unnamed
                return named
            return self.current(pos)  # "tegas Politisi PDI Perjuangan": who is being quoted
        return None

    def _named_after(self, pos: int) -> Person | None:
        """The person named later in the same clause as a role phrase that lost its name:
        "kata Pengawas Ahli Muda BBPOM di Bandar Lampung, Ummi Rukoyah"."""
        nxt = self.mentions.next_at(pos)
        if nxt and re.fullmatch(r"[^.!?\n“”\"]{0,100}", self.text[pos : nxt[0]]):
            return nxt[1]
        return None

    def holds(self, role: str) -> bool:
        """Some introduced person holds the role ("Bupati Purwakarta")."""
        return self._holder(role, len(self.text)) is not None

    def _holder(self, role: str, pos: int) -> Person | None:
        """The person whose role the phrase names: the same words or fewer ("Wagub", "Kades
        Wanajaya" for "Kepala Desa Wanajaya"), more
        words that are no role ("Walikota Gorontalo Dua Periode"), or the role's blend
        ("MenkopUKM", "Menhub")."""
        role_toks = set(re.findall(r"\w+", role.lower()))
        for person in sorted(self.persons, key=lambda p: -self._recent(p, pos)):
            if not person.role:
                continue
            theirs = re.findall(r"\w+", person.role.lower())
            # "Kades Wanajaya" for "Kepala Desa Wanajaya": an abbreviated role word is no extra
            extra = {t for t in role_toks - set(theirs) if not role_blend(t, tuple(theirs))}
            if not extra or (
                set(theirs) <= role_toks
                and any(t in ROLE_WORDS for t in theirs)
                and not extra & ROLE_WORDS
            ):
                return person
        return self._titled_in_sentence(role_toks, pos)

    def _titled_in_sentence(self, role_toks: set[str], pos: int) -> Person | None:
        """The introduced person without a role whose first sentence names the role before
        them: "Pangdam XVII/Cenderawasih yang baru menjabat, Mayjen TNI Muhammad Saleh Mustafa"
        holds "Pangdam"."""
        for person in sorted(self.persons, key=lambda p: -self._recent(p, pos)):
            seen = self._seen.get(id(person))
            if person.role or not person.introduced or not seen or seen[0] > pos:
                continue
            span = self.sentences.at(seen[0])
            start = span.start if span and span.start <= seen[0] else max(0, seen[0] - 200)
            if role_toks <= set(re.findall(r"\w+", self.text[start : seen[0]].lower())):
                return person
        return None

    def parse_phrase(self, phrase: str) -> tuple[str | None, str | None, str | None]:
        """(name, role, organization) of an appositive speaker phrase."""
        common = self.ev.common | self.ev.org_like | self.ev.places
        phrase = BRACKETED_RE.sub(" ", phrase)  # "Paul Simanjuntak, SH (PDI Perjuangan)": a party
        segments = [without_degrees(s) for s in phrase.split(",") if s.strip()]
        segments = [s for s in segments if s]
        name_seg = None
        for i, seg in enumerate(segments):
            toks = [t for t in seg.split() if t.lower().rstrip(".") not in HONORIFICS]
            if toks and len(toks) <= 6 and all(is_name_token(t, common) for t in toks):
                name_seg = i
                name = " ".join(toks)
                rest = ", ".join(segments[:i] + segments[i + 1 :])
                role, org = split_role(rest) if rest else (None, None)
                return name, role, org
        # no pure-name segment: the name right after the cue (the rest describes it: "Arum
        # nasabah Mekaar Bekasi"), else the last run of name tokens (after the role)
        toks = ", ".join(segments).replace(",", " , ").split()
        lead = 0
        while lead < len(toks) and is_name_token(toks[lead], common):
            lead += 1
        if lead and lead < len(toks) and toks[lead][:1].islower():
            return " ".join(toks[:lead]), None, None
        end = len(toks)
        while end and (
            toks[end - 1] in ROMAN_LETTERS
            or not is_name_token(toks[end - 1], common)
            or MINISTRY_RE.fullmatch(toks[end - 1])  # "terang Kadis Koperindag": an office
        ):
            end -= 1  # "Angkasa Pura I" ends with a numeral
        start = end
        while (
            start and is_name_token(toks[start - 1], common) and not unit_letter(toks, start - 1)
        ):
            start -= 1
        if start == end or name_seg is not None:
            words = [t for t in toks if t != ","]
            has_role = any(t.lower() in ROLE_WORDS for t in words)
            return None, (" ".join(words) if has_role else None), None
        prev = toks[start - 1] if start else ""
        run = toks[start:end]
        start += (
            self.ev.person_tail(run, prev)
            or self.ev.head_cut(run, prev)
            or self.ev.org_boundary(run, prev)
        )
        role, org = split_role(" ".join(t for t in toks[:start] if t.lower() not in HONORIFICS))
        return " ".join(toks[start:end]), role, org
