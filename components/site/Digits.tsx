import { Children, type ReactNode } from 'react';
import { easternDigits, hasDigits } from '@/lib/digits';

/**
 * A text the interface wrote, with its numbers in both digit sets: CSS shows the reader's
 * (`data-digits` on <html>, set before the first paint), so a cached page never flashes the
 * other. No hooks: server components and islands use it alike.
 */
export function Digits({ children }: { children: ReactNode }) {
  const text = Children.toArray(children).join('');
  if (!hasDigits(text)) return text;
  return (
    <>
      <span className="digits-latn">{text}</span>
      <span className="digits-arab">
        {/* Each number its own left-to-right isolate: Eastern digits are "Arabic numbers" to the
            bidi algorithm, and pull the spaces and commas between two of them right-to-left, so
            in English "May ١٦, ٢٠٢٥" would read "May ٢٠٢٥ ,١٦". */}
        {easternDigits(text)
          .split(/([٠-٩]+(?:[٫٬:/][٠-٩]+)*)/)
          .map((part, index) =>
            index % 2 ? (
              <span key={index} dir="ltr">
                {part}
              </span>
            ) : (
              part
            ),
          )}
      </span>
    </>
  );
}
