// The household bills inside "Utilities & phone" that people ask about one by
// one: "gas bill in january" is the gas company, not the electricity and
// internet beside it, "broadband" the Virgin Media bill. Each is a topic (topics.ts): rows of the utilities
// category that its words or suppliers mark. "Gas" alone stays fuel
// (American English); the bill, the company or "natural gas" is the utility.
import type { Topic } from "./topics.ts";

const ELECTRICITY = {
  words: ["electric*", "*strom", "energy", "energie*", "power"],
  merchants: [
    "E.ON", "EnBW", "Vattenfall", "RWE", "Yello", "eprimo", "LichtBlick", "Polarstern", "E WIE EINFACH", "Tibber", "EDF", "OVO Energy",
    "ScottishPower", "SSE", "PG&E", "Con Edison", "ENGIE", "Eneco", "Essent", "Iberdrola", "Endesa", "Enel",
    "ComEd", "PECO", "Pepco", "PSE&G", "Southern California Edison", "Eversource", "Ameren", "Entergy",
  ],
};

// "PEOPLES GAS", "SoCalGas", "GASAG", "Abschlag Strom/Gas": the word anywhere in a utility row.
const GAS = {
  words: ["*gas", "erdgas*"],
  merchants: ["Atmos Energy", "Spire", "Enbridge", "Calor", "National Fuel", "Piedmont Natural Gas"],
};

export const UTILITY_TOPICS: readonly Topic[] = [
  {
    key: "electricity",
    en: "Electricity",
    de: "Strom",
    categories: ["utilities"],
    ...ELECTRICITY,
    said: ["electricity", "electric", "electric bill", "electricity bill", "power bill", "strom*", "*strom", "stromrechnung", "stromkosten"],
  },
  {
    key: "gas_utility",
    en: "Gas",
    de: "Gas",
    categories: ["utilities"],
    ...GAS,
    said: [
      "gas bill", "gas bills", "gas utility", "gas company", "gas supplier", "gas supply", "gas service", "natural gas", "heating gas",
      "gasrechnung", "gaskosten", "gasabschlag", "erdgas", "heizgas",
    ],
  },
  {
    // Both bills together, as dual-fuel suppliers send them ("gas and electric", "Energiekosten").
    key: "energy",
    en: "Gas & electricity",
    de: "Strom & Gas",
    categories: ["utilities"],
    words: [...ELECTRICITY.words, ...GAS.words],
    merchants: [...ELECTRICITY.merchants, ...GAS.merchants],
    said: [
      "energy", "energy bill", "energy bills", "energy costs", "gas and electric", "gas and electricity", "electric and gas",
      "electricity and gas", "gas and power", "strom und gas", "gas und strom", "energiekosten", "energierechnung",
    ],
  },
  {
    // Home internet: broadband, cable, fibre, DSL. Companies that sell phones too count only by these words.
    key: "internet",
    en: "Internet",
    de: "Internet",
    categories: ["utilities"],
    words: ["broadband*", "internet*", "*fibre", "*fiber", "*dsl", "fios", "wifi", "wi fi", "glasfaser*", "breitband*", "kabel*", "cable"],
    merchants: [
      "Virgin Media", "BT", "TalkTalk", "Plusnet", "Hyperoptic", "Sky Broadband", "NOW Broadband", "Comcast", "Xfinity", "Spectrum", "Cox",
      "Optimum", "Frontier", "CenturyLink", "Astound", "Mediacom", "Starlink", "Ziggo", "Delta Fiber", "1&1", "PŸUR", "NetCologne",
      "M-net", "htp", "Deutsche Glasfaser",
    ],
    said: [
      "internet", "internet bill", "home internet", "broadband", "broadband bill", "wifi", "wi-fi", "fibre", "fiber", "cable internet",
      "dsl", "internetrechnung", "internetkosten", "internetanschluss", "breitband", "glasfaser", "dsl-vertrag",
    ],
  },
  {
    key: "water",
    en: "Water",
    de: "Wasser",
    categories: ["utilities"],
    // "Thames Water", "Dunea drinkwater", "Berliner Wasserbetriebe", "Abschlag Gas/Wasser"; water companies named otherwise below.
    words: ["*water", "*wasser", "sewer*", "sewage", "riool*"],
    merchants: ["United Utilities", "Severn Trent", "Dŵr Cymru", "Vitens", "Evides", "Dunea", "Oasen", "Brabant Water", "American Water"],
    said: [
      "water", "water bill", "water bills", "water rates", "water and sewer", "sewer", "sewage", "wasser", "wasserrechnung", "wasserkosten",
      "abwasser", "drinkwater",
    ],
  },
];
