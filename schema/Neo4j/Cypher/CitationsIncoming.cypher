// Who cites a node, filtered on the edge and on the citing document; keyset paging on (source id, location).
MATCH (s:Node)-[r:CITES]->(t:Node {id: $nodeId})
WHERE ($relation IS NULL OR r.relation = $relation)
  AND ($targetKind IS NULL OR t.kind = $targetKind)
  AND ($body IS NULL OR s.body = $body)
  AND ($year IS NULL OR s.year = $year)
  AND ($language IS NULL OR $language IN r.languages)
  AND ($after IS NULL
       OR s.id > $after.sourceId
       OR (s.id = $after.sourceId AND r.location > $after.location))
RETURN {sourceId: s.id, targetId: t.id, targetKind: t.kind, location: r.location, text: r.text,
        footnote: r.footnote, relation: r.relation, languages: r.languages} AS citation
ORDER BY s.id, r.location
LIMIT $limit
