/**
 * Words and phrases a student may write in place of the ones the cards use. Each set means one thing
 * in this article's context; the first phrase is the one the cards use. Inflected forms need no entry
 * (Polish answers are compared by stems), nor do term aliases (they live with the definitions).
 */
export const SYNONYMS: { pl: string[][]; en: string[][] } = {
  pl: [
    ['nuklearna', 'atomowa', 'jądrowa'],
    ['tajne', 'sekretne', 'zakulisowe'],
    ['Stany Zjednoczone Ameryki', 'Stany Zjednoczone', 'USA', 'US', 'Ameryka'],
    ['Związek Radziecki', 'ZSRR', 'Związek Sowiecki'],
    ['Organizacja Wyzwolenia Palestyny', 'OWP', 'PLO'],
    ['Republika Południowej Afryki', 'RPA', 'Afryka Południowa'],
    ['Afrykański Kongres Narodowy', 'ANC'],
    ['Komitet Bezpieczeństwa Państwowego', 'KGB'],
    ['Departament Stanu', 'Departament Stanu USA', 'State Department'],
    ['Biały Dom', 'White House'],
    ['Back Channel Diplomacy', 'BCD', 'back channel', 'backchannel', 'tylny kanał', 'kanał zwrotny', 'dyplomacja kanału zwrotnego', 'dyplomacja tylnego kanału'],
    ['Track II', 'Track Two', 'Track 2', 'druga ścieżka', 'dyplomacja drugiej ścieżki', 'druga ścieżka dyplomacji', 'dyplomacja drugiego kanału', 'Second Track Diplomacy', 'Track II Diplomacy'],
    ['Track One', 'Track I', 'Track 1', 'pierwsza ścieżka', 'dyplomacja pierwszej ścieżki', 'pierwsza ścieżka dyplomacji', 'dyplomacja tradycyjna', 'tradycyjna dyplomacja'],
    ['porozumienie', 'układ', 'umowa'],
    ['negocjacje', 'rozmowy', 'pertraktacje'],
    ['emisariuszy', 'wysłanników'],
    ['zdradę', 'zdradę sojuszników'],
  ],
  en: [
    ['nuclear', 'atomic'],
    ['secret', 'covert', 'clandestine'],
    ['United States', 'US', 'USA', 'U.S.', 'America', 'the States'],
    ['Soviet Union', 'USSR', 'the Soviets'],
    ['Palestine Liberation Organization', 'Palestine Liberation Organisation', 'PLO'],
    ['South Africa', 'RSA', 'Republic of South Africa'],
    ['African National Congress', 'ANC'],
    ['State Department', 'Department of State'],
    ['Back Channel Diplomacy', 'BCD', 'back channel', 'backchannel', 'back-channel diplomacy', 'side channel'],
    ['Track II', 'Track Two', 'Track 2', 'second track', 'second-track diplomacy', 'Track II Diplomacy', 'Track Two Diplomacy'],
    ['Track One', 'Track I', 'Track 1', 'first track', 'first-track diplomacy', 'traditional diplomacy', 'official diplomacy'],
    ['accord', 'agreement', 'accords'],
    ['negotiations', 'talks'],
    ['emissaries', 'envoys'],
    ['authorisation', 'authorization', 'approval'],
    ['organisation', 'organization'],
  ],
};
