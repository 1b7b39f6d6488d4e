// Citations in both directions, filtered on the edge and on the node at the other end;
// keyset paging on (source id, target id, location).
MATCH (n:Node {id: $nodeId})-[r:CITES]-(o:Node)
WITH startNode(r) AS s, r, endNode(r) AS t, o
WHERE ($relation IS NULL OR r.relation = $relation)
  AND ($targetKind IS NULL OR t.kind = $targetKind)
  AND ($body IS NULL OR o.body = $body)
  AND ($year IS NULL OR o.year = $year)
  AND ($language IS NULL OR $language IN r.languages)
  AND ($after IS NULL
       OR s.id > $after.sourceId
       OR (s.id = $after.sourceId AND t.id > $after.targetId)
       OR (s.id = $after.sourceId AND t.id = $after.targetId AND r.location > $after.location))
RETURN DISTINCT {sourceId: s.id, targetId: t.id, targetKind: t.kind, location: r.location, text: r.text,
        footnote: r.footnote, relation: r.relation, languages: r.languages} AS citation,
       s.id AS sourceId, t.id AS targetId, r.location AS location
ORDER BY sourceId, targetId, location
LIMIT $limit
