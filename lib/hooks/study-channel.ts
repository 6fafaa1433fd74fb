'use client';
/**
 * Study across browser tabs. Each tab has an id kept in sessionStorage (it survives a reload of that
 * tab, and no other tab has it), so undo takes back only that tab's answers; tabs tell one another
 * which card they answered, so a card answered in one tab leaves the other's queue at once.
 */

const CHANNEL = 'dyplomacja-study';
const TAB_KEY = 'dyplomacja:tab-id';

export type StudyMessage =
  | { type: 'answered'; cardId: string; factId: string; tabId: string }
  /** A tab announcing its id; a tab with the same id (a duplicated tab copies sessionStorage) answers. */
  | { type: 'hello'; tabId: string }
  | { type: 'id-taken'; tabId: string };

function randomTabId(): string {
  return crypto.randomUUID();
}

let tabId: string | undefined;

/** This tab's id, made on first use. */
export function currentTabId(): string {
  if (tabId) return tabId;
  try {
    tabId = sessionStorage.getItem(TAB_KEY) ?? undefined;
    if (!tabId) {
      tabId = randomTabId();
      sessionStorage.setItem(TAB_KEY, tabId);
    }
  } catch {
    // Storage refused: an id for this page's life still keeps tabs apart.
    tabId ??= randomTabId();
  }
  return tabId;
}

function renewTabId(): void {
  tabId = randomTabId();
  try {
    sessionStorage.setItem(TAB_KEY, tabId);
  } catch {
    // Kept in memory only.
  }
}

/**
 * Opens the study channel: `onAnswered` hears the cards other tabs answered. Returns a function to
 * post this tab's answers and one to close. Without BroadcastChannel (very old browsers) tabs simply
 * don't hear each other; the answer's own check in storage still refuses a stale answer.
 */
export function openStudyChannel(onAnswered: (message: Extract<StudyMessage, { type: 'answered' }>) => void) {
  if (typeof BroadcastChannel === 'undefined') return { announceAnswer: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<StudyMessage>) => {
    const message = event.data;
    if (message.type === 'answered' && message.tabId !== currentTabId()) onAnswered(message);
    if (message.type === 'hello' && message.tabId === currentTabId()) channel.postMessage({ type: 'id-taken', tabId: message.tabId } satisfies StudyMessage);
    if (message.type === 'id-taken' && message.tabId === currentTabId()) renewTabId();
  };
  channel.postMessage({ type: 'hello', tabId: currentTabId() } satisfies StudyMessage);
  return {
    announceAnswer: (cardId: string, factId: string) => channel.postMessage({ type: 'answered', cardId, factId, tabId: currentTabId() } satisfies StudyMessage),
    close: () => channel.close(),
  };
}
