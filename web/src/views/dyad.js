// Dyad explorer: Goldstein and quad-class counts over time between two
// actors in both directions, and the events with their sentences.
import { api } from '../api.js';
import { quadChart, lineChart } from '../charts.js';
import { pagedEvents } from '../eventlist.js';
import { el, card, link, actorLabel, errorBox } from '../util.js';

function picker(params) {
  const a = el('input', { name: 'a', value: params.get('a') || '', placeholder: 'CHN', size: 10 });
  const b = el('input', { name: 'b', value: params.get('b') || '', placeholder: 'RUS', size: 10 });
  const by = el('select', { name: 'by' }, ['day', 'week', 'month'].map((p) =>
    el('option', { value: p, selected: (params.get('by') || 'week') === p }, p)));
  const go = (ev) => {
    ev.preventDefault();
    location.hash = link('dyad', { a: a.value.trim().toUpperCase(), b: b.value.trim().toUpperCase(), by: by.value });
  };
  return el('form', { class: 'filters', onsubmit: go },
    el('label', {}, 'actor A ', a), el('label', {}, 'actor B ', b), el('label', {}, 'by ', by),
    el('button', { type: 'submit' }, 'Show'));
}

async function suggestions(box) {
  try {
    const { dyads } = await api('dyads', { top: 12 });
    box.replaceChildren(el('p', {}, 'Busiest dyads: ',
      dyads.map((d) => [el('a', { href: link('dyad', { a: d.source, b: d.target }) }, `${d.source}–${d.target}`), ' '])));
  } catch (err) {
    box.replaceChildren(errorBox(err));
  }
}

function charts(root, data) {
  const { a, b, by, rows } = data;
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const dir = (s, t) => rows.filter((r) => r.source === s && r.target === t);
  const mean = (s, t) => Object.fromEntries(dir(s, t).map((r) => [r.period, r.goldstein_mean]));
  const gold = el('div', { class: 'chart', id: 'dyad-goldstein' });
  const ab = el('div', { class: 'chart', id: 'dyad-quad-ab' });
  const ba = el('div', { class: 'chart', id: 'dyad-quad-ba' });
  const total = rows.reduce((n, r) => n + r.events, 0);
  root.append(
    el('p', { id: 'dyad-summary' }, `${total} events between ${actorLabel(a)} and ${actorLabel(b)} in ${periods.length} ${by}(s).`),
    card('Mean Goldstein per ' + by, gold),
    el('div', { class: 'grid2' }, card(`${a} → ${b}: events by quad class`, ab), card(`${b} → ${a}: events by quad class`, ba)));
  lineChart(gold, periods, [
    { label: `${a} → ${b}`, color: '#1f6f8b', values: mean(a, b) },
    { label: `${b} → ${a}`, color: '#c0392b', values: mean(b, a) },
  ], by, 220, [-10, 10]);
  const fill = (s, t) => periods.map((p) => dir(s, t).find((r) => r.period === p) || { period: p, quad: [0, 0, 0, 0] });
  quadChart(ab, fill(a, b), by, 200);
  quadChart(ba, fill(b, a), by, 200);
}

export async function dyadView(root, params) {
  const a = (params.get('a') || '').toUpperCase();
  const b = (params.get('b') || '').toUpperCase();
  const head = el('div', {});
  root.replaceChildren(card('Dyad explorer', picker(params), head));
  if (!a || !b) return suggestions(head);
  const body = el('div', { id: 'dyad-body' });
  root.append(body);
  try {
    const data = await api('dyad', { a, b, by: params.get('by') || 'week', from: params.get('from'), to: params.get('to') });
    charts(body, data);
    const list = el('div', { id: 'dyad-events' });
    body.append(card(`Events between ${a} and ${b}`, list));
    await pagedEvents(list, { dyad: `${a},${b}`, from: params.get('from'), to: params.get('to') });
  } catch (err) {
    body.replaceChildren(errorBox(err));
  }
}
