// What arrives over the wire is checked before it reaches a document or a handler: a malformed
// notification is dropped for its own document alone (an open document whose text can no longer
// be known is closed on the server's side), a malformed request is answered with InvalidParams.
// Nothing malformed is kept, so nothing malformed can poison the analysis of another document.
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isUri = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function isPosition(v: unknown): boolean {
  return isObject(v) && isCount(v.line) && isCount(v.character);
}

function isRange(v: unknown): boolean {
  return isObject(v) && isPosition(v.start) && isPosition(v.end);
}

/** The document's URI, when the params name one. */
function uriOf(params: unknown): string | undefined {
  const document = isObject(params) ? params.textDocument : undefined;
  return isObject(document) && isUri(document.uri) ? document.uri : undefined;
}

/** Why a didOpen cannot be kept, or undefined when it can. */
function badOpen(params: unknown): string | undefined {
  const item = isObject(params) ? params.textDocument : undefined;
  if (!isObject(item) || !isUri(item.uri)) return 'no document URI';
  if (typeof item.text !== 'string') return 'its text is not a string';
  if (!Number.isSafeInteger(item.version)) return 'no integer version';
  if (typeof item.languageId !== 'string') return 'no language id';
  return undefined;
}

function isChange(change: unknown): boolean {
  return isObject(change) && typeof change.text === 'string' && (change.range === undefined || isRange(change.range))
    && (change.rangeLength === undefined || isCount(change.rangeLength));
}

/** Why a didChange cannot be applied, or undefined when it can. */
function badChange(params: unknown): string | undefined {
  const changes = isObject(params) ? params.contentChanges : undefined;
  if (!Number.isSafeInteger((params as { textDocument: Json }).textDocument.version)) return 'no integer version';
  if (!Array.isArray(changes) || !changes.every(isChange)) return 'a change that is not { range?, text }';
  return undefined;
}

type Handler = (params: never, ...rest: never[]) => unknown;
type Register = (handler: Handler) => unknown;
/** The notifications TextDocuments.listen registers, each needing a document URI at least. */
const SYNC = ['onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidCloseTextDocument', 'onWillSaveTextDocument', 'onWillSaveTextDocumentWaitUntil', 'onDidSaveTextDocument'] as const;

/**
 * The connection as TextDocuments should listen to it: each document notification checked first.
 * `warn` tells the client's log what was dropped.
 */
export function guardedSync(connection: Connection, warn: (message: string) => void): Connection {
  let closeDocument: ((params: { textDocument: { uri: string } }) => void) | undefined;
  const guard = (method: (typeof SYNC)[number], handler: Handler): Handler => (params, ...rest) => {
    const uri = uriOf(params);
    const why = method === 'onDidOpenTextDocument' ? badOpen(params)
      : uri === undefined ? 'no document URI'
        : method === 'onDidChangeTextDocument' ? badChange(params)
          : undefined;
    if (why === undefined) return handler(params, ...rest);
    warn(`xxgk: ${method.slice(2)} ignored (${why})${uri ? `; ${uri} is closed until the editor opens it again` : ''}`);
    if (uri) closeDocument?.({ textDocument: { uri } });
    return method === 'onWillSaveTextDocumentWaitUntil' ? [] : undefined;
  };
  return new Proxy(connection, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (!(SYNC as readonly (string | symbol)[]).includes(name)) return value;
      const method = name as (typeof SYNC)[number];
      return (handler: Handler) => {
        if (method === 'onDidCloseTextDocument') closeDocument = handler as typeof closeDocument;
        return (value as Register).call(target, guard(method, handler));
      };
    },
  });
}

/** Throws InvalidParams unless the request names a document and carries a well-formed position or range where it needs one. */
export function checkRequest(params: unknown, needs?: 'position' | 'range'): void {
  const valid = uriOf(params) !== undefined
    && (needs !== 'position' || isPosition((params as Json).position))
    && (needs !== 'range' || isRange((params as Json).range));
  if (!valid) throw new ResponseError(ErrorCodes.InvalidParams, 'xxgk: the request needs textDocument.uri and well-formed positions');
}
