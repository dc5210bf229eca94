// What a musician, an author or a maker is paid for the work, in the shapes pool 66 showed and others of the same kind:
// a collecting society's royalties, a marketplace's or a card terminal's payout of the maker's sales. Each payee is
// made up but the societies; each rule has rows beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("royalties and a maker's sales paid out are pay", () => {
  itCategorizes([
    ["Gutschrift", "GEMA Gesellschaft fuer musikalische Auffuehrungs- und mechanische Vervielfaeltigungsrechte", "Verteilung U-Musik Live Quartal Mitgl.-Nr. 661420", "500.09", "salary"],
    ["Income", "GEMA", "Ausschuettung Auffuehrungsrecht 2025 Mitgl.-Nr. 661420", "398.69", "salary"],
    [null, "Vereniging Buma", "Buma repartitie 2026 lidnr 661420", "477.56", "salary"],
    ["Faster payment", "PRS FOR MUSIC", "PRS ROYALTY DISTRIBUTION JUNE", "352.20", "salary"],
    [null, null, "ASCAP ASCAP DOMESTIC DISTRIBUTION AUGUST", "304.65", "salary"],
    ["SEPA-Gutschrift", "VG Wort", "Ausschuettung Tantiemen 2025 Kartei 4471", "212.00", "salary"],
    [null, null, "VIR SEPA SACEM REPARTITION DROITS D AUTEUR 2026", "180.00", "salary"],
    // A maker's sales, paid out by the marketplace or the card terminal.
    ["Gutschrift", "Palundu", "Auszahlung Verkaeufe Oktober 2026 Shop FilzundFaden", "309.56", "salary"],
    ["Zahlung erhalten", "Palundu", "Verkaeuferguthaben 05/2025 Shop FilzundFaden", "458.87", "salary"],
    ["GUTSCHR. UEBERWEISUNG", "myPOS Europe Ltd.", "Settlement 10/2026 Haendler 66142 Toepfermarkt", "551.19", "salary"],
    ["Gutschrift", "Kunsthandwerkermarkt.de", "Auszahlung Verkaeufe KW 14", "120.00", "salary"],
  ]);
  describe("but a shop's refund and a friend's money stay what they are", () => {
    itCategorizes([
      ["Gutschrift", "Palundu", "Erstattung Bestellung 4471 storniert", "25.00", "refunds"],
      ["Faster payment", "JAMES HOLLOWAY", "CONCERT TICKETS BACK", "40.00", "income_other"],
    ]);
  });
});
