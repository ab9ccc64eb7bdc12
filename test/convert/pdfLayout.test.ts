// Tables rebuilt from a PDF's ruling lines (merged cells included) and from text positions alone.
import { strict as assert } from 'node:assert';
import { convert, isRefusal } from '../../server/src/convert';
import { pdfOf, textAt } from './pdfFixtures';

const line = (x1: number, y1: number, x2: number, y2: number) => `${x1} ${y1} m ${x2} ${y2} l S`;

async function textOf(content: string): Promise<string> {
  const result = await convert(pdfOf([{ content }]), 'table.pdf');
  assert.ok(!isRefusal(result));
  return result.text;
}

describe('PDF layout', function () {
  this.timeout(20000);

  it('a ruled table: a cell spanning columns is its text then empty cells, one spanning rows is in its first row', async () => {
    const rulings = [
      line(100, 700, 400, 700), line(100, 680, 400, 680), line(200, 660, 400, 660), line(100, 640, 400, 640),
      line(100, 640, 100, 700), line(400, 640, 400, 700), line(200, 640, 200, 680), line(300, 640, 300, 680),
    ];
    const text = textAt([[110, 686, 'Title'], [110, 656, 'Group'], [210, 666, 'A'], [310, 666, '1'], [210, 646, 'B'], [310, 646, '2'], [100, 760, 'Heading']]);
    assert.equal(await textOf([...rulings, text].join('\n')), 'Heading\n\nTitle\t\t\nGroup\tA\t1\n\tB\t2\n');
  });

  it('a ruled table drawn as thin filled rectangles reads the same', async () => {
    const bar = (x: number, y: number, w: number, h: number) => `${x} ${y} ${w} ${h} re f`;
    const rulings = [bar(100, 699.5, 300, 1), bar(100, 669.5, 300, 1), bar(100, 639.5, 300, 1), bar(99.5, 640, 1, 60), bar(249.5, 640, 1, 60), bar(399.5, 640, 1, 60)];
    const text = textAt([[110, 686, 'Row one'], [260, 686, '12'], [110, 656, 'Row two'], [260, 656, '7']]);
    assert.equal(await textOf([...rulings, text].join('\n')), 'Row one\t12\nRow two\t7\n');
  });

  it('a table with no rulings: columns far apart are tab-separated, a page number is dropped', async () => {
    const text = textAt([[100, 700, 'Row one'], [300, 700, '12'], [400, 700, '7'], [100, 680, 'Row two'], [300, 680, '3'], [400, 680, '0'], [290, 40, '- 3 -']]);
    assert.equal(await textOf(text), 'Row one\t12\t7\nRow two\t3\t0\n');
  });

  it('drops running headers and footers, and joins a paragraph carried over the page break', async () => {
    const page = (n: number, body: [number, number, string][]) => ({ content: textAt([[72, 800, 'Huaian Report 2024'], ...body, [260, 30, `Page ${n} of 2`]]) });
    // Helvetica's x is 5.5 points wide at 11 points: both lines end at the right margin, the first indented.
    const [first, second] = ['x'.repeat(75), 'x'.repeat(80)];
    const result = await convert(pdfOf([page(1, [[100, 700, first], [72, 686, second]]), page(2, [[72, 770, 'end of the paragraph.'], [100, 740, 'Next one']])]), 'two.pdf');
    assert.ok(!isRefusal(result));
    assert.equal(result.text, `${first} ${second} end of the paragraph.\n\nNext one\n`);
    assert.deepEqual(result.pages, [1, 2, 2]);
  });
});
