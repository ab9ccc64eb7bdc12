// How far a long run has got, on one line of the terminal: a reviewer's folder of PDFs converts at
// about half a second a file, and a run that says nothing for minutes looks hung. A short run shows
// nothing; the line is redrawn a few times a second at most, and erased before anything else is said.

/** A run shorter than this shows no line. */
const QUIET_MS = 1000;
/** The line is redrawn at most this often. */
const EVERY_MS = 250;
const ERASE = '\r\x1b[K';

export interface Progress {
  /** `text`: where the run is, e.g. 正在读取：已转换 12/300 个 PDF、Word 或网页文件. */
  step(text: string): void;
  /** Erases the line, if shown, so that a message or the end of the run starts a clean line. */
  clear(): void;
}

export function progressLine(write: (text: string) => void, now: () => number = Date.now): Progress {
  const started = now();
  let drawnAt = -Infinity;
  let shown = false;
  return {
    step(text) {
      const time = now();
      if (time - started < QUIET_MS || time - drawnAt < EVERY_MS) return;
      write(`${ERASE}${text}`);
      drawnAt = time;
      shown = true;
    },
    clear() {
      if (shown) write(ERASE);
      shown = false;
    },
  };
}
