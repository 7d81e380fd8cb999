// End-to-end test of the dashboard in headless Chromium (Debian chromium,
// driven by playwright-core). Expects a running `dyad serve` on a store that
// holds the seed article (id "seed", China–Russia events).
//
// usage: node tests/e2e.mjs --url http://127.0.0.1:PORT --out DIR
//        [--chromium /usr/bin/chromium]
// Screenshots go to DIR; the exit code is 0 when every check passed.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: 'serve-e2e' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
if (!args.url) {
  console.error('usage: node tests/e2e.mjs --url URL --out DIR');
  process.exit(2);
}
const base = args.url.replace(/\/$/, '');
mkdirSync(args.out, { recursive: true });

const failures = [];
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

async function open(page, hash) {
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector('#app[data-ready="true"]', { timeout: 30000 });
}

async function shot(page, name) {
  const path = join(args.out, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`     screenshot ${path}`);
}

async function apiJson(page, path) {
  return page.evaluate(async (p) => (await fetch(p)).json(), `/api/${path}`);
}

async function overview(page) {
  await open(page, '#/');
  await page.waitForSelector('#overview-chart canvas', { timeout: 15000 });
  const events = Number(await page.getAttribute('#overview-chart', 'data-events'));
  check(events > 0, `overview chart plots events (${events})`);
  check((await page.locator('table.events tr.event').count()) > 0, 'overview lists latest events');
  await shot(page, '01-overview');
}

async function dyad(page) {
  await open(page, '#/dyad?a=CHN&b=RUS&by=day');
  await page.waitForSelector('#dyad-quad-ab canvas');
  const ab = Number(await page.getAttribute('#dyad-quad-ab', 'data-events'));
  const ba = Number(await page.getAttribute('#dyad-quad-ba', 'data-events'));
  const api = await apiJson(page, 'events?dyad=CHN,RUS&limit=25');
  const seedApi = api.events.filter((e) => e.document.id === 'seed');
  check(seedApi.length > 0, `the API has China–Russia events from the seed (${seedApi.length})`);
  check(ab + ba >= seedApi.length && ab + ba > 0, `dyad chart plots the events (${ab} CHN→RUS, ${ba} RUS→CHN)`);
  const plotted = {};
  for (const id of ['#dyad-quad-ab', '#dyad-quad-ba']) {
    for (const c of ((await page.getAttribute(id, 'data-counts')) || '').split(' ').filter(Boolean)) {
      const [period, n] = c.split(':');
      plotted[period] = (plotted[period] || 0) + Number(n);
    }
  }
  const seedDays = {};
  for (const e of seedApi) if (e.date) seedDays[e.date] = (seedDays[e.date] || 0) + 1;
  check(Object.entries(seedDays).every(([d, n]) => (plotted[d] || 0) >= n),
    `the chart has bars on the seed's event days (${JSON.stringify(seedDays)} within ${JSON.stringify(plotted)})`);
  check(await page.locator('#dyad-goldstein canvas').count() === 1, 'Goldstein chart drawn');
  const rows = page.locator('#dyad-events tr.event');
  check(await rows.count() === api.events.length, `event list shows ${api.events.length} events`);
  const seedRows = page.locator('#dyad-events tr.event', { has: page.locator('a.article-link[href="#/article/seed"]') });
  check(await seedRows.count() === seedApi.length, `event list shows the seed's ${seedApi.length} events`);
  const triggers = await page.locator('#dyad-events mark.span-trigger').allTextContents();
  check(triggers.length >= seedApi.length, `triggers highlighted in the sentences (${triggers.join(', ')})`);
  const want = new Set(seedApi.map((e) => e.trigger));
  check(triggers.some((t) => want.has(t)), 'a highlighted trigger is one of the seed events');
  check(await page.locator('#dyad-events mark.span-source').count() > 0, 'source actors highlighted');
  await shot(page, '02-dyad-chn-rus');
  await seedRows.first().locator('a.article-link').click();
}

async function article(page) {
  await page.waitForSelector('#app[data-view="article"][data-ready="true"]');
  const doc = await apiJson(page, 'documents/seed');
  const marks = page.locator('#article-text mark');
  const triggers = await page.locator('#article-text mark.span-trigger').allTextContents();
  check(await marks.count() > 0, `article view highlights ${await marks.count()} spans`);
  const expected = new Set(doc.mentions.map((m) => m.trigger.text));
  check(triggers.length > 0 && triggers.every((t) => expected.has(t)),
    `highlighted triggers are the seed's (${triggers.join(', ')})`);
  check(await page.locator('#article-text mark.span-source').count() > 0, 'article source actors highlighted');
  const text = await page.locator('#article-text').textContent();
  check(text === doc.text, 'article text is the stored text');
  await shot(page, '03-article-seed');
}

async function others(page) {
  await open(page, '#/network');
  await page.waitForSelector('#network canvas');
  check(Number(await page.getAttribute('#network', 'data-edges')) > 0, 'network has edges');
  await page.evaluate(() => document.getElementById('network').cy.$('#CHN').emit('tap'));
  await page.waitForSelector('#network-events tr.event', { timeout: 15000 });
  const involved = await page.locator('#network-events tr.event td:nth-child(2)').allTextContents();
  check(involved.length > 0 && involved.every((t) => /CHN/.test(t)), `clicking CHN lists its events (${involved.length})`);
  await shot(page, '04-network');
  await open(page, '#/map');
  check(Number(await page.getAttribute('#map', 'data-shaded')) > 0, 'map shades countries');
  await shot(page, '05-map');
  await open(page, '#/events?actor=CHN&root=0x');
  check(await page.locator('#event-list tr.event').count() > 0, 'event browser filters (actor=CHN, root=0x)');
  await shot(page, '06-events');
}

const profile = mkdtempSync(join(tmpdir(), 'dyad-e2e-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: args.chromium,
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let status = 0;
try {
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await overview(page);
  await dyad(page);
  await article(page);
  await others(page);
  check(errors.length === 0, `no errors in the page${errors.length ? ': ' + errors.join(' | ') : ''}`);
} catch (err) {
  console.error(`FAIL ${err.stack || err}`);
  status = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
if (failures.length) status = 1;
console.log(status ? `${failures.length || 1} check(s) failed` : 'all checks passed');
process.exit(status);
