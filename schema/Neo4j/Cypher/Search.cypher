// Nodes whose id, label or a version title contains $text ($text arrives lower-cased).
MATCH (n:Node)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($after IS NULL OR n.id > $after.id)
  AND (toLower(n.id) CONTAINS $text
       OR toLower(coalesce(n.label, '')) CONTAINS $text
       OR EXISTS { (n)-[:HAS_VERSION]->(v:Version) WHERE toLower(coalesce(v.title, '')) CONTAINS $text })
RETURN n {.id, .kind, .label, .body, .documentKind, .year, .session, .date, .ingested} AS node
ORDER BY n.id
LIMIT $limit
