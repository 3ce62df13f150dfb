/**
 * Latin digits in both UI languages: the article text itself writes "5%" and "2035", and an
 * explicit numbering system keeps the server's and the browser's output identical.
 */
export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).format(value);
}
