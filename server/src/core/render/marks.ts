// Which diagnostic belongs to which cell, label, heading or sentence of the rendered report.
// A diagnostic on exactly a cell's digits marks that cell; a preferred fix that rewrites a cell
// marks that cell with the text it should hold (the culprit of a failing sum, or the total itself);
// what is left on a line marks the line's label or heading; what no element takes is listed.
import type { Diagnostic, Severity } from '../check';
import type { TextEdit } from '../text';

export interface Mark {
  diagnostics: Diagnostic[];
  /** The text the cell should hold, from a preferred fix that rewrites exactly this cell. */
  should?: string;
  severity: Severity;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function worst(diagnostics: Diagnostic[]): Severity {
  return diagnostics.reduce<Severity>((s, d) => (RANK[d.severity] < RANK[s] ? d.severity : s), 'hint');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class Marks {
  private readonly byLine = new Map<number, Diagnostic[]>();
  private readonly rewrites = new Map<number, { diagnostic: Diagnostic; edit: TextEdit }[]>();
  private readonly placed = new Set<Diagnostic>();

  constructor(private readonly all: Diagnostic[]) {
    for (const d of all) {
      push(this.byLine, d.range.start.line, d);
      const preferred = d.fixes.find((f) => f.preferred);
      for (const edit of preferred?.edits ?? []) {
        const { start, end } = edit.range;
        // A replacement rewrites a cell; an insertion fills a blank one (at the empty cell's place).
        if (start.line === end.line && (start.character < end.character || edit.newText !== '')) push(this.rewrites, start.line, { diagnostic: d, edit });
      }
    }
  }

  /**
   * The diagnostics on exactly this span of a line, and those whose preferred fix rewrites it
   * (or fills it, for an empty cell), but for `except` (a finding about the whole row).
   */
  at(line: number, start: number, end: number, except?: Diagnostic): Mark | undefined {
    // Most cells of a review page stand on lines without a finding: nothing to gather.
    if (!this.byLine.has(line) && !this.rewrites.has(line)) return undefined;
    const own = (this.byLine.get(line) ?? []).filter((d) => d.range.start.character === start && d.range.end.character === end && d.range.end.line === line);
    const rewrites = (this.rewrites.get(line) ?? []).filter((r) => r.diagnostic !== except && r.edit.range.start.character === start && r.edit.range.end.character === end);
    const diagnostics = [...own, ...rewrites.map((r) => r.diagnostic).filter((d) => !own.includes(d))];
    if (diagnostics.length === 0) return undefined;
    diagnostics.forEach((d) => this.placed.add(d));
    return { diagnostics, should: rewrites[0]?.edit.newText, severity: worst(diagnostics) };
  }

  /** The diagnostics of a line that no element has taken yet, optionally only those of some codes. */
  rest(line: number, codes?: string[]): Mark | undefined {
    const onLine = this.byLine.get(line);
    if (onLine === undefined) return undefined;
    const diagnostics = onLine.filter((d) => !this.placed.has(d) && (!codes || codes.includes(d.code)));
    if (diagnostics.length === 0) return undefined;
    diagnostics.forEach((d) => this.placed.add(d));
    return { diagnostics, severity: worst(diagnostics) };
  }

  /** The first diagnostic on lines [from, to] that the test accepts, without taking it. */
  find(from: number, to: number, test: (d: Diagnostic) => boolean): Diagnostic | undefined {
    for (let line = from; line <= to; line++) {
      const found = this.byLine.get(line)?.find((d) => !this.placed.has(d) && test(d));
      if (found) return found;
    }
    return undefined;
  }

  take(diagnostic: Diagnostic): Mark {
    this.placed.add(diagnostic);
    return { diagnostics: [diagnostic], severity: diagnostic.severity };
  }

  /** Spans of one line with a diagnostic on them (narrative figures), in order, without overlaps. */
  spans(line: number, length: number): { start: number; end: number; diagnostic: Diagnostic }[] {
    const found = (this.byLine.get(line) ?? [])
      .filter((d) => !this.placed.has(d) && d.range.end.line === line && d.range.start.character < d.range.end.character && d.range.end.character <= length)
      .sort((a, b) => a.range.start.character - b.range.start.character);
    const result: { start: number; end: number; diagnostic: Diagnostic }[] = [];
    for (const d of found) {
      if (result.length > 0 && d.range.start.character < result[result.length - 1].end) continue;
      this.placed.add(d);
      result.push({ start: d.range.start.character, end: d.range.end.character, diagnostic: d });
    }
    return result;
  }

  unplaced(): Diagnostic[] {
    return this.all.filter((d) => !this.placed.has(d));
  }
}
