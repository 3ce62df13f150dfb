// fontverter ships no types: the one call Qari makes (lib/og/ogImage.ts).
declare module 'fontverter' {
  export function convert(font: Buffer, format: 'truetype' | 'woff' | 'woff2' | 'sfnt'): Promise<Buffer>;
}
