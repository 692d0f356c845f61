// The HTML report in a real browser (issue 18): headless Chromium (the Debian package `chromium`, at
// $KEYSHIFT_CHROMIUM or /usr/bin/chromium) driven by playwright-core opens a merged organisation report and a
// one-repository report from file:// URLs: no console error, no request but the file itself, the charts drawn
// (SVG of non-zero size, with bars and slices), sorting and filtering work, and a screenshot that is not blank.
// Without Chromium the test is skipped with a note, except in CI (CI=true), where it fails: CI installs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, runCli } from '../helpers/fixtures.js';
import { sampleOrg, writeOrgResults } from '../helpers/org-results.js';
import { colourStats, decodePng } from '../helpers/png.js';

const CHROMIUM = process.env.KEYSHIFT_CHROMIUM || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** Skips without Chromium, or fails in CI; returns the launched browser otherwise. */
async function launch(t: { skip: (m: string) => void }): Promise<Browser | undefined> {
  if (!HAVE_CHROMIUM) {
    if (process.env.CI === 'true') assert.fail(`Chromium not found at ${CHROMIUM}: CI installs the Debian package chromium in .ci/run (or set KEYSHIFT_CHROMIUM)`);
    t.skip(`Chromium is not installed at ${CHROMIUM} (apt-get install chromium, or set KEYSHIFT_CHROMIUM)`);
    return undefined;
  }
  const { chromium } = await import('playwright-core');
  // --no-sandbox: CI and this machine run as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

interface Watch {
  errors: string[];
  requests: string[];
  failed: string[];
}

async function open(browser: Browser, file: string): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  const watch: Watch = { errors: [], requests: [], failed: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('requestfailed', (r) => watch.failed.push(r.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, watch };
}

async function box(page: Page, selector: string): Promise<{ width: number; height: number }> {
  const b = await page.locator(selector).boundingBox();
  assert.ok(b, `${selector} is laid out`);
  return b;
}

async function column(page: Page, table: string, index: number): Promise<string[]> {
  return page.$$eval(`#${table} tbody tr:not([hidden])`, (rows, i) => rows.map((r) => ((r as HTMLTableRowElement).cells[i]!.textContent ?? '').trim()), index);
}

const work = mkdtempSync(join(tmpdir(), 'keyshift-html-browser-'));

test('html report: a merged organisation report renders, sorts and filters in headless Chromium', { timeout: 180_000 }, async (t) => {
  const browser = await launch(t);
  if (!browser) return;
  try {
    const org = writeOrgResults(sampleOrg(), 'browser');
    const file = join(work, 'org.html');
    const merged = runCli(['merge', '--format', 'html', '-o', file, org.dir], work);
    assert.equal(merged.status, 0, merged.stderr);
    const { page, watch } = await open(browser, file);

    for (const id of ['chart-kind', 'chart-provider', 'chart-age', 'chart-repository']) {
      const b = await box(page, `#${id}`);
      assert.ok(b.width > 100 && b.height > 50, `${id} has a size: ${JSON.stringify(b)}`);
    }
    assert.equal(await page.locator('#chart-kind g.slice path').count(), 2, 'the kind donut has a slice per kind');
    const slice = await box(page, '#chart-kind g.slice path >> nth=0');
    assert.ok(slice.width > 10 && slice.height > 10, 'a slice is drawn');
    assert.ok((await page.locator('#chart-provider rect.bar').count()) >= 5, 'provider bars');
    // Five repositories have findings; the age chart has its six buckets, one of them counting ops' old commit.
    assert.equal(await page.locator('#chart-repository rect.bar').count(), 5);
    assert.equal(await page.locator('#chart-age rect.bar').count(), 6);
    const ages = await page.$$eval('#chart-age text.value', (ts) => ts.map((x) => Number(x.textContent)));
    assert.equal(ages.reduce((a, b) => a + b, 0), 1, 'one finding has history data');
    const bar = await box(page, '#chart-provider rect.bar >> nth=0');
    assert.ok(bar.width > 20 && bar.height > 5, 'the largest bar is drawn');

    // The reuse section: one row with its three places.
    assert.equal(await page.locator('#reuse-table tbody tr').count(), 1);
    assert.equal(await page.locator('#reuse-table tbody tr code').filter({ hasText: /^octo-org\// }).count(), 3);

    // Sorting: the Repository column (index 5) ascending, then descending; Fix order (index 0) numerically.
    const header = (name: string) => page.locator('#findings-table thead th button', { hasText: new RegExp(`^${name}$`) });
    await header('Repository').click();
    const asc = await column(page, 'findings-table', 5);
    assert.equal(asc.length, 9);
    assert.deepEqual(asc, [...asc].sort());
    assert.equal(await page.locator('#findings-table thead th[aria-sort=ascending]').textContent(), 'Repository');
    await header('Repository').click();
    assert.deepEqual(await column(page, 'findings-table', 5), [...asc].sort().reverse());
    await header('Fix order').click();
    assert.deepEqual(await column(page, 'findings-table', 0), ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    await header('Fix order').click();
    assert.deepEqual(await column(page, 'findings-table', 0), ['9', '8', '7', '6', '5', '4', '3', '2', '1']);

    // Filtering: only web's two findings, then everything again.
    await page.fill('input[data-filter="findings-table"]', 'octo-org/web');
    assert.deepEqual(await column(page, 'findings-table', 5), ['octo-org/web', 'octo-org/web']);
    assert.equal(await page.locator('#findings-table-count').textContent(), '2 of 9 shown');
    await page.fill('input[data-filter="findings-table"]', '');
    assert.equal((await column(page, 'findings-table', 5)).length, 9);
    await page.fill('input[data-filter="repositories-table"]', 'legacy');
    assert.deepEqual(await column(page, 'repositories-table', 0), ['octo-org/legacy']);

    const shot = join(work, 'org.png');
    await page.screenshot({ path: shot, fullPage: true });
    const stats = colourStats(decodePng(readFileSync(shot)));
    assert.ok(stats.distinct > 200, `the screenshot has many colours (${stats.distinct})`);
    assert.ok(stats.notBackground > 0.05, `the screenshot is not one colour (${stats.notBackground})`);

    assert.deepEqual(watch.errors, []);
    assert.deepEqual(watch.failed, []);
    assert.deepEqual(watch.requests, [pathToFileURL(file).href], 'the file loads nothing else');
  } finally {
    await browser.close();
  }
});

test('html report: keyshift report --format html for one repository renders; a blank page is told apart', { timeout: 180_000 }, async (t) => {
  const browser = await launch(t);
  if (!browser) return;
  try {
    const file = join(work, 'demo.html');
    const r = runCli(['report', 'fixtures/demo/tree', '--format', 'html', '-o', file], REPO_ROOT);
    assert.equal(r.status, 0, r.stderr);
    const { page, watch } = await open(browser, file);
    assert.equal(await page.locator('#chart-repository').count(), 0, 'no repository chart for one repository');
    for (const id of ['chart-kind', 'chart-provider', 'chart-context']) assert.ok((await box(page, `#${id}`)).height > 50, id);
    // The demo is no history scan: the age chart says so instead of drawing nothing.
    assert.match((await page.locator('#chart-age text.note').textContent()) ?? '', /^No history data: scan with --history/);
    assert.equal(await page.locator('#chart-kind g.slice').count(), 5);
    assert.equal(await page.locator('#findings-table tbody tr').count(), 16);
    await page.locator('#findings-table thead th button', { hasText: /^Provider$/ }).click();
    const providers = await column(page, 'findings-table', 3);
    assert.deepEqual(providers, [...providers].sort());
    const shot = await page.screenshot();
    assert.ok(colourStats(decodePng(shot)).distinct > 200);
    assert.deepEqual(watch.errors, []);
    assert.deepEqual(watch.failed, []);

    // Control: a blank page's screenshot is one colour, so the checks above can fail.
    const blank = join(work, 'blank.html');
    writeFileSync(blank, '<!doctype html><title>blank</title>');
    const b = await open(browser, blank);
    const stats = colourStats(decodePng(await b.page.screenshot()));
    assert.equal(stats.distinct, 1);
    assert.equal(stats.notBackground, 0);
  } finally {
    await browser.close();
  }
});
