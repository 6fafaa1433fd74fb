import type { BcdFact } from '../fact-type';

/**
 * Every definition the article gives. Definitions are paraphrased unless
 * `quoted` is set; quotations are short and attributed, as in the article.
 */
export const DEFINITIONS: BcdFact[] = [
  {
    id: 'bcd-def-back-channel-dictionary',
    kind: 'definition',
    termGroup: 'back-channel',
    topic: 'theory',
    source: { section: 'introduction', footnotes: [3] },
    pl: {
      term: 'back channel',
      aliases: ['backchannel', 'kanał zwrotny', 'tylny kanał'],
      attribution: 'według słownika Cambridge Dictionary',
      quoted: true,
      definition: 'niebezpośrednia, niepubliczna metoda komunikacji albo dyskusji',
      cloze: 'niepubliczna',
      clozeVariants: ['niepubliczną', 'nie publiczna'],
    },
    en: {
      term: 'back channel',
      aliases: ['backchannel', 'back-channel'],
      attribution: 'according to the Cambridge Dictionary',
      // The article quotes the entry in Polish; this is a translation, not the dictionary's wording.
      quoted: false,
      definition: 'an indirect, non-public method of communication or discussion',
      cloze: 'non-public',
      clozeVariants: ['not public', 'nonpublic'],
    },
  },
  {
    id: 'bcd-def-wanis',
    kind: 'definition',
    termGroup: 'back-channel',
    topic: 'theory',
    source: { section: 'introduction', footnotes: [2] },
    pl: {
      term: 'Back Channel Diplomacy (BCD)',
      aliases: ['Back Channel Diplomacy', 'BCD', 'Backchannel Diplomacy', 'Back-Channel Diplomacy', 'dyplomacja kanału zwrotnego'],
      attribution: 'według Anthony’ego Wanisa-St. Johna',
      quoted: false,
      definition:
        'negocjacje prowadzone przez strony w tajemnicy, a zarazem narzędzie gry politycznej, które pozwala decydentom uniknąć oficjalnych kosztów politycznych takich negocjacji',
      cloze: 'kosztów politycznych',
      clozeVariants: ['koszty polityczne', 'kosztow politycznych'],
    },
    en: {
      term: 'Back Channel Diplomacy (BCD)',
      aliases: ['Back Channel Diplomacy', 'BCD', 'Backchannel Diplomacy', 'Back-Channel Diplomacy', 'back-channel diplomacy'],
      attribution: 'according to Anthony Wanis-St. John',
      quoted: false,
      definition:
        'negotiations the parties conduct in secret, and at the same time a tool of political play that lets decision-makers avoid the official political costs of such negotiations',
      cloze: 'political costs',
      clozeVariants: ['political cost', 'the political costs'],
    },
  },
  {
    id: 'bcd-def-confidential-channels',
    kind: 'definition',
    termGroup: 'back-channel',
    topic: 'theory',
    source: { section: 'introduction', footnotes: [4] },
    pl: {
      term: 'Back Channel Diplomacy (BCD)',
      aliases: ['Back Channel Diplomacy', 'BCD', 'Backchannel Diplomacy'],
      attribution: 'według innych źródeł – serwisu attorneys.media',
      quoted: false,
      definition:
        'poufne, pośrednie kanały komunikacji, z których państwa lub organizacje korzystają w dyskretnych negocjacjach albo w porozumiewaniu się w delikatnych sprawach',
      cloze: 'poufne, pośrednie',
      clozeVariants: ['poufne i pośrednie', 'poufne pośrednie'],
    },
    en: {
      term: 'Back Channel Diplomacy (BCD)',
      aliases: ['Back Channel Diplomacy', 'BCD', 'Backchannel Diplomacy'],
      attribution: 'according to other sources – the attorneys.media site',
      quoted: false,
      definition:
        'confidential, indirect channels of communication that states or organisations use for discreet negotiations or for communicating on sensitive matters',
      cloze: 'confidential, indirect',
      clozeVariants: ['confidential and indirect', 'confidential indirect'],
    },
  },
  {
    id: 'bcd-def-discreet-channel',
    kind: 'definition',
    termGroup: 'back-channel',
    topic: 'theory',
    source: { section: 'introduction', footnotes: [5] },
    pl: {
      term: 'Back Channel Diplomacy (BCD)',
      aliases: ['Back Channel Diplomacy', 'BCD', 'Back-Channel Diplomacy'],
      attribution: 'według stowarzyszenia AALEP – Association of Accredited Public Policy Advocates to the European Union',
      quoted: false,
      definition:
        'utworzenie z innym rządem lub jego przedstawicielami dyskretnego kanału komunikacji, który nie obejmuje oficjalnych stanowisk, takich jak ambasadorowie, ani samych ambasad',
      cloze: 'dyskretnego',
      clozeVariants: ['dyskretny', 'dyskretnego kanału'],
    },
    en: {
      term: 'Back Channel Diplomacy (BCD)',
      aliases: ['Back Channel Diplomacy', 'BCD', 'Back-Channel Diplomacy'],
      attribution: 'according to AALEP – the Association of Accredited Public Policy Advocates to the European Union',
      quoted: false,
      definition:
        'setting up, with another government or its representatives, a discreet channel of communication that leaves out official posts such as ambassadors, and the embassies themselves',
      cloze: 'discreet',
      clozeVariants: ['discrete', 'a discreet'],
    },
  },
  {
    id: 'bcd-def-abstract',
    kind: 'definition',
    termGroup: 'back-channel',
    topic: 'theory',
    source: { section: 'abstract', footnotes: [1] },
    context: {
      pl: 'Spoza artykułu: angielskie streszczenie artykułu pisze „raison d’etre”, ale polska „racja stanu” to raison d’état.',
      en: 'Not from the article: its English abstract says “raison d’etre”, but the Polish “racja stanu” means raison d’état.',
    },
    pl: {
      term: 'back channel (Back Channel Diplomacy, BCD)',
      aliases: ['back channel', 'Back Channel Diplomacy', 'BCD', 'kanał zwrotny', 'kanał boczny'],
      attribution: 'według streszczenia artykułu',
      quoted: false,
      definition:
        'wiele działań dotyczących wymiany informacji i tworzenia polityki zagranicznej państw, w które zaangażowane są podmioty działające w cieniu wielkiej, oficjalnej racji stanu',
      cloze: 'w cieniu wielkiej, oficjalnej racji stanu',
      clozeVariants: ['w cieniu oficjalnej racji stanu', 'w cieniu racji stanu'],
    },
    en: {
      term: 'back channel (Back Channel Diplomacy, BCD)',
      aliases: ['back channel', 'Back Channel Diplomacy', 'BCD', 'side channel'],
      attribution: 'according to the article’s abstract',
      quoted: false,
      definition:
        'a range of activities concerning the exchange of information and the making of states’ foreign policy, involving actors who operate in the shadow of the great, official raison d’état',
      cloze: 'in the shadow of the great, official raison d’état',
      clozeVariants: ['in the shadow of the official raison d’état', 'in the shadow of raison d’état', 'in the shadow of the raison d’etat'],
    },
  },
  {
    id: 'bcd-def-track-one',
    kind: 'definition',
    termGroup: 'track-one',
    topic: 'theory',
    source: { section: 'introduction', footnotes: [6] },
    pl: {
      term: 'dyplomacja pierwszej ścieżki (Track One Diplomacy)',
      aliases: ['Track One Diplomacy', 'Track One', 'Track I Diplomacy', 'Track I', 'Track 1', 'pierwsza ścieżka dyplomacji', 'pierwsza ścieżka', 'dyplomacja pierwszego kanału', 'tradycyjna dyplomacja', 'dyplomacja tradycyjna'],
      quoted: false,
      definition:
        'formalne działania dyplomatyczne urzędników i przedstawicieli rządów, którzy negocjują umowy i rozwiązują problemy międzynarodowe; to ją uzupełnia druga ścieżka',
      cloze: 'urzędników i przedstawicieli rządów',
      clozeVariants: ['urzędników i przedstawicieli rządowych', 'urzędników', 'przedstawicieli rządów i urzędników'],
    },
    en: {
      term: 'Track One Diplomacy',
      aliases: ['Track One', 'Track I Diplomacy', 'Track I', 'Track 1 Diplomacy', 'Track 1', 'first-track diplomacy', 'first track', 'traditional diplomacy'],
      quoted: false,
      definition:
        'formal diplomatic work of officials and government representatives who negotiate agreements and solve international problems; it is what Track II complements',
      cloze: 'officials and government representatives',
      clozeVariants: ['officials', 'government officials', 'government representatives and officials'],
    },
  },
  {
    id: 'bcd-def-track-two',
    kind: 'definition',
    termGroup: 'track-two',
    topic: 'theory',
    source: { section: 'introduction', footnotes: [6] },
    pl: {
      term: 'dyplomacja drugiej ścieżki (Track II Diplomacy)',
      aliases: ['Track II Diplomacy', 'Track II', 'Track Two Diplomacy', 'Track Two', 'Track 2', 'Second Track Diplomacy', 'druga ścieżka dyplomacji', 'druga ścieżka', 'dyplomacja drugiego kanału', 'dyplomacja drugiej ścieżki'],
      attribution: 'w ujęciu artykułu, za W.D. Davidsonem i J.V. Montville’em',
      quoted: false,
      definition:
        'uzupełnienie tradycyjnej dyplomacji, które odwołuje się do emocji, ludzkich uczuć, a nawet altruizmu; zakłada, że konflikt można rozwiązać lub złagodzić, odwołując się do wspólnej ludziom zdolności reagowania na dobrą wolę i rozsądek',
      cloze: 'dobrą wolę i rozsądek',
      clozeVariants: ['dobra wola i rozsądek', 'rozsądek i dobrą wolę'],
    },
    en: {
      term: 'Track II Diplomacy',
      aliases: ['Track II', 'Track Two Diplomacy', 'Track Two', 'Track 2 Diplomacy', 'Track 2', 'Second Track Diplomacy', 'second track', 'track-two diplomacy', 'second-track diplomacy'],
      attribution: 'as the article presents it, after W.D. Davidson and J.V. Montville',
      quoted: false,
      definition:
        'a complement to traditional diplomacy that appeals to emotions, human feelings and even altruism; it assumes that a conflict can be resolved or eased by appealing to the shared human capacity to respond to goodwill and reason',
      cloze: 'goodwill and reason',
      clozeVariants: ['good will and reason', 'reason and goodwill'],
    },
  },
  {
    id: 'bcd-def-track-two-montville',
    kind: 'definition',
    termGroup: 'track-two',
    topic: 'theory',
    source: { section: 'introduction', footnotes: [7] },
    pl: {
      term: 'dyplomacja drugiej ścieżki (Track II Diplomacy)',
      aliases: ['Track II Diplomacy', 'Track II', 'Track Two Diplomacy', 'Track Two', 'Track 2', 'druga ścieżka dyplomacji', 'druga ścieżka', 'dyplomacja drugiego kanału', 'dyplomacja drugiej ścieżki'],
      attribution: 'według Josepha Montville’a',
      quoted: true,
      definition:
        'nieoficjalna, nieformalna interakcja między członkami przeciwnych grup lub narodów, mająca na celu opracowanie strategii, wpłynięcie na opinię publiczną oraz zorganizowanie zasobów ludzkich i materialnych w sposób, który może pomóc w rozwiązaniu konfliktu',
      cloze: 'przeciwnych grup lub narodów',
      clozeVariants: ['przeciwnych grup i narodów', 'przeciwnych narodów lub grup'],
    },
    en: {
      term: 'Track II Diplomacy',
      aliases: ['Track II', 'Track Two Diplomacy', 'Track Two', 'Track 2 Diplomacy', 'Track 2', 'second track', 'track-two diplomacy', 'second-track diplomacy'],
      attribution: 'according to Joseph Montville',
      quoted: true,
      definition:
        'unofficial, informal interaction between members of adversary groups or nations that aim to develop strategies, influence public opinion, and organize human and material resources in ways that might help resolve their conflict',
      cloze: 'adversary groups or nations',
      clozeVariants: ['adversary groups and nations', 'opposing groups or nations', 'hostile groups or nations'],
    },
  },
  {
    id: 'bcd-def-parallel-diplomacy',
    kind: 'definition',
    termGroup: 'parallel-diplomacy',
    topic: 'theory',
    source: { section: 'introduction', footnotes: [] },
    pl: {
      term: 'dyplomacja równoległa',
      aliases: ['dyplomacja równoległa'],
      quoted: false,
      definition:
        'dyplomacja toczona obok oficjalnej retoryki mocarstw czy mniejszych państw, w której działania zakulisowe są uzupełnieniem; jej dowodem są back channel i druga ścieżka dyplomacji',
      cloze: 'obok oficjalnej retoryki',
      clozeVariants: ['obok oficjalnej retoryki mocarstw', 'równolegle do oficjalnej retoryki'],
    },
    en: {
      term: 'parallel diplomacy',
      aliases: ['parallel diplomacy'],
      quoted: false,
      definition:
        'diplomacy that runs alongside the official rhetoric of great powers or smaller states, in which behind-the-scenes action is a complement; back channels and Track II are the evidence of it',
      cloze: 'alongside the official rhetoric',
      clozeVariants: ['alongside official rhetoric', 'next to the official rhetoric', 'parallel to the official rhetoric'],
    },
  },
  {
    id: 'bcd-def-track-three',
    kind: 'definition',
    termGroup: 'track-three',
    topic: 'theory',
    source: { section: 'conclusion', footnotes: [21] },
    context: {
      pl: 'Spoza artykułu: trzecią ścieżką nazywa się zwykle kontakty między zwykłymi ludźmi i grupami społecznymi (people-to-people), prowadzone przez organizacje pozarządowe i społeczności.',
      en: 'Not from the article: Track Three usually denotes people-to-people contacts between ordinary citizens and social groups, run by NGOs and communities.',
    },
    pl: {
      term: 'dyplomacja trzeciej ścieżki',
      aliases: ['trzecia ścieżka dyplomacji', 'trzecia ścieżka', 'Track Three Diplomacy', 'Track III Diplomacy', 'Track III', 'Track Three', 'Track 3'],
      quoted: false,
      definition:
        'ścieżka, o której mówi się dziś obok pierwszej i drugiej; wraz z jeszcze szerszą Multitrack Diplomacy ma zwiększyć zaangażowanie podmiotów z różnych środowisk i poszerzyć działalność dyplomatyczną o możliwie dużą sferę kontaktów nieformalnych',
      cloze: 'podmiotów z różnych środowisk',
      clozeVariants: ['podmiotów z różnych środowisk społecznych', 'różnych środowisk', 'podmioty z różnych środowisk'],
    },
    en: {
      term: 'Track Three Diplomacy',
      aliases: ['Track Three', 'Track III Diplomacy', 'Track III', 'Track 3 Diplomacy', 'Track 3', 'third-track diplomacy', 'third track'],
      quoted: false,
      definition:
        'the track spoken of today besides the first and the second; together with the even broader Multitrack Diplomacy it is meant to increase the involvement of actors from various backgrounds and extend diplomatic activity to as large a sphere of informal contacts as possible',
      cloze: 'actors from various backgrounds',
      clozeVariants: ['actors from different backgrounds', 'various backgrounds', 'people from various backgrounds'],
    },
  },
  {
    id: 'bcd-def-multitrack',
    kind: 'definition',
    termGroup: 'multitrack',
    topic: 'theory',
    source: { section: 'conclusion', footnotes: [21] },
    context: {
      pl: 'Spoza artykułu: pojęcie spopularyzowali Louise Diamond i John McDonald, opisując dziewięć ścieżek dyplomacji działających jako jeden system.',
      en: 'Not from the article: the concept was popularised by Louise Diamond and John McDonald, who described nine tracks of diplomacy working as one system.',
    },
    pl: {
      term: 'Multitrack Diplomacy',
      aliases: ['dyplomacja wielościeżkowa', 'Multi-Track Diplomacy', 'dyplomacja wielotorowa', 'Multitrack'],
      quoted: false,
      definition:
        'ujęcie wymieniane po dyplomacji trzeciej ścieżki („a nawet”) jako najszersze; wraz z nią ma zwiększyć zaangażowanie podmiotów z różnych środowisk i poszerzyć działalność dyplomatyczną o możliwie dużą sferę kontaktów nieformalnych',
      cloze: 'kontaktów nieformalnych',
      clozeVariants: ['kontakty nieformalne', 'nieformalnych kontaktów'],
    },
    en: {
      term: 'Multitrack Diplomacy',
      aliases: ['Multi-Track Diplomacy', 'multi-track diplomacy', 'Multitrack'],
      quoted: false,
      definition:
        'the approach named after Track Three diplomacy (“and even”) as the broadest one; together with it, it is meant to increase the involvement of actors from various backgrounds and extend diplomatic activity to as large a sphere of informal contacts as possible',
      cloze: 'informal contacts',
      clozeVariants: ['informal contact', 'unofficial contacts'],
    },
  },
];
