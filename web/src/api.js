// The dyad HTTP API (doc/api.md): one function per endpoint family.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// GET /api/<path>?<params>; empty parameters are left out.
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, v);
  }
  const qs = query.toString();
  const res = await fetch(`/api/${path}${qs ? '?' + qs : ''}`);
  let body = null;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status, `unreadable answer (HTTP ${res.status})`);
  }
  if (!res.ok) {
    throw new ApiError(res.status, body?.error?.message || `HTTP ${res.status}`);
  }
  return body;
}

export const getDocument = (id) => api(`documents/${encodeURIComponent(id)}`);

let statsPromise = null;
// /api/stats, fetched once per page load.
export function stats() {
  statsPromise ??= api('stats');
  return statsPromise;
}

// Stores larger than this get a recent window by default in the aggregate
// views (overview, network, map), so that they answer quickly.
const WINDOW_ABOVE_EVENTS = 50000;
const WINDOW_DAYS = 90;

// {from, to}: the request's own, else the last WINDOW_DAYS of a big store,
// else all time (empty strings).
export async function defaultWindow(params) {
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  if (from || to) return { from, to, auto: false };
  const s = await stats().catch(() => null);
  if (!s || s.events <= WINDOW_ABOVE_EVENTS || !s.last_date) return { from: '', to: '', auto: false };
  const last = new Date(`${s.last_date}T00:00:00Z`);
  const first = new Date(last.getTime() - (WINDOW_DAYS - 1) * 86400000);
  return { from: first.toISOString().slice(0, 10), to: s.last_date, auto: true };
}
