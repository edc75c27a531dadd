"""Realistic fictional Kooperationsplan texts for benchmarks (plain and Amtsdeutsch).

    python bench/generate_plans.py OUTDIR -n 100

Every name, number and date is invented; texts are built from templates the team wrote.
``plan_text(seed, style)`` is used by the speed benchmark; the command writes .txt files.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FIRST_NAMES = ["Anna", "Mehmet", "Olga", "Samir", "Petra", "Tomasz", "Fatma", "Jens", "Aylin", "Dario", "Nina", "Yusuf"]
LAST_NAMES = ["Yilmaz", "Schneider", "Nowak", "Haddad", "Becker", "Kovač", "Wagner", "Öztürk", "Richter", "Popescu"]
JOBS = [
    ("Friseurin", "Friseursalon", "Kurs für Haarschnitte"),
    ("Lagerhelfer", "Lager", "Staplerschein"),
    ("Pflegehelferin", "Pflegeheim", "Deutschkurs B1"),
    ("Busfahrer", "Verkehrsbetrieb", "Führerschein Klasse D"),
    ("Verkäuferin", "Supermarkt", "Kassenschulung"),
    ("Koch", "Restaurant", "Hygieneschulung"),
    ("Reinigungskraft", "Reinigungsfirma", "Einweisung in Reinigungsmaschinen"),
    ("Elektriker", "Handwerksbetrieb", "Anerkennung des Berufsabschlusses"),
]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]

PLAIN_STEPS = [
    "Ich schreibe jeden Monat {n} Bewerbungen.",
    "Ich schicke die Bewerbungen per E-Mail oder mit der Post.",
    "Ich gehe am {date} um {time} Uhr zum {course}.",
    "Ich schreibe meinen Lebenslauf neu. Frau {contact} hilft mir dabei.",
    "Ich melde mich bei {m} Firmen in der Nähe.",
    "Ich bringe die Liste mit meinen Bewerbungen zum nächsten Termin mit.",
    "Ich lerne jeden Tag eine Stunde Deutsch.",
    "Ich suche eine Kita für meine Tochter.",
    "Ich frage bei der Agentur für Arbeit nach einem Praktikum als {job}.",
    "Ich übe mit Frau {contact} das Vorstellungsgespräch.",
]
ABOUT = [
    "Ich habe schon {years} Jahre als {job} gearbeitet.",
    "Ich spreche Deutsch und {language}.",
    "Ich kann gut mit Menschen umgehen.",
    "Ich habe einen Führerschein.",
    "Am Vormittag habe ich Zeit, weil meine Tochter dann in der Schule ist.",
]
PLAIN_SUPPORT = [
    "Das Jobcenter bezahlt den {course}.",
    "Wir bezahlen die Fahrt zum Vorstellungsgespräch.",
    "Wir bezahlen die Kosten für Bewerbungsfotos bis {euro} Euro.",
    "Frau {contact} hilft Ihnen bei den Bewerbungen.",
    "Wir schicken Ihnen passende Stellenangebote.",
]
HEAVY = [
    "Die Erstattung der im Zusammenhang mit der Wahrnehmung von Vorstellungsgesprächen entstehenden Fahrtkosten erfolgt nach Vorlage der Belege, sofern diese unverzüglich eingereicht werden.",
    "Die leistungsberechtigte Person ist verpflichtet, Eigenbemühungen in Form von mindestens {n} Bewerbungen monatlich nachzuweisen.",
    "Die Nachweise über die Eigenbemühungen sind bis zum {date} im Jobcenter einzureichen.",
    "Die Teilnahme an der Maßnahme zur Aktivierung und beruflichen Eingliederung wird durch den Maßnahmeträger bestätigt.",
    "Im Rahmen der Fortschreibung des Kooperationsplans wird die Zielerreichung gemeinsam überprüft.",
    "Die Kosten für den {course} werden vom Jobcenter im Rahmen des Vermittlungsbudgets übernommen, soweit diese angemessen sind.",
    "Bei Nichtwahrnehmung des Termins ohne wichtigen Grund kann eine Leistungsminderung eintreten.",
]


def plan_text(seed: int, style: str = "plain") -> str:
    """One plan of about a page (around 250 words); ``style`` is "plain" or "amtsdeutsch"."""
    rng = random.Random(seed)
    job, place, course = rng.choice(JOBS)
    contact = rng.choice(LAST_NAMES)
    values = {
        "n": rng.randint(3, 8),
        "m": rng.randint(2, 6),
        "euro": rng.choice([20, 30, 50]),
        "date": f"{rng.randint(1, 28)}. {rng.choice(MONTHS)} 2026",
        "time": f"{rng.randint(8, 15)}:{rng.choice(['00', '30'])}",
        "course": course,
        "contact": contact,
        "job": job,
        "years": rng.randint(1, 12),
        "language": rng.choice(["Türkisch", "Polnisch", "Arabisch", "Rumänisch", "Russisch"]),
    }
    steps = rng.sample(PLAIN_STEPS, 7) if style == "plain" else rng.sample(PLAIN_STEPS, 3) + rng.sample(HEAVY, 4)
    support = rng.sample(PLAIN_SUPPORT, 4) if style == "plain" else rng.sample(HEAVY, 3)
    lines = [
        "# Der Plan",
        "",
        f"Ich will als {job} in einem {place} arbeiten.",
        *[a.format(**values) for a in rng.sample(ABOUT, 3)],
        "",
        "# Der Weg",
        "",
        *[f"- {s.format(**values)}" for s in steps],
        "",
        "# Gezielte Unterstützung",
        "",
        *[s.format(**values) for s in support],
        "",
        "# Verabredungen",
        "",
        f"Unser nächster Termin ist am {rng.randint(1, 28)}. {rng.choice(MONTHS)} 2026 um {rng.randint(8, 15)} Uhr im Jobcenter.",
        "Wir schauen den Plan in 6 Monaten wieder gemeinsam an.",
        "",
        "# Bei Fragen und Notfällen",
        "",
        f"Ihre Ansprechperson ist Frau {contact}.",
        f"Telefon: 0621 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "Sprechzeiten: Montag bis Freitag von 8 bis 12 Uhr.",
        "Im Notfall rufen Sie die Servicenummer an: 0621 123 45 00.",
    ]
    return "\n".join(lines) + "\n"


def one_page(seed: int) -> str:
    """A one-page plan of about 290 words, plain or Amtsdeutsch by seed (the speed benchmarks' unit)."""
    style = "amtsdeutsch" if seed % 2 else "plain"
    extra = plan_text(seed + 100_000, "plain").split("# Verabredungen")[0].split("# Der Weg")[1]
    return plan_text(seed, style) + "\n# Anmerkungen\n" + extra


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("-n", type=int, default=100)
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    for seed in range(args.n):
        style = "amtsdeutsch" if seed % 3 == 0 else "plain"
        (args.outdir / f"plan_{seed:05d}.txt").write_text(plan_text(seed, style), encoding="utf-8")
    print(f"{args.n} plans written to {args.outdir}")


if __name__ == "__main__":
    main()
