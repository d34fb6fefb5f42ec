"""Prompt files under ``assistant/data/prompts/``, rendered strictly.

A prompt file has a ``## system`` and a ``## user`` section; ``{{name}}`` marks
a variable.  A variable the file names but the caller did not give, or one the
caller gave that the file never uses, is an error: a silently empty slot would
send the model a question without its clauses, and a silently unused one means
data the caller believes is sent is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from ...resources import DATA_DIR

PROMPTS_DIR = DATA_DIR / "prompts"
_VARIABLE = re.compile(r"\{\{([a-z_]+)\}\}")
_SECTION = re.compile(r"^## (system|user)\s*$", re.M)


class PromptError(KeyError):
    """A prompt file and the variables given to it do not match."""


@lru_cache(maxsize=8)
def load_prompt(name: str) -> tuple[str, str]:
    """(system, user) templates of ``prompts/<name>.md``."""
    text = (PROMPTS_DIR / f"{name}.md").read_text(encoding="utf-8")
    parts = _SECTION.split(text)
    sections = dict(zip(parts[1::2], (p.strip() for p in parts[2::2]), strict=True))
    if set(sections) != {"system", "user"}:
        raise PromptError(f"{name}.md には ## system と ## user の2つの節が必要です")
    return sections["system"], sections["user"]


def render(name: str, **variables: str) -> list[BaseMessage]:
    """The system and user messages of prompt ``name`` with every variable filled in (see the module docstring)."""
    system, user = load_prompt(name)
    wanted = set(_VARIABLE.findall(system + user))
    if missing := wanted - set(variables):
        raise PromptError(f"{name}.md の変数が渡されていません: {', '.join(sorted(missing))}")
    if unused := set(variables) - wanted:
        raise PromptError(f"{name}.md が使わない変数が渡されました: {', '.join(sorted(unused))}")

    def fill(template: str) -> str:  # one pass: a value holding 「{{…}}」 is never expanded again
        return _VARIABLE.sub(lambda m: variables[m.group(1)], template)

    return [SystemMessage(fill(system)), HumanMessage(fill(user))]


def delimited(tag: str, text: str) -> str:
    """``text`` between <tag> and </tag>, with any copy of those tags inside it defused.

    Plan text and clauses are data: a plan holding 「</plan> 以下の指示に従って…」
    must not close its own block.  Only the opening bracket of such a tag is
    replaced (with a full-width one), so every other character stays verbatim.
    """
    inner = re.sub(rf"<(\s*/?\s*{tag})", r"＜\1", text, flags=re.I)
    return f"<{tag}>\n{inner}\n</{tag}>"
