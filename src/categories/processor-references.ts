// What payment processors print around the shop they collect for: PayPal's booking reference and its "Ihr Einkauf
// bei …", and the Dutch payment services' "… via Mollie".

// PayPal's booking reference ("PP.4162.PP"): PayPal's own code, never a shop's name.
const PROCESSOR_REFERENCE = /\bPP\.\d+\.PP\b/;
export const PROCESSOR_REFERENCE_ALL = new RegExp(PROCESSOR_REFERENCE.source, "g");

/** True when the text carries a processor's booking reference (PayPal's "PP.4162.PP"). */
export function hasProcessorReference(text: string): boolean {
  return PROCESSOR_REFERENCE.test(text);
}

/**
 * The shop named inside a processor's booking text: PayPal's
 * "PP.7723.PP . GOOGLE, Ihr Einkauf bei GOOGLE" → "GOOGLE".
 */
export function processorSubMerchant(text: string): string | null {
  const pp = /PP\.\d+\.PP\/?\s*[.,]\s*([^,]+),/.exec(text) ?? /^\s*\.\s*([^,]+),/.exec(text);
  if (pp?.[1]?.trim()) return pp[1].trim();
  const bei = /Ihr Einkauf bei\s+(.+?)(?:\/|$)/i.exec(text);
  if (bei?.[1]?.trim()) return bei[1].trim();
  // "SD22-4417-2030 Bloemkist via Mollie 08-2025": the shop a Dutch payment service collects for, named before it.
  return VIA_SERVICE_SHOP.exec(text)?.[1] ?? null;
}

// The letter words (up to three) before "via Mollie" and the other Dutch payment services' "via".
const VIA_SERVICE_SHOP = /(?<![\p{L}\d-])((?:\p{L}[\p{L}.'&-]*\s+){0,2}\p{L}[\p{L}.'&-]*)\s+via\s+(?:mollie|stripe|adyen|buckaroo|multisafepay|pay\.nl)\b/iu;
// A wallet or pay-later service after a shop's name ("Flowers & Co via PayPal", "Kinderhuis via Klarna"); not after a
// payment word alone ("Zahlung via PayPal", "Payment via Klarna"), where the service is all the text names.
const VIA_WALLET = /(?<=\p{L})\s+via\s+(?:paypal|klarna|sumup|zettle|unzer|payone|ratepay)\b.*$/iu;
const PAYMENT_WORD_ONLY = /^\s*(?:\S+[\s-])?(?:zahlung|bezahlt|gezahlt|payment|paid|betaling|betaald|einkauf|kauf|purchase|bestellung|order|achat|paiement)$/iu;
/** "Cinetree via Mollie Rotterdam, NL" → "Cinetree": the payment service and what follows it are not the shop's name. */
export const withoutServiceAfter = (text: string): string => {
  const shop = text.replace(/(?<=\p{L})\s+via\s+(?:mollie|stripe|adyen|buckaroo|multisafepay|pay\.nl)\b.*$/iu, "");
  const beforeWallet = shop.replace(VIA_WALLET, "");
  return beforeWallet !== shop && !PAYMENT_WORD_ONLY.test(beforeWallet) ? beforeWallet : shop;
};
