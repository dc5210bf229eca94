// A US household's home and family payments as Chase and Bank of America write them: the mortgage to its
// servicer, the homeowners association's dues, a county's property tax, and a daycare paid by Zelle.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";

const none = { rules: [] };
const keyOf = (amount: string, description: string) => categorize({ amount, description }, none).categoryKey;
const nameOf = (description: string) => merchantName({ description });

describe("a US mortgage, HOA dues and daycare", () => {
  it.each([
    "ORIG CO NAME:MR. COOPER  CO ENTRY DESCR:MTG PYMT  SEC:PPD IND ID:1234567890 IND NAME:MARCUS JOHNSON",
    "ORIG CO NAME:ROCKET MORTGAGE  CO ENTRY DESCR:MORTGAGE  SEC:PPD IND ID:1234567890 IND NAME:JANE DOE",
    "PENNYMAC DES:MTG PMT ID:12345678901 INDN:KEISHA JOHNSON CO ID:1234567890 PPD",
    "AVERY RANCH OWNER DES:HOA DUES ID:12345678901 INDN:KEISHA JOHNSON CO ID:1234567890 WEB",
    "ORIG CO NAME:CINCO RANCH HOMEOWNERS ASSOC  CO ENTRY DESCR:DUES  SEC:WEB IND ID:1234567890",
  ])("files %j under rent & housing", (description) => {
    expect(keyOf("-2412.66", description)).toBe("rent");
  });

  it("names the servicer Mr. Cooper, not a person called Cooper", () => {
    expect(nameOf("ORIG CO NAME:MR. COOPER  CO ENTRY DESCR:MTG PYMT  SEC:PPD IND ID:1234567890 IND NAME:MARCUS JOHNSON")).toBe("Mr. Cooper");
  });

  it("files a Zelle payment to a learning center under education: the payee is a business, not a friend", () => {
    expect(keyOf("-150.00", "Zelle payment to Little Acorns Learning Center Conf# t0qk82hz3")).toBe("education");
    expect(keyOf("-80.00", "Zelle payment to Ashley Nguyen JPM99b6lkdk")).toBe("other");
  });

  it("leaves Zelle's confirmation number out of the payee's name", () => {
    expect(nameOf("Zelle payment to Little Acorns Learning Center Conf# t0qk82hz3")).toBe("Little Acorns Learning Center");
    expect(nameOf("Zelle payment from JORDAN MILLER Conf# k2j9x8w1q")).toBe("Jordan Miller");
  });

  it("files a county tax office's property tax under taxes", () => {
    expect(keyOf("-7842.19", "ORIG CO NAME:TRAVIS COUNTY TAX  CO ENTRY DESCR:PROP TAX  SEC:WEB IND ID:0285461007 IND NAME:MARCUS JOHNSON")).toBe("taxes");
  });
});
