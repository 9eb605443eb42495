"""The package reads one way: rooms named after their job, imports that never run back up."""

from __future__ import annotations

import ast
import re
from importlib.metadata import version
from pathlib import Path

import pytest
from conftest import ROOT

from zonemap.web.folium_adapter import RELIED_ON, installed_digest

PACKAGE = ROOT / "zonemap"
FAMILIES = ("web", "statements")  # the packages beside and downstream of the core
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "geodata" not in p.parts)


def _room(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else "core"


def _imported_rooms(path: Path) -> set[str]:
    """The rooms of zonemap a module imports from, resolved from its relative imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = path.relative_to(PACKAGE).parent.parts
    rooms = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(here[: len(here) - (node.level - 1)])
                target = [*base, *(node.module or "").split(".")] if node.module else base
            elif node.module and node.module.startswith("zonemap"):
                target = node.module.split(".")[1:]
            else:
                continue
            names = [alias.name for alias in node.names] if not target else []
            for first in [target[0]] if target else names:
                rooms.add(first if first in FAMILIES else "core")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "zonemap" and len(parts) > 1:
                    rooms.add(parts[1] if parts[1] in FAMILIES else "core")
    return rooms


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_core_imports_neither_the_web_output_nor_the_statement_reader(path: Path) -> None:
    room = _room(path)
    imported = _imported_rooms(path)
    if room == "cli" or path.name == "__main__.py":
        return  # the command line sits on top of everything
    if path.relative_to(PACKAGE) == Path("__init__.py"):
        # the public surface sits on top too, and reaches the map only when it is asked for
        # (test_notebook_api checks that ``import zonemap`` loads no map library)
        imported -= {"web"}
    if room == "core":
        assert not imported & set(FAMILIES), imported
    else:
        assert imported <= {"core", room}, imported


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_module_says_its_one_job_and_stays_small(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    docstring = ast.get_docstring(ast.parse(text))
    assert docstring, "no module docstring"
    first = docstring.splitlines()[0]
    assert first.endswith(".") and len(first) <= 100, first
    assert text.count("\n") <= 400, f"{text.count(chr(10))} lines"


@pytest.mark.parametrize(("module", "attribute"), sorted(RELIED_ON))
def test_the_folium_internals_relied_on_are_those_of_the_pinned_versions(
    module: str, attribute: str
) -> None:
    # An upgrade of folium or branca that changes one of these must be read before it lands.
    assert installed_digest(module, attribute) == RELIED_ON[(module, attribute)]


def test_folium_and_branca_are_pinned_to_the_versions_the_adapter_was_written_for() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for name in ("folium", "branca"):
        (pinned,) = re.findall(rf'"{name}==([^"]+)"', pyproject)
        assert version(name) == pinned
