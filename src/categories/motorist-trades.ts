// The trades of households whose life runs on the car, enumerated by trade rather than from statements: the car's
// loan, its insurance, its tax and registration, breakdown cover, charging an electric car, workshops, tyres,
// windscreens, inspections (MOT, APK), washes, parts, tolls, driving schools, and the motorway's restaurants, in
// German, English, French and Dutch. Whole folded words, as shop-kinds.ts matches them; a card field cuts a name at
// 22–25 characters. By policy a car's running costs are fuel, whoever is paid: parking, washes, breakdown cover, a
// car's loan or lease; its insurance is insurance, its tax taxes, a driving school education.
//
// Left out because a word alone has another meaning: "PH" (a Parkhaus, but also a pharmacy's or a public house's
// initials), "Werkstatt" alone (a carpenter's, a potter's, a bike's), "Ford" and "Kia" (a surname, a café's greeting),
// "charge" (a bank's fee), "service plan" (a phone's, a boiler's), "kfz", "banden…", "motor group", "svc stn" and the like (heuristics.ts knows them already).

/** Read before the fee, loan, cover and kfz words, which these rows also print. */
export const MOTORIST_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A car's tax is the state's, before "kfz" below ("Kfz-Steuer", "motorrijtuigenbelasting", UK vehicle excise duty).
  ["taxes", [
    "kfz steuer", "kfzsteuer", "kraftfahrzeugsteuer", "motorrijtuigenbelasting", "vehicle excise duty", "vehicle tax", "road tax",
  ]],
  // Insurance named by the car ("I2D MOTOR POLICY", "PEKIN INS AUTO POLICY", a telematics box's policy).
  ["insurance", [
    "(motor|auto|car|vehicle) (policy|insurance|ins)", "(blackbox|black box|telematics) (policy|insurance|premium)",
  ]],
  // A van or a private-hire car hired by the week for driving work (travel, the van-hire policy), before the bus's word in
  // "Bestelbus": a Dutch van's hire, a German Kleintransporter's, a French VTC or utility vehicle's location.
  ["travel", [
    "bestel ?bus ?verhuur", "kleintransporter( ?vermietung| ?verleih)?",
    "(location|loc) (de )?vtc", "location hebdo( [a-z]+)? vtc",
    // A taxi leased by the week or the month ("Taxi Lease Amstel B.V. … Weekhuur taxi"), before the taxi's own fare.
    "taxi ?lease", "(week|maand)huur taxi[a-z]*",
  ]],
  // Lessons and tests, the school's word cut by the card field ("ARROW DRIVING ACAD").
  ["education", ["driving (acad|academy|instruction|lessons?|tuition|sch)", "fahrstunden?", "rijles(sen)?"]],
  ["fuel", [
    // A car's loan, lease or finance, in its own words ("Rate Fahrzeugfinanzierung", "Termijn autolening", "krediet auto").
    "fahrzeugfinanzierung", "autofinanzierung", "kfz finanzierung", "autokredit", "fahrzeugkredit",
    "autolening", "autokrediet", "autofinanciering", "(krediet|lening|financiering) auto", "credit auto", "pret auto",
    "(car|vehicle|auto) (agreement|instalment|installment)",
    // Charging an electric car: the session, the charging park, the home wallbox.
    "ladevorgang", "ladevorgange", "[a-z]*ladepark", "schnelllade[a-z]*", "wallbox", "laadpas", "ev charger",
    // …its charger by the car's initials, before the bank fee's "charge" ("BAYSHORE EV FAST CHARGE #14"), and the Dutch
    // charging point, square and fast charger ("E-LAADPUNT DUIVENDRECHT", "SNELLAADPLEIN PAPENDRECHT").
    "ev (fast |rapid )?(charge|charging|chg)", "e ?laadpunt(en)?", "laadpunt(en)?", "laadplein", "laadstation", "snellaad[a-z]*",
    // A workshop that calls itself a clinic or a doctor ("TIPTON MOTOR CLINIC", "AUTODOKTOR"), before the doctors' words.
    "(motor|car|auto|tyre|tire) (clinic|doctor|medics?|hospital|surgery)", "auto ?klinik", "auto ?dok(tor|ter)",
    // A filling station's own compounds (German Tankpunkt, Dutch tankservice): never the doctors' or the tank shop's.
    "tankpunkt", "tankservice",
    // "MISSION BLVD GAS & MART": a US filling station with its shop, before the utility's "gas".
    "gas (and |n )?mart", "gas (and |n )?food mart",
    // Breakdown cover and roadside help, whichever club or insurer sells it.
    "breakdown (cover|assistance)", "recovery cover", "roadside( assistance| assist| cover| plan)?", "motoring assist[a-z]*",
    "pannendienst", "pechhulp",
  ]],
];

/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const MOTORIST_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // Motorway services and roadside eating: a Rastanlage (a Raststätte is known), a truck stop, a drive-in (a drive-in
  // cinema's word decides first), a Potteries oatcake shop.
  ["restaurants", [
    "rastanlage", "truck ?stop", "drive in",
    // A UK motorway's service area by its carriageway, cut by the card field ("FRANKLEY SOUTHBOUND SERVI", "S/BOUND SVCS").
    "(north|south|east|west) ?bound serv[a-z]*", "(north|south|east|west) ?bound svcs", "(n|s|e|w) bound (svcs|services|serv)",
    "oatcakes?",
  ]],
  // Gear for the road a shop sells: satnavs, dashcams, helmets ("LANGLEY SATNAV & DASHCAM", "BLACK COUNTRY HELMETS").
  ["shopping", ["sat ?navs?", "dash ?cams?", "helmets"]],
  ["fuel", [
    // Workshops, dealers and their service departments.
    "motor grp", "autocare", "mietwerkstatt", "selbsthilfewerkstatt",
    "chevrolet", "chevy", "buick", "cadillac", "toyota", "hyundai", "subaru", "mazda", "nissan", "vauxhall", "peugeot", "citroen", "skoda",
    // Filling stations as terminals shorten them ("MEIR S/STN", "TANKST. LINDENMAIER").
    "s stn", "serv stn", "filling stn", "tankst",
    // Tyres (Dutch banden), windscreens (Dutch ruit), inspections (Dutch APK, a keurstation).
    "banden", "windscreens?", "windshields?", "autoruit[a-z]*", "ruitservice", "ruitschade", "ruitherstel",
    "apk", "autokeuring",
    // Washes: a hand car wash its card field cuts, a Dutch car polisher (autopoetser).
    "hand car wa[a-z]*", "autopoets[a-z]*", "poetsstudio", "poetsbedrijf",
    // Parts by their word ("PKWTEILE.DE", "CAR PARTS").
    "pkwteile", "pkw teile", "kfzteile", "car parts", "auto salvage", "car salvage", "truck salvage",
    // Tolls: a US turnpike ("OHIO TPK TOLL"), a Dutch toll (tol) behind a bridge's or tunnel's name.
    "tpk", "turnpike", "[a-z]+verbinding tol", "tolweg", "toltunnel", "tolbrug",
  ]],
];
