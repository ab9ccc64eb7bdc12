// Lines are counted as LSP counts them: \r\n, \n and a lone \r (repro range-lone-cr-shifts-editor-lines).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, check, fixAllEdits, parse } from '../../server/src/core';

const repro = path.join(__dirname, '..', '..', '..', 'shared', 'repro');
const text = fs.readFileSync(path.join(repro, 'range-lone-cr-shifts-editor-lines.txt'), 'utf8');
/** The lines as an LSP client numbers them. */
const editorLines = text.split(/\r\n|\n|\r/);

describe('a lone CR in range-lone-cr-shifts-editor-lines.txt', () => {
  it('puts each diagnostic on the line an editor shows it on', () => {
    const found = check(parse(text)).filter((d) => d.code === 'row-sum');
    assert.equal(found.length, 1);
    const { start, end } = found[0].range;
    assert.equal(start.line, end.line);
    assert.match(editorLines[start.line].slice(start.character, end.character), /^\d+$/);
    assert.equal(editorLines[start.line].slice(start.character, end.character), String(found[0].actual));
  });

  it('fixes the lines the sum diagnostics name, and keeps the lone CR', () => {
    const sums = check(parse(text)).filter((d) => d.code === 'row-sum' || d.code === 'column-sum');
    const fixed = applyEdits(text, fixAllEdits(text));
    const fixedLines = fixed.split(/\r\n|\n|\r/);
    assert.equal(fixedLines.length, editorLines.length);
    const changed = editorLines.flatMap((l, i) => (l === fixedLines[i] ? [] : [i]));
    assert.deepEqual(changed, sums.map((d) => d.range.start.line));
    assert.equal(fixed.split('\r').length, text.split('\r').length);
    assert.deepEqual(check(parse(fixed)).filter((d) => d.code === 'row-sum' || d.code === 'column-sum'), []);
  });
});
