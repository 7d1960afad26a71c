"""Every Cypher statement kg writes or sends, in one place. Labels and relationship types cannot
be query parameters in Cypher, so they are formatted in from the ontology's names only."""

CONSTRAINT = "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE"
DOCUMENT_CONSTRAINT = "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE"

MERGE_NODES = "UNWIND {rows} AS row MERGE (n:Entity {{id: row.id}}) SET n += row.props, n:{label}"
MERGE_DOCUMENTS = "UNWIND {rows} AS row MERGE (d:Document {{id: row.id}}) SET d += row.props"
MERGE_RELATIONSHIPS = (
    "UNWIND {rows} AS row MATCH (a:Entity {{id: row.s}}) MATCH (b:Entity {{id: row.o}}) "
    "MERGE (a)-[r:{type}]->(b) SET r += row.props"
)
SET_DATES = "UNWIND {rows} AS row MATCH (n:Entity {{id: row.id}}) SET n.{prop} = date(row.date)"
