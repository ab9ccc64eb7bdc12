// The LSP base protocol's framing, checked before vscode-jsonrpc reads it. That reader waits
// forever after a bad header (a Content-Length that is no number, negative, missing, or 2^40), so
// the server would neither answer nor exit. Here a frame that breaks the rules ends the connection
// with one line on stderr: the editor sees the server exit and can start it again.
import { Transform, type TransformCallback } from 'node:stream';

/** Larger than any report an editor would send (the CLI reads files up to 256 MB). */
const MAX_CONTENT_LENGTH = 512 * 1024 * 1024;
/** A header block is a line or two; one this long has lost its blank line, or is a body. */
const MAX_HEADER_BYTES = 4096;
const HEADER_END = Buffer.from('\r\n\r\n');
const FIELD = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;

export class FramingError extends Error {}

/** The Content-Length of one header block (without its final blank line), or a FramingError. */
function contentLength(header: string): number {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const field = FIELD.exec(line);
    if (!field) throw new FramingError(`header line ${JSON.stringify(line.slice(0, 80))} is not "Name: value"`);
    if (field[1].toLowerCase() !== 'content-length') continue;
    if (!/^\d+$/.test(field[2])) throw new FramingError(`Content-Length ${JSON.stringify(field[2].slice(0, 80))} is not a length`);
    length = Number(field[2]);
    if (length > MAX_CONTENT_LENGTH) throw new FramingError(`Content-Length ${length} exceeds ${MAX_CONTENT_LENGTH}`);
  }
  if (length === undefined) throw new FramingError('a header without Content-Length');
  return length;
}

/**
 * Passes well-framed bytes through unchanged; at the first framing error it passes nothing more
 * and calls `failed` once. A body shorter than its Content-Length says shows up here too: the
 * rest of it is read where the next header should be.
 */
export class FrameChecker extends Transform {
  private header = Buffer.alloc(0);
  /** Bytes of the current body still to come; none while reading a header. */
  private bodyLeft = 0;
  private broken = false;

  constructor(private readonly failed: (error: FramingError) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.consume(chunk);
    } catch (error) {
      if (!(error instanceof FramingError)) throw error;
      this.broken = true;
      this.failed(error);
    }
    done();
  }

  private consume(chunk: Buffer): void {
    let at = 0;
    while (!this.broken && at < chunk.length) {
      if (this.bodyLeft > 0) {
        const end = Math.min(chunk.length, at + this.bodyLeft);
        this.push(chunk.subarray(at, end));
        this.bodyLeft -= end - at;
        at = end;
        continue;
      }
      // A header: gather bytes until its blank line (which may straddle two chunks).
      const seen = this.header.length;
      this.header = Buffer.concat([this.header, chunk.subarray(at, at + MAX_HEADER_BYTES + HEADER_END.length)]);
      const end = this.header.indexOf(HEADER_END, Math.max(0, seen - HEADER_END.length + 1));
      if (end < 0) {
        if (this.header.length > MAX_HEADER_BYTES) throw new FramingError(`no end of header within ${MAX_HEADER_BYTES} bytes`);
        at = chunk.length;
        continue;
      }
      const headerBytes = end + HEADER_END.length;
      this.bodyLeft = contentLength(this.header.subarray(0, end).toString('ascii'));
      this.push(this.header.subarray(0, headerBytes));
      at += headerBytes - seen;
      this.header = Buffer.alloc(0);
    }
  }
}
