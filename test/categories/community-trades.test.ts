// The trades of immigrant-run and faith-linked neighbourhood businesses and of community life, enumerated by trade:
// grocers, butchers, bakeries and sweet shops in their own languages, kebab, shawarma and dumpling shops, tea houses,
// barbers and braiders, tailors and jewellers, call shops, travel agencies and pilgrimages, places of worship and their
// alms, weekend language and Quran schools, wedding halls, cultural associations and TV packages. Each business is
// made up; each rule has a row beside it that must not move.
import { describe, expect, it } from "vitest";
import { categoryOf, itCategorizes } from "./trade-cases.ts";

describe("ethnic grocers, butchers, bakeries and sweet shops sell food", () => {
  itCategorizes([
    ["Kartenzahlung", "OZ GIDA INH. M. YILMAZ", "OZ GIDA INH. M. YILMAZ//DUISBURG/DE 12.03.2026", "-23.80", "groceries"],
    [null, null, "SUMUP *AKDENIZ BAKKALIYE", "-14.20", "groceries"],
    [null, null, "SUMUP *EFE SARKUTERI KOELN", "-31.50", "groceries"],
    ["Kartenzahlung", "HELAL ET ANADOLU", "HELAL ET ANADOLU//BERLIN/DE 02.06.2026", "-42.00", "groceries"],
    [null, null, "ZTL*SAFAK FIRINI", "-6.40", "groceries"],
    [null, null, "SUMUP *GAZIANTEP BAKLAVACISI", "-18.00", "groceries"],
    [null, null, "SUMUP *KARDESLER PASTANESI", "-12.50", "groceries"],
    [null, null, "SUMUP *ANTEP KURUYEMIS", "-9.80", "groceries"],
    ["Card payment", null, "MITHAI PALACE SOUTHALL", "-16.00", "groceries"],
    ["Card payment", null, "SQ *AFRICAN FOOD STORE PECKHAM", "-27.40", "groceries"],
    ["Card payment", null, "CONTINENTAL STORE LUTON", "-19.90", "groceries"],
    ["Card payment", null, "SPICE BAZAAR LEICESTER", "-11.20", "groceries"],
    ["Card payment", null, "EUROPA WORLD FOODS BRADFORD", "-22.10", "groceries"],
    ["Kartenzahlung", "ASIA FOOD NGUYEN", "ASIA FOOD NGUYEN//LEIPZIG/DE 12.03.2026", "-35.60", "groceries"],
    [null, null, "SUMUP *AFRO FOOD KUMASI", "-21.00", "groceries"],
    [null, null, "CB PRODUITS EXOTIQUES DAKAR 93200", "-24.30", "groceries"],
    [null, null, "SUMUP *DELIKATESY SMACZNY WEDLINY", "-17.40", "groceries"],
    [null, null, "SUMUP *TALHO LUSITANO", "-28.00", "groceries"],
    [null, null, "SQ *COLMADO LA ESQUINA", "-8.25", "groceries"],
    [null, null, "SQ *SHREE KIRANA", "-13.70", "groceries"],
    [null, null, "SUMUP *SIEU THI SAIGON", "-26.80", "groceries"],
  ]);
  describe("but a grocer's words never reach a person, a restaurant or a deli", () => {
    itCategorizes([
      ["Card payment", null, "SPICE OF INDIA RESTAURANT", "-38.00", "restaurants"],
      ["Card payment", null, "THAI SPICE TAKEAWAY", "-21.00", "restaurants"],
      [null, null, "SUMUP *ASIA WOK EXPRESS", "-9.90", "restaurants"],
    ]);
    it("names no grocer in a person's transfer", () => {
      expect(categoryOf("Überweisung", "Mehmet Firin", "Miete Maerz", "-450.00")).not.toBe("groceries");
      expect(categoryOf("Überweisung", "Aylin Helal", "Geschenk", "-50.00")).not.toBe("groceries");
    });
  });
});

describe("kebab, shawarma, dumpling and noodle shops, tea and coffee houses serve meals and drinks", () => {
  itCategorizes([
    [null, null, "SUMUP *KARDESLER CAY EVI", "-7.50", "restaurants"],
    ["Kartenzahlung", "KAHVEHANE GALATA", "KAHVEHANE GALATA//MANNHEIM/DE 12.03.2026", "-6.00", "restaurants"],
    [null, null, "SUMUP *ADANA KOFTECISI", "-13.50", "restaurants"],
    [null, null, "SUMUP *KARADENIZ PIDECISI", "-15.00", "restaurants"],
    ["Card payment", null, "SHAWERMA KING BIRMINGHAM", "-9.50", "restaurants"],
    [null, null, "CCV*SHWARMA HOUSE DEN HAAG", "-11.00", "restaurants"],
    ["Card payment", null, "PUNJABI DHABA WEMBLEY", "-24.00", "restaurants"],
    ["Card payment", null, "SQ *CHAIWALA LONDON", "-6.80", "restaurants"],
    [null, null, "SUMUP *YUM CHA PALAST", "-32.00", "restaurants"],
    [null, null, "SUMUP *SICHUAN HOTPOT BERLIN", "-58.00", "restaurants"],
    [null, null, "SUMUP *BANHMI SAIGON", "-8.50", "restaurants"],
    ["Kartenzahlung", "PELMENI STUBE", "PELMENI//HANNOVER/DE 12.03.2026", "-14.00", "restaurants"],
    [null, null, "SUMUP *CHAIKHANA SAMARKAND", "-29.00", "restaurants"],
    [null, null, "CB MAQUIS LE BAOBAB 75018", "-19.00", "restaurants"],
    [null, null, "SQ *CEVICHERIA EL PUERTO", "-27.50", "restaurants"],
    [null, null, "SUMUP *NARGILE LOUNGE ORIENT", "-25.00", "restaurants"],
  ]);
});

describe("barbers, braiders, mehndi artists and hammams are personal care", () => {
  itCategorizes([
    [null, null, "SUMUP *ERKEK BERBERI KAYA", "-15.00", "drugstore"],
    ["Kartenzahlung", "BERBER SALONU ISTANBUL", "BERBER SALONU ISTANBUL//ESSEN/DE 12.03.2026", "-18.00", "drugstore"],
    ["Card payment", null, "SQ *AMINA BRAIDING STUDIO", "-85.00", "drugstore"],
    [null, null, "CB TRESSES AFRICAINES FATOU 93100", "-60.00", "drugstore"],
    [null, null, "SUMUP *HAMMAM AL ANDALUS", "-45.00", "drugstore"],
    ["Card payment", null, "SQ *MEHNDI BY PRIYA", "-40.00", "drugstore"],
  ]);
  it("names no barber in a Dutch woman's name", () => {
    expect(categoryOf("Overboeking", "Berber de Vries", "Verjaardag cadeau", "-25.00")).not.toBe("drugstore");
  });
});

describe("tailors, jewellers and phone shops sell goods and work", () => {
  itCategorizes([
    [null, null, "SUMUP *ELIF TERZISI", "-12.00", "shopping"],
    [null, null, "SUMUP *KRAWIECTWO ANNA", "-20.00", "shopping"],
    ["Kartenzahlung", "ALTIN KUYUMCUSU", "ALTIN KUYUMCUSU//KOELN/DE 12.03.2026", "-640.00", "shopping"],
    [null, null, "SUMUP *JUBILER ZLOTY ROG", "-180.00", "shopping"],
    [null, null, "SUMUP *OURIVESARIA LISBOA", "-220.00", "shopping"],
    [null, null, "SUMUP *TELEFONCU MURAT", "-35.00", "shopping"],
  ]);
  it("names no tailor in an Italian surname", () => {
    expect(categoryOf("Bonifico", "Marco Terzi", "Rimborso cena", "-30.00")).not.toBe("shopping");
  });
});

describe("call shops, travel agencies and pilgrimages", () => {
  itCategorizes([
    [null, null, "CB TELEBOUTIQUE DU MARCHE 93200", "-5.00", "utilities"],
    [null, null, "BEA CALLSHOP EUROPA ROTTERDAM", "-4.50", "utilities"],
    ["SEPA Überweisung", "Bosporus Turizm Seyahat GmbH", "Ucak bileti IST Fam. Demir", "-612.00", "travel"],
    ["Przelew", "Biuro Podrozy Mazury", "Wycieczka zaliczka", "-400.00", "travel"],
    ["SEPA Überweisung", "Mekke Reisen GmbH", "Umre 2026 Anzahlung 2 Personen", "-1500.00", "travel"],
    ["Faster payment", "Al Noor Tours Ltd", "Umrah package deposit", "-800.00", "travel"],
  ]);
});

describe("what a mosque, a temple, a church or a synagogue is given is a donation", () => {
  itCategorizes([
    ["Dauerauftrag", "Fatih Camisi Dernegi", "Aidat 2026", "-20.00", "donations"],
    ["Virement", "Association Culturelle Musulmane de Bondy", "Don Ramadan", "-50.00", "donations"],
    ["Virement", "Grande Mosquee de Lyon", "Don", "-30.00", "donations"],
    ["SEPA Überweisung", "Juedische Gemeinde zu Berlin", "Beitrag 2026", "-40.00", "donations"],
    ["Overboeking", "Joodse Gemeente Amsterdam", "Bijdrage 2026", "-60.00", "donations"],
    ["SEPA Überweisung", "Alevitische Gemeinde Koeln e.V.", "Mitgliedsbeitrag", "-15.00", "donations"],
    ["Faster payment", "Singh Sabha Gurudwara", "Dasvandh", "-100.00", "donations"],
    ["SEPA Überweisung", "Islamisches Zentrum Aachen", "Sadaka", "-25.00", "donations"],
    ["SEPA Überweisung", "Hilal Yardimlasma Dernegi", "Fitre 2026", "-45.00", "donations"],
    ["Przelew", "Parafia Rzymskokatolicka sw. Jozefa", "Ofiara", "-50.00", "donations"],
    ["Przelew", "Polska Misja Katolicka Hamburg", "Kolęda", "-30.00", "donations"],
    ["Transferência", "Igreja Evangelica Nova Vida", "Dizimo marco", "-80.00", "donations"],
  ]);
  it("keeps a town's Gemeinde and gemeente the tax office", () => {
    expect(categoryOf("Lastschrift", "Gemeinde Oberhaching", "Hundesteuer 2026", "-90.00")).toBe("taxes");
    expect(categoryOf("Incasso", "Gemeente Utrecht", "Afvalstoffenheffing 2026", "-120.00")).toBe("taxes");
  });
});

describe("weekend language and Quran schools teach", () => {
  itCategorizes([
    ["SEPA Überweisung", "Moscheeverein Nord e.V.", "Korankurs Kinder Semester 2", "-60.00", "donations"],
    ["Dauerauftrag", "Bildungsverein Ilim e.V.", "Kuran kursu Elif", "-40.00", "education"],
    ["Faster payment", "Al Huda Madrasah", "Fees autumn term", "-90.00", "education"],
    ["Przelew", "Polska Szkola Sobotnia Londyn", "Czesne semestr", "-120.00", "education"],
    ["Overboeking", "Stichting Al Fath", "Koranles kinderen", "-25.00", "education"],
  ]);
});

describe("wedding halls, cultural associations and an old country's TV", () => {
  itCategorizes([
    ["SEPA Überweisung", "Saray Dugun Salonu GmbH", "Anzahlung Hochzeit 14.06.", "-2000.00", "entertainment"],
    ["Overboeking", "Feestzaal De Pauw", "Voorschot huwelijk", "-750.00", "entertainment"],
    ["Card payment", null, "SQ *SALON DE FIESTAS EL DORADO", "-300.00", "entertainment"],
    ["Dauerauftrag", "Tuerkischer Kulturverein Hamm e.V.", "Mitgliedsbeitrag", "-10.00", "entertainment"],
    ["Virement", "Association Culturelle Franco-Portugaise", "Cotisation 2026", "-30.00", "entertainment"],
    ["Lastschrift", "Digiturk Europe", "Abo April", "-24.90", "subscriptions"],
    ["Card payment", null, "TURKISH TV PACKAGE ONLINE", "-15.00", "subscriptions"],
  ]);
  it("keeps an Islamic cultural association a mosque's", () => {
    expect(categoryOf("Dauerauftrag", "Tuerkisch-Islamischer Kulturverein e.V.", "Beitrag", "-15.00")).toBe("donations");
  });
});

describe("the other trades of a Turkish or Polish high street, in their own words", () => {
  itCategorizes([
    [null, null, "SUMUP *YILDIZ MOBILYA", "-890.00", "shopping"],
    [null, null, "SUMUP *NUR TESETTUR GIYIM", "-64.00", "shopping"],
    [null, null, "SUMUP *ANADOLU HEDIYELIK ESYA", "-12.00", "shopping"],
    ["SEPA Überweisung", "Aksoy Emlak GmbH", "Provision Wohnung Marxloh", "-1200.00", "rent"],
    ["SEPA Überweisung", "Bereket Sigorta Agentur", "Beitrag Q2 Familie Aksoy", "-210.00", "insurance"],
    [null, null, "CARTE 12/03 ECZANE ISTANBUL", "-18.00", "health"],
    [null, null, "SUMUP *OTO YIKAMA PARLAK", "-15.00", "fuel"],
    ["SEPA Überweisung", "Bilgi Dershanesi e.V.", "Nachhilfe Mathe Mai", "-80.00", "education"],
    [null, null, "SUMUP *KOY KAHVALTI SALONU", "-34.00", "restaurants"],
    ["SEPA Überweisung", "Yilmaz Tercume Burosu", "Uebersetzung Geburtsurkunde", "-45.00", "other"],
  ]);
  it("keeps a known insurer's own category and a shop's other words", () => {
    expect(categoryOf(null, null, "SUMUP *MOBILYA DUNYASI SHOP", "-120.00")).toBe("shopping");
  });
});

describe("the trades of a diverse neighbourhood read from pool 72", () => {
  itCategorizes([
    // A Portuguese pastry shop is a bakery (groceries, as a pasteleria and a patisserie are).
    ["Kartenzahlung", "SumUp *Pastelaria Lu", "SUMUP *PASTELARIA L/HAUPTSTR. 68/BERLIN/DE", "-103.48", "groceries"],
    // A Latin American corner shop (tiendita), a Portuguese or Cape Verdean mini-market (mercadinho).
    ["PayPal Express-Zahlung", "ZTL*La Tiendita Latina", "Handyzahlung", "-55.43", "groceries"],
    [null, "MERCADINHO CABO VERDE", "MERCADINHO CABO VERDE", "-87.14", "groceries"],
    // Saree shops, a Turkish trousseau shop (çeyiz), a gold and diamond jeweller.
    [null, null, "BEA   NR:XXX522   30.06.26/08.27 SAREE MAHAL SPIJKENISSE Rotterdam,PAS174", "-202.50", "shopping"],
    ["Kartenzahlung", "CEYIZ EVI GLADBECK", "CEYIZ EVI GLADBECK/HAUPTSTR. 115/DRESDEN/DE", "-31.62", "shopping"],
    ["DEBIT_CARD", null, "AL ZAHRA GOLD & DIAMONDS SEATTLE TX", "-244.90", "shopping"],
    // A chai house, whole or cut.
    ["Card payment", null, "SQ *DOODH PATTI CHAI HOUMANCHESTER    GBR", "-67.80", "restaurants"],
    // A synagogue's congregation and its shul dues.
    [null, null, "CONGREGATION BNEI TORAH OF PASSAIC SHUL DUES 7231 AUTOPAY 1023 25267001 JANE DOE", "-130.48", "donations"],
  ]);
  // Guards: a shop's other words and a person keep their categories.
  itCategorizes([
    [null, null, "CAFE DIAMOND SEATTLE WA", "-12.00", "restaurants"],
    [null, null, "SUMUP *TIENDA DE MUSICA", "-20.00", "shopping"],
    [null, null, "CHAI TEA LATTE MIX ONLINE", "-9.00", "shopping"],
  ]);
});
