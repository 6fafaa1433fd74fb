import type { Message } from '../message';
import type { ankiPl } from './anki.pl';

export const ankiEn: Readonly<Record<keyof typeof ankiPl, Message>> = {
  'anki.media.play': 'Play recording {name}',
  'anki.media.missing': 'File {name} is missing',
  'anki.error.not-a-zip': 'This is not an Anki package (.apkg or .colpkg): the file is not a zip archive.',
  'anki.error.truncated': 'The Anki package is incomplete or damaged (the file is cut off). Export it from Anki again.',
  'anki.error.too-large': 'Unpacked, the package is over the 200 MB limit. Split the deck into smaller ones in Anki.',
  'anki.error.unsupported-zip': 'This kind of zip archive (ZIP64 or unusual compression) is not supported.',
  'anki.error.no-collection': 'The archive holds no Anki collection (collection.anki2, .anki21 or .anki21b).',
  'anki.error.bad-collection': 'The Anki collection in the package cannot be read (damaged database).',
  'anki.error.bad-compression': 'Part of the package cannot be unpacked (damaged zstd data).',
  'anki.problem.empty-front': 'The note has an empty front',
  'anki.problem.empty-back': 'The note has an empty back',
  'anki.problem.unknown-note-type': 'Unknown note type',
  'anki.problem.too-long': 'The text is too long (5000 characters at most)',
  'anki.problem.invalid-note': 'The note cannot be imported',
  'anki.problem.media-missing': 'A media file is missing from the package',
  'anki.problem.media-type-refused': 'This kind of file is not accepted (e.g. SVG)',
  'anki.problem.media-map-unreadable': 'The list of media cannot be read',
  'anki.preview.media': { one: '{count} media file', other: '{count} media files' },
  'anki.preview.reviews': { one: '{count} past review', other: '{count} past reviews' },
  'anki.preview.suspended': { one: '{count} suspended card', other: '{count} suspended cards' },
  'anki.export.apkg': 'Anki package (.apkg)',
};
