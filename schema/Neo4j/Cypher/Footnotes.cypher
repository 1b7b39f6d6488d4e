// Every footnote of a document's versions (of one language when $language is set), by language, in the order of the text.
MATCH (:Node {id: $documentId})-[:HAS_VERSION]->(v:Version)-[:HAS_FOOTNOTE]->(f:Footnote)
WHERE $language IS NULL OR v.language = $language
RETURN f {.documentId, .language, .marker, .text, .referenced, .defined, .anchor} AS footnote
ORDER BY f.language, f.ordinal
