// The explorer: a node, who cites it and what it cites, drawn with Cytoscape.js from the GraphQL API.
// Click a node to expand it; nodes are coloured by body, edges labelled by relation, orphans and
// unresolved references marked. A cap keeps hundreds of neighbours readable and says what was left out.
(function () {
  'use strict';

  // What the explorer opens on: a lineage worth seeing when the graph holds it (the sample's S/RES/242(1967)),
  // else the Charter, which nearly every text cites.
  const PREFERRED_START = 'S/RES/242(1967)';
  const DEFAULT_ID = 'instrument:un-charter';
  const CAP = 120;            // neighbours drawn per opened or expanded node
  const BODY_COLOURS = {
    GA: '#1f77b4', SC: '#d62728', HRC: '#2ca02c', ECOSOC: '#ff7f0e', CHR: '#9467bd',
    SUBCOM: '#17becf', CONF: '#8c564b', SECRETARIAT: '#7f7f7f', OTHER: '#bcbd22',
  };
  const INSTRUMENT_COLOUR = '#f2b701', WEB_COLOUR = '#999999';

  const NODE_FIELDS = 'id label kind ingested body year';
  const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $direction: Direction!, $limit: Int!) {
    neighbourhood(id: $id, depth: 1, direction: $direction, limit: $limit) {
      root { ${NODE_FIELDS} }
      truncated
      nodes { depth node { ${NODE_FIELDS} } }
      edges { sourceId targetId relation location }
    }
    citers(target: $id, first: 1) { totalCount }
    node(id: $id) { ... on Document { citations(first: 100) { totalCount edges { node { targetId } } } } }
  }`;

  const graphEl = document.getElementById('graph');
  const statusEl = document.getElementById('status');
  const detailsEl = document.getElementById('details');
  const input = document.getElementById('node-id');
  const directionEl = document.getElementById('direction');
  const omitted = new Map();   // node id -> neighbours not drawn

  async function graphql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    const result = await response.json();
    if (result.errors && result.errors.length) throw new Error(result.errors.map(e => e.message).join('; '));
    return result.data;
  }

  function colourOf(node) {
    if (node.kind === 'INSTRUMENT') return INSTRUMENT_COLOUR;
    if (node.kind === 'WEB_RESOURCE') return WEB_COLOUR;
    return BODY_COLOURS[node.body] || BODY_COLOURS.OTHER;
  }

  const cy = cytoscape({
    container: graphEl,
    wheelSensitivity: 0.3,
    maxZoom: 1.6,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'label': 'data(short)', 'font-size': 9, 'text-valign': 'bottom',
        'text-margin-y': 3, 'width': 18, 'height': 18, 'border-width': 1, 'border-color': '#333',
        'text-wrap': 'ellipsis', 'text-max-width': 110 } },
      { selector: 'node[kind = "INSTRUMENT"]', style: { 'shape': 'diamond', 'width': 26, 'height': 26 } },
      { selector: 'node[kind = "WEB_RESOURCE"]', style: { 'shape': 'round-rectangle' } },
      { selector: 'node.unresolved', style: { 'border-style': 'dashed', 'border-width': 2, 'background-opacity': 0.35 } },
      { selector: 'node.orphans', style: { 'border-color': '#e00', 'border-width': 4 } },
      { selector: 'node.expanded', style: { 'width': 28, 'height': 28, 'font-weight': 'bold', 'font-size': 11 } },
      { selector: 'node.root', style: { 'width': 40, 'height': 40, 'font-size': 12, 'font-weight': 'bold' } },
      { selector: 'node:selected', style: { 'overlay-color': '#36f', 'overlay-opacity': 0.25 } },
      { selector: 'edge', style: {
        'width': 1, 'line-color': '#aab', 'target-arrow-color': '#aab', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'arrow-scale': 0.7, 'label': 'data(relation)', 'font-size': 7, 'color': '#557',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.7 } },
    ],
  });

  function shortLabel(node) {
    const label = node.label || node.id;
    return node.kind === 'DOCUMENT' ? node.id : label.length > 40 ? label.slice(0, 38) + '…' : label;
  }

  function addNode(node, depth) {
    const existing = cy.getElementById(node.id);
    if (existing.nonempty()) return existing;
    const added = cy.add({ group: 'nodes', data: {
      id: node.id, label: node.label, short: shortLabel(node), kind: node.kind, body: node.body,
      year: node.year, ingested: node.ingested, colour: colourOf(node), level: depth } });
    if (node.kind === 'DOCUMENT' && !node.ingested) added.addClass('unresolved');
    return added;
  }

  // One edge per (source, target) pair, however many places cite it; the label lists the relations.
  function addEdge(edge) {
    const id = edge.sourceId + '→' + edge.targetId;
    const existing = cy.getElementById(id);
    const relation = edge.relation || 'cites';
    if (existing.nonempty()) {
      const relations = new Set(existing.data('relation').split(', '));
      relations.add(relation);
      existing.data('relation', [...relations].join(', '));
      return;
    }
    if (cy.getElementById(edge.sourceId).empty() || cy.getElementById(edge.targetId).empty()) return;
    cy.add({ group: 'edges', data: { id, source: edge.sourceId, target: edge.targetId, relation } });
  }

  // Neighbours that exist but were not drawn: distinct citers plus distinct cited targets, less those drawn.
  function countOmitted(data, drawn) {
    const citers = data.citers.totalCount;
    const cited = data.node && data.node.citations
      ? new Set(data.node.citations.edges.map(e => e.node.targetId)).size : 0;
    if (citers == null) return data.neighbourhood.truncated ? null : 0;
    return Math.max(0, citers + cited - drawn);
  }

  async function markOrphans(ids) {
    const documents = ids.filter(id => {
      const n = cy.getElementById(id);
      return n.data('kind') === 'DOCUMENT' && n.data('ingested') && n.data('orphans') === undefined;
    });
    for (let i = 0; i < documents.length; i += 40) {
      const chunk = documents.slice(i, i + 40);
      const fields = chunk.map((id, j) => `d${j}: document(symbol: ${JSON.stringify(id)}) { id orphans { marker problem } }`).join('\n');
      const data = await graphql(`query Orphans {\n${fields}\n}`, {});
      Object.values(data).forEach(d => {
        if (!d) return;
        const node = cy.getElementById(d.id);
        node.data('orphans', d.orphans);
        if (d.orphans.length) node.addClass('orphans');
      });
    }
  }

  // One opened node: rings around it. Once nodes are expanded, a force-directed layout keeps clusters apart.
  function layout() {
    const root = cy.nodes('.root');
    const options = cy.nodes('.expanded').length > 1
      ? { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, numIter: 1500 }
      : { name: 'concentric', animate: false, minNodeSpacing: 12, concentric: n => 100 - n.data('level'), levelWidth: () => 1,
          startAngle: 3 / 2 * Math.PI };
    cy.layout(options).run();
    cy.fit(undefined, 30);
    if (root.nonempty()) root.select();
  }

  function updateStatus() {
    let more = 0, unknown = false;
    omitted.forEach(n => { if (n == null) unknown = true; else more += n; });
    const text = `${cy.nodes().length} nodes, ${cy.edges().length} citations drawn`;
    statusEl.innerHTML = '';
    statusEl.append(text);
    if (more > 0 || unknown) {
      const span = document.createElement('span');
      span.className = 'more';
      span.textContent = unknown && more === 0 ? ' — more not shown' : ` — ${more} more not shown`;
      statusEl.append(span);
    }
  }

  async function loadAround(id, depthOffset) {
    const data = await graphql(NEIGHBOURHOOD, { id, direction: directionEl.value, limit: CAP + 1 });
    const hood = data.neighbourhood;
    if (!hood.root) throw new Error(`${id} is not in the graph`);
    hood.nodes.forEach(n => addNode(n.node, depthOffset + n.depth));
    hood.edges.forEach(addEdge);
    omitted.set(id, countOmitted(data, hood.nodes.length - 1));
    await markOrphans(hood.nodes.map(n => n.node.id));
    return hood;
  }

  async function open(id) {
    id = (id || '').trim() || DEFAULT_ID;
    input.value = id;
    history.replaceState(null, '', '?id=' + encodeURIComponent(id));
    document.body.dataset.state = 'loading';
    statusEl.textContent = 'Loading ' + id + '…';
    cy.elements().remove();
    omitted.clear();
    try {
      await loadAround(id, 0);
      cy.getElementById(id).addClass('root expanded');
      layout();
      showDetails(cy.getElementById(id));
      updateStatus();
      document.body.dataset.state = 'ready';
    } catch (e) {
      statusEl.textContent = 'Could not load ' + id + ': ' + e.message;
      document.body.dataset.state = 'error';
    }
  }

  async function expand(node) {
    showDetails(node);
    if (node.hasClass('expanded')) return;
    document.body.dataset.state = 'loading';
    try {
      await loadAround(node.id(), node.data('level'));
      node.addClass('expanded');
      layout();
      showDetails(node);
      updateStatus();
      document.body.dataset.state = 'ready';
    } catch (e) {
      statusEl.textContent = 'Could not expand ' + node.id() + ': ' + e.message;
      document.body.dataset.state = 'error';
    }
  }

  function showDetails(node) {
    const d = node.data();
    const rows = [
      ['id', d.id], ['kind', d.kind.toLowerCase().replace('_', ' ')], ['title', d.label],
      ['body', d.body], ['year', d.year], ['ingested', d.ingested ? 'yes' : 'no (cited, not ingested)'],
      ['cites', node.outgoers('node').length + ' drawn'], ['cited by', node.incomers('node').length + ' drawn'],
    ];
    if (d.orphans && d.orphans.length)
      rows.push(['orphaned notes', d.orphans.map(o => `${o.marker} (${o.problem})`).join(', ')]);
    const more = omitted.get(d.id);
    if (more) rows.push(['not shown', more + ' neighbours']);
    detailsEl.innerHTML = '';
    const h = document.createElement('h2');
    h.textContent = d.label || d.id;
    const dl = document.createElement('dl');
    rows.filter(r => r[1] !== undefined && r[1] !== null && r[1] !== '').forEach(([k, v]) => {
      const dt = document.createElement('dt'); dt.textContent = k;
      const dd = document.createElement('dd'); dd.textContent = v;
      dl.append(dt, dd);
    });
    const recentre = document.createElement('button');
    recentre.textContent = 'Centre on this node';
    recentre.onclick = () => open(d.id);
    detailsEl.append(h, dl, recentre);
  }

  function drawLegend() {
    const items = Object.entries(BODY_COLOURS).map(([body, colour]) => [body, colour, '50%'])
      .concat([['Instrument', INSTRUMENT_COLOUR, '0'], ['Web resource', WEB_COLOUR, '2px']]);
    const ul = document.createElement('ul');
    items.forEach(([name, colour, radius]) => {
      const li = document.createElement('li');
      li.innerHTML = `<span class="swatch" style="background:${colour};border-radius:${radius}"></span>`;
      li.append(name);
      ul.append(li);
    });
    const notes = document.createElement('ul');
    [['dashed, pale', 'cited but not ingested (unresolved)'], ['red ring', 'has orphaned footnotes'],
     ['edge label', 'relation (recalls, reaffirms …)']].forEach(([k, v]) => {
      const li = document.createElement('li'); li.textContent = `${k}: ${v}`; notes.append(li);
    });
    const h = document.createElement('h2'); h.textContent = 'Legend';
    document.getElementById('legend').append(h, ul, notes);
  }

  let suggestTimer;
  input.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    const text = input.value.trim();
    if (text.length < 2) return;
    suggestTimer = setTimeout(async () => {
      try {
        const data = await graphql('query S($t: String!) { search(text: $t, first: 15) { edges { node { id label } } } }', { t: text });
        const list = document.getElementById('suggestions');
        list.innerHTML = '';
        data.search.edges.forEach(e => {
          const o = document.createElement('option');
          o.value = e.node.id; o.label = e.node.label;
          list.append(o);
        });
      } catch { /* suggestions are a convenience */ }
    }, 200);
  });

  cy.on('tap', 'node', e => expand(e.target));
  document.getElementById('pick').addEventListener('submit', e => { e.preventDefault(); open(input.value); });
  directionEl.addEventListener('change', () => open(input.value));

  window.explorer = { cy, open, expand };
  drawLegend();
  async function startId() {
    const asked = new URLSearchParams(location.search).get('id');
    if (asked) return asked;
    try {
      const data = await graphql('query Start($id: ID!) { node(id: $id) { id } }', { id: PREFERRED_START });
      return data.node ? PREFERRED_START : DEFAULT_ID;
    } catch {
      return DEFAULT_ID;
    }
  }

  startId().then(open);
})();
