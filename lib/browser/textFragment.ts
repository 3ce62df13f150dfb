import 'client-only';
/** Words kept at each end of a long passage: enough to find it, short enough to share. */
const EDGE_WORDS = 4;

/** Percent-encodes a text directive's term: `-`, `,` and `&` have meanings there. */
function term(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * A link to a passage of a section: `<page>#<section>:~:text=<passage>`. Browsers with text
 * fragments (Chromium, Safari, Firefox 131+) scroll to the passage and highlight it; the others
 * go to the section. A long passage is named by its first and last words (`start,end`).
 */
export function passageHref(page: string, sectionId: string, passage: string): string {
  const words = passage.trim().split(/\s+/).filter(Boolean);
  const directive =
    words.length > EDGE_WORDS * 2 + 1
      ? `${term(words.slice(0, EDGE_WORDS).join(' '))},${term(words.slice(-EDGE_WORDS).join(' '))}`
      : term(words.join(' '));
  return `${page}#${sectionId}:~:text=${directive}`;
}
