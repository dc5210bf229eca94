// The brands that mark two topics inside "Fuel & car" (topics.ts): the
// category also holds parking, car washes, repairs, tolls and car dealers,
// so "tanken" must not answer with the parking app and "parking" not with the
// petrol station. Names as the built-in dictionary spells them
// (merchant-data*.ts); a brand's longer labels ("Shell Recharge", "Aral
// Pulse", "Esso Express") are covered by its first name, as in a merchant filter.

/** Fuel stations and public EV charging. */
export const FUEL_STATION_BRANDS: readonly string[] = [
  // Europe
  "Aral", "Shell", "Esso", "TotalEnergies", "JET", "BP", "Agip", "Eni", "OMV", "AVIA", "Star", "Orlen", "HEM", "Westfalen", "Texaco", "Gulf",
  "Q1", "Q8", "Repsol", "Cepsa", "Galp", "Tamoil", "Lukoil", "OIL!", "Nordoel", "Globus Tankstelle", "Elan", "Allguth", "Team Tankstelle",
  "Raiffeisen Tankstelle", "bft", "Hoyer", "Score Tankstelle", "Sprint Tankstelle", "Classic", "Calpam", "Turmöl", "Avanti", "Migrol", "Socar",
  "Coop Pronto Tankstelle", "Agrola", "Ruedi Rüssel", "Petrol Ofisi", "Ballenoil", "Plenoil", "Petronor", "IP", "Dyneff", "Intermarché Carburant",
  "Leclerc Carburant", "Carrefour Station", "Auchan Carburant", "Tinq", "Tango", "Firezone", "Argos Tankstation", "Haan", "Moeve", "Applegreen",
  "Maxol", "Murco", "Rontec", "Euro Garages", "MFG", "Harvest Energy", "Certas Energy",
  // North America
  "Chevron", "Exxon", "Mobil", "Sunoco", "Valero", "Speedway", "Circle K", "ARCO", "Marathon", "Phillips 66", "Conoco", "Citgo", "Sinclair",
  "Sheetz", "QuikTrip", "RaceTrac", "Kwik Trip", "Kwik Fill", "Casey's", "Murphy USA", "Pilot Flying J", "Love's", "Buc-ee's", "Maverik", "GetGo",
  "Thorntons", "Holiday Stationstores", "Cumberland Farms", "Kum & Go", "MAPCO", "Huck's", "Enmarket", "QuickChek", "Allsup's", "Rutter's",
  "Cenex", "Irving Oil", "Gate Petroleum", "TravelCenters of America", "Petro Stopping Centers", "Weigel's", "Stewart's",
  // Public charging
  "IONITY", "EnBW mobility+", "Fastned", "Allego", "Plugsurfing", "Chargepoint", "Electrify America", "EVgo", "Maingau", "EWE Go",
  "Vattenfall InCharge", "Pod Point", "Gridserve", "InstaVolt", "Osprey Charging", "char.gy", "ubitricity", "Connected Kerb", "Zapmap",
  "Electroverse", "Wirelane", "Comfortcharge", "Blink Charging", "Izivia", "Freshmile", "Chargemap", "Powerdot", "Be Charge", "Zunder", "Ewiva",
  "E.ON Drive", "Elli Charging", "Mer E-Mobility",
];

/** Parking operators and parking apps whose names do not say "park". */
export const PARKING_BRANDS: readonly string[] = [
  "EasyPark", "RingGo", "PayByPhone", "APCOA", "Q-Park", "Contipark", "PARK NOW", "ParkMobile", "WIPARK", "Handyparken", "mobilet", "Parclick",
  "Indigo", "Saemes", "Effia", "Onepark", "Zenpark", "Yellowbrick", "Parkbee", "Interparking", "NCP", "JustPark", "Euro Car Parks", "Saba",
  "SpotHero", "ParkWhiz", "Impark", "SP+", "Flowbird", "Mobile City", "Parkster", "ParkingEye", "Propark", "Peter Park", "Park & Joy",
];
