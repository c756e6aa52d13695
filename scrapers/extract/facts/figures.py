"""Figures: every quantity a researcher tracks, normalized ("Rp70 triliun" -> 7e13 IDR).

Dates, years, clock times, phone numbers, regulation numbers, ordinals and labels
("PPKM Level 4", "Galaxy S6") are not figures. All patterns are bounded, so scanning is
linear in the text length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from scrapers.record import Figure

from .about import about
from .lexicon import (
    CURRENCY_WORDS,
    DOLLAR_COUNTRY,
    LABEL_WORDS,
    MONTHS,
    NP_BREAK,
    PERCENT_WORDS,
    PREFIXED_NOUNS,
    QUANTITY_CUES,
    STOP,
    TIME_WORDS,
)
from .numerals import SPELLED_RE, parse_digits, scale, scaled, spelled_value
from .sentences import Sentences

_CUR = r"(?P<cur>(?:Rp|RP|rp)\.?\s?|US\s?\$\s?|USD\s?|IDR\s?|S\$\s?|\$\s?|€\s?)"
_NUM = r"\d{1,15}(?:[.,]\d{1,15}){0,8}"
# the first-character test up front spares the alternation at most offsets
NUM_RE = re.compile(
    rf"(?=[RrUIS$€\d])(?:{_CUR}|(?<![\w.,/:\-$])|(?<=[\s(]-))(?P<num>{_NUM})(?!\d)"
)  # a minus after a space only for a share: "melambat -0,31 persen"
_SCALE_WORDS = (
    r"ribu-an|ribuan|ribu|rb|juta-an|jutaan|juta|jt|mill?i?y?aran|mill?i?y?ar|milyar"
    r"|trill?i?y?unan|trill?i?y?un|M|T"
)
GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")  # thousands grouped: "28.520"
CURRENCY_CODES = frozenset(CURRENCY_WORDS.values()) | frozenset(DOLLAR_COUNTRY.values()) | {"IDR"}
COMMA_GROUPED_RE = re.compile(r"\d{1,3},\d{3}")  # "8,628": thousands, in English notation
MEASURES = frozenset(
    "ton kg kilogram gram gr km kilometer meter m2 hektare hektar ha liter kwh mw gwh".split()
)
PERCENT_SIGN_RE = re.compile(r"[^\S\n]?%")
YEAR_AFTER_RE = re.compile(r"[^\S\n]+(?:19|20)\d\d(?!\d)")
COMPOUND_RE = re.compile(  # "juta 500 ribu", "ribu 800 pelaku": no range, no date after it
    r"[^\S\n]+(?P<num>[1-9]\d{0,2})(?:[^\S\n]?(?P<scale>ribu|rb|juta|jt))?(?![\d/:-]|[.,]\d)"
)
ENGLISH_MONTHS = frozenset(
    "january february march may june july august october december".split()
)  # the ones Indonesian does not spell the same ("April", "September", "November")
HIJRI_MONTHS = frozenset(
    "muharram muharam safar rabiul jumadil rajab syaban sya'ban ramadan ramadhan syawal"
    " zulkaidah dzulkaidah zulhijah dzulhijjah".split()
)
DATE_MONTHS = MONTHS | ENGLISH_MONTHS | HIJRI_MONTHS  # a day number before one is a date
SCALE_RE = re.compile(rf"\s?(?P<scale>{_SCALE_WORDS})(?![\w])", re.IGNORECASE)
RANGE_RE = re.compile(
    rf"\s?(?:-|–|—|s\.?/?d\.?|hingga|sampai(?:\s+dengan)?)\s?(?:(?:Rp|RP)\.?\s?)?(?P<num>{_NUM})(?![\d\w/])"
)
WRAPPED_WORD_RE = re.compile(r"[^\S\n]?\n(?P<w>[A-Za-z]+)\b")
BRACKET_UNIT_RE = re.compile(r"[^\S\n]?\((?P<w>[A-Za-z]{2,30})\)")
WORD_RE = re.compile(r"[ \t\xa0]{0,3}(?P<w>[A-Za-z][A-Za-z'’-]{0,40}(?:/[A-Za-z][A-Za-z-]{0,20})?)")
# "Rp4, 8 Triliun": a decimal comma typed with a space
SPLIT_DECIMAL_RE = re.compile(rf",\s(?P<frac>\d)(?={SCALE_RE.pattern})", re.IGNORECASE)
RESTATED_RE = re.compile(rf"\s?\((?:{SPELLED_RE.pattern})\)", re.IGNORECASE)  # "2 (dua) agenda"
SPELLED_RANGE_RE = re.compile(
    rf"\s+(?:-|–|hingga|sampai(?:\s+dengan)?|s\.?d\.?)\s+(?P<hi>{SPELLED_RE.pattern})",
    re.IGNORECASE,
)
PREV_WORDS_RE = re.compile(r"([A-Za-z][\w'’.-]{0,40})[\s(]*$")
QUALIFIER_RE = re.compile(
    r"(?:^|\s)(?P<q>sekitar|sekira|kurang lebih|hampir|lebih dari|kurang dari|tak kurang dari|"
    r"tidak kurang dari|mencapai|hingga|sampai|minimal|maksimal|paling banyak|paling sedikit|"
    r"setidaknya|sedikitnya|di atas|di bawah)\s+(?:(?:sebesar|sebanyak|senilai)\s+)?$",
    re.IGNORECASE,
)
COMPARATIVES = frozenset(
    "tinggi rendah besar kecil banyak sedikit cepat lambat baik mahal murah".split()
)
ADJECTIVE_RE = re.compile(
    r"^(?:\w+(?:ional|onal|if|ikal|(?<!j)ual|eral)|domestik|lokal|asing|global|swasta|mandiri|"
    r"baru|lama|utama|muda|tua|resmi|aktif|formal|informal)$"
)
ELIDED = "…"  # unit placeholder: the counted noun comes from an earlier figure
NUMBERED_NAME_RE = re.compile(
    r"(?<![\w.,])(\d{1,4}|satu|one)\s+[A-Za-z][\w-]{1,30}\s+\1\s+[A-Za-z][\w-]{1,30}",
    re.IGNORECASE,
)
BARE_VERBS = frozenset("naik turun tumbuh masuk ikut habis".split())  # "100an naik kelas"
COUNTED_CUES = frozenset("level posisi angka".split())  # cue before a number, noun after it
APPROX_RE = re.compile(r"-?an(?![\w-])")  # "Rp20an triliun", "30-an tahun": about so many
GLUED_AFTER_RE = re.compile(r"[/:]\d|-[A-Za-z]|[.,]\d|\s\d")  # "27/11", "15:48", "0812 345"
DIGIT_BEFORE_RE = re.compile(r"\d\s$")
LETTER_RE = re.compile(r"[A-Za-z]")
LETTERS_RE = re.compile(r"[A-Za-z]+")
LEBIH_RE = re.compile(r"\slebih\b")
NUMBER_AFTER_RE = re.compile(r"[^\S\n]+\d")  # "15 Desa 2 Kelurahan": a count next to one
NUMBER_BEFORE_RE = re.compile(r"\d[^\S\n]+\S+[^\S\n]+$")
NOT_UNITS = NP_BREAK - COUNTED_CUES - frozenset("rp usd idr us".split())  # "600 ribu jadi"
PARTICLES = frozenset("gak nggak ngga enggak ga kok sih dong deh lho kan pun".split())
REST_WORDS = frozenset("sisa selebih".split())  # "26 juta sisanya": the rest, no unit
HIJRI_AFTER_RE = re.compile(r"[^\S\n]?(?:H\b|Hijr)", re.I)
HIJRI_BEFORE_RE = re.compile(
    r"(?:Fitri|Adha|Ramadh?an|Syawal|Muharr?am|Dzulhijj?ah|Zulhijj?ah|Hijriah|Hijriyah)[^\S\n]+$"
)
VERB_PREFIX_RE = re.compile(r"^(?:me|ber|di|ter)[a-z]{3,}$")


def find_figures(
    text: str,
    sentences: Sentences,
    max_year: int = 2100,
    person_words: frozenset[str] = frozenset(),
) -> list[Figure]:
    """All figures in ``text`` in order of appearance; ``person_words`` (lower-case tokens of
    people's names) never enter a figure's ``about``."""
    found: list[Figure] = []
    taken_until = -1
    for m in NUM_RE.finditer(text):
        if m.start() < taken_until:
            continue
        fig = _digit_figure(text, m, max_year)
        if fig:
            found.append(fig)
            taken_until = fig.end
    digit_spans = [(f.start, f.end) for f in found]
    starts = [a for a, _ in digit_spans]
    spelled_until = -1
    for m in SPELLED_RE.finditer(text):
        if m.start() < spelled_until:
            continue  # the upper end of a spelled range
        fig = _spelled_figure(text, m)
        i = bisect_right(starts, m.start()) - 1
        if fig and not (i >= 0 and digit_spans[i][1] > m.start()):
            found.append(fig)
            spelled_until = fig.end
    found.sort(key=lambda f: f.start)
    found = _resolve_elided(_drop_numbered_names(text, found), sentences)
    for i, fig in enumerate(found):
        fig.sentence = sentences.text_at(fig.start)
        prev = found[i - 1] if i else None
        fig.about = about(text, fig, prev, sentences.at(fig.start), person_words)
    return found


def _digit_figure(text: str, m: re.Match, max_year: int) -> Figure | None:
    num, cur = m.group("num"), m.group("cur")
    value = parse_digits(num)
    if value is None:
        return None
    start, end = m.start(), m.end()
    approx = APPROX_RE.match(text, end)
    if approx:
        end = approx.end()
    split = SPLIT_DECIMAL_RE.match(text, end) if cur else None
    if split:  # "Rp4, 8 Triliun": a decimal comma typed with a space
        value, end = parse_digits(f"{num},{split.group('frac')}"), split.end("frac")
    nxt = text[end : end + 3]
    if num[0] == "0" and len(num) > 1 and not num.startswith("0,"):
        return None  # phone numbers, clock times, zero-padded ids
    if GLUED_AFTER_RE.match(nxt):
        return None  # dates 27/11, times 15:48, ids, phone groups
    if DIGIT_BEFORE_RE.search(text[max(0, start - 2) : start]):
        return None
    sm = SCALE_RE.match(text, end)
    if sm and not cur and sm.group("scale") in ("M", "T") and num.isdigit() and sm.start() == end:
        return None  # "daerah 3T", "protokol 5M": an acronym, not "Rp3 T"
    mult = scale(sm.group("scale")) if sm else None
    if mult is not None:
        end = sm.end()
        value, end = _compound(text, end, value, mult)
    elif LETTER_RE.match(nxt):
        return None  # 4G, 2UM: part of a name
    value_max = None
    rm = RANGE_RE.match(text, end)
    if rm:
        hi = parse_digits(rm.group("num"))
        if hi is not None:
            r_end = rm.end()
            sm2 = SCALE_RE.match(text, r_end)
            mult2 = scale(sm2.group("scale")) if sm2 else None
            if mult2 is not None:
                r_end = sm2.end()
            if _is_date_after(text, r_end):
                return None
            if mult2 is not None or mult is not None or hi > value:
                value_max = scaled(hi, mult2 or mult)
                mult = mult or mult2
                end = r_end
    if mult is None and _is_date_after(text, end):
        return None
    val = scaled(value, mult)
    restated = RESTATED_RE.match(text, end)
    if restated:  # "2 (dua) agenda"
        end = restated.end()
    before_unit = end
    unit, end, qual_after = _unit(text, end, cur)
    if unit in TIME_WORDS and YEAR_AFTER_RE.match(text, end):
        unit, end = None, before_unit  # "6 ribu 800 tahun 2014": "tahun" opens a date
    english = not (cur or mult) and COMMA_GROUPED_RE.fullmatch(num)
    if english and (unit is None or _discrete(unit)):
        val = value = parse_digits(num.replace(",", "."))  # "8,628 kreditur": English grouping
    negative = not cur and text[start - 1 : start] == "-"
    if negative and unit != "percent":
        return None  # a dash, not a minus
    if negative:
        val, start = -val, start - 1
    after = WORD_RE.match(text, end)
    if unit is None and after and after.group("w").lower() in ("wib", "wita", "wit"):
        return None  # clock time
    if unit and unit.lower() in ("fm", "am", "mhz", "khz"):
        return None  # "Idola 92,6 FM": a radio station
    strong = bool(cur or mult or unit in ("percent", "times") or (unit and unit.isupper()))
    prev = _prev_word(text, start)
    if prev and prev.lower().rstrip(".:") in LABEL_WORDS and not cur:
        return None
    # a count in a title-case headline ("Kuota 90 Orang") or a list ("15 Desa 2 Kelurahan")
    counted = unit is not None and (_title_line(text, start) or _in_list(text, start, end))
    if (
        prev
        and not strong
        and not counted
        and (val < 1000 or unit is None)
        and not GROUPED_RE.fullmatch(num)  # "UKM Pertanian 28.520": a label has no "."
        and _is_label_caps(text, start, prev)
    ):
        return None
    if prev and not cur and not counted and _in_title_name(text, start, end, prev):
        return None  # "Gerakan Nasional 1000 Startup Digital"
    if not (cur or mult) and unit and not _qualifier(text, start) and _numbered_name(
        text, start, end, unit
    ):
        return None
    plain = not cur and not mult and "." not in num and "," not in num
    if plain and _hijri_year(text, start, m.end(), value):
        return None  # "Idul Fitri 1443 Hijriah", "1 Syawal 1443 H"
    if plain and 1900 <= value <= max_year and value == int(value):
        if unit not in ("percent", "times") and not _has_cue(text, start):
            return None  # a year
    if plain and unit is None and (approx or not _has_cue(text, start)):
        return None
    if unit is None and not cur and not mult and value < 1000 and not _has_cue(text, start):
        return None
    qual = _qualifier(text, m.start()) or qual_after or ("sekitar" if approx else None)
    return Figure(
        raw=text[start:end].strip(),
        value=val,
        value_max=value_max,
        unit=unit,
        qualifier=qual,
        start=start,
        end=end,
    )


def _spelled_figure(text: str, m: re.Match) -> Figure | None:
    words = m.group()
    value = spelled_value(words)
    if value is None:
        return None
    start = m.start()
    capital = words[0].isupper() and not _sentence_start(text, start)
    prev = _prev_word(text, start)
    if prev and prev.lower() in LABEL_WORDS | {"salah", "ke"}:
        return None
    end = m.end()
    sm = SCALE_RE.match(text, end)
    if sm and sm.group("scale").lower() in ("m", "t"):
        sm = None
    if sm:
        value = scaled(value, scale(sm.group("scale")))
        end = sm.end()
    elif value == 1:
        return None  # "satu" counts only with a scale word ("satu juta")
    value_max = None
    rng = SPELLED_RANGE_RE.match(text, end)
    hi = spelled_value(rng.group("hi")) if rng else None
    if hi and hi > value:  # "lima sampai sepuluh orang"
        value_max, end = hi, rng.end()
    unit, end, qual_after = _unit(text, end, None)
    if (unit is None and not sm) or (capital and not _title_line(text, start)):
        return None  # "Lima" the city, a name; but "Dua Kopdes" in a title-case headline
    return Figure(
        raw=text[start:end].strip(),
        value=value,
        value_max=value_max,
        unit=unit,
        qualifier=_qualifier(text, start) or qual_after,
        start=start,
        end=end,
    )


def _unit(text: str, pos: int, cur: str | None) -> tuple[str | None, int, str | None]:
    """(unit, end offset, qualifier written after the number) for a number ending at ``pos``."""
    qual = None
    sign = PERCENT_SIGN_RE.match(text, pos)  # "57,25%" or "57,25 %"
    if sign:
        return "percent", sign.end(), _lebih_after(text, sign.end())
    if cur:
        c = cur.strip().rstrip(".").upper().replace(" ", "")
        code = {"RP": "IDR", "IDR": "IDR", "S$": "SGD", "€": "EUR"}.get(c, "USD")
        return code, pos, _lebih_after(text, pos)
    br = BRACKET_UNIT_RE.match(text, pos)  # "12 juta (UMKM)"
    if br and _countable(br.group("w")):
        return _norm(br.group("w")), br.end(), None
    wm = WORD_RE.match(text, pos)
    if not wm:
        wrapped = WRAPPED_WORD_RE.match(text, pos)  # "1 Milyar\nrupiah": a hard-wrapped line
        if wrapped and wrapped.group("w").lower() in CURRENCY_WORDS:
            return CURRENCY_WORDS[wrapped.group("w").lower()], wrapped.end(), None
        return None, pos, None
    word = wm.group("w")
    low = word.lower()
    if low == "lebih":
        after = WORD_RE.match(text, wm.end())
        if after and after.group("w").lower() not in COMPARATIVES | {"dari"}:
            qual, pos = "lebih", wm.end()
            wm, word = after, after.group("w")
            low = word.lower()
        else:
            return None, pos, None
    if low in PERCENT_WORDS:
        return "percent", wm.end(), qual or _lebih_after(text, wm.end())
    if low.startswith("persen") and low[6:] in STOP:  # "17,63 persenterhadap": a lost space
        return "percent", wm.start() + 6, qual
    if low == "kali":
        lip = WORD_RE.match(text, wm.end())
        end = lip.end() if lip and lip.group("w").lower() == "lipat" else wm.end()
        return "times", end, qual
    if low in ("dolar", "dollar"):
        after = WORD_RE.match(text, wm.end())
        if after and after.group("w").lower() in DOLLAR_COUNTRY:
            return DOLLAR_COUNTRY[after.group("w").lower()], after.end(), qual
        return "USD", wm.end(), qual
    if low in CURRENCY_WORDS:
        return CURRENCY_WORDS[low], wm.end(), qual
    if low in ("lainnya", "lain"):
        return ELIDED, wm.end(), qual  # "5 beroperasi, 82 lainnya": the noun is elided
    if not _countable(word):
        return None, pos, qual
    if ADJECTIVE_RE.match(low):
        return ELIDED, pos, qual  # "dua internasional": the noun is elided
    end = wm.end()
    unit = _norm(word)
    nxt = WORD_RE.match(text, end)
    if nxt and text[end : nxt.start()].strip() == "":
        second = nxt.group("w")
        if low == "pelaku" or (low == "usaha" and second.lower() in ("mikro", "kecil", "menengah")):
            unit, end = f"{unit} {_norm(second)}", nxt.end()
    return unit, end, qual


def _drop_numbered_names(text: str, found: list[Figure]) -> list[Figure]:
    """ "1 Desa 1 Produk", "program 1 rekening 1 pelajar": names, not quantities."""
    spans = [(m.start(), m.end()) for m in NUMBERED_NAME_RE.finditer(text)]
    if not spans:
        return found
    return [f for f in found if not any(a <= f.start < b for a, b in spans)]


def _resolve_elided(found: list[Figure], sentences: Sentences) -> list[Figure]:
    """ "27 penerbangan domestik dan dua internasional": the elided noun is the unit of the
    previous count in the same sentence; with none, the number is no figure."""
    out: list[Figure] = []
    for fig in found:
        if fig.unit == ELIDED:
            prev = out[-1] if out else None
            same = prev and sentences.index_at(prev.start) == sentences.index_at(fig.start)
            if not (same and prev.unit and prev.unit not in ("percent", "times", "IDR", "USD")):
                continue
            fig.unit = prev.unit
        out.append(fig)
    return out


def _lebih_after(text: str, pos: int) -> str | None:
    """ "90% lebih" qualifies the figure; "10% lebih tinggi" does not."""
    if not LEBIH_RE.match(text[pos : pos + 8]):
        return None
    after = WORD_RE.match(text, pos + 6)
    return None if after and after.group("w").lower() in COMPARATIVES else "lebih"


def _compound(text: str, end: int, value: float, mult: float) -> tuple[float, int]:
    """ "Rp2 juta 500 ribu", "6 ribu 800": a smaller amount spoken after the scale adds to it
    (returned in units of ``mult``)."""
    m = COMPOUND_RE.match(text, end)
    if not m:
        return value, end
    sub = parse_digits(m.group("num"))
    sub_mult = scale(m.group("scale")) if m.group("scale") else 1
    if sub is None or not sub_mult or sub * sub_mult >= mult or (sub_mult == 1 and sub < 100):
        return value, end
    return value + sub * sub_mult / mult, m.end()


def _discrete(unit: str | None) -> bool:
    """A counted noun ("kreditur", "UMKM"), not a measure, a currency, a share or a multiple."""
    return (
        bool(unit)
        and unit not in CURRENCY_CODES
        and unit not in ("percent", "times")
        and unit.split()[0].lower() not in MEASURES
    )


def _countable(word: str) -> bool:
    """A noun that can be counted: not a function word, verb, month or -nya form; both
    halves of a slash compound ("kabupaten/kota") must be."""
    if "/" in word:
        return all(_countable(p) or (len(p) == 1 and p.isupper()) for p in word.split("/"))
    low = word.lower()
    if low in NOT_UNITS or (low.endswith("nya") and low[:-3] in NOT_UNITS | REST_WORDS):
        return False  # "600 ribu jadi", "26 juta sisanya"; but "30 pembinanya" counts
    if low in STOP or low in BARE_VERBS or low in QUANTITY_CUES - COUNTED_CUES or low in MONTHS:
        return False
    if low in ("wib", "wita", "wit") or low in PARTICLES:
        return False
    if VERB_PREFIX_RE.match(low) and low not in PREFIXED_NOUNS:
        return False
    return len(word) >= 2


def _norm(word: str) -> str:
    """Acronyms keep their case ("UKM"), other words are lower-cased ("Pelaku" -> "pelaku")."""
    return word if sum(c.isupper() for c in word) >= 2 else word.lower()


def _prev_word(text: str, start: int) -> str | None:
    """The word before ``start`` in the same sentence, if any."""
    m = PREV_WORDS_RE.search(text[max(0, start - 40) : start])
    if not m or m.group(1)[-1] in ".!?" or "\n" in text[max(0, start - 40) + m.end(1) : start]:
        return None
    return m.group(1)


def _title_line(text: str, start: int) -> bool:
    """The line holding ``start`` is a title-case headline."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return _title_case(text[line_start : line_end if line_end >= 0 else len(text)])


@lru_cache(maxsize=256)
def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def _numbered_name(text: str, start: int, end: int, unit: str) -> bool:
    """ "sosialisasi 4 Pilar di ...": a single capitalized word after a one-digit number
    mid-sentence, outside a headline, that the text never writes in lower case, names
    something ("7 Pusat Pelatihan Kerja", "12.120 Jakpreneur" are counted)."""
    raw = text[start:end].split()
    word = raw[-1]
    if not (len(raw) == 2 and len(raw[0]) == 1 and raw[0].isdigit()):
        return False
    if not word[:1].isupper() or sum(c.isupper() for c in word) >= 2 or "/" in unit:
        return False
    if re.match(r"[^\S\n]+[A-Z]", text[end : end + 2]):
        return False
    if _sentence_start(text, start) or _title_line(text, start) or _in_list(text, start, end):
        return False
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is None


def _in_list(text: str, start: int, end: int) -> bool:
    """A count next to another count: "15 Desa 2 Kelurahan"."""
    return bool(
        NUMBER_AFTER_RE.match(text[end : end + 3])
        or NUMBER_BEFORE_RE.search(text[max(0, start - 40) : start])
    )


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" ")
    return not before or before[-1] in ".!?\n\"“'‘(:-–|"


def _is_label_caps(text: str, start: int, prev: str) -> bool:
    """A number right after a capitalized word mid-sentence is part of a name ("Level 4")."""
    if not prev[0].isupper() or prev.lower() in STOP:
        return False
    if prev.lower() in MONTHS:
        return False
    gap = text[max(0, start - 40) : start]
    idx = gap.rfind(prev)
    return not _sentence_start(text, start - (len(gap) - idx))


def _in_title_name(text: str, start: int, end: int, prev: str) -> bool:
    """A number between capitalized words mid-sentence, outside a title-case headline line."""
    after = WORD_RE.match(text, end)
    if not after or text[end : after.start()].strip() or not after.group("w")[0].isupper():
        return False
    if after.group("w").isupper() or not _is_label_caps(text, start, prev):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    words = text[line_start : line_end if line_end >= 0 else len(text)].split()
    return sum(w[:1].isupper() for w in words) < 0.6 * len(words)


def _hijri_year(text: str, start: int, end: int, value: float) -> bool:
    """A year of the Islamic calendar: after a feast or month name, or before "H"/"Hijriah"."""
    if not 1300 <= value <= 1600 or value != int(value):
        return False
    return bool(HIJRI_AFTER_RE.match(text, end) or HIJRI_BEFORE_RE.search(text, 0, start))


def _has_cue(text: str, start: int) -> bool:
    words = LETTERS_RE.findall(text[max(0, start - 30) : start])[-2:]
    return any(w.lower() in QUANTITY_CUES for w in words)


def _is_date_after(text: str, pos: int) -> bool:
    """A month follows: "17 Agustus", "17 May", "2 Ramadan" (a day of a Hijri month)."""
    wm = WORD_RE.match(text, pos)
    return bool(
        wm
        and wm.group("w").lower().rstrip(".") in DATE_MONTHS
        and text[pos : wm.start()].strip() == ""
    )


def _qualifier(text: str, start: int) -> str | None:
    m = QUALIFIER_RE.search(text[max(0, start - 40) : start])
    return m.group("q").lower() if m else None
