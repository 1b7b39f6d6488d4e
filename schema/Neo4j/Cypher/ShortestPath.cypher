// A shortest chain of CITES edges followed in their direction. The pattern's bound must be a literal, so it is the
// store's hard ceiling (32, matching Neo4jGraphStore.MaxTraversalDepth) and $maxDepth filters within it: a shortest path longer
// than $maxDepth means no path within $maxDepth.
// Both ends are unique-id lookups: one row each, so the WITH below joins one row to one row.
MATCH (a:Node {id: $fromId})
WITH a
MATCH (b:Node {id: $toId})
MATCH p = shortestPath((a)-[:CITES*..32]->(b))
WHERE length(p) <= $maxDepth
RETURN [r IN relationships(p) | {sourceId: startNode(r).id, targetId: endNode(r).id, targetKind: endNode(r).kind,
        location: r.location, text: r.text, footnote: r.footnote, relation: r.relation, languages: r.languages}] AS path
