"""Citations and the one verifier every citation passes through.

A citation names a clause by id, shows its label, and quotes it.  The verifier
is the product's "faithful or silent" gate: an unknown clause id, a label that
is not the clause's own, or a quote that is not a verbatim substring of the
clause text is rejected.  Whitespace is the only leniency (clause texts keep
paragraph breaks that a quote may or may not carry).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .corpus import Clause, Corpus
from .textnorm import strip_ws


class CitationError(ValueError):
    """A citation that does not resolve to the corpus."""


@dataclass(frozen=True)
class Citation:
    clause_id: str
    label: str
    quote: str

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def verify(citation: Citation, corpus: Corpus) -> Citation:
    """Return ``citation`` unchanged if it resolves, else raise :class:`CitationError`."""
    clause = corpus.get(citation.clause_id)
    if clause is None:
        raise CitationError(f"存在しない条文IDです: {citation.clause_id}")
    if citation.label != clause.label:
        raise CitationError(f"条文 {citation.clause_id} の表示名が一致しません: {citation.label}")
    quote = strip_ws(citation.quote)
    if not quote:
        raise CitationError(f"引用文が空です: {citation.clause_id}")
    if citation.quote not in clause.text and quote not in strip_ws(clause.text):
        raise CitationError(f"引用文が条文 {citation.clause_id} の原文と一致しません")
    return citation


def is_verified(citation: Citation, corpus: Corpus) -> bool:
    try:
        verify(citation, corpus)
    except CitationError:
        return False
    return True


def cite(clause: Clause, quote: str | None, corpus: Corpus) -> Citation:
    """Build and verify a citation of ``clause``; the whole text when no quote is given."""
    return verify(Citation(clause.id, clause.label, quote if quote is not None else clause.text), corpus)
