// Article view: the extracted text with every coded mention's source,
// target and trigger marked, and the list of its events.
import { getDocument } from '../api.js';
import { el, card, highlight, fmt, link, quadName, errorBox } from '../util.js';

function spans(doc) {
  const out = [];
  doc.mentions.forEach((m, i) => {
    const title = `${m.code} ${quadName(m.quad_class)} (Goldstein ${fmt(m.goldstein)})`;
    const focus = () => document.getElementById(`mention-${i}`)?.scrollIntoView({ block: 'center' });
    if (m.source) out.push({ role: 'source', begin: m.source.begin, end: m.source.end, title: `source ${m.source.code}: ${title}`, onclick: focus });
    if (m.target) out.push({ role: 'target', begin: m.target.begin, end: m.target.end, title: `target ${m.target.code}: ${title}`, onclick: focus });
    out.push({ role: 'trigger', begin: m.trigger.begin, end: m.trigger.end, title: `trigger: ${title}`, onclick: focus });
  });
  return out;
}

function mentionList(doc) {
  return el('ol', { class: 'mentions' }, doc.mentions.map((m, i) => el('li', { id: `mention-${i}` },
    el('b', {}, m.source?.code || '?'), ' → ', el('b', {}, m.target?.code || '—'), ` ${m.code} (${quadName(m.quad_class)}, Goldstein ${fmt(m.goldstein)}) `,
    m.negated ? el('span', { class: 'tag' }, 'negated') : '',
    el('span', { class: 'muted' }, `trigger “${m.trigger.text}”${m.date ? ', ' + m.date : ''}`), ' ',
    m.source && m.target ? el('a', { href: link('dyad', { a: m.source.code, b: m.target.code }) }, 'dyad') : '')));
}

export async function articleView(root, id) {
  root.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try {
    const doc = await getDocument(id);
    const meta = [doc.source, doc.published, doc.url ? el('a', { href: doc.url, rel: 'noreferrer noopener', target: '_blank' }, doc.url) : null]
      .filter(Boolean).flatMap((x) => [x, ' · ']).slice(0, -1);
    root.replaceChildren(
      card(doc.title || doc.id,
        el('p', { class: 'muted small' }, `id ${doc.id} · `, meta,
          doc.duplicate_of ? [' · near-duplicate of ', el('a', { href: `#/article/${encodeURIComponent(doc.duplicate_of)}` }, doc.duplicate_of)] : ''),
        el('p', { class: 'legend' }, el('mark', { class: 'span-source' }, 'source'), ' ',
          el('mark', { class: 'span-trigger' }, 'trigger'), ' ', el('mark', { class: 'span-target' }, 'target'),
          ` · ${doc.mentions.length} event mentions`),
        el('div', { class: 'article-text', id: 'article-text' }, highlight(doc.text, spans(doc)))),
      card('Events in this article', mentionList(doc)));
  } catch (err) {
    root.replaceChildren(errorBox(err));
  }
}
