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
