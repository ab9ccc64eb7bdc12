// A minimal LSP client over stdio, as an editor speaks to dist/server.js.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';

export const server = path.join(__dirname, '..', '..', 'dist', 'server.js');

export class Client {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  private readonly waiting: { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly published: PublishDiagnosticsParams[] = [];

  constructor() {
    this.process = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      for (const w of this.waiting.filter((x) => x.uri === p.uri && x.version === p.version)) {
        this.waiting.splice(this.waiting.indexOf(w), 1);
        w.resolve(p);
      }
    });
    this.connection.onRequest('workspace/configuration', () => [{}]);
    this.connection.listen();
  }

  async initialize(locale: string, initializationOptions: object = {}): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: null, workspaceFolders: null, locale,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { locale, ...initializationOptions },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the diagnostics published for exactly this version of the document. */
  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    const done = this.published.find((p) => p.uri === uri && p.version === version);
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => this.waiting.push({ uri, version, resolve }));
  }

  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xxgk-report', version: 1, text } });
    return this.diagnostics(uri, 1);
  }

  async change(uri: string, version: number, text: string): Promise<PublishDiagnosticsParams> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return this.diagnostics(uri, version);
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
    this.process.kill();
  }
}
