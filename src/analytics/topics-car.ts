// The car as a whole: "was kostet das Auto", "car costs". "Fuel & car" holds fuel, parking, repairs, washes
// and tolls, but a car also costs its insurance (filed under insurance) and its yearly vehicle tax (under
// taxes); those rows are the car's when their text names it ("Kfz-Versicherung", "Kfz-Steuer", the
// Hauptzollamt), so the household's other policies and taxes stay out.
import type { Topic } from "./topics.ts";

export const CAR_TOPIC: Topic = {
  key: "car",
  en: "Car",
  de: "Auto",
  categories: ["fuel", "insurance", "taxes"],
  unmarked: ["fuel"],
  words: [
    "car", "cars", "auto", "autoversicherung*", "autoverzekering*", "kfz*", "kraftfahrzeug*", "*kraftfahrzeugsteuer", "motor*", "vehicle*", "fahrzeug*",
    "hauptzollamt*", "road tax", "ved", "dvla*", "motorrijtuigenbelasting*", "wegenbelasting*",
  ],
  merchants: ["GEICO", "Progressive", "DVLA"],
  said: [
    "car", "cars", "the car", "our car", "my car", "car costs", "car expenses", "cost of the car", "cost of running the car",
    "auto", "autos", "das auto", "unser auto", "mein auto", "autokosten", "kosten fürs auto", "kfz", "kfz-kosten", "fahrzeug", "fahrzeugkosten",
  ],
};
