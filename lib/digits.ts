/**
 * Numbers as the reader reads them: the interface writes every number with Western digits
 * (lib/formatNumber.ts, lib/formatDate.ts) and, beside it, the same text in Eastern Arabic
 * digits (٠–٩, with ٫ ٬ ٪ where those digits are used); CSS shows the one the reader chose
 * (`data-digits` on <html>, set before the first paint). Browser-safe: islands use it too.
 */
const EASTERN = '٠١٢٣٤٥٦٧٨٩';

/** `text` with Eastern Arabic digits, and the decimal point, thousands separator and percent sign that go with them. */
export function easternDigits(text: string): string {
  return text
    .replace(/(?<=\d)\.(?=\d)/g, '٫')
    .replace(/(?<=\d),(?=\d{3})/g, '٬')
    .replace(/(?<=\d)\s?%/g, '٪')
    .replace(/\d/g, (digit) => EASTERN[Number(digit)]!);
}

/** Whether `text` has a digit to write either way. */
export const hasDigits = (text: string) => /\d/.test(text);
