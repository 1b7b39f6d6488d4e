// The CITES edges between the nodes of a subgraph (lineage, neighbourhood).
MATCH (s:Node)-[r:CITES]->(t:Node)
WHERE s.id IN $ids AND t.id IN $ids
RETURN {sourceId: s.id, targetId: t.id, targetKind: t.kind, location: r.location, text: r.text,
        footnote: r.footnote, relation: r.relation, languages: r.languages} AS citation
ORDER BY s.id, t.id, r.location
