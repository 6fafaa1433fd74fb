/**
 * Anki card templates rendered to HTML with a note's fields: `{{Field}}`, `{{FrontSide}}`,
 * `{{#Field}}…{{/Field}}`, `{{^Field}}…{{/Field}}` and filters (`{{text:Field}}`, `{{cloze:Field}}`,
 * `{{type:Field}}`, `{{hint:Field}}`, `{{furigana:…}}`…). A missing field renders empty and a broken
 * template renders what it can: rendering never throws.
 */

export type Fields = Readonly<Record<string, string>>;

/** Field names referenced by `{{cloze:Name}}` in a template. */
export function clozeFieldsOf(template: string): string[] {
  return [...template.matchAll(/\{\{([^{}]*?)\}\}/g)]
    .map((m) => (m[1] ?? '').trim().split(':'))
    .filter((parts) => parts.length > 1 && parts.slice(0, -1).some((filter) => filter.trim() === 'cloze'))
    .map((parts) => (parts[parts.length - 1] ?? '').trim());
}

/** Field names a template shows (any `{{…}}` reference with or without filters). */
export function fieldsOf(template: string): string[] {
  return [...template.matchAll(/\{\{([^{}]*?)\}\}/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((ref) => ref !== '' && !'#^/!'.includes(ref[0] as string))
    .map((ref) => (ref.split(':').pop() ?? '').trim())
    .filter((name) => name !== 'FrontSide');
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&nbsp;/gi, ' ');

function nonEmpty(value: string | undefined): boolean {
  return value !== undefined && stripTags(value).trim() !== '';
}

function applyFilters(filters: string[], value: string): string {
  let out = value;
  for (const raw of filters.reverse()) {
    const filter = raw.trim();
    if (filter === 'text') out = stripTags(out);
    // Typing is our typed card's job and hints are shown open; a cloze field is shown as written
    // (our cloze cards read the syntax themselves).
    else if (filter === 'type' || filter.startsWith('type')) out = '';
    else if (filter === 'kana') out = out.replace(/ ?([^ >]+?)\[(.+?)\]/g, '$2');
    else if (filter === 'kanji' || filter === 'furigana') out = out.replace(/ ?([^ >]+?)\[(.+?)\]/g, '$1');
  }
  return out;
}

/**
 * The HTML a template gives for these fields. `frontSide` is what `{{FrontSide}}` stands for (the
 * rendered question, on the answer side).
 */
export function renderTemplate(template: string, fields: Fields, frontSide = ''): string {
  const tokens = template.split(/(\{\{[^{}]*?\}\})/);
  let out = '';
  // Each open section: its field, whether it is negated, and whether it shows.
  const sections: { name: string; showing: boolean }[] = [];
  const showing = () => sections.every((s) => s.showing);
  for (const token of tokens) {
    const tag = /^\{\{([^{}]*?)\}\}$/.exec(token)?.[1]?.trim();
    if (tag === undefined) {
      if (showing()) out += token;
      continue;
    }
    const kind = tag[0];
    if (kind === '#' || kind === '^') {
      const name = tag.slice(1).trim();
      const present = nonEmpty(fields[name]);
      sections.push({ name, showing: kind === '#' ? present : !present });
      continue;
    }
    if (kind === '/') {
      const name = tag.slice(1).trim();
      const index = sections.map((s) => s.name).lastIndexOf(name);
      if (index >= 0) sections.splice(index);
      continue;
    }
    if (kind === '!' || !showing()) continue;
    const parts = tag.split(':');
    const name = (parts.pop() ?? '').trim();
    if (name === 'FrontSide' && parts.length === 0) {
      out += frontSide;
      continue;
    }
    if (parts.some((p) => p.trim().startsWith('hint'))) {
      out += fields[name] ?? '';
      continue;
    }
    out += applyFilters(parts, fields[name] ?? '');
  }
  return out;
}

/** The answer side without the question above it: what follows Anki's `<hr id=answer>`, or all of it. */
export function answerOnly(afmt: string, fields: Fields): string {
  const marker = /<hr[^>]*id\s*=\s*["']?answer["']?[^>]*>/i;
  const rendered = renderTemplate(afmt, fields, '\u0000FRONT\u0000');
  const parts = rendered.split(marker);
  const tail = parts.length > 1 ? parts.slice(1).join('') : rendered;
  return tail.split('\u0000FRONT\u0000').join('');
}
