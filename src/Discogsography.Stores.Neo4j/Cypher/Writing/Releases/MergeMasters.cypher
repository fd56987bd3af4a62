// Only releases with a real master (id > 0) get here: there is no shared master for master-less releases.
UNWIND $links AS link
MATCH (r:Release {id: link.source})
MERGE (m:Master {id: link.target})
MERGE (r)-[:DERIVED_FROM]->(m)
