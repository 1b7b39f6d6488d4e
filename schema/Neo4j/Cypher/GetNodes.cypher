UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n {.id, .kind, .label, .body, .documentKind, .year, .session, .date, .ingested} AS node
