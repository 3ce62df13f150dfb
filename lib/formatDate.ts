/**
 * A `YYYY-MM-DD` date written for the UI's locale, with Latin digits as every number in Qari
 * ("29 نوفمبر 2026", "29 November 2026"). UTC, so the day never shifts with the server's zone.
 */
export function formatDate(locale: string, isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', numberingSystem: 'latn', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/**
 * A moment (ISO 8601) written for the UI's locale, to the minute, in UTC and saying so ("7
 * December 2026 at 09:30 UTC"): a correction's time means the same wherever it is read.
 */
export function formatDateTime(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
    numberingSystem: 'latn',
    timeZone: 'UTC',
  })
    .format(new Date(iso))
    .concat(' UTC');
}
