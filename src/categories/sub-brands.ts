// A company that sells under several brands is the payee of all of them:
// "Drillisch Online GmbH" bills winSIM and PremiumSIM, Telefónica bills Blau
// and Ay Yildiz. The brand the person bought is the one the purpose names
// ("Mobilfunk winSIM Juni"); the company alone stays the merchant otherwise.
import { matchMerchantText } from "./merchant-dictionary.ts";

/** Dictionary name of the billing company → dictionary names of the brands it bills for. */
const SUB_BRANDS: Readonly<Record<string, readonly string[]>> = {
  Drillisch: ["winSIM", "PremiumSIM", "Yourfone", "DeutschlandSIM", "Smartmobil"],
  O2: ["Blau", "Ay Yildiz"],
  freenet: ["Klarmobil", "Mobilcom-Debitel"],
};

/** The brand a row's purpose names when its payee is the company behind it, else null. */
export function subBrandOf(payee: string, purpose: string | null | undefined): string | null {
  const brands = SUB_BRANDS[payee];
  if (!brands || !purpose) return null;
  const named = matchMerchantText(purpose);
  return named && brands.includes(named.name) ? named.name : null;
}
