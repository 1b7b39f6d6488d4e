// Targets by the number of distinct documents citing them.
MATCH (c:Node)-[:CITES]->(n:Node)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($body IS NULL OR n.body = $body)
WITH n, count(DISTINCT c) AS citedBy
RETURN n {.id, .kind, .label, .body, .documentKind, .year, .session, .date, .ingested} AS node, citedBy
ORDER BY citedBy DESC, n.id
LIMIT $limit
