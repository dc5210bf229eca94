// A chargeback is money back from the merchant it names, after the person
// complained to their bank: a refund of that merchant (netted against what was
// spent there, and against the shop's category when it is known), never
// income. The bank's words come first or last; the label is the merchant's,
// the same as on the purchase it undoes.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";

interface Row {
  amount: string;
  counterpartyName?: string | null;
  description?: string | null;
  transactionType?: string | null;
}

/** As the write path does it: labelled first, then categorized with that label. */
const judge = (row: Row) => {
  const merchant = merchantName(row);
  return { merchant, ...categorize({ ...row, merchant }, { rules: [] }) };
};

describe("a chargeback is a refund of the merchant it names", () => {
  it("comdirect's 'Buchung aus Umsatzreklamation' carries the purchase's merchant and is a refund", () => {
    const text = "GUTSCHRIFT AUS REKLAMATION TECHNIKHAUS24 GMBH BERLIN DE";
    const purchase = judge({ amount: "-129.00", counterpartyName: "TECHNIKHAUS24 GMBH BERLIN DE", description: "TECHNIKHAUS24 GMBH BERLIN DE", transactionType: "Visa-Umsatz" });
    const chargeback = judge({ amount: "129.00", counterpartyName: text, description: text, transactionType: "Buchung aus Umsatzreklamation" });
    expect(chargeback).toMatchObject({ merchant: purchase.merchant, categoryKey: "refunds" });
    expect(purchase.merchant).toBe("Technikhaus24");
  });

  it.each([
    // German
    ["Rückbuchung Kartenzahlung Technikhaus24 GmbH//Berlin/DE"],
    ["RUECKBUCHUNG KARTENZAHLUNG TECHNIKHAUS24 GMBH BERLIN DE"],
    ["Gutschrift aus Reklamation Technikhaus24 GmbH"],
    ["Buchung aus Umsatzreklamation TECHNIKHAUS24 BERLIN DE"],
    // English
    ["CHARGEBACK TECHNIKHAUS24 BERLIN DE"],
    ["CHARGEBACK CREDIT TECHNIKHAUS24 BERLIN DE"],
    ["TECHNIKHAUS24 BERLIN DE CHARGEBACK"],
    ["DISPUTE CREDIT TECHNIKHAUS24 BERLIN DE"],
    ["PROVISIONAL CREDIT TECHNIKHAUS24 BERLIN DE"],
    // French
    ["CONTESTATION CB TECHNIKHAUS24 BERLIN"],
    ["AVOIR LITIGE TECHNIKHAUS24 BERLIN"],
    ["RETROCESSION CB TECHNIKHAUS24 BERLIN"],
    // Dutch
    ["TERUGBOEKING BETWISTE TRANSACTIE TECHNIKHAUS24 BERLIN"],
    ["Terugboeking Technikhaus24 Berlin"],
  ])("%s: a refund of Technikhaus24", (description) => {
    expect(judge({ amount: "129.00", description })).toMatchObject({ merchant: "Technikhaus24", categoryKey: "refunds" });
  });

  it("a chargeback from a shop the dictionary knows refunds that shop's category", () => {
    expect(judge({ amount: "59.90", description: "GUTSCHRIFT AUS REKLAMATION ZALANDO SE BERLIN", transactionType: "Buchung aus Umsatzreklamation" })).toEqual({
      merchant: "Zalando",
      categoryKey: "refunds",
      source: "dictionary",
      refundOf: "shopping",
    });
    expect(judge({ amount: "40.00", description: "CONTESTATION CB LIBRAIRIE DU PORT" })).toMatchObject({ merchant: "Librairie Du Port", categoryKey: "refunds", refundOf: "shopping" });
  });

  it("money out with the same words is no refund, and a hold released by PayPal keeps its own text", () => {
    expect(judge({ amount: "-129.00", description: "Rückbuchung Kartenzahlung Technikhaus24" }).categoryKey).not.toBe("refunds");
    expect(merchantName({ description: "Rückbuchung allgemeiner Einbehaltung" })).toBe("Rückbuchung allgemeiner Einbehaltung");
  });
});
