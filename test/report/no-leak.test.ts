import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatReport, formatSummaryTable, REPORT_FORMATS } from '../../src/report/index.js';
import type { FormatOptions } from '../../src/report/types.js';
import { FAKE_SECRETS, PLANTED_SECRET, sampleReport } from '../helpers/sample-findings.js';

const BASE: FormatOptions = { showSecrets: false, color: true, verbose: true, showSuppressed: true };
const singleLine = Object.entries(FAKE_SECRETS).filter(([, v]) => !v.includes('\n'));

describe('no secret in any format unless showSecrets', () => {
  for (const format of REPORT_FORMATS) {
    it(`${format}: no fake secret value (nor a 12-char slice of the planted one) appears`, () => {
      const out = formatReport(format, sampleReport(), BASE) + formatSummaryTable(sampleReport());
      for (const [name, value] of singleLine) assert.equal(out.includes(value), false, `${name} leaked in ${format}`);
      assert.equal(out.includes(FAKE_SECRETS.opensshKey.split('\n')[1]!), false, `private key body leaked in ${format}`);
      for (let i = 0; i + 12 <= PLANTED_SECRET.length; i++) {
        assert.equal(out.includes(PLANTED_SECRET.slice(i, i + 12)), false, `slice at ${i} leaked in ${format}`);
      }
    });
  }

  for (const format of ['text', 'json', 'sarif'] as const) {
    it(`${format}: showSecrets reveals the value`, () => {
      const out = formatReport(format, sampleReport(), { ...BASE, color: false, showSecrets: true });
      assert.ok(out.includes(format === 'text' ? PLANTED_SECRET : JSON.stringify(PLANTED_SECRET)), format);
    });
  }

  it('markdown never reveals, even with showSecrets (it is a report to hand around)', () => {
    assert.equal(formatReport('markdown', sampleReport(), { ...BASE, showSecrets: true }).includes(PLANTED_SECRET), false);
  });
});
