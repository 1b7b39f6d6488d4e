// Nodes known only from citations that nothing points at any more go, so re-ingesting a changed text leaves the
// graph as if the old text had never been there. Instruments stay: they are the catalogue.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE n.ingested = false
  AND NOT n:Instrument
  AND NOT EXISTS { (n)--() }
DELETE n
