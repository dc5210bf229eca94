// More built-in brands: what households taking their homes and their travel off gas and petrol pay in Germany, the UK,
// the US, France and the Netherlands — heat-pump and boiler makers and their service desks, solar and battery makers,
// balcony-solar kits, wallboxes and public charging, energy monitors and smart-home gadgets, window firms, e-bikes,
// car-sharing clubs, smart-meter operators, solar leases and community solar, and a state's heat-pump rebates.
// (Listed elsewhere already: Thermondo, Enpal, Sunrun, Rabot Energy, Westnetz, elvah, ladenetz.de, Leasys.)
// By policy fitters, installers and makers' service visits are shopping (tradesmen), and so are chargers, batteries and
// gadgets; electricity supply, smart-meter operators, solar leases and community solar are utilities; public charging
// and car leases fuel; car clubs and per-trip car sharing transport; a state's rebate paid in is income.
// Names that are ordinary words or given names (Shelly, Everest, Hager, Ohme, Sandri, Arcadia) are listed only with the
// words printed beside them, so a person or another business named just the word keeps its own label.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_ENERGY_HOUSEHOLDS: readonly MerchantRow[] = [
  // Heat pumps, boilers and hot water: the makers and their service desks.
  ["Stiebel Eltron", "shopping", "stiebel eltron"],
  ["Mitsubishi Electric", "shopping", "mitsubishi electric", "mitsubishi elec"],
  ["Daikin", "shopping", "daikin"],
  ["Remeha", "shopping", "remeha"],
  ["Intergas", "shopping", "intergas"],
  ["Quatt", "shopping", "quatt b v", "quatt io"],
  ["Thermor", "shopping", "thermor"],
  ["De Dietrich", "shopping", "de dietrich thermique", "de dietrich sav"],
  ["A.O. Smith", "shopping", "a o smith", "aosmith", "aosmith com"],
  ["Sunamp", "shopping", "sunamp"],
  ["Mixergy", "shopping", "mixergy"],
  // Solar, batteries and balcony solar; 1Komma5° installs them with heat pumps (its deposit, "ANZAHLUNG", is a fitter's).
  ["1Komma5°", "shopping", "1komma5"],
  ["SENEC", "shopping", "senec gmbh", "senec shop", "senec de"],
  ["E3/DC", "shopping", "e3 dc", "e3dc"],
  ["Kleines Kraftwerk", "shopping", "kleines kraftwerk", "kleineskraftwerk", "kleineskraftwerk de"],
  ["Priwatt", "shopping", "priwatt"],
  ["Zendure", "shopping", "zendure"],
  ["EcoFlow", "shopping", "ecoflow"],
  ["Sunology", "shopping", "sunology"],
  ["DualSun", "shopping", "dualsun"],
  ["Lancey", "shopping", "lancey energy", "lancey fr"],
  ["GivEnergy", "shopping", "givenergy"],
  ["Powervault", "shopping", "powervault"],
  ["Project Solar UK", "shopping", "project solar"],
  ["Solar Fast", "shopping", "solar fast ltd", "solarfast", "solarfast co uk"],
  ["Fronius", "shopping", "fronius"],
  ["Victron Energy", "shopping", "victron energy", "victronenergy"],
  ["SunPower", "shopping", "sunpower"],
  ["Enphase", "shopping", "enphase"],
  ["SolarEdge", "shopping", "solaredge"],
  ["Generac", "shopping", "generac"],
  ["Solarfreaks", "shopping", "solarfreaks"],
  ["Wattsaver", "shopping", "wattsaver"],
  ["Sessy", "shopping", "sessy"],
  // Wallboxes and home chargers.
  ["Easee", "shopping", "easee"],
  ["Zaptec", "shopping", "zaptec"],
  ["Alfen", "shopping", "alfen n v", "alfen icu"],
  ["Ohme", "shopping", "ohme technology", "ohme ev"],
  ["Hypervolt", "shopping", "hypervolt"],
  ["Grizzl-E", "shopping", "grizzl e"],
  // Energy monitors, thermostats and smart-home gadgets.
  ["Netatmo", "shopping", "netatmo"],
  ["Homematic IP", "shopping", "homematic"],
  ["Shelly", "shopping", "shelly europe", "shelly cloud", "shelly group"],
  ["Nuki", "shopping", "nuki home solutions", "nuki io"],
  ["Lightwave", "shopping", "lightwaverf", "lightwave smart home"],
  ["Hildebrand", "shopping", "hildebrand technology", "hildebrand glow"],
  ["Ecobee", "shopping", "ecobee"],
  ["Rachio", "shopping", "rachio"],
  ["Wyze", "shopping", "wyze", "wyzecam"],
  ["Comwatt", "shopping", "comwatt"],
  ["MyLight Systems", "shopping", "mylight systems", "mylight150"],
  ["Ecojoko", "shopping", "ecojoko"],
  ["Somfy", "shopping", "somfy"],
  ["Delta Dore", "shopping", "delta dore", "deltadore"],
  ["Hager", "shopping", "hager controls", "hager witty"],
  ["HomeWizard", "shopping", "homewizard"],
  ["Plugwise", "shopping", "plugwise"],
  ["Smappee", "shopping", "smappee"],
  // Windows and doors.
  ["Safestyle", "shopping", "safestyle"],
  ["Everest", "shopping", "everest home improvements", "everest windows"],
  ["Milgard", "shopping", "milgard"],
  ["Tryba", "shopping", "tryba"],
  ["K par K", "shopping", "kpark", "k par k"],
  // E-bikes.
  ["JobRad", "shopping", "jobrad"],
  ["Kalkhoff", "shopping", "kalkhoff"],
  ["Gazelle", "shopping", "royal dutch gazelle", "gazelle fietsen"],
  ["QWIC", "shopping", "qwic"],
  ["Moustache Bikes", "shopping", "moustache bikes"],
  ["O2feel", "shopping", "o2feel"],
  ["Super73", "shopping", "super73"],
  ["Ride1Up", "shopping", "ride1up"],
  ["Aventon", "shopping", "aventon"],
  // Public charging and car sharing; a car's lease.
  ["EV Connect", "fuel", "ev connect", "evconnect"],
  ["SemaConnect", "fuel", "semaconnect"],
  ["Swarco", "fuel", "swarco"],
  ["Last Mile Solutions", "fuel", "last mile solutions", "lms laadpas"],
  ["SDE 22", "fuel", "sde 22", "sde22"],
  ["Zeplug", "fuel", "zeplug"],
  ["Lex Autolease", "fuel", "lex autolease"],
  ["Miocar", "transport", "miocar"],
  ["Co-Cars", "transport", "co cars"],
  ["We Drive Solar", "transport", "we drive solar", "wedrivesolar"],
  ["Tadao", "transport", "tadao"],
  // Supply: smart-meter operators, dynamic tariffs, solar leases, community solar, wood pellets.
  ["inexogy", "utilities", "inexogy", "discovergy"],
  ["NextEnergy", "utilities", "nextenergy"],
  ["Cooperative Energy", "utilities", "cooperative energy", "co operative energy"],
  ["SunStrong Management", "utilities", "sunstrong"],
  ["Arcadia", "utilities", "arcadia power"],
  ["Sandri", "utilities", "sandri energy", "sandri companies"],
  // Home Assistant's cloud, by the company that runs it (not NABU, the nature charity).
  ["Nabu Casa", "subscriptions", "nabu casa"],
  // A state efficiency utility's rebates for heat pumps and insulation, paid in: income, as grants are.
  ["Efficiency Vermont", "income_other", "efficiency vermont"],
  // Wales's Centre for Alternative Technology, its courses and its visitor centre; a Sonoma County home-improvement chain.
  ["Centre for Alternative Technology", "education", "centre for alternative technology", "centre for alternative te", "cat machynlleth"],
  ["Friedman's Home Improvement", "shopping", "friedmans home improvement", "friedmans home improveme", "^friedmans petaluma", "^friedmans santa rosa", "^friedmans sonoma", "^friedmans ukiah"],
  // Zero-waste grocers and a brewery's taproom.
  ["day by day", "groceries", "daybyday", "day by day mon epicerie"],
  ["Jean Bouteille", "groceries", "jean bouteille"],
  ["Lagunitas Brewing", "restaurants", "lagunitas"],
];
