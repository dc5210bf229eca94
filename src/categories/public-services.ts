// Services a town or a transit operator sells under its own name. A US town bills its transit, parking, water and
// library as "CITY OF MAPLEWOOD TRANSIT", "TOWN OF CARY WATER": the service says what was bought, the town's name only
// who sold it, so heuristics.ts reads these before the town's own words ("city of"), which leave the town's levies
// ("CITY OF MAPLEWOOD PROPERTY TAX") as taxes. A transit operator named by its trade ("Verkehrsbetriebe Lindenau",
// "Eifel-Mosel-Busverkehr GmbH") sells rides, whatever its pass is called ("Abo", "Jahresabo"): read before the
// subscription words too. "CITY OF GAINESVILLE RTS" is its Regional Transit System.
const TOWN = "(city|town|village|county|borough) of( [a-z]+){1,2}";

export const PUBLIC_SERVICES: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["utilities", [`${TOWN} (utilities|utility|util|water|waterworks|water works|power|electric|light and power)`]],
  ["transport", [`${TOWN} (transit|transportation|bus|buses|trolley|rts)`, "regional transit( system)?", "verkehrsverbund",
    // Whole or cut by the card field ("DESSAUER VERKEHRSGESELLS", "VERKEHRSBETR"); a US or Emirati transit authority's initials
    // ("NEW ORLEANS RTA", "GCRTA"), not a flat-pack cabinet's "RTA".
    "(stadt|nah|bus|regional|kreis)?verkehrsges[a-z]*", "(stadt|nah|bus|regional|kreis)?verkehrsbetr[a-z]*", "(gc|no)?rta(?! (cabinets?|cabinetry|furniture|kitchens?|store|stores))", "[a-z]*busverkehr", "nahverkehr"]],
  ["fuel", [`${TOWN} (parking|parking services|parking meters?|meters?)`]],
  ["education", [`${TOWN}( public)? (library|libraries)`]],
];
