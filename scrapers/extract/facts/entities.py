"""Entities: programs and institutions from the gazetteer, ad-hoc "Long Form (ACR)" pairs, people.

Acronym and long form count as one entity; aliases list the forms seen in the text.
"""

from __future__ import annotations

import re

from scrapers.record import Entity

from .gazetteer import GAZETTEER
from .lexicon import ORG_HEADS
from .phrases import phrase_pattern
from .speakers import People


def _body(form: str) -> str:
    """A form's regex: any run of spaces for a space, its commas optional."""
    return re.escape(form).replace(r"\ ", r"\s+").replace(",", ",?")


def _cased(form: str) -> bool:
    return form.isupper() or "-" in form


_FORM_TO_ENTRY: dict[str, int] = {}
_ALTS = []
for _i, (_name, _kind, _forms) in enumerate(GAZETTEER):
    for _form in _forms:
        _FORM_TO_ENTRY[_form.lower()] = _i
        _ALTS.append(_form)
_ALTS.sort(key=len, reverse=True)
GAZ_RE = re.compile(phrase_pattern(_ALTS, lambda f: _body(f[1:]), _cased))
PAIR_RE = re.compile(  # the first word written out front lets ``re`` scan for a capital
    r"([A-Z][\w'’-]*\s+(?:dan\s+|&\s+)?(?:[A-Z][\w'’-]*\s+(?:dan\s+|&\s+)?){0,7}[A-Z][\w'’-]*)"
    r"\s+\(([A-Z][A-Za-z-]{1,12})\)"
)


def find_entities(text: str, people: People | None = None) -> list[Entity]:
    found: dict[str, Entity] = {}
    order: list[str] = []

    def add(name: str, kind: str, form: str) -> None:
        ent = found.get(name)
        if ent is None:
            ent = found[name] = Entity(name=name, kind=kind, aliases=[], count=0)
            order.append(name)
        ent.count += 1
        if form not in ent.aliases:
            ent.aliases.append(form)

    for m in GAZ_RE.finditer(text):
        form = " ".join(m.group().split())
        idx = _FORM_TO_ENTRY.get(form.lower())
        if idx is None:
            idx = _FORM_TO_ENTRY.get(form.lower().replace(",", ""))
        if idx is None:
            continue
        name, kind, _ = GAZETTEER[idx]
        add(name, kind, form)
    known = {a.lower() for e in found.values() for a in e.aliases}
    for m in PAIR_RE.finditer(text):
        long_form, acr = m.group(1).strip(), m.group(2)
        if acr.lower() in known or long_form.lower() in known:
            continue
        if not _acronym_fits(long_form, acr):
            continue
        count = len(re.findall(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text))
        kind = "institution" if long_form.split()[0].lower() in ORG_HEADS else "program"
        ent = Entity(name=long_form, kind=kind, aliases=[acr, long_form], count=max(1, count))
        found[long_form] = ent
        order.append(long_form)
        known |= {acr.lower(), long_form.lower()}
    if people:
        for person in people.persons:
            if person.introduced:
                n = len(people._seen.get(id(person), [])) or 1
                aliases = sorted(person.forms) + sorted(
                    person.aliases - {f.lower() for f in person.forms}
                )
                found[person.name] = Entity(
                    name=person.name, kind=person.kind, aliases=aliases, count=n
                )
                order.append(person.name)
    return [found[n] for n in dict.fromkeys(order)]


def _acronym_fits(long_form: str, acr: str) -> bool:
    """ "Rencana Pembangunan Jangka Menengah Daerah" fits "RPJMD"; initials in order."""
    initials = "".join(w[0] for w in long_form.split() if w[0].isupper())
    letters = [c for c in acr.upper() if c.isalpha()]
    it = iter(initials.upper())
    return (
        len(letters) >= 2
        and all(c in it for c in letters[:2])
        and letters[0] == initials[:1].upper()
    )
