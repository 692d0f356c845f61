// Charts for the HTML report, drawn as inline SVG by hand: a horizontal bar chart and a donut. Pure and
// deterministic (fixed decimals, no randomness, no clock); every label goes through htmlPageText.
import { htmlPageText as esc } from '../model/untrusted.js';
import { num } from './common.js';

export interface ChartEntry {
  label: string;
  value: number;
}

/** Colour-blind-friendly palette (Okabe and Ito), cycled; bars and slices keep their order's colour. */
export const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000', '#999999'];

const LABEL_CHARS = 24;
const fmt = (n: number): string => (Math.round(n * 100) / 100).toFixed(2).replace(/\.?0+$/, '');

function clipLabel(s: string): string {
  return s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s;
}

/** An SVG that says there is nothing to draw (`message`), at the size of a small chart. */
export function emptyChart(id: string, title: string, message: string): string {
  return (
    `<svg id="${id}" class="chart empty" role="img" aria-label="${esc(`${title}: ${message}`)}" width="440" height="80" viewBox="0 0 440 80" xmlns="http://www.w3.org/2000/svg">` +
    `<rect class="frame" x="0.5" y="0.5" width="439" height="79" rx="6"/>` +
    `<text class="note" x="220" y="45" text-anchor="middle">${esc(message)}</text></svg>`
  );
}

/** Horizontal bars, largest first as given, at most `max` rows (the rest summed into one "other" bar). */
export function barChart(id: string, title: string, entries: readonly ChartEntry[], opts: { max?: number; colors?: readonly string[] } = {}): string {
  const max = opts.max ?? 12;
  const rows = entries.length > max ? [...entries.slice(0, max - 1), { label: `${num(entries.length - max + 1)} others`, value: entries.slice(max - 1).reduce((a, e) => a + e.value, 0) }] : [...entries];
  const rowH = 24;
  const labelW = 170;
  const barW = 210;
  const width = labelW + barW + 60;
  const height = rows.length * rowH + 12;
  const top = Math.max(1, ...rows.map((r) => r.value));
  const parts = rows.map((r, i) => {
    const y = 6 + i * rowH;
    const w = r.value === 0 ? 0 : Math.max(2, (r.value / top) * barW);
    const color = (opts.colors ?? PALETTE)[i % (opts.colors ?? PALETTE).length]!;
    return (
      `<g class="row"><title>${esc(`${r.label}: ${r.value}`)}</title>` +
      `<text class="label" x="${labelW - 8}" y="${y + 16}" text-anchor="end">${esc(clipLabel(r.label))}</text>` +
      `<rect class="bar" x="${labelW}" y="${y + 3}" width="${fmt(w)}" height="${rowH - 6}" rx="3" fill="${color}"/>` +
      `<text class="value" x="${fmt(labelW + w + 6)}" y="${y + 16}">${num(r.value)}</text></g>`
    );
  });
  return `<svg id="${id}" class="chart bars" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/** A donut with a legend; one slice per entry, angles from the counts. */
export function donutChart(id: string, title: string, entries: readonly ChartEntry[]): string {
  const total = entries.reduce((a, e) => a + e.value, 0);
  const cx = 80;
  const cy = 80;
  const r = 70;
  const inner = 40;
  const legendRowH = 22;
  const height = Math.max(160, entries.length * legendRowH + 16);
  const width = 440;
  let angle = -Math.PI / 2;
  const slices = entries.map((e, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    const label = `<title>${esc(`${e.label}: ${e.value}`)}</title>`;
    if (e.value === total) {
      // A full ring cannot be one arc: two half rings.
      return `<g class="slice">${label}<path fill="${color}" fill-rule="evenodd" d="M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0ZM${cx - inner} ${cy}a${inner} ${inner} 0 1 0 ${2 * inner} 0a${inner} ${inner} 0 1 0 ${-2 * inner} 0Z"/></g>`;
    }
    const a0 = angle;
    const a1 = angle + (e.value / total) * 2 * Math.PI;
    angle = a1;
    const large = a1 - a0 > Math.PI ? 1 : 0;
    const p = (rad: number, a: number): string => `${fmt(cx + rad * Math.cos(a))} ${fmt(cy + rad * Math.sin(a))}`;
    return `<g class="slice">${label}<path fill="${color}" d="M${p(r, a0)}A${r} ${r} 0 ${large} 1 ${p(r, a1)}L${p(inner, a1)}A${inner} ${inner} 0 ${large} 0 ${p(inner, a0)}Z"/></g>`;
  });
  const legend = entries.map((e, i) => {
    const y = 10 + i * legendRowH;
    return `<rect x="180" y="${y + 2}" width="14" height="14" rx="2" fill="${PALETTE[i % PALETTE.length]}"/><text class="label" x="202" y="${y + 14}">${esc(clipLabel(e.label))} (${num(e.value)})</text>`;
  });
  return (
    `<svg id="${id}" class="chart donut" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">` +
    `${slices.join('')}<text class="total" x="${cx}" y="${cy + 6}" text-anchor="middle">${num(total)}</text>${legend.join('')}</svg>`
  );
}
