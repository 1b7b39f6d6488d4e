MATCH (a:Node)-[:ADDENDUM_OF]->(:Node {id: $documentId})
RETURN a {.id, .kind, .label, .body, .documentKind, .year, .session, .date, .ingested} AS node
ORDER BY a.id
