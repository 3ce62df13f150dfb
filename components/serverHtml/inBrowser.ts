import type { ServerHtml } from './serverHtmlTypes';

/** The browser keeps the server's HTML for these parts and never renders them itself. */
export const serverHtml: ServerHtml | null = null;
