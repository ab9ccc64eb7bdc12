// Each diagnostic code, injected alone into a consistent report, shows where a reader looks for it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, check, parse, type Diagnostic } from '../../server/src/core';
import { renderReport } from '../../server/src/core/render';
import { all, attr, fragment, grid, hasClass, tableByKey, tag, text, visibleText, type Node } from './dom';
import { consistent, dropLines, sample, setLine } from './fixtures';

interface Rendered {
  root: Node;
  diagnostics: Diagnostic[];
}

function render(source: string, others?: { report: ReturnType<typeof parse>; path: string }[]): Rendered {
  const report = parse(source);
  const diagnostics = check(report, { others });
  return { root: fragment(renderReport(report, diagnostics, { fixButtons: true })), diagnostics };
}

/** The element at a place of the text (the cell a click on it would reach). */
function at(root: Node, line: number, character: number): Node {
  const found = all(root, (n) => attr(n, 'data-line') === String(line) && attr(n, 'data-character') === String(character));
  assert.ok(found.length > 0, `nothing at ${line}:${character}`);
  return found[0];
}

function cellAt(source: string, line: number, column: number): number {
  return source.split('\n')[line].split('\t').slice(0, column).join('\t').length + (column > 0 ? 1 : 0);
}

/** Every diagnostic is shown: as the title and hidden text of a marked element, or in a list of findings. */
function assertAllShown({ root, diagnostics }: Rendered): void {
  for (const d of diagnostics) {
    const marked = all(root, (n) => (attr(n, 'title') ?? '').split('\n').includes(d.message));
    const listed = all(root, (n) => hasClass('finding')(n) && text(n).includes(d.message));
    assert.ok(marked.length + listed.length > 0, `${d.code} not shown: ${d.message}`);
    for (const element of marked) assert.ok(text(element).includes(d.message), `${d.code}: the message is also text for screen readers`);
  }
}

function only(r: Rendered, code: string): Diagnostic {
  assert.deepEqual(r.diagnostics.map((d) => d.code), [code]);
  return r.diagnostics[0];
}

const should = (n: Node) => all(n, hasClass('should')).map(visibleText).join();
const classes = (n: Node) => (attr(n, 'class') ?? '').split(' ').filter(Boolean);

describe('each finding marked where it is', () => {
  it('a consistent report has no mark', () => {
    const r = render(consistent);
    assert.deepEqual(r.diagnostics, []);
    assert.equal(all(r.root, hasClass('mark')).length, 0);
  });

  it('row-sum: the total cell holds 23, marked with 22, the value it should have, and the message as title', () => {
    const r = render(sample);
    const d = only(r, 'row-sum');
    const td = at(r.root, 40, d.range.start.character);
    assert.deepEqual(classes(td), ['mark', 'error']);
    assert.equal(attr(td, 'title'), d.message);
    assert.equal(all(td, hasClass('was')).map(visibleText).join(), '23');
    assert.equal(should(td), '22');
    assert.equal(all(td, (n) => n.tagName === 'button').length, 1, 'the preview offers the fix');
  });

  it('a wrong part cell: the culprit shows 17 with both messages; the totals are marked without a value', () => {
    const broken = setLine(consistent, 40, (l) => l.replace('\t17\t', '\t19\t'));
    const r = render(broken);
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['row-sum', 'column-sum']);
    const culprit = at(r.root, 40, cellAt(broken, 40, 2));
    assert.equal(should(culprit), '17');
    assert.deepEqual(attr(culprit, 'title')!.split('\n'), r.diagnostics.map((d) => d.message));
    const total = at(r.root, 40, r.diagnostics[0].range.start.character);
    assert.equal(attr(total, 'title'), r.diagnostics[0].message);
    assert.equal(should(total), '');
    const columnTotal = at(r.root, 61, r.diagnostics[1].range.start.character);
    assert.equal(attr(columnTotal, 'title'), r.diagnostics[1].message);
    assertAllShown(r);
  });

  it('balance: the 结转 cell that explains both failures shows its value', () => {
    const broken = setLine(consistent, 62, (l) => l.replace(/^(四、结转下年度继续办理\t\t)4/, '$16'));
    const r = render(broken);
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['balance', 'row-sum']);
    const cell = at(r.root, 62, cellAt(broken, 62, 2));
    assert.equal(should(cell), '4');
    assert.ok(classes(cell).includes('error'));
    assertAllShown(r);
  });

  it('missing-cell: the lost cell shows the value the identities give; the row label carries the message', () => {
    const broken = setLine(consistent, 45, (l) => l.replace('\t2\t1\t0', '\t2\t\t0'));
    const r = render(broken);
    const d = only(r, 'missing-cell');
    const row = grid(tableByKey(r.root, 'applications'))[10];
    assert.equal(visibleText(row[2]).trim().startsWith('4.保护第三方合法权益'), true);
    assert.equal(attr(row[2], 'title'), d.message);
    assert.ok(classes(row[4]).includes('lost'));
    assert.equal(visibleText(row[4]), '1');
    assert.match(attr(row[4], 'title')!, /推定为 1/);
    assertAllShown(r);
  });

  it('missing-cell where the header’s tab positions place the values: the lost column filled by the identities, the rest as written', () => {
    // One tab fewer: the parser reads the row by the header's positions, 自然人 empty.
    const broken = setLine(consistent, 45, (l) => l.replace('\t2\t1\t0', '\t2\t0'));
    const r = render(broken);
    const d = only(r, 'missing-cell');
    const row = grid(tableByKey(r.root, 'applications'))[10];
    assert.equal(attr(row[2], 'title'), d.message);
    assert.ok(classes(row[3]).includes('lost'));
    assert.deepEqual(row.slice(3).map(visibleText), ['1', '2', '0', '0', '0', '0', '3']);
    assert.deepEqual(row.slice(4).map(classes), Array(6).fill([]));
    assertAllShown(r);
  });

  it('missing-cell in a row whose values cannot be placed: the row as the identities complete it', () => {
    // The first values lost with their tabs: no position says which column is empty.
    const broken = setLine(consistent, 45, (l) => l.replace('\t2\t1\t0', '\t\t\t0'));
    const r = render(broken);
    only(r, 'missing-cell');
    const row = grid(tableByKey(r.root, 'applications'))[10];
    assert.deepEqual(row.slice(3).map(visibleText), ['2', '1', '0', '0', '0', '0', '3']);
    assert.ok(row.slice(3).every((c) => classes(c).includes('deduced')));
    assertAllShown(r);
  });

  it('extra-cell: the values shown as written, flagged as not aligned, when no column is certain', () => {
    const broken = setLine(consistent, 46, (l) => l + '\t5');
    const r = render(broken);
    const d = only(r, 'extra-cell');
    const row = grid(tableByKey(r.root, 'applications'))[11];
    assert.equal(attr(row[2], 'title'), d.message);
    const cells = new Set(row.slice(3));
    assert.ok(cells.size === 7 || (cells.size === 1 && classes(row[3]).includes('unaligned')));
    assertAllShown(r);
  });

  it('extra-cell in a table pasted without the report around it: the row drawn as its fix writes it', () => {
    // Table 三 alone, no title and no headings; 其他法律行政法规禁止公开 with its seven zeros written twice.
    const lines = consistent.split('\n').slice(35, 63);
    lines[8] += '\t0\t0\t0\t0\t0\t0\t0';
    const r = render(lines.join('\n'));
    const d = r.diagnostics.find((x) => x.code === 'extra-cell')!;
    assert.deepEqual(d.completedRow, [0, 0, 0, 0, 0, 0, 0]);
    const row = grid(tableByKey(r.root, 'applications'))[8];
    assert.ok(visibleText(row[2]).startsWith('2.其他法律行政法规禁止公开'));
    assert.deepEqual(row.slice(3).map(visibleText), ['0', '0', '0', '0', '0', '0', '0']);
    assert.ok(row.slice(3).every((c) => classes(c).includes('deduced')));
  });

  it('a row a fix fills (lost cells, cells that cannot be placed, a missing row): the finding carries the values that fix writes, which the tables draw', () => {
    const cases = [
      setLine(consistent, 45, (l) => l.replace('\t2\t1\t0', '\t2\t\t0')),
      setLine(consistent, 45, (l) => l.replace('\t2\t1\t0', '\t\t\t0')),
      dropLines(consistent, 47),
    ];
    for (const text of cases) {
      const report = parse(text);
      const [d] = check(report).filter((x) => x.completedRow);
      const fixed = parse(applyEdits(text, d.fixes.find((f) => f.preferred)!.edits));
      const before = report.tables.find((t) => t.index.spec.key === 'applications')!;
      // The statutory row the finding is about: the one on its line, or the one the table lacks.
      const statutory = d.code === 'missing-row' ? before.index.valueRows.find((v) => !before.rows.some((m) => m.row === v)) : before.rows.find((m) => m.line === d.range.start.line)!.row;
      const row = fixed.tables.find((t) => t.index.spec.key === 'applications')!.rows.find((m) => m.row === statutory)!;
      assert.deepEqual(d.completedRow, row.slots!.map((c) => c?.value), d.code);
    }
  });

  it('invalid-number: each cell that is not a count is marked with the message', () => {
    const broken = setLine(consistent, 45, (l) => l.replace('\t2\t1\t0', '\t—\t1O\t0'));
    const r = render(broken);
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['invalid-number', 'invalid-number']);
    for (const d of r.diagnostics) {
      const td = at(r.root, 45, d.range.start.character);
      assert.equal(attr(td, 'title'), d.message);
      assert.ok(classes(td).includes('mark'));
    }
    assertAllShown(r);
  });

  it('missing-row: the row drawn in its statutory place, marked, with the values the identities give', () => {
    const r = render(dropLines(consistent, 47));
    const d = only(r, 'missing-row');
    const missing = all(tableByKey(r.root, 'applications'), hasClass('missing-row'));
    assert.equal(missing.length, 1);
    const [label, ...values] = all(missing[0], (n) => n.tagName === 'th' || n.tagName === 'td');
    assert.equal(attr(label, 'title'), d.message);
    assert.match(visibleText(label), /^6\.属于四类过程性信息/);
    assert.deepEqual(values.map(visibleText), ['2', '0', '0', '0', '1', '0', '3']);
    const g = grid(tableByKey(r.root, 'applications'));
    assert.ok(visibleText(g[12][2]).startsWith('6.属于四类过程性信息'));
  });

  it('duplicate-row and unknown-row: listed under their table, each a line a click reaches', () => {
    const lines = consistent.split('\n');
    const duplicated = [...lines.slice(0, 49), lines[48], ...lines.slice(49)].join('\n');
    const r = render(duplicated);
    const d = only(r, 'duplicate-row');
    const item = all(r.root, hasClass('finding'));
    assert.equal(item.length, 1);
    assert.equal(attr(item[0], 'data-line'), '49');
    assert.ok(text(item[0]).includes(d.message));
    const unknown = render([...lines.slice(0, 49), '合计说明\t1\t2', ...lines.slice(49)].join('\n'));
    assert.ok(unknown.diagnostics.some((x) => x.code === 'unknown-row'));
    assertAllShown(unknown);
  });

  it('missing-table, missing-section, section-order: on the heading', () => {
    const noReview = render(dropLines(consistent, 66, 70));
    const d = only(noReview, 'missing-table');
    const h2 = at(noReview.root, 64, 0);
    assert.equal(h2.tagName, 'h2');
    assert.equal(attr(h2, 'title'), d.message);
    const noSix = render(consistent.split('\n').slice(0, 75).join('\n'));
    only(noSix, 'missing-section');
    assertAllShown(noSix);
    const lines = consistent.split('\n');
    const swapped = render([...lines.slice(0, 71), ...lines.slice(75), '', ...lines.slice(71, 75)].join('\n'));
    const order = only(swapped, 'section-order');
    assert.equal(attr(at(swapped.root, 75, 0), 'title'), order.message);
  });

  it('label: the row label marked with the statutory wording in the message', () => {
    const r = render(setLine(consistent, 61, (l) => l.replace('(七) 总计', '(七) 总记')));
    const d = only(r, 'label');
    const th = at(r.root, 61, 0);
    assert.equal(th.tagName, 'th');
    assert.equal(attr(th, 'title'), d.message);
    assert.match(visibleText(th), /（七）总计/);
  });

  it('narrative-mismatch: the figure in the sentence marked, with the table’s value', () => {
    const r = render(setLine(consistent, 8, (l) => l.replace('申请 57 件', '申请 59 件')));
    const d = only(r, 'narrative-mismatch');
    const figure = at(r.root, 8, d.range.start.character);
    assert.equal(figure.tagName, 'mark');
    assert.equal(visibleText(figure).startsWith('59'), true);
    assert.equal(should(figure), '57');
    assert.equal(attr(figure, 'title'), d.message);
    assert.match(visibleText(at(r.root, 8, 0)), /新接收政府信息公开申请 59 57 件/);
  });

  it('carryover: the 上年结转 cells that differ from last year’s report', () => {
    const lastYear = parse(setLine(consistent.replace('2024 年政府信息公开工作年度报告', '2023 年政府信息公开工作年度报告'), 62, (l) => l.replace(/^(四、结转下年度继续办理\t\t)4/, '$12')));
    const r = render(consistent, [{ report: lastYear, path: '2023.txt' }]);
    const carryovers = r.diagnostics.filter((d) => d.code === 'carryover');
    assert.ok(carryovers.length >= 1);
    for (const d of carryovers) {
      assert.equal(attr(at(r.root, 39, d.range.start.character), 'title'), d.message);
    }
    assertAllShown(r);
  });

  it('blank cells the identities cannot fill: marked blank, each at its place in the text', () => {
    // 商业企业 and 其他 left empty in (一) and in (四) 1.: four unknowns, two ways to fill them.
    let broken = setLine(consistent, 40, (l) => l.replace('\t17\t3\t0\t1\t1\t0\t', '\t17\t\t0\t1\t1\t\t'));
    broken = setLine(broken, 50, (l) => l.replace('\t6\t2\t0\t0\t1\t1\t', '\t6\t\t0\t0\t1\t\t'));
    const r = render(broken);
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['missing-cell', 'missing-cell']);
    const g = grid(tableByKey(r.root, 'applications'));
    for (const [row, line] of [[5, 40], [15, 50]]) {
      const blanks = [g[row][4], g[row][8]];
      assert.ok(blanks.every((c) => classes(c).includes('blank')), `row ${row}`);
      assert.ok(blanks.every((c) => attr(c, 'title') === '空白单元格'));
      assert.deepEqual(blanks.map((c) => Number(attr(c, 'data-character'))), [cellAt(broken, line, line === 40 ? 3 : 4), cellAt(broken, line, line === 40 ? 7 : 8)]);
    }
    assertAllShown(r);
  });
});

describe('the codes of the other checks, each shown', () => {
  const blanks = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'blank-zeros.txt'), 'utf8');

  it('blank-cell: each blank zero marked at its place with the note', () => {
    const r = render(blanks);
    assert.ok(r.diagnostics.length > 0 && r.diagnostics.every((d) => d.code === 'blank-cell'));
    for (const d of r.diagnostics) {
      // The blank cell is where the fix writes its 0.
      const [edit] = d.fixes.find((f) => f.preferred)!.edits;
      const cell = at(r.root, edit.range.start.line, edit.range.start.character);
      assert.equal(cell.tagName, 'td');
      assert.ok(classes(cell).includes('blank'));
      assert.ok((attr(cell, 'title') ?? '').split('\n').includes(d.message), d.message);
      assert.equal(should(cell), '0');
    }
    assertAllShown(r);
  });

  it('split-number: the two cells that are one number, marked', () => {
    const r = render(setLine(consistent, 38, (l) => l.replace('\t41\t9\t', '\t4\t1\t9\t')));
    const d = only(r, 'split-number');
    assertAllShown(r);
    assert.ok(all(r.root, (n) => (attr(n, 'title') ?? '').includes(d.message)).length > 0);
  });

  it('unreadable-table: the header alone, no row drawn as missing, and the finding under it', () => {
    const r = render(consistent.split('\n').map((l) => l.split('\t').filter((c) => c.trim() !== '').join('\n')).join('\n'));
    assert.ok(r.diagnostics.length > 0 && r.diagnostics.every((d) => d.code === 'unreadable-table'));
    assertAllShown(r);
    const table = tableByKey(r.root, 'applications');
    assert.equal(all(table, tag('tbody'))[0].childNodes?.length, 0);
    assert.equal(all(r.root, hasClass('missing-row')).length, 0);
  });

  it('empty-section, heading-numbering and year-mismatch: on the heading or in the text', () => {
    for (const text of [
      setLine(consistent, 73, () => '无'),
      consistent.replace('#### 六、其他需要报告的事项', '#### 七、其他需要报告的事项'),
      setLine(consistent, 8, (l) => l.replace('2024 年新接收', '2026 年新接收')),
    ]) {
      const r = render(text);
      assert.ok(r.diagnostics.length > 0);
      assertAllShown(r);
    }
  });
});
