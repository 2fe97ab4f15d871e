"""Assemble the spaCy pipeline (one tokenization, rule-based components) and run it on prepared articles."""

from __future__ import annotations

import gc
import logging
import re
from datetime import date, datetime
from functools import cache

from spacy.lang.en import English, EnglishDefaults
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.components import register_extensions
from sitrep.components.sentences import sentences_of
from sitrep.errors import MissingComponentError
from sitrep.language import guess_language
from sitrep.plugins import load
from sitrep.reader import Prepared, prepare
from sitrep.reader.article import MAX_CHARS
from sitrep.record import Extraction

log = logging.getLogger(__name__)

# The components, in the order they run: (factory name, module that registers it). Each is one module or package
# in `sitrep/components/` and declares what it reads (`requires`) and fills (`assigns`); later components read
# what earlier ones wrote on the Doc. A component that cannot be loaded is a `MissingComponentError`.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("sitrep_sentences", "sitrep.components.sentences"),
    ("sitrep_entities", "sitrep.components.entities"),
    ("sitrep_times", "sitrep.components.times"),
    ("sitrep_parse_plan", "sitrep.components.parse_plan"),  # the sentences the components after it parse: one batch
    ("sitrep_quotes", "sitrep.components.quotes"),
    ("sitrep_quantities", "sitrep.components.quantities"),  # after quotes (it reads none of theirs): see parse_plan
    ("sitrep_events", "sitrep.components.events"),
)
_FACT_LISTS = ("entities", "times", "quantities", "quotes", "events")


@cache
def get_nlp() -> Language:
    """The shared pipeline: a blank English tokenizer plus sitrep's components."""
    register_extensions()
    nlp = SitrepEnglish()
    nlp.max_length = MAX_CHARS  # `prepare` refuses a longer article with a clear error first
    for name, module in COMPONENTS:
        load_component(name, module)
        nlp.add_pipe(name)
    # The pipeline's data (gazetteers, lexicons, compiled rules) lives as long as the process. Moving what exists
    # now out of the garbage collector's sight spares every later full collection a walk over all of it
    # (~0.15 s each, a tenth of the time over 150 articles). Frozen objects that become garbage are still freed
    # by reference counting; only reference cycles among them would stay.
    gc.freeze()
    return nlp


def load_component(name: str, module: str) -> None:
    """Import the module that registers the spaCy factory `name`, or raise a `MissingComponentError`."""
    load(module, what=f"the pipeline component {name}")
    if not Language.has_factory(name):
        raise MissingComponentError(f"module {module} does not register the pipeline component {name}")


class _Defaults(EnglishDefaults):
    # spaCy's English infixes, plus the split of a word glued to a closing quotation mark: 'paranoia,”Clinton said'
    # gives paranoia / , / ” / Clinton (the default rules keep "paranoia,”Clinton" as one token, hiding both the
    # quote's end and the speaker). Set here rather than on a built tokenizer, which would rebuild its special cases.
    infixes = [  # noqa: RUF012 (spaCy reads it as a class attribute)
        *EnglishDefaults.infixes,
        r"(?<=[^\W\d_])[,.!?;:](?=[\"”][^\W\d_])",  # the comma or stop before a glued closing mark
        r"(?<=[,.!?;:])[\"”](?=[^\W\d_])",  # the closing mark glued to the next word
        r"(?<=[^\W\d_])”(?=[^\W\d_])",  # a closing mark between two words ('border”Aziz'; never an opening one)
    ]


    # A run of 100 or more characters with no space ("'s's's…", a long URL) stays one token: spaCy strips one suffix
    # at a time with a regex anchored at the run's end, which costs the square of the run's length.
    token_match = re.compile(r"(?s).{100,}").match


class SitrepEnglish(English):  # type: ignore[no-untyped-call]  # spaCy's __init_subclass__
    """`spacy.blank("en")` with sitrep's tokenizer rules."""

    Defaults = _Defaults


def extract(
    text: str,
    *,
    published: datetime | date | str | None = None,
    url: str | None = None,
    source: str | None = None,
    html: bool = False,
    title: str | None = None,
) -> Extraction:
    """Everything sitrep finds in one article. See `../shared/SPEC.md` for the record."""
    prepared = prepare(text, published=published, url=url, source=source, html=html, title=title)
    return run(prepared)


def run(prepared: Prepared) -> Extraction:
    """Run the pipeline on an article the reader has prepared."""
    nlp = get_nlp()
    doc = make_doc(nlp, prepared)
    body = " ".join(prepared.text[s.start : s.end] for s in prepared.layout.sections if s.kind == "body")
    language = guess_language(body or prepared.text)
    if language == "en":
        doc = nlp(doc)
    else:
        doc = nlp.get_pipe("sitrep_sentences")(doc)
        log.info("language %s is not supported; only sections and sentences were extracted", language)
    return _extraction(doc, prepared, language)


def make_doc(nlp: Language, prepared: Prepared) -> Doc:
    """The Doc of a prepared article, with what the reader knows set on it (sections, publication date) and
    empty fact lists, before any component runs."""
    doc = nlp.make_doc(prepared.text)
    doc.user_data["sitrep_text"] = prepared.text  # what `components.text_of` returns, without rebuilding it
    doc._.sections = prepared.layout.sections
    doc._.published = prepared.article.published
    for name in _FACT_LISTS:
        setattr(doc._, name, [])
    return doc


def _extraction(doc: Doc, prepared: Prepared, language: str) -> Extraction:
    warnings = list(prepared.warnings)
    if language != "en":
        warnings.append(f"language {language!r} is not supported: only sections and sentences were extracted")
    return Extraction(
        article=prepared.article,
        text=prepared.text,
        sections=list(prepared.layout.sections),
        sentences=sentences_of(doc),
        entities=list(doc._.entities),
        times=list(doc._.times),
        quantities=list(doc._.quantities),
        quotes=list(doc._.quotes),
        events=list(doc._.events),
        language=language,
        warnings=warnings,
        place=prepared.layout.place,
    )
