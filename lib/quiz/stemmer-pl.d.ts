// The Polish stemmer of @nlpjs/lang-pl ships without types; only the method used here is declared.
declare module '@nlpjs/lang-pl/src/stemmer-pl' {
  export default class StemmerPl {
    stemWord(word: string): string;
  }
}
