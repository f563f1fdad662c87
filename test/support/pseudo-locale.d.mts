/** The pseudo-locale en-XA made from the English messages (see pseudo-locale.mjs). */
type Template = string | { readonly other: string; readonly [category: string]: string };

export const PSEUDO_TAG: string;
export const PSEUDO_OPEN: string;
export const PSEUDO_CLOSE: string;

export function pseudoText(text: string): string;
export function pseudoTemplate<T extends Template>(template: T): T;
export function pseudoTranslation<G extends Record<string, Readonly<Record<string, Template>>>>(
  englishGroups: G,
  tag?: string,
): { $code: string; $name: string } & { [K in keyof G]: { [M in keyof G[K]]: G[K][M] extends string ? string : G[K][M] } };
export function withoutPseudoText(text: string): string;
