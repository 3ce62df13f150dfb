import { notFound } from 'next/navigation';

// Any other path under a locale renders that locale's not-found page with status 404.
export default function CatchAll() {
  notFound();
}
