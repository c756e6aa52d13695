"""One regex for a list of whole-word phrases, shaped so ``re`` can skip ahead in C."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def phrase_pattern(
    phrases: Iterable[str], body: Callable[[str], str], cased: Callable[[str], bool]
) -> str:
    """A pattern for any of ``phrases`` standing as whole words (no word character or hyphen
    on either side); where several fit at one offset, the earliest listed wins.

    ``body(phrase)`` is the regex of the phrase's text after its first character;
    ``cased(phrase)`` says whether the phrase matches only as written (an acronym) rather
    than in any case. The pattern opens with a class of the first characters, which ``re``
    scans for directly, instead of trying every alternative at every offset.
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0].lower(), []).append(phrase)
    branches = []
    for first, members in groups.items():
        alternatives = [
            rf"(?<={re.escape(p[0])}){body(p)}" if cased(p) else f"(?i:{body(p)})" for p in members
        ]
        either = re.escape(first + first.upper())
        branches.append(f"(?<=[{either}])(?:{'|'.join(alternatives)})")
    firsts = re.escape("".join(sorted({c for g in groups for c in g + g.upper()})))
    return rf"[{firsts}](?<![\w-][{firsts}])(?:{'|'.join(branches)})(?![\w-])"
