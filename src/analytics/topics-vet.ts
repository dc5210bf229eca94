// Vets within Health: "how much did the vet cost this year" is the vets' and animal clinics' bills (and their
// refunds), not the family's doctor or pharmacy filed under Health as well. Vets are health as every corpus writer
// files them (categories/heuristics.ts); a pet shop stays shopping and is not this topic.
import type { Topic } from "./topics.ts";

export const VET_TOPIC: Topic = {
  key: "vet",
  en: "Vets",
  de: "Tierarzt",
  categories: ["health"],
  words: [
    "*tierarzt*", "*tieraerzt*", "*tierärzt*", "tierklinik*", "*tierpraxis*", "pferdeklinik*", "tiermedizin*",
    "vet", "vets", "*veterinar*", "*veterinair*", "*vétérinaire*", "animal hosp*", "animal clinic*", "pet hospital*", "equine",
    "dierenarts*", "dierenkliniek*", "dierenziekenhuis*", "dap",
  ],
  merchants: ["AniCura", "Evidensia", "Vets4Pets", "Medivet", "Companion Care", "Linnaeus", "VetPartners", "VCA Animal Hospitals"],
  said: [
    "vet", "vets", "the vet", "vet bills", "veterinary", "veterinarian", "tierarzt", "tierärztin", "tierarztkosten", "tierklinik",
    "dierenarts", "vétérinaire",
  ],
};
