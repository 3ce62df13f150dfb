import type { Messages } from 'next-intl';

/** The UI's words for search, handed over by the server; `count` ("Results: {count}") is filled in by the island. */
export type SearchLabels = Messages['Search'];
