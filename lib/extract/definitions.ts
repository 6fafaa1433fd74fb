/** Definitions: "X to …", "X oznacza …", "przez X rozumie się …", "tzw. X", "X is a …", "X refers to …". */
import type { Lang } from '@/lib/content/lang';
import { trimPhrase } from './text';

export interface DefinitionMatch {
  term: string;
  definition: string;
  /** Offsets of the term inside the sentence. */
  termStart: number;
  termEnd: number;
  confidence: number;
}

interface Rule {
  pattern: RegExp;
  /** A cheap test first: most sentences hold none of a rule's words, and the full pattern backtracks. */
  hint: RegExp;
  /** "X – …": a person with a role looks the same, and is left to the actors. */
  dash?: boolean;
  confidence: number;
  /** The subject must start the sentence and be a short noun phrase. */
  subject?: boolean;
}

const PL_RULES: Rule[] = [
  { hint: /rozumie/, pattern: /(?:^|\s)[Pp]rzez\s+(?<term>.{2,80}?)\s+rozumie(?:my)?\s+się\s+(?<def>.{8,})/su, confidence: 0.85 },
  { hint: /[-–—]/, pattern: /^(?<term>[^,.:;()]{2,80}?(?:\s*\([^)]{1,40}\))?)\s+[-–—]\s+(?:to\s+)?(?<def>\p{Ll}.{8,})/su, confidence: 0.8, subject: true, dash: true },
  { hint: /tzw\.|zwan/i, pattern: /(?:[Tt]ak\s+zwan\p{L}+|tzw\.)\s+(?<term>[^,(.;]{2,60}?)\d?\s*(?:\([^)]*\))?,?\s+(?:termin,?.*?,\s+)?(?:oznacza|oznaczają|to|jest|czyli|stanowi|stanowią)\s+(?<def>.{8,})/su, confidence: 0.8 },
  { hint: /zwan|nazywan|określan/, pattern: /(?:zwan\p{L}*|nazywan\p{L}*|określan\p{L}*)\s+(?:też\s+|także\s+)?(?<term>„[^”]{2,60}”|"[^"]{2,60}")\s*,?\s+(?:czyli|to|oznacza)\s+(?<def>.{8,})/su, confidence: 0.8 },
  { hint: /oznacza|określa się|definiuje się/, pattern: /^(?<term>[^,.:;()]{2,80}?)\s+(?:oznacza|oznaczają|określa się jako|definiuje się jako)\s+(?<def>.{8,})/su, confidence: 0.8, subject: true },
  { hint: /\sto\s/, pattern: /^(?<term>[^,.:;()]{2,60}?)\s+(?:to)\s+(?<def>\p{Ll}.{8,})/su, confidence: 0.7, subject: true },
  { hint: /\s(?:jest|są)\s/, pattern: /^(?<term>[^,.:;()]{2,60}?)\s+(?:jest|są)\s+(?<def>(?:to\s+)?\p{Ll}+\s+\p{Ll}.{8,})/su, confidence: 0.55, subject: true },
  { hint: /czyli/, pattern: /(?<term>(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*|[\p{Ll}-]+\s+[\p{Ll}-]+),\s+czyli\s+(?<def>[^,;.]{6,})/su, confidence: 0.7 },
  { hint: /termin|pojęcie|określenie/, pattern: /(?:termin|pojęcie|określenie)\s+(?<term>„[^”]{2,60}”|"[^"]{2,60}")\s*,?\s+(?:oznacza|to|czyli|określa)\s+(?<def>.{8,})/su, confidence: 0.8 },
  { hint: /tzw\.|zwan/i, pattern: /(?:tzw\.|tak\s+zwan\p{L}+)\s+(?<term>„[^”]{2,60}”|"[^"]{2,60}"|[\p{L}-]+(?:\s+[\p{L}-]+)?)(?=[\s,.;)])/su, confidence: 0.55 },
  { hint: /\(ang\./, pattern: /(?<term>\p{L}[\p{L}\s-]{1,40}?)\s+\(ang\.\s+(?<def>[^)]{2,60})\)/su, confidence: 0.6 },
];

const EN_RULES: Rule[] = [
  { hint: /defined/, pattern: /^(?<term>[^,;:()]{2,80}?)\s+(?:is|are|was|were)\s+(?:also\s+)?defined\s+as\s+(?<def>.{8,})/su, confidence: 0.85, subject: true },
  { hint: /defined/, pattern: /(?<term>(?:\p{L}[\p{L}\d.-]*\s+){0,2}\p{L}[\p{L}\d.-]*),\s+which\s+(?:can\s+be|is|may\s+be)\s+defined\s+as\s+(?<def>[^;]{8,})/su, confidence: 0.8 },
  { hint: /term/, pattern: /the\s+term\s+(?<term>.{2,60}?)\s+is\s+used\s+(?:by\s+[^,]{2,40}\s+)?to\s+(?:define|describe|denote|mean)\s+(?<def>.{8,})/su, confidence: 0.8 },
  { hint: /refer/, pattern: /^(?<term>[^,;:()]{2,80}?)\s+(?:refers|referred|refer)\s+to\s+(?<def>.{8,})/su, confidence: 0.85, subject: true },
  { hint: /means|denotes|stands/, pattern: /^(?<term>[^,;:()]{2,80}?)\s+(?:means|denotes|stands\s+for)\s+(?<def>.{8,})/su, confidence: 0.75, subject: true },
  { hint: /\s(?:is|are|was|were)\s/, pattern: /^(?<term>[^,;:]{2,80}?)(?:\s*,\s+[^,]{0,160}?,?)?\s+(?:is|are|was|were)\s+(?<def>(?:a|an|the|one)\s+.{8,})/su, confidence: 0.7, subject: true },
  { hint: /\s(?:is|was)\s/, pattern: /^(?<term>[^,;:()]{2,60}?)\s+(?:is|was)\s+(?<def>what\s+.{8,}|(?:unofficial|official|informal|formal)\b.{8,})/su, confidence: 0.6, subject: true },
  { hint: /i\.\s?e\./, pattern: /(?<term>[^,;]{2,60}),\s+i\.\s?e\.,?\s+(?<def>[^,;.]{6,})/su, confidence: 0.7 },
];

const PRONOUN_SUBJECT = /^(?:nie|tak|it|this|that|these|those|he|she|they|there|we|i|you|its|his|her|their|one|ten|ta|to|te|on|ona|oni|one|co|kto|który|która|które|jednak|obecnie|dziś|w|na|z|i|a|the\s+(?:first|second|third|last|next|following))\b/iu;

const WEAK_OPENERS = /^(?:jedn\p{L}*|inn\p{L}*|dzięki|nie|miało|miał|tym|tak|taki\p{L}*|wiele|większ\p{L}*|najważniejsz\p{L}*|najbardziej|kolejn\p{L}*|pierwsz\p{L}*|drug\p{L}*|ostatni\p{L}*|główn\p{L}*|celem|wynikiem|przykładem|skutkiem|działania|wymiana|the\s+(?:first|main|result|aim|goal))\b/iu;

function cutDefinition(raw: string): string {
  let def = trimPhrase(raw).replace(/\s*\[\d+\]/g, '');
  if (def.length > 220) {
    const cut = def.slice(0, 220);
    const at = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '), cut.lastIndexOf(' – '));
    def = at > 60 ? cut.slice(0, at) : cut.replace(/\s+\S*$/, '') + '…';
  }
  return def.replace(/[.;:,]+$/, '');
}

function cleanTerm(raw: string, lang: Lang): string {
  let term = trimPhrase(raw).replace(/[„”"]/g, '');
  if (lang === 'en') term = term.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+or\s+.*$/i, '');
  return term.replace(/\d+$/, '').trim();
}

/** Definitions one sentence gives, most confident first. */
export function findDefinitions(sentence: string, lang: Lang): DefinitionMatch[] {
  const out: DefinitionMatch[] = [];
  for (const rule of lang === 'pl' ? PL_RULES : EN_RULES) {
    if (!rule.hint.test(sentence)) continue;
    const m = rule.pattern.exec(sentence);
    if (!m?.groups) continue;
    const rawTerm = m.groups.term ?? '';
    const term = cleanTerm(rawTerm, lang);
    const words = term.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > 8 || term.length < 2) continue;
    // "Adam Rapacki – minister …" is an actor with a role, not a definition.
    if (rule.dash && /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(term) && /^(?:minist|prezydent|premier|przywódc|sekretarz|generał|ambasador|dyplomat|polityk)/u.test(m.groups.def ?? '')) continue;
    // Weak patterns ("X to …", "X jest …") only for named things, not for openers like "Zalety są …".
    if (rule.subject && rule.confidence < 0.75 && (words.length < 2 || WEAK_OPENERS.test(term))) continue;
    if (rule.subject && (PRONOUN_SUBJECT.test(term) || !/^[\p{Lu}"„“\d]/u.test(trimPhrase(rawTerm)))) continue;
    const definition = m.groups.def === undefined ? '' : cutDefinition(m.groups.def);
    if (definition.split(/\s+/).length < 2 && !/ang\./.test(rule.pattern.source)) {
      if (m.groups.def !== undefined) continue;
    }
    const termAt = sentence.indexOf(rawTerm.trim(), m.index);
    const start = termAt >= 0 ? termAt : m.index;
    out.push({
      term,
      definition: /ang\./.test(rule.pattern.source) && definition ? `ang. ${definition}` : definition,
      termStart: start,
      termEnd: start + (termAt >= 0 ? rawTerm.trim().length : 0),
      confidence: rule.confidence,
    });
  }
  return out;
}
