// Converted text past what a run keeps in memory, kept in files of a temporary folder until the
// check takes it: converting a PDF again costs about a second, writing its text and reading it back
// a millisecond, and memory stays flat in the number of files. The folder goes when the run ends,
// also when it is interrupted (Ctrl-C, a kill): it holds the text of every file spilled.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { onEndingSignal } from './endingSignals';
import type { Source } from './files';

export interface Spill {
  /** Keeps the source, unless it cannot be written (a full disk): then `has` says no, and the file is converted again. */
  put(source: Source): void;
  has(file: string): boolean;
  /** The source kept for the file, once (its copy is removed); undefined where it cannot be read back. */
  take(file: string): Source | undefined;
  /** Removes the folder and whatever is left in it. */
  close(): void;
}

export function spillFolder(): Spill {
  let folder: string | undefined;
  let written = 0;
  const copies = new Map<string, string>();
  let release: (() => void) | undefined;
  const close = () => {
    release?.();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    folder = undefined;
    copies.clear();
  };
  return {
    put(source) {
      try {
        if (folder === undefined) {
          folder = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-lint-'));
          release = onEndingSignal(close);
        }
        const copy = path.join(folder, `${written++}.json`);
        fs.writeFileSync(copy, JSON.stringify(source));
        copies.set(source.path, copy);
      } catch {
        // Not kept: converted again.
      }
    },
    has: (file) => copies.has(file),
    take(file) {
      const copy = copies.get(file);
      if (copy === undefined) return undefined;
      copies.delete(file);
      try {
        return JSON.parse(fs.readFileSync(copy, 'utf8')) as Source;
      } catch {
        return undefined;
      } finally {
        fs.rmSync(copy, { force: true });
      }
    },
    close,
  };
}
