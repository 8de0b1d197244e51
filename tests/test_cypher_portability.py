"""Static checks on every Cypher statement of the Neo4j backend (no server needed).

The statements must run on every Neo4j 5 release from 5.3, Community edition included, so newer
or plugin-only syntax is refused here; and every value must travel as a `$parameter`, the only
formatted part being the validated depth bound of a variable-length pattern.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from lineage.graph import neo4j_cypher

GRAPH_DIR = Path(neo4j_cypher.__file__).parent
NEO4J_MODULES = sorted(GRAPH_DIR.glob("neo4j_*.py"))
CLAUSE_START = re.compile(r"^\s*(MATCH|OPTIONAL|MERGE|CREATE|UNWIND|WITH|RETURN|CALL|SHOW|DROP)\b")

# Syntax that Neo4j 5.3 Community does not accept, or that later releases deprecate.
FORBIDDEN = {
    "APOC procedure or function": r"\bapoc\.",
    "COUNT/COLLECT/EXISTS subquery expression": r"\b(COUNT|COLLECT|EXISTS)\s*\{",
    "CALL subquery (scoped `CALL () {}` is 5.23+; none is needed)": r"\bCALL\s*[({]",
    "CALL ... IN TRANSACTIONS (cannot run in a managed transaction)": r"\bIN\s+TRANSACTIONS\b",
    "USING PERIODIC COMMIT": r"\bPERIODIC\s+COMMIT\b",
    # A quantified group closes a node and then the group: `((a)-[:R]->(b)){1,3}`, `(…)+`.
    "quantified path pattern `(...){m,n}`": r"\)\s*\)\s*\{\s*\d*\s*,?\s*\d*\s*\}",
    "quantified path pattern `(...)+` / `(...)*`": r"\)\s*\)\s*[+*]",
    "quantified relationship `-[:R]->+` (5.9+)": r"(\]-|\]->|-->|<--)\s*[+*{]",
    "SHORTEST path selector (5.21+)": r"\bSHORTEST\b",
    "type predicate `IS ::` (5.9+)": r"::",
    "dynamic label or type `$(...)` (5.26+)": r"\$\(",
    "deprecated id() function": r"(?<![\w.])id\s*\(",
    "deprecated `|:` in relationship type alternatives": r"\|\s*:",
    "GQL clauses of later releases (LET, FILTER, FINISH, NEXT)": r"\b(LET|FILTER|FINISH|NEXT)\b",
}


def _cypher_constants() -> list[tuple[str, str]]:
    """(where, text) for every string constant in the neo4j_*.py modules that reads as Cypher."""
    found = []
    for path in NEO4J_MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CLAUSE_START.match(node.value):
                found.append((f"{path.name}:{node.lineno}", node.value))
    return found


def _module_statements() -> list[str]:
    """Every statement neo4j_cypher exports, whatever container holds it."""
    statements = []
    for name, value in vars(neo4j_cypher).items():
        if name.startswith("__"):
            continue
        values = value.values() if isinstance(value, dict) else value if isinstance(value, tuple) else [value]
        statements.extend(v for v in values if isinstance(v, str) and CLAUSE_START.match(v))
    return statements


STATEMENTS = _cypher_constants()


def test_the_scan_finds_the_statements():
    # Guards the scan itself: if the pattern stopped matching, every other test would pass vacuously.
    assert len(STATEMENTS) >= 30
    assert set(_module_statements()) == {text for _, text in STATEMENTS}


def test_cypher_lives_in_neo4j_cypher_only():
    elsewhere = [where for where, _ in STATEMENTS if not where.startswith("neo4j_cypher.py")]
    assert elsewhere == []


@pytest.mark.parametrize("construct,pattern", sorted(FORBIDDEN.items()))
def test_no_forbidden_construct(construct, pattern):
    offending = [where for where, text in STATEMENTS if re.search(pattern, text, re.IGNORECASE)]
    assert offending == [], f"{construct} in {offending}"


def test_forbidden_patterns_catch_what_they_name():
    # Each pattern must fire on an example of its construct, or it checks nothing.
    examples = {
        "APOC procedure or function": "CALL apoc.periodic.iterate('a', 'b', {})",
        "COUNT/COLLECT/EXISTS subquery expression": "RETURN COUNT { (n)--() } AS c",
        "CALL subquery (scoped `CALL () {}` is 5.23+; none is needed)": "CALL () { RETURN 1 }",
        "CALL ... IN TRANSACTIONS (cannot run in a managed transaction)": "CALL { } IN TRANSACTIONS",
        "USING PERIODIC COMMIT": "USING PERIODIC COMMIT 500",
        "quantified path pattern `(...){m,n}`": "MATCH ((a)-[:R]->(b)){1,3}",
        "quantified path pattern `(...)+` / `(...)*`": "MATCH ((a)-[:R]->(b))+",
        "quantified relationship `-[:R]->+` (5.9+)": "MATCH (a)-[:R]->{1,3}(b)",
        "SHORTEST path selector (5.21+)": "MATCH p = SHORTEST 1 (a)-->+(b)",
        "type predicate `IS ::` (5.9+)": "WHERE n.x IS :: INTEGER",
        "dynamic label or type `$(...)` (5.26+)": "MATCH (n:$($label))",
        "deprecated id() function": "WHERE id(n) = 1",
        "deprecated `|:` in relationship type alternatives": "MATCH (a)-[:A|:B]->(b)",
        "GQL clauses of later releases (LET, FILTER, FINISH, NEXT)": "LET x = 1",
    }
    assert examples.keys() == FORBIDDEN.keys()
    for construct, example in examples.items():
        assert re.search(FORBIDDEN[construct], example, re.IGNORECASE), construct


def test_values_are_parameters_not_literals():
    for where, text in STATEMENTS:
        # No quoted literal: every value arrives as $parameter.
        assert "'" not in text and '"' not in text, where
        # The only formatting placeholder is the depth bound that with_depth() fills.
        assert set(re.findall(r"\{(\w+)\}", text)) <= {"depth"}, where
        assert "%s" not in text and "%(" not in text, where


def test_depth_placeholder_only_in_variable_length_bounds():
    with_placeholder = [text for _, text in STATEMENTS if "{depth}" in text]
    assert len(with_placeholder) == 3  # ancestors, descendants, paths
    for text in with_placeholder:
        assert text.count("{depth}") == text.count("*1..{depth}]") == 1


def test_no_string_formatting_builds_cypher():
    """f-strings, % and .format() in the modules never produce Cypher: messages only."""
    for path in NEO4J_MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
                assert not re.search(r"\b(MATCH|MERGE|RETURN|UNWIND)\b", literal), f"{path.name}:{node.lineno}"
            if isinstance(node, ast.Attribute) and node.attr == "format":
                pytest.fail(f"{path.name}:{node.lineno} uses str.format")


@pytest.mark.parametrize("bad", [0, -1, neo4j_cypher.MAX_DEPTH + 1, True, 2.0, "2", "1] MATCH (x) DETACH DELETE x //", None])
def test_with_depth_refuses_anything_but_a_sane_int(bad):
    with pytest.raises(ValueError, match="depth"):
        neo4j_cypher.with_depth(neo4j_cypher.ANCESTOR_DEPTHS, bad)


def test_with_depth_fills_the_bound():
    for depth in (1, 3, neo4j_cypher.MAX_DEPTH):
        text = neo4j_cypher.with_depth(neo4j_cypher.PATHS, depth)
        assert f"*1..{depth}]" in text and "{depth}" not in text


def test_schema_statements_are_idempotent_and_named():
    for statement in neo4j_cypher.SCHEMA:
        assert re.match(r"CREATE (CONSTRAINT|INDEX) lineage_\w+ IF NOT EXISTS FOR \(\w:\w+\) ", statement)
    constraints = [s for s in neo4j_cypher.SCHEMA if "IS UNIQUE" in s]
    assert {re.search(r"REQUIRE (\w\.\w+)", s).group(1) for s in constraints} == {"d.id", "b.id", "p.id", "s.hash"}
