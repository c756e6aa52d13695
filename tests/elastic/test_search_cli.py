"""``pantau search --backend elasticsearch``: the same answers at the terminal as the
embedded default, from the cluster that ``PANTAU_ES_URL`` names."""

import json
import os
import subprocess
import sys

import pytest

from tests.site.crawl import ROOT

pytestmark = pytest.mark.elasticsearch

SEED = ("https://mediaindonesia.com/megapolitan/362573/"
        "194-ribu-ukm-jakpreneur-didorong-bertransformasi-digital")


def search(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "search.cli", "search", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ, **env},
    )


def test_search_on_elasticsearch_ranks_the_seed_first(es_index, es_url, corpus):
    es_index.index_articles(corpus)
    es_index.refresh()
    done = search("Jakpreneur", "--backend", "elasticsearch", "--json",
                  PANTAU_ES_URL=es_url, PANTAU_ES_ALIAS=es_index.alias)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert results["total"] == 2
    assert results["hits"][0]["canonical_url"] == SEED
    assert any("<mark>" in s for s in results["hits"][0]["highlights"])


def test_search_on_an_unreachable_cluster_says_so(es_url):
    done = search("KUR", "--backend", "elasticsearch", PANTAU_ES_URL="http://127.0.0.1:9")
    assert done.returncode == 1
    assert "elasticsearch" in done.stderr and "Traceback" not in done.stderr
