// Cypher to paste into Neo4j Browser once the graph is loaded (`kg load`, or `cypher-shell -f out/graph.cypher`).
// Drag neo4j/style.grass onto the Browser window first: nodes coloured by class, captioned by name.
// Each example is a comment line (its title) and one statement ending with a semicolon.

// The whole graph
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a, r, b;

// Cao Bang and everything within two facts of it
MATCH p = (:Locality {id: 'cao-bang'})-[*1..2]-(:Entity)
RETURN p;

// Which localities cooperate with which foreign partners
MATCH (l:Locality)-[:COOPERATES_WITH]-(p:Entity)
WHERE (p:Country OR p:ForeignRegion OR p:Organization) AND p.id <> 'vietnam'
  AND NOT (p)-[:LOCATED_IN]->(:Country {id: 'vietnam'})
RETURN l.name AS locality, p.name AS partner, p.class AS class
ORDER BY locality, partner;

// The pillars Resolution 59-NQ/TW defines, and who issued it
MATCH (r:PolicyDocument {id: 'resolution-59'})-[:DEFINES]->(p:Pillar)
OPTIONAL MATCH (r)-[:ISSUED_BY]->(i:Entity)
RETURN r.name AS resolution, collect(DISTINCT p.name) AS pillars, collect(DISTINCT i.name) AS issuedBy;

// Events: where, when, who organised them and who took part
MATCH (e:Event)
OPTIONAL MATCH (e)-[:HELD_IN]->(place:Entity)
OPTIONAL MATCH (organiser:Entity)-[:ORGANIZES]->(e)
OPTIONAL MATCH (participant:Entity)-[:PARTICIPATES_IN]->(e)
WITH e, collect(DISTINCT place.name) AS places, collect(DISTINCT organiser.name) AS organisers,
     collect(DISTINCT participant.name) AS participants
WHERE e.heldOn IS NOT NULL OR size(places) > 0 OR size(organisers) > 0 OR size(participants) > 0
RETURN e.name AS event, e.heldOn AS date, places, organisers, participants
ORDER BY date, event;

// Which localities implement which agreements
MATCH (l:Locality)-[:IMPLEMENTS]->(a:Entity)
RETURN l.name AS locality, a.name AS agreement, a.class AS kind
ORDER BY locality, agreement;

// Which officials hold which offices
MATCH (p:Person)-[:HOLDS_POSITION]->(o:Position)
OPTIONAL MATCH (p)-[:MEMBER_OF]->(b:Entity)
RETURN p.name AS person, collect(DISTINCT o.name) AS positions, collect(DISTINCT b.name) AS memberOf
ORDER BY person;

// The sentences behind a fact, in their original language
MATCH (:Entity {id: 'cao-bang'})-[r:BORDERS_ON]-(:Entity {id: 'guangxi'})
RETURN r.sentences AS sentences, r.documents AS documents, r.confidence AS confidence;

// The best-connected entities
MATCH (n:Entity)
RETURN n.name AS entity, n.class AS class, COUNT { (n)--(:Entity) } AS facts
ORDER BY facts DESC, entity
LIMIT 10;

// How two provinces are linked
MATCH p = shortestPath((:Locality {id: 'cao-bang'})-[*..6]-(:Locality {id: 'quang-ninh'}))
RETURN p;

// Which documents say something about Cao Bang, and where (the offsets of the sentences)
MATCH (d:Document)-[m:MENTIONS]->(:Entity {id: 'cao-bang'})
RETURN d.name AS document, d.language AS language, m.char_starts AS starts, m.char_ends AS ends
ORDER BY document;

// The sentence behind an edge: Cao Bang borders on Guangxi, said where
MATCH (a:Entity {id: 'cao-bang'})-[r:BORDERS_ON]->(b:Entity {id: 'guangxi'})
MATCH (a)<-[:SUBJECT]-(v:Evidence)-[:OBJECT]->(b)
MATCH (v)-[:FROM_DOCUMENT]->(d:Document)
WHERE v.predicate = 'bordersOn' AND v.iri IN r.evidence
RETURN d.name AS document, v.char_start AS start, v.char_end AS end, v.language AS language, v.sentence AS sentence
ORDER BY document, start;
