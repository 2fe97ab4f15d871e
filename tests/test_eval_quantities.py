"""The quantities scorers, on small inputs written for these tests."""

from __future__ import annotations

from pathlib import Path

from sitrep.eval.quantities import read_meantime, seed_forbidden, seed_rows

_XML = """<?xml version="1.0" ?><Document doc_id="1" doc_name="t" lang="en">
<token number="0" sentence="0" t_id="1">Army</token>
<token number="1" sentence="0" t_id="2">sends</token>
<token number="2" sentence="0" t_id="3">$</token>
<token number="3" sentence="0" t_id="4">5</token>
<token number="4" sentence="0" t_id="5">million</token>
<token number="5" sentence="1" t_id="6">Later</token>
<token number="6" sentence="1" t_id="7">text</token>
<Markables>
<VALUE m_id="9" type="MONEY"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/></VALUE>
</Markables>
</Document>
"""

_MARKDOWN = """## Quantities
| text | value | unit | category | holder | location |
|---|---|---|---|---|---|
| 300 Dutch marines (and "the 300 marines") | 300 | marine | personnel | Netherlands | Aruba |
| more than 12 raids | low 12 | raid | attacks | | |

Must NOT be reported as quantities: "2nd Fleet",
"F-35", the years and day numbers of dates.

## Quotes
"""


def test_eval_quantities_meantime_rebuilds_text_and_spans(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    path.write_text(_XML, encoding="utf-8")
    gold = read_meantime(path)
    assert gold.text == "Army sends $ 5 million\nLater text"
    assert [(gold.text[s:e], kind) for s, e, kind in gold.values] == [("$ 5 million", "MONEY")]
    assert gold.annotated_end == len("Army sends $ 5 million")  # only the annotated sentences are scored


def test_eval_quantities_seed_table_rows_and_bounds() -> None:
    first, second = seed_rows(_MARKDOWN)
    assert first.surfaces == ["300 Dutch marines", "300 marines"]
    assert (first.value, first.low, first.unit, first.holder, first.location) == (
        300,
        None,
        "marine",
        "Netherlands",
        "Aruba",
    )
    assert (second.value, second.low, second.category) == (None, 12, "attacks")


def test_eval_quantities_forbidden_spans_include_dates_and_listed_strings() -> None:
    text = "On May 3, 2021, the 2nd Fleet flew F-35 jets, as in 2019."
    found = {surface for _, _, surface in seed_forbidden(_MARKDOWN, text)}
    assert found == {"May 3, 2021", "in 2019", "2nd Fleet", "F-35"}
