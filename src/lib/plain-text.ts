/**
 * Characters that no field or body of the record may hold, and the helpers
 * that keep them out of every way text leaves it (files written by the ingest
 * command, terminal output, feeds, the calendar, the spreadsheet).
 *
 * - Control characters: C0 except tab and line feed (a carriage return only
 *   as part of a CRLF line end), DEL and C1. They are invisible, ESC starts
 *   terminal escape sequences, and XML 1.0 forbids most of them, so one of
 *   them makes a feed unreadable.
 * - Bidirectional formatting (U+202A–U+202E embeddings and overrides,
 *   U+2066–U+2069 isolates): they make text display in another order than it
 *   reads ("Trojan Source", CVE-2021-42574).
 * - U+FFFE, U+FFFF and lone surrogates: not characters at all; XML refuses them.
 */

const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NAMES: Record<number, string> = {
  0x00: 'NULL', 0x07: 'BELL', 0x08: 'BACKSPACE', 0x0b: 'VERTICAL TAB', 0x0c: 'FORM FEED', 0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE', 0x7f: 'DELETE', 0x85: 'NEXT LINE',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** The unwanted characters in `text`, with their offsets. */
export function findControls(text: string): { index: number; char: string }[] {
  return [...text.matchAll(UNWANTED)].map((m) => ({ index: m.index, char: m[0] }));
}

/**
 * `text` without unwanted characters; line ends become `\n`.
 * @example stripControls('Talks\u001b[31m in \u202eGeneva\r\n') // 'Talks[31m in Geneva\n'
 */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNWANTED, '');
}

/** Whether `text` holds an unwanted character. */
export function hasControls(text: string): boolean {
  UNWANTED.lastIndex = 0;
  const found = UNWANTED.test(text);
  UNWANTED.lastIndex = 0;
  return found;
}

/**
 * A character as an editor can find it: its code point and, for the usual ones, its name.
 * @example describeChar('\u001b') // 'U+001B ESCAPE'
 */
export function describeChar(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code] ?? (code >= 0xd800 && code <= 0xdfff ? 'half of a surrogate pair' : code >= 0x80 && code <= 0x9f ? 'a C1 control character' : code < 0x20 ? 'a control character' : undefined);
  return name ? `${hex} ${name}` : hex;
}

/**
 * Text that is safe to print in a terminal: unwanted characters are shown as
 * escapes (`\u001b`) instead of acting on the screen.
 * @example terminalSafe('x\u001b[2Jy') // 'x\\u001b[2Jy'
 */
export function terminalSafe(text: string): string {
  return text.replace(UNWANTED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Every string in a plain value (objects and arrays, at any depth) passed through `fn`;
 * other values (numbers, dates, …) are kept as they are.
 * @example mapStrings({ title: 'a', tags: ['b'], day: new Date(0) }, (s) => s.toUpperCase()) // { title: 'A', tags: ['B'], day: Date }
 */
export function mapStrings<T>(value: T, fn: (text: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)])) as T;
  }
  return value;
}

/**
 * A spreadsheet cell that no spreadsheet runs as a formula (OWASP, "CSV Injection"): a value
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return (or their full-width forms)
 * gets a leading `'`, which spreadsheets show as text and do not evaluate.
 * @example spreadsheetSafe('=HYPERLINK("http://x")') // '\'=HYPERLINK("http://x")'
 */
export function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r＝＋－＠]/.test(cell) ? `'${cell}` : cell;
}
