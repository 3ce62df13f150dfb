import localFont from 'next/font/local';

// Self-hosted, so builds and pages never touch the network: app/fonts/ holds Noto Naskh Arabic
// from @fontsource-variable, subset by `npm run fonts:subset` to what Arabic news text needs.
// Fontsource splits Noto Naskh Arabic by script: the Arabic file has no digits, Latin
// punctuation or quotes, so a Latin face follows it in the stack. The Arabic face gets no
// metric fallback of its own, or that fallback (a Latin serif) would catch "5%" and "2035"
// before the Latin Naskh face could.
export const naskhArabic = localFont({
  src: [
    {
      path: './fonts/naskh-arabic.woff2',
      weight: '400 700',
    },
  ],
  variable: '--font-naskh-arabic',
  display: 'swap',
  adjustFontFallback: false,
  fallback: [],
});

export const naskhLatin = localFont({
  src: [
    {
      path: './fonts/naskh-latin.woff2',
      weight: '400 700',
    },
  ],
  variable: '--font-naskh-latin',
  display: 'swap',
  // Only the Arabic face is preloaded: the first screen is Arabic text, and two preloads compete
  // with the stylesheet for the first round trips (bench: applied LCP −4 %, simulated −5 %).
  preload: false,
  adjustFontFallback: 'Times New Roman',
  fallback: ['serif'],
});

/** The faces' CSS variables, for <html> (the faces a reader may choose instead: lib/fonts/readerFaces.ts). */
export const fontVariables = `${naskhArabic.variable} ${naskhLatin.variable}`;
