"""The web app (`sitrep serve`): a JSON API and pages over a store, everything shipped in the package.

`create_app(db)` lives in `sitrep.web.app`; it needs the `web` extra (FastAPI, Uvicorn, Jinja2)."""
