// Overview: events per day stacked by quad class, top dyads, most active
// actors, latest events.
import { api, defaultWindow } from '../api.js';
import { quadChart } from '../charts.js';
import { eventTable } from '../eventlist.js';
import { el, card, fmt, link, actorLabel, errorBox, goldsteinColor, windowNote } from '../util.js';

function dyadsTable(dyads) {
  return el('table', { class: 'compact' },
    el('thead', {}, el('tr', {}, el('th', {}, 'source → target'), el('th', {}, 'events'), el('th', {}, 'mean Goldstein'))),
    el('tbody', {}, dyads.map((d) => el('tr', {},
      el('td', {}, el('a', { href: link('dyad', { a: d.source, b: d.target }) }, `${d.source} → ${d.target}`)),
      el('td', { class: 'num' }, d.events),
      el('td', { class: 'num', style: `color:${goldsteinColor(d.goldstein_mean)}` }, fmt(d.goldstein_mean))))));
}

function actorsTable(actors) {
  return el('table', { class: 'compact' },
    el('thead', {}, el('tr', {}, el('th', {}, 'actor'), el('th', {}, 'events'), el('th', {}, 'as source'), el('th', {}, 'as target'))),
    el('tbody', {}, actors.map((a) => el('tr', {},
      el('td', {}, el('a', { href: link('events', { actor: a.code }) }, actorLabel(a.code))),
      el('td', { class: 'num' }, a.events), el('td', { class: 'num' }, a.as_source),
      el('td', { class: 'num' }, a.as_target)))));
}

export async function overview(root, params) {
  const w = await defaultWindow(params);
  const range = { from: w.from, to: w.to };
  const chart = el('div', { class: 'chart', id: 'overview-chart' });
  const dyads = el('div', {}, 'Loading…');
  const actors = el('div', {}, 'Loading…');
  const latest = el('div', {}, 'Loading…');
  root.replaceChildren(
    card('Events per day by quad class', windowNote(w), chart),
    el('div', { class: 'grid2' }, card('Top dyads', dyads), card('Most active actors', actors)),
    card('Latest events', latest));
  const jobs = [
    api('timeline', { by: 'day', ...range }).then((t) => t.rows.length
      ? quadChart(chart, t.rows, 'day')
      : chart.replaceChildren(el('p', { class: 'muted' }, 'No dated events.'))),
    api('dyads', { top: 10, ...range }).then((d) => dyads.replaceChildren(dyadsTable(d.dyads))),
    api('actors', { top: 10, ...range }).then((a) => actors.replaceChildren(actorsTable(a.actors))),
    api('events', { limit: 10 }).then((p) => latest.replaceChildren(eventTable(p.events))),
  ];
  const results = await Promise.allSettled(jobs);
  for (const r of results) if (r.status === 'rejected') root.prepend(errorBox(r.reason));
}
