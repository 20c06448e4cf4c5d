import { describe, expect, it } from "vitest";
import { PLACEMENT_SETTINGS } from "../../search/placements.ts";
import { analyseWord, analysedQuery, analysedTerms, freeTextInterests, normalizeWord, participantInterests, splitCompound, stemKey, tokenize } from "../../search/swedish.ts";
import { COST, damerauLevenshtein, matchingWords, parseQuery, textRankingScore, textRules, wordCost } from "../../search/text.ts";

const rules = textRules(PLACEMENT_SETTINGS);
const word = (q: string) => parseQuery(q, rules)[0]!;
/** As a non-final query word: no prefix matching. */
const inner = (q: string) => parseQuery(`${q} x`, rules)[0]!;
const cost = (q: string, term: string) => wordCost(inner(q), normalizeWord(term));

describe("normalisation", () => {
  it("lower-cases and drops accents but keeps å, ä and ö as letters of their own", () => {
    expect(normalizeWord("Kafé")).toBe("kafe");
    expect(normalizeWord("Crème")).toBe("creme");
    expect(normalizeWord("TRÄDGÅRD")).toBe("trädgård");
    expect(normalizeWord("Ödeshög")).toBe("ödeshög");
    expect(normalizeWord("tra\u0308dga\u030ard")).toBe("trädgård"); // decomposed input
  });

  it("splits on anything that is not a letter or digit", () => {
    expect(tokenize("IT-support, städ & 2 hundar")).toEqual(["it", "support", "städ", "2", "hundar"]);
  });

  it("splits exactly where a Unicode letter-or-digit pattern would, whatever the script or surrogate pairs", () => {
    const byPattern = (text: string) => Array.from(text.matchAll(/[\p{L}\p{N}]+/gu), (match) => normalizeWord(match[0]));
    const texts = [
      "Städa, plocka & packa: 3–4 h/dag!",
      "tra\u0308dga\u030ard", // combining marks are not letters
      "Ω-klubben ½ dag, Ⅻ, ２０ ｋｍ",
      "𝐀𝐁 emoji 🐴 häst\ud800ensam\udc00",
      "",
      "---",
      "a",
    ];
    for (const text of texts) expect(tokenize(text), text).toEqual(byPattern(text));
  });
});

describe("a participant's own description of their interests", () => {
  it("keeps the words that name something and drops liking, wanting, trying, work as such and degree, in any inflection", () => {
    expect(freeTextInterests("Tycker mycket om djur, särskilt hundar och hästar. Vill gärna vara ute.")).toEqual(
      ["mycket", "om", "djur", "hundar", "och", "hästar", "vara", "ute"], // function words go as the search's stop words
    );
    expect(freeTextInterests("Tyckte om att jobba med händerna. Gillade att prova, provar ofta. Jobbet: trä.")).toEqual(
      ["om", "att", "med", "händerna", "att", "trä"],
    );
    // A compound that starts with a filler word is a word of its own: "arbetsledning" is not "arbete".
    expect(freeTextInterests("arbetsledning, jobbcoach")).toEqual(["arbetsledning", "jobbcoach"]);
  });

  it("adds to the tags only what they do not name already, by stem, each once", () => {
    const tags = ["matlagning", "baka", "kafé", "laga mat"];
    expect(participantInterests(tags, "Gillar att laga mat och baka. Bakar ofta hemma och bjuder familjen.")).toEqual(
      [...tags, "att", "och", "bjuder", "familjen"], // "att" and "och" then go as the search's stop words
    );
    expect(participantInterests(["träffa folk"], "Träffar gärna folk, hästar och en häst.")).toEqual(["träffa folk", "hästar", "och", "en"]);
    expect(participantInterests([], "")).toEqual([]);
  });
});

describe("Swedish stems and compounds", () => {
  it("gives inflected forms one key, including the definite -et, -ning nouns and syncope", () => {
    for (const [a, b] of [["lager", "lagret"], ["lager", "lagr"], ["häst", "hästarna"], ["städa", "städning"], ["plocka", "plockning"], ["cykel", "cyklar"], ["kök", "köket"], ["kassa", "kassan"]]) {
      expect(stemKey(a!), `${a} ~ ${b}`).toBe(stemKey(b!));
    }
    expect(stemKey("stad")).not.toBe(stemKey("städ"));
  });

  it("splits compounds into known parts, with a linking s", () => {
    expect(splitCompound("trädgårdsarbete")).toEqual(["trädgård", "arbete"]);
    expect(splitCompound("lagerarbete")).toEqual(["lager", "arbete"]);
    expect(splitCompound("bilverkstad")).toEqual(["bil", "verkstad"]);
    expect(splitCompound("lager")).toEqual([]);
  });

  it("reads a query compound with a generic head as its first part", () => {
    expect(analyseWord("lagerjobb").queryKey).toBe(stemKey("lager"));
    expect(analyseWord("trädgårdsjobb").queryKey).toBe(stemKey("trädgård"));
  });

  it("gives Meilisearch the analysed terms and the analysed query", () => {
    const terms = analysedTerms(["Trädgårdsarbete och lagret"]);
    expect(terms).toEqual(expect.arrayContaining([stemKey("trädgård"), "tradgard", stemKey("arbete"), stemKey("lager")]));
    expect(analysedQuery("Lagret tradgard")).toBe(`${stemKey("lager")} tradgard`);
  });
});

describe("how well a query word meets an indexed word", () => {
  it("ranks exact above stem above folded or misspelt", () => {
    expect(cost("lager", "lager")).toBe(COST.exact);
    expect(cost("lagret", "lager")).toBe(COST.stem);
    expect(cost("lager", "lagerarbete")).toBe(COST.stem); // a compound part
    expect(cost("hastar", "hästarna")).toBe(COST.folded);
    expect(cost("lgaer", "lager")).toBe(COST.stem + 1); // one typo
  });

  it("gives no folded or misspelt match to words of four letters or fewer", () => {
    expect(cost("stad", "städ")).toBe(-1);
    expect(cost("städ", "stad")).toBe(-1);
    expect(cost("städ", "städning")).toBe(COST.stem);
    expect(cost("hast", "hästarna")).toBe(-1);
    expect(cost("kok", "kök")).toBe(-1);
  });

  it("keeps Meilisearch's typo rules: one from 5 letters, two from 9, a first-letter typo counts as two", () => {
    expect(damerauLevenshtein("lgaer", "lager", 2)).toBe(1);
    expect(damerauLevenshtein("kontor", "lager", 2)).toBe(3);
    expect(cost("logistk", "logistik")).toBe(COST.stem + 1);
    expect(cost("lokalvrdare", "lokalvårdare")).toBe(COST.stem + 1);
    expect(cost("bibliotk", "bibliotek")).toBe(COST.stem + 1);
    expect(cost("pibliotek", "bibliotek")).toBe(COST.stem + 2);
    expect(cost("vager", "lager")).toBe(-1);
  });

  it("lets typos reach prefixes and compound parts", () => {
    expect(wordCost(word("lagrarb"), "lagerarbete")).toBe(COST.stem + 1); // last word: a prefix with a typo
    expect(cost("trädgrd", "trädgårdsarbete")).toBe(COST.stem + 1); // a part with one typo
    expect(cost("städa", "staden")).toBe(-1); // folding and a typo do not add up
  });

  it("lets only the last query word match as a prefix", () => {
    const [first, last] = parseQuery("trä lag", rules);
    expect(wordCost(first!, "trädgård")).toBe(-1);
    expect(wordCost(last!, "lagerlokal")).toBe(COST.exact);
  });

  it("expands synonyms after stemming, both ways", () => {
    expect(cost("logistik", "lagret")).toBe(COST.stem);
    expect(cost("lagret", "logistik")).toBe(COST.stem);
    expect(cost("plocka", "lager")).toBe(COST.stem);
    expect(cost("fik", "kafé")).toBe(COST.stem);
    expect(cost("kafe", "fiket")).toBe(COST.stem);
    expect(cost("hundar", "djur")).toBe(COST.stem);
    expect(cost("hund", "häst")).toBe(-1);
  });

  it("drops stop words from the query", () => {
    expect(parseQuery("jobba i ett kafé och med djur", rules).map((w) => w.text)).toEqual(["jobba", "kafe", "djur"]);
  });

  it("quotes the document's own word that matched", () => {
    const document = { title: "Lagret på Gnistan", tasks: ["Plocka varor"] };
    expect(matchingWords(document, ["title", "tasks"], parseQuery("lagr", rules))).toEqual(["lagret"]);
    expect(matchingWords(document, ["title", "tasks"], parseQuery("zebrafink", rules))).toEqual([null]);
    // The cheapest match wins over an earlier one, and of equal ones the first: "lager" meets "lagret" (a stem) in
    // the title before it meets "lager" itself (exact) in the tasks.
    const both = { title: "Lagret på Gnistan", tasks: ["Packa på lager", "Lager igen"] };
    expect(matchingWords(both, ["title", "tasks"], parseQuery("lager", rules))).toEqual(["lager"]);
    expect(matchingWords({ title: "Lagret och lagren" }, ["title"], parseQuery("lager", rules))).toEqual(["lagret"]);
  });
});

describe("ranking score", () => {
  it("is 1 for every word matched exactly in the first attribute and lower for worse matches, later attributes or fewer words", () => {
    expect(textRankingScore([0, 0], 2, 0, 8, "frequency")).toBe(1);
    const stem = textRankingScore([0, 1], 2, 0, 8, "frequency")!;
    const folded = textRankingScore([0, 2], 2, 0, 8, "frequency")!;
    const later = textRankingScore([0, 0], 2, 3, 8, "frequency")!;
    const fewer = textRankingScore([0, -1], 2, 0, 8, "frequency")!;
    expect(folded).toBeLessThan(stem);
    expect(stem).toBeLessThan(1);
    expect(later).toBeLessThan(1);
    expect(fewer).toBeLessThan(folded);
    expect(fewer).toBeGreaterThan(0);
  });

  it("applies the matching strategy", () => {
    expect(textRankingScore([-1, 0], 2, 0, 8, "all")).toBeNull();
    expect(textRankingScore([-1, 0], 2, 0, 8, "last")).toBeNull();
    expect(textRankingScore([-1, 0], 2, 0, 8, "frequency")).not.toBeNull();
  });
});
