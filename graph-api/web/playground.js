// The GraphiQL playground: the schema's descriptions are its documentation; the tabs are ready-made queries.
(function () {
  'use strict';

  const examples = [
    {
      title: 'Lineage',
      query: `# Which later resolutions build on Security Council resolution 242 (1967), up to three citations away?
query Descendants {
  lineage(symbol: "S/RES/242(1967)", direction: DESCENDANTS, maxDepth: 3, first: 100) {
    root { id label }
    truncated
    nodes { depth node { id label year } }
    edges { sourceId targetId relation location }
  }
}`,
    },
    {
      title: 'Citers of the Charter',
      query: `# Every text citing the Charter of the United Nations.
query CharterCiters {
  citers(target: "instrument:un-charter", first: 50) {
    totalCount
    edges { node { depth node { id label body year } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    },
    {
      title: 'Orphaned footnotes',
      query: `# Footnote markers without a note (and notes without a marker).
query Orphans {
  orphanedFootnotes(first: 50) {
    totalCount
    edges { node { documentId language marker problem } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    },
    {
      title: 'Most cited SC resolutions',
      query: `# The Security Council resolutions most cited by other texts.
query MostCited {
  mostCited(kind: DOCUMENT, body: "SC", first: 10) { citedBy node { id label year } }
  stats { documents ingestedDocuments citations orphans }
}`,
    },
  ];

  // A plain POST fetcher: the server speaks GraphQL over HTTP and answers errors as JSON bodies.
  // Right after a tab switch GraphiQL can still send the previous tab's operation name ("Descendants" with the
  // Orphans query), which the server rightly refuses: a name the query does not define is left out.
  async function fetcher(params) {
    if (params.operationName && !new RegExp(`\\b(query|mutation|subscription)\\s+${params.operationName}\\b`).test(params.query || '')) {
      params = { ...params, operationName: null };
    }
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' },
      body: JSON.stringify(params),
    });
    return response.json();
  }

  const root = ReactDOM.createRoot(document.getElementById('playground'));
  root.render(React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultTabs: examples.map(e => ({ query: e.query })),
    // Keep the preloaded tabs on every visit instead of a previous session's edits.
    storage: { getItem: () => null, setItem: () => {}, removeItem: () => {}, clear: () => {}, length: 0 },
  }));
})();
