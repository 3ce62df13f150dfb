const SECTION_HEADING = /^##\s.*\{#([^}]*)\}\s*$/;

/**
 * The section headings of a content file's text (`## … {#id}`), read as lines: each id with
 * its line (1-based), in file order. For findings that must name a line the parsed article
 * no longer carries.
 */
export function headingLines(text: string): { id: string; line: number }[] {
  return text.split('\n').flatMap((line, index) => {
    const id = SECTION_HEADING.exec(line)?.[1];
    return id ? [{ id, line: index + 1 }] : [];
  });
}
