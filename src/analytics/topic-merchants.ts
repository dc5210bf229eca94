// The brands that mark topics whose names do not say what they are: two inside
// "Fuel & car" (topics.ts), whose category also holds parking, car washes,
// repairs, tolls and car dealers, so "tanken" must not answer with the parking
// app and "parking" not with the petrol station; and coffee within restaurants. Names as the built-in dictionary spells them
// (merchant-data*.ts); a brand's longer labels ("Shell Recharge", "Aral
// Pulse", "Esso Express") are covered by its first name, as in a merchant filter.
import { MERCHANTS, type MerchantRow } from "../categories/merchant-data.ts";

/** Fuel stations and public EV charging. */
export const FUEL_STATION_BRANDS: readonly string[] = [
  // Europe
  "Aral", "Shell", "Esso", "TotalEnergies", "JET", "BP", "Agip", "Eni", "OMV", "AVIA", "Star", "Orlen", "HEM", "Westfalen", "Texaco", "Gulf",
  "Q1", "Q8", "Repsol", "Cepsa", "Galp", "Tamoil", "Lukoil", "OIL!", "Nordoel", "Globus Tankstelle", "Elan", "Allguth", "team",
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
  "E.ON Drive", "Elli", "Mer",
];

/** Parking operators and parking apps whose names do not say "park". */
export const PARKING_BRANDS: readonly string[] = [
  "EasyPark", "RingGo", "PayByPhone", "APCOA", "Q-Park", "Contipark", "PARK NOW", "ParkMobile", "WIPARK", "Handyparken", "mobilet", "Parclick",
  "Indigo", "Saemes", "Effia", "Onepark", "Zenpark", "Yellowbrick", "Parkbee", "Interparking", "NCP", "JustPark", "Euro Car Parks", "Saba",
  "SpotHero", "ParkWhiz", "Impark", "SP+", "Flowbird", "Mobile City", "Parkster", "ParkingEye", "Propark", "Peter Park", "Park & Joy",
];

/**
 * Coffee houses and coffee chains the dictionary knows by a name with no coffee word in it, so neither the bank
 * text nor the label says coffee ("SQ *GRINDSMITH", "WATCHHOUSE"). Shops that sell coffee to take home (Tchibo,
 * Nespresso) are shopping and stay out.
 */
const COFFEE_HOUSES_BY_NAME: readonly string[] = [
  "Starbucks", "Pret A Manger", "Dunkin'", "Tim Hortons", "Dutch Bros", "Joe & The Juice", "McCafé", "Woyton", "Illy", "La Colombe", "The Barn",
  "200 Degrees", "Puccino's", "Boston Tea Party", "Grindsmith", "Fig + Sparrow", "Pot Kettle Black", "Prufrock", "Kaffeine", "Harris + Hoole",
  "Blank Street", "Bluestone Lane", "Intelligentsia", "Segafredo", "Elbgold", "Screaming Beans", "Scandinavian Embassy",
];

// A dictionary phrase that says coffee marks its restaurant as a coffee house ("lot 61 coffee", "watch house coffee").
// "Cafe" is left out: a Thai café or a sandwich café is a restaurant.
const COFFEE_PHRASE = /(^| )(coffee|caffe|kaffee[a-z]*|[a-z]*kaffee|koffie[a-z]*|espresso[a-z]*|roaster[a-z]*|roastery|[a-z]*rosterei)( |$)/;

function saysCoffee(row: MerchantRow): boolean {
  const [, category, ...phrases] = row;
  return category === "restaurants" && phrases.some((p) => COFFEE_PHRASE.test(p.replace(/^[~^*]/, "")));
}

export const COFFEE_HOUSE_BRANDS: readonly string[] = [...new Set([...COFFEE_HOUSES_BY_NAME, ...MERCHANTS.filter(saysCoffee).map((r) => r[0])])];
