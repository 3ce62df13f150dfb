/** The public origin for canonical and alternate links; set SITE_URL when deploying. */
export const SITE_URL = new URL(process.env.SITE_URL ?? 'http://localhost:3000');
