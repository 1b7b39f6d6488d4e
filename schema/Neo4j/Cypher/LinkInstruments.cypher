// Instrument titles by language (parallel lists: Neo4j properties cannot hold maps) and the UN document adopting it.
UNWIND $instruments AS i
MATCH (n:Node {id: i.id})
SET n.titleLanguages = i.titleLanguages,
    n.titles = i.titles,
    n.adoptedIn = i.adoptedIn
WITH n, i
MATCH (d:Node {id: i.adoptedIn})
MERGE (n)-[:ADOPTED_IN]->(d)
