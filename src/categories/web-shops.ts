// A business no brand list, card code or trade word placed, paid by card under its web shop's domain ("ROCKLER.COM",
// "TOOLINEO.DE", "TRIDIAS.CO.UK", "WILLEMSE.FR"): what a card buys from a web shop is goods. categorize.ts asks this
// last, so a known service's domain (Netflix, a listing portal, a parcel service the dictionary holds) was placed before.
// A domain that names a service itself stays unplaced: parcels and shipping, rooms and lets, tickets, software and apps,
// hosting, brokers and insurance; so does a charity's, a body's or a state's domain (.org, .gov, .edu), which sells nothing.

// The shop's domain as banks print it: a name of three letters or more, then a shop's top-level domain.
const DOMAIN = /(?:^|[\s*/])(?:www\.)?([a-z0-9][a-z0-9-]{2,})\.(?:com|de|fr|nl|be|at|ch|eu|biz|net|shop|store|co\.uk|uk)(?=$|[\s/,.])/i;

// A service's word anywhere in the domain's name (long enough to mean itself in a glued name) …
const SERVICE_INSIDE = /(parcel|shipp|ticket|broker|insur|versicher|verzeker|assur|booking|hosting|software|schufa|kredit|credit|loan|lening|travel|reise|flight|hotel)/;
// … or a shorter one at the name's start or end, where a glued name puts it ("SPAREROOM", "HOMELET", "RENTILA", "GOSHIPPO").
const SERVICE_EDGE = /^(rent|room|let|soft|app|host|mail|pay|bank|tax|learn|stream|cloud|vpn|post|ship|park|go)|(rent|room|rooms|let|lets|soft|app|apps|host|mail|pay|bank|tax|cloud|vpn|post|parking|tickets?|pass)$/;

/** "shopping" when a card paid a web shop's domain that names no service; null otherwise. */
export function webShopCategory(texts: (string | null | undefined)[]): string | null {
  for (const text of texts) {
    const name = text ? DOMAIN.exec(text)?.[1]?.toLowerCase().replace(/-/g, "") : undefined;
    if (!name) continue;
    return SERVICE_INSIDE.test(name) || SERVICE_EDGE.test(name) ? null : "shopping";
  }
  return null;
}
