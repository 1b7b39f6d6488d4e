MATCH (n:Node {id: $id})
WHERE n:Instrument
RETURN n {.id, .kind, .label, .body, .documentKind, .year, .session, .date, .ingested} AS node,
       n.titleLanguages AS titleLanguages,
       n.titles AS titles,
       n.adoptedIn AS adoptedIn
