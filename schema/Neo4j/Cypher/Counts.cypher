// Counts over the whole graph (COUNT subqueries: Neo4j 5.3+; each one answered from the label and type count stores where it can).
RETURN COUNT { (d:Document) } AS documents,
       COUNT { (d:Document) WHERE d.ingested } AS ingestedDocuments,
       COUNT { (v:Version) } AS versions,
       COUNT { (i:Instrument) } AS instruments,
       COUNT { (w:WebResource) } AS webResources,
       COUNT { ()-[r:CITES]->() } AS citations,
       COUNT { (o:Orphan) } AS orphans,
       COUNT { (d:Document) WHERE d.id STARTS WITH 'hash:' } AS unidentified
