/** Shows a post's front matter date the way a reader expects it, in the writer's language. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FORMAT = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

/** `2024-05-01` -> `May 1, 2024` (in the system's language); anything else is shown as the writer typed it. */
export function formatPostDate(date: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  const value = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(value.getTime()) ? date : FORMAT.format(value);
}
