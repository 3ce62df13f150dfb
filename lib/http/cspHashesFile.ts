import path from 'node:path';

/** Each prerendered page's inline-script hashes, kept in its build directory (scripts/buildCspHashes.ts). */
export const cspHashesFile = (distDir: string) => path.join(distDir, 'csp-hashes.json');
