"""The JSON the model is asked to return, as pydantic models: anything else is malformed output.

The shape is stated in the prompt files too; parsing here is what holds the
model to it (a missing field or a verdict outside the three is a fallback, not
a guess).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ClauseQuote(_Strict):
    """A clause the sentence rests on, and the words of it that say so."""

    clause_id: str
    quote: str


class Sentence(_Strict):
    """One sentence of the answer with its own citations (a sentence without any is not evidence)."""

    text: str
    citations: list[ClauseQuote] = Field(default_factory=list)
    plan_quotes: list[str] = Field(default_factory=list)  # words of the loaded plan it refers to (plan chat)


class Rewrite(_Strict):
    """A proposed rewording of one plan field, tied to the finding it fixes."""

    field: str  # 長期目標, 短期目標, 課題（ニーズ）, 総合的な援助の方針 …
    original: str  # the plan's own words, verbatim
    proposal: str
    check_id: str  # the finding it addresses (R01 …)


class ModelAnswer(_Strict):
    verdict: Literal["direct", "partial", "none"]
    sentences: list[Sentence]
    rewrites: list[Rewrite] = Field(default_factory=list)


class FindingPhrasing(_Strict):
    """The model's wording of one finding for this plan, keyed by the finding's id (R01 …)."""

    check_id: str
    advice: list[Sentence] = Field(default_factory=list)
    question: list[Sentence] = Field(default_factory=list)  # supervision mode only; ignored otherwise


class ModelAssist(_Strict):
    """Review assist's reply: phrasings keyed by finding id (an id the review does not have is ignored)."""

    findings: list[FindingPhrasing]
