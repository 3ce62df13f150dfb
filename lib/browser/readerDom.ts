/**
 * The reader's DOM hooks: the class names the server components give the article's parts, which
 * client code finds them by (listen, glossary, tashkeel, keeping the reader's place, sharing a
 * passage, copying a section's link) and the stylesheet styles. Declared once, used by both sides.
 */
export const READER_CLASS = {
  /** The <div> around every section of the article. */
  body: 'article-body',
  headline: 'article-headline',
  sectionTitle: 'section-title',
  /** The lead's heading: the UI's word for "Introduction", not the article's. */
  leadTitle: 'lead-title',
  paragraph: 'reader-p',
  /** An English summary (the article's or a section's), in its card. */
  summary: 'section-summary summary-card',
  /** The line being read aloud. */
  speaking: 'is-speaking',
} as const;

const C = READER_CLASS;
/** `a b` → `.a.b`: a selector for an element carrying every class of a READER_CLASS value. */
const all = (classes: string) => classes.replace(/(^|\s+)/g, '.');

/** Selectors for the parts above, written from READER_CLASS only. */
export const READER_SELECTOR = {
  /** The article's sections, the lead first. */
  sections: `.${C.body} section[id]`,
  paragraphs: `.${C.body} .${C.paragraph}`,
  /** Within a section. */
  paragraph: `.${C.paragraph}`,
  /** An English summary's card. */
  summary: all(C.summary),
  englishSummaryLines: `${all(C.summary)}[lang="en"] :is(h3, p)`,
  summaryParagraphs: `${all(C.summary)} p`,
  /**
   * The Arabic that follows the tashkeel setting: headline, section headings (not the lead's)
   * and paragraphs. By class, which these elements have anyway: an attribute on each would weigh
   * on every page.
   */
  arabicText: `.${C.headline}, .${C.sectionTitle}:not(.${C.leadTitle}), .${C.paragraph}`,
} as const;

/** On each section's copy-link button: the section's id. */
export const COPY_LINK_ATTRIBUTE = 'data-copy-link';
