// Document filters (body, year) and the unresolved list (ingested = false).
CREATE INDEX node_body_year IF NOT EXISTS
FOR (n:Node) ON (n.body, n.year)
