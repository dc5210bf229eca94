// Pensions received: the statutory one ("Rentenzahlung" from the Deutsche Rentenversicherung), a company
// pension ("Betriebsrente" from a Pensionskasse), a civil servant's "Versorgungsbezüge"/"Ruhegehalt", and
// abroad "pension", "annuity", the Dutch AOW, the French "retraite". Banks file them as salary (VR-Bank's
// booking type "Lohn/Gehalt/Rente") or as other income; their text tells them from wages, gifts and interest.
import type { Topic } from "./topics.ts";

export const PENSION_TOPIC: Topic = {
  key: "pension",
  en: "Pension",
  de: "Rente",
  categories: ["salary", "income_other"],
  words: [
    "rente", "renten", "rentenzahlung*", "*rente", "rentenversicherung*", "*rentenversicherung", "drv", "versorgungsbez*", "ruhegehalt*",
    "pension*", "*pensioen", "annuity", "annuities", "aow", "retraite*",
  ],
  // Interest is "rente" to a Dutch bank ("creditrente", "rentebijschrijving"); a wage is no pension though paid as "Lohn/Gehalt/Rente".
  except: ["zins*", "*zinsen", "interest", "creditrente", "debetrente", "spaarrente", "bonusrente", "rentevergoeding", "rentebijschrijving"],
  said: [
    "rente", "renten", "*rente", "rentenzahlung*", "pension", "pensions", "state pension", "company pension", "*pension", "ruhegehalt",
    "versorgungsbezüge", "versorgungsbezuge", "annuity", "annuities", "retraite", "aow",
  ],
  received: [
    "rente", "renten", "rentenzahlung", "rentenzahlungen", "pension", "pensions", "state pension", "company pension", "ruhegehalt",
    "versorgungsbezuge", "annuity", "annuities", "retraite", "aow", "altersrente", "betriebsrente", "witwenrente",
  ],
};
