"""Events: who did what to whom, coded in PLOVER, with modality (`doc._.events`, SPEC `events`).

Triggers come from the lexicon in `data/events.toml`, matched over the pipeline's one tokenization (spaCy's
PhraseMatcher finds where a pattern can start, see `lexicon.TokenPatterns`). Each trigger's actors, targets,
place, time and quantities come from the records the earlier components left on the Doc (entities, times,
quantities, quotes; any may be empty), its modality from the cues in `data/event_cues.toml`."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.components import register_extensions, text_of
from sitrep.components.events.context import (
    Clause,
    DocIndex,
    Words,
    build_index,
    clauses,
    words_of,
)
from sitrep.components.events.lexicon import PatternBuilder, TokenPatterns, cues, lexicon, trigger_patterns, type_flags
from sitrep.components.events.modality import Cues, ModalityFinder
from sitrep.components.events.roles import RoleFinder, RoleWords, Trigger
from sitrep.record import Event, Evidence

__all__ = ["EventExtractor", "Trigger", "make_events"]

SPAN_KEY = "events"
_HEADLINES = frozenset({"headline", "subtitle"})
_SKIPPED_SECTIONS = frozenset({"dateline", "byline", "credit", "boilerplate"})
_CUE_KINDS = ("negated", "not_negated", "possible", "planned", "reported")


@Language.factory(
    "sitrep_events",
    default_config={"span_key": SPAN_KEY},
    assigns=["doc._.events", "doc.spans"],
    requires=["token.is_sent_start"],
)
def make_events(nlp: Language, name: str, *, span_key: str) -> EventExtractor:
    return EventExtractor(nlp, span_key=span_key)


@dataclass(slots=True)
class Found:
    """One event before ids are given: its trigger, clause and what was found around it."""

    trigger: Trigger
    clause: Clause
    event: Event
    section: str


class EventExtractor:
    """Finds PLOVER events; `match()` finds triggers, `set_annotations()` writes the records."""

    def __init__(self, nlp: Language, *, span_key: str = SPAN_KEY) -> None:
        register_extensions()
        self.span_key = span_key
        self.strings: dict[int, str] = {}  # texts of string hashes seen (see `context.words_of`)
        data = cues()
        builder = PatternBuilder(nlp, gap=int(lexicon()["settings"]["gap"]), irregular=lexicon()["forms"])
        self.breaks = frozenset(data["clause"]["breaks"])
        self.triggers = TokenPatterns(nlp.vocab, trigger_patterns(builder), stops=self.breaks)
        mod = data["modality"]
        self.cue_patterns = TokenPatterns(
            nlp.vocab, [(kind, builder.phrase(p)) for kind in _CUE_KINDS for p in mod[kind]]
        )
        self.window = int(mod["possible_window"])
        self.frame_breaks = frozenset(data["clause"]["frame_breaks"])
        self.role_words = RoleWords.from_data(data)
        self.before_noun = frozenset(data["nominal"]["before_noun"])
        self.before_verb = frozenset(data["nominal"]["before_verb"])
        self.topic_copulas = [tuple(c.split()) for c in data["topic"]["copulas"]]
        self.topic_determiners = frozenset(data["topic"]["determiners"])
        self.determiners = frozenset(data["nominal"]["determiners"])
        self.accidents = TokenPatterns(nlp.vocab, [(True, builder.phrase(p)) for p in data["accidents"]["causes"]])
        self.agentive = type_flags("agentive")
        self.framers = type_flags("frames")
        self.movers = type_flags("mover")
        self.passives = type_flags("passive")

    def __call__(self, doc: Doc) -> Doc:
        words = words_of(doc, self.strings)
        self._annotate(doc, self._match(doc, words), words)
        return doc

    # -- matching -----------------------------------------------------------------------------------------
    def match(self, doc: Doc) -> list[Trigger]:
        """The triggers of the Doc: longest match wins where matches overlap; no gap crosses a clause break."""
        return self._match(doc, words_of(doc, self.strings))

    def _match(self, doc: Doc, words: Words) -> list[Trigger]:
        candidates: list[Trigger] = []
        lower = words.lower
        sent_starts = set(words.sent_starts)
        for key, start, end, inner in self.triggers(words):
            if inner and any(lower[i] in self.breaks for i in inner):
                continue
            if end - start > 1 and not sent_starts.isdisjoint(range(start + 1, end)):
                continue
            if not key.nominal and end - start == 1 and start and lower[start - 1] in self.determiners:
                continue  # a verb's word used as a noun or adjective: "the wounded", "a sign of"
            nominal = self._nominal(lower, start, key.nominal)
            candidates.append(Trigger(start, end, key.type, key.mode, nominal, inner, key.addressed))
        candidates.sort(key=lambda t: (-(t.end - t.start - len(t.inner)), -(t.end - t.start), t.start))
        taken = [False] * len(doc)
        kept: list[Trigger] = []
        for trig in candidates:
            if any(taken[i] for i in range(trig.start, trig.end)):
                continue
            for i in range(trig.start, trig.end):
                taken[i] = True
            kept.append(trig)
        return sorted(kept, key=lambda t: t.start)

    def _nominal(self, lower: list[str], start: int, written_as_noun: bool) -> bool:
        before = lower[start - 1] if start > 0 else ""
        if before in self.before_noun or before[:1].isdigit():
            return True
        if before in self.before_verb:
            return False
        return written_as_noun

    # -- annotations --------------------------------------------------------------------------------------
    def set_annotations(self, doc: Doc, triggers: list[Trigger]) -> None:
        """Write `doc._.events` (ids V1, V2, ... in text order) and the trigger spans in `doc.spans`."""
        self._annotate(doc, triggers, words_of(doc, self.strings))

    def _annotate(self, doc: Doc, triggers: list[Trigger], words: Words) -> None:
        index = build_index(doc, words)
        found = self._events(doc, index, triggers)
        found = _drop_headline_restatements(found)
        events = [f.event for f in found]
        for n, event in enumerate(events, 1):
            event.id = f"V{n}"
        doc._.events = events
        doc.spans[self.span_key] = [Span(doc, f.trigger.start, f.trigger.end, label=f.trigger.type) for f in found]

    def _events(self, doc: Doc, index: DocIndex, triggers: list[Trigger]) -> list[Found]:
        cue_hits = self._cues(index.words)
        modality = ModalityFinder(
            index,
            Cues(*(cue_hits[k] for k in ("negated", "possible", "planned", "reported"))),
            window=self.window,
            segment_breaks=self.breaks,
            scope_breaks=self.frame_breaks,
        )
        roles = RoleFinder(index, self.role_words, self.movers, self.passives)
        accidents = sorted(start for _key, start, _end, _inner in self.accidents(index.words))
        found: list[Found] = []
        for clause, mine in clauses(index.words, self.breaks, triggers):
            section = index.section_at(index.token_starts[clause.start])
            if section in _SKIPPED_SECTIONS:
                continue
            named = [t for t in mine if not _inside_name(index, t)]
            busy = [(t.start, t.end) for t in named]
            for trig in self._unframed(index.lower, named, clause):
                if self._topic(index.lower, trig, clause):
                    continue
                r = roles.find(trig, clause, busy)
                if trig.type in self.agentive and not r.actors and _holds(accidents, clause):
                    continue  # "an earthquake killed eight": no one attacked
                if trig.addressed and not (r.targets or r.actors):
                    continue  # "the rule of law must prevail": an obligation, but no one asks and no one is asked
                found.append(self._event(doc, index, trig, clause, r, modality, section))
        return found

    def _event(
        self, doc: Doc, index: DocIndex, trig: Trigger, clause: Clause, r: Any, modality: ModalityFinder, section: str
    ) -> Found:
        first, last = max(r.first, clause.start), min(r.last, clause.end)
        start, end = index.token_starts[first], index.token_end(last - 1)
        event = Event(
            id="",
            type=trig.type,
            mode=trig.mode,
            evidence=Evidence(start, end, text_of(doc)[start:end]),
            actors=r.actors,
            targets=r.targets,
            location=r.location,
            time=r.time,
            quantities=r.quantities,
            modality=modality.modality(trig, clause, headline=section in _HEADLINES),
        )
        return Found(trig, clause, event, section)

    def _cues(self, words: Words) -> dict[str, list[tuple[int, int]]]:
        hits: dict[str, list[tuple[int, int]]] = {k: [] for k in _CUE_KINDS}
        for kind, start, end, _inner in self.cue_patterns(words):
            hits[kind].append((start, end))
        blocked: set[int] = set()
        for s, e in hits["not_negated"]:
            blocked.update(range(s, e))
        hits["negated"] = [(s, e) for s, e in hits["negated"] if s not in blocked]
        return {k: sorted(set(v)) for k, v in hits.items()}

    def _unframed(self, lower: list[str], triggers: list[Trigger], clause: Clause) -> list[Trigger]:
        """Drop triggers inside the scope of an earlier framing trigger ("threatened to shell" is one THREATEN)."""
        kept: list[Trigger] = []
        scope_end = -1
        for trig in triggers:
            if trig.start < scope_end:
                continue
            kept.append(trig)
            if trig.type in self.framers:
                scope_end = self._frame_end(lower, trig, clause)
        return kept

    def _frame_end(self, lower: list[str], trig: Trigger, clause: Clause) -> int:
        for i in range(trig.end, clause.end):
            if lower[i] in self.frame_breaks or lower[i] in self.breaks:
                return i
        return clause.end

    def _topic(self, lower: list[str], trig: Trigger, clause: Clause) -> bool:
        """A nominal trigger opening its clause as the subject of "is a …" names a topic, not an event."""
        if not trig.nominal:
            return False
        seg = clause.segment_of(trig.start)
        opened = [i + 1 for i in range(seg[0], trig.start) if lower[i] in self.role_words.openers]
        first = opened[-1] if opened else seg[0]  # "officials stressed that discussions ... will be the topic"
        if trig.start - first > 2 or not all(lower[i] in self.topic_determiners for i in range(first, trig.start)):
            return False
        rest = lower[trig.end : seg[1]]
        for n in range(len(rest)):
            for cop in self.topic_copulas:
                k = len(cop)
                if tuple(rest[n : n + k]) == cop and n + k < len(rest) and rest[n + k] in self.topic_determiners:
                    return True
        return False


def _holds(starts: list[int], clause: Clause) -> bool:
    """True when one of the sorted token positions lies in the clause."""
    at = bisect_left(starts, clause.start)
    return at < len(starts) and starts[at] < clause.end


def _inside_name(index: DocIndex, trig: Trigger) -> bool:
    """A trigger word inside a name ("the Ceasefire Violations Committee") is not an event."""
    near = index.mentions.within(max(trig.start - 8, 0), trig.start + 1)
    return any(m.kind != "country" and m.start <= trig.start and trig.end <= m.end for m in near)


def _drop_headline_restatements(found: list[Found]) -> list[Found]:
    """A headline or subtitle event that restates a body event (same type and modality, no new actor) goes."""
    body = [f.event for f in found if f.section not in _HEADLINES]

    def restated(event: Event) -> bool:
        return any(
            b.type == event.type
            and b.modality == event.modality
            and set(event.actors) <= set(b.actors)
            and set(event.targets) <= set(b.targets)
            for b in body
        )

    return [f for f in found if f.section not in _HEADLINES or not restated(f.event)]
