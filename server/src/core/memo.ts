// Values computed once and asked for again: per object (a table of the report being checked) while
// that object is in use, per statutory table for as long as the process runs, and per text where
// texts repeat from report to report (labels).
//
// Per object of a report, not a WeakMap: V8's young-generation GC keeps a WeakMap's values alive until the next
// full GC, and with them every table (and its report's text) checked since, which made the CLI spend
// a fifth of a run copying them. A few recent objects are enough for one report's checks.

/** How many tables' values are kept: more than the tables of one report. */
export const RECENT_TABLES = 8;
/**
 * A report's values are asked for while that report is checked: one is kept. Keeping eight held
 * the whole model of the last eight reports alive, and V8's young-generation GC copied them again
 * and again (10,000 reports: 1.64 s of scavenges, 0.33 s with one).
 */
export const RECENT_REPORTS = 1;

export function memoOfRecent<K extends object, V>(size: number, make: (key: K) => V): (key: K) => V {
  const keys: (K | undefined)[] = Array(size).fill(undefined);
  const values: (V | undefined)[] = Array(size).fill(undefined);
  let next = 0;
  return (key) => {
    for (let i = 0; i < size; i++) if (keys[i] === key) return values[i]!;
    const value = make(key);
    [keys[next], values[next]] = [key, value];
    next = (next + 1) % size;
    return value;
  };
}

/**
 * Per object that lives as long as the process (a statutory table's index): values the statute
 * gives, made once. A WeakMap is right here, unlike for the objects of one report above.
 */
export function memoOfStatute<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) values.set(key, (value = make(key)));
    return value;
  };
}

/** Texts kept at most: a run of many reports keeps no more. */
const MAX_TEXTS = 4096;
/** Longer texts are prose, not labels: they do not repeat. */
const MAX_TEXT_LENGTH = 200;

export function memoOfText<V>(make: (text: string) => V): (text: string) => V {
  const cache = new Map<string, V>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = make(text);
      if (cache.size >= MAX_TEXTS) cache.clear();
      if (text.length <= MAX_TEXT_LENGTH) cache.set(text, value);
    }
    return value;
  };
}
