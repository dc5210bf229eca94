// Words a payer's or a card's text shortens that the label writes out, so the label is the name people use:
// "BAYER. STAATSBAD BAD KISSINGEN" is the Bayerisches Staatsbad, "NAPLES BOTANICAL GRDN" the Naples Botanical Garden.

// The noun's ending tells the adjective's gender: "Bayerisches Staatsbad", "Bayerische Landesbank", "Bayerischer Rundfunk";
// an adjective after it ("Bayer. Rotes Kreuz") its own ending. Nouns of no listed ending keep the shortened form.
const NEUTER = /(?:bad|amt|haus|museum|theater|theatre|werk|kreuz|institut|zentrum|archiv|gericht|ministerium|orchester|schauspiel|landesamt|es)$/i;
const FEMININE = /(?:ung|bank|kammer|schule|anstalt|stiftung|bahn|oper|akademie|bibliothek|kasse|gesellschaft|polizei|kanzlei|sammlung|sammlungen|forsten|e)$/i;
const MASCULINE = /(?:rundfunk|verband|verein|bund|hof|landtag|er)$/i;

/** "BAYER. STAATSBAD …" → "BAYERISCHES STAATSBAD …"; the text unchanged when the noun's gender is not known. */
export function withBavarianWrittenOut(s: string): string {
  return s.replace(/^(BAYER|Bayer)\.\s*(?=(\p{L}{3,}))/u, (m: string, bayer: string, noun: string) => {
    const ending = NEUTER.test(noun) ? "es" : FEMININE.test(noun) ? "e" : MASCULINE.test(noun) ? "er" : null;
    if (!ending) return m;
    const word = `${bayer}isch${ending}`;
    return `${bayer === "BAYER" ? word.toUpperCase() : word} `;
  });
}

/** `word` (lower case) in the case the printed `short` form has: "MKT" → "MARKET", "Mkt" → "Market", "Grdn" → "Garden". */
export function writtenOut(short: string, word: string): string {
  return short === short.toUpperCase() ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1);
}

/** "NAPLES BOTANICAL GRDN", "SELBY GRDNS": a garden's word as a US terminal shortens it. */
export function withGardenWrittenOut(s: string): string {
  return s.replace(/\b(GRDNS?|Grdns?)\b/g, (m: string) => writtenOut(m, m.length === 5 ? "gardens" : "garden"));
}
