// Real brands a diverse city neighbourhood's households pay (pool 72): the old country's TV packages and newspaper, its
// airlines, modest fashion sold online, giving apps and Muslim charities, remittance counters, a Dominican supermarket
// chain, a Lithuanian grocer and a Dutch housing corporation. Guards: the ordinary words beside them stay what they were.
import { describe } from "vitest";
import { itNames, itKeeps } from "./brand-cases.ts";

describe("a neighbourhood's brands by their printed forms", () => {
  itNames([
    [null, "KARTINA.TV, HAMBURG DE Karte Nr. 4871 78XX XXXX 3909 Kartenzahlung comdirect Visa-Debitkarte 2026-01-30 00:00:00", "-12.50", "Kartina.TV", "subscriptions"],
    ["KARTINA DIGITAL GMBH", "KARTINA DIGITAL GMB/HAUPTSTR. 86/FRANKFURT/DE 09-08-2025T17:11:37 Folgenr. 01 Verfalld. 1229", "-12.91", "Kartina.TV", "subscriptions"],
    [null, "DIGITURK EURO ABO, FRANKFURT DE Karte Nr. 4871 78XX XXXX 7433 Kartenzahlung comdirect Visa-Debitkarte 2026-06-08 00:00:00", "-14.37", "Digiturk", "subscriptions"],
    [null, "BEA   NR:XXX527   13.10.26/19.17 Polsat Box Go Den Haag,PAS377", "-9.63", "Polsat Box Go", "subscriptions"],
    [null, "PURCHASE AUTHORIZED ON 02/17 GLOBO COMUNICACAO GLOBOPLAY SEATTLE MD S337024386679432 CARD 1562", "-10.62", "Globoplay", "subscriptions"],
    ["JANG PUBLICATIONS UK", "JANG LONDON SUB 72314", "-14.28", "Daily Jang", "subscriptions"],
    ["MODANISA ELEKTRONIK TICARET", "LEIPZIG 752/HAUPTSTR. 27/LEIPZIG/DE 10.06.2026 um 17:36:46 Uhr 61574104/611352/ECTL/", "-32.72", "Modanisa", "shopping"],
    ["FLYFREEBIRD.COM ANTALYA", "", "-64.00", "Freebird Airlines", "travel"],
    ["FLYALLWAYS.COM PARAMARIBO", "FLYALLWAYS.COM PARAMARIBO Utrecht, NL", "-73.14", "Fly Allways", "travel"],
    [null, "PURCHASE AUTHORIZED ON 01/11 RJ.COM AMMAN NEW YORK MD S897929260267670 CARD 7259", "-107.03", "Royal Jordanian", "travel"],
    [null, "CHECKCARD 0601 ROYAL JORDANIAN 5122875 AUSTIN CA 95030663711812243715070", "-210.47", "Royal Jordanian", "travel"],
    [null, "AIRBLUE 7212875114 5138   ON 26 MAY          CPM", "-103.35", "Airblue", "travel"],
    [null, "BEA   NR:XXX449   15.06.26/16.40 Givt collecte app Rotterdam,PAS134", "-33.86", "Givt", "donations"],
    [null, "))) UWT ONLINE DONATION BOLTO LONDON", "-10.44", "Ummah Welfare Trust", "donations"],
    [null, "MUSLIMEHELFEN E.V., MUENCHEN DE Karte Nr. 4871 78XX XXXX 7620 Kartenzahlung comdirect Visa-Debitkarte 2026-10-08 00:00:00", "-25.06", "muslimehelfen", "donations"],
    [null, "VISA PAYPAL *MUSLIMEHELF 4029357733 2579", "-23.56", "muslimehelfen", "donations"],
    [null, "DOLEX ELIZABETH NJ #6765 SEATTLE TX", "-8.71", "DolEx", "transfers"],
    [null, "CARTE 09/04/25 WARI TRANSFERT AUBERVILLI CB*6135", "-28.45", "Wari", "transfers"],
    [null, "PURCHASE AUTHORIZED ON 02/12 COMPARE SUPERMARKET #07 BROOKLYN CA S638622422535424 CARD 3608", "-40.97", "Compare Foods", "groceries"],
    [null, "LITUANICA LTD          LONDON        GBR", "-107.79", "Lituanica", "groceries"],
    ["Maasdelta Groep", "Kale huur + servicekosten 06-2026 Spijkenisse", "-847.13", "Maasdelta Groep", "rent"],
  ]);
  // Guards: the words these brands share with other names name nothing alone.
  itKeeps([
    ["WARI PERUVIAN KITCHEN", "", "Wari"],
    [null, "COMPARE THE MARKET 0800 LONDON", "Compare Foods"],
    [null, "GLOBO GYM SEATTLE", "Globoplay"],
  ]);
});

describe("a giving app and a relief charity that keep no shop take gifts by card", () => {
  itNames([
    [null, "Kartenzahlung MUSLIMEHELFEN E.V.. 03015504//Muenchen 2025-10-17T19:37:04 KFN 1 VJ 2812", "-57.69", "muslimehelfen", "donations"],
    [null, "BEA   NR:XXX449   15.06.26/16.40 Givt collecte app Rotterdam,PAS134", "-33.86", "Givt", "donations"],
  ]);
});
