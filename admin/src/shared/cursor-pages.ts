import { useState } from 'react';

/**
 * Pages of a Relay connection walked forward and back: the cursors of the pages seen so far (the first page's is
 * null). `reset` goes back to the first page (when a filter changes).
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1],
    /** 1 for the first page. */
    page: cursors.length,
    next: (endCursor: string) => setCursors((seen) => [...seen, endCursor]),
    previous: () => setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)),
    reset: () => setCursors([null]),
  };
}
