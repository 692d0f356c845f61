// An API failure's message reaches the terminal and the result files: one bounded line, with a hostile
// server's terminal controls made visible rather than sent (a repository skipped by scan-org, any explained
// API error). The control: the raw message holds the escape, the line does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainApiError, oneLine } from '../../src/github/client.js';

test('an API message is one bounded line without terminal controls', () => {
  const hostile = 'Server Error\n\x1b[2J\x1b[1;1Hkeyshift: 0 findings\u202e' + 'x'.repeat(400);
  assert.ok(hostile.includes('\x1b'));
  const line = oneLine(hostile);
  assert.equal(/[\u0000-\u001f\u007f\u202e]/.test(line), false);
  assert.match(line, /^Server Error \\x1b\[2J\\x1b\[1;1Hkeyshift: 0 findings\\u202ex+\.\.\.$/);
  assert.ok(line.length <= 200);
  const explained = explainApiError({ status: 500, message: hostile }, { action: 'read o/r', permission: 'contents: read' });
  assert.equal(explained.includes('\x1b'), false);
});
