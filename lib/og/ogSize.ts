/** The size Open Graph and X cards expect of a large image. */
export const OG_SIZE = { width: 1200, height: 630 };
