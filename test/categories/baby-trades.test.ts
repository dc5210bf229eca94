// The trades young parents with babies and toddlers pay, enumerated by trade: childminders and host parents, a child's
// savings, the shops that dress, shoe, carry and amuse small children (cut by the card field at 22–25 characters), baby
// photographers, play cafés, and the brands of prams, children's clothes and toys. Each business is made up (the brands
// aside); each rule has a row beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("childcare paid to a childminder, a host parent or a nanny is education, though a person is paid", () => {
  itCategorizes([
    ["Überweisungsauftrag", "Dagmar Pfeifenberger", "Kindertagespflege Oktober 2025 Zuzahlung Verpflegung EREF: 8330159410", "-238.44", "education"],
    [null, "J. van der Berg", "/TRTP/SEPA OVERBOEKING/IBAN/NL00991933070473773008/BIC/ABNANL2A/NAME/J. van der Berg/REMI/Gastouderopvang maart/EREF/NOTPROVIDED", "-310.00", "education"],
    ["Faster payment", "MISS R FAIRWEATHER", "FAIRWEATHER CM INV 61 WRAPAROUND", "-259.73", "education"],
    [null, null, "ZELLE PAYMENT TO ANNA LOPEZ NANNY WEEK 12 0427 44959830", "-420.00", "education"],
    [null, null, "PRLV SEPA PAJEMPLOI URSSAF ASSISTANTE MATERNELLE MARS", "-386.00", "education"],
    ["KARTENZAHLUNG", "EV. FAMILIENBILDUNGSSTAETTE HAMELN//DRESDEN/DE", "2025-05-07T10:47 Debitk.2 2027-12", "-74.42", "education"],
    ["Kartenzahlung", "Ev. Familienbildungs", "EV. FAMILIENBILDUNG/HAUPTSTR. 113/HAMBURG/DE 13-08-2025T13:55:13 Folgenr. 15 Verfalld. 1229", "-58.97", "education"],
  ]);
  describe("but a friend's evening of babysitting, a Kita's fee and the day care of the elderly keep theirs", () => {
    itCategorizes([
      ["Basislastschrift", "Hanna Kreutzfeldt", "Babysitten Samstagabend", "-40.00", "other"],
      [null, "M. Dijkhuis", "Oppassen op Pip en Moos", "-35.00", "other"],
      ["Dauerauftrag", "Stadt Hameln", "Kita Sonnenschein Elternbeitrag Mai", "-212.00", "education"],
      ["Tagespflege Sonnenhof gGmbH", "Tagespflege Sonnenhof gGmbH", "Eigenanteil Maerz", "-320.00", "health"],
    ]);
  });
});

describe("a child's savings are savings, whoever keeps them", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Sparkasse Hameln-Weserbergland", "Dauerauftrag Kindersparbuch 08/2025", "-99.02", "savings"],
    [null, null, "COLLEGE SAVINGS IOWA DES:COLLEGE SAVINGS IOWA AUTO INVEST ID:XXXXX81001334 INDN:JANE DOE CO ID:XXXXX32799 WEB", "-208.81", "savings"],
    [null, null, "BETHNAL TRUST JUNIOR ISA CONTRIBUTION DD", "-50.00", "savings"],
    [null, "Beleggingsfonds Kind B.V.", "Maandelijkse inleg voor Noor 08-2025", "-25.00", "savings"],
  ]);
});

describe("a children's shop by its trade word, in four languages and cut by the card field, is shopping", () => {
  itCategorizes([
    ["MasterCard Payment", "Kinderwagen Klapperstorch Inh. M. Dettweiler", "", "-160.45", "shopping"],
    [null, "STAPVOETS KINDERSCHOENEN", "STAPVOETS KINDERSCHOENEN Amsterdam, NL", "-118.02", "shopping"],
    [null, null, "Kartenzahlung ZWERGENLAND KINDER-SECOND. 64761147//Hamburg 2026-10-04T13:25:16 KFN 1 VJ 2812", "-221.27", "shopping"],
    [null, null, "BEA   NR:XXX955   04.01.26/09.46 SUMUP *KINDERKLEDINGBEURS GO Den Haag,PAS462", "-124.18", "shopping"],
    ["Betaalautomaat", "Zettle_*Kabouterhuis Speelgo 0734", "Pasvolgnr: 001 28-05-2026 12:11 Transactie: 244188 Term: AB309C", "-122.74", "shopping"],
    [null, null, "PURCHASE AUTHORIZED ON 12/14 BUMPS & BUNDLES BABY BOU SEATTLE MD S104244289007810 CARD 1773", "-149.55", "shopping"],
    [null, null, "VIS SNAPDRAGON FAMILY PHOTOGR BRISTOL", "-170.56", "shopping"],
    ["Kartenzahlung", "BABYFOTOGRAFIE STERN", "BABYFOTOGRAFIE STER/HAUPTSTR. 94/BERLIN/DE 24-05-2025T16:09:23", "-8.13", "shopping"],
    [null, null, "CARTE 14/03/26 LA CABANE PUERICULTURE CB*4471", "-89.00", "shopping"],
    [null, null, "CARTE 14/03/26 AU PAYS DES JOUETS CB*4471", "-32.00", "shopping"],
    ["KARTENZAHLUNG", "SPIELWAREN HOLZWURM//CELLE/DE", "2025-12-06T11:50 Debitk.2 2027-12", "-27.90", "shopping"],
  ]);
  describe("but a children's doctor, a Kindermann, a baby class and a play café keep theirs", () => {
    itCategorizes([
      ["KARTENZAHLUNG", "KINDERARZT DR. MEHRING//HAMELN/DE", "2025-12-06T11:50 Debitk.2 2027-12", "-20.00", "health"],
      [null, "Praxis fuer Kinderosteopathie Dombezirk", "Zahlung im Einzugsverfahren mit Zahlungsrechnung", "-37.57", "health"],
      ["Übertrag / Überweisung", "Thomas Kindermann", "Auslage Geburtstagsgeschenk", "-25.00", "other"],
      [null, null, "BABY SENSORY PETERBOROUGBRISTOL       GBR", "-54.97", "education"],
      [null, null, "PURCHASE AUTHORIZED ON 08/22 WIGGLE ROOM PLAY CAFE AUSTIN FL S747711636846598 CARD 6925", "-26.39", "entertainment"],
      ["KARTENZAHLUNG", "TOBEWALD INDOORSPIELPARK//HAMBURG/DE", "2026-01-30 00:00:00", "-38.84", "entertainment"],
    ]);
  });
});

describe("a utility's supply company is utilities, though its town's name ends like a meal", () => {
  itCategorizes([
    ["Allgemeine Zahlung", "Aschaffenburger Versorgungs-GmbH", "Abschlagszahlung 03/2025 VK 610044771", "-106.54", "utilities"],
  ]);
  describe("but a burger bar and a profession's pension fund are not", () => {
    itCategorizes([
      [null, null, "Kartenzahlung HAMBURGER HUETTE. 12345678//Kiel 2026-03-02T10:11:12 KFN 1 VJ 2812", "-14.00", "restaurants"],
      ["Lastschrift", "Versorgungswerk der Rechtsanwaelte", "Beitrag 03/2026", "-480.00", "other"],
    ]);
  });
});

describe("brands of prams, children's clothes, toys and baby apps", () => {
  itCategorizes([
    [null, null, "CYBEX-ONLINE.COM, BERLIN DE Karte Nr. 4871 78XX XXXX 8816 Kartenzahlung comdirect Visa-Debitkarte", "-55.70", "shopping"],
    ["Betaalautomaat", "JOOLZ.COM 1917", "Pasvolgnr: 001 02-11-2025 15:56", "-8.75", "shopping"],
    [null, null, "PAYPAL *PLAYMOBIL 4029357733, FRANKFURT DE", "-236.63", "shopping"],
    ["KARTENZAHLUNG", "STERNTALER OUTLET 04//KOELN/DE", "2025-10-27T20:57 Debitk.2 2027-12", "-234.80", "shopping"],
    ["Card payment", null, "POLARNOPYRET.CO.UK     LONDON        GBR", "-36.89", "shopping"],
    [null, null, "PURCHASE AUTHORIZED ON 03/15 OSHKOSH.COM BROOKLYN CA S744135306450901 CARD 6086", "-170.79", "shopping"],
    [null, null, "CHECKCARD 1009 HELLOBELLO.COM NEW YORK CA 64582608681670610491802", "-29.18", "drugstore"],
    [null, null, "PURCHASE AUTHORIZED ON 06/15 NANIT.COM SAN JOSE FL S955630066265859 CARD 5599", "-15.60", "subscriptions"],
    [null, null, "VIS SUMUP *NCT NNS CHELMSFORD LONDON", "-203.82", "shopping"],
  ]);
  describe("but a town called Oshkosh keeps its own", () => {
    itCategorizes([
      [null, null, "CHECKCARD 0212 CITY OF OSHKOSH WATER UTILITY OSHKOSH WI 24224433231105006465166", "-61.00", "utilities"],
    ]);
  });
});
