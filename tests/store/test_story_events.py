"""Consolidated events of a story (`store/analysis/story_events.py`): reports of one happening merge, whatever the
outlets call the attacker; background events of other times, other towns and other kinds stay apart."""

from __future__ import annotations

from sitrep.store.analysis.story_events import Report, Where, consolidate

TOWN = Where("Port Vale", 10.0, 20.0, False, "Ostravia")
OTHER_TOWN = Where("Kessel", 11.0, 21.0, False, "Ostravia")
COUNTRY = Where("Ostravia", 10.5, 20.5, True, None)


def report(n: int, *, actors: list[str], where: Where | None, date: str, stated: bool = True, kind: str = "ASSAULT",
           targets: list[str] | None = None) -> Report:  # fmt: skip
    return Report(kind, actors, targets or [], where, date, stated, f"article-{n}", None)


def test_ten_reports_of_one_truck_attack_are_one_event_at_the_town() -> None:
    reports = [
        report(1, actors=["truck driver"], where=TOWN, date="2024-07-12"),
        report(2, actors=["attacker"], where=TOWN, date="2024-07-12"),
        report(3, actors=["Jon Brask"], where=COUNTRY, date="2024-07-12"),
        report(4, actors=["driver"], where=TOWN, date="2024-07-13", stated=False),  # "killed 40", no date given
        report(5, actors=["Jon Brask", "attacker"], where=None, date="2024-07-12"),
        report(6, actors=["attacker"], where=TOWN, date="2024-07-14", stated=False),
        report(7, actors=["man"], where=TOWN, date="2024-07-11"),  # the night before, in another time zone
        report(8, actors=["driver"], where=COUNTRY, date="2024-07-12"),
        report(9, actors=["truck driver"], where=TOWN, date="2024-08-20", stated=False),  # weeks later, looking back
        report(10, actors=["Jon Brask"], where=TOWN, date="2024-07"),
        report(10, actors=["man"], where=TOWN, date="1998-03"),  # the town's last attack, years before
        report(3, actors=["gunman"], where=OTHER_TOWN, date="2024-07-12"),  # another town of the country
        report(4, actors=["police"], where=TOWN, date="2024-07-12", kind="COERCE", targets=["driver"]),
    ]
    happenings = consolidate(reports)
    main = happenings[0]
    assert main.type == "ASSAULT" and main.where == TOWN and main.date == "2024-07-12"
    assert main.sources == 10
    apart = {(h.type, h.date, h.where.name if h.where else None) for h in happenings[1:]}
    assert apart == {("ASSAULT", "1998-03", "Port Vale"), ("ASSAULT", "2024-07-12", "Kessel"),
                     ("COERCE", "2024-07-12", "Port Vale")}  # fmt: skip


def test_a_report_dated_only_by_publication_joins_the_nearest_earlier_happening() -> None:
    first = report(1, actors=["Ostravia"], where=COUNTRY, date="2024-03-01", kind="MOBILIZE")
    second = report(2, actors=["Ostravia"], where=COUNTRY, date="2024-03-18", kind="MOBILIZE")
    later = report(3, actors=["Ostravia"], where=COUNTRY, date="2024-03-19", stated=False, kind="MOBILIZE")
    happenings = consolidate([first, second, later])
    assert [(h.date, h.sources) for h in sorted(happenings, key=lambda h: h.date or "")] == [
        ("2024-03-01", 1),
        ("2024-03-18", 2),
    ]


def test_reports_without_a_shared_party_or_a_place_stay_apart() -> None:
    a = report(1, actors=["rebels"], where=None, date="2024-05-02")
    b = report(2, actors=["army"], where=None, date="2024-05-02")
    assert len(consolidate([a, b])) == 2
    placed = [report(1, actors=["rebels"], where=TOWN, date="2024-05-02"),
              report(2, actors=["army"], where=TOWN, date="2024-05-03")]  # fmt: skip
    assert len(consolidate(placed)) == 1
    far = [report(1, actors=["rebels"], where=TOWN, date="2024-05-02"),
           report(2, actors=["rebels"], where=TOWN, date="2024-05-09")]  # fmt: skip
    assert len(consolidate(far)) == 2


def test_a_placed_report_joins_the_happening_at_its_place_before_a_nearer_unplaced_one() -> None:
    attack = report(1, actors=["gunman"], where=TOWN, date="2024-05-02", targets=["people"])
    other = report(2, actors=["police"], where=None, date="2024-06-20", targets=["people"])
    recalled = report(3, actors=["the shooter"], where=TOWN, date="2024-06-25", stated=False, targets=["people"])
    happenings = consolidate([attack, other, recalled])
    at_town = next(h for h in happenings if h.date == "2024-05-02")
    assert at_town.sources == 2 and {r.article for r in at_town.reports} == {"article-1", "article-3"}
