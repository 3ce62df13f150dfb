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

/**
 * A `YYYY-MM-DD` date in the Hijri calendar of Umm al-Qura, written for the UI's locale with
 * Western digits ("3 ذو الحجة 1446 هـ", "Dhuʻl-Hijjah 3, 1446 AH"); UTC, as formatDate.
 */
export function formatHijri(locale: string, isoDate: string): string {
  return new Intl.DateTimeFormat(locale, {
    calendar: 'islamic-umalqura',
    dateStyle: 'long',
    numberingSystem: 'latn',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
