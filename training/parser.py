"""Train, score and ship sitrep's tagger, lemmatizer and dependency parser (the syntactic layer).

    python training/parser.py all                 # what `make parser` runs: convert, train, evaluate, ship
    python training/parser.py convert --limit 200 # the UD files as spaCy DocBins (a slice with --limit)
    python training/parser.py train --max-steps 6000
    python training/parser.py evaluate            # LAS/UAS/POS on EWT test and PUD -> training/parser-scores.json
    python training/parser.py ship                # copy model-best into src/sitrep/data/parser/

Data: UD English EWT (train/dev/test) and PUD (test only) from `../shared/data/ud_english/` (CC BY-SA 4.0 and
CC BY-SA 3.0). The recipe is `training/parser.cfg` (spaCy's efficiency CNN, fixed seed); everything runs on the
CPU, on one thread, with no download."""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CONFIG = HERE / "parser.cfg"
SCORES = HERE / "parser-scores.json"
SHIPPED = ROOT / "src" / "sitrep" / "data" / "parser"
UD = ROOT.parent / "shared" / "data" / "ud_english"
BUILD = ROOT / "build" / "parser"
SPLITS = {"train": "en_ewt-ud-train", "dev": "en_ewt-ud-dev", "test": "en_ewt-ud-test", "pud": "en_pud-ud-test"}
N_SENTS = 10  # sentences per training document, as `spacy convert --n-sents 10`
UNSHIPPED = ("trainable_lemmatizer", "morphologizer")
LICENSE_NOTE = """The weights in this folder were trained by sitrep (training/parser.py, training/parser.cfg) on the
Universal Dependencies English Web Treebank (UD_English-EWT, v2.16, github.com/UniversalDependencies/UD_English-EWT),
whose annotations are (c) 2013-2021 The Board of Trustees of the Leland Stanford Junior University and licensed under
Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0). As a work derived from it, these weights are
distributed under CC BY-SA 4.0 too: https://creativecommons.org/licenses/by-sa/4.0/ . The rest of sitrep is MIT.
"""


def convert(ud: Path, build: Path, limit: int | None) -> dict[str, Path]:
    """Each UD split as a DocBin of documents of N_SENTS sentences (the first `limit` sentences with a limit)."""
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    corpus = build / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for split, stem in SPLITS.items():
        source = ud / f"{stem}.conllu.gz"
        if not source.is_file():
            sys.exit(f"error: {source} is missing: the UD English data lives in ../shared/data/ud_english/")
        with gzip.open(source, "rt", encoding="utf-8") as handle:
            text = handle.read()
        if limit:
            text = "\n\n".join(text.split("\n\n")[:limit]) + "\n\n"
        docs = list(conllu_to_docs(text, n_sents=N_SENTS, no_print=True))
        out[split] = corpus / f"{split}.spacy"
        DocBin(docs=docs, store_user_data=False).to_disk(out[split])
        print(f"{split}: {len(docs)} documents -> {out[split]}")
    return out


def train(build: Path, max_steps: int | None, eval_frequency: int | None = None) -> Path:
    """Train with the recipe; returns the best model's folder."""
    from spacy.cli.train import train as spacy_train

    corpus = build / "corpus"
    overrides: dict[str, Any] = {"paths.train": str(corpus / "train.spacy"), "paths.dev": str(corpus / "dev.spacy")}
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    if eval_frequency is not None:
        overrides["training.eval_frequency"] = eval_frequency
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    spacy_train(CONFIG, build / "out", overrides=overrides)
    return build / "out" / "model-best"


def evaluate(model: Path, build: Path) -> dict[str, Any]:
    """Tagging and parsing scores on EWT test and PUD (gold tokens and sentences, as UD scorers use)."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    nlp = spacy.load(model)
    scores: dict[str, Any] = {}
    for split in ("test", "pud"):
        gold = list(DocBin().from_disk(build / "corpus" / f"{split}.spacy").get_docs(nlp.vocab))
        examples = [Example(_tokens_of(nlp, g), g) for g in gold]
        s = nlp.evaluate(examples)
        scores[split] = {k: round(float(s[k]), 4) for k in ("dep_uas", "dep_las", "pos_acc", "tag_acc", "lemma_acc")}
        scores[split]["sentences"] = sum(1 for g in gold for _ in g.sents)
        scores[split]["words"] = sum(len(g) for g in gold)
    return scores


def _tokens_of(nlp: Any, gold: Any) -> Any:
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])


def ship(model: Path, scores: dict[str, Any]) -> None:
    """Save the trained components the package runs into it (not the lemmatizer, scored but not run: see
    `sitrep.syntax.model`; nor the morphologizer, whose POS the tagger's tags give), with their scores and license."""
    import spacy

    nlp = spacy.load(model)
    for name in UNSHIPPED:
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    if SHIPPED.exists():
        shutil.rmtree(SHIPPED)
    nlp.to_disk(SHIPPED)
    meta = json.loads((SHIPPED / "meta.json").read_text(encoding="utf-8"))
    meta.update(
        name="sitrep_parser",
        description="sitrep's tagger, lemmatizer and dependency parser, trained on UD English EWT v2.16",
        license="CC BY-SA 4.0",
        sources=[{"name": "UD English EWT v2.16", "url": "https://github.com/UniversalDependencies/UD_English-EWT",
                  "license": "CC BY-SA 4.0"}],
        sitrep_scores=scores,
    )  # fmt: skip
    meta.pop("performance", None)
    (SHIPPED / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    (SHIPPED / "LICENSE").write_text(LICENSE_NOTE, encoding="utf-8")
    size = sum(f.stat().st_size for f in SHIPPED.rglob("*") if f.is_file())
    print(f"shipped {SHIPPED} ({size / 1e6:.1f} MB)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=["all", "convert", "train", "evaluate", "ship"])
    parser.add_argument("--ud", type=Path, default=UD, help="folder of the UD English .conllu.gz files")
    parser.add_argument("--build", type=Path, default=BUILD, help="work folder (corpus and training output)")
    parser.add_argument("--limit", type=int, help="convert only the first N sentences of each file")
    parser.add_argument("--max-steps", type=int, help="override the recipe's step budget")
    parser.add_argument("--eval-frequency", type=int, help="override how often the dev set is scored")
    args = parser.parse_args(argv)
    model = args.build / "out" / "model-best"
    if args.step in ("all", "convert"):
        convert(args.ud, args.build, args.limit)
    if args.step in ("all", "train"):
        model = train(args.build, args.max_steps, args.eval_frequency)
    if args.step in ("all", "evaluate", "ship"):
        scores = evaluate(model, args.build)
        SCORES.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(scores, indent=2))
        if args.step in ("all", "ship"):
            ship(model, scores)


if __name__ == "__main__":
    main()
