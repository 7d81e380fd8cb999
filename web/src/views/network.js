// Actor network: principals as nodes, directed edges weighted by event
// volume and coloured by mean Goldstein; a click filters the event list.
import cytoscape from 'cytoscape';
import { api, defaultWindow } from '../api.js';
import { pagedEvents } from '../eventlist.js';
import { el, card, link, goldsteinColor, errorBox, fmt } from '../util.js';
import { windowNote } from '../util.js';

function elements(graph) {
  const maxNode = Math.max(1, ...graph.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.events));
  return [
    ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.id, events: n.events,
      size: 18 + 42 * Math.sqrt(n.events / maxNode) } })),
    ...graph.edges.map((e) => ({ data: {
      id: `${e.source}>${e.target}`, source: e.source, target: e.target, events: e.events,
      goldstein: e.goldstein_mean, color: goldsteinColor(e.goldstein_mean),
      width: 1 + 9 * Math.sqrt(e.events / maxEdge) } })),
  ];
}

const STYLE = [
  { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)',
    'background-color': '#4a6fa5', color: '#222', 'font-size': 11, 'text-valign': 'center',
    'text-outline-color': '#fff', 'text-outline-width': 2 } },
  { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)',
    'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle',
    'curve-style': 'bezier', opacity: 0.85 } },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'node:selected', style: { 'background-color': '#e67e22' } },
  { selector: 'edge:selected', style: { 'line-color': '#e67e22', 'target-arrow-color': '#e67e22' } },
];

function filters(params) {
  const from = el('input', { type: 'date', name: 'from', value: params.get('from') || '' });
  const to = el('input', { type: 'date', name: 'to', value: params.get('to') || '' });
  const min = el('input', { type: 'number', name: 'min', min: 1, value: params.get('min') || 1, size: 4 });
  return el('form', { class: 'filters', onsubmit: (ev) => {
    ev.preventDefault();
    location.hash = link('network', { from: from.value, to: to.value, min: min.value });
  } }, el('label', {}, 'from ', from), el('label', {}, 'to ', to),
  el('label', {}, 'min events per edge ', min), el('button', { type: 'submit' }, 'Show'));
}

function legend() {
  return el('p', { class: 'legend' }, 'edge colour = mean Goldstein: ',
    [-10, -5, 0, 5, 10].map((g) => el('span', { class: 'swatch', style: `background:${goldsteinColor(g)}` }, g)),
    ' · width = events · click a node or an edge to list its events');
}

function onSelect(cy, detail) {
  const show = (title, filter, extra) => {
    detail.replaceChildren(el('h3', {}, title, extra || ''));
    const list = el('div', { id: 'network-events' });
    detail.append(list);
    pagedEvents(list, filter, 15);
  };
  cy.on('tap', 'node', (ev) => {
    const n = ev.target;
    cy.elements().addClass('faded');
    n.closedNeighborhood().removeClass('faded');
    show(`Events of ${n.id()} (${n.data('events')} on shown edges)`, { actor: n.id() });
  });
  cy.on('tap', 'edge', (ev) => {
    const e = ev.target.data();
    cy.elements().addClass('faded');
    ev.target.union(ev.target.connectedNodes()).removeClass('faded');
    show(`${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${fmt(e.goldstein)} `,
      { source: e.source, target: e.target },
      el('a', { href: link('dyad', { a: e.source, b: e.target }) }, '(dyad explorer)'));
  });
  cy.on('tap', (ev) => { if (ev.target === cy) cy.elements().removeClass('faded'); });
}

export async function networkView(root, params) {
  const box = el('div', { id: 'network', class: 'network' });
  const detail = el('div', { id: 'network-detail' });
  const w = await defaultWindow(params);
  root.replaceChildren(card('Actor network', filters(params), windowNote(w), legend(), box), detail);
  try {
    const graph = await api('graph', { from: w.from, to: w.to, min: params.get('min') });
    box.dataset.nodes = graph.nodes.length;
    box.dataset.edges = graph.edges.length;
    if (!graph.nodes.length) return box.replaceChildren(el('p', { class: 'muted' }, 'No edges.'));
    const cy = cytoscape({ container: box, elements: elements(graph), style: STYLE,
      layout: { name: 'cose', animate: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 140, nodeOverlap: 40, padding: 20 } });
    onSelect(cy, detail);
    box.cy = cy;  // for scripted use (tests, the console)
  } catch (err) {
    box.replaceChildren(errorBox(err));
  }
}
