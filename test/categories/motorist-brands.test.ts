// Brands motorists pay (brands/motorists.ts), written as the descriptors several banks print for them: each gets the
// brand's label and, where the row says no more than the brand, its category. Beside them, payees that share a word
// with one of those brands keep their own label.
import { describe } from "vitest";
import { itKeeps, itNames } from "./brand-cases.ts";

describe("charging networks, washes, parts shops, service chains and car lenders are the car's running costs", () => {
  itNames([
    ["PAYPAL *MOBILITYHOU 4029357733/LEIPZIG//DE", "2025-03-10T17:25 Debitk. 0 2099-12", "-47.77", "The Mobility House", "fuel"],
    ["Get Charge Gmbh", "", "-74.97", "GET Charge", "fuel"],
    ["NUMBAT GMBH SCHNELLLADEPA//KOELN/DE", "2025-10-27T20:57 Debitk.2 2027-12", "-88.50", "Numbat", "fuel"],
    [null, "MYENERGI.COM ZAPPI     GLASGOW       GBR", "-54.84", "myenergi", "fuel"],
    ["Cleanpark GmbH & Co. KG", "Handyzahlung", "-12.00", "Cleanpark", "fuel"],
    [null, "CHECKCARD 0715 ROCKAUTO.COM SEATTLE CA 55068362642561810500127", "-34.40", "RockAuto", "fuel"],
    [null, "PURCHASE AUTHORIZED ON 04/14 JEGS HIGH PERFORMANCE SAN JOSE FL S572330364900720 CARD 0377", "-30.07", "JEGS", "fuel"],
    [null, "CHECKCARD 1112 QUICK LANE TIRE & AUTO BROOKLYN CA 69734215040108273509288", "-64.26", "Quick Lane", "fuel"],
    [null, "MARSHALL MOTOR GRP BEDFORMANCHESTER    GBR", "-35.74", "Marshall Motor Group", "fuel"],
    ["MOTONOVO FINANCE", "MOTONOVO AGREEMENT 12345678", "-321.71", "MotoNovo Finance", "fuel"],
    [null, "WESTLAKE FINANCIAL WESTLAKE FINANCIAL SVCS JULY", "-439.06", "Westlake Financial", "fuel"],
    ["ACE Auto Club Europa e.V.", "ACE Jahresbeitrag Partner-Mitgliedschaft 1234567", "-95.22", "ACE Auto Club Europa", "fuel"],
  ]);
});

describe("car insurers are insurance, a utility's bill a utility's, Rally's its own drive-in", () => {
  itNames([
    ["Bovemij Schadeverzekeringsmaatschappij N.V.", "Autoverzekering allrisk termijn 07-2025", "-63.54", "Bovemij", "insurance"],
    [null, "DD INSURE 2 DRIVE INSURE2DRIVE BLACKBOX 1234567", "-95.61", "Insure 2 Drive", "insurance"],
    [null, "AES OHIO AES OHIO DES:BILL PAY ID:1234567 0504 45555555 JANE DOE", "-194.91", "AES Ohio", "utilities"],
    [null, "RALLYS #4433        NEW YORK       WA", "-9.82", "Rally's", "restaurants"],
  ]);
});

describe("payees that share a word with a motoring brand keep their own label", () => {
  itKeeps([
    [null, "MARSHALLS #1234 TOLEDO OH", "Marshall Motor Group"],
    ["Listers Landcafe", "Kartenzahlung", "Listers"],
    [null, "ACE HARDWARE #4417 FORT WAYNE IN", "ACE Auto Club Europa"],
  ]);
});
