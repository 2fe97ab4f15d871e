"""`python -m sitrep.eval` runs the same scorers as `sitrep eval`."""

from sitrep.cli import app

if __name__ == "__main__":
    app(["eval"])
