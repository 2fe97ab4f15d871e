"""Stories: articles of one happening grouped across sources, their events merged, incremental placement."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import numpy as np
from scipy import sparse
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.eval.stories import bcubed, pairwise
from sitrep.store.analysis import stories
from sitrep.store.db import reading
from sitrep.store.ingest import ingest

ATTACK = [  # a made-up country and town keep the fixtures apart from real news
    (
        "Truck driver kills 40 in Port Vale market attack",
        "A truck driver drove into a crowded market in Port Vale, Ostravia, on Friday, killing 40 people. Police "
        "said the attacker was shot dead by officers after the truck stopped. The interior ministry called the market "
        "attack an act of terrorism. Witnesses described stalls crushed along the main aisle and shoppers running for "
        "the side streets as the lorry gathered speed. Hospitals in the region called in extra surgeons to treat "
        "dozens of wounded, several of them children, and the government cancelled a weekend festival.",
    ),
    (
        "Port Vale market attack: truck driver killed 40, police say",
        "Police in Port Vale said a truck driver killed 40 people on Friday when he drove into the crowded market. "
        "Officers shot the attacker dead. Ostravia's interior ministry said the market attack was terrorism. The lorry "
        "had been rented two days earlier, investigators said, and the driver was known to the security services. "
        "Dozens of wounded were still in hospital on Friday night, and the prime minister ordered flags lowered.",
    ),
    (
        "Ostravia mourns 40 killed in Port Vale truck attack",
        "Ostravia declared three days of mourning on Saturday after a truck driver killed 40 people in the Port Vale "
        "market. Police shot the driver dead at the scene of the attack, the interior ministry said. Crowds laid "
        "flowers at the market gates, where the truck's path was still marked by broken stalls, and investigators "
        "searched the attacker's flat for clues to a motive. The wounded, dozens of them, were recovering in hospital.",
    ),
]
OTHER = [  # news of other places on the same days, as long as real leads (a place's rare name shared by two headlines
    # is one word in common: enough, with the background weights, to join; see docs/stories.md)
    (
        "Varnia's central bank holds interest rates",
        "The central bank of Varnia kept its main interest rate at four percent on Thursday, citing slowing "
        "inflation and weak exports of grain and timber. The governor told reporters that prices of food and fuel had "
        "risen less than expected over the winter, while the currency had lost ground against the euro since autumn. "
        "Economists had expected the decision; two of them said a cut could come in the summer if harvests are good. "
        "Mortgage lenders welcomed the pause, and shares of exporters rose slightly in afternoon trading.",
    ),
    (
        "Eastwick football club signs new striker",
        "Eastwick Rovers signed a striker from a rival club on Wednesday for a record fee, the club's chairman "
        "announced at the stadium. The forward scored nineteen goals last season and joins on a three-year contract. "
        "Supporters queued for replica shirts outside the ground within hours of the announcement, and the coach said "
        "the signing would help the team push for promotion after a disappointing run of draws before the break. "
        "The player is expected to make his debut at home against the league leaders next weekend.",
    ),
]


def _corpus(path: Path, items: list[tuple[str, str]], day: str) -> Path:
    rows = [{"id": f"a{n}", "title": t, "text": f"{t}\n\n{b}", "published": day} for n, (t, b) in enumerate(items)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_stories_reports_of_one_attack_are_one_story_and_others_stay_apart(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ingest([str(_corpus(tmp_path / "a.jsonl", ATTACK + OTHER, "2026-03-06"))], db)
    with reading(db) as conn:
        found = stories.stories(conn)
    sizes = sorted(len(s.articles) for s in found)
    assert sizes == [1, 1, 3]
    attack = found[0]
    assert "Port Vale" in (attack.title or "")
    assault = [e for e in attack.events if e.type == "ASSAULT"]
    assert assault and max(e.sources for e in assault) >= 2


def test_stories_a_later_article_joins_the_story_it_reports(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ingest([str(_corpus(tmp_path / "a.jsonl", ATTACK[:2] + OTHER[:1], "2026-03-06"))], db)
    with reading(db) as conn:
        before = stories.memberships(conn)
    ingest([str(_corpus(tmp_path / "b.jsonl", ATTACK[2:], "2026-03-07"))], db)
    with reading(db) as conn:
        after = stories.memberships(conn)
    assert all(after[k] == v for k, v in before.items())  # nothing moves: placement is incremental
    new = set(after) - set(before)
    assert len(new) == 1 and len(set(after.values())) == 2


def test_stories_an_undated_article_opens_a_story_of_its_own(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    rows = [{"id": f"u{n}", "title": t, "text": f"{t}\n\n{b}"} for n, (t, b) in enumerate(ATTACK)]
    corpus = tmp_path / "u.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    ingest([str(corpus)], db)
    with reading(db) as conn:
        assert len(set(stories.memberships(conn).values())) == len(ATTACK)


def test_stories_cli_json_has_the_documented_shape(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ingest([str(_corpus(tmp_path / "a.jsonl", ATTACK, "2026-03-06"))], db)
    result = CliRunner().invoke(app, ["stories", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    [story] = json.loads(result.output)
    assert set(story) == {"id", "title", "first_seen", "last_seen", "articles", "events", "figures"}
    assert set(story["articles"][0]) == {"id", "title", "published", "url", "source"}
    event = story["events"][0]
    assert set(event) == {"type", "actors", "targets", "place", "date", "sources", "evidence"}
    assert all(set(e) == {"article", "start", "end", "text"} for e in event["evidence"])
    text = CliRunner().invoke(app, ["stories", "--db", str(db)])
    assert text.exit_code == 0 and "3 article(s)" in text.output


def test_stories_scores_count_articles_and_pairs() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    assert bcubed(gold, gold) == (1.0, 1.0) and pairwise(gold, gold) == (1.0, 1.0)
    alone = {"a": 1, "b": 2, "c": 3}
    precision, recall = bcubed(alone, gold)
    assert precision == 1.0 and abs(recall - (0.5 + 0.5 + 1) / 3) < 1e-9
    assert pairwise(alone, gold) == (1.0, 0.0)


def test_stories_tables_exist_after_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ingest([], db)
    conn = sqlite3.connect(db)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert {"stories", "story_articles"} <= names


def _placing(similarities: list[float], day: date) -> int | None:
    """Article 0 (on `day`) placed against story 7 of two articles on 2026-03-06 with these similarities."""
    placing = stories._Placing(np.array([-1, 7, 7], dtype=np.int64), [day, date(2026, 3, 6), date(2026, 3, 6)])
    row = sparse.csr_matrix(np.array([[1.0, *similarities]]))
    return placing.best(0, row)


def test_stories_a_story_silent_past_the_window_needs_more_to_reopen() -> None:
    near, far = date(2026, 3, 20), date(2026, 9, 1)
    fair = [stories.JOIN * 1.5] * 2  # similar enough to join a running story
    strong = [stories.JOIN * stories.REOPEN * 1.1] * 2
    assert _placing(fair, near) == 7
    assert _placing(fair, far) is None
    assert _placing(strong, far) == 7
    assert _placing([stories.JOIN * 0.5] * 2, near) is None
