/** The attribute that marks a server-HTML region, named by its kind. */
export const REGION_ATTRIBUTE = 'data-server-html';

/** Finds a region in this page or in a fetched copy of it. */
export function regionSelector(kind: string): string {
  return `[${REGION_ATTRIBUTE}="${kind}"]`;
}

/** Fired on `document` when a region's HTML was replaced, so observers find the new elements. */
export const SERVER_HTML_REPLACED = 'qari:server-html-replaced';
