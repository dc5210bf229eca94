// An airline ticket's number is 13 digits, the first three the airline's IATA
// accounting code (016 United, 006 Delta). US card descriptors print the
// airline's short name before it ("UNITED 0162345678901"), which alone names
// nothing a person would recognise; with the code agreeing, it is the airline.

/** Accounting code → the airline's name as the brand dictionary knows it (upper case, as card fields print). */
const AIRLINE_CODES: Readonly<Record<string, string>> = {
  "001": "AMERICAN AIRLINES",
  "006": "DELTA AIR LINES",
  "014": "AIR CANADA",
  "016": "UNITED AIRLINES",
  "027": "ALASKA AIRLINES",
  "057": "AIR FRANCE",
  "074": "KLM",
  "125": "BRITISH AIRWAYS",
  "220": "LUFTHANSA",
  "279": "JETBLUE",
  "526": "SOUTHWEST AIRLINES",
};

const TICKET = /^([A-Z]+(?:\s+[A-Z]+)?)\s+(\d{3})\d{10}\b.*$/;

/**
 * "UNITED 0162345678901 AUSTIN CA" → "UNITED AIRLINES": the short name before a ticket number is the airline
 * whose code begins the number, when the name is the start of that airline's; anything else is left as it is.
 */
export function airlineOfTicket(text: string): string {
  const m = TICKET.exec(text);
  const airline = m ? AIRLINE_CODES[m[2]!] : undefined;
  return airline && (airline === m![1] || airline.startsWith(`${m![1]} `)) ? airline : text;
}
