/**
 * Id of the deck built from the article, installed with the app. In its own module so the app can
 * name the deck without bundling the knowledge base (which ships as a deck file instead).
 */
export const BUILT_IN_DECK_ID = 'back-channel-diplomacy';
