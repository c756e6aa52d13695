"""The Indonesian analyzer both backends index and query with (no Elasticsearch needed)."""

import pytest

from indexer.analysis import analyze, analyzed_text, stem


@pytest.mark.parametrize("word, root", [
    ("menjelaskan", "jelas"), ("penjelasan", "jelas"), ("dijelaskan", "jelas"),
    ("jelasnya", "jelas"), ("jelaslah", "jelas"), ("bertransformasi", "transformasi"),
    ("pembiayaan", "biaya"), ("pengusaha", "usaha"), ("perusahaan", "usaha"),
    ("meningkatkan", "tingkat"), ("peningkatan", "tingkat"), ("mengatakan", "kata"),
    ("menyampaikan", "sampai"), ("kenaikan", "naik"), ("melakukan", "laku"),
    ("terbentuk", "bentuk"), ("didorong", "dorong"), ("mendorong", "dorong"),
    ("pertumbuhan", "tumbuh"), ("memperkuat", "kuat"), ("bekerja", "kerja"),
    ("belajar", "ajar"), ("pemasaran", "pasar"), ("penyaluran", "salur"),
    ("kementerian", "menteri"), ("memiliki", "milik"), ("menikah", "nikah"),
    ("kepentingan", "penting"), ("tercapai", "capai"), ("dipakai", "pakai"),
    ("mengikuti", "ikut"), ("memenuhi", "penuh"),
])
def test_affixes_come_off(word, root):
    assert stem(word) == root


@pytest.mark.parametrize("word", [
    "digital", "menteri", "kembali", "sekolah", "masalah", "ekonomi", "pandemi",
    "transformasi", "kecil", "dinas", "berita", "tinggi", "persen", "umkm", "2020",
])
def test_roots_that_look_affixed_stay_whole(word):
    assert stem(word) == word


def test_umkm_ukm_and_the_long_form_are_one_term():
    assert analyze("UMKM") == analyze("UKM") == ["umkm"]
    long_form = analyze("para usaha mikro, kecil, dan menengah")
    assert "umkm" in long_form and "mikro" in long_form  # the words stay searchable too
    assert "umkm" in analyze("Usaha Kecil dan Menengah")


def test_lowercases_and_drops_stopwords():
    assert analyze("Ratu MENJELASKAN bahwa target ini dapat tercapai") == [
        "ratu", "jelas", "target", "capai"]
    assert analyzed_text("Dinas Koperasi dan UKM") == "dinas koperasi umkm"
    assert analyze("") == [] and analyze(None) == []
