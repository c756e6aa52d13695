"""A real Elasticsearch for these tests: started once per session by the project's own
script (``indexer.es_server``), stopped at the end unless it was already running.

Under ``CI=true`` a test that needs Elasticsearch fails when it cannot start; elsewhere
it is skipped with the reason. Each test gets its own alias (and template), so tests
never see each other's documents.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

from indexer import es_server
from indexer.elastic import ElasticIndex, connect
from scrapers.record import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mediaindonesia"


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Elasticsearch is required under CI and could not start: {reason}")
    pytest.skip(f"no Elasticsearch: {reason}")


@pytest.fixture(scope="session")
def es_url():
    """URL of the session's Elasticsearch (``PANTAU_TEST_ES_URL`` to use another)."""
    if os.environ.get("PANTAU_TEST_ES_URL"):
        yield os.environ["PANTAU_TEST_ES_URL"]
        return
    was_running = es_server.status()["running"]
    try:
        url = es_server.start()
    except (es_server.ServerError, OSError) as exc:
        _unavailable(str(exc))
    yield url
    if not was_running:
        es_server.stop()


@pytest.fixture
def es_client(es_url):
    client = connect(es_url)
    yield client
    client.close()


@pytest.fixture
def es_index(es_client, tmp_path):
    """An empty articles index behind an alias of its own, removed afterwards."""
    alias = f"t-{uuid.uuid4().hex[:12]}-articles"
    index = ElasticIndex(es_client, alias=alias, dead_letter=tmp_path / "dead-letter.jsonl")
    index.create()
    yield index
    index.drop()


def fixture_articles() -> list[Article]:
    """The Media Indonesia fixture articles (the broken page too), through the project's
    extractor."""
    from scrapers.extract import extract_article  # the extraction library, on first use

    entries = json.loads((FIXTURES / "INDEX.json").read_text())["articles"]
    articles = []
    for entry in entries:
        page = (FIXTURES / entry["file"]).read_bytes()
        articles.append(extract_article(page, entry["url"],
                                        fetched_at="2026-01-01T00:00:00+00:00"))
    return articles


@pytest.fixture(scope="session")
def corpus() -> list[Article]:
    return fixture_articles()
