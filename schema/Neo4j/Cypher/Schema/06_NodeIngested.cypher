CREATE INDEX node_ingested IF NOT EXISTS
FOR (n:Node) ON (n.ingested)
