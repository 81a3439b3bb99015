"""The README stays true: every command is documented, and CI runs the README's commands."""
import re
from pathlib import Path

import pytest
from test_cli import command_paths

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, re.S)


@pytest.mark.parametrize("path", [p for p in command_paths() if p and p != ("timeline",) and p != ("articles",)], ids=" ".join)
def test_every_command_is_in_the_readme(path):
    assert f"jnz {' '.join(path)}" in README


def test_quick_start_is_two_commands_that_ci_runs():
    install, tests = quick_start()
    assert "pip install '.[test]'" in install and install.endswith("jnz timeline show")
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pip install --quiet '.[test]'" in ci and "jnz timeline show" in ci
    assert ci.rstrip().endswith(tests)


def test_format_reference_lists_every_event_type():
    from jnz_timeline.vocab import event_types

    reference = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    for key in event_types():
        assert f"`{key}`" in reference
