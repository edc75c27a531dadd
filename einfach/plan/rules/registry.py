"""The one list of plan rules. Codes and names never change and are never reused."""

from __future__ import annotations

from .base import PlanRule
from .costs_covered import CostsCovered
from .dates_in_order import DatesInOrder
from .first_meeting import FirstMeeting
from .goal import LongTermGoal
from .issuer import Issuer
from .no_sanctions import NoSanctions
from .no_signature import NoSignature
from .one_page import OnePage
from .proof import Proof
from .review_due import ReviewDue
from .sensitive_data import SensitiveData
from .step_complete import StepComplete
from .step_count import StepCount
from .support_apart import SupportApart
from .support_offer import SupportOffer

__all__ = ["PLAN_RULES", "plan_rule_by_key"]

PLAN_RULES: tuple[PlanRule, ...] = (
    ReviewDue(),
    Issuer(),
    LongTermGoal(),
    StepCount(),
    StepComplete(),
    Proof(),
    CostsCovered(),
    NoSanctions(),
    NoSignature(),
    SensitiveData(),
    FirstMeeting(),
    SupportOffer(),
    OnePage(),
    SupportApart(),
    DatesInOrder(),
)


def plan_rule_by_key(key: str) -> PlanRule | None:
    wanted = key.strip().lower()
    return next((rule for rule in PLAN_RULES if wanted in (rule.code.lower(), rule.name)), None)
