// More built-in brands for everyday shopping and eating out: regional bakery, butcher and grocery
// chains, convenience fascias, and restaurant and café chains of DE/AT/CH, the UK, the US, FR and NL.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_7: readonly MerchantRow[] = [
  // Bakeries and butchers
  ["Back-Factory", "groceries", "back factory", "backfactory"],
  ["Allguth", "fuel", "allguth", "allguth tankstelle"],
  ["Coffee#1", "restaurants", "coffee 1"],
  ["Zurheide Feine Kost", "groceries", "zurheide", "edeka zurheide", "zurheide feine kost"],
  ["Amazing Oriental", "groceries", "amazing oriental"],
  ["Marché Mövenpick", "restaurants", "marche movenpick", "marche restaurants"],
  ["medimops", "shopping", "medimops"],
  ["Dille & Kamille", "shopping", "dille kamille", "dille en kamille"],
  ["engelbert strauss", "shopping", "engelbert strauss"],
  ["Eléphant Bleu", "fuel", "elephant bleu"],
  ["Miniatur Wunderland", "entertainment", "miniatur wunderland"],
  ["UDR", "rent", "udr inc", "udr resident", "^udr"],
  ["ICF Habitat", "rent", "icf habitat", "icf novedis", "icf habitat novedis"],
  ["Tyne Tunnel", "fuel", "tyne tunnel", "tt2 tyne tunnel"],
  ["Malzers", "groceries", "malzers backstube", "malzers"],
  ["Bäckerei Heberer", "groceries", "heberer gmbh", "backerei heberer"],
  ["Bäckerei Görtz", "groceries", "backerei gortz", "gortz backerei"],
  ["Der Beck", "groceries", "der beck"],
  ["Bäckerei Felber", "groceries", "backerei felber"],
  ["Brezelkönig", "groceries", "brezelkonig"],
  ["Sprüngli", "groceries", "sprungli"],
  ["Läderach", "groceries", "laderach"],
  ["Vinzenzmurr", "groceries", "vinzenzmurr"],
  ["Cooplands", "groceries", "cooplands"],
  ["Birds Bakery", "groceries", "birds bakery"],
  ["Warrens Bakery", "groceries", "warrens bakery"],
  ["Pound Bakery", "groceries", "pound bakery"],
  ["Ole & Steen", "restaurants", "ole steen", "ole and steen"],
  ["Feuillette", "groceries", "feuillette"],
  ["Bakker Bart", "groceries", "bakker bart"],
  // Regional grocers and convenience
  ["Konsum Leipzig", "groceries", "konsum leipzig"],
  ["Sky Supermarkt", "groceries", "sky supermarkt"],
  ["Cora", "groceries", "hypermarche cora", "cora hyper"],
  ["Market Basket", "groceries", "market basket"],
  // Restaurants and cafés
  ["Las Iguanas", "restaurants", "las iguanas"],
  ["Slim Chickens", "restaurants", "slim chickens"],
  ["Bagel Brothers", "restaurants", "bagel brothers"],
  ["Swing Kitchen", "restaurants", "swing kitchen"],
  ["Hiltl", "restaurants", "hiltl"],
  ["Tibits", "restaurants", "tibits"],
  ["Vlaams Friethuis", "restaurants", "vlaams friethuis"],
];
