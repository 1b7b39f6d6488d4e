// One CITES edge per (source, target, location); a second language finding the same citation joins its languages.
// The latest version's surface text wins; footnote and relation are kept when the latest version has none.
MATCH (d:Node {id: $documentId})
UNWIND $citations AS c
MATCH (t:Node {id: c.targetId})
MERGE (d)-[r:CITES {location: c.location}]->(t)
  ON CREATE SET r.text = c.text,
                r.footnote = c.footnote,
                r.relation = c.relation,
                r.languages = [$language]
  ON MATCH SET r.text = c.text,
               r.footnote = coalesce(c.footnote, r.footnote),
               r.relation = coalesce(c.relation, r.relation),
               r.languages = CASE WHEN $language IN r.languages THEN r.languages ELSE r.languages + $language END
