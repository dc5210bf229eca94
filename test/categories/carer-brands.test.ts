// Real brands households living with a chronic illness or disability pay (pool 76): low-vision and hearing aids,
// diabetes sensors, medical supplies and wheelchairs sold by post, online pharmacies, hospital groups and home care,
// health insurers, gluten-free food makers, ramp builders; and the patient associations they give to, which keep no
// charity shop, so a card paid to them is still a gift. Guards: the ordinary words beside them stay what they were.
import { describe } from "vitest";
import { itKeeps, itNames } from "./brand-cases.ts";

describe("aids, supplies, pharmacies, hospitals and home care are health by their printed forms", () => {
  itNames([
    [null, "MARLAND GMBH//WANGEN/DE 2026-02-01T10:00:00", "-40.00", "Marland", "health"],
    ["Marland Blindenhilfsmittel/WANGEN//DE", "2026-02-01 Debitk.12 VISA Debit", "-25.00", "Marland", "health"],
    [null, "ABBOTT FREESTYLE LIBRE 3 SENSOR", "-59.90", "Abbott", "health"],
    [null, "BEA   NR:XXX111   01.02.26/09.10 OPTELEC NEDERLAND B.V. Utrecht,PAS111", "-30.00", "Optelec", "health"],
    [null, "BEA   NR:XXX111   01.02.26/09.10 MEDIREVA B.V. Utrecht,PAS111", "-12.00", "Medireva", "health"],
    [null, "CONNEVANS LTD          REDHILL       GBR", "-18.00", "Connevans", "health"],
    [null, "VIS ESSENTIALAIDS.COM LONDON", "-22.00", "Essential Aids", "health"],
    [null, "SPINLIFE.COM #1 COLUMBUS OH", "-120.00", "SpinLife", "health"],
    [null, "PURCHASE AUTHORIZED ON 01/02 1800WHEELCHAIR.COM BROOKLYN NY S123 CARD 1111", "-80.00", "1800Wheelchair", "health"],
    [null, "MEDIHERZ-SHOP VERSANDAPO", "-19.00", "Mediherz", "health"],
    [null, "PAYPAL *CARESHOP//HAMBURG/DE 2026-01-01T10:00:00", "-30.00", "Careshop", "health"],
    [null, "PURCHASE AUTHORIZED ON 01/02 NOWRX PHARMACY MOUNTAIN VIEW CA S123 CARD 1111", "-10.00", "NowRx", "health"],
    [null, "CHECKCARD 0101 AUDIBEL HEARING CTR SPRINGFIELD IL 123", "-45.00", "Audibel", "health"],
    [null, "PURCHASE AUTHORIZED ON 01/02 OSF SAINT FRANCIS MED CTR PEORIA IL S123 CARD 1111", "-30.00", "OSF HealthCare", "health"],
    [null, "CHECKCARD 0101 UNITYPOINT HLTH METHODIST PEORIA IL 123", "-30.00", "UnityPoint Health", "health"],
    [null, "PENN STATE HEALTH ST JOSEPH READING PA", "-30.00", "Penn State Health", "health"],
    [null, "ORIG CO NAME:HOME HELPERS HOME CARE CO ENTRY DESCR:INVOICE", "-300.00", "Home Helpers Home Care", "health"],
  ]);
});

describe("insurers, food makers and ramp builders are their trades", () => {
  itNames([
    [null, "PURCHASE AUTHORIZED ON 01/02 CAPITAL BLUE CROSS PREM HARRISBURG PA S123 CARD 1111", "-200.00", "Capital Blue Cross", "insurance"],
    [null, "HEALTH ALLIANCE MEDICAL PLANS PREMIUM MARCH", "-250.00", "Health Alliance", "insurance"],
    ["Eno zorgverzekeringen", "Premie zorgverzekering maart 2026", "-140.00", "ENO", "insurance"],
    [null, "DR. SCHAER DEUTSCHLAND GMBH 0159", "-30.00", "Dr. Schär", "groceries"],
    [null, "DIETARYSPECIALS.CO.UK  LONDON        GBR", "-20.00", "Dietary Specials", "groceries"],
    [null, "PURCHASE AUTHORIZED ON 01/02 AMRAMP OF NORTH TEXAS DALLAS TX S123 CARD 1111", "-150.00", "Amramp", "shopping"],
  ]);
});

describe("a gift to a patient association is a gift, by card too", () => {
  itNames([
    [null, "KARTENZAHLUNG DMSG LANDESVERBAND BAYERN//MUENCHEN/DE 2026-01-18T19:13", "-20.00", "DMSG", "donations"],
    ["Stiftung Deutsche Schlaganfall-Hilfe", "Spende Januar 2026", "-10.00", "Stiftung Deutsche Schlaganfall-Hilfe", "donations"],
    [null, "VIR SEPA APF FRANCE HANDICAP DON 2026", "-15.00", "APF France handicap", "donations"],
    [null, "BEA   NR:XXX111   01.02.26/09.10 ALZHEIMER NEDERLAND Utrecht,PAS111", "-10.00", "Alzheimer Nederland", "donations"],
    [null, "HULPHOND NEDERLAND GIFT Utrecht, NL", "-25.00", "Hulphond Nederland", "donations"],
    [null, "VIS COELIAC UK HIGH WYCOMBE", "-15.00", "Coeliac UK", "donations"],
    [null, "SPINAL INJURIES ASSOCIATION GIFT FT", "-10.00", "Spinal Injuries Association", "donations"],
    [null, "CHECKCARD 0101 MUSCULAR DYSTROPHY ASSOCIATION CHICAGO IL 123", "-25.00", "Muscular Dystrophy Association", "donations"],
  ]);
  describe("but a shop-keeping charity's till stays its shop", () => {
    itNames([[null, "VIS AGE UK 0231 LONDON", "-6.00", "Age UK", "shopping"]]);
  });
  itKeeps([
    [null, "FREESTYLE SKATE SHOP", "Abbott"],
    [null, "HEALTH ALLIANCE GYM", "Health Alliance"],
  ]);
});
