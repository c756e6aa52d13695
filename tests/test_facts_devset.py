"""The dev-set scorer: a regression below the targets fails CI."""

import importlib.util
import sys
from pathlib import Path

import pytest

spec = importlib.util.spec_from_file_location(
    "devset_score", Path(__file__).parent / "devset" / "score.py"
)
score = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = score
spec.loader.exec_module(score)


@pytest.fixture(scope="module")
def dev():
    return score.run("dev")


def test_dev_set_size():
    assert len(score.cases("dev")) >= 40


def test_quotes_f1(dev):
    assert dev.quotes[2] >= 0.98, dev.misses


def test_attribution(dev):
    assert dev.attribution >= 0.95, dev.misses


def test_figures_f1(dev):
    assert dev.figures[2] >= 0.95, dev.misses


def test_holdout_stays_close():
    held = score.run("holdout")
    assert held.quotes[2] >= 0.9 and held.attribution >= 0.8 and held.figures[2] >= 0.9, held.misses


def test_every_text_has_a_source():
    for name, _, gold in score.cases("dev") + score.cases("holdout"):
        assert gold["source"].startswith("http"), name
