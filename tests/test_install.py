"""A real, non-editable install works from any folder: the corpus and the rubric travel with the code.

The package is built from a copy of the sources (pyproject.toml, README.md,
assistant/) and installed with pip into a temporary folder; the copy is then
deleted and every command runs from another folder, so nothing can reach
back into the checkout.  Dependencies come from the test's own environment
(``--no-deps``), and ``--no-build-isolation --no-index`` keeps pip off the
network: the build uses the environment's setuptools (the ``test`` extra).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

pytestmark = pytest.mark.slow

PLAN = REPO / "tests" / "fixtures" / "plans" / "poor.txt"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder pip installed the package into (``--target``)."""
    root = tmp_path_factory.mktemp("install")
    source, target = root / "source", root / "site"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source)
    shutil.copytree(REPO / "assistant", source / "assistant", ignore=shutil.ignore_patterns("__pycache__"))
    out = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                          "--no-index", "--target", str(target), str(source)],
                         capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    shutil.rmtree(source)
    return target


def _run(installed: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREPLAN_")}
    env |= {"PYTHONPATH": str(installed), "CAREPLAN_HOME": str(tmp_path / "home")}
    out = subprocess.run(list(args), cwd=elsewhere, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    return out


def test_the_installed_package_carries_its_data(installed, tmp_path):
    out = _run(installed, tmp_path, sys.executable, "-c",
               "import assistant, assistant.resources as r; print(assistant.__file__); print(r.CORPUS_DIR); print(r.RUBRIC_DIR)")
    module, corpus, rubric = (Path(line) for line in out.stdout.splitlines())
    assert module.is_relative_to(installed)
    assert {p.name for p in corpus.iterdir()} >= {"arakawa-2019.json", "suginami-2024.json", "glossary.tsv",
                                                  "clause_keywords.tsv", "sources"}
    assert (rubric / "checks.json").is_file() and (rubric / "question_focus.json").is_file()


def test_installed_review_finds_and_cites(installed, tmp_path):
    """Through the console script pip wrote, as a user would run it."""
    out = _run(installed, tmp_path, str(installed / "bin" / "careplan-assistant"), "review", str(PLAN), "--json")
    findings = json.loads(out.stdout)["findings"]
    cited = [f for f in findings if f["citations"]]
    assert cited, findings
    citation = cited[0]["citations"][0]
    assert citation["clause_id"].startswith(("arakawa-2019/", "suginami-2024/")) and citation["quote"]


def test_installed_ask_and_search_build_an_index_and_cite(installed, tmp_path):
    answer = json.loads(_run(installed, tmp_path, sys.executable, "-m", "assistant.cli", "ask",
                             "モニタリングで大切なことは？", "--json").stdout)
    assert answer["coverage"] == "direct" and answer["citations"], answer
    assert any("モニタリング" in c["quote"] for c in answer["citations"])
    assert (tmp_path / "home" / "index").is_dir()  # state went to CAREPLAN_HOME, not next to the code

    hits = json.loads(_run(installed, tmp_path, sys.executable, "-m", "assistant.cli", "search", "公正中立",
                           "--k", "3", "--json").stdout)
    assert hits and all(h["clause_id"] and h["text"] for h in hits)
    assert any("公正" in h["text"] or "公平" in h["label"] for h in hits)
