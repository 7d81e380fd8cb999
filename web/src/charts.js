// Time-series charts (uPlot): quad classes stacked as bars, and lines.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { QUADS } from './util.js';

const PERIOD_SECONDS = { day: 86400, week: 7 * 86400, month: 30 * 86400 };

// "2022-02-03" / "2022-02" → Unix seconds (UTC).
export function periodTime(period) {
  const [y, m, d] = period.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / 1000;
}

function baseOptions(el, by, height) {
  const pad = (PERIOD_SECONDS[by] || 86400) * 0.75;
  return {
    width: Math.max(320, el.clientWidth || 800),
    height,
    scales: { x: { time: true, range: (u, min, max) => [min - pad, max + pad] } },
    axes: [{}, { size: 50 }],
    legend: { live: true },
    cursor: { drag: { x: true, y: false } },
  };
}

function mount(el, opts, data) {
  el.replaceChildren();
  const plot = new uPlot(opts, data, el);
  const resize = () => plot.setSize({ width: Math.max(320, el.clientWidth), height: opts.height });
  window.addEventListener('resize', resize);
  return plot;
}

// Bars of events per period stacked by quad class. rows: [{period, quad}].
export function quadChart(el, rows, by, height = 260) {
  const xs = rows.map((r) => periodTime(r.period));
  const raw = QUADS.map((q, i) => rows.map((r) => r.quad[i]));
  // Cumulative sums drawn from the tallest down, so each band shows.
  const cum = QUADS.map((q, i) => rows.map((r) => r.quad.slice(0, i + 1).reduce((a, b) => a + b, 0)));
  const order = [3, 2, 1, 0];
  const bars = uPlot.paths.bars({ size: [0.7, 60], align: 0 });
  const opts = baseOptions(el, by, height);
  opts.series = [{}, ...order.map((i) => ({
    label: QUADS[i].name,
    fill: QUADS[i].color,
    stroke: QUADS[i].color,
    paths: bars,
    points: { show: false },
    value: (u, v, s, idx) => (idx == null ? '–' : raw[i][idx]),
  }))];
  opts.scales.y = { range: (u, min, max) => [0, Math.max(1, max)] };
  const totals = rows.map((r) => r.quad.reduce((x, y) => x + y, 0));
  el.dataset.events = totals.reduce((a, b) => a + b, 0);
  el.dataset.periods = rows.length;
  // "2022-02-03:4 …": what the bars show, for tests and tooltips.
  el.dataset.counts = rows.map((r, i) => `${r.period}:${totals[i]}`).filter((c, i) => totals[i]).join(' ');
  return mount(el, opts, [xs, ...order.map((i) => cum[i])]);
}

// Lines over periods. series: [{label, color, values: {period: value}}].
export function lineChart(el, periods, series, by, height = 220, yRange = null) {
  const xs = periods.map(periodTime);
  const opts = baseOptions(el, by, height);
  opts.series = [{}, ...series.map((s) => ({
    label: s.label, stroke: s.color, width: 2, spanGaps: true,
    points: { show: true, size: 7, fill: s.color },
    value: (u, v) => (v == null ? '–' : v.toFixed(2)),
  }))];
  if (yRange) opts.scales.y = { range: () => yRange };
  const data = [xs, ...series.map((s) => periods.map((p) => s.values[p] ?? null))];
  return mount(el, opts, data);
}
