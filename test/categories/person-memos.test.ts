// Money sent to or received from a person on US (Wells Fargo, Amex, Chase, Bank of America) and UK (Barclays, HSBC)
// statements: the bank prints the person's name and the payer's memo run together in one description, with no
// counterparty field. The person is the payee, not the memo; and what the memo says it was for (gas money, a phone
// bill, bus fares) is the family's business, not a utility or a bus company. Every person and row is made up.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

interface Row {
  counterpartyName: string | null;
  description: string | null;
  transactionType: string | null;
  amount: string;
  mcc?: string | null;
}

const row = (description: string, amount: string, transactionType: string | null = null, counterpartyName: string | null = null): Row => ({ counterpartyName, description, transactionType, amount });

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (r: Row) => categorize({ ...r, merchant: merchantLabel(r) }, { rules: [] }).categoryKey;

const itReads = (cases: [Row, string, string][]) =>
  it.each(cases)("%o → %s, %s", (r, label, category) => {
    expect(merchantLabel(r)).toBe(label);
    expect(categoryOf(r)).toBe(category);
  });

describe("Wells Fargo prints the person, the memo, a date, a reference and the holder's own name", () => {
  itReads([
    [row("ELLIOT MARSHWOOD WEEKLY ALLOWANCE ELLIOT 0415 93144318 JANE DOE", "-20.00"), "Elliot Marshwood", "other"],
    // The memo's gas and phone bill are what the money helps with, not a utility's bill.
    [row("NADIA PELLINGHAM GAS MONEY AND PHONE BILL 1020 74452611 JANE DOE", "-60.00"), "Nadia Pellingham", "other"],
    [row("GRETA VANTREES BIRTHDAY GIFT 0312 55120934 JANE DOE", "50.00"), "Greta Vantrees", "income_other"],
  ]);
});

describe("Amex, Chase and Bank of America run the memo on after the name", () => {
  itReads([
    [row("HAROLD QUIMBLEY FOR MAISIES DRIVERS ED", "250.00"), "Harold Quimbley", "income_other"],
    [row("WALTER BRINDLECOMBE LOAN PAYBACK PPD ID: 1234567890", "200.00", "ACH_CREDIT"), "Walter Brindlecombe", "income_other"],
    [row("ORLA KENWORTHY DES:GROCERIES ID:XXXXX12345678 INDN:JANE DOE CO ID:XXXXX12345 WEB", "-60.00"), "Orla Kenworthy", "other"],
  ]);
});

describe("Barclays and HSBC print a title, an initial and the surname before the memo", () => {
  itReads([
    // BGC: a bank giro credit, money in.
    [row("MR AND MRS D HOLBROOKE FROM GRANDMA AND GRANDAD DRIVING LESSONS BGC", "100.00", "DIRECTDEP"), "D Holbrooke", "income_other"],
    [row("MR & MRS K ORMEROD FOR FREYAS BIRTHDAY BGC", "40.00", "DIRECTDEP"), "K Ormerod", "income_other"],
    [row("DR T ASHCOMBE REF THANKS FOR DINNER FT", "-35.00", "PAYMENT"), "T Ashcombe", "other"],
    [row("CR MRS P TILLOTSON RE SCHOOL TRIP", "30.00"), "P Tillotson", "income_other"],
    [row("SO IMOGEN FAIRCLOUGH POCKET MONEY", "-10.00"), "Imogen Fairclough", "other"],
    // A landlord paying a tenant's deposit back, less what it kept.
    [row("MISS R WINTERBOURNE DEPOSIT RETURN FLAT 3 LESS CLEANING FT", "-420.00", "PAYMENT"), "R Winterbourne", "other"],
  ]);
});

describe("a person named in the counterparty field is paid for what the memo says, not sold it", () => {
  itReads([
    // Monzo: the payee's own field, the memo in the description.
    [row("ISLA BUS FARES AND DINNERS", "-40.00", "Direct Debit", "MISS E CRANSTEAD"), "E Cranstead", "other"],
    [row("PHONE BILL", "-30.00", "Faster payment", "SOPHIE WETHERALL"), "Sophie Wetherall", "other"],
  ]);
});

describe("a private landlord is still paid rent", () => {
  itReads([
    [row("MRS V ALDERTON ROOM RENT MAY DDR", "-500.00", "PAYMENT"), "V Alderton", "rent"],
    [row("MRS V ALDERTON RENT SHARE MAY DDR", "-500.00", "PAYMENT"), "V Alderton", "rent"],
  ]);
});

describe("a shop named like a person keeps its name and its trade", () => {
  itReads([
    [row("JOHN LEWIS 0412 ON 12 MAY BCC", "-80.00", "Debit"), "John Lewis", "shopping"],
    [row("JOHN LEWIS GIFT LIST FT", "-80.00", "PAYMENT"), "John Lewis", "shopping"],
    [row("PURCHASE AUTHORIZED ON 05/12 TED BAKER LONDON CA S123456789012345 CARD 1234", "-80.00"), "Ted Baker", "shopping"],
    [row("MARKS AND SPENCER 0123 ON 12 MAY CPM", "-18.00", "Debit"), "Marks & Spencer", "groceries"],
    [row("BEN AND JERRYS BURLINGTON VT", "-8.00"), "Ben & Jerry's", "restaurants"],
    [row("JOE'S PIZZA BROOKLYN NY", "-14.00", "DEBIT_CARD"), "Joe's Pizza", "restaurants"],
    [row("SARAH SMITH PHOTOGRAPHY", "-140.00"), "Sarah Smith Photography", "shopping"],
    [row("DAVID LLOYD LEISURE MEMBERSHIP DDR", "-60.00", "PAYMENT"), "David Lloyd", "entertainment"],
    // A memo's word ("phone") before a trade word of the shop's own is the shop's name, as is a legal form.
    [row("NINA MORTIMER PHONE REPAIRS", "-45.00"), "Nina Mortimer Phone Repairs", "shopping"],
    [row("PETER PAN BUS LINES FARES", "-25.00"), "Peter Pan Bus", "transport"],
  ]);
});
