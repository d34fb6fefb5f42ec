"""Start the browser app: ``./dev app`` (host and port from CAREPLAN_HOST / CAREPLAN_PORT)."""

from assistant.cli import open_retriever
from assistant.settings import Settings
from assistant.ui import build_app


def main() -> None:
    settings = Settings.from_env()
    demo = build_app(open_retriever(settings))
    demo.launch(server_name=settings.host, server_port=settings.port, ssr_mode=False)


if __name__ == "__main__":
    main()
