// Documents in id order, filtered; keyset paging after the last id seen.
MATCH (d:Document)
WHERE ($body IS NULL OR d.body = $body)
  AND ($kind IS NULL OR d.documentKind = $kind)
  AND ($year IS NULL OR d.year = $year)
  AND ($ingested IS NULL OR d.ingested = $ingested)
  AND ($language IS NULL OR EXISTS { (d)-[:HAS_VERSION]->(:Version {language: $language}) })
  AND ($after IS NULL OR d.id > $after.id)
RETURN d {.id, .kind, .label, .body, .documentKind, .year, .session, .date, .ingested} AS node
ORDER BY d.id
LIMIT $limit
