"""What the package declares and loads: dependencies match imports, and the command line stays light.

A care manager's ``careplan-assistant review plan.txt`` needs the rubric and
the corpus, not the vector store, the web UI or the chart library; loading
them would cost seconds and memory on every run, and an install without the
``eval`` extra must still write its evaluation reports.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib

from assistant.evaluation.charts import NO_CHART
from assistant.evaluation.review import run_review_eval
from assistant.review.engine import ReviewEngine

from .conftest import REPO

HEAVY = {"chromadb", "langchain_chroma", "gradio", "matplotlib"}
# declared but never imported, on purpose: SudachiPy loads this dictionary by name
NOT_IMPORTED = {"sudachidict-core"}


def _name(requirement: str) -> str:
    """The distribution name of a requirement, normalised (``python-docx>=1.2`` → ``python-docx``)."""
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _third_party_imports() -> set[str]:
    """Distributions the package's modules import (absolute imports that are not the standard library)."""
    owners = importlib.metadata.packages_distributions()
    found: set[str] = set()
    for path in (REPO / "assistant").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top != "assistant":
                    found.update(_name(d) for d in owners.get(top, [top]))
    return found


def test_declared_dependencies_match_imports():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    main = {_name(r) for r in project["dependencies"]}
    extras = {_name(r) for group in project["optional-dependencies"].values() for r in group}
    imported = _third_party_imports()
    assert imported - main - extras == set(), "imported but not declared"
    assert main - imported - NOT_IMPORTED == set(), "declared but never imported"
    assert "matplotlib" not in main and "matplotlib" in {_name(r) for r in project["optional-dependencies"]["eval"]}


def test_cli_review_loads_neither_chroma_nor_gradio_nor_matplotlib(tmp_path):
    """The exact command a user runs, in a fresh interpreter; ``-X importtime`` lists every module it loaded."""
    env = os.environ | {"CAREPLAN_HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "assistant.cli", "review",
                          str(REPO / "tests" / "fixtures" / "plans" / "poor.txt"), "--json"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout)["findings"], "the review found nothing"
    loaded = {line.split("|")[-1].strip().split(".")[0] for line in out.stderr.splitlines()
              if line.startswith("import time:")}
    assert "assistant" in loaded and "sudachipy" in loaded  # the listing is real
    assert loaded & HEAVY == set()


def test_eval_report_is_written_without_matplotlib(corpus, tmp_path, monkeypatch):
    plans = tmp_path / "plans"
    plans.mkdir()
    first = (REPO / "eval" / "plans" / "expected.jsonl").read_text(encoding="utf-8").splitlines()[0]
    (plans / "expected.jsonl").write_text(first + "\n", encoding="utf-8")
    shutil.copy(REPO / "eval" / "plans" / json.loads(first)["file"], plans)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # `import matplotlib` now raises ImportError

    report = run_review_eval(ReviewEngine.offline(corpus), plans, tmp_path / "out")

    text = report.markdown_path.read_text(encoding="utf-8")
    assert report.plans == 1 and "| micro |" in text and NO_CHART in text
    assert not (tmp_path / "out" / "review.png").exists()
