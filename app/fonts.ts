import localFont from 'next/font/local';

// Self-hosted from @fontsource-variable so builds and pages never touch the network.
// Fontsource splits Noto Naskh Arabic by script: the Arabic file has no digits, Latin
// punctuation or quotes, so a Latin face follows it in the stack. The Arabic face gets no
// metric fallback of its own, or that fallback (a Latin serif) would catch "5%" and "2035"
// before the Latin Naskh face could.
export const naskhArabic = localFont({
  src: [
    {
      path: '../node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
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
      path: '../node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-latin-wght-normal.woff2',
      weight: '400 700',
    },
  ],
  variable: '--font-naskh-latin',
  display: 'swap',
  adjustFontFallback: 'Times New Roman',
  fallback: ['serif'],
});
