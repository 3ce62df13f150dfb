// The W3C Web Annotation vocabulary Qari writes and accepts: apart from the annotation's helpers
// (annotation.ts, in the reader's bundle) and its schema (annotationFile.ts, zod, the highlights
// page only), which both need it and must not need each other at run time.

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** What a FragmentSelector's value conforms to: an element's id in the page's address. */
export const RFC3986 = 'http://tools.ietf.org/rfc/rfc3986';
