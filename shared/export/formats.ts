/** The files an export is written as, with the content type each is sent with. */
export const EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;

/** `csv` or `xlsx`. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Whether a value names an export format. */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.hasOwn(EXPORT_FORMATS, value);
}
