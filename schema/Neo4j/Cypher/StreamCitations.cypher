// One batch of citations for export: all edges of the next $limit source nodes in id order
// (paging on sources keeps each batch index-backed instead of sorting every edge).
MATCH (s:Node)
WHERE $after IS NULL OR s.id > $after
WITH s
ORDER BY s.id
LIMIT $limit
OPTIONAL MATCH (s)-[r:CITES]->(t:Node)
RETURN s.id AS sourceId,
       CASE WHEN r IS NULL THEN null ELSE {sourceId: s.id, targetId: t.id, targetKind: t.kind, location: r.location,
            text: r.text, footnote: r.footnote, relation: r.relation, languages: r.languages} END AS citation
ORDER BY s.id, t.id, r.location
