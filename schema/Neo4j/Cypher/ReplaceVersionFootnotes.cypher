// Every footnote of one version, replaced as a whole; ordinal keeps the order of the text.
MATCH (v:Version {key: $key})
OPTIONAL MATCH (v)-[:HAS_FOOTNOTE]->(old:Footnote)
DETACH DELETE old
WITH DISTINCT v
UNWIND $footnotes AS f
CREATE (v)-[:HAS_FOOTNOTE]->(:Footnote {documentId: v.documentId, language: v.language, ordinal: f.ordinal,
        marker: f.marker, text: f.text, referenced: f.referenced, defined: f.defined, anchor: f.anchor})
