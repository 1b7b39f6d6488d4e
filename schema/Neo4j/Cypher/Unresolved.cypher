// Documents cited but never ingested, by the number of distinct documents citing them, most cited first;
// keyset paging on (citations descending, id).
MATCH (n:Document)
WHERE n.ingested = false
MATCH (c:Node)-[:CITES]->(n)
WITH n, count(DISTINCT c) AS citations
WHERE $after IS NULL
   OR citations < $after.citations
   OR (citations = $after.citations AND n.id > $after.id)
RETURN n {.id, .kind, .label, .body, .documentKind, .year, .session, .date, .ingested} AS node, citations
ORDER BY citations DESC, n.id
LIMIT $limit
