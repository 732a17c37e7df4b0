/** Longest value of an ordinary text input (names, codes, references, addresses). */
export const SHORT_TEXT_MAX = 300;
/** Longest value of a free-text input (summaries, reasons, purposes). */
export const FREE_TEXT_MAX = 4000;

// C0 controls and DEL never belong in a name or code; free text may keep tab and line breaks.
// Matching control characters is the point of these expressions.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u001f\u007f]/u;
const CONTROL_IN_FREE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;
/* eslint-enable no-control-regex */
// Without the u flag a regular expression sees UTF-16 units, so a half of a pair shows alone.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** How an input string may look: ordinary text by default, free text where a field says so. */
export interface TextRule {
  /** Tab, line feed and carriage return allowed, and up to {@link FREE_TEXT_MAX} characters. */
  freeText?: boolean;
  /** A tighter length limit than the default of the kind. */
  maxLength?: number;
}

/**
 * What is wrong with an input string, or null when it can be stored: PostgreSQL refuses NUL
 * bytes and unpaired surrogates outright, and control characters in a name break every report
 * and spreadsheet that shows it.
 */
export function textProblem(value: string, rule: TextRule = {}): string | null {
  if (value.includes('\u0000')) return 'contains a NUL byte';
  if ((rule.freeText ? CONTROL_IN_FREE_TEXT : CONTROL).test(value)) {
    return rule.freeText
      ? 'contains a control character (only tab and line breaks are allowed)'
      : 'contains a control character';
  }
  if (LONE_SURROGATE.test(value)) return 'contains an unpaired surrogate: not valid Unicode text';
  const max = rule.maxLength ?? (rule.freeText ? FREE_TEXT_MAX : SHORT_TEXT_MAX);
  if (value.length > max) return `is ${value.length} characters long, at most ${max} allowed`;
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a hub id: a UUID in its canonical hyphenated form. */
export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value);
}
