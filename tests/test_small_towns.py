"""The compact table of GeoNames' small towns (`small_towns.py`, `data/entities/small_towns.tsv.gz`)."""

from __future__ import annotations

import gzip

import pytest

from sitrep.components.entities import small_towns
from sitrep.components.entities.lexicon import patterns
from sitrep.components.entities.small_towns import TABLE, SmallTowns, TownTableError, header
from sitrep.data_files import data_path


def _table() -> SmallTowns:
    conf = patterns()["places"]
    return small_towns.load(conf["min_town_population"], conf["unknown_population_towns"])


def test_small_towns_table_ships_in_the_package_with_its_attribution() -> None:
    path = data_path(TABLE)
    assert path.is_file(), f"{TABLE} is missing: run `make small-towns` and commit it"
    assert len(path.read_bytes()) < 4_000_000
    assert "CC BY 4.0" in data_path("entities/GEONAMES-LICENSE.txt").read_text(encoding="utf-8")


def test_small_towns_a_small_town_is_found_by_country_and_name() -> None:
    found = _table().rows("small", "JP", "Erimo")
    assert [(c["name"], c["countrycode"]) for c in found] == [("Erimo", "JP")]
    assert 0 < found[0]["population"] < patterns()["places"]["min_town_population"]
    assert _table().rows("small", "JP", "Erim") == [] and _table().rows("small", "FR", "Erimo") == []


def test_small_towns_a_town_of_unknown_population_is_found_by_its_unaccented_name_too() -> None:
    accented = next(c for c in _table().rows("unknown", "AF", "Faīẕābād"))
    assert accented["population"] == 0
    assert accented in _table().rows("unknown", "AF", "Faizabad")


def test_small_towns_rows_of_cities5000_size_merge_after_the_rows_counted_before_them() -> None:
    text = "\n".join([header(5000, 1000), "town\tAA\tB\t2\tB\t1.5\t-2.25\t6000\t01\t1\tBee|Bea", ""])
    table = SmallTowns(text.encode())
    known = [{"geonameid": 1}, {"geonameid": 3}]
    assert [c["geonameid"] for c in table.merged(known)] == [1, 2, 3]
    assert table.towns[0][1]["alternatenames"] == ["Bee", "Bea"] and table.towns[0][1]["longitude"] == -2.25


def test_small_towns_a_table_built_for_other_thresholds_is_refused() -> None:
    with pytest.raises(TownTableError):
        small_towns.load(5000, 500)


def test_small_towns_a_damaged_row_is_refused() -> None:
    table = SmallTowns(b"small\tAA\tB\t2\tB\t1.5\n")
    with pytest.raises(TownTableError):
        table.rows("small", "AA", "B")


def test_small_towns_table_is_sorted_for_its_binary_search() -> None:
    lines = [line for line in gzip.decompress(data_path(TABLE).read_bytes()).split(b"\n") if line]
    keys = [b"\t".join(line.split(b"\t", 3)[:3]) + b"\t" for line in lines if not line.startswith((b"#", b"town\t"))]
    assert keys == sorted(keys)
