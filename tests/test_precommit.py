"""The pre-commit hooks with the real ``pre-commit`` tool.

``pre-commit try-repo`` clones a repository at a commit and installs einfach from it into a new
virtualenv (from the package index, as for users). The working tree here may hold changes that are
not committed yet, so the files einfach is built from are copied into a temporary git repository
and committed there first. About 15-20 s per run (mostly the virtualenv); marked slow, still run by default.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / ".pre-commit-hooks.yaml"
BUILD_FILES = ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml", "einfach", "data", "docs/rules")

pytestmark = pytest.mark.skipif(not HOOKS.is_file(), reason="needs the source checkout (.pre-commit-hooks.yaml)")


def _env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(
        PRE_COMMIT_HOME=str(home),
        GIT_AUTHOR_NAME="einfach test",
        GIT_AUTHOR_EMAIL="test@example.invalid",
        GIT_COMMITTER_NAME="einfach test",
        GIT_COMMITTER_EMAIL="test@example.invalid",
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,  # no signing or hooks from the user's git config; HOME stays for pip's cache
    )
    return env


def _git(env: dict[str, str], cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def repos(tmp_path_factory):
    """(hook repository, work repository, environment): einfach's build files committed in a git
    repository of their own, and a repository with files to check."""
    pytest.importorskip("pre_commit", reason="pre-commit is in the test extra")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    base = tmp_path_factory.mktemp("precommit")
    env = _env(base / "home")
    (base / "home").mkdir()
    source = base / "einfach-src"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in BUILD_FILES:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=ignore)
        elif origin.is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, source / name)
    _git(env, source, "init", "-q")
    _git(env, source, "add", "-A")
    _git(env, source, "commit", "-q", "-m", "einfach working tree")

    work = base / "work"
    (work / "plans").mkdir(parents=True)
    (work / "gut.txt").write_text("Ich gehe zur Arbeit. Das Jobcenter hilft mir.\n", encoding="utf-8")
    (work / "schlecht.md").write_text("# Antrag\n\nDer Antrag wird vom Jobcenter geprüft.\n", encoding="utf-8")
    shutil.copy2(ROOT / "examples" / "plans" / "lager.yaml", work / "plans" / "lager.yaml")
    shutil.copy2(ROOT / "examples" / "plans" / "amtsdeutsch.yaml", work / "plans" / "amtsdeutsch.yaml")
    _git(env, work, "init", "-q")
    _git(env, work, "add", "-A")
    return source, work, env


def try_repo(repos, hook: str, *files: str) -> subprocess.CompletedProcess[str]:
    source, work, env = repos
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(source), hook, "--files", *files]
    return subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.slow
def test_hook_passes_on_good_text(repos):
    result = try_repo(repos, "einfach", "gut.txt")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"einfach \(Einfache Sprache\)\.+Passed", result.stdout)


@pytest.mark.slow
def test_hook_fails_with_findings_on_bad_text(repos):
    result = try_repo(repos, "einfach", "gut.txt", "schlecht.md")
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(r"einfach \(Einfache Sprache\)\.+Failed", result.stdout)
    assert "schlecht.md:3:12: ES301 passive-voice" in result.stdout
    assert "gut.txt: " in result.stdout and "gut.txt:1:" not in result.stdout


@pytest.mark.slow
def test_plan_hook_checks_every_plan_file(repos):
    result = try_repo(repos, "einfach-plan", "plans/lager.yaml", "plans/amtsdeutsch.yaml")
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(r"einfach \(Kooperationsplan\)\.+Failed", result.stdout)
    assert "plans/amtsdeutsch.yaml: way" in result.stdout
    assert "plans/lager.yaml: Der Plan ist fertig und gut lesbar." in result.stdout


def _manifest() -> dict[str, dict]:
    return {hook["id"]: hook for hook in yaml.safe_load(HOOKS.read_text(encoding="utf-8"))}


def test_manifest_is_valid_for_pre_commit():
    clientlib = pytest.importorskip("pre_commit.clientlib", reason="pre-commit is in the test extra")
    hooks = clientlib.load_manifest(str(HOOKS))
    assert [hook["id"] for hook in hooks] == ["einfach", "einfach-plan"]
    assert all(hook["language"] == "python" and hook["pass_filenames"] for hook in hooks)


def test_hooks_choose_text_markdown_and_plan_files():
    hooks = _manifest()
    assert hooks["einfach"]["entry"] == "einfach check"
    assert set(hooks["einfach"]["types_or"]) == {"plain-text", "markdown"}
    plan_files = re.compile(hooks["einfach-plan"]["files"])
    for path in ("plans/lager.yaml", "kooperationsplaene/a.json", "x/plaene/b.yml", "akte/meier.plan.yaml"):
        assert plan_files.search(path), path
    for path in (".pre-commit-config.yaml", "package.json", "plans/sub/deep.yaml", "docs/plan.md"):
        assert not plan_files.search(path), path
