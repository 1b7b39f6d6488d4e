// Deletes one version with its footnotes and footnote problems (its citations were retracted first); the document
// stays ingested only while another version of it remains.
MATCH (d:Node {id: $documentId})-[:HAS_VERSION]->(v:Version {key: $key})
OPTIONAL MATCH (v)-[:HAS_ORPHAN]->(o:Orphan)
DETACH DELETE o
WITH DISTINCT d, v
OPTIONAL MATCH (v)-[:HAS_FOOTNOTE]->(f:Footnote)
DETACH DELETE f
WITH DISTINCT d, v
DETACH DELETE v
WITH d
SET d.ingested = EXISTS { (d)-[:HAS_VERSION]->(:Version) }
RETURN d.ingested AS ingested
