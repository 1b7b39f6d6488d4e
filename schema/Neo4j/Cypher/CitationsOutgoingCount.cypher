// The total of CitationsOutgoing: reads at most $scan of the node's edges, then counts those passing the same filters
// (scanned > the store's count limit means the total is unknown, not that it is $scan).
MATCH (:Node {id: $nodeId})-[r:CITES]->(t:Node)
WITH r, t
LIMIT $scan
RETURN count(*) AS scanned,
       sum(CASE WHEN ($relation IS NULL OR r.relation = $relation)
                     AND ($targetKind IS NULL OR t.kind = $targetKind)
                     AND ($body IS NULL OR t.body = $body)
                     AND ($year IS NULL OR t.year = $year)
                     AND ($language IS NULL OR $language IN r.languages)
                THEN 1 ELSE 0 END) AS matching
