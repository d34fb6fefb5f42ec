"""Charts for the evaluation reports, drawn only when matplotlib (the ``eval`` extra) is installed.

matplotlib is needed for nothing else, so it is not a main dependency: without
it a report is still written with every figure in its tables, and says where
the chart would have been and how to get it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

NO_CHART = "（図は matplotlib が入っていないため作っていません。`pip install \"careplan-assistant[eval]\"` で入ります。）"


def pyplot() -> Any | None:
    """``matplotlib.pyplot`` drawing to files only, or None when matplotlib is not installed."""
    try:
        import matplotlib
    except ImportError:
        return None
    matplotlib.use("Agg")  # no display: reports are files
    import matplotlib.pyplot as plt

    return plt


def chart_markdown(chart: Path | None) -> str:
    """The report's line for its chart: the image, or why there is none."""
    return f"![chart]({chart.name})" if chart else NO_CHART
