"""Near-duplicate (syndicated copy) detection: MinHash signatures from `datasketch`, LSH bands kept in SQLite.

Exact re-ingests are caught earlier by the content hash; this finds the same story re-published with a new
headline, a byline or a trimmed paragraph. Bands live in `article_bands` so lookups stay indexed and memory
stays flat however large the corpus grows."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zlib

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: a pair at similarity 0.7 becomes a candidate ~99% of the time
ROWS = NUM_PERM // BANDS
SHINGLE = 5  # words per shingle
THRESHOLD = 0.7  # estimated Jaccard similarity at or above which an article is a near-copy
SEED = 1

_WORD = re.compile(rb"\w+")  # ASCII words: other letters split a word, the same way in every copy
_MIX = np.uint64(0x9E3779B97F4A7C15)  # an odd 64-bit multiplier (the golden ratio's) for rolling word hashes
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED).permutations  # drawn once, not per article


def signature(text: str) -> bytes:
    """The MinHash signature of a text's word shingles, as bytes (little-endian uint64)."""
    sketch = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, permutations=_PERMUTATIONS, scheme="affine32")
    sketch.update_batch(shingle_hashes(text))
    return np.asarray(sketch.hashvalues, dtype="<u8").tobytes()


def shingle_hashes(text: str) -> list[int]:
    """The 32-bit hashes of a text's shingles of `SHINGLE` words (one shingle when it is shorter), repeats
    included (a minimum does not change when a value comes twice).

    Each word is hashed once (CRC-32) and a shingle's hash rolls its words' hashes together in numpy, so no
    shingle string is ever built."""
    words = _WORD.findall(text.casefold().encode())
    ids = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    width = min(SHINGLE, len(ids))
    count = len(ids) - width + 1
    rolled = np.zeros(count, dtype=np.uint64)
    for k in range(width):
        rolled = rolled * _MIX + ids[k : k + count]  # uint64 arrays wrap around, as a hash should
    return list((rolled >> np.uint64(32)).tolist())


def bands(sig: bytes) -> list[tuple[int, int]]:
    """(band number, band hash) pairs of a signature, the hash as a signed 64-bit integer for SQLite."""
    size = ROWS * 8
    return [
        (
            band,
            int.from_bytes(
                hashlib.blake2b(sig[band * size : (band + 1) * size], digest_size=8).digest(), "little", signed=True
            ),
        )
        for band in range(BANDS)
    ]


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
