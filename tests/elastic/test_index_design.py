"""Index design on a real Elasticsearch: template, strict mapping, versioned index + alias."""

import json

import pytest

from indexer import es_server
from scrapers.record import Article, Figure, Quote, Speaker

pytestmark = pytest.mark.elasticsearch


def article(**overrides) -> Article:
    url = "https://mediaindonesia.com/megapolitan/362573/194-ribu-ukm-jakpreneur"
    fields = dict(
        url=url, canonical_url=url, source="mediaindonesia",
        title="194 Ribu UKM Jakpreneur Didorong Bertransformasi Digital",
        body="PEMPROV DKI Jakarta telah mencetak 194.536 UKM.\n\n\"Kita bersyukur,\" kata Ratu.",
        published="2020-11-27T15:48:00+07:00", tags=["UKM", "Jakpreneur"],
        authors=["Putri Anisa Yuliani"], section="megapolitan",
        fetched_at="2026-01-01T00:00:00+00:00",
        figures=[Figure(raw="194.536 UKM", value=194536, unit="UKM", about="UKM terbentuk")],
        quotes=[Quote(text="Kita bersyukur", cue="kata",
                      speaker=Speaker(name="Elizabeth Ratu Rante Allo", role="Kepala Bidang UKM",
                                      organization="Dinas PPKUKM DKI Jakarta"))],
    )
    fields.update(overrides)
    return Article(**fields)


def test_local_server_reports_itself_healthy(es_url):
    if es_server.status()["running"]:
        assert es_server.status()["health"] in ("yellow", "green")
    assert es_server.health(es_url)["status"] in ("yellow", "green")


def test_alias_points_to_v1_created_from_the_template(es_index, es_client):
    assert es_index.current_index() == f"{es_index.alias}-v1"
    template = es_client.indices.get_index_template(name=es_index.alias)
    assert template["index_templates"][0]["index_template"]["index_patterns"] == [
        f"{es_index.alias}-v*"]
    mapping = es_client.indices.get_mapping(index=es_index.alias)
    props = next(iter(mapping.values()))["mappings"]
    assert props["dynamic"] == "strict"
    fields = props["properties"]
    for name in ("source", "section", "tags", "authors", "programs", "institutions"):
        assert fields[name]["type"] == "keyword"
    assert fields["quotes"]["type"] == fields["figures"]["type"] == "nested"
    assert fields["quotes"]["properties"]["speaker"]["properties"]["name"]["fields"]["text"]
    assert fields["figures"]["properties"]["value"]["type"] == "double"
    assert fields["body_terms"]["analyzer"] == "whitespace"
    assert fields["body"]["analyzer"] == "standard"
    assert es_index.create() == f"{es_index.alias}-v1"  # creating again changes nothing


def test_nested_quotes_are_queryable_by_speaker(es_index, es_client):
    es_index.index_articles([article()])
    es_index.refresh()
    found = es_client.search(index=es_index.alias, query={"nested": {
        "path": "quotes",
        "query": {"term": {"quotes.speaker.name": "Elizabeth Ratu Rante Allo"}}}})
    assert found["hits"]["total"]["value"] == 1
    source = found["hits"]["hits"][0]["_source"]
    assert "body_terms" not in source  # derived again on reindex, not stored
    assert Article.from_dict({k: v for k, v in source.items()
                              if k in Article.__dataclass_fields__}) == article()


def test_a_document_the_mapping_rejects_is_dead_lettered_with_its_reason(es_index):
    good = article()
    bad = article(canonical_url="https://mediaindonesia.com/ekonomi/1/rusak",
                  figures=[Figure(raw="banyak", value="banyak sekali")])
    report = es_index.index_articles([good, bad])
    assert (report.indexed, report.failed) == (1, 1)
    letters = [json.loads(line) for line in es_index.dead_letter.read_text().splitlines()]
    assert [letter["id"] for letter in letters] == [bad.id]
    assert "document_parsing_exception" in letters[0]["reason"] or "parse" in letters[0]["reason"]
    assert letters[0]["article"]["canonical_url"] == bad.canonical_url  # nothing lost
    assert es_index.count() == 1
