/**
 * Counts with the right Swedish noun form: "1 dag", "3 dagar", "0 dagar". Swedish has two forms (one, other), and
 * Intl.PluralRules("sv") says which a number takes, so a count never meets the wrong form ("1 rader"). Browser-safe.
 */
const rules = new Intl.PluralRules("sv");

/** The noun's form for `n`: pluralWord(1, "dag", "dagar") → "dag", pluralWord(2, "dag", "dagar") → "dagar". */
export function pluralWord(n: number, one: string, other: string): string {
  return rules.select(n) === "one" ? one : other;
}

/** The count and its noun: plural(1, "rad", "rader") → "1 rad", plural(4, "rad", "rader") → "4 rader". */
export function plural(n: number, one: string, other: string): string {
  return `${n} ${pluralWord(n, one, other)}`;
}
