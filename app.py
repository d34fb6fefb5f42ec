"""Start the browser app from a checkout: ``./dev app`` (installed: ``careplan-assistant app``)."""

import sys

from assistant.app.launch import main

if __name__ == "__main__":
    sys.exit(main())
