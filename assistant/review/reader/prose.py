"""Goals stated in notes: 「長期目標を…こととした」「目標は…」."""

from __future__ import annotations

from .lines import Line
from .pieces import PROSE_GOAL, prose_goal


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
        if not goals:
            return False
        b = self.b
        b.free(b.span(start, end))
        for kind, goal, period in goals:
            b.goal(kind, b.span(*goal), b.span(*period) if period else None, "prose")
        b.prose_lines.append(b.plan.free_text[-1])
        b.open = None
        return True

