"""Loading a built graph into a running database (Neo4j over Bolt)."""
