"""Score where the extractor finds people named, against the mention-level annotation.

Run ``python -m tests.devset.mentions [-v]``. ``tests/devset/mentions/STEM.json`` marks, for a
text of one split, every place a person is named (the name words only, no role, rank or
honorific) and who it is (the fullest name, as the quote gold writes speakers). Names inside
quotes are marked too but not scored: the extractor reads no names there.

Spans: a predicted name span matches a gold one when both offsets are equal; precision,
recall and F1 over all texts. A predicted span that overlaps a gold one without matching it is
a **boundary** error ("Pemprov Babel Sopiar" for "Sopiar"); one that overlaps none is **not a
person** ("Puluhan"); a gold span no predicted span overlaps is **missed**. Linking: the share
of matched spans whose person is the gold person (names compared as the quote scorer does).
``-v`` lists every error.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scrapers.extract.facts.quotes import extract_quotes  # noqa: E402
from scrapers.extract.facts.sentences import Sentences  # noqa: E402
from tests.devset.score import DEVSET, Score, norm_name  # noqa: E402

MENTIONS = DEVSET / "mentions"


@dataclass
class MentionScore:
    texts: int = 0
    tp: int = 0
    predicted: int = 0
    gold: int = 0
    linked: int = 0
    boundary: int = 0
    not_person: int = 0
    missed: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def spans(self) -> tuple[float, float, float]:
        return Score.prf(self.tp, self.predicted - self.tp, self.gold - self.tp)

    @property
    def linking(self) -> float:
        return self.linked / self.tp if self.tp else 1.0


def annotated() -> list[tuple[str, str, dict]]:
    """(stem, text, annotation) of every annotated text."""
    out = []
    for path in sorted(MENTIONS.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (DEVSET / gold["split"] / "texts" / f"{path.stem}.txt").read_text(encoding="utf-8")
        out.append((path.stem, text, gold))
    if not out:
        raise FileNotFoundError(f"no mention annotations in {MENTIONS}")
    return out


def score_one(stem: str, text: str, gold: dict, score: MentionScore) -> None:
    text = text.replace("\r", "\n")  # as extract_facts reads it; offsets stay valid
    _, _, people = extract_quotes(text, Sentences(text))
    names = {p["id"]: p["name"] for p in gold["persons"]}
    scored = {
        (m["start"], m["end"]): names[m["person"]]
        for m in gold["mentions"]
        if not m.get("in_quote")
    }
    score.texts += 1
    score.gold += len(scored)
    found = people.named()
    score.predicted += len(found)
    for start, end, person in found:
        said = text[start:end]
        if (start, end) in scored:
            score.tp += 1
            if norm_name(person.name) == norm_name(scored[(start, end)]):
                score.linked += 1
            else:
                want = scored[(start, end)]
                score.errors.append(f"{stem}: {said!r} is {person.name!r}, not {want!r}")
        elif any(s < end and start < e for s, e in scored):
            score.boundary += 1
            score.errors.append(f"{stem}: boundary {said!r} ({start})")
        else:
            score.not_person += 1
            score.errors.append(f"{stem}: not a person {said!r} ({start})")
    for s, e in scored:
        if not any(start < e and s < end for start, end, _ in found):
            score.missed += 1
            score.errors.append(f"{stem}: missed {text[s:e]!r} ({s})")


def run() -> MentionScore:
    score = MentionScore()
    for stem, text, gold in annotated():
        score_one(stem, text, gold, score)
    return score


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    score = run()
    p, r, f1 = score.spans
    print(f"texts: {score.texts}, gold name spans outside quotes: {score.gold}")
    print(f"spans:   P={p:.3f} R={r:.3f} F1={f1:.3f}  (tp={score.tp} predicted={score.predicted})")
    print(f"linking: {score.linking:.3f}  ({score.linked}/{score.tp})")
    print(
        f"errors:  boundary {score.boundary}, not a person {score.not_person}, "
        f"missed {score.missed}"
    )
    if "-v" in argv:
        print("\n".join(score.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
