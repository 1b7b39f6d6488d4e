// One batch of the whole node set for export, in id order (index-backed keyset, so memory stays flat).
MATCH (n:Node)
WHERE $after IS NULL OR n.id > $after
RETURN n {.id, .kind, .label, .body, .documentKind, .year, .session, .date, .ingested} AS node
ORDER BY n.id
LIMIT $limit
