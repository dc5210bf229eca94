// A creator's earnings paid out by a platform (courses, merch, designs, shout-outs, tips) are pay, by the
// platform-payout policy, whatever credit word the platform prints; a friend paying back a share of tickets that names
// the event is money from people, not the event's refund. Guards: a shop's own refund and credit note stay refunds.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

const categoryOf = (transactionType: string, counterpartyName: string | null, description: string, amount: string) =>
  categorize({ amount, transactionType, counterpartyName, description, merchant: merchantLabel({ counterpartyName, description }) }, { rules: [] }).categoryKey;

describe("platform payouts to creators are pay", () => {
  it.each([
    ["GUTSCHR. UEBERWEISUNG", "elopage GmbH", "Payout elopage 01/2025 Publisher-ID 7821"],
    ["IN", "elopage GmbH", "Auszahlung Kursverkaeufe MARCH 2025 Shop 7821"],
    ["SEPA-Gutschrift", "Shirtee GmbH", "Provisionsgutschrift Merch-Shop September pixelkante"],
    ["Gutschrift", "Shirtee GmbH", "Auszahlung Designerprovision 06/2026"],
    ["", "Threadless LLC", "Threadless artist shop payout AUGUST"],
    ["", "Threadless LLC", "/TRTP/SEPA OVERBOEKING/NAME/Threadless LLC/REMI/Uitbetaling artiestencommissie 03-2026/EREF/NOTPROVIDED"],
    ["", "Fourthwall Inc", "/TRTP/SEPA OVERBOEKING/NAME/Fourthwall Inc/REMI/Uitbetaling merch shop 05-2026 FW7821/EREF/NOTPROVIDED"],
    ["", null, "BARON APP INC CAMEO TALENT EARNINGS APRIL 0404 51571042 JANE DOE"],
    ["", null, "BARON APP INC BARON APP INC DBA CAMEO TALENT PAYOUT 0109 31013983 JANE DOE"],
  ])("%s | %s | %s → salary", (type, cp, description) => {
    expect(categoryOf(type, cp, description, "150.00")).toBe("salary");
  });
});

describe("a friend's payback names the event; a shop's own refund stays a refund", () => {
  it.each([
    ["GUTSCHR. UEBERWEISUNG", "Jonas Wienstroer", "zurueck fuer die Dokomi-Tickets", "income_other"],
    ["SEPA-Gutschrift", "Jonas Wienstroer", "Anteil Hotel DreamHack 2026", "income_other"],
    ["Gutschrift", "Shirtee GmbH", "Gutschrift zu Rechnung 4471 Retoure", "refunds"],
    ["MasterCard Payment", "DOKOMI GMBH", "Erstattung Ticket", "refunds"],
    ["Gutschrift", "Digitec GmbH", "Gutschrift Retoure Bestellung 7781", "refunds"],
  ])("%s | %s | %s → %s", (type, cp, description, category) => {
    expect(categoryOf(type, cp, description, "40.00")).toBe(category);
  });
});
