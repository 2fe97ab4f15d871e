import re

import numpy as np
import pytest

from sitrep.store.dedupe import BANDS, NUM_PERM, SHINGLE, bands, shingle_hashes, signature, similarity, word_hashes

STORY = (
    "The defence ministry said on Tuesday that 1,200 engineers would leave the northern base by the end of March. "
    "Officials in the capital described the move as a routine rotation, not a withdrawal, and said a smaller team "
    "would stay behind to train local units. Residents near the base said convoys had been seen on the highway "
    "for several nights. A spokesman declined to say where the engineers would go next."
)
OTHER = (
    "Heavy rain flooded three river towns overnight, and rescue boats moved about 400 families to schools on higher "
    "ground. The regional governor asked for army help with pumps, and the weather office warned of more storms "
    "before the weekend, when the river is expected to crest above last year's mark."
)


def _exact_jaccard(a: str, b: str) -> float:
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.casefold())
        return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}

    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


def test_word_hashes_split_on_anything_but_letters_digits_and_underscore() -> None:
    hashes = word_hashes("Troops, troops—TROOPS; “café” 2024_x 🙂 ok")
    assert len(hashes) == 6  # troops, troops, troops, café, 2024_x, ok
    assert hashes[0] == hashes[1] == hashes[2]  # casefolded
    assert len(set(hashes.tolist())) == 4
    assert hashes[3] == word_hashes("CAFÉ")[0] != word_hashes("caf")[0]
    assert word_hashes("").tolist() == [] and word_hashes("— … —").tolist() == []


def test_word_hashes_depend_on_order_and_every_byte() -> None:
    a, b, c = word_hashes("abc acb abd").tolist()
    assert len({a, b, c}) == 3


def test_shingle_hashes_one_per_window_and_one_for_a_short_text() -> None:
    assert len(shingle_hashes(STORY)) == len(word_hashes(STORY)) - SHINGLE + 1
    assert len(shingle_hashes("two words")) == 1
    assert shingle_hashes("").dtype == np.uint32


def test_signature_is_deterministic_and_sized() -> None:
    sig = signature(STORY)
    assert sig == signature(STORY)
    assert len(sig) == NUM_PERM * 8
    assert len(bands(sig)) == BANDS


def test_similarity_estimates_jaccard_for_near_copies_and_strangers() -> None:
    trimmed = STORY.rsplit(". ", 1)[0] + "."
    retitled = "Engineers to leave base\n\n" + STORY
    for copy in (trimmed, retitled):
        exact = _exact_jaccard(STORY, copy)
        assert similarity(signature(STORY), signature(copy)) == pytest.approx(exact, abs=0.15)
    assert similarity(signature(STORY), signature(OTHER)) < 0.1
    assert similarity(signature(STORY), signature(STORY.upper())) == 1.0  # case does not matter


def test_texts_in_other_scripts_are_told_apart() -> None:
    # Written in Russian for this test: two unrelated news sentences, and one of them again in capitals.
    troops = "Министерство обороны заявило во вторник, что инженеры покинут северную базу до конца марта."
    floods = "Сильный дождь затопил три речных города, и спасатели перевезли четыреста семей в школы."
    assert similarity(signature(troops), signature(floods)) < 0.1
    assert similarity(signature(troops), signature(troops.upper())) == 1.0
    assert len(word_hashes(troops)) == len(re.findall(r"\w+", troops)) == 13


def test_bands_shared_by_a_near_copy_not_by_a_stranger() -> None:
    own = dict(bands(signature(STORY)))
    copy = dict(bands(signature("Engineers to leave base\n\n" + STORY)))
    stranger = dict(bands(signature(OTHER)))
    assert sum(own[b] == copy[b] for b in own) >= 1
    assert sum(own[b] == stranger[b] for b in own) == 0
    assert all(-(2**63) <= h < 2**63 for h in own.values())  # fits SQLite's signed 64-bit integers


def test_a_text_longer_than_the_kept_powers_hashes_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    import sitrep.store.dedupe as dedupe

    expected = word_hashes(STORY * 3)
    monkeypatch.setattr(dedupe, "_KEEP", 64)
    monkeypatch.setattr(dedupe, "_POWERS", (np.ones(0, dtype=np.uint64), np.ones(0, dtype=np.uint64)))
    assert np.array_equal(word_hashes(STORY * 3), expected)
    assert len(dedupe._POWERS[0]) == 0  # nothing that long is kept
    assert np.array_equal(word_hashes("short words"), word_hashes("short words"))
    assert len(dedupe._POWERS[0]) <= 64
