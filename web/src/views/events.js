// Event browser: every filter of /api/events, paged.
import { pagedEvents } from '../eventlist.js';
import { el, card, link, QUADS } from '../util.js';

const FIELDS = [
  ['actor', 'actor', 'RUS or RUSGOV'], ['source', 'source', ''], ['target', 'target', ''],
  ['dyad', 'dyad', 'CHN,RUS'], ['code', 'CAMEO code', '04'], ['root', 'root', '14 or 1x'],
  ['from', 'from', 'YYYY-MM-DD'], ['to', 'to', 'YYYY-MM-DD'], ['q', 'text', 'words in the sentence'],
];

function form(params) {
  const inputs = {};
  const fields = FIELDS.map(([name, label, hint]) => {
    inputs[name] = el('input', { name, value: params.get(name) || '', placeholder: hint,
      type: name === 'from' || name === 'to' ? 'date' : 'text', size: name === 'q' ? 24 : 9 });
    return el('label', {}, `${label} `, inputs[name]);
  });
  inputs.quad = el('select', { name: 'quad' }, el('option', { value: '' }, 'any'),
    QUADS.map((q) => el('option', { value: q.n, selected: params.get('quad') === String(q.n) }, `${q.n} ${q.name}`)));
  const submit = (ev) => {
    ev.preventDefault();
    const values = Object.fromEntries(Object.entries(inputs).map(([k, i]) => [k, i.value.trim()]));
    location.hash = link('events', values);
  };
  return el('form', { class: 'filters', id: 'event-filters', onsubmit: submit },
    fields, el('label', {}, 'quad class ', inputs.quad),
    el('button', { type: 'submit' }, 'Filter'),
    el('a', { href: '#/events', class: 'small' }, 'clear'));
}

export async function eventsView(root, params) {
  const list = el('div', { id: 'event-list' });
  root.replaceChildren(card('Event browser', form(params)), list);
  const filters = {};
  for (const [name] of [...FIELDS, ['quad']]) if (params.get(name)) filters[name] = params.get(name);
  await pagedEvents(list, filters, 25);
}
