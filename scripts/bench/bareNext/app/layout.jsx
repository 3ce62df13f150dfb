// The framework's floor for `npm run bench`: a bare Next.js App Router page of the same article,
// built with the same Next version, no fonts, no client components, no i18n.
export const metadata = { title: 'bare Next.js' };

export default function RootLayout({ children }) {
  return (
    <html lang="ar" dir="rtl">
      <body>{children}</body>
    </html>
  );
}
