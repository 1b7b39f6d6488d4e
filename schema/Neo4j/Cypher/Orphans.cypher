// Footnote problems, of one document or all, keyset paging on (document, language, marker, problem).
MATCH (o:Orphan)
WHERE ($documentId IS NULL OR o.documentId = $documentId)
WITH DISTINCT o.documentId AS documentId, o.language AS language, o.marker AS marker, o.problem AS problem
WHERE $after IS NULL
   OR documentId > $after.documentId
   OR (documentId = $after.documentId AND language > $after.language)
   OR (documentId = $after.documentId AND language = $after.language AND marker > $after.marker)
   OR (documentId = $after.documentId AND language = $after.language AND marker = $after.marker AND problem > $after.problem)
RETURN documentId, language, marker, problem
ORDER BY documentId, language, marker, problem
LIMIT $limit
