// TEMPORARY stub of helper conv's interface, so the CLI builds until conv's convert/ lands on main.
import type { Bilingual } from '../core/statute/types';

export type SourceKind = 'pdf' | 'docx' | 'html';
export interface Converted { kind: SourceKind; text: string; pages?: number[] }
export interface Refusal { problem: Bilingual }

const KINDS: Record<string, SourceKind | 'doc'> = { pdf: 'pdf', docx: 'docx', html: 'html', htm: 'html', doc: 'doc' };

export function convertibleKind(fileName: string): SourceKind | 'doc' | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : KINDS[fileName.slice(dot + 1).toLowerCase()];
}

export function isRefusal(result: Converted | Refusal): result is Refusal {
  return 'problem' in result;
}

export async function convert(_bytes: Uint8Array, fileName: string): Promise<Converted | Refusal> {
  return { problem: { zh: `尚不能读取 ${fileName}。`, en: `Cannot read ${fileName} yet.` } };
}
