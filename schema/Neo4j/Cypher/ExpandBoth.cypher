// One breadth-first step along CITES either way (see ExpandOutgoing).
UNWIND $frontier AS id
MATCH (:Node {id: id})-[:CITES]-(m:Node)
WHERE NOT m.id IN $seen
RETURN DISTINCT m.id AS id
ORDER BY id
LIMIT $limit
