// The four exports of the Denver couple, written from events.ts byte for byte
// in the shapes of /work/shared/bank-formats.md: Wells Fargo checking (no
// header, five quoted columns, signed), American Express US (full 13-column
// CSV, charges positive, multi-line quoted fields), Discover (charges positive,
// a post date) and a Capital One 360 savings QFX (OFX 2 without the <?xml?>
// line, MEMO only, an impossible DTSERVER time).
import { addDays, FIRST, LAST, mdy, mmdd, SAVINGS_OPENING, sum, type Acct, type Event } from "./events.ts";

export * from "./events.ts";

/** Unsigned dollars with a dot and no thousands separator, as all four banks write them. */
function dollars(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
const booked = (events: Event[], acct: Acct) => events.filter((e) => e.acct === acct && !e.pending);

/** Wells Fargo "Checking1.csv": no header, five quoted columns, newest first, signed amounts. */
export function wellsFargoCsv(events: Event[]): Buffer {
  const rows = booked(events, "wf").reverse().map((e, i) => {
    const seq = `S${String(586_214_000_000_000 + i * 7_919).padStart(15, "0")}`;
    const desc = {
      card: `PURCHASE AUTHORIZED ON ${mmdd(e.date)} ${e.text} ${seq} CARD 4417`,
      recurring: `RECURRING PAYMENT AUTHORIZED ON ${mmdd(e.date)} ${e.text} ${seq} CARD 4417`,
      return: `PURCHASE RETURN AUTHORIZED ON ${mmdd(e.date)} ${e.text} ${seq} CARD 4417`,
      atm: `ATM WITHDRAWAL AUTHORIZED ON ${mmdd(e.date)} ${e.text} CARD 4417`,
      "nonwf-atm": `NON-WF ATM WITHDRAWAL AUTHORIZED ON ${mmdd(e.date)} ${e.text} CARD 4417`,
      plain: e.text,
    }[e.wf ?? "plain"];
    return [mdy(e.date), dollars(e.cents), "*", e.checkNo ?? "", desc].map((f) => `"${f}"`).join(",");
  });
  return Buffer.from(rows.map((r) => `${r}\r\n`).join(""), "utf8");
}

const AMEX_PLACE: Record<string, [address: string, cityState: string, zip: string]> = {
  Amazon: ["410 TERRY AVE N", "SEATTLE\nWA", "98109-5210"],
  Steam: ["2211 N FIRST ST", "SAN JOSE\nCA", "95131"],
  Spotify: ["4 WORLD TRADE CENTER", "NEW YORK\nNY", "10007"],
  Verizon: ["", "BASKING RIDGE\nNJ", "07920"],
  "Uber Eats": ["1515 3RD ST", "SAN FRANCISCO\nCA", "94158"],
};

/** American Express "activity.csv", full layout: newest first, charges positive, credits negative. */
export function amexCsv(events: Event[]): Buffer {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const header = "Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,City/State,Zip Code,Country,Reference,Category";
  const rows = booked(events, "amex").reverse().map((e, i) => {
    const acctNo = e.member === "SAM RIVERA" ? "-71010" : "-71002";
    const reference = `'3202${String(61_830_000_001 + i * 104_729).padStart(11, "0")}'`;
    if (e.cardBill) return [mdy(e.date), e.text, e.member!, acctNo, dollars(-e.cents), "", e.text, "", "", "", "", reference, ""].map(q).join(",");
    const [address, cityState, zip] = AMEX_PLACE[e.merchant] ?? ["", "DENVER\nCO", "80202"];
    const word = e.cardCategory!.split("-")[0]!.toUpperCase();
    const extended = `${String(7_101_466 + i).padStart(7, "0")}     ${word}\n${e.text}\n${e.cardCategory}`;
    return [mdy(e.date), e.text, e.member!, acctNo, dollars(-e.cents), extended, e.text, address, cityState, zip, "UNITED STATES", reference, e.cardCategory!]
      .map(q).join(",");
  });
  return Buffer.from([header, ...rows].join("\n") + "\n", "utf8");
}

/** Discover "Discover-AllAvailable-….csv": oldest first, purchases positive, a post date a day later. */
export function discoverCsv(events: Event[]): Buffer {
  const rows = booked(events, "discover").map((e) => {
    const post = e.cardBill ? e.date : addDays(e.date, 1);
    return [mdy(e.date), mdy(post), e.text, dollars(-e.cents), e.cardCategory!].join(",");
  });
  return Buffer.from(["Trans. Date,Post Date,Description,Amount,Category", ...rows].join("\n") + "\n", "utf8");
}

export function savingsBalance(events: Event[]): number {
  return SAVINGS_OPENING + sum(booked(events, "savings"));
}

/** Capital One 360 savings QFX: OFX 2.02 without the <?xml?> line, MEMO but no NAME, newest first. */
export function capitalOneQfx(events: Event[]): Buffer {
  const stamp = (d: string) => `${d.replaceAll("-", "")}050000.000`;
  const trns = booked(events, "savings").reverse().map((e, i) => `
          <STMTTRN>
            <TRNTYPE>${e.cents < 0 ? "DEBIT" : "CREDIT"}</TRNTYPE>
            <DTPOSTED>${stamp(e.date)}</DTPOSTED>
            <TRNAMT>${dollars(e.cents).replace(/\.00$/, "")}</TRNAMT>
            <FITID>${e.date.replaceAll("-", "")}${String(3_828 - i).padStart(4, "0")}</FITID>
            <MEMO>${e.text}</MEMO>
          </STMTTRN>
`).join("");
  const text = `<?OFX OFXHEADER="200" VERSION="202" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX>
  <SIGNONMSGSRSV1>
    <SONRS>
      <STATUS>
        <CODE>0</CODE>
        <SEVERITY>INFO</SEVERITY>
      </STATUS>
      <DTSERVER>20261128048208.398</DTSERVER>
      <LANGUAGE>ENG</LANGUAGE>
      <FI>
        <ORG>Capital One Bank</ORG>
        <FID>1001</FID>
      </FI>
      <INTU.BID>1236</INTU.BID>
    </SONRS>
  </SIGNONMSGSRSV1>
  <BANKMSGSRSV1>
    <STMTTRNRS>
      <TRNUID>0</TRNUID>
      <STATUS>
        <CODE>0</CODE>
        <SEVERITY>INFO</SEVERITY>
      </STATUS>
      <STMTRS>
        <CURDEF>USD</CURDEF>
        <BANKACCTFROM>
          <BANKID>031176110</BANKID>
          <ACCTID>7305</ACCTID>
          <ACCTTYPE>SAVINGS</ACCTTYPE>
        </BANKACCTFROM>
        <BANKTRANLIST>
          <DTSTART>${stamp(FIRST)}</DTSTART>
          <DTEND>${stamp(LAST)}</DTEND>
${trns}
        </BANKTRANLIST>
        <LEDGERBAL>
          <BALAMT>${dollars(savingsBalance(events))}</BALAMT>
          <DTASOF>20261128048208.39</DTASOF>
        </LEDGERBAL>
      </STMTRS>
    </STMTTRNRS>
  </BANKMSGSRSV1>
</OFX>
`;
  return Buffer.from(text, "utf8");
}
