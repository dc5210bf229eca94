// The trades of well-off households by their words (wealth-trades.ts): boatyards and auction houses are shopping,
// concierges and private jets travel, members' clubs and their house accounts, indoor golf and riding stables
// entertainment, custody and mandate fees fees, a co-ownership's charges rent; a hotel's restaurant cut by the card
// field is a meal out; a nanny by her German names is childcare. Guards: the neighbouring words keep their trades.
import { describe, expect, it } from "vitest";
import { categoryOf } from "./brand-cases.ts";

describe("a well-off household's trades by their words", () => {
  it.each([
    [null, "KARTENZAHLUNG BOOTSWERFT HEINRICH GMBH//KIEL/DE", "-380.00", "shopping"],
    [null, "BEA   NR:XXX201   02.05.26/11.10 JACHTWERF DE BOER Sneek,PAS201", "-420.00", "shopping"],
    [null, "CARTE 03/05/26 CHANTIER NAVAL DU PORT CB*1122", "-250.00", "shopping"],
    [null, "VIS LYMINGTON BOATYARD LTD", "-190.00", "shopping"],
    [null, "KARTENZAHLUNG KUNSTAUKTIONSHAUS NEUMEISTER//MUENCHEN/DE", "-900.00", "shopping"],
    [null, "BEA   NR:XXX202   03.05.26/12.00 VEILINGHUIS DE ZON Den Haag,PAS202", "-300.00", "shopping"],
    [null, "VIS BONHAMS AUCTION ROOMS LTD", "-640.00", "shopping"],
    [null, "KARTENZAHLUNG ALSTERCONCIERGE GMBH//HAMBURG/DE", "-150.00", "travel"],
    [null, "CONCIERGE SERVICES LTD LONDON GBR", "-210.00", "travel"],
    [null, "PURCHASE AUTHORIZED ON 02/02 CONCIERGE MEDICINE OF PALM BEACH FL S111 CARD 1234", "-600.00", "health"],
    [null, "INDIA HOUSE YACHT CLUB DES:DUES ID:1234", "-700.00", "entertainment"],
    [null, "WEE BURN COUNTRY CLUB MONTHLY HOUSE ACCT 1234", "-900.00", "entertainment"],
    [null, "CHECKCARD 0303 SHOREHAVEN CLUB HOUSE ACCOUNT MARCH", "-420.00", "entertainment"],
    [null, "KARTENZAHLUNG GOLFLOUNGE ALSTERTAL//HAMBURG/DE", "-40.00", "entertainment"],
    [null, "BEA   NR:XXX203   04.05.26/09.00 STAL DE HOEF Lage Vuursche,PAS203", "-35.00", "entertainment"],
    [null, "BEA   NR:XXX204   05.05.26/09.00 RIJSTAL HET ZAND Hilversum,PAS204", "-35.00", "entertainment"],
    [null, "Bewaarloon effecten 2e kwartaal", "-12.00", "fees"],
    [null, "DROITS DE GARDE SUR TITRES 2026", "-24.00", "fees"],
    [null, "Depotentgelt 3. Quartal 2026", "-18.00", "fees"],
    [null, "PORTFOLIO MANAGEMENT FEE Q2 2026", "-1200.00", "fees"],
    ["REGIE DU LEMAN SA", "ACOMPTE CHARGES PPE 04/2026", "-600.00", "rent"],
    [null, "PRLV SEPA SYNDIC BELLEVUE APPEL DE FONDS CHARGES T2", "-800.00", "rent"],
    ["VvE Duinzicht", "Servicekosten VvE juni", "-310.00", "rent"],
    ["Syndic Albertstrand", "Provisie gemeenschappelijke kosten Q3", "-640.00", "rent"],
    [null, "BOARDING FEES LENT TERM 2026", "-9800.00", "education"],
    ["Stichting Internaat Beekvliet", "Schoolgeld internaat september", "-1900.00", "education"],
    [null, "KARTENZAHLUNG HOTEL ZUR POST RESTAU//BONN/DE", "-48.00", "restaurants"],
    ["Joanna Kowalska", "Lohn Kinderfrau Mai 2026", "-1800.00", "education"],
    [null, "VIR SEPA MME DURAND ANNE GARDE DES ENFANTS MAI", "-900.00", "education"],
  ])("%s / %s (%s) → %s", (counterpartyName, description, amount, category) => {
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });
  // Guards: a dry cleaner's, a nightclub's, a restaurant's, a hotel's and a bank's card words keep their trades.
  it.each([
    [null, "KARTENZAHLUNG HOTEL ZUR POST//BONN/DE", "-148.00", "travel"],
    [null, "VIS INDIAN SPICE RESTAURANT", "-30.00", "restaurants"],
    [null, "KARTENZAHLUNG TEXTILREINIGUNG BLANK//BONN/DE", "-12.00", "drugstore"],
    [null, "KARTENZAHLUNG ZOO HAMBURG//HAMBURG/DE", "-20.00", "entertainment"],
  ])("%s / %s (%s) keeps %s", (counterpartyName, description, amount, category) => {
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });
});
