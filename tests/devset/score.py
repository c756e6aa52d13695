"""Score the facts extractor against the hand-annotated dev set.

Run ``python -m tests.devset.score [SPLIT ...] [-v]`` (or ``python tests/devset/score.py``):
naming splits scores only those; ``-v`` lists every miss. Splits: ``dev`` (the rules were
written on it) and every folder here with a ``gold/`` (``holdout``, ``blind``, ``blind2``, ...;
see README.md for which were tuned on). With no split named, dev and holdout are scored.

Quotes: a predicted direct quote matches a gold one when its text starts with the annotated
opening words. Attribution: share of matched quotes whose speaker name equals the annotated
one (honorifics and case ignored). Figures: value and unit must both match. About: for
matched figures whose gold names what it measures (``about``), the token-overlap F1 between
the predicted and the gold phrase (case ignored), averaged; "about@0.5" is the share of those
with overlap F1 >= 0.5.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scrapers.extract.facts import extract_facts  # noqa: E402

DEVSET = Path(__file__).resolve().parent
# Haji is written "H.", "Hj." or, in Maluku, "Hi": annotators keep or drop it
HONORIFICS = {"dr", "dr.", "prof", "prof.", "ir", "h", "h.", "hj", "hi", "akbp", "akp", "pak", "bu"}


@dataclass
class Score:
    quote_tp: int = 0
    quote_fp: int = 0
    quote_fn: int = 0
    attributed: int = 0
    fig_tp: int = 0
    fig_fp: int = 0
    fig_fn: int = 0
    about_scores: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def quotes(self) -> tuple[float, float, float]:
        return self.prf(self.quote_tp, self.quote_fp, self.quote_fn)

    @property
    def figures(self) -> tuple[float, float, float]:
        return self.prf(self.fig_tp, self.fig_fp, self.fig_fn)

    @property
    def about(self) -> tuple[float, float]:
        """(mean token-overlap F1, share with overlap >= 0.5) over gold-annotated abouts."""
        got = self.about_scores
        if not got:
            return 1.0, 1.0
        return sum(got) / len(got), sum(x >= 0.5 for x in got) / len(got)

    @property
    def attribution(self) -> float:
        return self.attributed / self.quote_tp if self.quote_tp else 1.0


def norm_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def norm_name(name: str | None) -> str:
    words = [w for w in norm_space(name or "").lower().split() if w not in HONORIFICS]
    return " ".join(words)


def overlap(predicted: str | None, gold: str) -> float:
    """Token-overlap F1 of two phrases, case ignored."""
    p, g = (predicted or "").lower().split(), gold.lower().split()
    common = sum(min(p.count(w), g.count(w)) for w in set(g))
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


def cases(split: str = "dev") -> list[tuple[str, str, dict]]:
    """The annotated texts of a split: "dev" (tuned on) or "holdout" (never tuned on)."""
    root = DEVSET if split == "dev" else DEVSET / split
    golds = sorted((root / "gold").glob("*.json"))
    if not golds:
        raise FileNotFoundError(f"no annotated texts in {root / 'gold'}")
    out = []
    for gold in golds:
        text = (root / "texts" / f"{gold.stem}.txt").read_text(encoding="utf-8")
        out.append((gold.stem, text, json.loads(gold.read_text(encoding="utf-8"))))
    return out


def score_one(name: str, text: str, gold: dict, score: Score) -> None:
    facts = extract_facts(text)
    predicted = [q for q in facts.quotes if q.type == "direct"]
    unmatched = list(gold["quotes"])
    for q in predicted:
        qt = norm_space(q.text).lstrip("\"“”'")
        hit = next((g for g in unmatched if qt.startswith(norm_space(g["begins"]))), None)
        if hit is None:
            score.quote_fp += 1
            score.misses.append(f"{name}: extra quote {qt[:50]!r}")
            continue
        unmatched.remove(hit)
        score.quote_tp += 1
        said = q.speaker.name if q.speaker else None
        if norm_name(said) == norm_name(hit["speaker"]):
            score.attributed += 1
        else:
            score.misses.append(f"{name}: speaker {said!r} != {hit['speaker']!r} ({hit['begins']})")
    score.quote_fn += len(unmatched)
    score.misses += [f"{name}: missed quote {g['begins']!r}" for g in unmatched]

    want = [((round(f["value"], 6), (f["unit"] or "").lower()), f) for f in gold["figures"]]
    for f in facts.figures:
        key = (round(f.value, 6), (f.unit or "").lower())
        hit = next((w for w in want if w[0] == key), None)
        if hit is None:
            score.fig_fp += 1
            score.misses.append(f"{name}: extra figure {f.raw!r} -> {key}")
            continue
        want.remove(hit)
        score.fig_tp += 1
        if hit[1].get("about"):
            score.about_scores.append(overlap(f.about, hit[1]["about"]))
            if score.about_scores[-1] < 0.5:
                score.misses.append(f"{name}: about {f.about!r} != {hit[1]['about']!r} ({f.raw})")
    score.fig_fn += len(want)
    score.misses += [f"{name}: missed figure {w[0]}" for w in want]


def run(split: str = "dev") -> Score:
    score = Score()
    for name, text, gold in cases(split):
        score_one(name, text, gold, score)
    return score


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    splits = {"dev"} | {d.parent.name for d in DEVSET.glob("*/gold")}
    chosen = [a for a in argv if a in splits]
    unknown = [a for a in argv if not a.startswith("-") and a not in splits]
    if unknown:
        print(f"unknown split {unknown[0]!r}; splits: {', '.join(sorted(splits))}", file=sys.stderr)
        return 2
    for split in chosen or ("dev", "holdout"):
        report(split, run(split), verbose="-v" in argv)
    return 0


def report(split: str, score: Score, verbose: bool = False) -> None:
    if verbose:
        print("\n".join(score.misses))
    qp, qr, qf = score.quotes
    fp, fr, ff = score.figures
    print(f"[{split}] texts: {len(cases(split))}")
    print(
        f"quotes:      P={qp:.3f} R={qr:.3f} F1={qf:.3f}  (tp={score.quote_tp} "
        f"fp={score.quote_fp} fn={score.quote_fn})"
    )
    print(f"attribution: {score.attribution:.3f}  ({score.attributed}/{score.quote_tp})")
    print(
        f"figures:     P={fp:.3f} R={fr:.3f} F1={ff:.3f}  (tp={score.fig_tp} "
        f"fp={score.fig_fp} fn={score.fig_fn})"
    )
    mean, share = score.about
    print(f"about:       overlap={mean:.3f} about@0.5={share:.3f}  (n={len(score.about_scores)})")


if __name__ == "__main__":
    raise SystemExit(main())
