"""Direct quotes ("...", “...”) that are speech, with their attribution cue; indirect statements.

Quote marks are paired per paragraph; a quote may run over following lines when the next
line closes it or re-opens it (the multi-paragraph convention), skipping "Baca juga"
inserts. Titles, program names and scare quotes (short, no cue) are not speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from scrapers.record import Quote

from .lexicon import CUE_PATTERN, CUE_STEMS, HONORIFICS, SPEECH_VERB_PATTERN, SPEECH_VERBS
from .names import DOTTED_NAME_WORDS
from .sentences import Sentences
from .speakers import People

MARK_RE = re.compile(r"''|\"\"|‘[‘’]|’’|[\"“”„«»‟]")  # doubled marks ‘’ ... ’’, ""Pemkab
OPENERS, CLOSERS = ("“", "„", "«", "‟", "‘‘", "‘’"), ("”", "»", "’’")
MAX_QUOTE = 3000
INSERT_RE = re.compile(r"\s*(?:baca\s+juga|lihat\s+juga|simak\s+juga|berita\s+terkait)\b", re.I)
CUE_AFTER_RE = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?P<dem>demikian\s+(?:pernyataan|keterangan|kata|ujar))|"
    rf"(?P<cue>(?:{CUE_PATTERN}))(?P<nya>nya)?)(?![\w-])"
)
NAME_AFTER_RE = re.compile(
    r"[ \t]*(?P<dem>demikian[ \t]+)?(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})"
    r"(?=[ \t]*(?:[.,]|(?:saat|ketika|usai|seusai|dalam|di|pada|kepada)\b))"
)
SHORT_WORD_RE = re.compile(rf"(?:[A-Z]|{DOTTED_NAME_WORDS})\.")  # "M.", "AA.": not a sentence end
# "di Bandarlampung, Agus Johan": a place, then the name of the one described before it
PLACE_THEN_NAME_RE = re.compile(r"di(?:[^\S\n]+[A-Z][\w'’-]*){1,3}[^\S\n]*,[^\S\n]*(?=[A-Z])")
PHRASE_STOP = frozenset(
    """di saat ketika dalam usai seusai seperti dikutip ditemui pada kepada melalui sambil seraya
    setelah sebelum ditulis kemarin lagi sebagaimana mengutip via kala tadi yang sebelumnya
    dalam menanggapi mengenai terkait soal saat dengan ke didampingi beserta""".split()
) | frozenset("senin selasa rabu kamis jumat jum'at sabtu minggu".split())
BEFORE_VERB_RE = re.compile(
    rf"(?P<np>[^.;!?\"“”]{{1,220}}?)\s+(?P<cue>{SPEECH_VERB_PATTERN})(?:\s+bahwa)?\s*[,:]?\s*$"
)
BEFORE_MENURUT_RE = re.compile(r"(?:^|[,.]\s+)(?P<cue>[Mm]enurut)\s+(?P<np>[^,.;\"“”]{1,150}),\s*$")
INDIRECT_RE = re.compile(
    rf"^(?P<np>[^\"“”;]{{1,200}}?)\s+(?P<cue>{SPEECH_VERB_PATTERN})(?:\s+bahwa)?[,:]?\s+(?P<body>[^\"“”]{{12,}})$"
)
INDIRECT_MENURUT_RE = re.compile(
    r"^(?P<cue>Menurut)(?P<np>nya|\s+[^,\"“”]{1,150}),\s+(?P<body>[^\"“”]{12,})$"
)
INDIRECT_AFTER_RE = re.compile(
    rf"^(?P<body>[^\"“”]{{12,}}?),[ \t]*(?P<cue>(?:{CUE_PATTERN}))(?P<nya>nya)?(?![\w-])"
    rf"(?P<rest>[^\"“”]{{0,200}})$"
)
TRAILING_MARKS_RE = re.compile(r"([A-Za-z][a-z]+)[.!?][^\w\s]+$")  # "Risjon.***": a sign-off
GLUED_END_RE = re.compile(r"([A-Za-z][a-z]+)[.!?][A-Z]")  # "Budi.Baca": no space after the stop
PRONOUN_NP = frozenset({"ia", "dia", "beliau"})


@dataclass
class RawQuote:
    start: int  # offsets of the text between the marks
    end: int
    close_end: int  # offset just after the closing mark


def find_marked(text: str) -> list[RawQuote]:
    """Pair quote marks into spans; unbalanced marks are dropped. A quoted title inside a
    quote ('"Kami punya gerakan "Bangga Buatan Indonesia" untuk UMKM," kata ...') stays part
    of the outer quote."""
    found: list[RawQuote] = []
    marks = list(MARK_RE.finditer(text))
    opening = [_opening_like(text, m) for m in marks]
    open_m: re.Match | None = None
    skip_until = -1
    for i, m in enumerate(marks):
        if i <= skip_until:
            continue
        ch, pos = m.group(), m.start()
        before = text[pos - 1] if pos else " "
        opening_like = opening[i]
        if open_m is not None:
            gap = text[open_m.end() : pos]
            if _reopens(text, m):
                open_m = m  # the earlier mark never closed: '. ”Dalam ...'
                continue
            if len(gap) > MAX_QUOTE:
                open_m = None
            elif "\n" in gap and not (
                _may_span(text, open_m) and _continues(text, open_m, m, opening_like)
            ):
                open_m = None
            elif "\n" in gap and opening_like and _line_start(text, pos):
                continue  # a continuation paragraph re-opens the same quote
            elif (
                not opening_like
                or ch in CLOSERS
                or ch == "''"
                or not before.isspace()
                or _before_cue(text, m)
            ):
                found.append(RawQuote(open_m.end(), pos, m.end()))
                open_m = None
                continue
            elif _nested(text, marks, opening, i):
                skip_until = i + 1
                continue
            else:
                open_m = None  # the earlier mark never closed
        if open_m is None and (
            (ch not in CLOSERS and (opening_like or _line_end(text, m.end())))
            or (ch == '"' and _line_start(text, pos) and _opens_sentence(text, m))  # '" Kami
            or (ch in CLOSERS and _opens_sentence(text, m))  # '. ”Pada ...' : a typo'd opener
        ):
            if ch == "''" and not (opening_like and _apostrophes_close(text, marks, i)):
                continue
            open_m = m
    return found


def _apostrophes_close(text: str, marks: list[re.Match], i: int) -> bool:
    """Two straight apostrophes open a quote when the next mark, on the same line, is two
    more (''Masih proses,'' tandasnya)."""
    if i + 1 >= len(marks) or marks[i + 1].group() != "''":
        return False
    return "\n" not in text[marks[i].end() : marks[i + 1].start()]


def _opening_like(text: str, m: re.Match) -> bool:
    ch, pos = m.group(), m.start()
    before = text[pos - 1] if pos else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return ch in OPENERS or (
        ch not in CLOSERS
        and (before.isspace() or before in "([—–-:.,;!?")
        and not after.isspace()
        and after not in ",.;:"
    )


def _opens_sentence(text: str, m: re.Match) -> bool:
    """A mark after a sentence end, glued or spaced, or at a line start, with a capital right
    after it ('Kendal.”Kegiatan ...', '” Pemerintah daerah ...')."""
    lead = text[max(0, m.start() - 3) : m.start()]
    after = text[m.end() : m.end() + 2].lstrip(" ")[:1]
    return after.isupper() and bool(re.search(r"[.!?]\s*$", lead) or _line_start(text, m.start()))


def _reopens(text: str, m: re.Match) -> bool:
    """A closing-style mark after a space that opens a sentence ('... peningkatan. ”Dalam'):
    an opener typed wrong, not the close of an earlier quote ('. ” Ujar Evi' is)."""
    if m.group() not in CLOSERS or not m.start() or not text[m.start() - 1].isspace():
        return False
    word = re.match(r"\s*(\w+)", text[m.end() : m.end() + 30])
    return _opens_sentence(text, m) and not (word and word.group(1).lower() in CUE_STEMS)


def _before_cue(text: str, m: re.Match) -> bool:
    """An opening-style mark before a cue closes ('semua, “ ungkap Fadia', 'ekonomi kita “
    ujar Gubernur', 'tahun ini “jelasnya')."""
    return bool(CUE_AFTER_RE.match(text, m.end()))


def _nested(text: str, marks: list[re.Match], opening: list[bool], i: int) -> bool:
    """Mark ``i`` opens a short inner quote: the next mark closes it on the same line and the
    one after closes the outer quote on the same line."""
    if i + 2 >= len(marks) or opening[i + 1] or opening[i + 2]:
        return False
    inner = text[marks[i].end() : marks[i + 1].start()]
    rest = text[marks[i + 1].end() : marks[i + 2].start()]
    return len(inner) <= 80 and "\n" not in inner and "\n" not in rest and bool(rest.strip())


def _line_start(text: str, pos: int) -> bool:
    return text[max(0, pos - 200) : pos].rsplit("\n", 1)[-1].strip() == ""


def _line_end(text: str, pos: int) -> bool:
    return text[pos : pos + 200].split("\n", 1)[0].strip() == ""


def _may_span(text: str, open_m: re.Match) -> bool:
    """Only speech runs over paragraphs: its mark opens or ends the paragraph, or follows a
    sentence end, a colon, a comma or a speech verb; a title opened mid-sentence ('dalam
    seminar "Bertahan ...') never does, even when its closing mark is lost."""
    lead = text[max(0, open_m.start() - 200) : open_m.start()].rsplit("\n", 1)[-1].rstrip()
    if not lead or lead[-1] in ".!?:," or _line_end(text, open_m.end()):
        return True
    last = re.search(r"(\w+)$", lead)
    return bool(last and (last.group(1).lower() in SPEECH_VERBS or last.group(1) == "bahwa"))


def _continues(text: str, open_m: re.Match, m: re.Match, opening_like: bool) -> bool:
    """An open quote may cross lines if the next marked line re-opens or closes it."""
    gap_lines = text[open_m.end() : m.start()].split("\n")
    body = [ln for ln in gap_lines[1:] if ln.strip() and not INSERT_RE.match(ln)]
    if len(body) > 8:
        return False
    if opening_like and _line_start(text, m.start()):
        return True
    return not opening_like


def extract_quotes(text: str, sentences: Sentences) -> tuple[list[Quote], list[RawQuote], People]:
    raw = find_marked(text)
    people = People(text, [(r.start - 1, r.close_end) for r in raw], sentences)
    quotes: list[Quote] = []
    for r in raw:
        q = _direct(text, r, people, sentences)
        if q:
            quotes.append(q)
    quotes += _indirect(text, raw, people, sentences)
    quotes.sort(key=lambda q: q.start or 0)
    return quotes, raw, people


def _direct(text: str, r: RawQuote, people: People, sentences: Sentences) -> Quote | None:
    start, end = r.start, r.end
    while start < end and text[start] in " \t\n":
        start += 1
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    body = text[start:end]
    if not body:
        return None
    cue, phrase, cue_pos = _cue_after(text, r.close_end)
    if cue is None:
        cue, phrase, cue_pos = _name_after(text, r.close_end, people)
    if cue is None:
        cue, phrase, cue_pos = _cue_before(text, r.start - 1, sentences)
    if cue is None and not _looks_like_speech(text[start : r.end].rstrip(" \t\n")):
        return None
    speaker = people.resolve(phrase, cue_pos if cue else r.start)
    return Quote(text=body, speaker=speaker, cue=cue, type="direct", start=start, end=end)


def _name_after(text: str, pos: int, people: People) -> tuple[str | None, str | None, int]:
    """ '"...," Hadianto saat menyerahkan bantuan' and '"...," demikian Hadianto.': a known
    person named right after the closing mark, with no speech verb (a wire-service style)."""
    m = NAME_AFTER_RE.match(text, pos) if text[pos - 2 : pos - 1] == "," else None
    if m and people.known(m.group("name")):
        return (m.group("dem") or "").strip(), m.group("name"), m.start("name")
    return None, None, pos


def _cue_after(text: str, pos: int) -> tuple[str | None, str | None, int]:
    m = CUE_AFTER_RE.match(text, pos)
    if not m and text[pos - 2 : pos - 1] == ",":  # '..., ” Ujar Evi': a capitalized cue
        lead = re.match(r"[ \t]*", text[pos:]).end() + pos
        m = CUE_AFTER_RE.match(text[:lead] + text[lead : lead + 12].lower(), pos)
    if not m:
        return None, None, pos
    if m.group("nya"):
        return m.group("cue") + "nya", "nya", m.start("cue")
    return (m.group("dem") or m.group("cue")), _phrase(text, m.end()), m.start()


def _phrase(text: str, pos: int) -> str:
    """The speaker phrase after a cue: up to a preposition, a day name, the sentence end
    (also when the next sentence is glued on: "kata Budi.Baca juga") or the line end."""
    out: list[str] = []
    line = text[pos : pos + 260].split("\n", 1)[0]
    for tok in re.finditer(r"\([^()\n]{0,60}\)|[^\s,()]+|,", line):
        t = tok.group()
        glued = GLUED_END_RE.match(t) or TRAILING_MARKS_RE.match(t)
        if glued:
            out.append(glued.group(1))
            break
        word = t.rstrip(".:;!?").lower()
        if word == "yang" and re.match(
            r"\s*yang\s+(?:akrab|biasa|populer)\s+di", text[pos + tok.start() :]
        ):
            word = ""  # "ujar pria yang akrab disapa Ijeck itu"
        if word == "di" and _one_of(out):
            named = PLACE_THEN_NAME_RE.match(line, tok.start())
            if named:  # "kata salah satu pelaku UMKM di Bandarlampung, Agus Johan, di ..."
                out += [",", *_phrase(text, pos + named.end()).split(",")[0].split()]
                break
        if word in PHRASE_STOP or (t.startswith("(") and re.search(r"\d", t)):
            break
        if word in HONORIFICS and re.match(r"[^\S\n]+[A-Z]", line[tok.end() :]):
            # "Camat Semanding Drh. Cipta": the name follows the abbreviation
            out.append(t)
            continue
        if t != "," and t[-1:] in ".:;!?" and not SHORT_WORD_RE.fullmatch(t):
            out.append(t[:-1])
            break
        out.append(t)
        if t == "," and len(out) > 1 and out[-2] == ",":
            break
    return " ".join(out).replace(" ,", ",").strip(" ,")


def _one_of(words: list[str]) -> bool:
    """The phrase so far describes one of many, unnamed ("salah satu pelaku UMKM")."""
    return [w.lower() for w in words[:2]] == ["salah", "satu"] or words[:1] == ["seorang"]


def _cue_before(
    text: str, open_pos: int, sentences: Sentences
) -> tuple[str | None, str | None, int]:
    line_start = text.rfind("\n", 0, open_pos) + 1
    lead = text[max(line_start, open_pos - 300) : open_pos]
    m = BEFORE_MENURUT_RE.search(lead)
    if m:
        return m.group("cue").lower(), m.group("np"), open_pos - len(lead) + m.start("np")
    cut = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "))
    lead = lead[cut + 2 :] if cut >= 0 else lead
    m = BEFORE_VERB_RE.search(lead)
    if m:
        return m.group("cue"), m.group("np"), open_pos - len(lead) + m.start("np")
    return None, None, open_pos


def _looks_like_speech(body: str) -> bool:
    words = body.split()
    if len(words) < 6:
        return False
    caps = sum(w[:1].isupper() for w in words)
    return caps < 0.6 * len(words) and bool(re.search(r"[.,?!]", body))


def _indirect(text: str, raw: list[RawQuote], people: People, sentences: Sentences) -> list[Quote]:
    out: list[Quote] = []
    marked = sorted((r.start - 1, r.close_end) for r in raw)
    starts = [a for a, _ in marked]
    for span in sentences.spans:
        i = bisect_left(starts, span.end) - 1  # the last quote opening before the sentence end
        if span.end - span.start > 1500 or (i >= 0 and marked[i][1] > span.start):
            continue
        s = text[span.start : span.end]
        after = INDIRECT_AFTER_RE.match(s)
        if after:
            q = _reported_after(text, span.start, after, people)
            if q:
                out.append(q)
            continue
        m = INDIRECT_MENURUT_RE.match(s) or INDIRECT_RE.match(s)
        if not m:
            continue
        np = m.group("np").strip()
        if not _is_person_np(np, people):
            continue
        speaker = people.resolve(np, span.start + m.start("np"))
        if speaker is None:
            continue
        b0, b1 = span.start + m.start("body"), span.start + m.end("body")
        while b1 > b0 and text[b1 - 1] in ".!? ":
            b1 -= 1
        out.append(
            Quote(
                text=text[b0:b1],
                speaker=speaker,
                cue=m.group("cue").lower(),
                type="indirect",
                start=b0,
                end=b1,
            )
        )
    return out


def _reported_after(text: str, base: int, m: re.Match, people: People) -> Quote | None:
    """ "Penyaluran KUR akan dipercepat, kata Teten." / "..., ujarnya.": speech without
    quote marks, attributed after it."""
    cue_pos = base + m.start("cue")
    if m.group("nya"):
        cue, phrase = m.group("cue") + "nya", "nya"
    else:
        cue, phrase = m.group("cue"), _phrase(text, base + m.end("cue"))
        if not phrase or not _is_person_np(phrase, people):
            return None
    speaker = people.resolve(phrase, cue_pos)
    if speaker is None:
        return None
    b0, b1 = base + m.start("body"), base + m.end("body")
    return Quote(text=text[b0:b1], speaker=speaker, cue=cue, type="indirect", start=b0, end=b1)


def _is_person_np(np: str, people: People) -> bool:
    """A pronoun, or a phrase naming a known person or a person with a role."""
    if np.lower().strip() in PRONOUN_NP | {"nya"} or people.alias(np):
        return True
    name, role, _ = people.parse_phrase(np)
    if name is None and role and len(np.split()) <= 4:  # "Bupati Purwakarta menyatakan"
        return people.holds(role)
    return bool(name and (role or people.known(name)))
