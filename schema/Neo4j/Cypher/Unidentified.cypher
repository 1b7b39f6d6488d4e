// Files whose own symbol could not be inferred: documents keyed "hash:<sha256>", one row per version.
MATCH (d:Document)-[:HAS_VERSION]->(v:Version)
WHERE d.id STARTS WITH 'hash:'
  AND ($after IS NULL
       OR d.id > $after.id
       OR (d.id = $after.id AND v.language > $after.language))
RETURN d.id AS id, v.source AS source, v.language AS language, v.title AS title, v.ingestedAt AS ingestedAt
ORDER BY id, language
LIMIT $limit
