// One breadth-first step along CITES: the unseen nodes the frontier cites. Stepping level by level keeps each node
// at its shortest depth and stays linear on cycles (a variable-length pattern cannot take its bound as a parameter
// and would enumerate every path).
UNWIND $frontier AS id
MATCH (:Node {id: id})-[:CITES]->(m:Node)
WHERE NOT m.id IN $seen
RETURN DISTINCT m.id AS id
ORDER BY id
LIMIT $limit
