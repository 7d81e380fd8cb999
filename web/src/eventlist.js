// A table of events with their source sentences, actor and trigger marked.
import { api } from './api.js';
import { el, fmt, quadName, QUADS, highlight, articleLink, link, actorLabel, errorBox } from './util.js';

function actorCell(a) {
  if (!a) return el('span', { class: 'muted' }, '—');
  return el('a', { href: link('events', { actor: a.principal || a.code }), title: a.text },
    a.code);
}

function eventRow(e) {
  const quad = QUADS[e.quad_class - 1];
  const sentence = el('div', { class: 'sentence' },
    highlight(e.sentence.text, e.sentence.spans));
  const meta = [];
  if (e.negated) meta.push(el('span', { class: 'tag' }, 'negated'));
  if (e.modality && e.modality !== 'asserted') meta.push(el('span', { class: 'tag' }, e.modality));
  if (e.num_articles > 1) meta.push(el('span', { class: 'tag' }, `${e.num_articles} articles`));
  return el('tr', { class: 'event', dataset: { key: e.key } },
    el('td', { class: 'date' }, e.date || '—'),
    el('td', {}, actorCell(e.source), ' → ', actorCell(e.target)),
    el('td', {},
      el('span', { class: 'quad', style: `background:${quad?.color}`, title: quadName(e.quad_class) }),
      el('b', {}, e.code), ' ', el('span', { class: 'muted' }, e.plover?.event || ''),
      el('div', { class: 'muted small' }, `trigger: ${e.trigger}`)),
    el('td', { class: 'num' }, fmt(e.goldstein)),
    el('td', {}, sentence, meta,
      el('div', { class: 'small' },
        el('a', { class: 'article-link', href: articleLink(e.document.id) },
          e.document.title || e.document.id))));
}

export function eventTable(events) {
  if (!events.length) return el('p', { class: 'muted empty' }, 'No events.');
  return el('table', { class: 'events' },
    el('thead', {}, el('tr', {},
      el('th', {}, 'date'), el('th', {}, 'source → target'), el('th', {}, 'event'),
      el('th', {}, 'Goldstein'), el('th', {}, 'sentence'))),
    el('tbody', {}, events.map(eventRow)));
}

// A paged list for `filters`, rendered into `box`; prev/next re-query.
export async function pagedEvents(box, filters, limit = 25) {
  let offset = 0;
  async function load() {
    box.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
    try {
      const page = await api('events', { ...filters, offset, limit });
      const nav = el('div', { class: 'pager' },
        el('button', { disabled: offset === 0, onclick: () => { offset = Math.max(0, offset - limit); load(); } }, '← newer'),
        el('span', { class: 'muted' },
          page.events.length ? `events ${offset + 1}–${offset + page.events.length}` : ''),
        el('button', { disabled: !page.more, onclick: () => { offset += limit; load(); } }, 'older →'));
      box.replaceChildren(eventTable(page.events), nav);
      box.dataset.count = page.events.length;
    } catch (err) {
      box.replaceChildren(errorBox(err));
    }
  }
  await load();
}

export { actorLabel };
