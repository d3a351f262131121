"""The layers as the README draws them: core knows no files, data flows one way, and no
top-level name means two things."""

from __future__ import annotations

import ast
import collections
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ho21score"

# what each layer may import from the package, besides the shared top-level modules
# (i18n, messages, problems)
ALLOWED = {
    "core": {"core"},
    "files": {"core", "files"},
    "render": {"core", "render"},
    "cli": {"core", "files", "render", "cli"},
}


def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (".".join(path.relative_to(ROOT).with_suffix("").parts), ast.parse(path.read_text()))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


def _imports(tree: ast.Module) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "ho21score":
            found |= {f"ho21score.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.startswith("ho21score")}


def _layer(module: str) -> str | None:
    """core, files, render or cli; None for the shared top-level modules."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ALLOWED else None


@pytest.mark.parametrize(("module", "tree"), _modules(), ids=[m for m, _ in _modules()])
def test_data_flows_one_way(module: str, tree: ast.Module) -> None:
    layer = _layer(module)
    if layer is None:
        return
    wrong = sorted(
        name
        for name in _imports(tree)
        if _layer(name) is not None and _layer(name) not in ALLOWED[layer]
    )
    assert wrong == [], f"{module} ({layer}) imports {wrong}"


def test_core_and_render_never_touch_frameworks_or_files() -> None:
    for module, tree in _modules():
        if _layer(module) not in ("core", "render"):
            continue
        names = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        forbidden = names & {"typer", "ruamel", "_ruamel_yaml", "pydantic_core", "pydantic"}
        if _layer(module) == "core":
            forbidden |= names & {"rich", "subprocess", "os", "pathlib"}
        assert not forbidden, f"{module} imports {forbidden}"


def test_no_top_level_name_is_defined_twice() -> None:
    places = collections.defaultdict(list)
    for module, tree in _modules():
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                names = []
            for name in names:
                if not name.startswith("__"):
                    places[name].append(module)
    twice = {name: where for name, where in places.items() if len(where) > 1}
    assert twice == {}


def test_the_scoring_rule_loads_no_yaml_parser_and_no_validation_engine() -> None:
    script = (
        "import sys\n"
        "import ho21score.core.scoring, ho21score.core.ranking, ho21score.core.pipeline\n"
        "import ho21score.core.measure, ho21score.core.changes, ho21score.core.vocabulary\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.split()
    assert "ho21score.core.scoring" in loaded
    frameworks = {"ruamel", "_ruamel_yaml", "pydantic_core", "pydantic", "typer", "rich"}
    heavy = [name for name in loaded if name.split(".")[0] in frameworks]
    assert heavy == []


def test_the_readme_module_map_matches_the_tree() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- module map -->")
    end = readme.index("<!-- end of module map -->")
    listed = {
        line.split("`")[1]
        for line in readme[start:end].splitlines()
        if line.startswith("| `ho21score/")
    }
    on_disk = {
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.name != "__init__.py" or path.parent == PACKAGE
    }
    assert listed == on_disk
