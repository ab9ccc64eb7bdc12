// A minimal LSP client, as an editor speaks to dist/server.js over stdio (or node IPC).
import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter,
  type CancellationToken, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const server = path.join(__dirname, '..', '..', 'dist', 'server.js');

export interface ClientOptions {
  transport?: 'stdio' | 'ipc';
  /** xxgk.locale, as an initialization option. */
  locale?: string;
  /** The editor's display language (InitializeParams.locale). */
  displayLanguage?: string;
  initializationOptions?: object;
  /** Answers workspace/configuration for the section xxgk; without it the client cannot be asked. */
  settings?: object;
  workspaceFolders?: string[];
  /** Options for the server's node, such as --expose-gc. */
  nodeOptions?: string[];
  /** Another build of the server (the bench compares with one). */
  serverPath?: string;
}

export class Client {
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  /** What workspace/configuration answers; change it, then send workspace/didChangeConfiguration. */
  settings: object | undefined;
  private readonly process: ChildProcess;
  private readonly waiting: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

  constructor(private readonly options: ClientOptions = {}) {
    this.settings = options.settings;
    if (options.transport === 'ipc') {
      this.process = fork(options.serverPath ?? server, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: options.nodeOptions });
      this.connection = createProtocolConnection(new IPCMessageReader(this.process), new IPCMessageWriter(this.process));
    } else {
      this.process = spawn(process.execPath, [...(options.nodeOptions ?? []), options.serverPath ?? server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
      this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    }
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      for (const w of this.waiting.filter((x) => x.test(p))) {
        this.waiting.splice(this.waiting.indexOf(w), 1);
        w.resolve(p);
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings ?? {}));
    this.connection.listen();
  }

  async initialize(): Promise<void> {
    const { locale, displayLanguage, initializationOptions = {}, settings, workspaceFolders } = this.options;
    await this.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: null, locale: displayLanguage,
      workspaceFolders: workspaceFolders ? workspaceFolders.map((f) => ({ uri: pathToFileURL(f).toString(), name: path.basename(f) })) : null,
      capabilities: {
        textDocument: { publishDiagnostics: { versionSupport: true } },
        workspace: { configuration: settings !== undefined, workspaceFolders: workspaceFolders !== undefined },
      },
      initializationOptions: { locale, ...initializationOptions },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the first publication, past or future, that passes the test. */
  diagnosticsWhen(test: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const done = this.published.find(test);
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => this.waiting.push({ test, resolve }));
  }

  /** Resolves with the next publication for the document, after the ones already received. */
  next(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const since = this.published.length;
    return this.diagnosticsWhen((p) => this.published.indexOf(p) >= since && p.uri === uri && test(p));
  }

  /** Resolves with the diagnostics published for exactly this version of the document. */
  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnosticsWhen((p) => p.uri === uri && p.version === version);
  }

  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xxgk-report', version: 1, text } });
    return this.diagnostics(uri, 1);
  }

  /** Replaces the whole text, as version `version`. */
  async change(uri: string, version: number, text: string): Promise<PublishDiagnosticsParams> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return this.diagnostics(uri, version);
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: object, token?: CancellationToken): Promise<R> {
    // Only a token given: an undefined last argument would be sent as a second parameter.
    return (token ? this.connection.sendRequest(method, params, token) : this.connection.sendRequest(method, params)) as Promise<R>;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
    this.process.kill();
  }
}
