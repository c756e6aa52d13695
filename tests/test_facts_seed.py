"""The seed article (Media Indonesia, 27/11/2020) must come out exactly right."""

from pathlib import Path

import pytest

from scrapers.extract.facts import extract_facts

SEED = Path(__file__).parent / "devset" / "texts" / "s00_mediaindonesia_seed_jakpreneur.txt"
RATU = "Elizabeth Ratu Rante Allo"


@pytest.fixture(scope="module")
def facts():
    text = SEED.read_text(encoding="utf-8")
    return text, extract_facts(text)


def test_figures(facts):
    _, f = facts
    got = [(x.value, x.unit) for x in f.figures]
    assert got == [
        (194536, "UKM"), (200000, "UKM"), (90, "percent"), (3, "tahun"), (200000, "UKM"),
        (5, "tahun"), (194536, "UKM"), (7, "SKPD"), (7e13, "IDR"), (6e13, "IDR"), (323, "UKM"),
    ]  # fmt: skip


def test_figure_details(facts):
    text, f = facts
    first_in_quote = f.figures[6]
    assert first_in_quote.about == "UKM Jakpreneur terbentuk"
    pct = f.figures[2]
    assert pct.qualifier == "lebih" and pct.raw == "90%"
    rp70 = f.figures[8]
    assert rp70.raw == "Rp70 triliun" and rp70.about == "transaksi e-commerce kuartal 3"
    for fig in f.figures:
        assert text[fig.start : fig.end] == fig.raw
        assert fig.raw in fig.sentence


def test_dates_years_and_periods_are_not_figures(facts):
    _, f = facts
    raws = " | ".join(x.raw for x in f.figures)
    for not_a_figure in ("2017", "2022", "27/11", "kuartal 3", "16-20", "November"):
        assert not_a_figure not in raws


def test_direct_quotes_all_by_ratu(facts):
    text, f = facts
    direct = [q for q in f.quotes if q.type == "direct"]
    assert [q.cue for q in direct] == ["kata", "jelasnya", "tutur", "terangnya"]
    for q in direct:
        assert q.speaker.name == RATU
        assert q.speaker.role == "Kepala Bidang UKM"
        assert q.speaker.organization.startswith(
            "Dinas Perindustrian, Perdagangan, Koperasi dan UKM"
        )
        assert text[q.start : q.end] == q.text
    assert direct[0].text.startswith("Sampai saat ini sudah ada 194.536 UKM")
    assert direct[-1].text.endswith("kepada para pelaku usaha")


def test_single_quotes_and_names_are_not_speech(facts):
    _, f = facts
    for q in f.quotes:
        assert q.text not in ("e-commerce", "Shopee Bazaar Online Jakpreneur")


def test_indirect_statement(facts):
    _, f = facts
    indirect = [q for q in f.quotes if q.type == "indirect"]
    said = next(q for q in indirect if q.cue == "mengatakan")
    assert said.text.startswith("transformasi digital pun mutlak dilakukan")
    assert said.speaker.name == RATU


def test_entities_and_relevance(facts):
    _, f = facts
    by_name = {e.name: e for e in f.entities}
    assert {"PEN", "Pemulihan Ekonomi Nasional"} <= set(
        by_name["Pemulihan Ekonomi Nasional"].aliases
    )
    assert by_name["Jakpreneur"].kind == "program"
    assert "PPKUKM" in by_name["Dinas PPKUKM DKI Jakarta"].aliases
    assert by_name[RATU].kind == "person"
    assert f.relevance["score"] > 0.9 and "UKM" in f.relevance["terms"]


def test_to_dict_is_plain_json(facts):
    import json

    _, f = facts
    data = json.loads(json.dumps(f.to_dict()))
    assert set(data) == {"figures", "quotes", "entities", "relevance"}
    assert data["quotes"][0]["speaker"]["name"] == RATU
