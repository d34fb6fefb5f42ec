"""Start the browser app: ``careplan-assistant app`` or ``./dev app`` (host and port from CAREPLAN_HOST / CAREPLAN_PORT).

Before anything else: refuse a network address without a login, keep every
file the app writes private (umask 0o077, Gradio's temp folder under
CAREPLAN_HOME), prune on a timer, and clear uploads and exports at shutdown.
Gradio is imported only here, after its temp folder is set, so that the
command line's other commands never load it.
"""

from __future__ import annotations

import os
import signal
import sys

from ..answer.llm.backends import BackendUnavailable, open_backend
from ..settings import Settings, SettingsError
from .access import AccessError, configure_login, exposure_warning
from .storage import PRIVATE_UMASK, Janitor, PrivateFolders


def _stop_on_signal(signum: int, frame: object) -> None:
    """SIGTERM and SIGHUP end the app like Ctrl+C: Gradio closes the server, then the folders are cleared."""
    raise KeyboardInterrupt


def main(settings: Settings | None = None) -> int:
    """Serve until interrupted; 2 with one Japanese sentence when the settings or the login do not allow it."""
    try:
        settings = settings or Settings.from_env()
        login = configure_login(settings)
        backend = open_backend(settings)  # None unless CAREPLAN_LLM is set: then nothing is sent anywhere
    except (SettingsError, AccessError, BackendUnavailable) as exc:
        print(exc, file=sys.stderr)
        return 2
    os.umask(PRIVATE_UMASK)
    folders = PrivateFolders.for_process(settings)
    janitor = Janitor(settings, folders)
    janitor.start()
    os.environ["GRADIO_TEMP_DIR"] = str(folders.uploads)  # read when gradio is imported, just below
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _stop_on_signal)
    try:
        from ..cli import open_retriever
        from ..review.engine import ReviewEngine
        from .ui import build_app, serve

        retriever = open_retriever(settings)
        demo = build_app(retriever, ReviewEngine.from_retriever(retriever, settings.rubric_dir), settings, folders, backend=backend)
        warning = exposure_warning(settings, login)
        if warning:
            print(warning, file=sys.stderr, flush=True)
        serve(demo, settings, folders, login)
    except KeyboardInterrupt:
        pass
    finally:
        janitor.stop()
    return 0
