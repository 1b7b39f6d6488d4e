// The footnote problems of one version, replaced as a whole.
MATCH (v:Version {key: $key})
OPTIONAL MATCH (v)-[:HAS_ORPHAN]->(old:Orphan)
DETACH DELETE old
WITH DISTINCT v
UNWIND $orphans AS o
CREATE (v)-[:HAS_ORPHAN]->(:Orphan {documentId: v.documentId, language: v.language, marker: o.marker, problem: o.problem})
