// Dutch, Belgian and German banks print a private counterparty as initials, a name particle and the surname ("S.
// Wijnhoven-Baarda", "A.J. de Boer"): a person, so money a friend sends back for a shared evening ("Mijn deel kaartjes
// Kennemer Theater", "Terug voor de taxi") is a person's money in, not a shop's refund. Guards keep rent, shops and firms.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("initials and a surname are a person paying back their share", () => {
  itCategorizes([
    [null, "S. Wijnhoven-Baarda", "Mijn deel kaartjes Kennemer Theater", "20.57", "income_other"],
    [null, "S. Wijnhoven-Baarda", "/TRTP/SEPA OVERBOEKING/IBAN/NL00613161509369221746/BIC/ABNANL2A/NAME/S. Wijnhoven-Baarda/REMI/Terug voor de taxi en de borrel/EREF/NOTPROVIDED", "19.40", "income_other"],
    ["SEPA Gutschrift", "K. Schröder", "Anteil Taxi und Pizza", "18.00", "income_other"],
    [null, "A.J. de Boer", "Terug voor de bioscoop", "11.00", "income_other"],
    [null, "T. van den Broek", "Voor de pizza", "9.50", "income_other"],
  ]);
  describe("but rent to a person, a shop's refund and a firm keep their answer", () => {
    itCategorizes([
      [null, "J. de Vries", "Huur mei", "-650.00", "rent"],
      ["SEPA Gutschrift", "Zalando SE", "Erstattung Retoure 1234", "39.95", "refunds"],
      ["SEPA Lastschrift", "H. Schulte Bau GmbH", "Rechnung 12", "-300.00", "shopping"],
    ]);
  });
});
