"""The query model translated to Elasticsearch, answering like ``search.embedded``.

Words match after the project's analysis (every analyzed term in ``title_terms`` or
``body_terms``), phrases match the raw text (``title_tags`` or ``body``); sources and WIB
days filter; ties break on date then id as in the embedded backend. Elasticsearch marks
the raw words and phrases in the body; a hit that matched only through a stem or a
synonym gets its snippets from the shared highlighter.
"""

from __future__ import annotations

from typing import Any

from elasticsearch import Elasticsearch

from indexer.mapping import ALIAS, from_source
from search.highlight import highlight
from search.query import Hit, Query, Results
from search.ranking import TITLE_WEIGHT as TITLE_BOOST

DATE_ORDER = [{"published": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]


def build_request(query: Query) -> dict[str, Any]:
    """The search request body for ``query``."""
    terms = sorted(query.terms)
    must: list[dict] = [
        {"bool": {"should": [
            {"term": {"title_terms": {"value": term, "boost": TITLE_BOOST}}},
            {"term": {"body_terms": term}},
        ]}}
        for term in terms
    ]
    must += [
        {"multi_match": {"query": phrase, "type": "phrase",
                         "fields": [f"title_tags^{TITLE_BOOST}", "body"]}}
        for phrase in query.phrases if analyze_raw(phrase)
    ]
    filters: list[dict] = []
    if query.sources:
        filters.append({"terms": {"source": query.sources}})
    if query.date_from or query.date_to:
        day = {}
        if query.date_from:
            day["gte"] = query.date_from.isoformat()
        if query.date_to:
            day["lte"] = query.date_to.isoformat()
        filters.append({"range": {"published_day": day}})
    request: dict[str, Any] = {
        "query": {"bool": {"must": must or [{"match_all": {}}], "filter": filters}},
        "from": query.offset,
        "size": query.limit,
        "track_total_hits": True,
        "sort": DATE_ORDER if query.sort == "date" or not must else ["_score", *DATE_ORDER],
    }
    if must:
        request["highlight"] = {
            "pre_tags": ["<mark>"], "post_tags": ["</mark>"], "encoder": "html",
            "number_of_fragments": 3, "fragment_size": 200,
            "fields": {"body": {"highlight_query": _highlight_query(query)}},
        }
    return request


def analyze_raw(text: str) -> list[str]:
    """The words of a phrase as the raw fields see them (for skipping empty phrases)."""
    return [w for w in text.split() if any(c.isalnum() for c in w)]


def _highlight_query(query: Query) -> dict:
    should: list[dict] = [{"match": {"body": word}} for word in query.words]
    should += [{"match_phrase": {"body": phrase}} for phrase in query.phrases]
    return {"bool": {"should": should or [{"match_none": {}}]}}


class ElasticSearch:
    """Answers ``Query`` objects from the articles alias of an Elasticsearch cluster."""

    def __init__(self, client: Elasticsearch, *, alias: str = ALIAS):
        self.client = client
        self.alias = alias

    def search(self, query: Query) -> Results:
        response = self.client.search(index=self.alias, **build_request(query))
        terms = query.terms
        hits = []
        for raw in response["hits"]["hits"]:
            article = from_source(raw["_source"])
            snippets = raw.get("highlight", {}).get("body", [])
            if not snippets and (terms or query.phrases):
                snippets = highlight(article.get("body", ""), terms, query.phrases)
            hits.append(Hit(id=raw["_id"], score=raw.get("_score") or 0.0, article=article,
                            highlights=snippets))
        return Results(total=response["hits"]["total"]["value"], hits=hits)
