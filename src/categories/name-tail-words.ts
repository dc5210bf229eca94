// Words a US or UK payee prints after its own name in a short form the name does not keep: an apartment complex's
// "APTS" ("WESTCOTT COMMONS APTS" is Westcott Commons) and a co-operative's "COOP", which it spells "Co-op"
// ("WASHINGTON ELECTRIC COOP" is Washington Electric Co-op, as "EAST OF ENGLAND COOP" is East of England Co-op).

// "Apts" after a name of one word or more; the word written out ("… Landing Apartments") is the name's own.
const APTS_END = /(?<=\p{L}{2,})\s+Apts\.?$/u;

// "Coop" ending a name of two words or more; a one-word "Coop" is the Swiss chain, "Enercoop" a word of its own, and a
// French or Dutch name ("Fromagerie des Bauges Coop") keeps its own word.
const COOP_END = /^(?!.*\b(?:des|du|de|la|le|les|van|het)\b)(\p{L}[\p{L}'.]*(?:\s+\p{L}[\p{L}'.]*)*)\s+Coop$/iu;

/** The name as it goes by: "Apts" dropped, a closing "Coop" spelled "Co-op". */
export function withTailWords(name: string | null): string | null {
  if (!name) return name;
  const complex = name.replace(APTS_END, "");
  const coop = COOP_END.exec(complex)?.[1];
  return coop ? `${coop} Co-op` : complex;
}
