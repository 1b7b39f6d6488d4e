// Orphaned footnotes are listed per document.
CREATE INDEX orphan_document IF NOT EXISTS
FOR (o:Orphan) ON (o.documentId)
