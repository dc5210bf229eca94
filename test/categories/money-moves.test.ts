// The wordings of the person's own money moving (src/categories/money-moves.ts):
// each idea once in general form, checked on real-shaped rows in the languages
// Kontor reads, beside purchases that share a word with it and must stay spending.
import { describe, expect, it } from "vitest";
import { categorize, type CategorizeInput } from "../../src/categories/categorize.ts";

const category = (tx: CategorizeInput) => categorize(tx, { rules: [] }).categoryKey;
type Row = [name: string, tx: CategorizeInput];

describe("a credit-card bill paid from the current account is the person's own money moving", () => {
  it.each<Row>([
    ["a card network and a settling word (DKB)", { amount: "-512.30", counterpartyName: "DKB AG", description: "VISA Ausgleich 10/2026" }],
    ["the card account as payee (Advanzia)", { amount: "-220.00", counterpartyName: "Advanzia Bank S.A.", description: "Überweisung Kartenkonto 5234" }],
    ["the month's invoice of a Mastercard", { amount: "-76.40", counterpartyName: "Consors Finanz", description: "Mastercard Monatsrechnung 10/2026" }],
    ["a settling word before the card account", { amount: "-310.00", counterpartyName: "Santander Consumer Bank", description: "Ausgleich Kartenkonto 1234" }],
    ["a UK direct debit to a card issuer", { amount: "-250.00", transactionType: "DD", counterpartyName: "CAPITAL ONE", description: "CAPITAL ONE" }],
    ["a bank's credit card by direct debit", { amount: "-250.00", description: "VIRGIN MONEY CC DD" }],
    ["Amex collected by direct debit (Barclays' DDR)", { amount: "-410.22", description: "AMERICAN EXPRESS DDR" }],
    ["a bank's credit card named alone as payee", { amount: "-95.00", transactionType: "BAC", description: "NATWEST CREDIT CARD" }],
    ["a supermarket bank's credit card", { amount: "-80.00", description: "TESCO BANK CREDIT CARD" }],
    ["a US issuer's mobile payment", { amount: "-600.00", description: "CAPITAL ONE MOBILE PMT" }],
    ["a US issuer's card-payment code", { amount: "-600.00", description: "CAPITAL ONE CRCARDPMT" }],
    ["Amex by ACH", { amount: "-600.00", description: "AMERICAN EXPRESS ACH PMT" }],
    ["a payment to a named card", { amount: "-600.00", description: "Payment to Chase card ending in 1234 10/02" }],
    ["a store card's servicer", { amount: "-600.00", description: "TARGET CARD SRVC PAYMENT" }],
    ["French deferred card debit", { amount: "-642.18", description: "PRLV CARTE 4974XXXXXXXX1234 RELEVE DU 30/09" }],
    ["French card repaid", { amount: "-300.00", description: "REMBOURSEMENT CARTE AMERICAN EXPRESS" }],
    ["a French deferred-debit total", { amount: "-300.00", description: "MONTANT DIFFERE CARTE GOLD MASTERCARD AU 05/04/2025" }],
    ["French credit card instalment", { amount: "-300.00", description: "ECHEANCE CARTE DE CREDIT" }],
    ["Rabobank's card collected", { amount: "-210.00", description: "INCASSO RABOCARD 1234" }],
    ["Spanish card settlement", { amount: "-734.12", description: "LIQUIDACION TARJETA CREDITO 4B 1234" }],
    ["Spanish credit card charged to the account", { amount: "-420.00", description: "CARGO TARJETA DE CREDITO VISA CLASSIC" }],
    ["Spanish card bill as a direct debit", { amount: "-150.00", description: "ADEUDO RECIBO TARJETA CREDITO" }],
    ["Italian credit card debit", { amount: "-566.30", description: "ADDEBITO CARTA DI CREDITO NEXI 09/2026" }],
    ["Italian card statement debit", { amount: "-230.00", description: "ADDEBITO ESTRATTO CONTO CARTA 1234" }],
    ["Italian credit card balance", { amount: "-120.00", description: "SALDO CARTA DI CREDITO" }],
    ["a store card's servicer, in its short form", { amount: "-250.00", description: "AMAZON CORP SYF PAYMNT" }],
    ["Discover's short form", { amount: "-250.00", description: "DISCOVER DC PYMNTS" }],
    ["a card's service centre", { amount: "-250.00", description: "CHASE CARD SERV ONLINE PMT" }],
    ["a French card's invoice, with its number", { amount: "-250.00", description: "CARTE 4974 FACTURE DU 30/09" }],
    ["ICS collecting a Dutch card", { amount: "-250.00", counterpartyName: "INT CARD SERVICES", description: "Incasso" }],
    ["a transfer to a card-only bank", { amount: "-250.00", counterpartyName: "Advanzia Bank S.A.", description: "Überweisung" }],
  ])("%s", (_name, tx) => {
    expect(category(tx)).toBe("transfers");
  });
});

describe("the card account's own line for the payment it received is the same money moving", () => {
  it.each<Row>([
    ["Amex Germany's thanks", { amount: "400.00", description: "ZAHLUNG ERHALTEN. BESTEN DANK." }],
    ["a debit collected from the current account", { amount: "400.00", description: "Lastschrift Einzug vom Girokonto" }],
    ["a UK card's direct debit", { amount: "200.00", description: "DIRECT DEBIT PAYMENT" }],
    ["a UK card's direct debit, the other order", { amount: "180.00", description: "PAYMENT BY DIRECT DEBIT" }],
    ["Citi's autopay line", { amount: "1500.00", description: "AUTOPAY 999990000012345RAUTOPAY AUTO-PMT" }],
    ["Bank of America's card", { amount: "89.00", description: "BA ELECTRONIC PAYMENT" }],
    ["the statement balance paid", { amount: "700.00", description: "STATEMENT BALANCE AUTOPAY" }],
    ["French thanks", { amount: "700.00", description: "PAIEMENT RECU - MERCI" }],
    ["Dutch thanks", { amount: "700.00", description: "HARTELIJK BEDANKT VOOR UW BETALING" }],
    ["Spanish thanks", { amount: "700.00", description: "PAGO RECIBIDO, GRACIAS" }],
    ["Italian thanks", { amount: "700.00", description: "PAGAMENTO RICEVUTO - GRAZIE" }],
    ["Chase's thanks, cut at the field's width", { amount: "250.00", description: "AUTOMATIC PAYMENT - THANK" }],
    ["a UK card's thanks for the direct debit", { amount: "250.00", description: "DIRECT DEBIT - THANK YOU" }],
    ["Apple Card naming the paying account by its last digits", { amount: "250.00", description: "ACH Deposit Internet transfer from account ending in 1234" }],
    ["a German card's debit collected", { amount: "300.00", description: "Lastschrifteinzug" }],
    ["a German card's short thanks", { amount: "300.00", description: "IHRE ZAHLUNG - DANKE" }],
  ])("%s", (_name, tx) => {
    expect(category(tx)).toBe("transfers");
  });
});

describe("a purchase or charge that shares a word with a card bill stays what it is", () => {
  it.each<[string, CategorizeInput, string | null]>([
    ["a greeting-card shop", { amount: "-35.00", transactionType: "Kartenzahlung", counterpartyName: "Karten-Shop GmbH", description: "Grußkarten" }, "shopping"],
    ["ING's VISA purchase typed Lastschrift", { amount: "-4.20", transactionType: "Lastschrift", counterpartyName: "VISA ROSSMANN 1234", description: "NR XXXX 1234 BERLIN DE KAUFUMSATZ 05.12 4.20 123456 ARN1234" }, "drugstore"],
    ["a Sparkasse debit card at a bakery", { amount: "-25.00", transactionType: "KARTENZAHLUNG", counterpartyName: "BAECKEREI MUELLER//BONN/DE", description: "2026-10-02T08:14 Debitk.1 2028-12 Sparkasse KölnBonn" }, "groceries"],
    ["a French card purchase", { amount: "-45.90", description: "PAIEMENT PAR CARTE 12/10 CARREFOUR MARKET" }, "groceries"],
    ["a vehicle registration paid by direct debit", { amount: "-29.76", description: "PRLV SEPA ANTS CARTE GRISE" }, "taxes"],
    ["a Spanish card purchase", { amount: "-12.40", description: "COMPRA TARJETA 1234 MERCADONA VALENCIA" }, "groceries"],
    ["a Spanish purchase paid with a credit card", { amount: "-12.40", description: "PAGO CON TARJETA DE CREDITO EN ZARA" }, "shopping"],
    ["an Italian card purchase", { amount: "-9.50", description: "PAGAMENTO POS CARTA 1234 BAR CENTRALE MILANO" }, "restaurants"],
    ["a shop with card in its name", { amount: "-8.99", description: "CARD FACTORY LONDON" }, "shopping"],
    // A mortgage payment is the home's cost, filed with rent (the question word "mortgage" names that category too).
    ["a lender's mortgage", { amount: "-1200.00", description: "CHASE MORTGAGE PAYMENT" }, "rent"],
    ["a card issuer's car loan", { amount: "-320.00", description: "CAPITAL ONE AUTO CARPAY" }, "other"],
    ["a phone bill's autopay", { amount: "-55.00", description: "VERIZON WIRELESS AUTOPAY" }, "utilities"],
    // The brand dictionary reads Tesco here: the point is that a lender's other product is no card bill.
    ["a supermarket bank's insurance", { amount: "-140.00", description: "TESCO BANK CAR INSURANCE" }, null],
    ["a supermarket's thank-you slogan", { amount: "-12.00", transactionType: "Lastschrift", description: "Zahlung REWE SAGT DANKE" }, "groceries"],
    ["a French shop's refund to the card", { amount: "19.99", description: "REMBOURSEMENT CARTE X1234 FNAC" }, "refunds"],
    ["money from a person", { amount: "45.00", description: "ONLINE PAYMENT FROM J SMITH" }, "income_other"],
    ["the card's annual fee", { amount: "-29.00", description: "Kreditkartengebühr 2026" }, "fees"],
    ["a charge for the card", { amount: "-3.00", description: "Entgelt Kreditkarte" }, "fees"],
    ["the card's foreign-use charge", { amount: "-1.75", description: "Auslandseinsatzentgelt Kreditkarte" }, "fees"],
    ["the card's interest", { amount: "-18.20", description: "CREDIT CARD INTEREST CHARGE" }, "fees"],
    ["a shop named like a card's thanks, paid by debit card", { amount: "-12.00", description: "PURCHASE AUTHORIZED ON 07/31 THANK YOU MART CARD 7158" }, null],
    ["the current account's fee", { amount: "-3.50", description: "Entgelt Girokonto" }, "fees"],
    ["a supermarket whose name ends in -preis, paid by card", { amount: "-122.20", transactionType: "OUT", counterpartyName: "MPREIS Warenvertriebs GmbH - Dresden", merchant: "MPREIS", description: "Card transaction of 122.20 EUR issued by MPREIS Warenvertriebs GmbH" }, null],
    ["a date format's DD after an issuer's name", { amount: "-42.00", description: "AMEX US MM DD YYYY" }, "other"],
    ["an invoice paid in full", { amount: "-500.00", counterpartyName: "ACME Consulting GmbH", description: "Invoice 1234 full payment" }, "other"],
  ])("%s", (_name, tx, expected) => {
    const got = category(tx);
    expect(got).not.toBe("transfers");
    if (expected) expect(got).toBe(expected);
  });
});

describe("money moved between the person's own accounts and into savings is a transfer", () => {
  it.each<Row>([
    ["an Eigenüberweisung", { amount: "-500.00", description: "Eigenüberweisung" }],
    ["a savings instalment", { amount: "-200.00", description: "Sparrate Oktober" }],
    ["ING's Extra-Konto", { amount: "-200.00", counterpartyName: "ING", description: "Extra-Konto Einzahlung" }],
    ["an N26 sub-account", { amount: "-200.00", description: "Übertrag Unterkonto Urlaub" }],
    ["a US transfer from checking, out", { amount: "-300.00", description: "ONLINE TRANSFER FROM CHK 1234" }],
    ["a US transfer from checking, in", { amount: "300.00", description: "ONLINE TRANSFER FROM CHK 1234" }],
    ["a UK saver", { amount: "-300.00", description: "Transfer to Easy Access Saver" }],
    ["a Monzo pot", { amount: "-50.00", description: "To Holiday Pot" }],
    ["a Starling space", { amount: "-50.00", description: "Transfer to Bills Space" }],
    ["a Revolut vault", { amount: "-100.00", transactionType: "Transfer", description: "To EUR Vault" }],
    ["Bank of America's round-ups", { amount: "-1.20", description: "KEEP THE CHANGE TRANSFER TO ACCT 1234" }],
    ["Wells Fargo's round-ups", { amount: "-1.20", description: "SAVE AS YOU GO TRANSFER" }],
    ["Chase's own-account type", { amount: "-300.00", transactionType: "ACCT_XFER", description: "Online Transfer to CHK ...1234 transaction#: 123" }],
    ["a deposit from own checking", { amount: "300.00", description: "Deposit from 360 Checking" }],
    ["a French housing savings plan", { amount: "-300.00", description: "VIREMENT PERMANENT VERS PEL" }],
    ["a French sustainable-development booklet", { amount: "-300.00", description: "VERSEMENT LDDS" }],
    ["French account to account", { amount: "-300.00", description: "VIR CPTE A CPTE" }],
    ["a Dutch savings goal", { amount: "-300.00", description: "Spaardoel vakantie" }],
    ["Dutch goal saving", { amount: "-300.00", description: "Doelsparen" }],
    ["a Spanish move to savings", { amount: "-300.00", description: "TRASPASO A CUENTA AHORRO" }],
    ["a Spanish move between accounts", { amount: "-300.00", description: "TRASPASO ENTRE CUENTAS" }],
    ["a Spanish internal transfer", { amount: "-300.00", description: "TRANSFERENCIA INTERNA" }],
    ["an Italian giroconto", { amount: "-300.00", description: "GIROCONTO" }],
    ["an Italian deposit account", { amount: "-300.00", description: "TRASFERIMENTO SU CONTO DEPOSITO" }],
    ["an Italian piggy bank", { amount: "-300.00", description: "ACCANTONAMENTO SALVADANAIO" }],
    ["a broker's clearing account", { amount: "-250.00", description: "Übertrag Verrechnungskonto" }],
    ["a Spanish transfer to an own account", { amount: "-250.00", description: "TRANSFERENCIA A CUENTA PROPIA" }],
    ["an Italian girofondi", { amount: "-250.00", description: "GIROFONDI" }],
  ])("%s", (_name, tx) => {
    expect(category(tx)).toBe("transfers");
  });

  it.each<[string, CategorizeInput]>([
    ["a shop called Space, paid by card", { amount: "-8.99", transactionType: "Card payment", description: "CARD PAYMENT TO SPACE NK ON 12 OCT" }],
    ["a bar called The Vault", { amount: "-6.50", description: "THE VAULT BAR LONDON" }],
    ["a bookshop called Pocket", { amount: "-9.99", description: "POCKET SHOP STOCKHOLM" }],
    ["a hospital whose name starts like spaar", { amount: "-60.00", counterpartyName: "Spaarne Gasthuis", description: "factuur 1234" }],
    ["the bank Caisse d'Épargne's fee", { amount: "-4.99", description: "FRAIS CAISSE D EPARGNE" }],
    ["a chain of drugstores called Savers", { amount: "-30.00", counterpartyName: "SAVERS HEALTH & BEAUTY", description: "SAVERS HEALTH & BEAUTY" }],
    ["an airport shuttle", { amount: "-80.00", description: "Flughafentransfer Müller" }],
    ["a transfer to another person", { amount: "-100.00", description: "TRANSFER TO JOHN SMITH" }],
    ["a grocer called Save A Lot", { amount: "-23.10", description: "SAVE A LOT 123 ST LOUIS" }],
    ["the SPAR supermarket", { amount: "-14.20", counterpartyName: "SPAR", description: "SPAR Markt Wien" }],
    ["a cheque paid into checking", { amount: "250.00", description: "MOBILE DEPOSIT TO CHECKING" }],
    ["cash from a machine, drawn on checking", { amount: "-60.00", description: "ATM WITHDRAWAL FROM CHECKING" }],
  ])("not: %s", (_name, tx) => {
    expect(category(tx)).not.toBe("transfers");
  });
});

describe("both legs of a currency exchange between own balances are a transfer, neither income nor spending", () => {
  it.each<Row>([
    ["Revolut's leg that leaves the euro pocket", { amount: "-200.00", transactionType: "Exchange", counterpartyName: "Exchanged to GBP", description: "Exchanged to GBP" }],
    ["Revolut's leg that arrives in the pound pocket", { amount: "171.23", transactionType: "Exchange", counterpartyName: "Exchanged from EUR", description: "Exchanged from EUR" }],
    ["an older Revolut file's upper-case type", { amount: "85.10", transactionType: "EXCHANGE", description: "Exchanged from USD" }],
    ["the words alone, with no type", { amount: "40.00", description: "Exchanged from CHF" }],
    ["Wise's leg that leaves the euro balance", { amount: "-600.00", transactionType: "Conversion", counterpartyName: "Wise", merchant: "Wise" }],
    ["Wise's leg that arrives in the dollar balance", { amount: "650.00", transactionType: "Conversion", counterpartyName: "Wise", merchant: "Wise" }],
  ])("%s", (_name, tx) => {
    expect(category(tx)).toBe("transfers");
  });

  it("keeps the exchange's fee a fee", () => {
    expect(category({ amount: "-0.50", transactionType: "Fee", counterpartyName: "Revolut", description: "Fee: Exchanged to GBP" })).toBe("fees");
  });

  it("leaves a card payment at a bureau de change spending", () => {
    expect(category({ amount: "-20.00", transactionType: "Card payment", description: "CHANGE GROUP LONDON" })).not.toBe("transfers");
  });
});

describe("pay from work is salary, in every language", () => {
  it.each<Row>([
    ["a Dutch year-end bonus", { amount: "2500.00", description: "Eindejaarsuitkering" }],
    ["Spanish pay", { amount: "2500.00", description: "Sueldo octubre" }],
    ["Italian public-sector pay", { amount: "2500.00", description: "EMOLUMENTI OTTOBRE" }],
    ["Italian pay", { amount: "2500.00", description: "RETRIBUZIONE OTTOBRE" }],
    ["a French civil servant's pay", { amount: "2500.00", counterpartyName: "DGFIP", description: "TRAITEMENT OCTOBRE" }],
    ["an apprentice's pay", { amount: "900.00", description: "Ausbildungsvergütung 10/2026" }],
    ["a Christmas bonus", { amount: "900.00", description: "Weihnachtsgeld" }],
    ["a monthly salary compound", { amount: "900.00", description: "Monatsgehalt Oktober" }],
    ["net pay through a payroll service", { amount: "900.00", description: "GUSTO DES:NET PAY" }],
    ["a Spanish payroll credit", { amount: "900.00", description: "ABONO NOMINA" }],
    ["Dutch net pay, one word", { amount: "2646.28", counterpartyName: "Van Dalen Kozijnen B.V.", description: "Nettosalaris APRIL 2026" }],
    ["a UK employer's pay for a month written in digits", { amount: "2870.15", counterpartyName: "HALSTEAD OPTICS LTD", transactionType: "Faster payment", description: "HALSTEAD OPTICS PAY 04/2026 COLCHESTER" }],
  ])("%s", (_name, tx) => {
    expect(category(tx)).toBe("salary");
  });

  it.each<[string, CategorizeInput, string]>([
    ["a bar's refund", { amount: "40.00", description: "SALOON BAR REFUND" }, "refunds"],
    ["wage tax refunded", { amount: "40.00", counterpartyName: "Finanzamt", description: "Lohnsteuer Erstattung 2025" }, "refunds"],
    ["a rebate", { amount: "12.00", description: "Rückvergütung Bonus" }, "refunds"],
    ["a friend paying back what was laid out", { amount: "25.00", counterpartyName: "Tom Hollis", transactionType: "Faster payment", description: "PAID FOR TICKETS 04/2026" }, "income_other"],
    ["a treatment reimbursed", { amount: "35.00", counterpartyName: "MUTUELLE", description: "REMBT TRAITEMENT" }, "refunds"],
    ["a town ending in -lohn", { amount: "40.00", counterpartyName: "Stadtwerke Iserlohn", description: "Guthaben Jahresabrechnung" }, "refunds"],
    // The supplier sends an annual statement's credit by bank transfer: still money back on the instalments, not income.
    ["an electricity statement's credit by transfer", { amount: "84.20", counterpartyName: "Vattenfall Europe Sales GmbH", merchant: "Vattenfall", transactionType: "Credit Transfer", description: "Guthaben Jahresabrechnung 2025 Vertragskonto 860012345" }, "refunds"],
    ["a landlord's service-charge statement", { amount: "120.00", counterpartyName: "Hausverwaltung Brenner GmbH", transactionType: "Credit Transfer", description: "Nebenkostenabrechnung 2025 Guthaben" }, "refunds"],
  ])("not: %s", (_name, tx, expected) => {
    expect(category(tx)).toBe(expected);
  });
});

describe("benefits and interest are other income, not a refund from whoever pays them", () => {
  it.each<Row>([
    ["child benefit from HMRC (a tax office)", { amount: "96.00", counterpartyName: "HMRC", description: "CHILD BENEFIT" }],
    ["Kindergeld", { amount: "250.00", counterpartyName: "Familienkasse", description: "Kindergeld" }],
    ["US social security", { amount: "1250.00", description: "SSA TREAS 310 XXSOC SEC" }],
    ["French family allowance", { amount: "96.00", description: "CAF DE PARIS ALLOCATIONS FAMILIALES" }],
    ["a Dutch benefit", { amount: "96.00", counterpartyName: "UWV", description: "UITKERING" }],
    ["interest credited", { amount: "1.20", description: "Zinsgutschrift" }],
    ["Dutch interest credited", { amount: "1.20", description: "CREDITRENTE" }],
    ["Dutch quarterly interest", { amount: "3.20", description: "Kwartaalrente" }],
  ])("%s", (_name, tx) => {
    expect(category(tx)).toBe("income_other");
  });

  // A pension is the retiree's pay, as the corpus files it (retiree-trades.ts), though its payer is also an insurer.
  it("a German state pension is pay", () => {
    expect(category({ amount: "1450.00", counterpartyName: "Deutsche Rentenversicherung Bund", description: "Rente 11/2026" })).toBe("salary");
  });

  it.each<[string, CategorizeInput, string]>([
    ["interest charged, given back", { amount: "18.20", description: "INTEREST CHARGE REVERSAL" }, "refunds"],
    ["entertainment is no maintenance payment", { amount: "42.00", description: "Unterhaltung Erstattung Konzertkarte" }, "refunds"],
    ["a fixed deposit coming back with its interest", { amount: "5000.00", description: "Festgeld Rückzahlung inkl. Zinsen" }, "transfers"],
  ])("not: %s", (_name, tx, expected) => {
    expect(category(tx)).toBe(expected);
  });
});

describe("a bank's charges and the interest it takes are fees, in Italian and Spanish too", () => {
  it.each<Row>([
    ["Italian account keeping", { amount: "-2.00", description: "SPESE TENUTA CONTO" }],
    ["Italian monthly account fee", { amount: "-2.00", description: "CANONE MENSILE CONTO" }],
    ["Spanish annual card fee", { amount: "-2.00", description: "CUOTA ANUAL TARJETA" }],
    ["Spanish debit interest", { amount: "-2.00", description: "INTERESES DEUDORES" }],
    ["Italian debit interest", { amount: "-2.00", description: "INTERESSI PASSIVI" }],
    ["a UK overdraft", { amount: "-35.00", description: "PAID OVERDRAFT FEE" }],
  ])("%s", (_name, tx) => {
    expect(category(tx)).toBe("fees");
  });

  it.each<[string, CategorizeInput, string]>([
    ["an owners' association's charges", { amount: "-180.00", description: "SPESE CONDOMINIALI OTTOBRE" }, "other"],
    ["the Italian broadcasting licence", { amount: "-90.00", description: "CANONE RAI" }, "other"],
    ["an Italian rent", { amount: "-650.00", description: "CANONE AFFITTO OTTOBRE" }, "rent"],
    ["savings covering an overdraft", { amount: "-50.00", description: "OVERDRAFT PROTECTION TRANSFER FROM SAVINGS" }, "transfers"],
    ["Premium Bonds are savings, not an insurance premium", { amount: "-250.00", description: "NS&I PREMIUM BONDS" }, "savings"],
  ])("not: %s", (_name, tx, expected) => {
    expect(category(tx)).toBe(expected);
  });
});

describe("a card issuer's name inside another business's name", () => {
  it("Discover Airlines paid by card is a flight, not a Discover card bill", () => {
    expect(category({ amount: "-277.73", counterpartyName: "DISCOVER AIRLINES 4Y", transactionType: "MasterCard Payment" })).toBe("travel");
    expect(category({ amount: "-500.00", counterpartyName: "DISCOVER", description: "DISCOVER E-PAYMENT 4471", transactionType: "ACH" })).toBe("transfers");
  });
});

describe("pool-39 shapes (read after retiring)", () => {
  it.each<Row>([
    // A Dutch card's outstanding balance debited in one line.
    ["a Dutch card's outstanding amount debited", { amount: "-184.20", description: "Afboeking openstaand bedrag Visa Platinum MAART" }],
    // Money taken out of a French capitalisation or life-insurance contract into the current account.
    ["a French capitalisation contract withdrawn", { amount: "2500.00", description: "VIR SEPA Marie Exemple RETRAIT CONTRAT DE CAPITALISATION VERS COMPTE COURANT" }],
    ["a French life insurance withdrawn", { amount: "1500.00", description: "RETRAIT ASSURANCE VIE VERS COMPTE DE DEPOT" }],
  ])("%s is a transfer", (_name, tx) => {
    expect(category(tx)).toBe("transfers");
  });
});

describe("pool-40 shapes (read after retiring)", () => {
  it.each<Row>([
    // A French card's month debited in one line: "débit global" of the card's purchases.
    ["a French card's global debit", { amount: "-412.60", description: "DEBIT GLOBAL CARTE VISA PREMIER MARS" }],
  ])("%s is a transfer", (_name, tx) => {
    expect(category(tx)).toBe("transfers");
  });
});
