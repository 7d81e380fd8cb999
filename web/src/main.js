// The dashboard: a hash router over the views.
import './style.css';
import { stats } from './api.js';
import { overview } from './views/overview.js';
import { dyadView } from './views/dyad.js';
import { networkView } from './views/network.js';
import { mapView } from './views/map.js';
import { eventsView } from './views/events.js';
import { articleView } from './views/article.js';

const app = document.getElementById('app');

const VIEWS = {
  '': overview,
  dyad: dyadView,
  network: networkView,
  map: mapView,
  events: eventsView,
};

// "#/dyad?a=CHN&b=RUS" → ["dyad", URLSearchParams]; "#/article/<id>".
function parse(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  return { path, params };
}

async function route() {
  const { path, params } = parse(location.hash);
  const view = path.startsWith('article/') ? 'article' : path;
  document.querySelectorAll('#nav a').forEach((a) =>
    a.classList.toggle('active', a.dataset.view === (view || 'overview')));
  app.dataset.view = view || 'overview';
  app.dataset.ready = 'false';
  if (view === 'article') {
    await articleView(app, decodeURIComponent(path.slice('article/'.length)));
  } else {
    await (VIEWS[view] || overview)(app, params);
  }
  app.dataset.ready = 'true';
}

async function storeInfo() {
  try {
    const s = await stats();
    document.getElementById('store-info').textContent =
      `${s.documents} documents · ${s.events} events · ${s.first_date || '?'} – ${s.last_date || '?'}`;
  } catch (err) {
    document.getElementById('store-info').textContent = `store unavailable: ${err.message}`;
  }
}

window.addEventListener('hashchange', route);
storeInfo();
route();
