// A trade's compounds written once: each head glued to each tail ("kletter" × "zentrum", "halle"), each a whole word
// of the keyword lists. Shared by the trade vocabularies that spell a compound's family (leisure-, personal-trades.ts).

/** Each head glued to each tail, heads first: glued(["foto"], ["shop", "lab"]) is ["fotoshop", "fotolab"]. */
export const glued = (heads: readonly string[], tails: readonly string[]): string[] =>
  heads.flatMap((head) => tails.map((tail) => head + tail));
