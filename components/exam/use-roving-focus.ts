'use client';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/**
 * Roving focus over a list of buttons: one Tab stop for the whole list, arrow keys (and Home / End)
 * move between its items. `extraKeys` handles other keys (e.g. Escape) on any item.
 */
export function useRovingFocus(count: number, initial = 0, extraKeys?: (event: KeyboardEvent<HTMLElement>, index: number) => void) {
  const [active, setActive] = useState(initial);
  const items = useRef<(HTMLElement | null)[]>([]);
  const current = Math.min(Math.max(active, 0), Math.max(count - 1, 0));

  const focusAt = useCallback((index: number) => {
    setActive(index);
    items.current[index]?.focus();
  }, []);

  const bind = (index: number) => ({
    tabIndex: index === current ? 0 : -1,
    ref: (element: HTMLElement | null) => {
      items.current[index] = element;
    },
    onFocus: () => setActive(index),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      const next =
        event.key === 'ArrowDown' || event.key === 'ArrowRight'
          ? (index + 1) % count
          : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
            ? (index - 1 + count) % count
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? count - 1
                : null;
      if (next !== null) {
        event.preventDefault();
        focusAt(next);
        return;
      }
      extraKeys?.(event, index);
    },
  });

  return { bind, focusAt, active: current };
}
