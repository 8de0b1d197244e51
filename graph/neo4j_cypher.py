"""Every Cypher statement the Neo4j backend runs, in one place so it can be read and checked whole.

The statements stick to what Neo4j 5.3 Community accepts and every later 5.x release still runs:
no APOC, no quantified path patterns, no `COUNT {}` / `COLLECT {}` subqueries, no `CALL () {}`,
no `CALL {} IN TRANSACTIONS` (writes run in managed transactions), no dynamic labels.
tests/test_cypher_portability.py scans this module for those constructs.

Every value arrives as a `$parameter`. The one exception is the upper bound of a variable-length
pattern, which Cypher cannot take as a parameter; `with_depth()` formats it from a validated int,
and the `{depth}` placeholder is the only one any statement here carries.
"""

from __future__ import annotations

# The most hops a traversal may ask for. Lineage chains are a handful of levels deep (centre,
# province, department, district, commune); the bound keeps a typo such as 1000 from enumerating
# every path of a dense graph.
MAX_DEPTH = 25


def with_depth(template: str, depth: int) -> str:
    """`template` with its `{depth}` bound filled in, after checking that `depth` is a sane int."""
    # bool is an int subclass; True would format as "True" and break the statement.
    if not isinstance(depth, int) or isinstance(depth, bool):
        raise ValueError(f"depth must be an integer, not {depth!r}")
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth must be between 1 and {MAX_DEPTH}, not {depth}")
    return template.replace("{depth}", str(depth))


# --- schema (each statement runs in its own transaction: Neo4j forbids mixing schema and data) --

SCHEMA = (
    "CREATE CONSTRAINT lineage_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT lineage_body_id IF NOT EXISTS FOR (b:Body) REQUIRE b.id IS UNIQUE",
    "CREATE CONSTRAINT lineage_province_id IF NOT EXISTS FOR (p:Province) REQUIRE p.id IS UNIQUE",
    "CREATE CONSTRAINT lineage_source_hash IF NOT EXISTS FOR (s:Source) REQUIRE s.hash IS UNIQUE",
    # find_by_key and search_documents filter on these.
    "CREATE INDEX lineage_document_number IF NOT EXISTS FOR (d:Document) ON (d.number_key)",
    "CREATE INDEX lineage_document_province IF NOT EXISTS FOR (d:Document) ON (d.province_key)",
    "CREATE INDEX lineage_document_type IF NOT EXISTS FOR (d:Document) ON (d.doc_type_key)",
    "CREATE INDEX lineage_document_date IF NOT EXISTS FOR (d:Document) ON (d.date)",
    "CREATE INDEX lineage_province_key IF NOT EXISTS FOR (p:Province) ON (p.key)",
)

SEED_PROVINCES = """
UNWIND $rows AS row
MERGE (p:Province {id: row.id})
SET p.name = row.name, p.kind = row.kind, p.now = row.now, p.key = row.key
"""

# `now` holds the 2025 unit's name; the merger edge links the province node to that unit's node.
SEED_MERGERS = """
UNWIND $rows AS row
MATCH (old:Province {id: row.id})
MATCH (unit:Province {key: row.now_key})
WHERE old <> unit
MERGE (old)-[:MERGED_INTO]->(unit)
"""

# --- writing one article (all statements share one managed transaction) ----------------------

SOURCE_EXISTS = "MATCH (s:Source {hash: $hash}) RETURN count(s) AS n"

EXISTING_DOCUMENTS = """
UNWIND $ids AS wanted
MATCH (d:Document {id: wanted})
RETURN d {.*} AS doc
"""

EXISTING_IDS = """
UNWIND $ids AS wanted
MATCH (d:Document {id: wanted})
RETURN d.id AS id
"""

EXISTING_BODIES = """
UNWIND $ids AS wanted
MATCH (b:Body {id: wanted})
RETURN b {.*} AS body
"""

# Rows carry the merged values (known value first, the article's value where it was null), worked
# out in Python from EXISTING_*; coalesce() keeps a value another writer filled meanwhile.
MERGE_BODIES = """
UNWIND $rows AS row
MERGE (b:Body {id: row.id})
SET b.name = coalesce(b.name, row.name),
    b.display_name = coalesce(b.display_name, row.display_name),
    b.level = coalesce(b.level, row.level),
    b.province = coalesce(b.province, row.province),
    b.province_key = coalesce(b.province_key, row.province_key)
"""

LINK_BODY_PROVINCES = """
UNWIND $ids AS wanted
MATCH (b:Body {id: wanted})
MATCH (p:Province {key: b.province_key})
MERGE (b)-[:IN_PROVINCE]->(p)
"""

MERGE_DOCUMENTS = """
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.doc_type = coalesce(d.doc_type, row.doc_type),
    d.number = coalesce(d.number, row.number),
    d.symbol = coalesce(d.symbol, row.symbol),
    d.year = coalesce(d.year, row.year),
    d.date = coalesce(d.date, row.date),
    d.issuer = coalesce(d.issuer, row.issuer),
    d.body_id = coalesce(d.body_id, row.body_id),
    d.province = coalesce(d.province, row.province),
    d.scope = coalesce(d.scope, row.scope),
    d.title = coalesce(d.title, row.title),
    d.doc_type_key = row.doc_type_key,
    d.number_key = row.number_key,
    d.symbol_key = row.symbol_key,
    d.issuer_key = row.issuer_key,
    d.province_key = row.province_key,
    d.search_text = row.search_text
"""

LINK_ISSUERS = """
UNWIND $ids AS wanted
MATCH (d:Document {id: wanted})
MATCH (b:Body {id: d.body_id})
MERGE (d)-[:ISSUED_BY]->(b)
"""

# Relationship types cannot be parameters, so each relation has its own statement, identical
# but for the type. Each row is one distinct edge with the evidence entries of sources new to
# this write; an entry is appended only when its source hash is not on the edge yet ("grow by
# source, not by repetition").
MERGE_EDGES = {
    "IMPLEMENTS": """
UNWIND $rows AS row
MATCH (a:Document {id: row.source})
MATCH (b:Document {id: row.target})
MERGE (a)-[r:IMPLEMENTS]->(b)
WITH r, [e IN row.evidence WHERE NOT e.hash IN coalesce(r.evidence_hashes, [])] AS fresh
SET r.evidence_hashes = coalesce(r.evidence_hashes, []) + [e IN fresh | e.hash],
    r.evidence = coalesce(r.evidence, []) + [e IN fresh | e.json]
RETURN count(r) AS matched, sum(size(fresh)) AS evidence_added
""",
    "CITES": """
UNWIND $rows AS row
MATCH (a:Document {id: row.source})
MATCH (b:Document {id: row.target})
MERGE (a)-[r:CITES]->(b)
WITH r, [e IN row.evidence WHERE NOT e.hash IN coalesce(r.evidence_hashes, [])] AS fresh
SET r.evidence_hashes = coalesce(r.evidence_hashes, []) + [e IN fresh | e.hash],
    r.evidence = coalesce(r.evidence, []) + [e IN fresh | e.json]
RETURN count(r) AS matched, sum(size(fresh)) AS evidence_added
""",
}

CREATE_SOURCE = """
CREATE (s:Source {hash: $hash, uri: $uri, published: $published, title: $title})
WITH s
UNWIND $mentioned AS wanted
MATCH (d:Document {id: wanted})
MERGE (s)-[:MENTIONS]->(d)
"""

# --- reading -------------------------------------------------------------------------------

# A document with what surrounds it: its body, and the URIs of the articles that mention it.
DOCUMENTS_BY_ID = """
UNWIND $ids AS wanted
MATCH (d:Document {id: wanted})
OPTIONAL MATCH (b:Body {id: d.body_id})
OPTIONAL MATCH (s:Source)-[:MENTIONS]->(d)
WITH d, b, collect(s.uri) AS sources
RETURN d {.*} AS doc, b {.*} AS body, sources
"""

# Keys arrive folded (see neo4j_rows.py); a null parameter matches anything.
FIND_BY_KEY = """
MATCH (d:Document)
WHERE ($doc_type IS NULL OR d.doc_type_key = $doc_type)
  AND ($number IS NULL OR d.number_key = $number)
  AND ($symbol IS NULL OR d.symbol_key = $symbol)
  AND ($year IS NULL OR d.year = $year)
  AND ($province IS NULL OR d.province_key = $province)
RETURN d.id AS id
ORDER BY id
"""

# `$provinces` lists the folded names a province filter accepts: the name itself and the old
# provinces merged into it in 2025.
SEARCH_DOCUMENTS = """
MATCH (d:Document)
WHERE ($after IS NULL OR d.id > $after)
  AND ($text IS NULL OR d.search_text CONTAINS $text)
  AND ($doc_type IS NULL OR d.doc_type_key = $doc_type)
  AND ($issuer IS NULL OR d.issuer_key = $issuer)
  AND ($provinces IS NULL OR d.province_key IN $provinces)
  AND ($date_from IS NULL OR d.date >= $date_from)
  AND ($date_to IS NULL OR d.date <= $date_to)
RETURN d.id AS id
ORDER BY id
LIMIT $limit
"""

GET_BODY = "MATCH (b:Body {id: $id}) RETURN b {.*} AS body"
LIST_BODIES = "MATCH (b:Body) RETURN b {.*} AS body ORDER BY b.id"
LIST_PROVINCES = "MATCH (p:Province) RETURN p {.*} AS province ORDER BY p.id"

COUNT_LABEL = {
    "Document": "MATCH (n:Document) RETURN count(n) AS n",
    "Body": "MATCH (n:Body) RETURN count(n) AS n",
    "Province": "MATCH (n:Province) RETURN count(n) AS n",
    "Source": "MATCH (n:Source) RETURN count(n) AS n",
}
COUNT_RELATION = {
    "IMPLEMENTS": "MATCH ()-[r:IMPLEMENTS]->() RETURN count(r) AS n",
    "CITES": "MATCH ()-[r:CITES]->() RETURN count(r) AS n",
}

# Every document within `depth` hops, with its shortest hop count. Variable-length matches never
# repeat a relationship, and the shortest walk between two nodes is always such a trail, so the
# minimum over matched paths is the true shortest distance.
ANCESTOR_DEPTHS = """
MATCH p = (root:Document {id: $id})-[:IMPLEMENTS|CITES*1..{depth}]->(n:Document)
WHERE n <> root AND all(r IN relationships(p) WHERE type(r) IN $types)
RETURN n.id AS id, min(length(p)) AS depth
"""

DESCENDANT_DEPTHS = """
MATCH p = (root:Document {id: $id})<-[:IMPLEMENTS|CITES*1..{depth}]-(n:Document)
WHERE n <> root AND all(r IN relationships(p) WHERE type(r) IN $types)
RETURN n.id AS id, min(length(p)) AS depth
"""

EDGES_AMONG = """
UNWIND $ids AS wanted
MATCH (a:Document {id: wanted})-[r:IMPLEMENTS|CITES]->(b:Document)
WHERE type(r) IN $types AND b.id IN $ids
RETURN a.id AS source, b.id AS target, type(r) AS relation, r.evidence AS evidence
ORDER BY source, target, relation
"""

# Simple paths: no node twice. The ids along the path break ties between equally long paths.
PATHS = """
MATCH p = (a:Document {id: $from_id})-[:IMPLEMENTS|CITES*1..{depth}]->(b:Document {id: $to_id})
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS relations
RETURN [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id,
        relation: type(r), evidence: r.evidence}] AS edges
ORDER BY length(p), ids, relations
LIMIT $limit
"""

# --- enumerating (sync, export) --------------------------------------------------------------

ALL_SOURCES = """
MATCH (s:Source)
OPTIONAL MATCH (s)-[:MENTIONS]->(d:Document)
WITH s, collect(d.id) AS mentioned
RETURN s {.*} AS source, mentioned
ORDER BY s.hash
"""

ALL_DOCUMENTS = "MATCH (d:Document) RETURN d {.*} AS doc ORDER BY d.id"

ALL_EDGES = """
MATCH (a:Document)-[r:IMPLEMENTS|CITES]->(b:Document)
RETURN a.id AS source, b.id AS target, type(r) AS relation, r.evidence AS evidence
ORDER BY source, target, relation
"""

# --- clearing (tests): a bounded batch per transaction keeps memory flat on big graphs ---------

DELETE_BATCH = """
MATCH (n)
WHERE n:Document OR n:Body OR n:Province OR n:Source
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
"""
