import type { BcdFact } from '../fact-type';

/**
 * Cards a teacher adds to the article's own claims: comparisons (BCD and Track II, Track I and
 * Track II), classification of the cases ("BCD or Track II?"), why-questions and the links between
 * an advantage and the drawback that comes with it. Each rests on the passages it cites; none adds
 * facts from outside the article.
 */
export const TEACHER_CARDS: BcdFact[] = [
  // ------------------------------------------------------------------ comparisons
  {
    id: 'bcd-compare-bcd-track-two',
    kind: 'concept',
    topic: 'theory',
    source: { section: 'introduction', footnotes: [5, 7] },
    pl: {
      statement:
        'BCD to dyskretny kanał między rządami lub ich przedstawicielami, z pominięciem ambasad; drugą ścieżkę tworzą natomiast osoby spoza oficjalnej dyplomacji: naukowcy, byli urzędnicy i przedstawiciele społeczeństwa obywatelskiego.',
      cloze: 'rządami lub ich przedstawicielami',
      clozeVariants: ['rządami', 'rządy lub ich przedstawiciele', 'przedstawicielami rządów'],
    },
    en: {
      statement:
        'BCD is a discreet channel between governments or their representatives that bypasses embassies, whereas Track II is carried by people outside official diplomacy: academics, former officials and civil-society representatives.',
      cloze: 'governments or their representatives',
      clozeVariants: ['governments', 'government representatives', 'governments and their representatives'],
    },
  },
  {
    id: 'bcd-compare-track-one-two',
    kind: 'concept',
    topic: 'theory',
    source: { section: 'introduction', footnotes: [6] },
    pl: {
      statement:
        'Pierwsza ścieżka to formalne działania urzędników, z oficjalną postawą i groźbą użycia siły w tle; druga odwołuje się do emocji i dobrej woli, nie może więc pierwszej zastąpić, tylko ją uzupełnia.',
      cloze: 'uzupełnia',
      clozeVariants: ['uzupełniać', 'ją uzupełnia', 'uzupełnieniem'],
      swaps: [{ text: 'uzupełnia', alternatives: ['zastępuje'] }],
    },
    en: {
      statement:
        'Track I is the formal work of officials, with an official stance and the threat of force behind it; Track II appeals to emotions and goodwill, so it cannot replace Track I but only complements it.',
      cloze: 'complements',
      clozeVariants: ['complement', 'supplements', 'complements it'],
      swaps: [{ text: 'complements', alternatives: ['supersedes'] }],
    },
  },
  {
    id: 'bcd-compare-common-ground',
    kind: 'concept',
    topic: 'conclusion',
    source: { section: 'conclusion', footnotes: [20] },
    pl: {
      statement:
        'BCD i drugą ścieżkę łączy to, że są nieoficjalne, uzupełniają tradycyjną dyplomację i nie dają wiarygodnych gwarancji utrzymania ustaleń.',
      list: {
        prompt: 'Co łączy BCD i dyplomację drugiej ścieżki? Podaj dwie cechy wspólne.',
        stem: 'Cechą wspólną BCD i drugiej ścieżki jest:',
        items: ['nieoficjalny charakter rozmów', 'uzupełnianie tradycyjnej dyplomacji', 'brak wiarygodnych gwarancji utrzymania ustaleń'],
        ask: 2,
      },
    },
    en: {
      statement:
        'BCD and Track II have in common that they are unofficial, complement traditional diplomacy and give no credible guarantee that arrangements will hold.',
      list: {
        prompt: 'What do BCD and Track II diplomacy have in common? Name two shared features.',
        stem: 'A feature shared by BCD and Track II is:',
        items: ['the unofficial character of the talks', 'complementing traditional diplomacy', 'no credible guarantee that arrangements will hold'],
        ask: 2,
      },
    },
  },
  // --------------------------------------------------------------- classification
  {
    id: 'bcd-classify-bcd-examples',
    kind: 'concept',
    topic: 'theory',
    source: { section: 'history', footnotes: [12, 13, 15, 17] },
    distractorsFrom: ['bcd-classify-track-two-examples'],
    pl: {
      statement:
        'Jako przykłady BCD artykuł podaje kontakt Fomina ze Scalim, tajne negocjacje w Oslo, linię telefoniczną Kissinger–Rabin i rozmowy Coetsee z Mandelą.',
      list: {
        prompt: 'Podaj dwa przykłady Back Channel Diplomacy z części historycznej artykułu.',
        stem: 'Przykładem BCD (a nie drugiej ścieżki) jest:',
        items: [
          'kontakt Fomina ze Scalim w czasie kryzysu kubańskiego',
          'tajne negocjacje w Oslo między Izraelem a OWP',
          'prywatna linia telefoniczna Kissinger–Rabin',
          'rozmowy ministra Coetsee z uwięzionym Mandelą',
        ],
        ask: 2,
      },
    },
    en: {
      statement:
        'As examples of BCD the article gives Fomin’s contact with Scali, the secret negotiations in Oslo, the Kissinger–Rabin telephone line and Coetsee’s talks with Mandela.',
      list: {
        prompt: 'Give two examples of Back Channel Diplomacy from the history part of the article.',
        stem: 'An example of BCD (not of Track II) is:',
        items: [
          'Fomin’s contact with Scali during the Cuban missile crisis',
          'the secret negotiations in Oslo between Israel and the PLO',
          'the private Kissinger–Rabin telephone line',
          'Minister Coetsee’s talks with the imprisoned Mandela',
        ],
        ask: 2,
      },
    },
  },
  {
    id: 'bcd-classify-track-two-examples',
    kind: 'concept',
    topic: 'track-two-history',
    source: { section: 'history', footnotes: [19] },
    distractorsFrom: ['bcd-classify-bcd-examples'],
    pl: {
      statement:
        'Jako przykłady drugiej ścieżki artykuł podaje spotkanie w Dartmouth College, spotkania arabskich i izraelskich naukowców z lat 70., konferencje Amerykańskiej Akademii Sztuki i Nauki oraz konferencję Pugwash w sprawie Kaszmiru.',
      list: {
        prompt: 'Podaj dwa przykłady dyplomacji drugiej ścieżki z części historycznej artykułu.',
        stem: 'Przykładem drugiej ścieżki (a nie BCD) jest:',
        items: [
          'spotkanie nieoficjalnych delegacji w Dartmouth College',
          'spotkania arabskich i izraelskich naukowców w latach 70.',
          'konferencje Amerykańskiej Akademii Sztuki i Nauki od 1989 r.',
          'konferencja Pugwash w sprawie Kaszmiru',
        ],
        ask: 2,
      },
    },
    en: {
      statement:
        'As examples of Track II the article gives the Dartmouth College meeting, the meetings of Arab and Israeli scholars in the 1970s, the American Academy of Arts and Sciences conferences and the Pugwash conference on Kashmir.',
      list: {
        prompt: 'Give two examples of Track II diplomacy from the history part of the article.',
        stem: 'An example of Track II (not of BCD) is:',
        items: [
          'the meeting of unofficial delegations at Dartmouth College',
          'the meetings of Arab and Israeli scholars in the 1970s',
          'the American Academy of Arts and Sciences conferences from 1989',
          'the Pugwash conference on Kashmir',
        ],
        ask: 2,
      },
    },
  },
  {
    id: 'bcd-classify-fomin-scali',
    kind: 'concept',
    topic: 'cuban-missile-crisis',
    source: { section: 'history', footnotes: [12] },
    pl: {
      statement: 'Kontakt szefa stacji KGB Fomina z dziennikarzem Scalim, który przekazywał wiadomości Chruszczowa, to przykład BCD: tajnego kanału między stronami konfliktu.',
      cloze: 'BCD',
      clozeVariants: ['Back Channel Diplomacy', 'back channel', 'tylnego kanału'],
    },
    en: {
      statement: 'The KGB station chief Fomin’s contact with the journalist Scali, passing on Khrushchev’s messages, is an example of BCD: a secret channel between the parties to a conflict.',
      cloze: 'BCD',
      clozeVariants: ['Back Channel Diplomacy', 'back channel', 'back-channel diplomacy'],
    },
  },
  {
    id: 'bcd-classify-dartmouth',
    kind: 'concept',
    topic: 'track-two-history',
    source: { section: 'history', footnotes: [19] },
    pl: {
      statement: 'Spotkanie w Dartmouth College, na którym nieoficjalne delegacje naukowców i urzędników łagodziły kryzys po zestrzeleniu U-2, to przykład drugiej ścieżki.',
      cloze: 'drugiej ścieżki',
      clozeVariants: ['Track II', 'druga ścieżka', 'dyplomacji drugiej ścieżki'],
    },
    en: {
      statement: 'The Dartmouth College meeting, at which unofficial delegations of scholars and officials eased the crisis after the U-2 was shot down, is an example of Track II.',
      cloze: 'Track II',
      clozeVariants: ['Track Two', 'second-track diplomacy', 'Track II diplomacy'],
    },
  },
  {
    id: 'bcd-classify-kissinger-rabin',
    kind: 'concept',
    topic: 'white-house',
    source: { section: 'history', footnotes: [14, 15] },
    pl: {
      statement: 'Prywatna linia telefoniczna Kissinger–Rabin, omijająca Departament Stanu, to przykład BCD, po który chętnie sięgał Biały Dom.',
      cloze: 'BCD',
      clozeVariants: ['Back Channel Diplomacy', 'back channel', 'tylnego kanału'],
    },
    en: {
      statement: 'The private Kissinger–Rabin telephone line, which bypassed the State Department, is an example of the BCD that the White House readily used.',
      cloze: 'BCD',
      clozeVariants: ['Back Channel Diplomacy', 'back channel', 'back-channel diplomacy'],
    },
  },
  {
    id: 'bcd-classify-pugwash',
    kind: 'concept',
    topic: 'track-two-history',
    source: { section: 'history', footnotes: [19] },
    pl: {
      statement: 'Konferencja Pugwash, która zgromadziła Indie i Pakistan w sprawie Kaszmiru, to przykład drugiej ścieżki wykorzystującej naukę.',
      cloze: 'drugiej ścieżki',
      clozeVariants: ['Track II', 'druga ścieżka', 'dyplomacji drugiej ścieżki'],
    },
    en: {
      statement: 'The Pugwash conference that brought India and Pakistan together over Kashmir is an example of Track II drawing on science.',
      cloze: 'Track II',
      clozeVariants: ['Track Two', 'second-track diplomacy', 'Track II diplomacy'],
    },
  },
  {
    id: 'bcd-classify-oslo',
    kind: 'concept',
    topic: 'oslo',
    source: { section: 'history', footnotes: [13, 19] },
    pl: {
      statement:
        'Porozumienia z Oslo łączą obie formy: zaczęły się jako tajne negocjacje (BCD), a przygotowały je konferencje Amerykańskiej Akademii Sztuki i Nauki, czyli druga ścieżka.',
      cloze: 'tajne negocjacje',
      clozeVariants: ['tajnych negocjacji', 'negocjacje w tajemnicy'],
    },
    en: {
      statement:
        'The Oslo Accords combine both forms: they began as secret negotiations (BCD), and the American Academy of Arts and Sciences conferences, that is Track II, prepared the ground for them.',
      cloze: 'secret negotiations',
      clozeVariants: ['secret talks', 'negotiations in secret'],
    },
  },
  // ----------------------------------------------------------------- why-questions
  {
    id: 'bcd-why-officials-distrust',
    kind: 'concept',
    topic: 'track-two',
    source: { section: 'advantages-drawbacks', footnotes: [11] },
    pl: {
      statement: 'Urzędnicy państwowi i konwencjonalne kanały dyplomatyczne często nie ufają drugiej ścieżce, bo postrzegają ją jako naruszenie swojego autorytetu.',
      cloze: 'naruszenie swojego autorytetu',
      clozeVariants: ['naruszenie autorytetu', 'naruszenie ich autorytetu', 'zagrożenie dla autorytetu'],
    },
    en: {
      statement: 'State officials and conventional diplomatic channels often distrust Track II because they see it as encroaching on their authority.',
      cloze: 'encroaching on their authority',
      clozeVariants: ['encroaching on authority', 'a threat to their authority', 'undermining their authority'],
    },
  },
  {
    id: 'bcd-why-organisations-hesitate',
    kind: 'concept',
    topic: 'track-two',
    source: { section: 'advantages-drawbacks', footnotes: [11] },
    pl: {
      statement: 'Organizacje o ugruntowanej pozycji wahają się przed poparciem drugiej ścieżki, bo obawiają się odejścia od oficjalnej polityki.',
      cloze: 'odejścia od oficjalnej polityki',
      clozeVariants: ['odejścia od polityki oficjalnej', 'odejście od oficjalnej polityki'],
    },
    en: {
      statement: 'Well-established organisations hesitate to back Track II because they fear departing from official policy.',
      cloze: 'departing from official policy',
      clozeVariants: ['departure from official policy', 'leaving official policy'],
    },
  },
  {
    id: 'bcd-why-dismissed',
    kind: 'concept',
    topic: 'track-two',
    source: { section: 'advantages-drawbacks', footnotes: [11] },
    pl: {
      statement: 'Wysiłki drugiej ścieżki łatwo zlekceważyć jako błahe i nieistotne, bo brakuje jej oficjalnego statusu lub mandatu; przez to ma też ograniczony dostęp do zasobów.',
      cloze: 'oficjalnego statusu lub mandatu',
      clozeVariants: ['oficjalnego statusu', 'mandatu', 'statusu lub mandatu', 'oficjalnego mandatu'],
    },
    en: {
      statement: 'Track II efforts are easily dismissed as trivial and unimportant because it lacks official status or a mandate; for the same reason it has limited access to resources.',
      cloze: 'official status or a mandate',
      clozeVariants: ['official status', 'a mandate', 'official status or mandate', 'an official mandate'],
    },
  },
  {
    id: 'bcd-why-failure-hidden',
    kind: 'concept',
    topic: 'bcd-pros-cons',
    source: { section: 'introduction', footnotes: [2] },
    pl: {
      statement: 'Negocjacje tylnym kanałem pozwalają decydentom ryzykować, bo gdy się nie powiodą, opinia publiczna się o nich nie dowie, a politycy nie poniosą ich kosztów.',
      cloze: 'opinia publiczna się o nich nie dowie',
      clozeVariants: ['nie ujrzą światła dziennego', 'nikt się o nich nie dowie', 'pozostaną tajne'],
    },
    en: {
      statement: 'Back-channel negotiations let decision-makers take risks because, if they fail, the public never learns of them and politicians do not pay their cost.',
      cloze: 'the public never learns of them',
      clozeVariants: ['they never see the light of day', 'nobody learns of them', 'they stay secret'],
    },
  },
  // ------------------------------------------------------- advantage ↔ drawback
  {
    id: 'bcd-link-informality-guarantees',
    kind: 'concept',
    topic: 'bcd-pros-cons',
    source: { section: 'advantages-drawbacks', footnotes: [9] },
    pl: {
      statement: 'Nieformalny charakter BCD jest zaletą, ale ma swoją cenę: bez oficjalnych gwarancji każda ze stron może się wycofać z wcześniejszych ustaleń.',
      cloze: 'oficjalnych gwarancji',
      clozeVariants: ['gwarancji', 'oficjalnej gwarancji', 'gwarancji oficjalnych'],
    },
    en: {
      statement: 'The informal character of BCD is an advantage, but it has a price: without official guarantees either side can back out of earlier arrangements.',
      cloze: 'official guarantees',
      clozeVariants: ['guarantees', 'an official guarantee', 'official guarantee'],
    },
  },
  {
    id: 'bcd-link-channels-clarity',
    kind: 'concept',
    topic: 'bcd-pros-cons',
    source: { section: 'advantages-drawbacks', footnotes: [9] },
    pl: {
      statement: 'Zaletą BCD jest możliwość korzystania z wielu kanałów naraz, ale gdy w zakulisowy proces wciąga się wielu decydentów i polityków, cierpi prostota przekazu, jego odbiór i kontekst.',
      cloze: 'prostota przekazu',
      clozeVariants: ['prostota komunikacji', 'prostota przekazu komunikacji', 'jasność przekazu'],
    },
    en: {
      statement: 'An advantage of BCD is using several channels at once, but when many decision-makers and politicians are drawn into the behind-the-scenes process, the simplicity of the message, its reception and context suffer.',
      cloze: 'simplicity of the message',
      clozeVariants: ['the simplicity of the message', 'clarity of the message', 'simplicity of communication'],
    },
  },
  {
    id: 'bcd-link-bypass-front-channels',
    kind: 'concept',
    topic: 'bcd-pros-cons',
    source: { section: 'advantages-drawbacks', footnotes: [9] },
    pl: {
      statement: 'Kontakty bocznym kanałem omijają biurokrację i urzędników, co przyspiesza rozmowy, ale ta sama cecha oznacza negowanie kanałów frontowych, które BCD zalicza się do wad.',
      cloze: 'kanałów frontowych',
      clozeVariants: ['kanały frontowe', 'frontowych kanałów', 'oficjalnych kanałów'],
    },
    en: {
      statement: 'Side-channel contacts bypass bureaucracy and officials, which speeds up the talks, but the same feature means undermining the front channels, which counts among the drawbacks of BCD.',
      cloze: 'front channels',
      clozeVariants: ['the front channels', 'front channel', 'official channels'],
    },
  },
  {
    id: 'bcd-link-track-two-informality',
    kind: 'concept',
    topic: 'track-two',
    source: { section: 'advantages-drawbacks', footnotes: [10, 11] },
    pl: {
      statement: 'Wolna od formalnego dialogu wymiana zdań pozwala drugiej ścieżce rodzić twórcze pomysły, ale brak oficjalnego uznania osłabia jej zdolność kształtowania polityki i uzyskiwania zobowiązań.',
      cloze: 'oficjalnego uznania',
      clozeVariants: ['uznania', 'legitymizacji i uznania', 'oficjalnej legitymizacji'],
    },
    en: {
      statement: 'An exchange free of formal dialogue lets Track II produce creative ideas, but the lack of official recognition weakens its ability to shape policy and obtain commitments.',
      cloze: 'official recognition',
      clozeVariants: ['recognition', 'legitimacy and recognition', 'official legitimacy'],
    },
  },
];
