"""Optional LLM mode: fluent answers that can only be as true as the clauses they cite.

A configured chat model (``CAREPLAN_LLM``) writes the answer; the offline
engine (:mod:`assistant.answer.extractive`) is still computed first, caps the
verdict and is the fallback whenever the model fails or its output does not
survive the verifier (:mod:`.verify`).
"""
