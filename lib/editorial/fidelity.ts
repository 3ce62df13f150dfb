import { LEAD_ID, type Article } from '../content/schema';

/**
 * Checks that an English summary says no more than its Arabic: every number it mentions occurs
 * in the Arabic it summarises, it is not longer than that Arabic, and (a note, not a warning)
 * the Latin-script names the Arabic uses appear in it. A reader who cannot check the Arabic
 * believes the English; these catch the slips a tired editor makes ("6%" for "5%").
 */
export interface FidelityFinding {
  level: 'warning' | 'note';
  /** The section the finding is about; `summary` for the article summary. */
  section: string;
  line: number;
  message: string;
}

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as ASCII; the Arabic decimal and thousands marks. */
function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(/\u066a/g, '%');
}

/** A number as written and its value: "5%", "3.5", "1,000" → "1000", "5 per cent" → "5%". */
interface Mention {
  written: string;
  value: string;
}

// Digits, with thousands groups or a decimal part; then an optional percent in any spelling. Not
// after a Latin letter (G7), but after an Arabic one: و, ب, ل attach to the number (و2035).
const NUMBER = /(?<![A-Za-z\d.,])(\d+(?:[.,]\d+)*)(\s*(?:%|per\s?cent\b|percent\b))?/giu;

function numberValue(digits: string): string {
  const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits) ? digits.replace(/,/g, '') : digits.replace(',', '.');
  return String(Number(plain));
}

export function numbersIn(text: string): Mention[] {
  return [...asciiDigits(text).matchAll(NUMBER)].map(([, digits = '', percent]) => ({
    written: `${digits}${percent ? '%' : ''}`,
    value: numberValue(digits),
  }));
}

// A Latin-script name inside Arabic: two or more letters, digits, dots or hyphens (DIANA, F-35).
const LATIN_NAME = /(?<![\p{L}\d])[A-Za-z][A-Za-z0-9.&-]*[A-Za-z0-9](?![\p{L}\d])/gu;

function latinNames(arabic: string): string[] {
  return [...new Set(arabic.match(LATIN_NAME) ?? [])];
}

/** What one stretch of English is checked against, and where its lines are. */
interface Pair {
  section: string;
  arabic: string;
  /** The summary's title (heading text without the `{#id}`) and paragraphs, each with its line. */
  english: { text: string; line: number; title: boolean }[];
  /** Where the length and name findings point: the summary heading (or the file's first line). */
  line: number;
}

/** What is checked of an article: its summary's and each section's English, with their lines from the parse. */
function pairs(article: Article): Pair[] {
  const out: Pair[] = [];
  const lead = article.sections.find((s) => s.id === LEAD_ID);
  const paragraphs = (texts: string[], lines: number[]) =>
    texts.map((text, i) => ({ text, line: lines[i]!, title: false }));
  if (article.summary) {
    out.push({
      section: 'summary',
      arabic: [article.headline.ar, ...(lead?.paragraphs ?? [])].join('\n'),
      english: paragraphs(article.summary, article.summaryLines),
      line: article.summaryLines[0] ?? 1,
    });
  }
  for (const section of article.sections) {
    const { summary } = section;
    if (!summary) continue;
    out.push({
      section: section.id,
      // The Arabic it summarises is the section's text: its heading is summarised by the title,
      // which is not counted either (counting the heading let a summary run past its paragraph).
      arabic: section.paragraphs.join('\n'),
      english: [
        { text: summary.title, line: summary.lines.heading, title: true },
        ...paragraphs(summary.paragraphs, summary.lines.paragraphs),
      ],
      line: summary.lines.heading,
    });
  }
  return out;
}

const chars = (text: string) => text.replace(/\s+/g, '').length;

export function fidelityFindings(article: Article): FidelityFinding[] {
  const findings: FidelityFinding[] = [];
  for (const pair of pairs(article)) {
    const arabicNumbers = numbersIn(pair.arabic);
    const values = new Set(arabicNumbers.map((n) => n.value));
    const has = arabicNumbers.length ? [...new Set(arabicNumbers.map((n) => n.written))].join(', ') : 'no numbers';
    const where = pair.section === 'summary' ? 'the article summary' : `section "${pair.section}"`;
    for (const { text, line } of pair.english) {
      for (const number of numbersIn(text)) {
        if (values.has(number.value)) continue;
        findings.push({
          level: 'warning',
          section: pair.section,
          line,
          message: `${where}: the summary mentions ${number.written}, the Arabic has ${has}`,
        });
      }
    }
    const englishBody = pair.english.filter((l) => !l.title);
    const englishLength = chars(englishBody.map((l) => l.text).join(' '));
    const arabicLength = chars(pair.arabic);
    if (englishLength > arabicLength) {
      findings.push({
        level: 'warning',
        section: pair.section,
        line: pair.line,
        message: `${where}: the summary (${englishLength} characters) is longer than the Arabic it summarises (${arabicLength})`,
      });
    }
    const english = pair.english
      .map((l) => l.text)
      .join(' ')
      .toLowerCase();
    for (const name of latinNames(pair.arabic)) {
      if (english.includes(name.toLowerCase())) continue;
      findings.push({
        level: 'note',
        section: pair.section,
        line: pair.line,
        message: `${where}: the Arabic names "${name}", the summary does not`,
      });
    }
  }
  return findings;
}
