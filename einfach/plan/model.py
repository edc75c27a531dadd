"""The Kooperationsplan: the five parts of the Mannheim model as frozen dataclasses.

Thin on purpose: the plan holds what § 15 SGB II asks for (goal, steps, personal offer and
support, the next appointment and the review date, the issuer in Textform) and nothing that
does not belong in it (no Rechtsfolgenbelehrung, no signatures). Field names follow the file
format in :mod:`einfach.plan.schema`; text fields are what the language check reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .schema import SCHEMA_ID

__all__ = ["Appointment", "Contact", "Goal", "Kooperationsplan", "Step", "Support", "SupportItem"]


@dataclass(frozen=True, slots=True)
class Goal:
    text: str
    occupations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Step:
    """One next step of the person: who does what, until when or how often, and the proof."""

    text: str
    actor: str = "ich"
    due: dt.date | None = None
    quantity: int | None = None
    per: str | None = None
    proof: str | None = None
    proof_due: dt.date | None = None
    costs: bool = False


@dataclass(frozen=True, slots=True)
class SupportItem:
    what: str
    provider: str = "Jobcenter"
    pays: str | None = None
    condition: str | None = None


@dataclass(frozen=True, slots=True)
class Support:
    offer: str  # the personal offer of advice, support or placement (§ 15 Abs. 2 S. 2)
    items: tuple[SupportItem, ...] = ()


@dataclass(frozen=True, slots=True)
class Appointment:
    date: dt.date
    mode: str  # "persönlich", "Telefon", "Video"
    time: dt.time | None = None
    place: str | None = None
    exception_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    phone: str | None = None
    email: str | None = None
    hours: str | None = None
    address: str | None = None
    emergency: str | None = None


@dataclass(frozen=True, slots=True)
class Kooperationsplan:
    jobcenter: str
    issuer: str
    person: str
    created_on: dt.date
    review_due: dt.date
    goal: Goal
    steps: tuple[Step, ...]
    support: Support
    appointment: Appointment
    contact: Contact
    legal_basis: str = "2026"
    profile: str = "einfach"
    compound_separator: str = "-"
    first_plan: bool = False
    review_reason: str | None = None
    notes: str | None = None

    def texts(self) -> Iterator[tuple[str, str]]:
        """(field path, text) of every field written in words for the reader, in reading order."""
        yield "plan.goal", self.goal.text
        for index, step in enumerate(self.steps):
            yield f"way[{index}].text", step.text
            if step.proof:
                yield f"way[{index}].proof", step.proof
        yield "support.offer", self.support.offer
        for index, item in enumerate(self.support.items):
            yield f"support.items[{index}].what", item.what
            if item.pays:
                yield f"support.items[{index}].pays", item.pays
            if item.condition:
                yield f"support.items[{index}].condition", item.condition
        if self.appointment.place:
            yield "appointment.place", self.appointment.place
        for name in ("hours", "emergency"):
            value = getattr(self.contact, name)
            if value:
                yield f"contact.{name}", value
        if self.notes:
            yield "notes", self.notes

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Kooperationsplan:
        """A plan from a dictionary that :func:`einfach.plan.schema.validate` accepted."""
        date = dt.date.fromisoformat
        appointment = data["appointment"]
        return cls(
            jobcenter=data["jobcenter"],
            issuer=data["issuer"],
            person=data["person"],
            created_on=date(data["created_on"]),
            review_due=date(data["review_due"]),
            goal=Goal(data["plan"]["goal"], tuple(data["plan"].get("occupations") or ())),
            steps=tuple(
                Step(
                    text=step["text"],
                    actor=step.get("actor", "ich"),
                    due=date(step["due"]) if step.get("due") else None,
                    quantity=step.get("quantity"),
                    per=step.get("per"),
                    proof=step.get("proof"),
                    proof_due=date(step["proof_due"]) if step.get("proof_due") else None,
                    costs=step.get("costs", False),
                )
                for step in data["way"]
            ),
            support=Support(
                offer=data["support"]["offer"],
                items=tuple(
                    SupportItem(
                        what=item["what"],
                        provider=item.get("provider", "Jobcenter"),
                        pays=item.get("pays"),
                        condition=item.get("condition"),
                    )
                    for item in data["support"].get("items") or ()
                ),
            ),
            appointment=Appointment(
                date=date(appointment["date"]),
                mode=appointment["mode"],
                time=dt.time.fromisoformat(appointment["time"].zfill(5)) if appointment.get("time") else None,
                place=appointment.get("place"),
                exception_reason=appointment.get("exception_reason"),
            ),
            contact=Contact(**{key: value for key, value in data["contact"].items()}),
            legal_basis=data.get("legal_basis", "2026"),
            profile=data.get("profile", "einfach"),
            compound_separator=data.get("compound_separator", "-"),
            first_plan=data.get("first_plan", False),
            review_reason=data.get("review_reason"),
            notes=data.get("notes"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The file form (schema :data:`~einfach.plan.schema.SCHEMA_ID`); unset fields are left out."""

        def clean(mapping: Mapping[str, Any]) -> dict[str, Any]:
            return {key: value for key, value in mapping.items() if value not in (None, (), [])}

        iso = lambda value: value.isoformat() if value is not None else None  # noqa: E731
        appointment = self.appointment
        return clean(
            {
                "schema": SCHEMA_ID,
                "jobcenter": self.jobcenter,
                "issuer": self.issuer,
                "person": self.person,
                "created_on": iso(self.created_on),
                "review_due": iso(self.review_due),
                "review_reason": self.review_reason,
                "legal_basis": self.legal_basis,
                "profile": self.profile,
                "compound_separator": self.compound_separator,
                "first_plan": self.first_plan,
                "plan": clean({"goal": self.goal.text, "occupations": list(self.goal.occupations)}),
                "way": [
                    clean(
                        {
                            "text": s.text,
                            "actor": s.actor,
                            "due": iso(s.due),
                            "quantity": s.quantity,
                            "per": s.per,
                            "proof": s.proof,
                            "proof_due": iso(s.proof_due),
                            "costs": s.costs or None,
                        }
                    )
                    for s in self.steps
                ],
                "support": clean(
                    {
                        "offer": self.support.offer,
                        "items": [
                            clean({"provider": i.provider, "what": i.what, "pays": i.pays, "condition": i.condition})
                            for i in self.support.items
                        ],
                    }
                ),
                "appointment": clean(
                    {
                        "date": iso(appointment.date),
                        "time": appointment.time.strftime("%H:%M") if appointment.time else None,
                        "mode": appointment.mode,
                        "place": appointment.place,
                        "exception_reason": appointment.exception_reason,
                    }
                ),
                "contact": clean(
                    {
                        "name": self.contact.name,
                        "phone": self.contact.phone,
                        "email": self.contact.email,
                        "hours": self.contact.hours,
                        "address": self.contact.address,
                        "emergency": self.contact.emergency,
                    }
                ),
                "notes": self.notes,
            }
        )
