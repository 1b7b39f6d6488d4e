// The ingest CLI: extract, ingest, watch, export, generate. Commands are registered in Cli/.
Console.Error.WriteLine("usage: ingest extract PATH... | ingest [--store sqlite:PATH] PATH... | watch --inbox DIR | export --format graphml|neo4j-csv OUT");
return 2;
