// A business no brand list, card code or trade word placed, paid by card under its web shop's domain ("ROCKLER.COM",
// "TOOLINEO.DE", "TRIDIAS.CO.UK", "WILLEMSE.FR"): what a card buys from a web shop is goods. categorize.ts asks this
// last, so a known service's domain (Netflix, a listing portal, a parcel service the dictionary holds) was placed before.
// A domain that names a service itself stays unplaced: parcels and shipping, rooms and lets, tickets, software and apps,
// hosting, brokers and insurance; so does a charity's or a body's domain (.org, .edu), which sells nothing. A state's site
// (.gov) is paid a fee or a levy: taxes.

// The shop's domain as banks print it: a name of three letters or more, then a shop's top-level domain.
const DOMAIN = /(?:^|[\s*/])(?:www\.)?([a-z0-9][a-z0-9-]{2,})\.(?:com|de|fr|nl|be|at|ch|eu|biz|net|shop|store|co\.uk|uk)(?=$|[\s/,.])/i;

// A service's word anywhere in the domain's name (long enough to mean itself in a glued name) …
const SERVICE_INSIDE = /(parcel|shipp|ticket|broker|insur|versicher|verzeker|assur|booking|hosting|software|schufa|kredit|credit|loan|lening|travel|reise|flight|hotel)/;
// … or a shorter one at the name's start or end, where a glued name puts it ("SPAREROOM", "HOMELET", "RENTILA", "GOSHIPPO").
const SERVICE_EDGE = /^(rent|room|let|soft|app|host|mail|pay|bank|tax|learn|stream|cloud|vpn|post|ship|park|go)|(rent|room|rooms|let|lets|soft|app|apps|host|mail|pay|bank|tax|cloud|vpn|post|parking|tickets?|pass)$/;

// A state's site ("ILSOS.GOV", "DMV.CA.GOV"): a card pays it a filing fee or a levy, as a registration office is paid.
const STATE_SITE = /(?:^|[\s*/])[a-z0-9-]{2,}(?:\.[a-z]{2})?\.gov(?=$|[\s/,.])/i;

/** "taxes" when a card paid a state's site; null otherwise. */
export function stateSiteCategory(texts: (string | null | undefined)[]): string | null {
  return texts.some((t) => !!t && STATE_SITE.test(t)) ? "taxes" : null;
}

/** "shopping" when a card paid a web shop's domain that names no service; null otherwise. */
export function webShopCategory(texts: (string | null | undefined)[]): string | null {
  for (const text of texts) {
    const name = text ? DOMAIN.exec(text)?.[1]?.toLowerCase().replace(/-/g, "") : undefined;
    if (!name) continue;
    return SERVICE_INSIDE.test(name) || SERVICE_EDGE.test(name) ? null : "shopping";
  }
  return null;
}
