// Lints Cypher files with Neo4j's own front end (@neo4j-cypher/language-support: parser and semantic analysis).
// Usage: node lint.mjs FILE_OR_DIR...   Prints a JSON array: one entry per file with every diagnostic.
// Labels and relationship types of the store's model are declared, so a misspelt one is reported too.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const schema = {
  labels: ['Node', 'Document', 'Instrument', 'WebResource', 'Version', 'Orphan', 'Footnote'],
  relationshipTypes: ['CITES', 'ADDENDUM_OF', 'ADOPTED_IN', 'HAS_VERSION', 'HAS_ORPHAN', 'HAS_FOOTNOTE'],
  defaultLanguage: 'CYPHER 5',
};

function cypherFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => cypherFiles(join(path, name)))
    .filter((p) => p.endsWith('.cypher'));
}

const report = process.argv.slice(2).flatMap(cypherFiles).map((file) => {
  const { diagnostics } = lintCypherQuery(readFileSync(file, 'utf8'), schema);
  return {
    file,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      parameterNotDefined: !isNotParamError(d),
    })),
  };
});
process.stdout.write(JSON.stringify(report, null, 1) + '\n');
