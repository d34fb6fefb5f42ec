"""Texts the review page shows that are data, not code: the sample plan and what each mode is for.

They live in ``assistant/data/ui/`` so that wording can change without
touching the app; the sample is fresh wording written for the page (the
evaluation plans stay out of the product).
"""

from __future__ import annotations

import json
from functools import cache

from ..resources import UI_DIR

MODE_SEPARATOR = "　／　"


@cache
def sample_plan() -> str:
    """A short, realistic 居宅 plan with some strengths and some findings, so every mode has something to show."""
    return (UI_DIR / "sample_plan.txt").read_text(encoding="utf-8")


@cache
def mode_note() -> str:
    """One line under the mode selector: each mode and what it is for."""
    modes = json.loads((UI_DIR / "modes.json").read_text(encoding="utf-8"))["modes"]
    return MODE_SEPARATOR.join(modes.values())
