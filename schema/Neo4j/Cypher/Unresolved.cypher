// Documents cited but never ingested, most cited first; keyset paging on (citations descending, id).
MATCH (n:Document)
WHERE n.ingested = false
WITH n, COUNT { (:Node)-[:CITES]->(n) } AS citations
WHERE citations > 0
  AND ($after IS NULL
       OR citations < $after.citations
       OR (citations = $after.citations AND n.id > $after.id))
RETURN n {.id, .kind, .label, .body, .documentKind, .year, .session, .date, .ingested} AS node, citations
ORDER BY citations DESC, n.id
LIMIT $limit
