"""Indonesian number notation: '.' groups thousands, ',' is the decimal mark; scale words;
spelled numbers.

Pure functions, no context rules: ``parse_digits("194.536") == 194536.0``,
``scale("triliun") == 1e12``, ``spelled_value("empat setengah") == 4.5``.
"""

from __future__ import annotations

import re
from decimal import Decimal

SCALES = {
    "ribu": 1e3, "rb": 1e3, "ribuan": 1e3, "ribu-an": 1e3,
    "juta": 1e6, "jt": 1e6, "jutaan": 1e6, "juta-an": 1e6,
    "miliar": 1e9, "milyar": 1e9, "milliar": 1e9, "miliyar": 1e9, "m": 1e9,
    "miliaran": 1e9, "milyaran": 1e9,
    "triliun": 1e12, "trilyun": 1e12, "trilliun": 1e12, "triliyun": 1e12, "t": 1e12,
    "triliunan": 1e12, "trilyunan": 1e12,
}  # fmt: skip

UNITS = {
    "nol": 0, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
    "seribu": 1e3, "sejuta": 1e6, "semiliar": 1e9, "setriliun": 1e12,
}  # fmt: skip
DIGIT_WORDS = {"satu": 1, **{k: v for k, v in UNITS.items() if v < 10}}

# A spelled number: "tiga", "dua belas", "dua puluh lima", "empat setengah", "seratus".
_D = "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))
_SPELLED = (
    rf"(?:(?:{_D})\s+(?:belas|puluh(?:\s+(?:{_D}))?|ratus)"
    rf"|sepuluh|sebelas|seratus|seribu|sejuta|(?:{_D})(?:\s+setengah)?)"
)
_FIRST = "".join(sorted({w[0] for w in DIGIT_WORDS} | {"s"}))  # a cheap first-letter test
SPELLED_RE = re.compile(rf"(?=[{_FIRST}])(?<![\w-])(?:{_SPELLED})(?![\w-])", re.IGNORECASE)


def parse_digits(token: str) -> float | None:
    """Value of a digit token in Indonesian notation, None when it is not one number.

    "194.536" -> 194536, "1,5" -> 1.5, "8.925,47" -> 8925.47, "292.6" -> 292.6 (a lone
    non-3-digit group after a dot is read as a decimal), "41.2.3" -> None.
    """
    if not token or len(token) > 40:
        return None
    dots, commas = token.count("."), token.count(",")
    if dots and commas:
        if token.rfind(",") < token.rfind(".") or commas > 1:
            return None
        whole, frac = token.split(",")
        return _grouped(whole, frac)
    if dots:
        groups = token.split(".")
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return float("".join(groups))
        if dots == 1:
            return float(token)
        return None
    if commas == 1:
        return float(token.replace(",", "."))
    if commas:
        groups = token.split(",")
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return float("".join(groups))
        return None
    return float(token)


def _grouped(whole: str, frac: str) -> float | None:
    groups = whole.split(".")
    if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        return None
    return float("".join(groups) + "." + frac)


def scaled(value: float, multiplier: float | None) -> float:
    """``value`` times ``multiplier`` without binary noise: 273,9 miliar is 273900000000,
    not 273899999999.99997."""
    if not multiplier or multiplier == 1:
        return value
    return float(Decimal(repr(value)) * Decimal(repr(multiplier)))


def scale(word: str) -> float | None:
    """Multiplier of a scale word ("juta" -> 1e6); "M"/"T" only as written upper-case."""
    if word in ("M", "T"):
        return SCALES[word.lower()]
    low = word.lower()
    if low in ("m", "t"):
        return None
    return SCALES.get(low) or SCALES.get(low.replace("ll", "l").replace("y", "").replace(
        "lar", "liar").replace("lun", "liun"))  # "trilun", "milar": a letter dropped


def spelled_value(words: str) -> float | None:
    """Value of a spelled number matched by SPELLED_RE ("dua puluh lima" -> 25)."""
    parts = words.lower().split()
    if not parts:
        return None
    if len(parts) == 1:
        return float(DIGIT_WORDS.get(parts[0], UNITS.get(parts[0], 0))) or None
    head = DIGIT_WORDS.get(parts[0])
    if head is None:
        return None
    if parts[1] == "setengah":
        return head + 0.5
    if parts[1] == "belas":
        return 10.0 + head
    if parts[1] == "ratus":
        return head * 100.0
    if parts[1] == "puluh":
        return head * 10.0 + (DIGIT_WORDS.get(parts[2], 0) if len(parts) > 2 else 0)
    return None
