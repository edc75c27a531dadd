"""Realistic fictional Kooperationsplan texts for benchmarks (plain and Amtsdeutsch), and trees of them.

    python bench/generate_plans.py OUTDIR -n 29400 --formats txt,docx,pdf [--teams 12] [--amtsdeutsch 0.4]
                                   [--seed 0] [--verify K]

Every name, number and date is invented; texts are built from templates the team wrote.
``plan_text(seed, style)`` and ``one_page(seed)`` are used by the speed benchmarks. The command
writes a file share as ``einfach audit`` meets it: OUTDIR/team-01/plan-000000.docx … in team
folders, formats taking turns, a share of the plans in Amtsdeutsch (whose sentences recur across
many plans, as text blocks do), deterministic by seed. Formats: txt, md, html, docx, odt, pdf
(written by bench/_docwriters.py, about 0.1 ms each) and json, yaml (plan files).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _docwriters import Block, docx_bytes, html_bytes, odt_bytes, pdf_bytes, pdf_lines  # noqa: E402

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


@dataclass(frozen=True)
class _Parts:
    """The choices behind one plan, so the text and the plan file say the same."""

    job: str
    place: str
    contact: str
    about: list[str]
    steps: list[str]
    support: list[str]
    day: int
    month: int  # 1-12
    hour: int
    phone: str


def _parts(seed: int, style: str) -> _Parts:
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
    about = [a.format(**values) for a in rng.sample(ABOUT, 3)]
    day, month, hour = rng.randint(1, 28), rng.randrange(12) + 1, rng.randint(8, 15)
    phone = f"0621 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return _Parts(
        job,
        place,
        contact,
        about,
        [s.format(**values) for s in steps],
        [s.format(**values) for s in support],
        day,
        month,
        hour,
        phone,
    )


def plan_text(seed: int, style: str = "plain") -> str:
    """One plan of about a page (around 250 words); ``style`` is "plain" or "amtsdeutsch"."""
    parts = _parts(seed, style)
    lines = [
        "# Der Plan",
        "",
        f"Ich will als {parts.job} in einem {parts.place} arbeiten.",
        *parts.about,
        "",
        "# Der Weg",
        "",
        *[f"- {step}" for step in parts.steps],
        "",
        "# Gezielte Unterstützung",
        "",
        *parts.support,
        "",
        "# Verabredungen",
        "",
        f"Unser nächster Termin ist am {parts.day}. {MONTHS[parts.month - 1]} 2026 um {parts.hour} Uhr im Jobcenter.",
        "Wir schauen den Plan in 6 Monaten wieder gemeinsam an.",
        "",
        "# Bei Fragen und Notfällen",
        "",
        f"Ihre Ansprechperson ist Frau {parts.contact}.",
        f"Telefon: {parts.phone}",
        "Sprechzeiten: Montag bis Freitag von 8 bis 12 Uhr.",
        "Im Notfall rufen Sie die Servicenummer an: 0621 123 45 00.",
    ]
    return "\n".join(lines) + "\n"


def one_page(seed: int) -> str:
    """A one-page plan of about 290 words, plain or Amtsdeutsch by seed (the speed benchmarks' unit)."""
    style = "amtsdeutsch" if seed % 2 else "plain"
    extra = plan_text(seed + 100_000, "plain").split("# Verabredungen")[0].split("# Der Weg")[1]
    return plan_text(seed, style) + "\n# Anmerkungen\n" + extra


def plan_data(seed: int, style: str = "plain") -> dict:
    """The same plan as ``plan_text(seed, style)`` as a plan file (schema einfach-kooperationsplan/1)."""
    parts = _parts(seed, style)
    rng = random.Random(f"plan-{seed}")
    appointment = dt.date(2026, parts.month, parts.day)
    created = appointment - dt.timedelta(days=28)
    return {
        "schema": "einfach-kooperationsplan/1",
        "jobcenter": "Jobcenter Mannheim",
        "issuer": f"Frau {parts.contact}",
        "person": f"{rng.choice(FIRST_NAMES)} Beispiel",
        "created_on": created.isoformat(),
        "review_due": (created + dt.timedelta(days=180)).isoformat(),
        "legal_basis": "2026",
        "profile": "einfach",
        "plan": {
            "goal": " ".join([f"Ich will als {parts.job} in einem {parts.place} arbeiten.", *parts.about]),
            "occupations": [parts.job],
        },
        "way": [{"text": step} for step in parts.steps],
        "support": {"offer": parts.support[0], "items": [{"what": item} for item in parts.support[1:]]},
        "appointment": {
            "date": appointment.isoformat(),
            "time": f"{parts.hour:02d}:00",
            "mode": "persönlich",
            "place": "Jobcenter",
        },
        "contact": {
            "name": f"Frau {parts.contact}",
            "phone": parts.phone,
            "hours": "Montag bis Freitag von 8 bis 12 Uhr.",
            "emergency": "Im Notfall rufen Sie die Servicenummer an: 0621 123 45 00.",
        },
    }


def plan_blocks(seed: int, style: str = "plain") -> list[Block]:
    """``plan_text`` as document blocks: headings, list items (the steps) and paragraphs."""
    blocks: list[Block] = []
    for line in plan_text(seed, style).splitlines():
        if line.startswith("# "):
            blocks.append(("heading", line[2:]))
        elif line.startswith("- "):
            blocks.append(("item", line[2:]))
        elif line:
            blocks.append(("paragraph", line))
    return blocks


def _yaml(data: dict) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # the C dumper is 10 times faster where PyYAML has it
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)


def document(fmt: str, seed: int, style: str) -> bytes:
    """The bytes of one plan in format ``fmt`` (one of FORMATS)."""
    if fmt == "md":
        return plan_text(seed, style).encode()
    if fmt == "txt":  # a text file as typed: no Markdown headings, dashes for the steps
        return "".join(line.removeprefix("# ") + "\n" for line in plan_text(seed, style).splitlines()).encode()
    if fmt == "json":
        return (json.dumps(plan_data(seed, style), ensure_ascii=False, indent=2) + "\n").encode()
    if fmt == "yaml":
        return _yaml(plan_data(seed, style)).encode()
    if fmt == "html":
        return html_bytes(plan_blocks(seed, style), "Kooperationsplan")
    return {"docx": docx_bytes, "odt": odt_bytes, "pdf": pdf_bytes}[fmt](plan_blocks(seed, style))


FORMATS = ("txt", "md", "html", "docx", "odt", "pdf", "json", "yaml")


@dataclass(frozen=True)
class Written:
    """One file of the tree and what went into it."""

    path: Path
    fmt: str
    seed: int
    style: str


def team_shares(amtsdeutsch: float, teams: int) -> list[float]:
    """Each team's share of Amtsdeutsch plans: spread evenly around ``amtsdeutsch`` (up to ±0.2),
    so the teams differ as they do in a real house, and the whole tree keeps the asked share."""
    if teams == 1:
        return [amtsdeutsch]
    spread = min(0.2, amtsdeutsch, 1 - amtsdeutsch)
    return [amtsdeutsch + spread * (2 * team / (teams - 1) - 1) for team in range(teams)]


def write_tree(
    outdir: Path, n: int, formats: list[str], teams: int = 12, amtsdeutsch: float = 0.4, seed: int = 0
) -> list[Written]:
    """Write ``n`` plans to OUTDIR/team-01/plan-000000.<ext> …, deterministic by ``seed``.

    Document i goes to team i mod ``teams``; within a team the formats take turns, so every team
    has an even mix. Whether a plan is Amtsdeutsch is drawn with its team's share (team_shares).
    """
    shares = team_shares(amtsdeutsch, teams)
    folders = [outdir / f"team-{team + 1:02d}" for team in range(teams)]
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(n):
        team = index % teams
        fmt = formats[(index // teams) % len(formats)]
        text_seed = seed * 10_000_000 + index
        style = "amtsdeutsch" if random.Random(f"style-{text_seed}").random() < shares[team] else "plain"
        path = folders[team] / f"plan-{index:06d}.{fmt}"
        path.write_bytes(document(fmt, text_seed, style))
        written.append(Written(path, fmt, text_seed, style))
    return written


def _paragraphs(fmt: str, data: bytes) -> list[str]:
    """The paragraphs of a docx or odt, read back with the standard library alone."""
    import xml.etree.ElementTree as ET

    if fmt == "docx":
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
        return ["".join(t.text or "" for t in p.iter(f"{w}t")) for p in root.iter(f"{w}p")]
    text = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))
    return ["".join(p.itertext()) for p in root.iter() if p.tag in (f"{text}p", f"{text}h")]


def _html_text(data: bytes) -> list[str]:
    from html.parser import HTMLParser

    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.texts: list[str] = []
            self.skip = False

        def handle_starttag(self, tag: str, attrs: object) -> None:
            self.skip = tag in ("title", "style")

        def handle_data(self, data: str) -> None:
            if not self.skip and data.strip():
                self.texts.append(data.strip())

    parser = Collect()
    parser.feed(data.decode())
    return parser.texts


def verify(written: list[Written], per_format: int = 3) -> tuple[list[str], list[str]]:
    """Read ``per_format`` files of each format back with independent tools and compare them with
    what went in: zipfile + ElementTree, html.parser, pypdfium2 and pdftotext, einfach's plan
    validation. Returns (mismatches, notes on tools that are missing)."""
    mismatches: list[str] = []
    notes: set[str] = set()
    taken: dict[str, int] = {}
    for item in written:
        if taken.get(item.fmt, 0) >= per_format:
            continue
        taken[item.fmt] = taken.get(item.fmt, 0) + 1
        data = item.path.read_bytes()
        blocks = plan_blocks(item.seed, item.style)
        expected: object = [text for _kind, text in blocks]
        if item.fmt in ("docx", "odt"):
            got: object = _paragraphs(item.fmt, data)
        elif item.fmt == "html":
            got = _html_text(data)
        elif item.fmt == "pdf":
            expected = [line.text for page in pdf_lines(blocks) for line in page]
            got = _pdf_text_lines(item.path, data, mismatches, notes)
        elif item.fmt in ("json", "yaml"):
            from einfach.plan.io import parse_plan

            plan = parse_plan(data.decode(), item.fmt, item.path.name)  # raises PlanError when invalid
            got = [plan.goal.text, *(step.text for step in plan.steps), plan.support.offer, *(i.what for i in plan.support.items)]
            data_ = plan_data(item.seed, item.style)
            expected = [data_["plan"]["goal"], *(step["text"] for step in data_["way"]), data_["support"]["offer"]]
            expected += [i["what"] for i in data_["support"]["items"]]
        else:
            got, expected = data, document(item.fmt, item.seed, item.style)
        if got != expected:
            mismatches.append(f"{item.path}: read back differs from what was written")
    return mismatches, sorted(notes)


def _pdf_text_lines(path: Path, data: bytes, mismatches: list[str], notes: set[str]) -> list[str]:
    """The text lines pypdfium2 finds; pdftotext must find the same non-empty lines."""
    import shutil
    import subprocess

    lines: list[str] = []
    try:
        import pypdfium2
    except ImportError:
        notes.add("pypdfium2 not installed: PDFs not read back with it")
    else:
        for page in pypdfium2.PdfDocument(data):
            lines += page.get_textpage().get_text_range().split("\r\n")
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout
        found = [line for line in out.replace("\f", "\n").splitlines() if line]
        if lines and found != lines:
            mismatches.append(f"{path}: pdftotext and pypdfium2 read different text")
        lines = lines or found
    else:
        notes.add("pdftotext not found: PDFs not read back with it")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="new or empty folder for the tree")
    parser.add_argument("-n", type=int, default=100, help="number of plans (default 100)")
    parser.add_argument("--formats", default="txt", help=f"comma-separated, of {','.join(FORMATS)} (default txt)")
    parser.add_argument("--teams", type=int, default=12, help="team folders (default 12)")
    parser.add_argument("--amtsdeutsch", type=float, default=0.4, help="share of Amtsdeutsch plans (default 0.4)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--verify", type=int, default=0, metavar="K", help="read K files of each format back and compare")
    args = parser.parse_args()
    formats = args.formats.split(",")
    if unknown := [fmt for fmt in formats if fmt not in FORMATS]:
        parser.error(f"unknown format {', '.join(unknown)}; known: {', '.join(FORMATS)}")
    if not 0 <= args.amtsdeutsch <= 1 or args.teams < 1 or args.n < 0:
        parser.error("--amtsdeutsch must be between 0 and 1, --teams at least 1, -n not negative")
    if args.outdir.exists() and any(args.outdir.iterdir()):
        parser.error(f"{args.outdir} is not empty: a tree is written to a new or empty folder only")
    begin = time.perf_counter()
    written = write_tree(args.outdir, args.n, formats, args.teams, args.amtsdeutsch, args.seed)
    seconds = time.perf_counter() - begin
    heavy = sum(item.style == "amtsdeutsch" for item in written)
    print(f"{len(written)} plans ({heavy} Amtsdeutsch) in {args.teams} team folders of {args.outdir}: {seconds:.1f} s")
    if args.verify:
        mismatches, notes = verify(written, args.verify)
        print("\n".join([*notes, *mismatches]) or f"verified {args.verify} of each format: read back as written")
        if mismatches:
            sys.exit(1)


if __name__ == "__main__":
    main()
