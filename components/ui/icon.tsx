import type { RouteIcon } from '@/components/layout/routes';

const PATHS: Record<RouteIcon, string> = {
  home: 'M3 11.5 12 4l9 7.5V20a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z',
  study: 'M4 5h11a3 3 0 0 1 3 3v11H7a3 3 0 0 1-3-3zM8 9h6M8 13h6M18 8h2v13H8',
  test: 'M9 4h6v3H9zM7 5H5v16h14V5h-2M8 12l2 2 5-5M8 17h8',
  decks: 'M4 7h12v13H4zM8 4h12v13',
  reader: 'M12 6c-2-1.5-5-2-8-2v14c3 0 6 .5 8 2 2-1.5 5-2 8-2V4c-3 0-6 .5-8 2zm0 0v14',
  stats: 'M4 20h16M7 16v-5M12 16V6M17 16v-8',
  settings:
    'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zm8 3-2-.6-.6-1.5 1-1.8-1.5-1.5-1.8 1-1.5-.6L13 4h-2l-.6 2-1.5.6-1.8-1-1.5 1.5 1 1.8-.6 1.5L4 11v2l2 .6.6 1.5-1 1.8 1.5 1.5 1.8-1 1.5.6.6 2h2l.6-2 1.5-.6 1.8 1 1.5-1.5-1-1.8.6-1.5 2-.6z',
};

/** A line icon; decorative, so screen readers skip it and read the link text instead. */
export function Icon({ name }: { name: RouteIcon }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24" fill="none"
      stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
