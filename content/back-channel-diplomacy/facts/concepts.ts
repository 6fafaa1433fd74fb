import type { BcdFact } from '../fact-type';

/**
 * The article's claims: advantages and drawbacks of BCD, aims and barriers of
 * Track II, the lessons of the conclusion and the key statements of each case.
 * `swaps` hold the one detail a false true/false variant may change; the
 * alternatives are deliberately wrong according to the article.
 */
export const CONCEPTS: BcdFact[] = [
  // ------------------------------------------------------------------ theory
  {
    id: 'bcd-concept-information-age',
    kind: 'concept',
    topic: 'theory',
    source: { section: 'abstract', footnotes: [] },
    pl: {
      statement:
        'Żyjemy w erze informacji, która jest nie tylko narzędziem kreowania, lecz także elementem dyplomacji; coraz częściej poufne dane wymienia się zakulisowo, niekoniecznie przez ministerstwa spraw zagranicznych czy ambasady.',
      cloze: 'ministerstwa spraw zagranicznych czy ambasady',
      clozeVariants: ['ministerstwa spraw zagranicznych i ambasady', 'ambasady i ministerstwa spraw zagranicznych', 'MSZ czy ambasady'],
    },
    en: {
      statement:
        'We live in an age of information, which is not only a tool of creation but also part of diplomacy; confidential data is more and more often exchanged behind the scenes, not necessarily through foreign ministries or embassies.',
      cloze: 'foreign ministries or embassies',
      clozeVariants: ['foreign ministries and embassies', 'embassies or foreign ministries', 'embassies and foreign ministries'],
    },
  },
  {
    id: 'bcd-concept-hidden-aspect',
    kind: 'concept',
    topic: 'theory',
    source: { section: 'introduction', footnotes: [] },
    pl: {
      statement: 'Ukryty aspekt dyplomacji nierzadko odgrywał główną rolę w kształtowaniu historycznych porozumień i rozwiązywaniu konfliktów.',
      cloze: 'historycznych porozumień',
      clozeVariants: ['porozumień historycznych', 'porozumień'],
    },
    en: {
      statement: 'The hidden side of diplomacy has often played a leading role in shaping historic agreements and resolving conflicts.',
      cloze: 'historic agreements',
      clozeVariants: ['historical agreements', 'agreements'],
    },
  },
  {
    id: 'bcd-concept-when-used',
    kind: 'concept',
    topic: 'theory',
    source: { section: 'history', footnotes: [] },
    pl: {
      statement: 'Gdy ze względu na prestiż lub zmianę status quo nie można było oficjalnie nawiązać kontaktu z wrogiem, BCD było doskonałym narzędziem.',
      cloze: 'prestiż',
      clozeVariants: ['prestiżu'],
      list: {
        prompt: 'Z jakich dwóch powodów według artykułu nie można było czasem oficjalnie kontaktować się z wrogiem?',
        stem: 'Powodem, dla którego nie można było oficjalnie kontaktować się z wrogiem, był:',
        items: ['prestiż', 'zmiana status quo'],
        ask: 2,
      },
    },
    en: {
      statement: 'When contact with an enemy could not be made officially because of prestige or a change of the status quo, BCD was an excellent tool.',
      cloze: 'prestige',
      clozeVariants: ['the prestige'],
      list: {
        prompt: 'For which two reasons, according to the article, could contact with an enemy sometimes not be made officially?',
        stem: 'A reason why contact with an enemy could not be made officially was:',
        items: ['prestige', 'a change of the status quo'],
        ask: 2,
      },
    },
  },
  // ----------------------------------------------------------- BCD pros/cons
  {
    id: 'bcd-concept-political-risk',
    kind: 'concept',
    topic: 'bcd-pros-cons',
    source: { section: 'introduction', footnotes: [] },
    pl: {
      statement:
        'Dyplomacja kanałami nieoficjalnymi pozwala stronom podejmować ryzyko i zmniejsza koszty polityczne decyzji, bo nieudane negocjacje nie ujrzą światła dziennego.',
      cloze: 'nie ujrzą światła dziennego',
      clozeVariants: ['nie ujrzą światła', 'nie wyjdą na jaw', 'pozostaną tajne'],
      swaps: [{ text: 'zmniejsza', alternatives: ['zwiększa'] }],
    },
    en: {
      statement:
        'Diplomacy through unofficial channels lets the parties take risks and lowers the political costs of decisions, because failed negotiations never see the light of day.',
      cloze: 'never see the light of day',
      clozeVariants: ['never see daylight', 'stay secret', 'never come to light'],
      swaps: [{ text: 'lowers', alternatives: ['raises'] }],
    },
  },
  {
    id: 'bcd-concept-failure-risk',
    kind: 'concept',
    topic: 'bcd-pros-cons',
    source: { section: 'advantages-drawbacks', footnotes: [] },
    pl: {
      statement:
        'Każde rozwiązanie zmierzające do pokoju, oparte na dobrej woli, ale pozbawione poparcia oficjalnej dyplomacji i wsparcia siły militarnej, może ponieść fiasko.',
      cloze: 'siły militarnej',
      clozeVariants: ['siły wojskowej', 'wojska', 'militarnej'],
    },
    en: {
      statement:
        'Any solution aimed at peace that rests on goodwill but lacks the backing of official diplomacy and the support of military force may fail.',
      cloze: 'military force',
      clozeVariants: ['military power', 'the military', 'armed force'],
    },
  },
  {
    id: 'bcd-concept-overestimation',
    kind: 'concept',
    topic: 'bcd-pros-cons',
    source: { section: 'advantages-drawbacks', footnotes: [8] },
    pl: {
      statement:
        'Negocjatorzy i decydenci bywa, że przeceniają korzyści BCD i ignorują jego konsekwencje, a zamiast analizować efekty porozumień, oskarżają się nawzajem o złą wolę – jak w procesie pokojowym między Izraelem a Palestyną.',
      cloze: 'oskarżają się nawzajem o złą wolę',
      clozeVariants: ['oskarżają się o złą wolę', 'oskarżają się wzajemnie o złą wolę'],
      swaps: [{ text: 'Izraelem a Palestyną', alternatives: ['Indiami a Pakistanem'] }],
    },
    en: {
      statement:
        'Negotiators and decision-makers sometimes overrate the benefits of BCD and ignore its consequences, and instead of analysing the effects of agreements they accuse each other of bad faith – as in the Israeli–Palestinian peace process.',
      cloze: 'accuse each other of bad faith',
      clozeVariants: ['accuse one another of bad faith', 'blame each other for bad faith'],
      swaps: [{ text: 'Israeli–Palestinian', alternatives: ['Indian–Pakistani'] }],
    },
  },
  {
    id: 'bcd-concept-advantages',
    kind: 'concept',
    polarity: 'advantage',
    distractorsFrom: ['bcd-concept-track-two-aims'],
    topic: 'bcd-pros-cons',
    source: { section: 'advantages-drawbacks', footnotes: [9] },
    pl: {
      statement:
        'Zaletami BCD są tajemnica i nieformalny charakter takiej dyplomacji oraz możliwość jednoczesnego korzystania z różnych kanałów negocjacyjnych.',
      list: {
        prompt: 'Wymień dwie zalety BCD wskazane w artykule.',
        stem: 'Artykuł wymienia wśród zalet BCD:',
        items: ['tajemnica', 'nieformalny charakter', 'możliwość jednoczesnego korzystania z różnych kanałów negocjacyjnych'],
        ask: 2,
      },
      alsoTrue: ['otwieranie nowych kanałów komunikacji i poprawa ich jakości'],
    },
    en: {
      statement: 'The advantages of BCD are its secrecy, its informal character and the chance to use several negotiating channels at once.',
      list: {
        prompt: 'Name two advantages of BCD given in the article.',
        stem: 'The article lists among the advantages of BCD:',
        items: ['secrecy', 'informal character', 'the chance to use several negotiating channels at once'],
        ask: 2,
      },
      alsoTrue: ['opening new channels of communication and improving their quality'],
    },
  },
  {
    id: 'bcd-concept-drawbacks',
    kind: 'concept',
    polarity: 'drawback',
    distractorsFrom: ['bcd-concept-track-two-barriers'],
    topic: 'bcd-pros-cons',
    source: { section: 'advantages-drawbacks', footnotes: [9] },
    pl: {
      statement:
        'Wadami BCD są przede wszystkim brak zdecydowania, możliwość wycofania się z wcześniejszych ustaleń, negowanie kanałów frontowych, postrzeganie BCD jako procesu nieefektywnego oraz utrudniony przekaz, gdy zaangażowanych jest wielu decydentów i polityków.',
      list: {
        prompt: 'Wymień dwie wady BCD wskazane w artykule.',
        stem: 'Artykuł wymienia wśród wad BCD:',
        items: [
          'brak zdecydowania',
          'możliwość wycofania się z wcześniejszych ustaleń (brak oficjalnych gwarancji)',
          'negowanie kanałów frontowych',
          'negatywne postrzeganie BCD jako procesu nieefektywnego, niedającego gwarancji sukcesu',
          'utrudniona prostota przekazu, jego odbiór i kontekst, gdy w proces zaangażowanych jest wielu decydentów i polityków',
        ],
        ask: 2,
      },
      alsoTrue: ['brak legitymizacji i uznania', 'brak oficjalnego statusu lub mandatu, przez który jej wysiłki łatwo zlekceważyć jako błahe'],
    },
    en: {
      statement:
        'The drawbacks of BCD are above all indecision, the chance to back out of earlier arrangements, the undermining of front channels, the view of BCD as an ineffective process, and muddled messages when many decision-makers and politicians are involved.',
      list: {
        prompt: 'Name two drawbacks of BCD given in the article.',
        stem: 'The article lists among the drawbacks of BCD:',
        items: [
          'indecision',
          'the chance to back out of earlier arrangements (no official guarantees)',
          'the undermining of front channels',
          'the negative view of BCD as an ineffective process with no guarantee of success',
          'messages lose simplicity, proper reception and context when many decision-makers and politicians are involved',
        ],
        ask: 2,
      },
      alsoTrue: ['a lack of legitimacy and recognition', 'no official status or mandate, so its efforts are easily dismissed as trivial'],
    },
  },
  {
    id: 'bcd-concept-bypass-bureaucracy',
    kind: 'concept',
    topic: 'bcd-pros-cons',
    source: { section: 'advantages-drawbacks', footnotes: [] },
    pl: {
      statement: 'Kontakty pobocznym kanałem omijają wiele aspektów biurokratycznych i urzędników odpowiedzialnych za bezpieczeństwo czy dyplomację.',
      cloze: 'biurokratycznych',
      clozeVariants: ['biurokracji', 'biurokratyczne'],
    },
    en: {
      statement: 'Side-channel contacts bypass many bureaucratic steps and the officials responsible for security or diplomacy.',
      cloze: 'bureaucratic',
      clozeVariants: ['bureaucracy', 'bureaucratical'],
    },
  },
  {
    id: 'bcd-concept-save-face',
    kind: 'concept',
    topic: 'bcd-pros-cons',
    source: { section: 'advantages-drawbacks', footnotes: [] },
    pl: {
      statement:
        'Uczestnicy procesu mogą zabiegać o zaufanie dwóch lub więcej stron, by osiągnąć ustalenie, które pozwoli obu stronom uzyskać korzyść i zachować twarz.',
      cloze: 'zachować twarz',
      clozeVariants: ['zachowanie twarzy', 'ocalić twarz'],
    },
    en: {
      statement:
        'Participants may seek the trust of two or more parties in order to reach an arrangement that lets both sides gain something and save face.',
      cloze: 'save face',
      clozeVariants: ['saving face', 'keep face'],
    },
  },
  {
    id: 'bcd-concept-speed',
    kind: 'concept',
    topic: 'bcd-pros-cons',
    source: { section: 'advantages-drawbacks', footnotes: [] },
    pl: {
      statement: 'Dziś, gdy reakcje w geopolityce zachodzą nagle, kanał zwrotny jest szybkim, bezpośrednim sposobem komunikacji, kupowania czasu i dostarczania danych.',
      cloze: 'kupowania czasu',
      clozeVariants: ['kupowanie czasu', 'zyskiwania czasu'],
      list: {
        prompt: 'Czemu według artykułu służy dziś kanał zwrotny jako szybki, bezpośredni sposób działania?',
        stem: 'Kanał zwrotny jest dziś szybkim, bezpośrednim sposobem:',
        items: ['komunikacji', 'kupowania czasu', 'dostarczania danych'],
        ask: 2,
      },
    },
    en: {
      statement: 'Today, when geopolitical reactions are sudden, the back channel is a fast, direct way of communicating, buying time and delivering data.',
      cloze: 'buying time',
      clozeVariants: ['buy time', 'gaining time'],
      list: {
        prompt: 'What, according to the article, is the back channel a fast, direct way of doing today?',
        stem: 'Today the back channel is a fast, direct way of:',
        items: ['communicating', 'buying time', 'delivering data'],
        ask: 2,
      },
    },
  },
  {
    id: 'bcd-concept-crisis-intelligence',
    kind: 'concept',
    topic: 'bcd-pros-cons',
    source: { section: 'advantages-drawbacks', footnotes: [] },
    pl: {
      statement:
        'Skuteczność BCD w kryzysie zależy od aktualnych danych wywiadowczych i dokładnych analiz, które pozwalają ustalić, na ile strony są skłonne do ustępstw i dotrzymania deklaracji oraz czy ich negocjatorzy potrafią przełożyć tajne porozumienie na oficjalne działania.',
      cloze: 'aktualnych danych wywiadowczych',
      clozeVariants: ['danych wywiadowczych', 'aktualnego wywiadu', 'aktualne dane wywiadowcze'],
      list: {
        prompt: 'Co pozwalają ustalić aktualne dane wywiadowcze i dokładne analizy w kryzysie?',
        stem: 'Dane wywiadowcze i analizy pozwalają w kryzysie ustalić:',
        items: [
          'na ile strony są skłonne do ustępstw',
          'czy strony dotrzymają deklaracji',
          'czy negocjatorzy potrafią przełożyć tajne porozumienie na oficjalne działania',
        ],
        ask: 2,
      },
    },
    en: {
      statement:
        'How well BCD works in a crisis depends on up-to-date intelligence and careful analysis, which show how far the parties are willing to make concessions and keep their word, and whether their negotiators can turn a secret agreement into official action.',
      cloze: 'up-to-date intelligence',
      clozeVariants: ['current intelligence', 'intelligence', 'up to date intelligence'],
      list: {
        prompt: 'What do up-to-date intelligence and careful analysis reveal in a crisis?',
        stem: 'In a crisis, intelligence and analysis show:',
        items: [
          'how far the parties are willing to make concessions',
          'whether the parties will keep their word',
          'whether the negotiators can turn a secret agreement into official action',
        ],
        ask: 2,
      },
    },
  },
  // --------------------------------------------------------------- Track II
  {
    id: 'bcd-concept-track-two-representatives',
    kind: 'concept',
    topic: 'track-two',
    source: { section: 'abstract', footnotes: [] },
    pl: {
      statement:
        'Przedstawicielami dyplomacji drugiej ścieżki mogą być pracownicy think tanków, naukowcy oraz ludzie wpływowi, którzy są autorytetami i mogą kształtować rzeczywistość.',
      list: {
        prompt: 'Kto według streszczenia może być przedstawicielem dyplomacji drugiej ścieżki? Podaj dwie grupy.',
        stem: 'Przedstawicielami drugiej ścieżki mogą być według streszczenia:',
        items: ['pracownicy think tanków', 'naukowcy', 'ludzie wpływowi, będący autorytetem'],
        ask: 2,
      },
    },
    en: {
      statement:
        'Track II diplomacy may be represented by think-tank staff, academics, and influential people who carry authority and can shape reality.',
      list: {
        prompt: 'Who, according to the abstract, may represent Track II diplomacy? Name two groups.',
        stem: 'According to the abstract, Track II may be represented by:',
        items: ['think-tank staff', 'academics', 'influential people who carry authority'],
        ask: 2,
      },
    },
  },
  {
    id: 'bcd-concept-track-two-participants',
    kind: 'concept',
    topic: 'track-two',
    source: { section: 'introduction', footnotes: [] },
    pl: {
      statement:
        'Uczestnikami drugiej ścieżki mogą być naukowcy, byli urzędnicy i przedstawiciele organizacji społeczeństwa obywatelskiego, co daje większy zakres możliwości.',
      cloze: 'byli urzędnicy',
      clozeVariants: ['byłych urzędników', 'emerytowani urzędnicy'],
      list: {
        prompt: 'Kto według wstępu może uczestniczyć w drugiej ścieżce dyplomacji? Podaj dwie grupy.',
        stem: 'Uczestnikami drugiej ścieżki mogą być według wstępu:',
        items: ['naukowcy', 'byli urzędnicy', 'przedstawiciele organizacji społeczeństwa obywatelskiego'],
        ask: 2,
      },
    },
    en: {
      statement:
        'Track II participants may be academics, former officials and representatives of civil-society organisations, which widens the range of possibilities.',
      cloze: 'former officials',
      clozeVariants: ['ex-officials', 'retired officials'],
      list: {
        prompt: 'Who, according to the introduction, may take part in Track II diplomacy? Name two groups.',
        stem: 'According to the introduction, Track II participants may be:',
        items: ['academics', 'former officials', 'representatives of civil-society organisations'],
        ask: 2,
      },
    },
  },
  {
    id: 'bcd-concept-track-two-complements',
    kind: 'concept',
    topic: 'track-two',
    source: { section: 'introduction', footnotes: [6] },
    pl: {
      statement:
        'Druga ścieżka nie może być alternatywą dla dyplomacji pierwszej ścieżki, z jej oficjalną postawą i leżącą u jej podstaw groźbą użycia siły; obie ścieżki się uzupełniają.',
      cloze: 'groźbą użycia siły',
      clozeVariants: ['groźba użycia siły', 'groźbą siły'],
      swaps: [{ text: 'uzupełniają', alternatives: ['wykluczają'] }],
    },
    en: {
      statement:
        'Track II cannot be an alternative to Track One diplomacy, with its official stance and the underlying threat of force; the two tracks complement each other.',
      cloze: 'threat of force',
      clozeVariants: ['threat of the use of force', 'threat to use force'],
      swaps: [{ text: 'complement', alternatives: ['exclude'] }],
    },
  },
  {
    id: 'bcd-concept-track-two-examples',
    kind: 'concept',
    topic: 'track-two',
    source: { section: 'introduction', footnotes: [6] },
    pl: {
      statement: 'Wymiana naukowa i wymiana kulturalna to przykłady dyplomacji drugiej ścieżki.',
      list: {
        prompt: 'Podaj dwa przykłady dyplomacji drugiej ścieżki wymienione we wstępie.',
        stem: 'Przykładem dyplomacji drugiej ścieżki jest:',
        items: ['wymiana naukowa', 'wymiana kulturalna'],
        ask: 2,
      },
    },
    en: {
      statement: 'Scientific exchange and cultural exchange are examples of Track II diplomacy.',
      list: {
        prompt: 'Give the two examples of Track II diplomacy named in the introduction.',
        stem: 'An example of Track II diplomacy is:',
        items: ['scientific exchange', 'cultural exchange'],
        ask: 2,
      },
    },
  },
  {
    id: 'bcd-concept-track-two-outcomes',
    kind: 'concept',
    topic: 'track-two',
    source: { section: 'introduction', footnotes: [] },
    pl: {
      statement:
        'Druga ścieżka może prowadzić do nieoficjalnych porozumień lub propozycji, które mogą zostać później przyjęte w formalnych negocjacjach; choć jej inicjatywy nie mają formalnego znaczenia, mogą wpływać na opinię publiczną i przygotować grunt pod przyszłe negocjacje.',
      cloze: 'opinię publiczną',
      clozeVariants: ['opinia publiczna', 'opinii publicznej'],
    },
    en: {
      statement:
        'Track II can lead to unofficial agreements or proposals that may later be adopted in formal negotiations; although its initiatives have no formal weight, they can influence public opinion and prepare the ground for future negotiations.',
      cloze: 'public opinion',
      clozeVariants: ['the public opinion', 'the public'],
    },
  },
  {
    id: 'bcd-concept-track-two-complex-issues',
    kind: 'concept',
    topic: 'track-two',
    source: { section: 'introduction', footnotes: [] },
    pl: {
      statement:
        'Dyplomacja drugiej ścieżki może odgrywać główną rolę w rozwiązywaniu złożonych kwestii, takich jak konflikty etniczne czy spory terytorialne, bo wspiera zrozumienie i buduje zaufanie między stronami.',
      cloze: 'buduje zaufanie',
      clozeVariants: ['budowanie zaufania', 'zaufanie'],
      list: {
        prompt: 'Jakie dwa rodzaje złożonych kwestii może według artykułu pomóc rozwiązać druga ścieżka?',
        stem: 'Druga ścieżka może odegrać główną rolę w rozwiązywaniu takich kwestii jak:',
        items: ['konflikty etniczne', 'spory terytorialne'],
        ask: 2,
      },
    },
    en: {
      statement:
        'Track II diplomacy can play a leading role in resolving complex issues such as ethnic conflicts or territorial disputes, because it fosters understanding and builds trust between the parties.',
      cloze: 'builds trust',
      clozeVariants: ['building trust', 'trust'],
      list: {
        prompt: 'Which two kinds of complex issue can Track II help to resolve, according to the article?',
        stem: 'Track II can play a leading role in resolving issues such as:',
        items: ['ethnic conflicts', 'territorial disputes'],
        ask: 2,
      },
    },
  },
  {
    id: 'bcd-concept-track-two-aims',
    kind: 'concept',
    polarity: 'advantage',
    distractorsFrom: ['bcd-concept-advantages'],
    topic: 'track-two',
    source: { section: 'advantages-drawbacks', footnotes: [10] },
    pl: {
      statement:
        'Druga ścieżka zmienia postawy stron konfliktu przez przełamywanie negatywnych stereotypów, otwiera nowe kanały komunikacji i poprawia ich jakość, buduje sieci zawodowe i osobiste relacje oraz generuje twórcze pomysły, które mogą nie paść w oficjalnych rozmowach.',
      cloze: 'negatywnych stereotypów',
      clozeVariants: ['stereotypów', 'negatywne stereotypy'],
      list: {
        prompt: 'Wymień dwa cele lub zalety dyplomacji drugiej ścieżki wskazane w artykule.',
        stem: 'Artykuł wymienia wśród celów i zalet drugiej ścieżki:',
        items: [
          'zmiana postaw stron konfliktu przez przełamywanie negatywnych stereotypów i uogólnień',
          'otwieranie nowych kanałów komunikacji i poprawa ich jakości',
          'budowanie sieci zawodowych i osobistych relacji dzięki szczerej, otwartej wymianie zdań',
          'nowe możliwości negocjacji dzięki twórczym pomysłom, których nie podniesiono by w oficjalnych rozmowach',
        ],
        ask: 2,
      },
      alsoTrue: ['nieformalny charakter', 'możliwość jednoczesnego korzystania z różnych kanałów negocjacyjnych'],
    },
    en: {
      statement:
        'Track II changes the attitudes of the parties to a conflict by breaking down negative stereotypes, opens new channels of communication and improves them, builds professional networks and personal ties, and generates creative ideas that might not come up in official talks.',
      cloze: 'negative stereotypes',
      clozeVariants: ['stereotypes', 'negative stereotype'],
      list: {
        prompt: 'Name two aims or advantages of Track II diplomacy given in the article.',
        stem: 'The article lists among the aims and advantages of Track II:',
        items: [
          'changing the attitudes of the parties by breaking down negative stereotypes and generalisations',
          'opening new channels of communication and improving their quality',
          'building professional networks and personal ties through frank, open exchange',
          'new negotiating options through creative ideas that would not come up in official talks',
        ],
        ask: 2,
      },
      alsoTrue: ['informal character', 'the chance to use several negotiating channels at once'],
    },
  },
  {
    id: 'bcd-concept-track-two-inclusion',
    kind: 'concept',
    topic: 'track-two',
    source: { section: 'advantages-drawbacks', footnotes: [11] },
    pl: {
      statement:
        'W rozmowy i procesy decyzyjne powinny być włączone wszystkie zainteresowane strony, w tym różne podmioty społeczeństwa obywatelskiego: przywódcy religijni, nauczyciele, przedsiębiorcy i organizacje pozarządowe.',
      list: {
        prompt: 'Jakie podmioty społeczeństwa obywatelskiego należy według artykułu włączać w rozmowy? Podaj trzy.',
        stem: 'W rozmowy drugiej ścieżki należy włączać:',
        items: ['przywódców religijnych', 'nauczycieli', 'przedsiębiorców', 'organizacje pozarządowe'],
        ask: 3,
      },
    },
    en: {
      statement:
        'All interested parties should be included in the talks and decisions, among them various civil-society actors: religious leaders, teachers, business people and NGOs.',
      list: {
        prompt: 'Which civil-society actors should be included in the talks, according to the article? Name three.',
        stem: 'Track II talks should include:',
        items: ['religious leaders', 'teachers', 'business people', 'NGOs'],
        ask: 3,
      },
    },
  },
  {
    id: 'bcd-concept-track-two-barriers',
    kind: 'concept',
    polarity: 'drawback',
    distractorsFrom: ['bcd-concept-drawbacks'],
    topic: 'track-two',
    source: { section: 'advantages-drawbacks', footnotes: [11] },
    pl: {
      statement:
        'Druga ścieżka napotyka bariery: nieufność urzędników i konwencjonalnych kanałów dyplomatycznych, wahanie uznanych organizacji, brak legitymizacji i uznania, brak oficjalnego statusu lub mandatu oraz ograniczony dostęp do zasobów i platform.',
      cloze: 'brak legitymizacji i uznania',
      clozeVariants: ['brak legitymizacji', 'brak uznania i legitymizacji'],
      list: {
        prompt: 'Wymień dwie bariery, na które napotyka dyplomacja drugiej ścieżki.',
        stem: 'Artykuł wymienia wśród barier drugiej ścieżki:',
        items: [
          'nieufność urzędników i konwencjonalnych kanałów dyplomatycznych, które widzą w niej naruszenie swojego autorytetu',
          'wahanie uznanych organizacji przed jej poparciem z obawy przed odejściem od oficjalnej polityki',
          'brak legitymizacji i uznania',
          'brak oficjalnego statusu lub mandatu, przez który jej wysiłki łatwo zlekceważyć jako błahe',
          'ograniczony dostęp do zasobów i platform niezbędnych do skutecznej dyplomacji',
        ],
        ask: 2,
      },
      alsoTrue: ['negowanie kanałów frontowych', 'możliwość wycofania się z wcześniejszych ustaleń (brak oficjalnych gwarancji)', 'negatywne postrzeganie BCD jako procesu nieefektywnego, niedającego gwarancji sukcesu'],
    },
    en: {
      statement:
        'Track II faces barriers: the distrust of officials and conventional diplomatic channels, the hesitation of established organisations, a lack of legitimacy and recognition, the lack of official status or mandate, and limited access to resources and platforms.',
      cloze: 'a lack of legitimacy and recognition',
      clozeVariants: ['lack of legitimacy and recognition', 'lack of legitimacy', 'a lack of legitimacy'],
      list: {
        prompt: 'Name two barriers that Track II diplomacy faces.',
        stem: 'The article lists among the barriers to Track II:',
        items: [
          'the distrust of officials and conventional diplomatic channels, who see it as encroaching on their authority',
          'the hesitation of established organisations to back it, for fear of departing from official policy',
          'a lack of legitimacy and recognition',
          'no official status or mandate, so its efforts are easily dismissed as trivial',
          'limited access to the resources and platforms needed for effective diplomacy',
        ],
        ask: 2,
      },
      alsoTrue: ['the undermining of front channels', 'the chance to back out of earlier arrangements (no official guarantees)', 'the negative view of BCD as an ineffective process with no guarantee of success'],
    },
  },
  {
    id: 'bcd-concept-track-two-resistance',
    kind: 'concept',
    topic: 'track-two',
    source: { section: 'advantages-drawbacks', footnotes: [11] },
    pl: {
      statement:
        'Opór wobec drugiej ścieżki jest szczególnie widoczny w krajach słabo rozwiniętych i pod rządami autorytarnymi, gdzie media i dyskusje dyplomatyczne są ściśle kontrolowane.',
      cloze: 'autorytarnymi',
      clozeVariants: ['autorytarnych', 'autorytarne', 'dyktatorskimi'],
      list: {
        prompt: 'Gdzie według artykułu opór wobec drugiej ścieżki jest szczególnie widoczny?',
        stem: 'Opór wobec drugiej ścieżki jest szczególnie widoczny:',
        items: ['w krajach słabo rozwiniętych', 'pod rządami autorytarnymi'],
        ask: 2,
      },
      swaps: [{ text: 'słabo rozwiniętych', alternatives: ['wysoko rozwiniętych'] }],
    },
    en: {
      statement:
        'Resistance to Track II is most visible in underdeveloped countries and under authoritarian governments, where the media and diplomatic discussion are tightly controlled.',
      cloze: 'authoritarian',
      clozeVariants: ['authoritarian governments', 'autocratic'],
      list: {
        prompt: 'Where, according to the article, is resistance to Track II most visible?',
        stem: 'Resistance to Track II is most visible:',
        items: ['in underdeveloped countries', 'under authoritarian governments'],
        ask: 2,
      },
      swaps: [{ text: 'underdeveloped', alternatives: ['highly developed'] }],
    },
  },
  // ------------------------------------------------------------- conclusion
  {
    id: 'bcd-concept-success-conditions',
    kind: 'concept',
    polarity: 'neutral',
    topic: 'conclusion',
    source: { section: 'conclusion', footnotes: [] },
    pl: {
      statement:
        'Skuteczność BCD i drugiej ścieżki zależy od wielu czynników: dobrej woli stron, wiarygodności podmiotów biorących udział w rozmowach, sprawnej organizacji rozmów, ukierunkowania procesu na konkretny efekt i unikania gry na zwłokę.',
      cloze: 'unikania gry na zwłokę',
      clozeVariants: ['unikanie gry na zwłokę', 'unikania zwłoki', 'niegrania na zwłokę'],
      list: {
        prompt: 'Od czego według zakończenia zależy skuteczność BCD i drugiej ścieżki? Podaj trzy czynniki.',
        stem: 'Zakończenie wymienia wśród warunków skuteczności BCD i drugiej ścieżki:',
        items: [
          'dobra wola stron',
          'wiarygodność podmiotów biorących udział w rozmowach',
          'sprawna organizacja rozmów',
          'ukierunkowanie procesu na konkretny efekt',
          'unikanie gry na zwłokę',
        ],
        ask: 3,
      },
    },
    en: {
      statement:
        'Whether BCD and Track II work depends on many factors: the goodwill of the parties, the credibility of those taking part, well-organised talks, a process aimed at a concrete result, and avoiding playing for time.',
      cloze: 'avoiding playing for time',
      clozeVariants: ['avoid playing for time', 'avoiding delay', 'not playing for time'],
      list: {
        prompt: 'What does the success of BCD and Track II depend on, according to the conclusion? Name three factors.',
        stem: 'The conclusion lists among the conditions of success of BCD and Track II:',
        items: [
          'the goodwill of the parties',
          'the credibility of those taking part in the talks',
          'well-organised talks',
          'a process aimed at a concrete result',
          'avoiding playing for time',
        ],
        ask: 3,
      },
    },
  },
  {
    id: 'bcd-concept-withdrawal-threat',
    kind: 'concept',
    topic: 'conclusion',
    source: { section: 'conclusion', footnotes: [] },
    pl: {
      statement:
        'Zagrożeniem dla BCD i drugiej ścieżki jest to, że bez oficjalnego charakteru rozmów każdy z uczestników może się wycofać i nie ma wiarygodnych gwarancji utrzymania ustaleń.',
      cloze: 'wycofać',
      clozeVariants: ['wycofać się', 'się wycofać', 'wycofac'],
    },
    en: {
      statement:
        'The danger for BCD and Track II is that, without official talks, any participant can pull out and there are no credible guarantees that the arrangements will hold.',
      cloze: 'pull out',
      clozeVariants: ['withdraw', 'back out', 'pull back'],
    },
  },
  {
    id: 'bcd-concept-complement-traditional',
    kind: 'concept',
    topic: 'conclusion',
    source: { section: 'conclusion', footnotes: [20] },
    pl: {
      statement:
        'BCD i druga ścieżka nie oznaczają rezygnacji z tradycyjnych form dyplomacji i wywierania wpływu, takich jak cykl siły czy dyplomacja ekonomiczna; często są ich uzupełnieniem.',
      cloze: 'uzupełnieniem',
      clozeVariants: ['uzupełnienie', 'dopełnieniem'],
      list: {
        prompt: 'Jakie tradycyjne sposoby wywierania wpływu wymienia zakończenie artykułu?',
        stem: 'Zakończenie wymienia jako tradycyjny sposób wywierania wpływu:',
        items: ['cykl siły', 'dyplomacja ekonomiczna'],
        ask: 2,
      },
      swaps: [{ text: 'uzupełnieniem', alternatives: ['zastępstwem'] }],
    },
    en: {
      statement:
        'BCD and Track II do not mean giving up traditional forms of diplomacy and influence such as the cycle of force or economic diplomacy; they often complement them.',
      cloze: 'complement',
      clozeVariants: ['supplement', 'complete'],
      list: {
        prompt: 'Which traditional ways of exerting influence does the conclusion of the article name?',
        stem: 'The conclusion names as a traditional way of exerting influence:',
        items: ['the cycle of force', 'economic diplomacy'],
        ask: 2,
      },
      swaps: [{ text: 'complement', alternatives: ['replace'] }],
    },
  },
  {
    id: 'bcd-concept-further-tracks',
    kind: 'concept',
    topic: 'conclusion',
    source: { section: 'conclusion', footnotes: [21] },
    pl: {
      statement:
        'BCD i Track II pokazują, jak zmienia się podejście do stosunków międzynarodowych: dziś mówi się nie tylko o pierwszej i drugiej ścieżce, lecz także o dyplomacji trzeciej ścieżki, a nawet o Multitrack Diplomacy, by zwiększyć zaangażowanie podmiotów z różnych środowisk.',
      list: {
        prompt: 'Jakie dalsze formy dyplomacji – poza pierwszą i drugą ścieżką – wymienia zakończenie?',
        stem: 'Poza pierwszą i drugą ścieżką zakończenie wymienia:',
        items: ['dyplomację trzeciej ścieżki', 'Multitrack Diplomacy'],
        ask: 2,
      },
    },
    en: {
      statement:
        'BCD and Track II show how the approach to international relations is changing: today people speak not only of the first and second tracks but also of Track Three and even Multitrack Diplomacy, to involve actors from many backgrounds.',
      list: {
        prompt: 'Which further forms of diplomacy, beyond the first and second tracks, does the conclusion name?',
        stem: 'Beyond the first and second tracks, the conclusion names:',
        items: ['Track Three diplomacy', 'Multitrack Diplomacy'],
        ask: 2,
      },
    },
  },
  {
    id: 'bcd-concept-decision-makers-means',
    kind: 'concept',
    topic: 'conclusion',
    source: { section: 'conclusion', footnotes: [] },
    pl: {
      statement:
        'Wartość alternatywnych form dyplomacji trudno jednoznacznie ocenić, ale dynamicznie zmieniająca się sytuacja geopolityczna w Europie, Azji i Afryce sprawia, że decydenci sięgają po różne sposoby.',
      cloze: 'Europie, Azji i Afryce',
      clozeVariants: ['Europa, Azja i Afryka', 'Europie Azji Afryce', 'Azji, Afryce i Europie'],
      list: {
        prompt: 'Po jakie sposoby sięgają według zakończenia decydenci polityczni? Podaj dwa.',
        stem: 'Zakończenie wymienia wśród sposobów, po które sięgają decydenci:',
        items: ['spotkania organizacji ekonomicznych', 'lobbing', 'udział w szczytach międzynarodowych', 'organizacje o zasięgu globalnym'],
        ask: 2,
      },
    },
    en: {
      statement:
        'The value of alternative forms of diplomacy is hard to judge, but the fast-changing geopolitical situation in Europe, Asia and Africa makes decision-makers reach for various means.',
      cloze: 'Europe, Asia and Africa',
      clozeVariants: ['Europe Asia Africa', 'Asia, Africa and Europe', 'Europe, Asia, Africa'],
      list: {
        prompt: 'Which means do political decision-makers reach for, according to the conclusion? Name two.',
        stem: 'The conclusion lists among the means decision-makers reach for:',
        items: ['meetings of economic organisations', 'lobbying', 'taking part in international summits', 'organisations of global reach'],
        ask: 2,
      },
    },
  },
  // ---------------------------------------------------- Cuban missile crisis
  {
    id: 'bcd-concept-cuba-nuclear-war',
    kind: 'concept',
    topic: 'cuban-missile-crisis',
    source: { section: 'history', footnotes: [12] },
    pl: {
      statement:
        'W czasie kryzysu kubańskiego zakulisowe rozmowy Stanów Zjednoczonych i Związku Radzieckiego odegrały główną rolę w uniknięciu wojny nuklearnej; tylne kanały uzupełniały oficjalne kontakty.',
      cloze: 'wojny nuklearnej',
      clozeVariants: ['wojny jądrowej', 'wojna nuklearna'],
      swaps: [{ text: 'uzupełniały', alternatives: ['zastępowały'] }],
    },
    en: {
      statement:
        'During the Cuban missile crisis, behind-the-scenes talks between the United States and the Soviet Union played a key role in avoiding nuclear war; the back channels complemented the official contacts.',
      cloze: 'nuclear war',
      clozeVariants: ['a nuclear war', 'atomic war'],
      swaps: [{ text: 'complemented', alternatives: ['replaced'] }],
    },
  },
  {
    id: 'bcd-concept-turkey-pledge',
    kind: 'concept',
    topic: 'cuban-missile-crisis',
    source: { section: 'history', footnotes: [12] },
    pl: {
      statement:
        'Tylko prezydent John F. Kennedy i trzech innych doradców wiedziało, że dla rozładowania napięcia ze Związkiem Radzieckim zawarto tajne zobowiązanie do usunięcia amerykańskich rakiet z Turcji.',
      cloze: 'trzech',
      clozeVariants: ['3', 'trzej', 'trzy', 'trzech innych doradców'],
      swaps: [
        { text: 'trzech', alternatives: ['pięciu', 'dziesięciu'] },
        { text: 'z Turcji', alternatives: ['z Grecji', 'z Hiszpanii'] },
      ],
    },
    en: {
      statement:
        'Only President John F. Kennedy and three other advisers knew that, to defuse the tension with the Soviet Union, a secret pledge had been made to remove US missiles from Turkey.',
      cloze: 'three',
      clozeVariants: ['3', 'three other advisers'],
      swaps: [
        { text: 'three', alternatives: ['five', 'ten'] },
        { text: 'from Turkey', alternatives: ['from Greece', 'from Spain'] },
      ],
    },
  },
  {
    id: 'bcd-concept-kennedy-denial',
    kind: 'concept',
    topic: 'cuban-missile-crisis',
    source: { section: 'history', footnotes: [12] },
    pl: {
      statement:
        'Kennedy zaprzeczał istnieniu klauzuli o rakietach w Turcji, bo było to politycznie niebezpieczne: europejscy sojusznicy i krajowe okręgi wyborcze mogłyby uznać ją za zdradę sojuszników i interesów narodowych.',
      cloze: 'zdradę',
      clozeVariants: ['zdrada', 'zdradę sojuszników'],
      list: {
        prompt: 'Kto według artykułu mógłby uznać tajną klauzulę o rakietach w Turcji za zdradę?',
        stem: 'Tajną klauzulę mógłby uznać za zdradę:',
        items: ['europejscy sojusznicy', 'krajowe okręgi wyborcze'],
        ask: 2,
      },
    },
    en: {
      statement:
        'Kennedy denied the clause on the missiles in Turkey because it was politically dangerous: European allies and voters at home could have seen it as a betrayal of allies and of national interests.',
      cloze: 'betrayal',
      clozeVariants: ['a betrayal', 'treason'],
      list: {
        prompt: 'Who, according to the article, could have seen the secret clause on the missiles in Turkey as a betrayal?',
        stem: 'The secret clause could have been seen as a betrayal by:',
        items: ['European allies', 'voters at home (domestic constituencies)'],
        ask: 2,
      },
    },
  },
  // ------------------------------------------------------------------- Oslo
  {
    id: 'bcd-concept-oslo-secret-start',
    kind: 'concept',
    topic: 'oslo',
    source: { section: 'history', footnotes: [13] },
    pl: {
      statement:
        'Porozumienia z Oslo między Izraelem a Organizacją Wyzwolenia Palestyny zaczęły się jako tajne negocjacje, a później przekształciły się w formalne rozmowy pokojowe.',
      cloze: 'tajne negocjacje',
      clozeVariants: ['tajnych negocjacji', 'tajne rozmowy'],
      swaps: [{ text: 'Organizacją Wyzwolenia Palestyny', alternatives: ['Jordanią', 'Syrią'] }],
    },
    en: {
      statement:
        'The Oslo Accords between Israel and the Palestine Liberation Organization began as secret negotiations and later turned into formal peace talks.',
      cloze: 'secret negotiations',
      clozeVariants: ['secret talks', 'a secret negotiation'],
      swaps: [{ text: 'the Palestine Liberation Organization', alternatives: ['Jordan', 'Syria'] }],
    },
  },
  {
    id: 'bcd-concept-oslo-washington',
    kind: 'concept',
    topic: 'oslo',
    source: { section: 'advantages-drawbacks', footnotes: [8] },
    pl: {
      statement: 'W negocjacjach izraelsko-palestyńskich wykorzystano kanał w Oslo, który był wstępem do aktywności Waszyngtonu.',
      cloze: 'Waszyngtonu',
      clozeVariants: ['Waszyngton', 'USA', 'Stanów Zjednoczonych', 'Białego Domu'],
      swaps: [{ text: 'Waszyngtonu', alternatives: ['Moskwy', 'Londynu'] }],
    },
    en: {
      statement: 'The Israeli–Palestinian negotiations used the Oslo channel, which was the prelude to Washington’s involvement.',
      cloze: 'Washington',
      clozeVariants: ['Washington’s', 'the USA', 'the United States', 'the White House'],
      swaps: [{ text: 'Washington', alternatives: ['Moscow', 'London'] }],
    },
  },
  {
    id: 'bcd-concept-two-planes',
    kind: 'concept',
    topic: 'oslo',
    source: { section: 'history', footnotes: [] },
    pl: {
      statement: 'Rozmowy palestyńsko-izraelskie toczą się czasem równocześnie na dwóch płaszczyznach: oficjalnej dyplomacji państw i zakulisowej BCD.',
      cloze: 'dwóch płaszczyznach',
      clozeVariants: ['dwóch', '2 płaszczyznach', 'dwu płaszczyznach'],
      list: {
        prompt: 'Na jakich dwóch płaszczyznach toczą się czasem równocześnie rozmowy palestyńsko-izraelskie?',
        stem: 'Rozmowy palestyńsko-izraelskie toczą się czasem na płaszczyźnie:',
        items: ['oficjalnej dyplomacji państw', 'zakulisowej BCD'],
        ask: 2,
      },
    },
    en: {
      statement: 'Palestinian–Israeli talks sometimes run on two levels at once: the official diplomacy of states and behind-the-scenes BCD.',
      cloze: 'two levels',
      clozeVariants: ['two', '2 levels', 'two planes'],
      list: {
        prompt: 'On which two levels do Palestinian–Israeli talks sometimes run at the same time?',
        stem: 'Palestinian–Israeli talks sometimes run on the level of:',
        items: ['the official diplomacy of states', 'behind-the-scenes BCD'],
        ask: 2,
      },
    },
  },
  // ------------------------------------------------------------ White House
  {
    id: 'bcd-concept-rabin-line-purpose',
    kind: 'concept',
    topic: 'white-house',
    source: { section: 'history', footnotes: [15] },
    pl: {
      statement:
        'Bezpośrednia linia telefoniczna Kissinger–Rabin miała ułatwić Waszyngtonowi prowadzenie polityki zagranicznej sprzecznej z polityką Departamentu Stanu.',
      cloze: 'Departamentu Stanu',
      clozeVariants: ['Departament Stanu', 'State Department'],
      swaps: [{ text: 'sprzecznej z polityką', alternatives: ['uzgodnionej z polityką'] }],
    },
    en: {
      statement: 'The direct Kissinger–Rabin telephone line was meant to help Washington pursue a foreign policy at odds with that of the State Department.',
      cloze: 'State Department',
      clozeVariants: ['the State Department', 'Department of State'],
      swaps: [{ text: 'at odds with', alternatives: ['agreed with'] }],
    },
  },
  {
    id: 'bcd-concept-la-guardia',
    kind: 'concept',
    topic: 'white-house',
    source: { section: 'history', footnotes: [] },
    pl: {
      statement:
        'Tajne negocjacje Eagleburgera z Sánchezem Parodim odbywały się na nowojorskim lotnisku La Guardia, mimo oficjalnej amerykańskiej krytyki reżimu Castro.',
      cloze: 'La Guardia',
      clozeVariants: ['LaGuardia', 'lotnisku La Guardia'],
      swaps: [{ text: 'nowojorskim lotnisku La Guardia', alternatives: ['waszyngtońskim lotnisku Dulles', 'lotnisku w Hawanie'] }],
    },
    en: {
      statement:
        'The secret Eagleburger–Sánchez Parodi negotiations took place at New York’s LaGuardia airport, despite official American criticism of the Castro regime.',
      cloze: 'LaGuardia',
      clozeVariants: ['La Guardia', 'LaGuardia airport'],
      swaps: [{ text: 'New York’s LaGuardia airport', alternatives: ['Washington’s Dulles airport', 'Havana airport'] }],
    },
  },
  // ------------------------------------------------------------ Iran-Contra
  {
    id: 'bcd-concept-iran-contra',
    kind: 'concept',
    topic: 'iran-contra',
    source: { section: 'history', footnotes: [16] },
    pl: {
      statement:
        'W sprawie Iran-Contra bez upoważnienia prezydenta sprzedano broń do Iranu za pośrednictwem Izraela; operacje całkowicie ominęły oficjalną dyplomację i wkroczyły na drogę nielegalności.',
      cloze: 'bez upoważnienia prezydenta',
      clozeVariants: ['bez zgody prezydenta', 'bez wiedzy prezydenta'],
      swaps: [
        { text: 'Izraela', alternatives: ['Egiptu', 'Turcji'] },
        { text: 'bez upoważnienia prezydenta', alternatives: ['z upoważnienia prezydenta'] },
      ],
    },
    en: {
      statement:
        'In the Iran-Contra affair arms were sold to Iran through Israel without the president’s authorisation; the operations bypassed official diplomacy entirely and crossed into illegality.',
      cloze: 'without the president’s authorisation',
      clozeVariants: ['without presidential authorisation', 'without the president’s authorization', 'without presidential authorization'],
      swaps: [
        { text: 'Israel', alternatives: ['Egypt', 'Turkey'] },
        { text: 'without the president’s authorisation', alternatives: ['with the president’s authorisation'] },
      ],
    },
  },
  // ----------------------------------------------------------- South Africa
  {
    id: 'bcd-concept-prisoner-number',
    kind: 'concept',
    topic: 'south-africa',
    source: { section: 'history', footnotes: [17] },
    pl: {
      statement: 'Minister Coetsee kontaktował się z więźniem nr 466/64, czyli z Nelsonem Mandelą, by nawiązać dyskretny kontakt z przywódcami ANC.',
      cloze: '466/64',
      clozeVariants: ['466 64', 'nr 466/64'],
    },
    en: {
      statement: 'Minister Coetsee contacted prisoner no. 466/64, that is Nelson Mandela, to make discreet contact with the leaders of the ANC.',
      cloze: '466/64',
      clozeVariants: ['466 64', 'no. 466/64'],
    },
  },
  {
    id: 'bcd-concept-mandela-offer',
    kind: 'concept',
    topic: 'south-africa',
    source: { section: 'history', footnotes: [17] },
    pl: {
      statement: 'Rząd RPA miał nadzieję zaoferować Mandeli wolność w zamian za wyrzeczenie się walki zbrojnej przez ANC.',
      cloze: 'walki zbrojnej',
      clozeVariants: ['walka zbrojna', 'przemocy', 'walki'],
    },
    en: {
      statement: 'The South African government hoped to offer Mandela his freedom in exchange for the ANC renouncing armed struggle.',
      cloze: 'armed struggle',
      clozeVariants: ['the armed struggle', 'violence'],
    },
  },
  {
    id: 'bcd-concept-cabinet-secrecy',
    kind: 'concept',
    topic: 'south-africa',
    source: { section: 'history', footnotes: [17] },
    pl: {
      statement: 'Prezydent Botha nakazał kontynuować rozmowy z Mandelą, ale początkowo nie mieli o nich wiedzieć nawet członkowie gabinetu.',
      cloze: 'członkowie gabinetu',
      clozeVariants: ['ministrowie', 'gabinet', 'członkowie rządu'],
    },
    en: {
      statement: 'President Botha ordered the talks with Mandela to continue, but at first not even cabinet members were to know about them.',
      cloze: 'cabinet members',
      clozeVariants: ['the cabinet', 'ministers', 'members of the cabinet'],
    },
  },
  {
    id: 'bcd-concept-mandela-fear',
    kind: 'concept',
    topic: 'south-africa',
    source: { section: 'history', footnotes: [17] },
    pl: {
      statement: 'Mandela dążył do negocjacji, ale obawiał się, że rząd otworzy z ANC inne nieoficjalne kanały, które go pominą.',
      cloze: 'pominą',
      clozeVariants: ['ominą', 'pominą go'],
    },
    en: {
      statement: 'Mandela sought negotiations but feared that the government would open other unofficial channels with the ANC that would bypass him.',
      cloze: 'bypass',
      clozeVariants: ['bypass him', 'leave him out', 'sideline'],
    },
  },
  {
    id: 'bcd-concept-south-africa-outcome',
    kind: 'concept',
    topic: 'south-africa',
    source: { section: 'history', footnotes: [17] },
    pl: {
      statement: 'Rozmowy Coetsee z Mandelą ostatecznie przyczyniły się do demokratycznych przemian w RPA.',
      cloze: 'demokratycznych przemian',
      clozeVariants: ['demokratyzacji', 'przemian demokratycznych', 'demokracji'],
    },
    en: {
      statement: 'In the end the Coetsee–Mandela talks contributed to South Africa’s democratic transformation.',
      cloze: 'democratic transformation',
      clozeVariants: ['democratisation', 'democratization', 'democratic change'],
    },
  },
  // ----------------------------------------------------- diplomatic history
  {
    id: 'bcd-concept-world-wars',
    kind: 'concept',
    topic: 'diplomatic-history',
    source: { section: 'introduction', footnotes: [] },
    pl: {
      statement:
        'Poza oficjalną dyplomacją pierwszego kanału, w trakcie sekretnych spotkań i tajnych misji emisariuszy, przebiegały I i II wojna światowa, kryzys kubański i inne epizody zimnej wojny.',
      cloze: 'tajnych misji emisariuszy',
      clozeVariants: ['misji emisariuszy', 'tajnych misji'],
      list: {
        prompt: 'Jakie wydarzenia według wstępu przebiegały także poza oficjalną dyplomacją, podczas tajnych spotkań i misji emisariuszy? Podaj dwa.',
        stem: 'Wstęp wymienia wśród wydarzeń, które przebiegały także podczas tajnych spotkań i misji:',
        items: ['I wojna światowa', 'II wojna światowa', 'kryzys kubański', 'inne epizody zimnej wojny'],
        ask: 2,
      },
    },
    en: {
      statement:
        'Outside official first-channel diplomacy, during secret meetings and covert missions of emissaries, the First and Second World Wars, the Cuban missile crisis and other Cold War episodes unfolded.',
      cloze: 'covert missions of emissaries',
      clozeVariants: ['missions of emissaries', 'secret missions of emissaries', 'covert missions'],
      list: {
        prompt: 'Which events, according to the introduction, also unfolded outside official diplomacy, through secret meetings and missions of emissaries? Name two.',
        stem: 'The introduction lists among the events that also unfolded through secret meetings and missions:',
        items: ['the First World War', 'the Second World War', 'the Cuban missile crisis', 'other Cold War episodes'],
        ask: 2,
      },
    },
  },
  {
    id: 'bcd-concept-middle-east-secret-talks',
    kind: 'concept',
    topic: 'diplomatic-history',
    source: { section: 'history', footnotes: [] },
    context: {
      pl: 'Spoza artykułu: korespondencję Husajn–McMahon prowadzono w latach 1915–1916, a porozumienie Sykes–Picot zawarto w 1916 r.; w źródłach pisze się zwykle „McMahon”.',
      en: 'Not from the article: the Hussein–McMahon correspondence dates from 1915–1916 and the Sykes–Picot Agreement from 1916; the name is usually spelled “McMahon”.',
    },
    pl: {
      statement:
        'Jako przykłady tajnych rozmów o przyszłości Bliskiego Wschodu artykuł podaje korespondencję Hussein–MacMahon, porozumienie Sykes–Picot i francusko-rosyjskie ustalenia dotyczące Palestyny.',
      cloze: 'Sykes–Picot',
      clozeVariants: ['Sykes-Picot', 'Sykesa–Picota', 'Sykes Picot'],
      list: {
        prompt: 'Podaj dwa przykłady tajnych rozmów o przyszłości Bliskiego Wschodu wymienione w artykule.',
        stem: 'Artykuł wymienia wśród tajnych rozmów o przyszłości Bliskiego Wschodu:',
        items: ['korespondencja Hussein–MacMahon', 'porozumienie Sykes–Picot', 'francusko-rosyjskie ustalenia dotyczące Palestyny'],
        ask: 2,
      },
    },
    en: {
      statement:
        'As examples of secret talks on the future of the Middle East the article gives the Hussein–MacMahon correspondence, the Sykes–Picot agreement and the French–Russian arrangements concerning Palestine.',
      cloze: 'Sykes–Picot',
      clozeVariants: ['Sykes-Picot', 'Sykes Picot'],
      list: {
        prompt: 'Give two examples of secret talks on the future of the Middle East named in the article.',
        stem: 'The article lists among the secret talks on the future of the Middle East:',
        items: ['the Hussein–MacMahon correspondence', 'the Sykes–Picot agreement', 'the French–Russian arrangements concerning Palestine'],
        ask: 2,
      },
    },
  },
  // ------------------------------------------------------ Track II history
  {
    id: 'bcd-concept-us-leads-track-two',
    kind: 'concept',
    topic: 'track-two-history',
    source: { section: 'history', footnotes: [18] },
    pl: {
      statement:
        'W praktyce drugiej ścieżki prym wiodą Stany Zjednoczone: w jej propagowanie angażują się tam politycy, w tym były sekretarz obrony William Perry, oraz organizacje zajmujące się np. programem Azja–Pacyfik.',
      cloze: 'Azja–Pacyfik',
      clozeVariants: ['Azja-Pacyfik', 'Azji i Pacyfiku', 'Azja Pacyfik'],
      swaps: [{ text: 'Azja–Pacyfik', alternatives: ['Ameryka Łacińska', 'Bliski Wschód'] }],
    },
    en: {
      statement:
        'The United States leads in the practice of Track II: politicians, including former Secretary of Defense William Perry, and organisations dealing for example with an Asia–Pacific programme promote it there.',
      cloze: 'Asia–Pacific',
      clozeVariants: ['Asia-Pacific', 'Asia Pacific'],
      swaps: [{ text: 'Asia–Pacific', alternatives: ['Latin America', 'Middle East'] }],
    },
  },
  {
    id: 'bcd-concept-dartmouth-meeting',
    kind: 'concept',
    topic: 'track-two-history',
    source: { section: 'history', footnotes: [19] },
    pl: {
      statement:
        'Po zestrzeleniu samolotu U-2 Norman Cousins zorganizował w Dartmouth College spotkanie nieoficjalnych delegacji amerykańskich i radzieckich, złożonych m.in. z naukowców i urzędników, by załagodzić zimnowojenny kryzys dyplomatyczny.',
      cloze: 'Dartmouth College',
      clozeVariants: ['Dartmouth', 'w Dartmouth'],
      swaps: [
        { text: 'Dartmouth College', alternatives: ['Harvard University', 'Yale University'] },
      ],
    },
    en: {
      statement:
        'After the U-2 was shot down, Norman Cousins organised a meeting at Dartmouth College of unofficial American and Soviet delegations, including scientists and officials, to calm the Cold War diplomatic crisis.',
      cloze: 'Dartmouth College',
      clozeVariants: ['Dartmouth', 'at Dartmouth'],
      swaps: [
        { text: 'Dartmouth College', alternatives: ['Harvard University', 'Yale University'] },
      ],
    },
  },
  {
    id: 'bcd-concept-political-psychology',
    kind: 'concept',
    topic: 'track-two-history',
    source: { section: 'history', footnotes: [19] },
    pl: {
      statement:
        'Dzięki wsparciu grup takich jak APA i IPFA zaczęto dostrzegać nową dziedzinę – psychologię polityczną – co pozwoliło organizować spotkania arabskich i izraelskich naukowców oraz emerytowanych urzędników.',
      cloze: 'psychologię polityczną',
      clozeVariants: ['psychologia polityczna', 'psychologii politycznej'],
      swaps: [{ text: 'arabskich i izraelskich', alternatives: ['indyjskich i pakistańskich'] }],
    },
    en: {
      statement:
        'With the support of groups such as the APA and the IPFA a new field – political psychology – gained recognition, which made it possible to bring together Arab and Israeli scholars and retired officials.',
      cloze: 'political psychology',
      clozeVariants: ['politics psychology', 'psychology of politics'],
      swaps: [{ text: 'Arab and Israeli', alternatives: ['Indian and Pakistani'] }],
    },
  },
  {
    id: 'bcd-concept-art-and-science',
    kind: 'concept',
    topic: 'track-two-history',
    source: { section: 'history', footnotes: [19] },
    pl: {
      statement:
        'W drugiej ścieżce wykorzystano także sztukę i naukę: konferencje Amerykańskiej Akademii Sztuki i Nauki z udziałem Arabów i Izraelczyków przerodziły się w pierwszy duży wysiłek na rzecz przełomowego porozumienia z Oslo.',
      cloze: 'porozumienia z Oslo',
      clozeVariants: ['porozumień z Oslo', 'Oslo', 'porozumienia w Oslo'],
      swaps: [{ text: 'porozumienia z Oslo', alternatives: ['porozumienia z Camp David'] }],
    },
    en: {
      statement:
        'Track II also drew on art and science: the American Academy of Arts and Sciences conferences of Arab and Israeli participants grew into the first major effort towards the breakthrough Oslo accord.',
      cloze: 'Oslo accord',
      clozeVariants: ['Oslo Accords', 'Oslo', 'the Oslo accord'],
      swaps: [{ text: 'Oslo accord', alternatives: ['Camp David accord'] }],
    },
  },
  {
    id: 'bcd-concept-kashmir',
    kind: 'concept',
    topic: 'track-two-history',
    source: { section: 'history', footnotes: [19] },
    pl: {
      statement:
        'Przykładem drugiej ścieżki wykorzystującej naukę jest spór Indii i Pakistanu o Kaszmir: konferencja Pugwash zdołała po raz pierwszy od dziesięcioleci zgromadzić obie strony, po czym nastąpił formalny proces pokojowy.',
      cloze: 'Kaszmir',
      clozeVariants: ['Kaszmiru', 'Kashmir'],
      swaps: [{ text: 'konferencja Pugwash', alternatives: ['konferencja Amerykańskiej Akademii Sztuki i Nauki'] }],
    },
    en: {
      statement:
        'Another science-based example of Track II is the India–Pakistan dispute over Kashmir: a Pugwash conference managed to bring both sides together for the first time in decades, and a formal peace process followed.',
      cloze: 'Kashmir',
      clozeVariants: ['Kaszmir', 'Cashmere'],
      swaps: [{ text: 'a Pugwash conference', alternatives: ['a conference of the American Academy of Arts and Sciences'] }],
    },
  },
];
