"""Shared fixtures: test data by name, a copy of the sample dataset, a deterministic console."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "sample"
# Development material outside the repository: present on the team's machines, absent in a user's clone.
SHARED = Path(__file__).resolve().parents[2] / "shared"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite the golden files from the current output.")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture
def sample(tmp_path) -> Path:
    """A writable copy of the sample dataset; returns the path of its events.yaml."""
    target = tmp_path / "sample"
    shutil.copytree(SAMPLE, target)
    return target / "events.yaml"


@pytest.fixture
def write_events(sample):
    """Replace the sample events with the given YAML text; returns the path."""
    def write(text: str) -> Path:
        sample.write_text(text, encoding="utf-8")
        return sample
    return write


def render_text(renderable, width: int = 100) -> str:
    """A rich renderable as plain text, as a terminal without colour would show it."""
    from rich.console import Console

    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False, _environ={}, legacy_windows=False)
    console.print(renderable)
    return console.file.getvalue()


HEADER = """timeline:
  id: t
  title: Test timeline
  parties: [Freedonia, Sylvania]
  articles: articles/articles.yaml
events:
"""
