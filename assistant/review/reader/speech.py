"""Who is speaking in the 意向: speaker lines and values split by speaker."""

from __future__ import annotations

import re

from ..plan import (
    FAMILY_ROLE,
    INTENT_FAMILY,
    INTENT_PERSON,
)
from .lines import Line
from .speakers import is_wish, quoted_speech, speaker_at_line_start, split_speakers

# the words end on a particle or a comma: the sentence goes on on the next line
_CUT_MID_SENTENCE = re.compile(r"[をにがはでとのへもや、,][ \t\u3000]*$")
_SENTENCE_END = re.compile(r"[。．.」』）)！？!?][ \t\u3000]*$")
_HIRAGANA_START = re.compile(r"[ \t\u3000]*[ぁ-ゖ]")


class SpeechLines:
    """Speakers and their words, mixed into :class:`~.document.DocumentReader`."""

    def _speech(self, value: tuple[int, int], default: str | None, speaker: str | None = None,
                *, notes: bool = False) -> None:
        """An 意向 value: split by speakers; a family member's role is not their wish.

        ``default``: the field the words belong to whatever they say (「家族の意向：」);
        ``speaker``: who speaks when the label only names a person (「長女：」);
        ``notes``: a line of notes, where words of no speaker stay free text.
        """
        b = self.b
        for found, rng, mark in split_speakers(self.text, value, self.v, loose=self.in_intents):
            if notes and found is None and mark is None and rng[1] > rng[0]:
                if not self._prose_goals(rng):
                    b.free(b.span(*rng))
                continue
            if mark is not None:
                b.label(*mark)
            if rng[1] <= rng[0]:
                continue
            if found is None and speaker is not None and mark is None:
                found = speaker
                if speaker == "family" and not is_wish(self.text[rng[0]:rng[1]]):
                    found = "family_role"
            who = found or default
            span = b.span(*rng)
            key = {"person": INTENT_PERSON, "family": INTENT_FAMILY,
                   "family_role": FAMILY_ROLE if default != "family" else INTENT_FAMILY}.get(who or "", "課題分析の結果")
            b.field(key, span)
            words = self.text[rng[0]:rng[1]]
            # 「本人：「…子どもの書道⏎教室をまた始めたい」」: the quote goes on below, the words with it; so do words
            # cut after a particle or a comma by a print's line width (「畑のトマトの世話を⏎したい。」)
            cut = words.count("「") > words.count("」") or bool(_CUT_MID_SENTENCE.search(words))
            # words with no end at all (「…通い続け⏎たい。」) go on only to a line that opens mid-word (hiragana)
            self.open_quote = key if (cut or not _SENTENCE_END.search(words)) and key != "課題分析の結果" else None
            self.quote_cut = cut
        b.open = ("field", self.open_quote) if self.open_quote else None

    def _quote_goes_on(self, line: Line) -> bool:
        """The next line of a speaker's quote cut by the line's end (see :meth:`_speech`), up to its 「」」."""
        key = self.open_quote
        if (key is None or self.b.open != ("field", key) or line.blank
                or speaker_at_line_start(line.text, self.v) or self.v.label(line.text)
                or not (self.quote_cut or _HIRAGANA_START.match(line.text))):
            self.open_quote = None
            return False
        indent = len(line.text) - len(line.text.lstrip(" \t\u3000"))  # (a label taken out before it stays out)
        self.b.extend(self.b.span(line.start + indent, line.end))
        span = self.b.plan.fields[key][-1].text
        if span.count("「") <= span.count("」") and not _CUT_MID_SENTENCE.search(line.text):
            self.open_quote = None
            self.b.open = None
        return True

    def _quoted_line(self, line: Line) -> bool:
        """A note that quotes someone: 「本人は「家で過ごしたい」と話す。日中は…」.

        The quoted words are that speaker's 意向 (a family member's quoted words are what
        they say, not their role); the whole line also stays free text, as a note.
        """
        quotes = list(quoted_speech(self.text, (line.start, line.end), self.v))
        if not quotes:
            return False
        b = self.b
        b.free(b.span(line.start, line.end))
        for speaker, (a, c) in quotes:
            if speaker == "person" and not self.in_intents and not is_wish(self.text[a:c]):
                continue  # 「本人は「特に好きなことはない」と話す」 in the assessment: what they said, not a wish
            b.field(INTENT_PERSON if speaker == "person" else INTENT_FAMILY, b.span(a, c), keep_open=False)
        b.open = None
        return True

    def _speaker_line(self, line: Line) -> bool:
        """「本人：…」「長女より…」 outside a labelled 意向 field: the speaker's words."""
        found = speaker_at_line_start(line.text, self.v, loose=self.in_intents)
        if found is None:
            return False
        if self.in_plan_table() and not self.in_intents and self.section in ("table2", "yobo_support"):
            return False
        speaker, words = found
        if speaker_at_line_start(line.text, self.v) is None:  # 「本人　…」: the speaker by position alone
            self.b.label(line.start, line.start + words)
            self._speech((line.start + words, line.end), default=speaker)
        else:
            self._speech((line.start, line.end), default=None, notes=not self.in_intents)
        if self.open_quote is None:
            self.b.open = None
        return True
