"""Needs and goals stated in notes: 「課題は「…」です」「長期目標を…こととした」「目標は…」.

A plan written as a letter or a summary has no labels; its sentences still name what they state.
"""

from __future__ import annotations

from .lines import Line
from .pieces import PROSE_GOAL, PROSE_NEED, prose_goal


class ProseLines:
    """Goals written in notes, mixed into :class:`~.document.DocumentReader`."""

    def _prose_goals(self, line: Line | tuple[int, int]) -> bool:
        """「長期目標を…こと（R8.6まで）、短期目標を…こと」 in a note: the goals it states."""
        start, end = (line.start, line.end) if isinstance(line, Line) else line
        found = list(PROSE_GOAL.finditer(self.text, start, end))
        if found and self.text[start:found[0].start()].strip(" \u3000\t・-→⇒"):
            # 「…ため、まずは歩行を安定させることを優先します」 inside a sentence is a way of speaking;
            # 「まずは」「長期的には」 state goals only when the line opens with them
            found = [m for m in found if not m.group("staged")]
        goals = [g for k, m in enumerate(found)
                 if (g := prose_goal(self.text, m, found[k + 1].start() if k + 1 < len(found) else end))]
        need = self._prose_need(start, end)
        if need is not None and goals and need[0] > goals[0][1][0]:
            need = None  # 「目標は…、課題は「…」」: the goals came first; the sentence is not a need block
        if not goals and need is None:
            return False
        b = self.b
        b.free(b.span(start, end))
        if need is not None:
            b.need(b.span(*need), "prose")
        for kind, goal, period in goals:
            b.goal(kind, b.span(*goal), b.span(*period) if period else None, "prose")
        b.prose_lines.append(b.plan.free_text[-1])
        b.open = None
        return True


    def _prose_need(self, start: int, end: int) -> tuple[int, int] | None:
        """「一つ目の課題は「…」です」: the need a paragraph opens with — only in a plan whose needs are
        nowhere else (no labelled or table need was read), so a note about a need is never a second one."""
        if any(key.startswith("needs:") and key != "needs:prose" for key in self.b.sources):
            return None
        m = PROSE_NEED.search(self.text, start, end)
        return (m.start("need"), m.end("need")) if m else None
