"""The registry of checks: rubric id → function. One module per theme, one function per check."""

from __future__ import annotations

from .base import CheckContext, CheckFn, Outcome
from .goals import check_r04, check_r05, check_r06, check_r18
from .intent import check_r01, check_r02, check_r03, check_r12, check_r13
from .services import check_r07, check_r08, check_r11, check_r17
from .team import check_r09, check_r10, check_r14, check_r15, check_r16

CHECKS: dict[str, CheckFn] = {
    "R01": check_r01, "R02": check_r02, "R03": check_r03, "R04": check_r04, "R05": check_r05,
    "R06": check_r06, "R07": check_r07, "R08": check_r08, "R09": check_r09, "R10": check_r10,
    "R11": check_r11, "R12": check_r12, "R13": check_r13, "R14": check_r14, "R15": check_r15,
    "R16": check_r16, "R17": check_r17, "R18": check_r18,
}

__all__ = ["CHECKS", "CheckContext", "CheckFn", "Outcome"]
