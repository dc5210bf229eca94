import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

// A ski holiday's lifts, passes and hired skis are the trip's, as the corpus files the Zugspitzbahn, the SkiWelt and
// Skimium (shop-kinds-more.ts SKI_TRIPS); a toboggan run, a water-ski lift, a canoe hire and a ski club are not.
describe("ski lifts, ski areas, lift tickets and ski hire are travel", () => {
  itCategorizes([
    ["Lastschrift", null, "Kartenzahlung BERCHTESGADENER BERGBAHN AG. 39388435//Leipzig 2025-03-19T09:04:44 KFN 1 VJ 2812", "-46.00", "travel"],
    ["Card Payment", null, "Brauneck- und Wallbergbahnen GmbH", "-52.00", "travel"],
    ["KARTENZAHLUNG", "SKILIFTKARUSSELL WINTERBE//DRESDEN/DE", "2026-09-05T09:57 Debitk.2 2027-12", "-38.00", "travel"],
    ["Card Payment", null, "SUMUP *SKIVERLEIH PAPE", "-120.00", "travel"],
    [null, null, "PURCHASE AUTHORIZED ON 04/14 BRETTON WOODS SKI AREA NEW YORK FL S045592480220729 CARD 9706", "-89.00", "travel"],
    [null, null, "PURCHASE AUTHORIZED ON 05/22 STOWE MTN LIFT TICKETS SAN JOSE MD S530299263025776 CARD 5461", "-139.00", "travel"],
    [null, null, "VAIL RESORTS EPIC PASS PAYMENT PLAN 0630 78707114 JANE DOE", "-180.00", "travel"],
    [null, null, "CARTE 01/01/25 SKIMIUM.FR CB*7612", "-193.42", "travel"],
    [null, null, "CARTE 12/02/26 SAS DOMAINE SKIABLE DE LA PLAGNE CB*1234", "-61.00", "travel"],
  ]);
  describe("but a toboggan run, a water-ski lift, a canoe hire and a town's funicular stay what they are", () => {
    itCategorizes([
      ["KARTENZAHLUNG", "SOMMERRODELBAHN IMMENSTADT//MUENCHEN/DE", "2026-08-01T14:00 Debitk.2 2027-12", "-12.00", "entertainment"],
      ["KARTENZAHLUNG", "WASSERSKI LANGENFELD//KOELN/DE", "2026-07-01T14:00 Debitk.2 2027-12", "-25.00", "entertainment"],
      ["KARTENZAHLUNG", "KANUVERLEIH MUELLER//DRESDEN/DE", "2026-07-01T14:00 Debitk.2 2027-12", "-30.00", "entertainment"],
      ["Lastschrift", null, "Kartenzahlung HEIDELBERGER BERGBAHN TICKETAUTOMAT. 12345678//Heidelberg 2026-05-01T10:00:00 KFN 1 VJ 2812", "-9.00", "transport"],
    ]);
  });
});
