"""`sitrep extract` from the command line: the SPEC document, the summary, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep import batch
from sitrep.cli import EXIT_FAILED, EXIT_LANGUAGE, app
from tests.conftest import EXAMPLES, break_pipeline


def test_cli_extract_json_is_the_spec_document(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(EXAMPLES / "wire-report.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert set(doc) == {
        "sitrep_version",
        "article",
        "text",
        "sections",
        "sentences",
        "entities",
        "times",
        "quantities",
        "quotes",
        "events",
    }
    assert set(doc["article"]) == {"id", "title", "subtitle", "published", "url", "source"}
    assert doc["article"]["source"] == "Reuters"
    for span in doc["sections"] + doc["sentences"]:
        assert doc["text"][span["start"] : span["end"]].strip() == doc["text"][span["start"] : span["end"]]


def test_cli_extract_text_summary(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(EXAMPLES / "captioned-feature.txt"), "--format", "text"])
    assert result.exit_code == 0
    assert "Drone strikes hit fuel depots" in result.stdout and "caption" in result.stdout
    wire = runner.invoke(app, ["extract", str(EXAMPLES / "wire-report.txt"), "--format", "text"])
    assert "dateline Mitrovica" in wire.stdout and "source Reuters" in wire.stdout
    assert "{" not in result.stdout.splitlines()[0]


def test_cli_extract_published_option_and_stdin(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["extract", "-", "--published", "2026-02-01T10:00"], input="Border guards detained nine men on Sunday."
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["published"] == "2026-02-01T10:00"


def test_cli_extract_bad_published_is_one_line_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(EXAMPLES / "dated-brief.txt"), "--published", "yesterday"])
    assert result.exit_code == EXIT_FAILED
    assert "not ISO 8601" in result.stderr and "Traceback" not in result.output


def test_cli_extract_bad_inputs_fail_cleanly_and_the_rest_go_on(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    good = EXAMPLES / "dated-brief.txt"
    result = runner.invoke(app, ["extract", str(empty), str(binary), str(tmp_path), str(good)])
    assert result.exit_code == EXIT_FAILED
    assert "Traceback" not in result.output
    assert "empty" in result.stderr and "binary" in result.stderr and "is a directory" in result.stderr
    assert "3 input(s) failed" in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1 and lines[0]["article"]["published"] == "2026-10-08"


def test_cli_extract_article_that_breaks_the_pipeline_fails_alone(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    break_pipeline(monkeypatch, batch, "cursed", KeyError("missing"))
    bad = tmp_path / "bad.txt"
    bad.write_text("A cursed article about nothing at all.", "utf-8")
    result = runner.invoke(app, ["extract", str(bad), str(EXAMPLES / "dated-brief.txt")])
    assert result.exit_code == EXIT_FAILED and "Traceback" not in result.output
    assert "bad.txt: sitrep failed on this article (KeyError" in result.stderr and "1 input(s) failed" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_cli_extract_too_large(runner: CliRunner, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Troops moved. " * 200)
    result = runner.invoke(app, ["extract", str(big), "--max-bytes", "1000"])
    assert result.exit_code == EXIT_FAILED and "limit" in result.stderr


def test_cli_extract_latin1_is_decoded_and_named(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Officials in Bogotá said the convoy left on Monday.".encode("latin-1"))
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    assert f"warning: {path}: not UTF-8; decoded as Windows-1252 (Latin-1) (detected)" in result.stderr
    assert json.loads(result.stdout)["text"] == "Officials in Bogotá said the convoy left on Monday."


def test_cli_extract_damaged_utf8_warns_and_extracts(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes("Officials in Bogotá said the convoy — ".encode() + b"\xff" + b" left on Monday.")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    assert "invalid UTF-8" in result.stderr
    assert "\ufffd" in json.loads(result.stdout)["text"]


def test_cli_extract_html_without_article(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "nav.html"
    page.write_text("<html><body><nav><a href='/a'>Home</a> <a href='/b'>World</a></nav></body></html>")
    result = runner.invoke(app, ["extract", str(page)])
    assert result.exit_code == EXIT_FAILED and "no article text" in result.stderr


def test_cli_extract_non_english_returns_sections_and_says_so(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text(
        "Truppen verlassen die Stadt\n\nDie Regierung hat am Montag angekündigt, dass die Soldaten "
        "bis zum Ende des Jahres aus der Stadt abziehen werden, und die Opposition ist nicht dafür."
    )
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == EXIT_LANGUAGE
    assert "not supported" in result.stderr
    doc = json.loads(result.stdout)
    assert [s["kind"] for s in doc["sections"]] == ["headline", "body"]
    assert doc["entities"] == [] and doc["sentences"]


def test_cli_extract_corpus_prints_one_document_per_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(EXAMPLES / "corpus.jsonl")])
    assert result.exit_code == 0
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert next(d["article"]["title"] for d in docs) == "Coast guard detains 31 migrants off the southern coast"
    assert len(docs) == 3


def test_cli_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("sitrep ")


def test_cli_extract_jobs_give_the_serial_output(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    inputs = [str(EXAMPLES / "corpus.jsonl"), str(empty), str(EXAMPLES / "dated-brief.txt")]
    serial = runner.invoke(app, ["extract", *inputs])
    parallel = runner.invoke(app, ["extract", *inputs, "--jobs", "2"])
    assert serial.exit_code == parallel.exit_code == EXIT_FAILED
    assert serial.stdout == parallel.stdout and len(parallel.stdout.splitlines()) == 4
    assert serial.stderr == parallel.stderr and "1 input(s) failed" in parallel.stderr


def test_cli_runs_as_a_module() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "sitrep", "--version"], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("sitrep ")
