'use client';

import { useRouter } from 'next/navigation';
import { startTransition } from 'react';
import { LiveStatus, useContentChanges } from '@/components/site/ContentLiveReload';
import { useUiStrings } from '@/components/site/UiStrings';
import { isContentError } from '@/lib/content/ContentError';

/**
 * In development a content error (file:line: reason) lands here instead of a blank page,
 * and the page recovers by itself once the file is fixed and saved.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const strings = useUiStrings();
  const router = useRouter();
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  // Once the file is saved again, a full reload also clears Next's dev overlay.
  const connected = useContentChanges(() => window.location.reload());
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 pt-16">
      <h1 className="text-3xl font-bold">{strings.errorTitle}</h1>
      {isContentError(error) && (
        <>
          <p className="mt-4 text-lg">{strings.contentError}</p>
          <pre
            lang="en"
            dir="ltr"
            className="mt-4 overflow-x-auto rounded-md border border-rule bg-card p-4 text-sm whitespace-pre-wrap"
          >
            {error.message}
          </pre>
        </>
      )}
      <LiveStatus connected={connected} label={strings.livePreview} dismiss={strings.dismissLivePreview} />
      <button type="button" onClick={retry} className="mt-8 rounded-md border border-rule px-4 py-2">
        {strings.retry}
      </button>
    </main>
  );
}
