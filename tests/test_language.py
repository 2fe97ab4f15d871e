"""The language guess: English passes, other languages and scripts are named."""

from __future__ import annotations

from sitrep.language import guess_language


def test_language_english() -> None:
    assert guess_language("The minister said that the troops would leave the city by the end of the year.") == "en"


def test_language_german_and_french() -> None:
    german = (
        "Die Regierung hat am Montag angekündigt, dass die Soldaten bis zum Ende des Jahres aus der Stadt abziehen."
    )
    french = "Le ministre a déclaré que les soldats quitteront la ville avant la fin de l'année, selon le gouvernement."
    assert guess_language(german) == "de"
    assert guess_language(french) == "fr"


def test_language_other_script() -> None:
    assert guess_language("Министр заявил, что войска покинут город до конца года.") == "und-Cyrl"
