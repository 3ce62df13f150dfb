/**
 * A `YYYY-MM-DD` date written for the UI's locale, with Latin digits as every number in Qari
 * ("29 نوفمبر 2026", "29 November 2026"). UTC, so the day never shifts with the server's zone.
 */
export function formatDate(locale: string, isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', numberingSystem: 'latn', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
