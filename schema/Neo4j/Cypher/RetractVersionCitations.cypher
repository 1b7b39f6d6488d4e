// Takes back what one language version said: its language leaves each CITES edge, and an edge no language states
// any more goes. Returns the targets of the edges that went, for pruning.
MATCH (:Node {id: $documentId})-[r:CITES]->(t:Node)
WHERE $language IN r.languages
SET r.languages = [l IN r.languages WHERE l <> $language]
WITH r, t
WHERE size(r.languages) = 0
DELETE r
RETURN DISTINCT t.id AS released
