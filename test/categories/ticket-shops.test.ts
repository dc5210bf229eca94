// A ticket shop named by its glued word ("TICKETTOASTER.DE", "Ticketcorner", "TICKETSHOP …") sells event tickets: a
// transit ticket comes from its operator or a machine, whose words are read first. Made-up shops in the banks' shapes.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a ticket shop by its glued word sells event tickets", () => {
  itCategorizes([
    ["Kartenzahlung", "Ticketfuchs.de", "TICKETFUCHS.DE/HAUPTSTR. 11/LEIPZIG/DE 30-07-2025T10:03:36 Folgenr. 11 Verfalld. 1229", "-58.19", "entertainment"],
    ["Lastschrift", null, "Kartenzahlung TICKETFUCHS GMBH. 58999317//Stuttgart 2025-11-04T07:26:41 KFN 1 VJ 2812", "-14.08", "entertainment"],
  ]);
  describe("but a ticket machine and a car park's ticket stay transport and fuel", () => {
    itCategorizes([
      ["Kartenzahlung", "TICKETAUTOMAT HBF KASSEL", null, "-3.20", "transport"],
      ["Kartenzahlung", "PARKTICKET CITY GALERIE", null, "-4.00", "fuel"],
    ]);
  });
});
