"""Start the browser app: ``./dev app`` (host and port from CAREPLAN_HOST / CAREPLAN_PORT)."""

from assistant.app.export import prune_exports
from assistant.app.ui import CSS, build_app
from assistant.cli import open_retriever
from assistant.review.engine import ReviewEngine
from assistant.settings import Settings


def main() -> None:
    settings = Settings.from_env()
    prune_exports(settings.home / "exports")
    retriever = open_retriever(settings)
    demo = build_app(retriever, ReviewEngine.from_retriever(retriever), settings)
    demo.launch(server_name=settings.host, server_port=settings.port, ssr_mode=False, css=CSS,
                allowed_paths=[str(settings.home / "exports")])


if __name__ == "__main__":
    main()
