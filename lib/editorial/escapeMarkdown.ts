/**
 * Writes a line of raw text so that Markdown reads back exactly those characters: every
 * character CommonMark could take for syntax is backslash-escaped. Inline: escapes, code,
 * emphasis, links and images, raw HTML, comments and autolinks, entities. At the start of a
 * line: headings, quotes, list markers, thematic breaks, fences, setext underlines.
 */
const INLINE = /[\\`*_[\]<>&]/g;
const LINE_START = /^[#>+\-=~]/;
const ORDERED_LIST = /^(\d{1,9})([.)])/;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (char) => `\\${char}`)
    .replace(LINE_START, (char) => `\\${char}`)
    .replace(ORDERED_LIST, '$1\\$2');
}
