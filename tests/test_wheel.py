"""The built wheel carries the language data and works in a fresh virtual environment."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    [built] = out.glob("einfach_sprache-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_data_and_types(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for relative in [
        "einfach/py.typed",
        "einfach/data/rules/sentence-length.toml",
        "einfach/data/difficulty.toml",
        "einfach/data/abbreviations.tsv",
        "einfach/data/lexicon/officialese.tsv",
        "einfach/rule_docs/ES101-sentence-length.md",
        "einfach/plan/template.yaml",
        "einfach/plan/render/templates/plan.html.j2",
        "einfach/plan/render/templates/plan.css",
        "einfach/audit/templates/report.html.j2",
        "einfach/data/grammar/sein_perfect_verbs.txt",
    ]:
        assert relative in names, relative
    data_files = {p.relative_to(ROOT).as_posix() for p in (ROOT / "data").rglob("*") if p.is_file()}
    assert {"einfach/" + name for name in data_files} <= names


@pytest.mark.slow
def test_wheel_runs_in_fresh_venv(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)], capture_output=True, text=True
    )
    assert install.returncode == 0, install.stderr
    # The dependencies (spaCy, HanTa, ...) come from the test environment, without einfach itself:
    # a plain path entry does not run the editable-install hook of this checkout.
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    (site / "test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    probe = subprocess.run(
        [
            str(python),
            "-c",
            "import einfach, pathlib; print(pathlib.Path(einfach.__file__).parent); "
            "print(einfach.check('Der Antrag wird vom Jobcenter geprüft.').findings[0].rule)",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert probe.returncode == 0, probe.stderr
    package_dir, rule = probe.stdout.split()
    assert package_dir.startswith(str(env_dir)) and rule == "passive-voice"
    text = tmp_path / "plan.txt"
    text.write_text("Der Antrag wird vom Jobcenter geprüft.\n", encoding="utf-8")
    cli = subprocess.run([str(env_dir / "bin" / "einfach"), "check", str(text)], capture_output=True, text=True, cwd=tmp_path)
    assert cli.returncode == 1 and "ES301 passive-voice" in cli.stdout, cli.stderr
    explain = subprocess.run([str(env_dir / "bin" / "einfach"), "explain", "ES203"], capture_output=True, text=True, cwd=tmp_path)
    assert explain.returncode == 0 and explain.stdout.startswith("# ES203 officialese"), explain.stderr
    fixed = subprocess.run(
        [str(python), "-c", "import einfach; print(einfach.fix('Bitte melden Sie sich unverzüglich.').text)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert fixed.stdout.strip() == "Bitte melden Sie sich sofort.", fixed.stderr
    tree = tmp_path / "plans"
    tree.mkdir()
    (tree / "plan.txt").write_text("Der Antrag wird vom Jobcenter geprüft.\n", encoding="utf-8")
    audit = subprocess.run(
        [str(env_dir / "bin" / "einfach"), "audit", str(tree), "-o", str(tmp_path / "audit"), "--workers", "1", "--quiet"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert audit.returncode == 0, audit.stderr
    assert "<svg" in (tmp_path / "audit" / "report.html").read_text(encoding="utf-8")
