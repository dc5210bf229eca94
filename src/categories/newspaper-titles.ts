// A publisher or its subscriptions service bills for the newspaper or magazine a reader takes, and the purpose names the
// title ("Mediengruppe Main-Post GmbH | Saale-Zeitung Bezugsgeld 11/2025", "BurdaDirect Abo-Service | Mein schoener Garten
// Jahresabo"): the title is what the reader knows and pays for, as sub-brands.ts reads a company's brands. Only a purpose
// that puts a title before its subscription word (or between the delivery words) counts; "Abo Gartenmagazin Rechnung"
// names no title.
import { foldText } from "./normalize.ts";

// Payees that are publishers or their subscription desks.
const PUBLISHER = /\b(?:mediengruppe|medienhaus|verlag|verlagsgruppe|verlagshaus|zeitungsverlag|zeitungsgruppe|abo ?service|aboservice|leserservice|burdadirect|uitgeverij|mediahuis)\b/;

// Words that say what is paid, never a title's first word.
const NOT_TITLE = /^(?:abo|abonnement|jahresabo|halbjahresabo|bezugsgeld|bezugspreis|zeitungsbezug|zustellung|rechnung|kd|kundennr|lastschrift|beitrag|monat|jan\w*|feb\w*|m(?:ä|ae|a)r\w*|apr\w*|ma[iy]|jun\w*|jul\w*|aug\w*|sep\w*|okt\w*|oct\w*|nov\w*|de[cz]\w*|ihr|ihre|zahlung)$/i;

const TITLE = String.raw`(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}?)`;
// "Saale-Zeitung Bezugsgeld 11/2025", "Mein schoener Garten Jahresabo Kd-Nr. …".
const TITLE_THEN_FEE = new RegExp(String.raw`^${TITLE}\s+(?:Bezugsgeld|Bezugspreis|Jahresabo|Halbjahresabo|Abo|Abonnement|Zeitungsbezug)\b`, "u");
// "Zeitungsbezug MAY 2026 Saale-Zeitung Zustellung".
const FEE_THEN_TITLE = new RegExp(String.raw`^(?:Zeitungsbezug|Bezugsgeld|Abo)\s+\p{L}+\s+\d{4}\s+${TITLE}\s+(?:Zustellung|Bezugsgeld)\b`, "u");

/** The title a publisher billed for, as the purpose prints it, when the payee is a publisher; else null. */
export function titleBilledBy(payee: string | null | undefined, purpose: string | null | undefined): string | null {
  if (!payee || !purpose || !PUBLISHER.test(foldText(payee))) return null;
  const text = purpose.trim();
  const title = TITLE_THEN_FEE.exec(text)?.[1] ?? FEE_THEN_TITLE.exec(text)?.[1];
  if (!title || NOT_TITLE.test(title.split(/\s+/)[0] ?? "") || /\d/.test(title)) return null;
  return title;
}
