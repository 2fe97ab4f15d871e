"""Unnamed parties that act or are acted on ("gunmen", "a truck driver", "the militants") become entities of
kind group or person, so that an event can name them. Entity ids stay in order of first mention: adding one
renumbers the entities and every reference to them (figures, quotes, events, entity attributes, the spans)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Span

from sitrep.components.entities import SPANS_KEY, reindex
from sitrep.components.events.roles import Party
from sitrep.data_files import load_toml
from sitrep.record import Entity, Event, Mention

_ENTITY_ID = re.compile(r"E\d+")


def unify(parties: Iterable[Party]) -> dict[str, str]:
    """The one key of each party's key: parties named alike are one ("security forces", "the security forces"); a
    bare head ("the militants") is the party of that head the article names ("Islamist militants"), or when it
    names several ("security forces", "foreign forces", kept apart) the last one named before it."""
    ordered = sorted(parties, key=lambda p: p.start)
    named: dict[str, set[str]] = {}  # head -> the keys with more words than the head
    for p in ordered:
        named.setdefault(p.head, set()).update([p.own_key] if p.own_key != p.head else [])
    last: dict[str, str] = {}  # head -> the key with more words named last
    one: dict[str, str] = {}
    for party in ordered:
        key = party.own_key
        if key != party.head:
            last[party.head] = key
        if len(named[party.head]) == 1:
            one[key] = next(iter(named[party.head]))
        elif key == party.head:
            one.setdefault(key, last.get(party.head, key))
        else:
            one[key] = _fuller(key, named[party.head])
    for key, to in list(one.items()):
        if key == to and (member := _member_of(key, set(one.values()))) is not None:
            one[key] = member  # "the opposition" after "the main opposition party": that party
    return one


def _member_of(key: str, keys: set[str]) -> str | None:
    """The one party of `keys` named by a bare word followed by a collective head ("opposition" in "the main
    opposition party", "rebel" in "rebel fighters"), when `key` is that bare word; None when there is none or more
    than one."""
    kind, _, word = key.partition(":")
    if " " in word:
        return None
    collectives = _collective_heads()
    found = {
        k for k in keys
        if k.startswith(kind + ":") and len(words := k.partition(":")[2].split()) > 1
        and words[-1] in collectives and words[-2] == word
    }
    return next(iter(found)) if len(found) == 1 else None


@cache
def _collective_heads() -> frozenset[str]:
    return frozenset(load_toml("event_syntax.toml")["pronouns"]["collective_heads"])


def _fuller(key: str, keys: set[str]) -> str:
    """The one party of `keys` whose name ends with the words of `key` and has more ("prison officers" and "two
    federal prison officers" are one), else `key` itself: a party named first in full and then shorter, or the
    other way round, is one party; two fuller names ("Syrian security forces", "Iraqi security forces") keep a
    shorter one apart from both."""
    kind, _, words = key.partition(":")
    fuller = {k for k in keys if k != key and k.startswith(kind + ":") and k.endswith(" " + words)}
    longest = max(fuller, key=len, default=key)
    if all(longest.endswith(" " + k.partition(":")[2]) for k in fuller - {longest}):
        return longest
    return key


def add_parties(doc: Doc, parties: Iterable[Party], events: list[Event]) -> None:
    """Add the unnamed parties (keys already unified, see `unify`) as entities and rewrite the events' temporary
    keys into entity ids."""
    entities: list[Entity] = list(doc._.entities or [])
    keys: dict[str, Entity] = {}
    for party in sorted(parties, key=lambda p: p.start):
        entity = keys.get(party.key)
        if entity is None:
            entity = keys[party.key] = Entity("", party.kind, party.name)
            entities.append(entity)
        if len(party.name) > len(entity.name):
            entity.name = party.name  # the fullest way the article names it
        if not any(m.start == party.start for m in entity.mentions):
            entity.mentions.append(Mention(party.start, party.end, party.name))
            entity.mentions.sort(key=lambda m: m.start)
    if not keys:
        return
    renumber(doc, entities, keys, events)


def renumber(doc: Doc, entities: list[Entity], keys: dict[str, Entity], events: list[Event]) -> None:
    """Give ids E1, E2, ... in order of first mention and rewrite every reference."""
    entities.sort(key=lambda e: e.mentions[0].start if e.mentions else 1 << 62)
    new = {e.id: f"E{n}" for n, e in enumerate(entities, 1) if e.id}
    for n, e in enumerate(entities, 1):
        e.id = f"E{n}"
    new.update({key: e.id for key, e in keys.items()})
    for e in entities:
        for name, value in list(e.attributes.items()):
            if isinstance(value, str) and _ENTITY_ID.fullmatch(value) and value in new:
                e.attributes[name] = new[value]
    for q in doc._.quantities or []:
        q.holder = new.get(q.holder, q.holder) if q.holder else None
        q.location = new.get(q.location, q.location) if q.location else None
    for u in doc._.quotes or []:
        if u.speaker is not None and u.speaker.entity:
            u.speaker.entity = new.get(u.speaker.entity, u.speaker.entity)
    for v in events:
        v.actors = list(dict.fromkeys(new.get(a, a) for a in v.actors))
        v.targets = [t for t in dict.fromkeys(new.get(t, t) for t in v.targets) if t not in v.actors]
        v.location = new.get(v.location, v.location) if v.location else None
    doc._.entities = entities
    reindex(doc)
    if SPANS_KEY in doc.spans:
        doc.spans[SPANS_KEY] = [
            Span(doc, s.start, s.end, label=s.label_, kb_id=new.get(s.kb_id_, s.kb_id_)) for s in doc.spans[SPANS_KEY]
        ]
