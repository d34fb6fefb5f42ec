"""The command line's own messages in Japanese: argument errors, help headings, unreadable arguments.

argparse writes its errors and help headings in English and exits with a
usage dump; a care manager gets instead one Japanese sentence saying what to
fix.  An argument that is not valid UTF-8 (a Shift_JIS terminal) reaches
Python as surrogate escapes and would crash the first ``print``; it is named
and refused here before any command runs.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

EXIT_USAGE = 2

# argparse's English messages (Python 3.11–3.13) → one Japanese sentence each.
_TRANSLATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"the following arguments are required: (?P<what>.+)"),
     "{what}を指定してください（使い方は careplan-assistant --help で確認できます）。"),
    (re.compile(r"argument (?P<arg>\S+?): invalid choice: '?(?P<value>.*?)'? \(choose from (?P<choices>.+)\)"),
     "{arg}に「{value}」は指定できないため、{choices} のどれかを指定してください。"),
    (re.compile(r"argument (?P<arg>\S+?): invalid (?:int|float) value: '?(?P<value>.*?)'?$"),
     "{arg} には数を指定してください（指定された値: 「{value}」）。"),
    (re.compile(r"argument (?P<arg>\S+?): expected (?:one|\d+) arguments?"),
     "{arg} の後に値を指定してください。"),
    (re.compile(r"unrecognized arguments: (?P<what>.+)"),
     "「{what}」は使えない引数のため、careplan-assistant --help で使い方を確認してください。"),
    (re.compile(r"ambiguous option: (?P<arg>\S+) could match (?P<choices>.+)"),
     "{arg} は {choices} のどれか分からないため、省略せずに指定してください。"),
)
_NAMES = {"command": "コマンド（search / ask / index / eval / review / feedback）", "suite": "評価の種類",
          "action": "操作（export）",
          "files": "点検するファイルかフォルダ", "query": "検索する言葉", "question": "質問"}
_SECTIONS = {"positional arguments": "引数", "options": "オプション", "optional arguments": "オプション"}


def japanese_error(message: str) -> str:
    """argparse's English error as one Japanese sentence; an unknown one is kept in brackets."""
    for pattern, template in _TRANSLATIONS:
        m = pattern.fullmatch(message.strip())
        if m:
            found = {k: v.replace("'", "") for k, v in m.groupdict().items()}
            for key in ("what", "arg"):
                if key in found:
                    found[key] = ", ".join(_NAMES.get(n.strip(), n.strip()) for n in found[key].split(","))
            return template.format(**found)
    return f"コマンドの指定が正しくないため、careplan-assistant --help で使い方を確認してください（{message}）。"


class JapaneseHelpFormatter(argparse.HelpFormatter):
    """Help with Japanese headings (使い方・引数・オプション)."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, "使い方: " if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(_SECTIONS.get(heading or "", heading))


class JapaneseArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one Japanese sentence on stderr, exit status 2, no usage dump."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", JapaneseHelpFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", help="この説明を表示して終了する")

    def error(self, message: str) -> NoReturn:
        print(f"エラー: {japanese_error(message)}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def undecodable(value: str) -> bool:
    """Whether a command-line string holds bytes that were not UTF-8 (surrogate escapes)."""
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def undecodable_message(value: str) -> str:
    """One Japanese sentence for an argument in another encoding, showing the part that could be read."""
    shown = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return (f"引数「{shown}」に UTF-8 として読めない文字があるため、"
            "端末の文字コードを UTF-8 にしてから入力し直してください。")
