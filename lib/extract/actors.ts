/** People and organisations, with the role the text gives them and abbreviations resolved. */
import type { Lang } from '@/lib/content/lang';
import { trimPhrase } from './text';

export interface ActorMention {
  /** The name as written (maybe inflected). */
  name: string;
  /** Offsets of the name inside the sentence. */
  start: number;
  end: number;
  type: 'person' | 'organisation';
  role?: string;
  /** The abbreviation or its expansion given beside it. */
  alias?: string;
  confidence: number;
}

const TITLES = new Set([
  'prezydent', 'prezydenta', 'prezydentowi', 'premier', 'premiera', 'generał', 'generała', 'gen.', 'minister', 'ministra', 'sekretarz', 'sekretarza', 'przewodniczący', 'przywódca', 'przywódcy', 'król', 'papież', 'kanclerz', 'ambasador', 'ks.', 'bp', 'prof.', 'dr',
  'por.', 'zob.', 'cyt.', 'tamże', 'por', 'zob',
  'president', 'prime', 'minister', 'secretary', 'chairman', 'chairwoman', 'general', 'gen.', 'sir', 'king', 'queen', 'pope', 'chancellor', 'ambassador', 'senator', 'sen.', 'dr.', 'prof.', 'professor', 'mr.', 'mrs.', 'lord', 'state', 'foreign', 'defense', 'defence', 'vice', 'deputy', 'leader', 'director', 'head',
]);

const ROLE_WORDS = /\b(?:prezydent\p{L}*|premier\p{L}*|przywódc\p{L}*|minist\p{L}*|sekretarz\p{L}*|generał\p{L}*|gen\.|ambasador\p{L}*|szef\p{L}*|dyrektor\p{L}*|przewodnicząc\p{L}*|lider\p{L}*|doradc\p{L}*|król\p{L}*|papież\p{L}*|kanclerz\p{L}*|dyplomat\p{L}*|negocjator\p{L}*|badacz\p{L}*|założyciel\p{L}*|redaktor\p{L}*|profesor\p{L}*|teoretyk\p{L}*|filozof\p{L}*|fizyk\p{L}*|polityk\p{L}*|pisarz\p{L}*|działacz\p{L}*|wysłannik\p{L}*|agent\p{L}*|oficer\p{L}*|dziennikar\p{L}*|president|prime minister|minister|chairman|secretary|leader|head|director|ambassador|general|advis[eo]r|editor|professor|founder|chancellor|king|official|diplomat|negotiator|senator|envoy|employee|member|physicist|philosopher|researcher|scholar|journalist|spokesman|commander|officer|agent|correspondent|economist|activist)\b/iu;

const NOT_NAMES = new Set([
  'stany', 'stanów', 'stanach', 'zjednoczone', 'zjednoczonych', 'związek', 'związku', 'radziecki', 'radzieckiego', 'sowiecki', 'biały', 'białego', 'dom', 'domu', 'wojna', 'wojny', 'zimna', 'zimnej', 'układ', 'układu', 'warszawski', 'warszawskim', 'sejm', 'sejmu', 'polska', 'polski', 'polskiej', 'rzeczypospolitej', 'ludowej', 'europa', 'europie', 'europy', 'kościół', 'pałac', 'pałacu', 'akt', 'końcowy', 'nagroda', 'nagrody', 'nobla', 'słowa', 'kluczowe', 'streszczenie', 'wstęp', 'zakończenie', 'bibliografia',
  'journal', 'relations', 'resolution', 'history', 'assessment', 'abstract', 'international', 'conflict', 'studies', 'perspective', 'short', 'an', 'we', 'channel', 'back', 'electronic', 'politics', 'affairs', 'quarterly', 'press', 'university', 'la',
  'united', 'states', 'soviet', 'union', 'cold', 'war', 'world', 'nobel', 'peace', 'prize', 'manifesto', 'treaty', 'accords', 'accord', 'strip', 'bank', 'west', 'east', 'gaza', 'middle', 'the', 'in', 'on', 'it', 'this', 'after', 'when', 'during', 'track', 'diplomacy', 'dyplomacja', 'dyplomacji', 'conference', 'conferences', 'declaration', 'final', 'act', 'crisis', 'missile', 'white', 'house', 'new', 'york', 'review', 'saturday', 'foreign', 'policy', 'task', 'force', 'dialogue', 'regional', 'conflicts', 'letters', 'mutual', 'recognition', 'interim', 'principles', 'self-government', 'arrangements', 'palestinian', 'israeli', 'american', 'russian', 'norwegian',
]);

// Documents are not actors, though they are capitalised like organisations.
const DOCUMENT_WORDS = /^(?:Treaty|Declaration|Manifesto|Accords?|Act|Agreement|Charter|Convention|Protocol|Traktat\p{L}*|Deklaracj\p{L}*|Manifest\p{L}*|Porozumie\p{L}*|Akt\p{L}*|Kart[aąy]|Konwencj\p{L}*|Protok\p{L}*)$/u;

// Inflected forms of place names that look like a person's first and last name ("Stanami Zjednoczonymi").
const PLACE_STEMS = /^(?:zjednoczon|radzieck|sowieck|wschod|zachod|południow|północn|afryc|afryk|bliski|europ|stan[aeóy])/iu;

const ORG_WORDS = /^(?:Conferences?|Committee|Foundation|Institute|Institution|Organi[sz]ation|Council|Department|Agency|College|University|Party|Congress|Authority|Forces|Ministry|Society|Academy|Association|Commission|Service|Bureau|Office|Komitet\p{L}*|Instytut\p{L}*|Organizacj\p{L}*|Fundacj\p{L}*|Rad[ayzę]|Departament\p{L}*|Urz[ąę]d\p{L}*|Ministerstw\p{L}*|Kongres\p{L}*|Parti\p{L}*|Konferencj\p{L}*|Akademi\p{L}*|Towarzystw\p{L}*|Uniwersytet\p{L}*|Stowarzyszeni\p{L}*|Komisj\p{L}*|Zgromadzeni\p{L}*)$/u;
const KNOWN_ACRONYMS = new Set(['NATO', 'KGB', 'CIA', 'FBI', 'ONZ', 'UN', 'PZPR', 'OWP', 'PLO', 'ANC', 'UE', 'EU', 'OBWE', 'KBWE', 'OSCE', 'CSCE', 'NSZZ', 'MSZ', 'MSW', 'OPZZ', 'IDF', 'UNESCO', 'IRA', 'SB', 'NKWD']);

const NAME_TOKEN = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{Ll}’']+(?:-St\.\s\p{Lu}\p{Ll}+|(?:-\p{Lu}?\p{Ll}+)*)|St\.|(?:de|van|von|al|bin|ibn|la|da|di|du|der)(?=\s\p{Lu}))`;
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\d])${NAME_TOKEN}(?:\s${NAME_TOKEN})*`, 'gu');
const CONNECTORS = /^(?:of|for|on|and|the|a|i|w|ds\.|do|dla|na|z|przy)$/u;

function isTitle(token: string): boolean {
  return TITLES.has(token.toLowerCase());
}

function roleAfter(sentence: string, end: number): string | undefined {
  const m = /^(?:,|\s+[-–—])\s+(?<role>(?:then\s+)?(?:a|an|the|ówczesn\p{L}*|były|była|późniejszy)?\s*[\p{Ll}](?:[^,;.()]|\.(?=\S)){2,120}?)(?:,|;|\.(?!\S)|\)|$)/u.exec(sentence.slice(end));
  if (!m?.groups) return undefined;
  const role = trimPhrase(m.groups.role ?? '');
  if (/^(?:który|która|które|którzy|who|which|that|and|or|i|a|oraz|but|ale|gdy|when|while|where|gdzie|jak|as|po|after|w|in|on|na|z|with)\b/iu.test(role)) return undefined;
  if (role.split(/\s+/).length > 14) return undefined;
  if (!ROLE_WORDS.test(role) && !/^(?:ówczesn|then|a |an |the |były|była)/iu.test(role)) return undefined;
  return role;
}

function roleBefore(sentence: string, start: number): string | undefined {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const m = /(?:^|[,;:(]\s*|\s(?:by|for|with|and|of|from|to|przez|dla|z|i|oraz|że|gdy|kiedy|which|who|między|between)\s+)(?<role>[^,;:()]{2,60})\s*$/u.exec(before);
  const role = trimPhrase(m?.groups?.role ?? '');
  if (!role || !ROLE_WORDS.test(role)) return undefined;
  if (role.split(/\s+/).length > 6) return undefined;
  return role.replace(/^(?:the|a|an)\s+/i, '');
}

/** Actors named in one sentence. */
export function findActors(sentence: string, lang: Lang): ActorMention[] {
  const out: ActorMention[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);

  // 1. "Full Name (ABBR)" and "ABBR (Full Name)": abbreviations with their expansions.
  for (const m of sentence.matchAll(/\(\s*(\p{Lu}{2,7})\s*\)/gu)) {
    const abbr = m[1]!;
    const before = sentence.slice(0, m.index);
    const tokens = before.trimEnd().split(/\s+/);
    const picked: string[] = [];
    let capitals = 0;
    for (let i = tokens.length - 1; i >= 0 && picked.length < abbr.length + 4; i--) {
      const token = tokens[i]!.replace(/[,;:]$/, '');
      if (/^[\p{Lu}]/u.test(token)) {
        picked.unshift(token);
        capitals++;
        if (capitals >= abbr.length) break;
      } else if (CONNECTORS.test(token) && picked.length > 0) picked.unshift(token);
      else break;
    }
    while (picked.length > 0 && CONNECTORS.test(picked[0]!)) picked.shift();
    if (capitals < 2 || picked.length === 0) continue;
    const full = picked.join(' ');
    if (picked.some((t) => DOCUMENT_WORDS.test(t))) continue;
    if (!picked.some((t) => t[0] === abbr[0])) continue;
    const start = before.lastIndexOf(full);
    if (start < 0) continue;
    const end = m.index + m[0].length;
    taken.push([start, end]);
    out.push({ name: full, start, end: start + full.length, type: 'organisation', alias: abbr, role: roleAfter(sentence, end) ?? roleBefore(sentence, start), confidence: 0.85 });
  }

  // 2. Runs of capitalised words: people, or organisations when they hold an organisation word.
  for (const run of sentence.matchAll(NAME_RUN)) {
    let m: { 0: string; index: number } = { 0: run[0], index: run.index };
    if (run[0].split(/\s/).some((t) => ORG_WORDS.test(t))) {
      // Organisation names go on over "i", "w", "of", "and": "Instytut Psychiatrii i Spraw Zagranicznych".
      const tail = new RegExp(String.raw`^(?:\s(?:i|w|and|of|for|on|the|ds\.)\s${NAME_TOKEN}(?:\s${NAME_TOKEN})*)+`, 'u').exec(sentence.slice(run.index + run[0].length));
      if (tail) m = { 0: run[0] + tail[0], index: run.index };
    }
    let tokens = m[0].split(/\s/);
    let start = m.index;
    // Titles inside the run ("Israeli Prime Minister Yitzhak Rabin") belong to the role.
    let lastTitle = -1;
    const hasOrgWord = tokens.some((t) => ORG_WORDS.test(t));
    tokens.forEach((t, i) => {
      if (!hasOrgWord && isTitle(t) && i < tokens.length - 1) lastTitle = i;
    });
    if (lastTitle >= 0) {
      start += tokens.slice(0, lastTitle + 1).join(' ').length + 1;
      tokens = tokens.slice(lastTitle + 1);
    }
    const orgRun = tokens.some((t) => ORG_WORDS.test(t));
    while (!orgRun && tokens.length > 0 && NOT_NAMES.has(tokens[0]!.toLowerCase())) {
      start += tokens[0]!.length + 1;
      tokens = tokens.slice(1);
    }
    if (tokens.length === 0) continue;
    const name = tokens.join(' ').replace(/[.’']+$/, (s) => (/^\p{Lu}\.$/u.test(tokens[tokens.length - 1]!) ? s : ''));
    const end = start + name.length;
    if (overlaps(start, end)) continue;
    if (tokens.some((t) => DOCUMENT_WORDS.test(t))) {
      taken.push([start, end]);
      continue;
    }
    const isOrg = tokens.some((t) => ORG_WORDS.test(t));
    const words = tokens.filter((t) => !/^\p{Lu}\.$/u.test(t) && !CONNECTORS.test(t));
    if (isOrg && /^(?:The|A)\s/.test(name)) {
      // "The Dartmouth Conference" and "Dartmouth Conference" are one actor.
      const cut = name.indexOf(' ') + 1;
      const trimmed = name.slice(cut);
      if (!overlaps(start + cut, end) && trimmed.includes(' ')) {
        taken.push([start + cut, end]);
        out.push({ name: trimmed, start: start + cut, end, type: 'organisation', role: roleAfter(sentence, end), confidence: 0.7 });
      }
      continue;
    }
    if (isOrg && words.length >= 2) {
      taken.push([start, end]);
      out.push({ name, start, end, type: 'organisation', role: roleAfter(sentence, end), confidence: 0.7 });
      continue;
    }
    if (words.length < 2 || words.length > 4) {
      if (words.length === 1 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(words[0]!) && !overlaps(start, end)) {
        // One word of two capitalised halves is a name of its own: Sun-Tzu.
        const role = roleBefore(sentence, start) ?? roleAfter(sentence, end);
        if (role) {
          taken.push([start, end]);
          out.push({ name, start, end, type: 'person', role, confidence: 0.7 });
        }
        continue;
      }
      if (words.length === 1 && start > 0) {
        // A lone surname: kept only to merge with a full name found elsewhere.
        const previous = /(\S+)\s+$/u.exec(sentence.slice(0, start))?.[1] ?? '';
        const role = isTitle(previous) ? roleBefore(sentence, start) : undefined;
        if (!NOT_NAMES.has(words[0]!.toLowerCase()) && words[0]!.length > 2) {
          out.push({ name, start, end, type: 'person', role, confidence: role ? 0.5 : 0.2 });
        }
      }
      continue;
    }
    if (words.some((w) => NOT_NAMES.has(w.toLowerCase()) || PLACE_STEMS.test(w))) continue;
    taken.push([start, end]);
    const role = roleAfter(sentence, end) ?? roleBefore(sentence, start);
    out.push({ name, start, end, type: 'person', role, confidence: role ? 0.85 : 0.6 });
  }

  // 2b. "the Fafo institute": a name before a lower-case organisation word.
  for (const m of sentence.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s+(?:institute|foundation|committee|agency|instytut|fundacja|komitet)(?![\p{L}])/gu)) {
    if (overlaps(m.index, m.index + m[1]!.length) || NOT_NAMES.has(m[1]!.toLowerCase())) continue;
    taken.push([m.index, m.index + m[1]!.length]);
    out.push({ name: m[1]!, start: m.index, end: m.index + m[1]!.length, type: 'organisation', confidence: 0.6 });
  }

  // 2c. Works and periodicals named in quotes after the word for them: w dziele „Sztuka wojny”.
  for (const m of sentence.matchAll(/(?:dziel\p{L}*|książ\p{L}*|pra[cy]\p{L}*|magazyn\p{L}*|pism\p{L}*|tygodnik\p{L}*|gazet\p{L}*|redaktor\p{L}*|journal|book|magazine|newspaper|editor\s+of)\s+[„"“]([^”"]{2,40})[”"]/giu)) {
    const name = m[1]!;
    const at = m.index + m[0].indexOf(name);
    if (!/^\p{Lu}/u.test(name) || overlaps(at, at + name.length)) continue;
    taken.push([at, at + name.length]);
    out.push({ name, start: at, end: at + name.length, type: 'organisation', confidence: 0.6 });
  }

  // 3. Well-known acronyms standing alone.
  for (const m of sentence.matchAll(/(?<![\p{L}])(\p{Lu}{2,6})(?![\p{L}])/gu)) {
    if (!KNOWN_ACRONYMS.has(m[1]!) || overlaps(m.index, m.index + m[0].length)) continue;
    out.push({ name: m[1]!, start: m.index, end: m.index + m[1]!.length, type: 'organisation', confidence: 0.55 });
  }
  void lang;
  return out;
}
