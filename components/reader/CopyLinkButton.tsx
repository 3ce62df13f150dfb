'use client';

import { useState } from 'react';

interface Props {
  sectionId: string;
  label: string;
  copied: string;
}

/** Copies the section's own address (with its #id) and says so politely to screen readers. */
export function CopyLinkButton({ sectionId, label, copied }: Props) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    const { origin, pathname } = window.location;
    await navigator.clipboard.writeText(`${origin}${pathname}#${sectionId}`);
    setDone(true);
    window.setTimeout(() => setDone(false), 2500);
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={copy} aria-label={label} title={label}>
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1 1M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1-1" />
        </svg>
      </button>
      <span role="status">{done ? copied : ''}</span>
    </span>
  );
}
