// Every node (document, instrument, web resource) is a :Node keyed by its canonical id.
CREATE CONSTRAINT node_id IF NOT EXISTS
FOR (n:Node) REQUIRE n.id IS UNIQUE
