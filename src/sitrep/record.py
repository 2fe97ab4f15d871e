"""The SPEC's typed records (`../shared/SPEC.md`): what `sitrep.extract` returns and `to_dict()` prints."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from operator import attrgetter
from typing import Any

from sitrep.version import __version__

SECTION_KINDS = ("headline", "subtitle", "dateline", "byline", "body", "caption", "credit", "boilerplate")
ENTITY_KINDS = ("country", "place", "organization", "person", "group", "equipment")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
TIME_ROLES = ("point", "deadline", "period", "since", "until")
QUANTITY_CATEGORIES = (
    "personnel",
    "attacks",
    "casualties",
    "killed",
    "wounded",
    "displaced",
    "detained",
    "missing",  # not in SPEC.md's list: issue 16 adds it
    "countries",
    "money",
    "distance",
    "weapons",
    "other",
)
QUOTE_KINDS = ("direct", "indirect", "partial")
EVENT_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
MODALITIES = ("asserted", "planned", "possible", "negated", "reported")


_VALUES: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


class _Record:
    """A record pickles as a call of its class with its field values: about twice as fast to dump, and smaller,
    than the default for slotted dataclasses (`ingest --jobs N` sends every extraction back from its workers)."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        cls = type(self)
        values = _VALUES.get(cls)
        if values is None:  # every record has two fields or more, so the getter gives a tuple
            values = _VALUES[cls] = attrgetter(*(f.name for f in fields(self)))  # type: ignore[arg-type]
        return cls, values(self)


@dataclass(slots=True)
class Section(_Record):
    kind: str
    start: int
    end: int


@dataclass(slots=True)
class Sentence(_Record):
    start: int
    end: int
    section: str


@dataclass(slots=True)
class Mention(_Record):
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity(_Record):
    id: str
    kind: str
    name: str
    code: str | None = None
    lat: float | None = None
    lon: float | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Time(_Record):
    id: str
    start: int
    end: int
    text: str
    type: str
    value: str
    begin: str | None = None
    until: str | None = None
    role: str = "point"


@dataclass(slots=True)
class Quantity(_Record):
    id: str
    start: int
    end: int
    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    unit: str | None = None
    category: str = "other"
    holder: str | None = None
    location: str | None = None
    time: str | None = None


@dataclass(slots=True)
class Speaker(_Record):
    entity: str | None
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Cue(_Record):
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Quote(_Record):
    id: str
    start: int
    end: int
    text: str
    kind: str
    speaker: Speaker | None = None
    cue: Cue | None = None


@dataclass(slots=True)
class Evidence(_Record):
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Event(_Record):
    id: str
    type: str
    evidence: Evidence
    mode: str | None = None
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    location: str | None = None
    time: str | None = None
    quantities: list[str] = field(default_factory=list)
    modality: str = "asserted"
    mentions: list[Evidence] = field(default_factory=list)  # every clause reporting it; [0] is the evidence


@dataclass(slots=True)
class Article(_Record):
    id: str
    title: str | None = None
    subtitle: str | None = None
    published: datetime | date | None = None
    url: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "subtitle": self.subtitle,
            "published": iso(self.published),
            "url": self.url,
            "source": self.source,
        }


@dataclass(slots=True)
class Extraction(_Record):
    """Everything sitrep found in one article; `to_dict()` is the SPEC's JSON document."""

    article: Article
    text: str
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    language: str = "en"
    warnings: list[str] = field(default_factory=list)
    place: str | None = None  # the dateline's place ("BAGHDAD (Reuters) —"); not part of the SPEC document

    def to_dict(self) -> dict[str, Any]:
        return {
            "sitrep_version": __version__,
            "article": self.article.to_dict(),
            "text": self.text,
            "sections": plain(self.sections),
            "sentences": plain(self.sentences),
            "entities": plain(self.entities),
            "times": plain(self.times),
            "quantities": plain(self.quantities),
            "quotes": plain(self.quotes),
            "events": plain(self.events),
        }

    def section_text(self, kind: str) -> list[str]:
        """The text of every section of one kind, in order."""
        return [self.text[s.start : s.end] for s in self.sections if s.kind == kind]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def plain(value: Any) -> Any:
    """Records as JSON-ready dicts and lists (like `dataclasses.asdict`, without its deep copies)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list or kind is tuple:
        return [v if type(v) in _SCALARS else plain(v) for v in value]
    if hasattr(kind, "__dataclass_fields__"):
        out = {}
        for name in _field_names(kind):
            v = getattr(value, name)
            out[name] = v if type(v) in _SCALARS else plain(v)
        return out
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


_SCALARS = frozenset({str, int, float, bool, type(None)})


def article_id(text: str) -> str:
    """The SPEC's article id: the SHA-256 of the exact text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def iso(value: datetime | date | None) -> str | None:
    """ISO 8601 for a date or date-time; minutes are the finest unit shown when seconds are zero."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.second == 0 and value.microsecond == 0:
            return value.isoformat(timespec="minutes")
        return value.isoformat()
    return value.isoformat()


def from_iso(value: str | None) -> datetime | date | None:
    """The date or date-time `iso` wrote ("2024-09-27", "2024-09-27T16:38"); None for none."""
    if not value:
        return None
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
