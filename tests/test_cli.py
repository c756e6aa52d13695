"""``pantau extract``: what a user gets at the terminal for a page, a non-page and a text."""

import json
import subprocess
import sys

from tests.shared_data import REAL_DATA
from tests.site.crawl import ROOT, pantau

FIXTURES = ROOT / "tests" / "fixtures" / "mediaindonesia"
SEED_URL = ("https://mediaindonesia.com/megapolitan/362573/"
            "194-ribu-ukm-jakpreneur-didorong-bertransformasi-digital")


def test_extract_prints_the_article_json_of_a_page():
    done = pantau("extract", str(FIXTURES / "seed-jakpreneur.html"), "--url", SEED_URL)
    assert done.returncode == 0, done.stderr
    article = json.loads(done.stdout)
    assert article["title"] == "194 Ribu UKM Jakpreneur Didorong Bertransformasi Digital"
    assert article["published"] == "2020-11-27T15:48:00+07:00"
    assert article["canonical_url"] == SEED_URL and article["desk_code"] == "(OL-2)"
    assert article["authors"] == ["Putri Anisa Yuliani"] and article["editor"] == "Baharman"
    for key in ("figures", "quotes", "entities", "relevance", "image", "tags", "section"):
        assert key in article


def test_extract_on_a_non_article_page_exits_non_zero_and_says_why():
    page = REAL_DATA / "nonarticle" / "kompas.com__index-page.html"
    done = pantau("extract", str(page), "--url", "https://www.kompas.com/")
    assert done.returncode == 1
    assert done.stdout == ""
    assert "not an article" in done.stderr and "kompas.com" in done.stderr


def test_extract_on_a_missing_file_is_a_clear_error():
    done = pantau("extract", "no-such-page.html", "--url", SEED_URL)
    assert done.returncode == 1 and "no-such-page.html" in done.stderr


def test_extract_text_reads_stdin_and_prints_facts():
    text = '"Kami menyalurkan Rp5 triliun untuk 200 ribu UMKM," kata Teten Masduki.'
    done = subprocess.run([sys.executable, "-m", "search.cli", "extract", "--text", "-"],
                          input=text, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert set(facts) >= {"figures", "quotes", "entities", "relevance"}
    assert [(f["value"], f["unit"]) for f in facts["figures"]] == [(5e12, "IDR"), (2e5, "UMKM")]
    assert [(q["type"], q["speaker"]["name"]) for q in facts["quotes"]] == [
        ("direct", "Teten Masduki")
    ]
