// The total of CitersDirect: distinct citing documents, at most $scan of them.
MATCH (c:Node)-[:CITES]->(:Node {id: $targetId})
WITH DISTINCT c
LIMIT $scan
RETURN count(c) AS scanned, count(c) AS matching
