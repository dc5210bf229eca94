// State family benefits paid in: the household's pay, as the corpus files them (test/corpus/writing-a-pool.md) and as
// the retired pools label the Familienkasse, beside the pensions (retiree-trades.ts). Whole folded words, money in only,
// read before the other benefits (money-moves.ts OTHER_INCOME), which stay other income: unemployment, housing, sickness,
// a student's grant.

/** A family benefit by its word or its office's ("Kindergeld 11/2025", "BEEG Basiselterngeld", "CHILD BENEFIT", "Kinderbijslag"). */
export const FAMILY_BENEFITS: readonly string[] = [
  // German: child benefit, its supplement, parental allowance (Basiselterngeld, ElterngeldPlus, the BEEG act it pays under).
  "kindergeld", "kinderzuschlag", "familienkasse", "[a-z]*elterngeld[a-z]*", "beeg",
  // UK: HMRC's child benefit office ("HMRC CHB") and the child element of tax credits.
  "child benefits?", "hmrc chb", "child tax credits?", "guardians? allowance",
  // French: the family allowance fund and what it pays for children (its housing and minimum-income benefits: below).
  "caf", "allocations? familiales?", "prestations? familiales?", "paje", "prestation accueil jeune enfant", "allocation de rentree scolaire", "complement familial",
  // Dutch: the SVB's child benefit, the child budget and the childcare allowance (not the rent or care allowances).
  "kinderbijslag", "kindgebonden budget", "kinderopvangtoeslag",
];

/** A French fund's housing or minimum-income benefit is no family benefit ("CAF DES DEUX SEVRES APL 02/2026"): other income. */
const NOT_FAMILY = / (apl|als|alf|aah|rsa|aide (personnalisee )?(au |a la )?logement|allocations? (de )?logement|prime d activite)( |$)/;

/** True when the folded text names a housing or minimum-income benefit, which a family fund also pays. */
export function namesOtherBenefit(folded: string): boolean {
  return NOT_FAMILY.test(` ${folded}`);
}
