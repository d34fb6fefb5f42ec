"""Ruff is clean, with the rules in pyproject.toml: CI runs only ``./dev test``, so the lint is a test."""

import subprocess
import sys

from .conftest import REPO


def test_ruff_check_is_clean():
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=REPO,
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
