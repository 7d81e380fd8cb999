// World map: countries shaded by event volume or mean Goldstein, drawn
// locally from the world-atlas TopoJSON (no tile server).
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { api, defaultWindow } from '../api.js';
import { el, card, link, goldsteinColor, fmt, numericToAlpha3, errorBox } from '../util.js';
import { windowNote } from '../util.js';

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}) => {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
};

const countriesGeo = feature(world, world.objects.countries);

function volumeColor(n, max) {
  if (!n) return '#eef0f2';
  const t = Math.sqrt(n / max);
  const c = [[222, 235, 247], [8, 48, 107]];
  const mix = c[0].map((v, i) => Math.round(v + (c[1][i] - v) * t));
  return `rgb(${mix.join(',')})`;
}

function draw(box, byCode, metric) {
  const width = 960, height = 500;
  const projection = geoNaturalEarth1().fitSize([width, height], countriesGeo);
  const path = geoPath(projection);
  const max = Math.max(1, ...[...byCode.values()].map((c) => c.events));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'map', role: 'img' });
  let shaded = 0;
  for (const f of countriesGeo.features) {
    const code = numericToAlpha3(f.id);
    const stats = code && byCode.get(code);
    const fill = !stats ? '#eef0f2'
      : metric === 'goldstein' ? goldsteinColor(stats.goldstein_mean) : volumeColor(stats.events, max);
    const p = svg('path', { d: path(f), fill, stroke: '#999', 'stroke-width': 0.4, class: stats ? 'country active' : 'country' });
    if (code) p.dataset.code = code;
    const title = svg('title');
    title.textContent = `${f.properties.name}${stats ? `: ${stats.events} events, mean Goldstein ${fmt(stats.goldstein_mean)}` : ''}`;
    p.append(title);
    if (stats) {
      shaded++;
      p.addEventListener('click', () => { location.hash = link('events', { actor: code }); });
    }
    root.append(p);
  }
  box.replaceChildren(root, legend(metric, max));
  box.dataset.shaded = shaded;
}

function legend(metric, max) {
  if (metric === 'goldstein') {
    return el('p', { class: 'legend' }, 'mean Goldstein: ',
      [-10, -5, 0, 5, 10].map((g) => el('span', { class: 'swatch', style: `background:${goldsteinColor(g)}` }, g)));
  }
  const steps = [...new Set([1, Math.round(max / 16), Math.round(max / 4), max])].filter((n) => n >= 1);
  return el('p', { class: 'legend' }, 'events: ',
    steps.map((n) => el('span', { class: 'swatch', style: `background:${volumeColor(n, max)};color:${n / max > 0.3 ? '#fff' : '#222'}` }, n)));
}

function controls(params) {
  const metric = el('select', { name: 'metric' },
    el('option', { value: 'volume', selected: params.get('metric') !== 'goldstein' }, 'event volume'),
    el('option', { value: 'goldstein', selected: params.get('metric') === 'goldstein' }, 'mean Goldstein'));
  const from = el('input', { type: 'date', value: params.get('from') || '' });
  const to = el('input', { type: 'date', value: params.get('to') || '' });
  return el('form', { class: 'filters', onsubmit: (ev) => {
    ev.preventDefault();
    location.hash = link('map', { metric: metric.value, from: from.value, to: to.value });
  } }, el('label', {}, 'shade by ', metric), el('label', {}, 'from ', from), el('label', {}, 'to ', to),
  el('button', { type: 'submit' }, 'Show'));
}

function table(countries) {
  return el('table', { class: 'compact' },
    el('thead', {}, el('tr', {}, el('th', {}, 'country'), el('th', {}, 'events'), el('th', {}, 'mean Goldstein'))),
    el('tbody', {}, countries.slice(0, 15).map((c) => el('tr', {},
      el('td', {}, el('a', { href: link('events', { actor: c.code }) }, c.code)),
      el('td', { class: 'num' }, c.events), el('td', { class: 'num' }, fmt(c.goldstein_mean))))));
}

export async function mapView(root, params) {
  const box = el('div', { id: 'map', class: 'map-box' });
  const side = el('div', {});
  const w = await defaultWindow(params);
  root.replaceChildren(card('World map', controls(params), windowNote(w), box,
    el('p', { class: 'muted small' }, 'Countries as source or target of events; click one to list its events.')), card('Countries', side));
  try {
    const { countries } = await api('map', { from: w.from, to: w.to });
    draw(box, new Map(countries.map((c) => [c.code, c])), params.get('metric') || 'volume');
    side.replaceChildren(table(countries));
  } catch (err) {
    box.replaceChildren(errorBox(err));
  }
}
