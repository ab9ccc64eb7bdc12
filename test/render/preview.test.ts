// xxgk/preview over the protocol: the server renders the document's current version with the
// findings the editor shows, each marked cell with a fix button.
import { strict as assert } from 'node:assert';
import { Client } from '../lsp/client';
import { all, attr, fragment, hasClass, tag } from './dom';
import { consistent, sample } from './fixtures';

interface Preview {
  uri: string;
  version: number;
  html: string;
  style: string;
}

describe('xxgk/preview', function () {
  const client = new Client({ locale: 'zh-CN' });
  const uri = 'file:///临河县-2024.txt';
  before(async () => {
    await client.initialize();
    await client.open(uri, sample);
  });
  after(() => client.stop());

  it('renders the open document with its wrong total marked and its fix offered', async () => {
    const preview = await client.request<Preview>('xxgk/preview', { uri });
    assert.equal(preview.version, 1);
    assert.match(preview.style, /--vscode-editor-foreground/);
    const root = fragment(preview.html);
    assert.equal(all(root, tag('table')).length, 6);
    const marked = all(root, (n) => n.tagName === 'td' && hasClass('mark')(n));
    assert.equal(marked.length, 1);
    assert.equal(attr(marked[0], 'data-line'), '40');
    const button = all(marked[0], tag('button'))[0];
    assert.match(attr(button, 'data-range')!, /^40,\d+,40,\d+$/);
  });

  it('follows the document: the next version renders without the mark', async () => {
    await client.change(uri, 2, consistent);
    const preview = await client.request<Preview>('xxgk/preview', { uri });
    assert.equal(preview.version, 2);
    assert.equal(all(fragment(preview.html), hasClass('mark')).length, 0);
  });

  it('answers null for a document that is not open', async () => {
    assert.equal(await client.request<Preview | null>('xxgk/preview', { uri: 'file:///closed.txt' }), null);
  });
});
