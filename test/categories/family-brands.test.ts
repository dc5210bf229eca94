// What families with teenagers pay for in Germany, the UK, the US, France and the Netherlands, as their
// statements print it: card texts behind a processor's star, with towns, store numbers and phones, and direct
// debits under the company's legal name (bank-formats.md §3). Amounts and numbers are made up.
import { describe, expect, it } from "vitest";
import { merchantLabel } from "../../src/categories/merchant-label.ts";
import { categorize } from "../../src/categories/categorize.ts";

type Row = [counterparty: string | null, description: string, amount: string, merchant: string, category: string];

const itNames = (rows: Row[]) =>
  it.each(rows)("%s / %s (%s) → %s, %s", (counterpartyName, description, amount, merchant, category) => {
    const label = merchantLabel({ counterpartyName, description });
    expect(label).toBe(merchant);
    expect(categorize({ amount, counterpartyName, description, merchant: label }, { rules: [] }).categoryKey).toBe(category);
  });

describe("sneaker, streetwear and school-uniform shops", () => {
  itNames([
    [null, "KICKZ.COM MUENCHEN", "-89.99", "KICKZ", "shopping"],
    [null, "PAYPAL *43EINHALB 4029357733", "-139.95", "43einhalb", "shopping"],
    ["TITUS GMBH", "Bestellung 2026-44871 titus.de", "-64.90", "Titus", "shopping"],
    [null, "PLANET SPORTS GMBH MUENCHEN DE", "-54.95", "Planet Sports", "shopping"],
    [null, "SOLEBOX BERLIN DE", "-179.99", "Solebox", "shopping"],
    [null, "FOOTPATROL LONDON GBR", "-120.00", "Footpatrol", "shopping"],
    [null, "SNEAKERSNSTUFF STOCKHOLM SE", "-149.00", "Sneakersnstuff", "shopping"],
    [null, "HOLLISTERCO.COM 866-372-7890 OH", "-49.00", "Hollister", "shopping"],
    [null, "BRANDY MELVILLE LONDON GBR", "-32.00", "Brandy Melville", "shopping"],
    [null, "CARTE 14/03/26 SUBDUED.COM CB*4471", "-45.99", "Subdued", "shopping"],
    [null, "SPRD.NET AG LEIPZIG", "-24.90", "Spreadshirt", "shopping"],
    [null, "ASPHALTGOLD DARMSTADT DE", "-110.00", "Asphaltgold", "shopping"],
    [null, "SCHOOLBLAZER LTD DAVENTRY GBR", "-186.40", "Schoolblazer", "shopping"],
    [null, "TRUTEX LIMITED CLITHEROE GBR", "-28.00", "Trutex", "shopping"],
    [null, "PRICEANDBUCKLAND.COM HAVERFORDWEST", "-82.50", "Price & Buckland", "shopping"],
    [null, "STEVENSONS SCHOOLWEAR ST ALBANS GBR", "-96.00", "Stevensons", "shopping"],
    [null, "KHALSA SCHOOLWEAR SOUTHALL GBR", "-41.50", "Khalsa Schoolwear", "shopping"],
    [null, "LANDS END SCHOOL 800-963-4816 WI", "-58.00", "Lands' End", "shopping"],
    [null, "Kartenzahlung ERGOBAG. 41400673//Koeln 2026-08-14T10:12:00 KFN 1 VJ 2812", "-229.00", "ergobag", "shopping"],
  ]);
});

describe("school payment portals and canteens", () => {
  itNames([
    [null, "PARENTPAY LTD COVENTRY GBR", "-25.00", "ParentPay", "education"],
    [null, "SCHOOLMONEY ST HELENS GBR", "-12.50", "SchoolMoney", "education"],
    [null, "WISEPAY LTD LONDON GBR", "-30.00", "WisePay", "education"],
    [null, "SQUID SCHOOL MEALS LONDON", "-20.00", "sQuid", "education"],
    [null, "MSB*SCHOOL LUNCH 855-672-4282 GA", "-40.00", "MySchoolBucks", "education"],
    // After Wells Fargo's words the portal's initials are no longer the text's first word; the school after them is no shop.
    [null, "PURCHASE AUTHORIZED ON 09/02 MSB*PARKWAY SCHOOLS 855-672-4282 GA CARD 7158", "-30.00", "MySchoolBucks", "education"],
    [null, "REVTRAK*OMAHA PUBLIC SCH 402-5570000 NE", "-75.00", "RevTrak", "education"],
    [null, "SCHOOLCASHONLINE.COM 866-961-1803 ON", "-15.00", "SchoolCash Online", "education"],
    [null, "LINQ CONNECT 888-420-5467 TX", "-35.00", "LINQ Connect", "education"],
    [null, "K12 PAYMENT CENTER 800-420-1234 IL", "-22.00", "K12 Payment Center", "education"],
    ["kitafino GmbH", "Guthaben Essenskonto Kd-Nr 88412", "-60.00", "Kitafino", "education"],
    ["MensaMax Verpflegung", "Aufladung Mensakonto 2026-09", "-40.00", "MensaMax", "education"],
    ["Stichting Schoolkassa", "Ouderbijdrage 2026 schoolreis", "-45.00", "Schoolkassa", "education"],
    ["WIS Collect", "Ouderbijdrage schooljaar 2026/2027", "-55.00", "WIS Collect", "education"],
  ]);
});

describe("revision books, learning apps and tutors", () => {
  itNames([
    [null, "STARK VERLAG GMBH HALLBERGMOOS DE", "-16.95", "Stark Verlag", "shopping"],
    ["Westermann Bildungsmedien Verlag GmbH", "Rechnung 7712094 Arbeitsheft", "-12.50", "Westermann Verlag", "shopping"],
    [null, "PAYPAL *CORNELSEN.DE 4029357733", "-24.99", "Cornelsen Verlag", "shopping"],
    [null, "ERNST KLETT VERLAG STUTTGART DE", "-19.75", "Ernst Klett Verlag", "shopping"],
    [null, "CGP BOOKS KIRKBY IN FURNESS GBR", "-13.50", "CGP", "shopping"],
    [null, "CARTE 02/09/26 EDITIONS HATIER PARIS CB*4471", "-9.90", "Éditions Hatier", "shopping"],
    [null, "CARTE 03/09/26 EDITIONS NATHAN PARIS CB*4471", "-14.50", "Éditions Nathan", "shopping"],
    ["GoStudent GmbH", "Nachhilfe Paket 09/2026 Kd 44120", "-179.00", "GoStudent", "education"],
    [null, "BETTERMARKS GMBH BERLIN DE", "-9.99", "bettermarks", "education"],
    [null, "SAVEMYEXAMS.COM LONDON GBR", "-8.99", "Save My Exams", "education"],
    [null, "SENECA LEARNING LONDON GBR", "-5.99", "Seneca Learning", "education"],
    [null, "ATOM LEARNING LTD LONDON GBR", "-39.99", "Atom Learning", "education"],
    [null, "BEA   NR:XXX   05.09.26/19.00 StudyGo Amsterdam,PAS123", "-6.99", "StudyGo", "education"],
    [null, "MR CHADD AMSTERDAM NL", "-25.00", "Mr. Chadd", "education"],
    ["Schülerhilfe GmbH & Co. KG", "Monatsbeitrag 09/2026 Vertrag 33104", "-149.00", "Schülerhilfe", "education"],
  ]);
});

describe("driving lessons, theory apps and tests", () => {
  itNames([
    [null, "DEGENER VERLAG GMBH HANNOVER DE", "-29.90", "Fahren Lernen", "education"],
    [null, "CLICKCLICKDRIVE BERLIN DE", "-19.95", "ClickClickDrive", "education"],
    [null, "CARTE 05/04/26 CODES ROUSSEAU CB*4471", "-29.00", "Codes Rousseau", "education"],
    [null, "CARTE 06/04/26 ORNIKAR PARIS CB*4471", "-39.90", "Ornikar", "education"],
    [null, "AA DRIVING SCHOOL BASINGSTOKE GBR", "-290.00", "AA Driving School", "education"],
    ["CBR", "Reservering praktijkexamen B 1122334", "-138.00", "CBR", "education"],
    [null, "DVSA PRACTICAL TEST NOTTINGHAM GBR", "-62.00", "DVSA", "education"],
  ]);
});

describe("pocket-money cards", () => {
  itNames([
    [null, "GOHENRY LTD LONDON GBR", "-3.99", "gohenry", "subscriptions"],
    ["GREENLIGHT FINANCIAL", "ACH DEBIT GREENLIGHT FINANCIAL MONTHLY", "-4.99", "Greenlight", "subscriptions"],
    ["Bling Services GmbH", "Taschengeldkarte Monatsbeitrag 09/2026", "-2.99", "Bling", "subscriptions"],
    [null, "CARTE 01/09/26 PIXPAY PARIS CB*4471", "-2.99", "Pixpay", "subscriptions"],
    [null, "CARTE 01/09/26 KARD SAS PARIS CB*4471", "-3.99", "Kard", "subscriptions"],
  ]);
});

describe("trampoline parks, bowling, theme parks and zoos", () => {
  itNames([
    [null, "JUMP XL AMERSFOORT 1614", "-19.50", "Jump XL", "entertainment"],
    [null, "LASER QUEST BRISTOL GBR", "-24.00", "Laser Quest", "entertainment"],
    [null, "SCENE75 ENTERTAINMENT DAYTON OH", "-48.00", "Scene75", "entertainment"],
    [null, "BOWL AMERICA #12 ALEXANDRIA VA", "-36.00", "Bowl America", "entertainment"],
    [null, "CAROWINDS CHARLOTTE NC", "-89.00", "Carowinds", "entertainment"],
    [null, "OMAHAS HENRY DOORLY ZOO OMAHA NE", "-64.00", "Henry Doorly Zoo", "entertainment"],
    [null, "COLUMBUS ZOO AND AQUARIUM POWELL OH", "-52.00", "Columbus Zoo and Aquarium", "entertainment"],
    [null, "ARCHEON ALPHEN A/D RIJN", "-58.00", "Archeon", "entertainment"],
    [null, "BELANTIS LEIPZIG DE", "-71.00", "Belantis", "entertainment"],
  ]);
});

describe("football clubs' ticket offices", () => {
  itNames([
    [null, "CARTE 12/03/26 LOSC LILLE BILLETTERIE CB*4471", "-35.00", "LOSC", "entertainment"],
    [null, "LEEDS UNITED FC LEEDS GBR", "-45.00", "Leeds United", "entertainment"],
    [null, "BRISTOL CITY FC BRISTOL GBR", "-32.00", "Bristol City FC", "entertainment"],
    [null, "SC PADERBORN 07 TICKETSHOP PADERBORN DE", "-28.00", "SC Paderborn 07", "entertainment"],
    [null, "FC AUGSBURG 1907 GMBH AUGSBURG DE", "-39.00", "FC Augsburg", "entertainment"],
    [null, "CHEMNITZER FC TICKETS CHEMNITZ DE", "-18.00", "Chemnitzer FC", "entertainment"],
  ]);

  it("a city's council is no football club", () => {
    const counterpartyName = "BRISTOL CITY COUNCIL";
    expect(merchantLabel({ counterpartyName, description: "COUNCIL TAX 2026/27 ACC 44871203" })).not.toBe("Bristol City FC");
  });
});

describe("bubble tea and teenagers' food chains", () => {
  itNames([
    [null, "SQ *KUNG FU TEA", "-6.45", "Kung Fu Tea", "restaurants"],
    [null, "CHATIME KINGSTON GBR", "-5.20", "Chatime", "restaurants"],
    [null, "TIGER SUGAR NEW YORK NY", "-7.25", "Tiger Sugar", "restaurants"],
    [null, "BUBBLEOLOGY SOHO LONDON GBR", "-5.95", "Bubbleology", "restaurants"],
    [null, "CCV*SHARETEA ROTTERDAM", "-5.50", "Sharetea", "restaurants"],
    [null, "BEA   NR:XXX   06.03.26/16.10 TEATOP UTRECHT,PAS123", "-4.80", "TeaTop", "restaurants"],
    [null, "SumUp  *Mr. Wish Duesseldorf", "-5.40", "Mr. Wish", "restaurants"],
  ]);
});

describe("insurers and utilities", () => {
  itNames([
    // The insurer's brand is "die Bayerische", article and all; "Bayerische" alone would be any Bavarian firm.
    ["Die Bayerische Allgemeine Versicherung AG", "Beitrag Hausrat 2026 VS-Nr 4410021", "-12.40", "die Bayerische", "insurance"],
    ["Marmalade Insurance", "DD 8812044 Learner driver cover", "-68.00", "Marmalade Insurance", "insurance"],
    ["OMAHA PUBLIC POWER DISTRICT", "ORIG CO NAME:OPPD CO ENTRY DESCR:UTIL PYMT SEC:WEB", "-142.00", "OPPD", "utilities"],
    ["COLUMBIA GAS OF OHIO", "ACH DEBIT COLUMBIA GAS OF OHIO BILL PAY", "-88.00", "Columbia Gas", "utilities"],
  ]);
});
