// Built-in brands (fuel and charging, tolls, parking, car services, public transport, rail, ride-hailing, sharing, airlines, travel, hotels, car rental and ferries) of DE/AT/CH, the UK, the US, FR, NL, BE, ES and IT,
// with the descriptor variants banks print (legal names, domains, abbreviations, formats).
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_MOBILITY_3: readonly MerchantRow[] = [
  ["Tirrenia", "travel", "tirrenia"],
  ["Corsica Ferries", "travel", "corsica ferries"],
  ["AIDA Cruises", "travel", "aida cruises"],
  ["TUI Cruises", "travel", "tui cruises"],
  ["MSC Cruises", "travel", "msc cruises", "msc crociere"],
  ["Costa Crociere", "travel", "costa crociere", "costa cruises"],
  ["Royal Caribbean", "travel", "royal caribbean", "rccl"],
  ["Carnival", "travel", "carnival cruise"],
  ["Norwegian Cruise Line", "travel", "norwegian cruise", "norwegian cruise line"],
  ["Hurtigruten", "travel", "hurtigruten"],
  ["Priority Pass", "travel", "priority pass"],
  ["Fraport", "travel", "fraport", "frankfurt airport"],
  ["Munich Airport", "travel", "flughafen munchen", "munich airport"],
  ["Global Blue", "travel", "global blue"],
  ["WHSmith Travel", "shopping", "whsmith travel"],
  ["Heinemann Duty Free", "shopping", "heinemann duty free", "gebr heinemann"],
  ["Dufry", "shopping", "dufry"],
  ["World Duty Free", "shopping", "world duty free", "wdfg"],
  ["Travel Retail", "shopping", "lagardere travel retail"],
  ["Relay", "shopping", "relay france", "relay sncf"],
  ["Press & Books", "shopping", "press books"],
  ["Valora", "groceries", "valora"],
  ["k kiosk", "groceries", "k kiosk"],
];
