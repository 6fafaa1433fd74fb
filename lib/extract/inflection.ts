/**
 * Polish names change their endings (Chruszczow, Chruszczowa, Chruszczowem, Chruszczowowi). Two
 * forms are the same name when the Polish stemmer of @nlpjs/lang-pl gives them the same stem, or
 * when our surname rules strip them to the same base: the stemmer alone splits Kiszczak/Kiszczaka
 * and Nikita/Nikity, the rules alone do not know common nouns.
 */
import { StemmerPl } from '@nlpjs/lang-pl';

const stemmer = new StemmerPl();

// Case endings of Polish names, longest first; "'ego" for foreign names ("Kennedy'ego").
const ENDINGS = ['owie', 'owi', 'iego', 'iemu', 'iem', 'ami', 'ach', 'ego', 'emu', 'iej', 'em', 'om', 'ie', 'ą', 'ę', 'a', 'u', 'y', 'i'];

/** The base our surname rules give for one word (lower case). */
export function nameBase(word: string): string {
  let w = word.toLowerCase().replace(/['’](?:ego|emu|em|m|a|u|ie)$/u, '');
  for (const ending of ENDINGS) {
    if (w.length - ending.length >= 4 && w.endsWith(ending)) {
      w = w.slice(0, -ending.length);
      break;
    }
  }
  // Foreign accents are dropped (Ramón, Ramonem), then the mobile e of Polish (Aleksander, Aleksandra).
  return w.normalize('NFKD').replace(/\p{M}/gu, '').replace(/e([^aeiouy])$/u, '$1');
}

/** Whether two words are forms of the same Polish name. */
export function sameNameWord(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (nameBase(x) === nameBase(y)) return true;
  return stemmer.stemWord(x) === stemmer.stemWord(y) && Math.abs(x.length - y.length) <= 3;
}

/** A word's base for grouping: our rules (the stemmer is used pairwise in `sameNameWord`). */
export function wordKey(word: string, polish: boolean): string {
  return polish ? nameBase(word) : word.toLowerCase();
}
