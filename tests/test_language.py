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


def test_a_short_english_sentence_full_of_names_is_english() -> None:
    # "met" and "in" are Dutch function words too; two hits do not outvote English
    assert guess_language("Chilean President Gabriel Boric met Peruvian envoy Ana Cecilia Gervasi in Lima.") == "en"


def test_the_particles_of_names_are_no_function_words() -> None:
    text = (
        "Hans van der Berg met Maria de la Cruz in Brussels. Van der Berg later thanked Maria de la Cruz for her help."
    )
    assert guess_language(text) == "en"
    german = "Die Truppen in der Region bleiben bis zum Ende des Jahres, sagte der Minister in Berlin am Montag."
    assert guess_language(german) == "de"
