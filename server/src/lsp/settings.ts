// The `xxgk.*` settings, with their defaults.
import type { Code, Severity } from '../core';

export interface Settings {
  enable: boolean;
  severity: Partial<Record<Code, Severity | 'off'>>;
  maxDiagnostics: number;
  debounceMs: number;
}

export const defaults: Settings = { enable: true, severity: {}, maxDiagnostics: 500, debounceMs: 50 };

export function readSettings(raw: unknown): Settings {
  const value = (raw ?? {}) as Partial<Settings>;
  return {
    enable: value.enable ?? defaults.enable,
    severity: value.severity ?? defaults.severity,
    maxDiagnostics: value.maxDiagnostics ?? defaults.maxDiagnostics,
    debounceMs: value.debounceMs ?? defaults.debounceMs,
  };
}
