// The total of Unresolved: documents cited but never ingested, at most $scan of them.
MATCH (n:Document)
WHERE n.ingested = false AND EXISTS { (:Node)-[:CITES]->(n) }
WITH n
LIMIT $scan
RETURN count(n) AS scanned, count(n) AS matching
