// What a node cites, filtered on the edge and on the cited node; keyset paging on (target id, location).
MATCH (s:Node {id: $nodeId})-[r:CITES]->(t:Node)
WHERE ($relation IS NULL OR r.relation = $relation)
  AND ($targetKind IS NULL OR t.kind = $targetKind)
  AND ($body IS NULL OR t.body = $body)
  AND ($year IS NULL OR t.year = $year)
  AND ($language IS NULL OR $language IN r.languages)
  AND ($after IS NULL
       OR t.id > $after.targetId
       OR (t.id = $after.targetId AND r.location > $after.location))
RETURN {sourceId: s.id, targetId: t.id, targetKind: t.kind, location: r.location, text: r.text,
        footnote: r.footnote, relation: r.relation, languages: r.languages} AS citation
ORDER BY t.id, r.location
LIMIT $limit
