import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = { title: 'الصفحة غير موجودة · Page not found' };

// Reached only by URLs outside any locale (the proxy sends the rest to a localized 404),
// so it speaks both languages.
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body className="mx-auto max-w-3xl px-4 pt-16">
        <main>
          <h1 className="text-3xl font-bold">الصفحة غير موجودة</h1>
          <p className="mt-4">
            <a href="/ar" className="text-accent underline">
              العودة إلى المكتبة
            </a>
          </p>
          <div lang="en" dir="ltr" className="mt-12 border-t border-rule pt-6">
            <p className="text-2xl font-bold">Page not found</p>
            <p className="mt-4">
              <a href="/en" className="text-accent underline">
                Back to the library
              </a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
