/** The UI's words for search, gathered on the server (components/search/SiteSearch.tsx). */
export interface SearchLabels {
  name: string;
  label: string;
  placeholder: string;
  noScript: string;
  searching: string;
  /** "Results: {count}", the count written in by the island. */
  count: string;
  none: string;
  unavailable: string;
  lead: string;
  shortcut: string;
}
