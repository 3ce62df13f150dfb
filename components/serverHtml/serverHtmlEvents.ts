/** Fired on `document` when a region's HTML was replaced, so observers find the new elements. */
export const SERVER_HTML_REPLACED = 'qari:server-html-replaced';
