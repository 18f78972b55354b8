"""Dependencies go one way: no import cycles, and the areas never import the project.

Every first-party module (portal, home, orientation; migrations and tests aside) is parsed
with ``ast`` and all its imports are collected, at module level and inside functions alike,
because a deferred import is still a dependency - it only hides the cycle from Python.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("portal", "home", "orientation")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def first_party_modules() -> dict[str, Path]:
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts or "tests" in path.parts:
                continue
            modules[module_name(path)] = path
    return modules


def imported_names(path: Path, name: str) -> set[str]:
    """Every module name this file imports, relative imports resolved.

    ``from a.b import c`` yields ``a.b.c`` as a candidate as well as ``a.b``; the caller
    keeps the longer one only when it is a real module.
    """
    is_package = path.name == "__init__.py"
    package_parts = name.split(".") if is_package else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update((alias.name, None) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                kept = package_parts[: len(package_parts) - (node.level - 1)]
                base = ".".join([*kept, node.module] if node.module else kept)
            else:
                base = node.module
            found.update((base, alias.name) for alias in node.names)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = first_party_modules()
    graph = {}
    for name, path in modules.items():
        targets = set()
        for base, attribute in imported_names(path, name):
            if attribute and f"{base}.{attribute}" in modules:
                targets.add(f"{base}.{attribute}")
            elif base in modules:
                targets.add(base)
        targets.discard(name)
        graph[name] = targets
    return graph


def strongly_connected_components(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative so that a deep chain cannot hit the recursion limit."""
    index, low, on_stack, stack, components = {}, {}, set(), [], []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(sorted(component))
    return components


def a_cycle(graph: dict[str, set[str]], members: list[str]) -> list[str]:
    """One concrete cycle inside a component, for a readable failure message."""
    inside = set(members)
    start = members[0]
    # Breadth-first from start back to start, staying inside the component.
    paths = {child: [start, child] for child in sorted(graph[start] & inside)}
    frontier = list(paths)
    while frontier:
        next_frontier = []
        for node in frontier:
            if start in graph[node]:
                return [*paths[node], start]
            for child in sorted(graph[node] & inside):
                if child not in paths:
                    paths[child] = [*paths[node], child]
                    next_frontier.append(child)
        frontier = next_frontier
    return members


def test_graph_sees_the_whole_project():
    graph = import_graph()
    # A sanity check on the parser: well-known edges must be found, or the cycle test
    # below could pass by seeing nothing.
    assert "portal.settings.base" in graph
    assert "orientation.core" in graph
    assert any(targets for name, targets in graph.items() if name.startswith("orientation."))
    assert all(not name.startswith(("tests", "portal.migrations")) for name in graph)


def test_relative_imports_are_resolved(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("from . import a\nfrom .b import c\n")
    (package / "mod.py").write_text("from .. import top\nfrom .sibling import x\n")
    assert imported_names(package / "__init__.py", "pkg") == {("pkg", "a"), ("pkg.b", "c")}
    assert imported_names(package / "mod.py", "pkg.mod") == {("", "top"), ("pkg.sibling", "x")}


def test_no_import_cycles():
    graph = import_graph()
    cycles = [
        " -> ".join(a_cycle(graph, members))
        for members in strongly_connected_components(graph)
        if len(members) > 1
    ]
    assert cycles == [], "import cycles:\n" + "\n".join(cycles)


def test_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    components = [c for c in strongly_connected_components(graph) if len(c) > 1]
    assert components == [["a", "b", "c"]]
    assert a_cycle(graph, components[0]) == ["a", "b", "c", "a"]


def test_orientation_never_imports_the_project():
    graph = import_graph()
    offenders = sorted(
        f"{name} -> {target}"
        for name, targets in graph.items()
        if name.startswith("orientation")
        for target in targets
        if target == "portal" or target.startswith("portal.")
    )
    assert offenders == []
