// Creates nodes known from citations (or the instrument catalogue) and completes what is missing on existing ones;
// never erases a known fact and never turns an ingested document back into a cited-only one.
UNWIND $nodes AS t
MERGE (n:Node {id: t.id})
  ON CREATE SET n.kind = t.kind, n.ingested = false
SET n.label = coalesce(n.label, t.label),
    n.body = coalesce(n.body, t.body),
    n.documentKind = coalesce(n.documentKind, t.documentKind),
    n.year = coalesce(n.year, t.year),
    n.session = coalesce(n.session, t.session),
    n.date = coalesce(n.date, t.date)
FOREACH (_ IN CASE WHEN t.kind = 'Document' THEN [1] ELSE [] END | SET n:Document)
FOREACH (_ IN CASE WHEN t.kind = 'Instrument' THEN [1] ELSE [] END | SET n:Instrument)
FOREACH (_ IN CASE WHEN t.kind = 'WebResource' THEN [1] ELSE [] END | SET n:WebResource)
