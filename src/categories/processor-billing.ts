// A card processor bills its own merchants: "PAYONE GmbH | Entgeltabrechnung März 2026 Kartenterminal H5000", "PAYONE GmbH |
// Terminalmiete und Servicepauschale 10/2026". The purpose then names the processor's fee, terminal or service, not a shop
// the processor collected for, so the processor is the merchant (a self-employed person's card-acceptance costs).

// Words a processor's own bill opens with: its fee statement, terminal rent, service flat fee, discount rate or transaction fees.
const OWN_BILL =
  /^\s*(?:entgelt\p{L}*|(?:karten)?terminal\p{L}*|service\s?pauschale|ger(?:ä|ae)temiete|disagio|transaktionsgeb(?:ü|ue)hr\p{L}*|grundgeb(?:ü|ue)hr\p{L}*|monthly\s+(?:service\s+)?fee|terminal\s+(?:rental|hire|fee)|card\s+machine\s+(?:rental|hire|fee)|transaction\s+fees?|frais\s+(?:de\s+)?(?:terminal|location\s+tpe)|location\s+tpe)\b/iu;

/** True when a processor's purpose is its own bill to the account holder, not a shop it collected for. */
export function isProcessorOwnBill(description: string | null | undefined): boolean {
  return !!description && OWN_BILL.test(description);
}
