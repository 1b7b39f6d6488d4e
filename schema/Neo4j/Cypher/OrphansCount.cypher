// The total of Orphans (the same distinct rows), at most $scan of them.
MATCH (o:Orphan)
WHERE ($documentId IS NULL OR o.documentId = $documentId)
WITH DISTINCT o.documentId AS documentId, o.language AS language, o.marker AS marker, o.problem AS problem
LIMIT $scan
RETURN count(*) AS scanned, count(*) AS matching
