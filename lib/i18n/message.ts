/** A message is plain text, or one text per plural category of the language (CLDR, via Intl.PluralRules). */
export type PluralMessage = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralMessage;
export type Catalog = Readonly<Record<string, Message>>;
