"""Answering questions from the guidelines with verbatim quotes."""
