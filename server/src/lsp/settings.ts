// The `xxgk.*` settings, read defensively: a value of the wrong type falls back to its default.
import { codes, localeOf, type Code, type Locale, type Severity } from '../core';

/** xxgk.locale: Chinese unless asked otherwise; 'auto' follows the editor's display language. */
export type LocaleSetting = Locale | 'auto';
const LOCALES: readonly string[] = ['zh-CN', 'en', 'auto'];

export function resolveLocale(setting: LocaleSetting, displayLanguage: string | undefined): Locale {
  return setting === 'auto' ? localeOf(displayLanguage) : setting;
}

export function readLocale(value: unknown): LocaleSetting | undefined {
  return typeof value === 'string' && LOCALES.includes(value) ? value as LocaleSetting : undefined;
}

export interface Settings {
  enable: boolean;
  /** xxgk.severity.<code>: a severity, or 'off' to silence the code. */
  severity: Partial<Record<Code, Severity | 'off'>>;
  maxDiagnostics: number;
  /** Unset when the client does not say: then the initialization option decides. */
  locale?: LocaleSetting;
}

export const defaults: Settings = { enable: true, severity: {}, maxDiagnostics: 500 };

const LEVELS: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function readSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const given = (typeof value.severity === 'object' && value.severity !== null ? value.severity : {}) as Record<string, unknown>;
  const severity: Settings['severity'] = {};
  for (const code of codes) {
    const level = given[code];
    if (typeof level === 'string' && LEVELS.has(level)) severity[code] = level as Severity | 'off';
  }
  const max = value.maxDiagnostics;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : defaults.enable,
    severity,
    maxDiagnostics: typeof max === 'number' && max >= 1 ? Math.floor(max) : defaults.maxDiagnostics,
    locale: readLocale(value.locale),
  };
}
