// A/HRC/44/44/Add.1 -[:ADDENDUM_OF]-> A/HRC/44/44 (nothing when $parentId is null).
MATCH (d:Node {id: $documentId})
OPTIONAL MATCH (d)-[old:ADDENDUM_OF]->()
DELETE old
WITH DISTINCT d
MATCH (p:Node {id: $parentId})
MERGE (d)-[:ADDENDUM_OF]->(p)
