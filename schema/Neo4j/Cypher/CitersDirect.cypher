// Documents citing the target directly, in id order after the last id seen.
MATCH (c:Node)-[:CITES]->(:Node {id: $targetId})
WITH DISTINCT c
WHERE $after IS NULL OR c.id > $after.id
RETURN c {.id, .kind, .label, .body, .documentKind, .year, .session, .date, .ingested} AS node
ORDER BY c.id
LIMIT $limit
