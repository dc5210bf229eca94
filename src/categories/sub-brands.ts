// A company that sells under several brands is the payee of all of them:
// "Drillisch Online GmbH" bills winSIM and PremiumSIM, Telefónica bills Blau
// and Ay Yildiz, Keolis Nederland runs RRReis. The brand the person bought is
// the one the row names beside the company ("Mobilfunk winSIM Juni", "RRReis
// Keolis Nederland"); the company alone stays the merchant otherwise.
import { brandsNamedBy } from "./merchant-dictionary.ts";
import { foldText } from "./normalize.ts";

/** Dictionary name of the billing company → dictionary names of the brands it bills for. */
const SUB_BRANDS: Readonly<Record<string, readonly string[]>> = {
  Drillisch: ["winSIM", "PremiumSIM", "Yourfone", "DeutschlandSIM", "Smartmobil"],
  O2: ["Blau", "Ay Yildiz"],
  freenet: ["Klarmobil", "Mobilcom-Debitel"],
  "Keolis NL": ["RRReis"],
  // "LOUVRE HOTELS*CAMPANILE", "LEDER & SCHUH AG HUMANIC", "DPG MEDIA*DE VOLKSKRANT", "Deutsche Bahn Connect GmbH Call a Bike".
  "Louvre Hotels": ["Campanile", "Kyriad", "Première Classe", "Golden Tulip"],
  "Leder & Schuh": ["Humanic"],
  "DPG Media": ["De Volkskrant", "Trouw", "Het Parool"],
  "Deutsche Bahn": ["Call a Bike"],
  // RSG Group (read as McFIT, its first brand) also bills John Reed and Gold's Gym memberships.
  McFIT: ["John Reed", "Gold's Gym"],
  Volkswagen: ["Elli"],
  // The OV-chipkaart is the card; the operator printed beside it sold the ride.
  // The app sells the fare association's ticket: "NALDO HANDYTICKET" is naldo's.
  "HandyTicket Deutschland": ["naldo", "VVS", "VRN", "KVV", "RMV", "VRR", "VBB", "HVV", "MVV", "VGN", "DING", "bodo"],
  "OV-chipkaart": ["RRReis", "Arriva", "Qbuzz", "Connexxion", "GVB", "RET", "HTM", "NS", "Keolis NL", "EBS", "Hermes"],
};
/** Longest brand name looked for, in words. */
const MAX_WORDS = 3;

/** The brand the row's texts name when its payee is the company behind it, else null. */
export function subBrandOf(payee: string, texts: readonly (string | null | undefined)[]): string | null {
  const brands = SUB_BRANDS[payee];
  if (!brands) return null;
  for (const text of texts) {
    const words = text ? foldText(text).split(" ") : [];
    for (let i = 0; i < words.length; i += 1) {
      for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n += 1) {
        const named = brandsNamedBy(words.slice(i, i + n).join(" ")).find((m) => brands.includes(m.name));
        if (named) return named.name;
      }
    }
  }
  return null;
}
