// What a bus company's or a market stall's terminal prints after the name: the ticket it sold ("STADTBUS WASSERBURG
// FAHRKARTE", "… FAHRSCHEIN") and the weekly market the stall stands at ("GEMUESE HAHN WOCHENMARKT"). The bus company
// and the stall are the merchant, not the ticket or the market.

// A ticket's word after a name of two words or more: "Stadtbus Fahrkarte" alone stays a name.
const TICKET = /(?<=\S\s+\S+)\s+(?:Fahrkarten?|Fahrscheine?|Einzelfahrschein|Tageskarte|Tagesticket)$/iu;

// The weekly market after a stall's name of two words or more ("Gemuese Hahn Wochenmarkt"); a market's own name
// ("Wochenmarkt Karlsplatz", "Wochenmarkt Altstadt") begins with the word and keeps it.
const STALL = /(?<=\S\s+\S+)\s+(?:Wochenmarkt|Marktstand)$/iu;

/** The name without a ticket's or a weekly market's word after it ("Stadtbus Wasserburg Fahrkarte" → "Stadtbus Wasserburg"). */
export function withoutTicketOrStall(name: string | null): string | null {
  return name && name.replace(TICKET, "").replace(STALL, "");
}
