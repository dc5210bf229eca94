// Gig and platform workers' brands (brands/gig-workers.ts) as several banks print them: the platform that pays a
// cleaner, a rider or a driver pays a wage; a trade-lead portal a tradesman pays is a trade's dues; the e-bike, the
// phone plan, the bookkeeping app. Beside them, a customer's refund from the same platform stays a refund, and
// payees sharing a word keep their own label.
import { describe, expect, it } from "vitest";
import { itNames, itKeeps, categoryOf } from "./brand-cases.ts";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

describe("a platform paying its cleaner, rider or driver pays a wage", () => {
  itNames([
    ["Helpling GmbH", "Helpling Partnerverguetung Juli 2025 ID 77318", "1204.77", "Helpling", "salary"],
    ["Helpling Netherlands B.V.", "/TRTP/SEPA OVERBOEKING/NAME/Helpling Netherlands B.V./REMI/Uitbetaling schoonmaakopdrachten MARCH", "1059.46", "Helpling", "salary"],
    ["STUART DELIVERY LTD", "STUART PAY STMT 441207", "599.74", "Stuart", "salary"],
    [null, "CR STUART DELIVERY LTD STUART COURIER PAYOUT WK 09", "427.45", "Stuart", "salary"],
    [null, "ROADIE INC ROADIE GIG EARNINGS MARCH 0324 01398378 JANE DOE", "147.53", "Roadie", "salary"],
    [null, "SPARK DRIVER PAYOUT DES:SPARK DRIVER DES:EARNINGS ID:441207 INDN:JANE DOE CO ID:XXXXX78556 PPD", "601.57", "Spark Driver", "salary"],
    ["Hoofdkraan B.V.", "Hoofdkraan uitbetaling NOVEMBER", "618.88", "Hoofdkraan", "salary"],
    [null, "TASKRABBIT DES:PAYOUT ID:604117", "212.00", "TaskRabbit", "salary"],
  ]);
});

describe("what a customer pays a platform, or gets back from it, is the service's", () => {
  itNames([
    ["Helpling GmbH", "Rechnung Wohnungsreinigung 03/2026", "-64.50", "Helpling", "shopping"],
    ["Helpling GmbH", "Erstattung Reinigung 14.03. storniert", "32.25", "Helpling", "refunds"],
    [null, "TASKRABBIT* FURNITURE ASSEMBLY SAN FRANCISCO CA", "-85.00", "TaskRabbit", "shopping"],
    [null, "STUART FRANCE SAS LIVRAISON COLIS 0412", "-18.90", "Stuart", "other"],
  ]);
  it("a card's return from a delivery platform is a refund, not a wage", () => {
    const row = { counterpartyName: null, description: "CARTE 04/03/26 CB STUART FRANCE SAS CB*3752", transactionType: "Card" };
    const merchant = merchantLabel(row);
    expect(categorize({ ...row, amount: "18.90", merchant }, { rules: [] }).categoryKey).toBe("refunds");
  });
});

describe("a trade-lead portal a tradesman pays is a trade's dues", () => {
  itNames([
    ["CHECKATRADE.COM", "CHECKATRADE MONTHLY SEPTEMBER", "-104.36", "Checkatrade", "fees"],
    [null, "SO RATED PEOPLE LTD RATEDPEOPLE TRADE MEMBERSHIP 7731", "-25.21", "Rated People", "fees"],
    [null, "THUMBTACK INC DES:THUMBTACK LEAD CREDITS 773184 ID:XXXXX95204620 INDN:JANE DOE CO ID:XXXXX97498 WEB", "-97.67", "Thumbtack", "fees"],
    [null, "WERKSPOT.NL Amsterdam, NL", "-49.77", "Werkspot", "fees"],
    ["MyHammer AG", "MyHammer Premium-Mitgliedschaft 04/2026", "-39.90", "MyHammer", "fees"],
  ]);
});

describe("gig workers' e-bikes, phone plans, apps and suppliers", () => {
  itNames([
    [null, "ZOOMO GERMANY GMBH       Muenchen      DE", "-16.90", "Zoomo", "transport"],
    ["ZOOMO*WOCHENMIETE EBIKE", "", "-58.98", "Zoomo", "transport"],
    ["WEtell GmbH", "Rechnung WEtell 04/2026 Kundennr 773184", "-24.26", "WEtell", "utilities"],
    [null, "Kartenzahlung ACCOUNTABLE.DE. 43267280//Dresden 2026-01-09T16:45:57 KFN 1 VJ 2812", "-12.39", "Accountable", "subscriptions"],
    [null, "HURDLR INC HURDLR DES:PREMIUM ID:773184 0106 21842773 JANE DOE", "-62.47", "Hurdlr", "subscriptions"],
    [null, "PURCHASE AUTHORIZED ON 09/13 ROTTEN ROBBIE 48 SAN JOSE MD S204344371997912 CARD 2941", "-92.01", "Rotten Robbie", "fuel"],
    [null, "CHECKCARD 0217 UBREAKIFIX SAN LEANDRO SAN JOSE CA 50775771661057856326832", "-257.46", "uBreakiFix", "shopping"],
    [null, "UBIF 0713 SAN LEANDRO CA", "-89.00", "uBreakiFix", "shopping"],
    [null, "BEA   NR:XXX085   27.05.25/12.44 HOLLU SYSTEMHYGIENE Utrecht,PAS147", "-77.83", "Hollu", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 02/27 TRUITT AND WHITE LUMBER BROOKLYN CA S510851455555557 CARD 0730", "-66.95", "Truitt & White", "shopping"],
  ]);
});

describe("a self-employed retirement plan's contribution is saved", () => {
  it.each([
    [null, "GUIDELINE GUIDELINE DES:SEP IRA ID:773184", "-104.61"],
    [null, "FIDELITY INVESTMENTS DES:SOLO 401K ID:55120", "-250.00"],
  ])("%s / %s", (cp, description, amount) => expect(categoryOf(cp, description, amount)).toBe("savings"));
});

describe("payees sharing a word with a gig brand keep their own label", () => {
  itKeeps([
    ["Stuart Miller", "Miete Anteil April", "Stuart"],
    [null, "ACCOUNTABLE CARE PARTNERS DES:COPAY", "Accountable"],
    [null, "SPARK NETWORKS SE ELITEPARTNER", "Spark Driver"],
    ["Roadie Music Ltd", "INV 2231 GUITAR STRINGS", "Roadie"],
  ]);
});
