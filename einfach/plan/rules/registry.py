"""The one list of plan rules. Codes and names never change and are never reused."""

from __future__ import annotations

from .base import PlanRule
from .review_due import ReviewDue
from .step_count import StepCount

__all__ = ["PLAN_RULES", "plan_rule_by_key"]

PLAN_RULES: tuple[PlanRule, ...] = (ReviewDue(), StepCount())


def plan_rule_by_key(key: str) -> PlanRule | None:
    wanted = key.strip().lower()
    return next((rule for rule in PLAN_RULES if wanted in (rule.code.lower(), rule.name)), None)
