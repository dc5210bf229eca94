// Landlords that are neither a person nor a letting firm: housing co-operatives and public or non-profit housing
// companies, as patterns over folded text (heuristics.ts reads them among the rent words, money out only). A
// co-operative's member does not pay "Miete": they hold a permanent usage contract ("Dauernutzungsvertrag") and pay
// a usage fee for the flat ("Nutzungsgebühr", "Nutzungsentgelt"), so those words are rent too, whoever the payee.
// A co-operative counts only when its name says it builds or lets homes: a Volksbank or Raiffeisenbank eG, a
// "Genossenschaftsbank", a consumer, winegrowers' or energy co-operative is no landlord, so "Genossenschaft" and
// "eG" alone never count.

/** Crops and land a "Bau" also grows: a winegrowers', fruit growers' or gardeners' co-operative or club builds no homes. */
const NOT_BUILDING = "(?!(wein|obst|garten|land|acker|feld|gemuse|tief|maschinen)[a-z]*bau)";

/** The housing provider by its kind, in its own name. */
export const HOUSING_PROVIDERS: readonly string[] = [
  // German: Wohnungsbaugenossenschaft, Baugenossenschaft, Wohn(ungs)genossenschaft, Bauverein, Beamten-Wohnungsverein,
  // Wohnungsbau- and Wohnbaugesellschaft, gemeinnützige Wohnungsgesellschaft, Wohnstätten.
  `${NOT_BUILDING}[a-z]*baugenossenschaft(en)?`, "wohn(ungs)?genossenschaft(en)?", `${NOT_BUILDING}[a-z]*bauverein`, "[a-z]*wohnungsverein",
  "wohnungsbau[a-z]*", "wohnbau[a-z]*", "wohnungs(gesellschaft|unternehmen|aktiengesellschaft)", "wohnstatten",
  // Dutch: woningcorporatie, woonstichting, woningbouwvereniging. English "housing association", "housing co-op" and
  // "housing trust" all hold "housing".
  "woningcorporatie", "wooncorporatie", "woonstichting", "woningstichting", "woningbouw[a-z]*", "housing",
  // French: an office HLM or OPH, a social landlord (bailleur social), the old OPAC; "… Habitat" names most of them.
  "hlm", "oph (de|du|des|d) [a-z]+", "opac", "bailleur", "logements? sociaux?", "logement social", "habitat",
];

/** A co-operative's own words for its rent ("Dauernutzungsvertrag 56218 Monatsbetrag Juli", "Nutzungsgebühr Wohnung"). */
export const CO_OP_RENT: readonly string[] = ["dauernutzungsvertrag(es)?", "nutzungsgebuhr", "nutzungsentgelt"];
