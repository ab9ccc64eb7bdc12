// Files read in a given order, the next ones asked for while one is awaited: the threads that
// convert PDFs work on them meanwhile, and each file is still taken in its place in the order, so
// what a run does with it does not depend on which finished first.
import type { Source, Unread } from './files';

export interface InOrder {
  /** The next file's source, in the order given; asked once per file. */
  next(): Promise<Source | Unread>;
}

/** At most `ahead` files asked for at a time, the one awaited included; the first ones at once. */
export function readInOrder(files: readonly string[], read: (file: string) => Promise<Source | Unread>, ahead: number): InOrder {
  const pending: Promise<Source | Unread>[] = [];
  let asked = 0;
  const ask = () => {
    while (asked < files.length && pending.length < ahead) pending.push(read(files[asked++]));
  };
  ask();
  return {
    async next() {
      const source = await pending.shift()!;
      ask();
      return source;
    },
  };
}
