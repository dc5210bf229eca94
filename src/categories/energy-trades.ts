// The trades of households taking their homes and their travel off gas and petrol, enumerated by trade rather than
// from statements: what a grid operator or a supplier pays for the power a roof feeds in, a car's greenhouse-gas quota
// bought by a trader, a rebate for a heat pump; solar, insulation and charging installers; wood pellets, community
// solar and solar leases; car-sharing clubs; zero-waste and refill grocers — in German, English, French and Dutch.
// Whole folded words, as shop-kinds.ts matches them; a card field cuts a name at 20–25 characters.
//
// Policy, as the ground rules say: feed-in and export payments, a greenhouse-gas quota's payout and a grant or a
// rebate for a heat pump, a battery, insulation or an e-bike are income_other (state or utility money, not earnings,
// and no shop's refund); installers and fitters are tradesmen (shopping); wood pellets heat the home (utilities); car
// sharing is short trips (transport); zero-waste grocers are groceries. (A repair café, which runs on donations, is
// read with the gifts in heuristics.ts, before the café's word.)
//
// Left out because a word alone has another meaning: "recharge" (a French phone top-up), "charging" (a bank's fee
// line, "charging order"), "zero waste" (a council's waste service), "export" alone (a shop's name). Known to earlier
// lists already: Unverpackt, Pellethandel, Solartechnik, car club, autopartage, autodelen, épicerie en vrac, solar lease.

/** Money paid in for power fed into the grid, a car's quota or an energy-saving rebate: read before the brand, whose refund it is not. */
export const ENERGY_PAID_IN: readonly string[] = [
  // The German feed-in tariff and its wordings ("EEG-Einspeisevergütung", "Einspeisung PV", "Marktprämie").
  "(eeg )?einspeisevergutung[a-z]*", "einspeisung( pv| photovoltaik| solar)?", "einspeiseentgelt", "eeg vergutung", "marktpramie",
  // A car's greenhouse-gas quota sold through a trader ("THG-Quote Prämie", "THG-Bonus").
  "thg (quote|pramie|bonus)( [a-z]+)?",
  // The UK's Smart Export Guarantee and the old feed-in tariff.
  "smart export( guarantee)?", "seg (export|payment|pmt)", "feed in tariff", "fit (generation|export) payment",
  // The French obligation d'achat and a surplus bought back; the Dutch payment for power fed back.
  "obligation (d )?achat( pv)?", "achat surplus( [a-z]+)?", "terugleververgoeding", "vergoeding teruglevering",
  // A grant paid out for the work ("Auszahlung Foerderung Einzelmassnahme Daemmung"), whose trade word is no shop's refund.
  "auszahlung (der )?(forderung|fordermittel|zuschuss)", "fordermittel[a-z]*",
  // A rebate for the home's energy work ("HEAT PUMP REBATE", "WEATHERIZATION REBATE").
  "(heat pump|insulation|weatherization|battery|solar|ebike|e bike|energy efficiency) rebates?",
];

/** Trade words of the energy transition, read after every other shop kind: what those leave, these name. */
export const ENERGY_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A community-solar subscription sells the power, as a supplier does (a solar lease is an earlier list's).
  ["utilities", ["(comm|community|shared) solar", "granules( de bois)?", "woodfuel", "wood pellets?"]],
  // Solar, insulation and charging installers: tradesmen ("MENDIP SOLAR", "DAEMMTECHNIK UCKERMA", "ISOLEERBEDRIJF WEZEP").
  // "Solar" alone decides only here, after the supply's, the lease's and the tanning studio's words of the lists before.
  ["shopping", [
    "solar", "photovoltaik", "pv anlagen", "photovoltaique", "zonnepaneel", "zonnepanelen",
    "[a-z]*dammtechnik", "[a-z]*dammung", "dammstoffe", "isoleer[a-z]*",
    "laadtechniek",
  ]],
  // Per-trip car share ("MIOCAR CARSHARE", "DORFAUTO WOLFHAGEN", "DEELAUTO HEETEN").
  ["transport", ["carshare", "car share", "dorfauto", "deelauto[a-z]*"]],
  // Zero-waste and refill grocers, a farmers' market cut by the field ("SEBASTOPOL FARMERS MK").
  ["groceries", ["bulk foods", "refillery", "farmers mk"]],
  // An open-air pool.
  ["entertainment", ["openluchtbad", "buitenbad"]],
];
