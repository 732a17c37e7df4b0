import { getMetadataStorage } from 'type-graphql';

/** Reads and writes one enum the way spreadsheets spell it: Chinese labels or the graph's names. */
export interface EnumLabels<T extends string> {
  /** The value a cell names, or null when it names none. */
  read(text: string): T | null;
  /** The Chinese label written to exported sheets, e.g. `运行中` for `OPERATING`. */
  label(value: T): string;
  /** What a cell may say, for error messages. */
  accepted: string;
}

const normalise = (text: string) => text.trim().replace(/\s+/g, '').toUpperCase();

/**
 * Labels come from the Chinese term that every enum value's GraphQL description already carries
 * (`'Operating (运行中)'`), so the import accepts exactly the vocabulary the graph documents;
 * `a/b` gives both `a` and `b`. `extra` adds spellings departments use beside the official one.
 */
export function enumLabels<T extends string>(
  enumObject: Record<string, T>,
  extra: Partial<Record<T, string[]>> = {},
): EnumLabels<T> {
  const metadata = getMetadataStorage().enums.find((entry) => entry.enumObj === enumObject);
  if (!metadata) throw new Error('enum is not registered with type-graphql');
  const byText = new Map<string, T>();
  const labels = new Map<T, string>();
  for (const value of Object.values(enumObject)) {
    const description = metadata.valuesConfig[value]?.description ?? '';
    const chinese = /\(([^()]+)\)\s*$/.exec(description)?.[1] ?? value;
    labels.set(value, chinese);
    const spellings = [value, chinese, ...chinese.split('/'), ...(extra[value] ?? [])];
    for (const spelling of spellings) byText.set(normalise(spelling), value);
  }
  return {
    read: (text) => byText.get(normalise(text)) ?? null,
    label: (value) => labels.get(value) ?? value,
    accepted: [...labels].map(([value, label]) => `${label} (${value})`).join(', '),
  };
}
