// Takes back what one language version said: its language leaves each CITES edge, and an edge no language states any more goes.
MATCH (:Node {id: $documentId})-[r:CITES]->()
WHERE $language IN r.languages
SET r.languages = [l IN r.languages WHERE l <> $language]
WITH r
WHERE size(r.languages) = 0
DELETE r
