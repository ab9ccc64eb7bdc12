// Exact figures. A count may have any number of digits and an amount any number of decimals, so a
// figure is held as a BigInt of units of 10^−scale, one scale for a whole table; binary floats
// would misread sums past 2^53 and print 1e+21 into a cell.
import type { ValueCell } from './model';
import { isDigits } from './text';

/** What a diagnostic reports as expected or actual: a JSON number where it is exact, else the decimal string. */
export type Figure = number | string;

const TEN = 10n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/** At most 15 digits after an optional sign (/^[+-]?\d{1,15}$/), which a double holds exactly: asked of nearly every cell. */
function isPlain(text: string): boolean {
  const signed = text.charCodeAt(0) === 43 || text.charCodeAt(0) === 45;
  return text.length <= (signed ? 16 : 15) && isDigits(signed ? text.slice(1) : text);
}

/** The sign, whole part and fraction a value cell writes (thousands separators and a unit after it aside). */
function digitsOf(text: string): { negative: boolean; whole: string; fraction: string } | undefined {
  let i = 0;
  let negative = false;
  if (text[0] === '+' || text[0] === '-' || text[0] === '－' || text[0] === '＋') {
    negative = text[0] === '-' || text[0] === '－';
    i = 1;
  }
  let whole = '';
  let fraction = '';
  let inFraction = false;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      const digit = String.fromCharCode(code >= 0xff10 ? code - 0xfee0 : code);
      if (inFraction) fraction += digit;
      else whole += digit;
    } else if ((code === 46 || code === 0xff0e) && !inFraction) inFraction = true;
    else if ((code === 44 || code === 0xff0c) && !inFraction) continue;
    else break;
  }
  return whole === '' && fraction === '' ? undefined : { negative, whole: whole || '0', fraction };
}

/** The decimals a value cell writes. */
export function decimalsOf(cell: ValueCell): number {
  // Digits alone (nearly every cell) write none: no need to take the text apart.
  if (cell.value === undefined || isDigits(cell.text)) return 0;
  return digitsOf(cell.text)?.fraction.length ?? 0;
}

function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}

/** A value cell's figure in units of 10^−scale; undefined when it holds no number, or more decimals than the scale. */
export function unitsOf(cell: ValueCell, scale: number): bigint | undefined {
  if (cell.value === undefined) return undefined;
  if (scale === 0 && Number.isSafeInteger(cell.value) && isPlain(cell.text)) return BigInt(cell.value);
  const digits = digitsOf(cell.text) ?? (Number.isFinite(cell.value) ? digitsOf(String(cell.value)) : undefined);
  if (!digits || digits.fraction.length > scale) return undefined;
  const units = BigInt(digits.whole + digits.fraction.padEnd(scale, '0'));
  return digits.negative ? -units : units;
}

/** A figure as a cell writes it: plain digits, never an exponent; no trailing zeros after the point. */
export function formatUnits(units: bigint, scale: number): string {
  if (scale === 0) return units.toString();
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return (negative ? '-' : '') + whole + (fraction ? '.' + fraction : '');
}

/** A figure for JSON: a number where the number is the same figure, else its exact decimal string. */
export function figureOf(units: bigint, scale: number): Figure {
  // A whole figure within 2^53, as nearly all are, is its number: no text made to compare.
  if (scale === 0 && units <= MAX_SAFE && units >= -MAX_SAFE) return Number(units);
  const text = formatUnits(units, scale);
  const number = Number(text);
  return String(number) === text ? number : text;
}

/** Whether the figure is a whole number. */
export function isWhole(units: bigint, scale: number): boolean {
  return scale === 0 || units % pow10(scale) === 0n;
}

/** Units of a whole number at a scale. */
export function wholeUnits(value: bigint, scale: number): bigint {
  return scale === 0 ? value : value * pow10(scale);
}
