// Two shapes of money that is not spending at a shop: a credit card's month collected from the current account
// in one line (the person's own money moving), and rent paid to a housing co-operative or a social landlord under
// the co-operative's own words ("Dauernutzungsvertrag", "Nutzungsgebühr"). Every name, number and text is made up,
// in the shapes banks print; each rule has rows beside it that share a word with it and must not move.
import { describe, expect, it } from "vitest";
import { merchantLabel } from "../../src/categories/merchant-label.ts";
import { itFiles } from "../helpers/category-rows.ts";

describe("a card's month collected from the current account in one line is the person's own money moving", () => {
  describe("a card-turnover word beside a collecting or settling word", () => {
    itFiles("transfers", [
      [null, "Sammelbelastung Kartenumsätze Vormonat 02/2025", "-812.40"],
      [null, "SAMMELBELASTUNG KARTENUMSAETZE 11/2026", "-1033.17"],
      [null, "Sammellastschrift Kreditkartenumsätze 03/2026 Karte 4711", "-455.00"],
      [null, "Kartenumsätze März beglichen", "-318.62"],
      [null, "Kaartuitgaven vorige maand voldaan 10-2026", "-640.10"],
      [null, "Kaarttransacties september betaald", "-277.45"],
      [null, "CARD ACCOUNT SETTLED IN FULL 09/2025", "-1210.00"],
      [null, "CARD SPENDING PAID IN FULL 08/2026", "-389.90"],
      [null, "CARD ACCOUNT CLEARED 06/2026", "-512.00"],
      [null, "Dépenses carte réglées 05/2026", "-702.33"],
    ]);
  });
  describe("a card-turnover word beside the month it covers", () => {
    itFiles("transfers", [
      [null, "Kartenumsatz Vormonat 04/2026", "-300.00"],
      [null, "Vormonat Kartenumsätze 0000 1234", "-296.10"],
      [null, "Kaarttransacties vorige maand 05-2026", "-350.75"],
      [null, "CARD SPENDING PREVIOUS MONTH 06/2026", "-845.00"],
      [null, "CARD TRANSACTIONS LAST MONTH REF 5521", "-129.99"],
      [null, "DEPENSES CARTE MOIS PRECEDENT 05/2026", "-420.00"],
      [null, "OPERATIONS CARTE DU MOIS 04/2026", "-233.40"],
    ]);
  });
  describe("a card named beside a strong settling word, in either order", () => {
    itFiles("transfers", [
      [null, "Sammelbelastung Mastercard 07/2026", "-604.20"],
      [null, "Visa voldaan 07-2026", "-211.00"],
      [null, "MASTERCARD SETTLED 07/2026", "-211.00"],
      [null, "Kreditkarte ausgeglichen 07/2026", "-211.00"],
    ]);
  });
  describe("the card-bill wordings bank-formats.md documents", () => {
    itFiles("transfers", [
      // comdirect's booking type for the card's bill on the current account, and DKB's settlement row on the card.
      [null, "Visa-Kartenabrechnung", "-611.80", "Visa-Kartenabrechnung"],
      ["Max Beispiel", "Buchungstext: Visa-Kartenabrechnung 30.09.2026", "-611.80", "Lastschrift / Belastung"],
      [null, "Ausgleich Kreditkarte gem. Abrechnung v. 30.09.26", "611.80", "Gutschrift"],
      // Capital One's card export, and the US card lines for a payment received.
      [null, "CAPITAL ONE AUTOPAY PYMT", "1000.00", "Payment/Credit"],
      [null, "AUTOPAY PAYMENT - THANK YOU", "725.00"],
      [null, "Payment Thank You - Web", "725.00", "Payment"],
    ]);
  });
  describe("but a purchase or a charge that shares a word with it stays what it is", () => {
    itFiles("shopping", [
      // A stationer's paid by debit card, its name holding the card's word.
      ["PAPETERIE KARTENWELT//JENA/DE", "2026-03-02T10:11 Debitk.2 2028-12", "-18.40", "KARTENZAHLUNG"],
      [null, "Kartenzahlung SCHREIBWAREN KARTENPARADIES. 12345678//Erlangen 2026-03-02T10:11:12 KFN 1 VJ 2812", "-12.90"],
      [null, "CHECKCARD 0212 LAST MONTH VINTAGE CLOTHING AUSTIN TX 24224433231105006465166", "-32.00"],
    ]);
    itFiles("restaurants", [
      // A café called "Settled" or "Voldaan": a card payment to it is a purchase.
      [null, "CARD PAYMENT TO SETTLED COFFEE HOUSE ON 03 MAR", "-4.20"],
      [null, "BEA   NR:XXX111   05.03.26/12.10 CAFE VOLDAAN UTRECHT,PAS123", "-7.40"],
    ]);
    itFiles("groceries", [[null, "CARTE 05/02/26 FROMAGERIE DU MOIS CB*7686", "-14.20"]]);
    itFiles("other", [[null, "CARD PAYMENT TO PAID IN FULL LTD ON 12 MAR", "-25.00"]]);
    // ING's debit-card purchase, typed "Lastschrift" and named by the card network.
    itFiles("drugstore", [["VISA ROSSMANN 0000", "NR XXXX 0000 MUSTERSTADT DE KAUFUMSATZ 05.12 13.98 000000 ARN00000000000000000000000", "-13.98", "Lastschrift"]]);
    itFiles("fees", [
      // The card's own charges on last month's turnover are fees, not its bill.
      [null, "Entgelt Kartenumsätze Ausland Vormonat", "-4.35"],
      [null, "Zinsen Kartenumsätze Vormonat 02/2026", "-11.02"],
      [null, "CARD ACCOUNT FEE PREVIOUS MONTH", "-3.00"],
    ]);
    itFiles("refunds", [
      // A shop's refund of a card purchase made last month.
      [null, "Gutschrift Kartenumsatz Vormonat ELEKTRO KOLBE", "49.99"],
    ]);
  });
});

describe("rent paid to a housing co-operative or a social landlord is rent", () => {
  describe("by the co-operative's own name", () => {
    itFiles("rent", [
      ["Wohnungsbaugenossenschaft Lindenhöhe eG", "Dauernutzungsvertrag 48213 Monatsbetrag Juli 2025", "-612.40"],
      ["Wohnbaugenossenschaft Kellersdorf eG", "Kd 4471", "-530.00"],
      ["Wohngenossenschaft Am Mühlgraben eG", "Mitgliedsnr 2231", "-488.00"],
      ["Eisenbahner-Wohnungsbaugenossenschaft Talstadt eG", "Vertrag 7781 August", "-577.10"],
      ["Beamten-Wohnungsverein Kirchhain eG", "Vertrag 7781 August", "-577.10"],
      ["Gemeinnützige Wohnungsbaugenossenschaft Ostring eG", "Vertrag 7781", "-577.10"],
      ["Woningstichting Dijkzicht", "Termijn juli 2026", "-640.00"],
      ["Woningbouwvereniging Ons Belang", "contract 8812 juli", "-640.00"],
      [null, "PRLV SEPA OFFICE HLM DES COTEAUX ECHEANCE 07/2026", "-410.00"],
      [null, "PRLV SEPA SA HLM LES TILLEULS 07/2026", "-410.00"],
      [null, "PRLV SEPA OPH DE VALMONT ECHEANCE 07/2026", "-390.00"],
      [null, "BRAMBLEWAY HOUSING CO-OPERATIVE STO", "-420.00"],
    ]);
  });
  describe("by a co-operative's word for its rent, whoever the payee", () => {
    itFiles("rent", [
      ["Lindenhöhe eG", "Dauernutzungsvertrag 48213 Monatsbetrag Juli 2025", "-612.40"],
      ["WBG Sonnenhang", "DNV 4471 Nutzungsgebühr Wohnung 08/2026", "-533.00"],
      ["Genossenschaft Lerchenfeld eG", "Nutzungsentgelt August 2025 Whg 12", "-498.00"],
    ]);
  });
  describe("and the co-operative's name is its label", () => {
    it.each([
      ["Baugenossenschaft Am Kalkberg eG", "Nutzungsgebühr Wohnung 3.OG links", "Baugenossenschaft Am Kalkberg"],
      ["Wohnbaugenossenschaft Kellersdorf eG", "Kd 4471", "Wohnbaugenossenschaft Kellersdorf"],
      ["Woningcorporatie Dijkzicht", "huurnr 8812 juli", "Woningcorporatie Dijkzicht"],
    ])("%s / %s → %s", (counterpartyName, description, label) => {
      expect(merchantLabel({ counterpartyName, description })).toBe(label);
    });
  });
  describe("but a co-operative bank, a co-op shop or another co-operative is not a landlord", () => {
    itFiles("other", [
      ["Volksbank Rheinhügel eG", "Darlehen 77123 Rate", "-350.00"],
      ["VR Genossenschaftsbank Fulda eG", "Rate 7712", "-350.00"],
      ["Genossenschaftsbank Weilheim eG", "Kreditrate 7712", "-350.00"],
      ["Raiffeisenbank Moosach eG", "Geschäftsanteil Mitglied 2231", "-100.00"],
      // A "Bau" that grows vines or fruit builds no homes.
      ["Weinbaugenossenschaft Sonnenufer eG", "Rechnung 2231 Weinpaket", "-85.00"],
      ["Obstbauverein Talheim e.V.", "Jahresbeitrag 2026", "-24.00"],
    ]);
    itFiles("fees", [["Volksbank Rheinhügel eG", "Kontoführung 09/2026", "-9.90"]]);
    itFiles("groceries", [
      [null, "CO-OP GROUP FOOD 1234 ON 03 MAR BCC", "-23.00"],
      ["Winzergenossenschaft Traubenhang eG", "Weinpaket", "-85.00"],
    ]);
    itFiles("utilities", [["Energiegenossenschaft Sonnenfeld eG", "Abschlag Strom 09/2026", "-85.00"]]);
  });
});
