"""Where the data shipped inside the package lives: guideline corpus, review rubric, prompts.

They sit in ``assistant/data/`` and are declared as package data, so a
non-editable ``pip install .`` carries them wherever it puts the code and the
tool works from any folder.  Every reader finds them through this module, never
through the layout of a checkout.  The package is installed as plain files (not
a zip), so these are ordinary paths.  ``CAREPLAN_CORPUS_DIR`` can point the
corpus elsewhere (:mod:`.settings`); the rubric always comes with the code that
interprets it.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
CORPUS_DIR = DATA_DIR / "corpus"  # guideline documents (*.json), sources/, glossary.tsv, clause_keywords.tsv
RUBRIC_DIR = DATA_DIR / "rubric"  # checks, word lists and field names the review and the answers read
UI_DIR = DATA_DIR / "ui"  # texts the page shows: the sample plan, what each mode is for
INGEST_DIR = DATA_DIR / "ingest"  # heading styles read when a user's own guideline is taken in
