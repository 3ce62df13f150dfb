'use client';

import { useEffect } from 'react';
import { showTashkeel, writtenSelection } from '@/lib/tashkeel/tashkeelView';

const hidden = () => document.documentElement.dataset.tashkeel === 'off';

/**
 * Keeps an article opened within the app (no head script ran) as the reader wants it, and
 * copies the Arabic as written, tashkeel included, while it is hidden.
 */
export function TashkeelFollower() {
  useEffect(() => {
    if (hidden()) showTashkeel(false);
    const onCopy = (event: ClipboardEvent) => {
      const selection = window.getSelection();
      if (!hidden() || !selection || selection.isCollapsed || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', writtenSelection(selection));
      event.preventDefault();
    };
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, []);
  return null;
}
