// Small DOM and formatting helpers shared by the views.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

// el('div', {class: 'x', onclick: f}, child, 'text', ...) → Element.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export const QUADS = [
  { n: 1, name: 'verbal cooperation', color: '#4c9f70' },
  { n: 2, name: 'material cooperation', color: '#1f6f8b' },
  { n: 3, name: 'verbal conflict', color: '#e0a030' },
  { n: 4, name: 'material conflict', color: '#c0392b' },
];

export const quadName = (q) => QUADS[q - 1]?.name ?? '';

// Goldstein -10..10 → red … grey … green.
export function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, (g ?? 0) / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [192, 57, 43] : [39, 140, 80];
  const a = Math.min(1, Math.abs(t) * 2.5);
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export const fmt = (x, digits = 1) =>
  x === null || x === undefined || Number.isNaN(x) ? '–' : Number(x).toFixed(digits);

// "RUS" → "Russia"; other codes unchanged.
export function actorLabel(code) {
  if (!code) return '';
  if (code.length === 3) {
    const name = countries.getName(code, 'en', { select: 'official' });
    if (name) return `${code} · ${countries.getName(code, 'en')}`;
  }
  return code;
}

export const numericToAlpha3 = (id) => countries.numericToAlpha3(id);

// Byte offsets of UTF-8 text (the API's offsets) → DOM with <mark>s.
// spans: [{role, begin, end}], overlapping ones after the first are dropped.
export function highlight(text, spans) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const sorted = [...spans]
    .filter((s) => s.begin >= 0 && s.end > s.begin && s.end <= bytes.length)
    .sort((a, b) => a.begin - b.begin || b.end - a.end);
  const out = [];
  let at = 0;
  for (const s of sorted) {
    if (s.begin < at) continue;
    if (s.begin > at) out.push(dec.decode(bytes.subarray(at, s.begin)));
    const mark = el('mark', { class: `span-${s.role}`, title: s.title || s.role },
      dec.decode(bytes.subarray(s.begin, s.end)));
    if (s.onclick) mark.addEventListener('click', s.onclick);
    out.push(mark);
    at = s.end;
  }
  if (at < bytes.length) out.push(dec.decode(bytes.subarray(at)));
  return out;
}

// "#/events?actor=RUS" from a view name and parameters.
export function link(view, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const qs = q.toString();
  return `#/${view}${qs ? '?' + qs : ''}`;
}

export function articleLink(id) {
  return `#/article/${encodeURIComponent(id)}`;
}

export function errorBox(err) {
  return el('div', { class: 'error' }, `Error: ${err.message}`);
}

export function card(title, ...body) {
  return el('section', { class: 'card' }, el('h2', {}, title), ...body);
}

// "Showing 2022-01-01 – 2022-03-31 (the last 90 days of a large store)".
export function windowNote(w) {
  if (!w.from && !w.to) return el('p', { class: 'muted small' }, 'All dates.');
  return el('p', { class: 'muted small', id: 'window-note' },
    `Dates ${w.from || '…'} – ${w.to || '…'}`,
    w.auto ? ' (the last 90 days of a large store; set from/to for others)' : '');
}
