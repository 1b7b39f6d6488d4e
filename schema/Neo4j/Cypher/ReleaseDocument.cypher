// A document whose last version went no longer states it is an addendum; returns the former parent for pruning.
MATCH (:Node {id: $documentId})-[a:ADDENDUM_OF]->(p:Node)
DELETE a
RETURN p.id AS parent
