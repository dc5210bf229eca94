// Brands of single parents and separated families (brands/separated-families.ts), by the forms cards print: a
// domain glued to its name, a legal form or a town after it, a card field's cut.
import { describe } from "vitest";
import { itCategorizes, itLabels } from "../helpers/label-rows.ts";

describe("scouting, swimming lessons, play and youth leagues", () => {
  itLabels([
    [null, "VIS GIRLGUIDING.ORG.UK SUBS BRISTOL", "Girlguiding"],
    [null, "CHECKCARD 0508 GIRLSCOUTS.ORG MEMBERSHIP BROOKLYN CA 35721160486655615204707", "Girl Scouts"],
    [null, "SCOUTINGAMERICA.ORG DUES", "Scouting America"],
    [null, "TURTLE TOTS STAFFORD   LONDON        GBR", "Turtle Tots"],
    [null, "DEBIT_CARD I9SPORTS.COM REGISTRATION SAN JOSE NY", "i9 Sports"],
    [null, "CARTE 21/11/25 CB ROYAL KIDS CB*1135", "Royal Kids"],
    [null, "CCV*JUMPSQUARE Rotterdam, NL", "Jumpsquare"],
  ]);
  itCategorizes([
    [null, "TURTLE TOTS STAFFORD   LONDON        GBR", "-49.92", "entertainment"],
    [null, "KIDSPLAZA GORINCHEM Rotterdam, NL", "-16.12", "entertainment"],
    [null, "SCOUTING AMERICA    SEATTLE        WA", "-25.04", "entertainment"],
  ]);
});

describe("camps, after-school care, tutoring and childcare accounts", () => {
  itLabels([
    [null, "SUPERCAMPS LTD         LONDON        GBR", "SuperCamps"],
    [null, "PREMIER EDUCATION GROUP 8069   ON 01 MAR          CPM", "Premier Education"],
    [null, "KIDS R KIDS LEARNING ACADBROOKLYN       CA", "Kids 'R' Kids"],
    [null, "PURCHASE AUTHORIZED ON 02/02 CLUBZTUTORING.COM SEATTLE MD S063339469987635 CARD 0216", "Club Z! Tutoring"],
    [null, "SO CHILDCARE SERVICE TFC TFC TOP UP JULY", "Tax-Free Childcare"],
    [null, "CARTE 14/08/26 AROEVEN BRETAGNE CB*0825", "Aroeven"],
  ]);
  itCategorizes([
    [null, "BARRACUDAS ACTIVITY DAY C", "-60.00", "education"],
    [null, "DEBIT_CARD KIDS R KIDS #214 KILLEEN BROOKLYN WA", "-71.32", "education"],
    [null, "CB TELLIGO.FR", "-380.00", "education"],
  ]);
});

describe("a sitter-finding membership, a rental application, divorce online, the Dutch courts", () => {
  itCategorizes([
    [null, "CARTE 15/09/25 YOOPIES.FR CB*3182", "-13.53", "subscriptions"],
    [null, "PURCHASE AUTHORIZED ON 05/19 RENTSPREE.COM AUSTIN CA S930125760279971 CARD 9788", "-61.04", "rent"],
    [null, "VIS AMICABLE DIVORCE LTD LEEDS", "-24.50", "other"],
    [null, "De Rechtspraak griffierecht zaak 79", "-87.00", "taxes"],
  ]);
  itLabels([
    [null, "VIS AMICABLE DIVORCE LTD LEEDS", "Amicable"],
    [null, "RENTSPREE APPLICATION FEE", "RentSpree"],
  ]);
  // Guard: "amicable" alone is an everyday word, no brand.
  itLabels([[null, "AMICABLE PLUMBING LTD", "Amicable Plumbing"]]);
});
