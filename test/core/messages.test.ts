// The words of every message and fix title, per code and language, kept in golden files that a
// reviewer reads as the user will: test/fixtures/messages/<code>.zh.txt and .en.txt.
// UPDATE_GOLDEN=1 npm test rewrites them; review the diff before committing it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, codes, messages, parse, say, type Code, type Locale } from '../../server/src/core';
import { messageCases, type MessageCase } from './messageCases';

const goldenDir = path.join(__dirname, '..', 'fixtures', 'messages');
const update = process.env.UPDATE_GOLDEN === '1';
const locales: [Locale, string][] = [['zh-CN', 'zh'], ['en', 'en']];

/** What a case says under one code: each diagnostic at its line:column, its fixes beneath it (* the preferred one). */
function said(code: Code, c: MessageCase, locale: Locale): string {
  const others = c.others?.map((o) => ({ report: parse(o.text), path: o.path }));
  const found = check(parse(c.text), { locale, others }).filter((d) => d.code === code);
  assert.ok(found.length > 0, `case “${c.name}” gives no ${code}`);
  const lines = [`## ${c.name}`];
  for (const d of found) {
    lines.push(`${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
    for (const f of d.fixes) lines.push(`  ${f.preferred ? '*' : '-'} ${f.title}`);
  }
  return lines.join('\n');
}

function compare(file: string, actual: string): void {
  const full = path.join(goldenDir, file);
  if (update) {
    fs.mkdirSync(goldenDir, { recursive: true });
    fs.writeFileSync(full, actual);
    return;
  }
  assert.ok(fs.existsSync(full), `${file} is missing: write it with UPDATE_GOLDEN=1 npm test and review it`);
  assert.equal(actual, fs.readFileSync(full, 'utf8'), `${file} differs: if the new wording is right, UPDATE_GOLDEN=1 npm test`);
}

describe('the words of every message (golden files per code)', function () {
  this.timeout(20000);

  for (const code of codes) {
    for (const [locale, suffix] of locales) {
      it(`${code} in ${suffix}`, () => {
        const cases = (messageCases as Partial<Record<Code, MessageCase[]>>)[code];
        assert.ok(cases && cases.length > 0, `no report in test/core/messageCases.ts gives ${code}: add one, then its golden files`);
        compare(`${code}.${suffix}.txt`, `# ${code}\n\n${cases.map((c) => said(code, c, locale)).join('\n\n')}\n`);
      });
    }
  }

  for (const [locale, suffix] of locales) {
    it(`the notes beside the diagnostics in ${suffix}`, () => {
      compare(`notes.${suffix}.txt`, `# not a report\n${say(locale, messages.notReport)}\n\n# fix all\n${say(locale, messages.fix.fixAll)}\n`);
    });
  }

  it('no golden file for a code the core no longer has', () => {
    const known = new Set([...codes, 'notes']);
    const stale = fs.readdirSync(goldenDir).filter((f) => !known.has(f.replace(/\.(zh|en)\.txt$/, '')));
    assert.deepEqual(stale, []);
  });
});
