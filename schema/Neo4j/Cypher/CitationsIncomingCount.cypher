// The total of CitationsIncoming: reads at most $scan of the edges pointing at the node, then counts those passing
// the same filters (scanned > the store's count limit means the total is unknown).
MATCH (s:Node)-[r:CITES]->(t:Node {id: $nodeId})
WITH s, r, t
LIMIT $scan
RETURN count(*) AS scanned,
       sum(CASE WHEN ($relation IS NULL OR r.relation = $relation)
                     AND ($targetKind IS NULL OR t.kind = $targetKind)
                     AND ($body IS NULL OR s.body = $body)
                     AND ($year IS NULL OR s.year = $year)
                     AND ($language IS NULL OR $language IN r.languages)
                THEN 1 ELSE 0 END) AS matching
