// One CITES edge per (source, target, location); a second language finding the same citation joins its languages.
MATCH (d:Node {id: $documentId})
UNWIND $citations AS c
MATCH (t:Node {id: c.targetId})
MERGE (d)-[r:CITES {location: c.location}]->(t)
  ON CREATE SET r.text = c.text,
                r.footnote = c.footnote,
                r.relation = c.relation,
                r.languages = [$language]
  ON MATCH SET r.languages = CASE WHEN $language IN r.languages THEN r.languages ELSE r.languages + $language END
