// French words for each taxonomy category, written like synonyms.ts (proper
// spelling, accents folded by the parser, inflections -s/-es/-e/-en… added on
// its own). Words that mean something else in English live in
// FRENCH_ONLY_SYNONYMS and count only in a question that reads as French:
// "courses" are groceries to a Parisian and lessons to a Londoner.
export const FRENCH_CATEGORY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  groceries: ["alimentation", "supermarché", "épicerie", "hypermarché", "faire les courses"],
  restaurants: ["resto", "restos", "bars", "déjeuner", "dîner", "livraison de repas", "sorties au restaurant", "restauration rapide"],
  transport: ["transports en commun", "métro", "RER", "trajets"],
  fuel: ["essence", "carburant", "voiture", "stationnement", "péage", "péages", "garage"],
  shopping: ["vêtements", "habits", "chaussures", "électronique", "achats en ligne", "high-tech", "meubles"],
  drugstore: ["coiffeur", "cosmétiques", "soins", "beauté", "parapharmacie"],
  utilities: ["électricité", "gaz", "chauffage", "téléphone", "forfait mobile", "box internet", "énergie", "eau et électricité"],
  rent: ["loyer", "loyers", "logement", "charges locatives", "crédit immobilier", "prêt immobilier"],
  insurance: ["assurance", "assurances"],
  health: ["santé", "pharmacie", "médecin", "médecins", "dentiste", "médicaments", "docteur", "ophtalmo", "kiné"],
  entertainment: ["loisirs", "cinéma", "sorties", "jeux", "théâtre", "musée", "salle de sport"],
  travel: ["voyage", "voyages", "vacances", "hôtel", "hôtels", "billets d'avion", "avion"],
  education: ["cours", "formation", "formations", "école", "études", "livres", "université", "frais de scolarité"],
  cash: ["espèces", "retraits", "retrait", "retraits d'espèces", "distributeur", "liquide"],
  fees: ["frais bancaires", "frais", "agios", "intérêts", "commissions"],
  taxes: ["impôts", "impôt", "taxe foncière", "taxe d'habitation", "amendes", "amende"],
  donations: ["cadeaux", "cadeau", "dons"],
  salary: ["salaire", "salaires"],
  refunds: ["remboursement", "remboursements"],
  income_other: ["autres revenus", "allocations", "retraite", "dividendes"],
  transfers: ["virements internes", "virements entre comptes"],
  savings: ["épargne", "placements", "investissements", "livret", "livret a"],
  other: ["divers", "autres dépenses"],
};

export const FRENCH_ONLY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  groceries: ["courses", "les courses"],
};
