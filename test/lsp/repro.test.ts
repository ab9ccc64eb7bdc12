// The language-server reproducers of ../shared/repro/, raw LSP traffic fed to dist/server.js --stdio
// byte for byte: a broken frame ends the server with a line on stderr (the editor restarts it), a
// malformed document never poisons another one.
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StreamMessageReader, type Message, type NotificationMessage, type ResponseMessage } from 'vscode-languageserver-protocol/node';
import { check, parse } from '../../server/src/core';
import { server } from './client';

const REPRO = path.join(__dirname, '..', '..', '..', 'shared', 'repro');

/** The server fed these bytes, stdin left open as an editor leaves it. */
class RawServer {
  readonly messages: Message[] = [];
  readonly exited: Promise<number | null>;
  stderr = '';
  private readonly process: ChildProcess;
  private readonly listeners: (() => void)[] = [];

  constructor(bytes: Buffer) {
    this.process = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
    this.process.stderr!.on('data', (chunk: Buffer) => { this.stderr += chunk.toString('utf8'); });
    new StreamMessageReader(this.process.stdout!).listen((message) => {
      this.messages.push(message);
      this.listeners.forEach((l) => l());
    });
    this.process.stdin!.on('error', () => { /* the server may close its end first */ });
    this.process.stdin!.write(bytes);
  }

  /** The first message that passes the test, past or future. */
  when<M extends Message>(test: (m: M) => boolean): Promise<M> {
    return new Promise((resolve) => {
      const look = () => {
        const found = (this.messages as M[]).find(test);
        if (found) resolve(found);
        return found !== undefined;
      };
      if (!look()) this.listeners.push(look);
    });
  }

  response(id: number): Promise<ResponseMessage> {
    return this.when<ResponseMessage>((m) => 'id' in m && m.id === id && !('method' in m));
  }

  diagnostics(uri: string): Promise<NotificationMessage> {
    return this.when<NotificationMessage>((m) => isDiagnosticsOf(m, uri));
  }

  kill(): void {
    this.process.kill();
  }
}

function isDiagnosticsOf(m: Message, uri: string): boolean {
  return 'method' in m && m.method === 'textDocument/publishDiagnostics' && (m as NotificationMessage).params !== undefined && ((m as NotificationMessage).params as { uri: string }).uri === uri;
}

const read = (name: string) => fs.readFileSync(path.join(REPRO, name));

/** The text a didOpen of the reproducer carries for this URI. */
function openedText(bytes: Buffer, uri: string): string {
  const bodies = bytes.toString('utf8').split(/Content-Length: \d+\r\n\r\n/).filter((b) => b.startsWith('{'));
  return bodies.map((b) => JSON.parse(b)).find((m) => m.method === 'textDocument/didOpen' && m.params.textDocument.uri === uri).params.textDocument.text;
}

describe('language-server reproducers (../shared/repro/*.lsp)', function () {
  this.timeout(20000);

  describe('lsp-bad-content-length.lsp: a broken frame ends the connection instead of hanging', () => {
    const bytes = read('lsp-bad-content-length.lsp');
    const BROKEN = 'Content-Length: abc\r\n\r\n{}';
    assert.ok(bytes.includes(BROKEN), 'the reproducer still holds its broken frame');
    const variants: Record<string, string> = {
      'not a number': BROKEN,
      negative: 'Content-Length: -2\r\n\r\n{}',
      missing: 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}',
      'shorter than the body': 'Content-Length: 1\r\n\r\n{}',
      '2^40': `Content-Length: ${2 ** 40}\r\n\r\n{}`,
      'no end of header': `Content-Length: 2\r\n${'X-Padding: x\r\n'.repeat(400)}`,
    };
    for (const [name, frame] of Object.entries(variants)) {
      it(`Content-Length ${name}: answers what came before, logs the error, exits`, async () => {
        const raw = new RawServer(Buffer.from(bytes.toString('latin1').replace(BROKEN, frame), 'latin1'));
        try {
          assert.ok('result' in (await raw.response(1)), 'initialize, framed before the error, is answered');
          assert.equal(await raw.exited, 1);
          assert.match(raw.stderr, /^xxgk 语言服务器：收到的消息帧格式错误（.+）.*malformed message frame/);
          assert.equal(raw.messages.some((m) => 'id' in m && m.id === 2), false, 'nothing after the broken frame is read');
        } finally {
          raw.kill();
        }
      });
    }
  });

  for (const [name, bad] of [['lsp-didopen-text-null.lsp', 'file:///rpt/null.txt'], ['lsp-didopen-without-version.lsp', 'untitled:Untitled-1']]) {
    it(`${name}: the malformed document is ignored, the good one is checked and answered`, async () => {
      const bytes = read(name);
      const good = 'file:///rpt/good.txt';
      const raw = new RawServer(bytes);
      try {
        // Line 40 of the good report is blank: no hover, and no error (the poisoned server answered -32603).
        const hover = await raw.response(2);
        assert.deepEqual([hover.error, hover.result], [undefined, null]);
        const published = (await raw.diagnostics(good)).params as { diagnostics: { code: string; message: string }[] };
        const text = openedText(bytes, good);
        assert.deepEqual(published.diagnostics.map((d) => [d.code, d.message]), check(parse(text)).map((d) => [d.code, d.message]));
        assert.equal(raw.messages.some((m) => isDiagnosticsOf(m, bad)), false);
      } finally {
        raw.kill();
      }
    });
  }
});
