// Issue 19 item 4: src/model/untrusted.ts on hostile text, exact values for ordinary text (the output it
// replaced stays byte-identical), and controls: the helpers it replaced, and the checker itself, fail.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fillHtmlTemplate, fillTemplate, htmlCommentText, htmlText, mdCode, mdEscape, mdText, mdTrusted, mdUrl, visibleControls } from '../../src/model/untrusted.js';
import { HOSTILE_NAME, HOSTILE_PATHS, markdownProblems, removeCode } from '../helpers/rendered-markdown.js';

/** The helpers untrusted.ts replaced, verbatim (pr-feedback.ts text()/code()/findingMarker, markdown.ts mdText/mdCode). */
const OLD = {
  text: (s: string): string => s.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`),
  code: (s: string): string => {
    const t = s.replace(/\s+/g, ' ');
    const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
    const tick = '`'.repeat(longest + 1);
    return `${tick}${t.startsWith('`') || t.endsWith('`') ? ` ${t} ` : t}${tick}`;
  },
  marker: (path: string): string => `<!-- keyshift:fp=0123abcd:${path.replace(/-->/g, '--&gt;')} -->`,
};

/** One line of each kind the renderers write: prose, a table row, a code span, a marker, a <summary> line. */
function sample(path: string, h: { text: (s: string) => string; code: (s: string) => string; cell: (s: string) => string; marker: (p: string) => string; html: (s: string) => string }): string {
  return [
    h.marker(path),
    `Found in ${h.text(path)}, see ${h.code(path)}.`,
    '',
    '| Location | Kind |',
    '| --- | --- |',
    `| ${h.cell(path)} | ${h.text(path)} |`,
    '',
    `<details><summary>How to replace it: ${h.html(path)}</summary>`,
    '',
    '</details>',
  ].join('\n');
}

const NEW = {
  text: mdText,
  code: (s: string) => mdCode(s),
  cell: (s: string) => mdCode(s, { table: true }),
  marker: (p: string) => `<!-- keyshift:fp=0123abcd:${htmlCommentText(p)} -->`,
  html: htmlText,
};

describe('issue 19 item 4: untrusted text helpers', () => {
  it('every hostile path renders safely in prose, a code span, a table cell, a comment marker and raw HTML', () => {
    for (const p of HOSTILE_PATHS) assert.deepEqual(markdownProblems(sample(p, NEW), { comments: 1, details: 1 }), [], JSON.stringify(p));
  });

  it('control: the helpers it replaced fail the same checks', () => {
    const old = { text: OLD.text, code: OLD.code, cell: (s: string) => OLD.code(s).replace(/\|/g, '\\|'), marker: OLD.marker, html: OLD.text };
    const problems = markdownProblems(sample(HOSTILE_NAME, old), { comments: 1, details: 1 });
    assert.ok(problems.some((p) => p.includes('a mention GitHub would link')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('raw HTML: <img')), problems.join('\n')); // `\<img` is raw HTML inside <summary>
    assert.ok(problems.some((p) => p.includes('bare URL')), problems.join('\n'));
    assert.ok(markdownProblems(sample('fixes #123.env', old)).some((p) => p.includes('issue reference #N')));
    assert.ok(markdownProblems(sample('a -- b.env', old), { comments: 1 }).some((p) => p.includes('"--" inside an HTML comment')));
    assert.ok(markdownProblems(sample('invoice\u202Etxt.exe', old)).includes('a raw bidi control character'));
  });

  it('control: the checker catches each problem it looks for', () => {
    const bad: [string, string][] = [
      ['hi @octocat', 'a mention'],
      ['x <img src=x>', 'raw HTML'],
      ['[a](https://evil.example)', 'link syntax'],
      ['see https://evil.example now', 'bare URL'],
      ['see #12', 'issue reference #N'],
      ['see GH-12', 'issue reference GH-N'],
      ['a `b c', 'unbalanced code span'],
      ['<!-- a -- b -->', 'inside an HTML comment'],
      ['<!-- a', 'not closed on its line'],
      ['</details>', '0 <details> but 1'],
      ['| a | b |\n| --- | --- |\n| x | y | z |', 'has 3 columns, not 2'],
      ['| a | b |\n| --- | --- |\n| x\ny | z |', 'not a whole row'],
      ['\u202E', 'bidi'],
      ['&#64;octocat', 'HTML entity'],
    ];
    for (const [md, want] of bad) assert.ok(markdownProblems(md).some((p) => p.includes(want)), `${JSON.stringify(md)}: ${markdownProblems(md).join('; ')}`);
    assert.deepEqual(markdownProblems('a `@octocat <img>` b ``x`y`` \\[a\\](b)'), []);
    assert.equal(removeCode('```\n@x\n```\nok').prose, '\n\n\nok');
  });

  it('ordinary text is what the replaced helpers wrote, byte for byte', () => {
    for (const s of ['config/deploy.env', 'src/app.js:12', 'github.pat-classic', 'long-lived-credential', 'my repo/a_b*c.ts', 'ci-bot <img src=x>']) {
      assert.equal(mdText(s), OLD.text(s));
      assert.equal(mdEscape(s), OLD.text(s));
      assert.equal(mdCode(s), OLD.code(s));
      assert.equal(mdCode(s, { table: true }), OLD.code(s).replace(/\|/g, '\\|'));
      assert.equal(htmlCommentText(s), s.replace(/-->/g, '--&gt;'));
    }
    assert.equal(mdCode('a`b'), '``a`b``');
    assert.equal(mdCode('`x'), '`` `x ``');
    assert.equal(mdTrusted('Use `role-to-assume` <here>'), 'Use `role-to-assume` \\<here\\>');
    assert.equal(mdUrl('https://docs.example.test/x'), '<https://docs.example.test/x>');
  });

  it('exact renderings of hostile text', () => {
    assert.equal(mdText('@octocat #1 GH-2 https://e.x www.e.x a&b\nc\u202E'), '@\u200boctocat \\#\u200b1 GH-\u200b2 https:\u200b//e.x www\u200b.e.x a\\&b c\\\\u202e');
    assert.equal(mdCode('a|b\n`c\u202E', { table: true }), '``a\\|b\\n`c\\u202e``');
    assert.equal(mdCode(' x '), '`  x  `');
    assert.equal(htmlText('</details> @a [b](c) `d`'), '&lt;/details&gt; @\u200ba &#91;b&#93;(c) &#96;d&#96;');
    assert.equal(htmlCommentText('a --> b --- c\nd'), 'a -&#45;&gt; b -&#45;- c\\nd');
    assert.equal(visibleControls('a\u001b[31m\u2066'), 'a\\x1b[31m\\u2066');
    assert.equal(mdUrl('javascript:alert(1)'), 'javascript:alert(1)');
    assert.equal(mdUrl('https://x.test/a b>@c'), 'https:\u200b//x.test/a b\\>@\u200bc');
  });

  it('our text filled with an untrusted value: a plain value stays inline, any other becomes code', () => {
    assert.equal(fillTemplate('Untrack config/a.env and rotate `it`.', ['config/a.env'], mdTrusted), 'Untrack config/a.env and rotate `it`.');
    assert.equal(fillTemplate('Untrack @x <y>.env now; @x <y>.env', ['@x <y>.env'], mdTrusted), 'Untrack `@x <y>.env` now; `@x <y>.env`');
    assert.equal(fillTemplate('Untrack GH-1.env', ['GH-1.env'], mdEscape), 'Untrack `GH-1.env`');
    assert.equal(fillHtmlTemplate('Remove `x` from a<b>.env', ['a<b>.env']), 'Remove `x` from <code>a&lt;b&gt;.env</code>');
    for (const p of HOSTILE_PATHS) {
      assert.deepEqual(markdownProblems(fillTemplate(`Remove the token from ${p}; then \`git rm\` it.`, [p], mdEscape)), [], JSON.stringify(p));
      assert.deepEqual(markdownProblems(`<details><summary>${fillHtmlTemplate(`Remove it from ${p}.`, [p])}</summary>\n\n</details>`), [], JSON.stringify(p));
    }
  });
});
