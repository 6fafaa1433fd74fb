/**
 * The note types our .apkg export writes. The reader knows them by name and fields and maps the
 * fields straight back (Front/Back/Extra), so a deck survives export → import unchanged.
 */
export const ANKI_NOTE_TYPES = {
  basic: { id: 1733000000001, name: 'Basic (Dyplomacja)' },
  reverse: { id: 1733000000002, name: 'Basic and reversed card (Dyplomacja)' },
  cloze: { id: 1733000000003, name: 'Cloze (Dyplomacja)' },
} as const;

/** The fields of our Basic note types, in order. */
export const OUR_BASIC_FIELDS = ['Front', 'Back', 'Extra'] as const;
