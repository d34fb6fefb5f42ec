"""The configured chat model (``CAREPLAN_LLM``), built through the LangChain client of its protocol.

The clients are imported only here and only when a model is configured: the
offline default needs neither package installed and opens no connection.
Retries are off: a failed call falls back to the offline answer at once rather
than making the user wait several timeouts.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from langchain_core.language_models import BaseChatModel

from ...network import is_loopback as is_loopback_host
from ...settings import Settings


class BackendUnavailable(RuntimeError):
    """The model is configured but its client package is not installed (message in Japanese)."""


@dataclass(frozen=True)
class Backend:
    """A chat model and the name shown to the user as the one who answered."""

    model: BaseChatModel
    label: str  # e.g. 「ollama: qwen2.5:7b」, saying so when the server is not on this machine
    remote: bool = False  # the server is not on this machine: questions and plans leave it
    pseudonymise: bool = False  # personal items are replaced before sending (:mod:`.pseudonymise`)


def open_backend(settings: Settings) -> Backend | None:
    """The chat model ``settings`` name, or None when ``CAREPLAN_LLM=none`` (then nothing is ever sent)."""
    if not settings.llm_enabled:
        return None
    assert settings.llm_model and settings.llm_base_url  # Settings.from_env requires both for a backend
    try:
        if settings.llm == "ollama":
            from langchain_ollama import ChatOllama

            headers = {"Authorization": f"Bearer {settings.llm_api_key}"} if settings.llm_api_key else {}
            model: BaseChatModel = ChatOllama(
                model=settings.llm_model, base_url=settings.llm_base_url, temperature=0, format="json",
                client_kwargs={"timeout": settings.llm_timeout, "headers": headers},
            )
        else:
            from langchain_openai import ChatOpenAI

            model = ChatOpenAI(
                model=settings.llm_model, base_url=settings.llm_base_url, temperature=0, max_retries=0,
                timeout=settings.llm_timeout,
                api_key=settings.llm_api_key or "unused",  # local servers need none; the client insists on one
            )
    except ImportError as exc:
        raise BackendUnavailable(f"CAREPLAN_LLM={settings.llm} には追加のパッケージが必要です: "
                                 'pip install -e ".[llm]"') from exc
    remote = not is_loopback(settings.llm_base_url)
    where = "（このコンピューターの外のサーバー）" if remote else ""
    pseudonymise = settings.llm_pseudonymise == "always" or (remote and settings.llm_pseudonymise == "auto")
    return Backend(model, f"{settings.llm}: {settings.llm_model}{where}", remote, pseudonymise)


def is_loopback(url: str) -> bool:
    """Whether ``url`` points at this machine (plan text sent there does not leave it)."""
    return is_loopback_host(urlsplit(url).hostname or "")
