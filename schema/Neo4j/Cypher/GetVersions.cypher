MATCH (:Node {id: $documentId})-[:HAS_VERSION]->(v:Version)
RETURN v {.documentId, .language, .title, .source, .contentHash, .ingestedAt} AS version
ORDER BY v.language
