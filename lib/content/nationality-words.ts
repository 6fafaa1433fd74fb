import type { Lang } from './lang';
import type { Nationality } from './fact-schema';
import { foldText } from './text-rules';

// Folded word beginnings that name a nationality ("radzieck" covers radziecka, radzieckiej…).
const WORDS: Record<Exclude<Nationality, 'international'>, Record<Lang, string[]>> = {
  us: { pl: ['amerykan', 'usa', 'stanow zjednoczonych', 'stany zjednoczone', 'waszyngton'], en: ['american', 'united states', 'usa', 'us', 'washington'] },
  ussr: { pl: ['radzieck', 'sowieck', 'zsrr', 'rosyjsk'], en: ['soviet', 'ussr', 'russian'] },
  israel: { pl: ['izrael'], en: ['israel'] },
  palestine: { pl: ['palestyn'], en: ['palestin'] },
  cuba: { pl: ['kuba', 'kuban', 'kubie', 'kuby'], en: ['cuba'] },
  'south-africa': { pl: ['poludniowoafryk', 'rpa', 'republiki poludniowej afryki', 'afryki poludniowej'], en: ['south africa'] },
  egypt: { pl: ['egip'], en: ['egypt'] },
  china: { pl: ['chinsk', 'chin '], en: ['chinese', 'china'] },
  france: { pl: ['francu', 'francj', 'francji'], en: ['french', 'france'] },
};

/** The nationalities a text names (by adjective, country or capital), in a fixed order. */
export function namedNationalities(text: string, lang: Lang): Nationality[] {
  const folded = ` ${foldText(text)} `;
  return (Object.keys(WORDS) as (keyof typeof WORDS)[]).filter((nationality) =>
    WORDS[nationality][lang].some((word) => folded.includes(` ${word}`)),
  );
}
