"""Near-duplicate (syndicated copy) detection: MinHash signatures from `datasketch`, LSH bands kept in SQLite.

Exact re-ingests are caught earlier by the content hash; this finds the same story re-published with a new
headline, a byline or a trimmed paragraph. Bands live in `article_bands` so lookups stay indexed and memory
stays flat however large the corpus grows."""

from __future__ import annotations

import sqlite3
from functools import cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: a pair at similarity 0.7 becomes a candidate ~99% of the time
ROWS = NUM_PERM // BANDS
SHINGLE = 5  # words per shingle
THRESHOLD = 0.7  # estimated Jaccard similarity at or above which an article is a near-copy
SEED = 1

_BASE = 0x100000001B3  # the odd multiplier of a word's polynomial hash (FNV's 64-bit prime)
_INVERSE = pow(_BASE, -1, 1 << 64)  # BASE * INVERSE = 1 (mod 2 ** 64): BASE is odd, so it has one
_MIX = np.uint64(0x9E3779B97F4A7C15)  # an odd 64-bit multiplier (the golden ratio's) for rolling word hashes
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED).permutations  # drawn once, not per article


def signature(text: str) -> bytes:
    """The MinHash signature of a text's word shingles, as bytes (little-endian uint64)."""
    sketch = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_whole, permutations=_PERMUTATIONS, scheme="affine32")
    sketch.update_batch([shingle_hashes(text)])  # one item, the whole array: datasketch hashes it in one numpy pass
    return np.asarray(sketch.hashvalues, dtype="<u8").tobytes()


def shingle_hashes(text: str) -> np.ndarray:
    """The 32-bit hashes of a text's shingles of `SHINGLE` words (one shingle when it is shorter), repeats
    included (a minimum does not change when a value comes twice).

    A shingle's hash rolls its words' hashes together in numpy, so no shingle string is ever built."""
    ids = word_hashes(text)
    width = min(SHINGLE, len(ids))
    count = len(ids) - width + 1
    rolled = np.zeros(count, dtype=np.uint64)
    for k in range(width):
        rolled = rolled * _MIX + ids[k : k + count]  # uint64 arrays wrap around, as a hash should
    return (rolled >> np.uint64(32)).astype(np.uint32)


def word_hashes(text: str) -> np.ndarray:
    """A 64-bit hash of each word of the casefolded text, in order, computed for all words at once: the
    polynomial hash of every prefix of the text's code points, then each word's hash as the difference of two
    prefixes. A word is a run of letters and digits of any script, or "_" (Python's `\\w`, in the Basic
    Multilingual Plane); anything else splits words, the same way in every copy."""
    points = np.frombuffer(text.casefold().encode("utf-32-le"), dtype=np.uint32)
    inside = np.zeros(len(points) + 2, dtype=bool)
    inside[1:-1] = _word_characters()[np.minimum(points, 0xFFFF)] & (points <= 0xFFFF)
    edges = np.flatnonzero(inside[1:] != inside[:-1])  # alternately where a word starts and where it ends
    starts, ends = edges[0::2], edges[1::2]
    powers, inverses = _powers(len(points))
    prefix = np.zeros(len(points) + 1, dtype=np.uint64)
    np.cumsum((points.astype(np.uint64) + np.uint64(1)) * powers, out=prefix[1:])
    hashes: np.ndarray = (prefix[ends] - prefix[starts]) * inverses[starts]  # = sum of point * BASE ** (i - start)
    return hashes


@cache
def _word_characters() -> np.ndarray:
    """Which code points of the Basic Multilingual Plane are word characters (made once, about 10 ms)."""
    table = np.fromiter((chr(c).isalnum() for c in range(0x10000)), dtype=bool, count=0x10000)
    table[ord("_")] = True
    return table


_POWERS: tuple[np.ndarray, np.ndarray] = (np.ones(0, dtype=np.uint64), np.ones(0, dtype=np.uint64))
_KEEP = 1 << 18  # powers kept for texts up to 256 KB (4 MB of arrays); a longer text gets its own, then drops them


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """BASE ** i and BASE ** -i (mod 2 ** 64) for i < n, grown by doubling and kept for the next text."""
    global _POWERS
    if n > _KEEP:
        return _geometric(_BASE, n), _geometric(_INVERSE, n)
    if len(_POWERS[0]) < n:
        size = min(max(n, 2 * len(_POWERS[0]), 4096), _KEEP)
        _POWERS = (_geometric(_BASE, size), _geometric(_INVERSE, size))
    return _POWERS[0][:n], _POWERS[1][:n]


def _geometric(ratio: int, size: int) -> np.ndarray:
    steps = np.full(size, ratio, dtype=np.uint64)
    steps[0] = 1
    return np.cumprod(steps, dtype=np.uint64)


def _whole(values: np.ndarray) -> np.ndarray:
    return values


def bands(sig: bytes) -> list[tuple[int, int]]:
    """(band number, band hash) pairs of a signature, the hash as a signed 64-bit integer for SQLite: each band's
    `ROWS` values folded together with xor and an odd multiplier, all bands at once."""
    rows = np.frombuffer(sig, dtype="<u8").reshape(BANDS, ROWS)
    folded = np.zeros(BANDS, dtype=np.uint64)
    for k in range(ROWS):
        folded = (folded ^ rows[:, k]) * _MIX
    return list(enumerate(folded.view(np.int64).tolist()))


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(np.frombuffer(a, dtype="<u8") == np.frombuffer(b, dtype="<u8")))


def find_original(conn: sqlite3.Connection, sig: bytes) -> tuple[int, float] | None:
    """The stored original this signature nearly copies (best similarity, then oldest), or None."""
    pairs = bands(sig)
    where = " OR ".join(["(band = ? AND hash = ?)"] * len(pairs))
    params = [value for pair in pairs for value in pair]
    sql = (
        "SELECT s.article_id, s.signature FROM article_signatures s WHERE s.article_id IN "
        f"(SELECT article_id FROM article_bands WHERE {where}) ORDER BY s.article_id"
    )
    best: tuple[int, float] | None = None
    for article_id, stored in conn.execute(sql, params):
        score = similarity(sig, stored)
        if score >= THRESHOLD and (best is None or score > best[1]):
            best = (int(article_id), score)
    return best


def remember(conn: sqlite3.Connection, article_id: int, sig: bytes) -> None:
    """Store an original's signature and bands so later copies of it are found."""
    conn.execute("INSERT INTO article_signatures (article_id, signature) VALUES (?, ?)", (article_id, sig))
    conn.executemany(
        "INSERT INTO article_bands (article_id, band, hash) VALUES (?, ?, ?)",
        [(article_id, band, value) for band, value in bands(sig)],
    )
