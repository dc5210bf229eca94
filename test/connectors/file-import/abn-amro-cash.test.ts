// ABN AMRO marks card rows by their code: "BEA" (betaalautomaat) is a card
// payment at a shop's terminal, "GEA" (geldautomaat) cash from a machine whose
// text names where it stands ("ING Rotterdam Blaak"), which is no shop.
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";
import { parseDetails } from "../../../connectors/file-import/mt940-details.ts";

const txt = [
  "123456789\tEUR\t20260609\t1000,00\t950,00\t20260609\t-50,00\tGEA   NR:S1J471   09.06.26/13.05 ING Rotterdam Blaak,PAS012",
  "123456789\tEUR\t20260610\t950,00\t930,00\t20260610\t-20,00\tBEA   NR:XXX000   10.06.26/12.00 Jumbo Utrecht,PAS012",
].join("\r\n");

describe("ABN AMRO cash machine rows", () => {
  it("the TXT export gives a GEA row the cash machine's code and no counterparty", () => {
    const s = parseStatementFile({ fileName: "TXT260610093012.TAB", content: Buffer.from(`${txt}\r\n`) });
    expect(s.transactions.map((t) => [t.amount, t.transactionType, t.counterpartyName])).toEqual([
      ["-50.00", "GEA", null],
      ["-20.00", "BEA", "Jumbo Utrecht"],
    ]);
  });

  it("an MT940 :86: with a GEA text gives the code as the posting text, a BEA text the shop", () => {
    expect(parseDetails("GEA   NR:S1J471   09.06.26/13.05 ING Rotterdam Blaak,PAS012")).toMatchObject({ postingText: "GEA", name: null });
    expect(parseDetails("BEA   NR:XXX000   10.06.26/12.00 Jumbo Utrecht,PAS012")).toMatchObject({ postingText: null, name: "Jumbo Utrecht" });
  });
});
