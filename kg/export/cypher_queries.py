"""Every Cypher statement kg writes or sends, in one place.

The data statements are bodies that follow `UNWIND <rows> AS row`: the script (graph.cypher) puts the rows
in as a list literal, the Bolt loader sends them as the parameter $rows, so both run the same text. Labels,
relationship types and property names cannot be parameters in Cypher; they are formatted in from the
ontology's names only (checked by property_graph.identifier). Every statement is idempotent: constraints
IF NOT EXISTS, nodes and relationships by MERGE on their id, properties by SET."""

CONSTRAINTS = [
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE",
]

UNWIND = "UNWIND {rows} AS row {body}"
PARAMETER = "$rows"

MERGE_DOCUMENTS = "MERGE (d:Document {id: row.id}) SET d += row.props"
MERGE_NODES = "MERGE (n:Entity {{id: row.id}}) SET n += row.props, n:{label}"
MERGE_RELATIONSHIPS = (
    "MATCH (a:Entity {{id: row.s}}) MATCH (b:Entity {{id: row.o}}) MERGE (a)-[r:{type}]->(b) SET r += row.props"
)
SET_DATES = "MATCH (n:Entity {{id: row.id}}) SET n.{prop} = date(row.date)"
# provenance (property_graph.PROVENANCE): evidence nodes, their links to documents and entities, mentions
MERGE_EVIDENCE = "MERGE (v:Evidence {id: row.id}) SET v += row.props"
MERGE_LINKS = "MATCH (a:{start} {{id: row.s}}) MATCH (b:{end} {{id: row.o}}) MERGE (a)-[r:{type}]->(b) SET r += row.props"

# kg load --sync (kg/load/sync.py): the same statements, but the build's properties and class label replace
# what the database had (SET =, REMOVE of every other class label) ...
SYNC_DOCUMENTS = "MERGE (d:Document {id: row.id}) SET d = row.props, d.id = row.id"
SYNC_NODES = "MERGE (n:Entity {{id: row.id}}) REMOVE n:{classes} SET n = row.props, n.id = row.id, n:{label}"
SYNC_RELATIONSHIPS = (
    "MATCH (a:Entity {{id: row.s}}) MATCH (b:Entity {{id: row.o}}) MERGE (a)-[r:{type}]->(b) SET r = row.props"
)
SYNC_EVIDENCE = "MERGE (v:Evidence {id: row.id}) SET v = row.props, v.id = row.id"
SYNC_LINKS = "MATCH (a:{start} {{id: row.s}}) MATCH (b:{end} {{id: row.o}}) MERGE (a)-[r:{type}]->(b) SET r = row.props"
# ... then what the build no longer has goes ($keys: the [start id, end id] pairs the build has, $ids its ids)
PRUNE_RELATIONSHIPS = "MATCH (a:{start})-[r:{type}]->(b:{end}) WHERE NOT [a.id, b.id] IN $keys DELETE r"
PRUNE_NODES = "MATCH (n:{label}) WHERE NOT n.id IN $ids DETACH DELETE n"
