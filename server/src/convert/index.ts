// The conversion layer: a PDF, Word or web-page file in, the report text the checker reads out.
// Pure (bytes in, text out), never throws, never hangs; each format's reader is loaded only when
// a file of that format is converted, so the check of a text report never pays for them.
import type { Bilingual } from '../core/statute/types';
import { refusals } from './refusals';

export type SourceKind = 'pdf' | 'docx' | 'html';

export interface Converted {
  kind: SourceKind;
  text: string;
  /** 1-based page of each line of `text` (PDF only). */
  pages?: number[];
}

/** Why a file could not be converted, and what to do: Chinese first. */
export interface Refusal {
  problem: Bilingual;
}

/** Above this a file is refused at once: no report is that large, and reading one would stall the editor. */
export const MAX_BYTES = 64 * 1024 * 1024;

const KINDS: Record<string, SourceKind | 'doc'> = { pdf: 'pdf', docx: 'docx', html: 'html', htm: 'html', doc: 'doc' };

/** The kind of a file by its extension (case-insensitive); `doc` is Word 97, which is refused with advice. */
export function convertibleKind(fileName: string): SourceKind | 'doc' | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : KINDS[fileName.slice(dot + 1).toLowerCase()];
}

/** A file the converters read: a PDF, .docx or web page (a .doc is refused at once, with advice). */
export function isConvertible(fileName: string): boolean {
  const kind = convertibleKind(fileName);
  return kind !== undefined && kind !== 'doc';
}

/** A file that is report text itself, read through its encoding: .txt or .md (case-insensitive). */
export function isTextReport(fileName: string): boolean {
  return /\.(txt|md)$/i.test(fileName);
}

export function isRefusal(result: Converted | Refusal): result is Refusal {
  return 'problem' in result;
}

const readers: Record<SourceKind, () => Promise<{ read(bytes: Uint8Array): Promise<Converted | Refusal> }>> = {
  pdf: () => import('./pdf.js'),
  docx: () => import('./docx.js'),
  html: () => import('./html.js'),
};

/** The report text of a PDF, .docx or .html file, or why it cannot be had. */
export async function convert(bytes: Uint8Array, fileName: string): Promise<Converted | Refusal> {
  const kind = convertibleKind(fileName);
  if (kind === undefined) return refusals.unknownKind(fileName);
  if (kind === 'doc') return refusals.wordDoc;
  if (bytes.length > MAX_BYTES) return refusals.tooLarge(bytes.length);
  try {
    return await (await readers[kind]()).read(bytes);
  } catch (error) {
    return refusals.unreadable(kind, error);
  }
}
