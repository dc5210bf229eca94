// The brand lists that extend the core dictionary (merchant-data-*.ts): more
// chains, formats and descriptor variants, one file per trade.
import type { MerchantRow } from "../merchant-data.ts";
import { BRANDS_GROCERY_1 } from "./grocery-1.ts";
import { BRANDS_GROCERY_2 } from "./grocery-2.ts";
import { BRANDS_SHOPS_1 } from "./shops-1.ts";
import { BRANDS_SHOPS_2 } from "./shops-2.ts";
import { BRANDS_SHOPS_3 } from "./shops-3.ts";
import { BRANDS_FOOD } from "./food.ts";
import { BRANDS_MOBILITY_1 } from "./mobility-1.ts";
import { BRANDS_MOBILITY_2 } from "./mobility-2.ts";
import { BRANDS_MOBILITY_3 } from "./mobility-3.ts";
import { BRANDS_SERVICES_1 } from "./services-1.ts";
import { BRANDS_SERVICES_2 } from "./services-2.ts";
import { BRANDS_DIGITAL_1 } from "./digital-1.ts";
import { BRANDS_DIGITAL_2 } from "./digital-2.ts";
import { BRANDS_MISC } from "./misc.ts";
import { BRANDS_EXTRA_1 } from "./extra-1.ts";
import { BRANDS_WEDDINGS } from "./weddings.ts";
import { BRANDS_EXTRA_2 } from "./extra-2.ts";
import { BRANDS_EXTRA_3 } from "./extra-3.ts";
import { BRANDS_EXTRA_4 } from "./extra-4.ts";
import { BRANDS_EXTRA_5 } from "./extra-5.ts";
import { BRANDS_EXTRA_6 } from "./extra-6.ts";
import { BRANDS_EXTRA_7 } from "./extra-7.ts";
import { BRANDS_EXTRA_8 } from "./extra-8.ts";
import { BRANDS_EXTRA_9 } from "./extra-9.ts";
import { BRANDS_EXTRA_10 } from "./extra-10.ts";
import { BRANDS_EXTRA_11 } from "./extra-11.ts";
import { BRANDS_EXTRA_12 } from "./extra-12.ts";
import { BRANDS_EXTRA_13 } from "./extra-13.ts";
import { BRANDS_EXTRA_14 } from "./extra-14.ts";
import { BRANDS_EXTRA_15 } from "./extra-15.ts";
import { BRANDS_EXTRA_16 } from "./extra-16.ts";
import { BRANDS_EXTRA_17 } from "./extra-17.ts";
import { BRANDS_EXTRA_18 } from "./extra-18.ts";
import { BRANDS_EXTRA_19 } from "./extra-19.ts";
import { BRANDS_EXTRA_20 } from "./extra-20.ts";
import { BRANDS_EXTRA_23 } from "./extra-23.ts";
import { BRANDS_EXTRA_24 } from "./extra-24.ts";
import { BRANDS_EXTRA_25 } from "./extra-25.ts";
import { BRANDS_EXTRA_26 } from "./extra-26.ts";
import { BRANDS_EXTRA_27 } from "./extra-27.ts";
import { BRANDS_EXTRA_28 } from "./extra-28.ts";
import { BRANDS_EXTRA_29 } from "./extra-29.ts";
import { BRANDS_EXTRA_31 } from "./extra-31.ts";
import { BRANDS_COOKS } from "./cooks.ts";
import { BRANDS_BUREAUX_DE_CHANGE, BRANDS_MONEY_TRANSFER } from "./money-transfer.ts";
import { BRANDS_MOTORISTS } from "./motorists.ts";
import { BRANDS_FOOD_LOVERS } from "./food-lovers.ts";
import { BRANDS_TRAVELLERS } from "./travellers.ts";
import { BRANDS_RENOVATORS } from "./renovators.ts";
import { BRANDS_CULTURE_GOERS } from "./culture-goers.ts";
import { BRANDS_MAKERS } from "./makers.ts";
import { BRANDS_APP_HOUSEHOLDS } from "./app-households.ts";
import { BRANDS_RURAL } from "./rural.ts";
import { BRANDS_EQUESTRIAN } from "./equestrian.ts";
import { BRANDS_COMMUNITIES } from "./communities.ts";
import { BRANDS_LENDERS } from "./lenders.ts";
import { BRANDS_TIGHT_BUDGET } from "./tight-budget.ts";
import { BRANDS_WELL_OFF } from "./well-off.ts";
import { BRANDS_CARERS } from "./carers.ts";
import { BRANDS_CAR_FREE } from "./car-free.ts";
import { BRANDS_GAMERS } from "./gamers.ts";
import { BRANDS_GIG_WORKERS } from "./gig-workers.ts";
import { BRANDS_SEPARATED_FAMILIES } from "./separated-families.ts";
import { BRANDS_ENERGY_HOUSEHOLDS } from "./energy-households.ts";
import { BRANDS_PUBLIC_SERVANTS } from "./public-servants.ts";

// Added last, so on an equal phrase every earlier row still wins (scripts/check-brand-phrases.ts lists such clashes).
export const EXTRA_BRANDS: readonly MerchantRow[] = [
  ...BRANDS_EXTRA_1, ...BRANDS_EXTRA_2, ...BRANDS_EXTRA_3, ...BRANDS_EXTRA_4, ...BRANDS_EXTRA_5, ...BRANDS_EXTRA_6, ...BRANDS_EXTRA_7, ...BRANDS_EXTRA_8,
  ...BRANDS_EXTRA_9,
  ...BRANDS_EXTRA_10,
  ...BRANDS_EXTRA_11,
  ...BRANDS_EXTRA_12,
  ...BRANDS_EXTRA_13,
  ...BRANDS_EXTRA_14,
  ...BRANDS_EXTRA_15,
  ...BRANDS_EXTRA_16,
  ...BRANDS_EXTRA_17,
  ...BRANDS_EXTRA_18,
  ...BRANDS_EXTRA_19,
  ...BRANDS_EXTRA_20,
  ...BRANDS_EXTRA_23,
  ...BRANDS_EXTRA_24,
  ...BRANDS_EXTRA_25,
  ...BRANDS_EXTRA_26,
  ...BRANDS_EXTRA_27,
  ...BRANDS_EXTRA_28,
  ...BRANDS_EXTRA_29,
  ...BRANDS_EXTRA_31,
  ...BRANDS_COOKS,
  ...BRANDS_MONEY_TRANSFER,
  ...BRANDS_BUREAUX_DE_CHANGE,
  ...BRANDS_MOTORISTS,
  ...BRANDS_FOOD_LOVERS,
  ...BRANDS_TRAVELLERS,
  ...BRANDS_RENOVATORS,
  ...BRANDS_CULTURE_GOERS,
  ...BRANDS_MAKERS,
  ...BRANDS_APP_HOUSEHOLDS,
  ...BRANDS_RURAL,
  ...BRANDS_EQUESTRIAN,
  ...BRANDS_COMMUNITIES,
  ...BRANDS_LENDERS,
  ...BRANDS_WEDDINGS,
  ...BRANDS_TIGHT_BUDGET,
  ...BRANDS_WELL_OFF,
  ...BRANDS_CARERS,
  ...BRANDS_CAR_FREE,
  ...BRANDS_GAMERS,
  ...BRANDS_GIG_WORKERS,
  ...BRANDS_SEPARATED_FAMILIES,
  ...BRANDS_ENERGY_HOUSEHOLDS,
  ...BRANDS_PUBLIC_SERVANTS,
];

export const MORE_BRANDS: readonly MerchantRow[] = [...BRANDS_GROCERY_1, ...BRANDS_GROCERY_2, ...BRANDS_SHOPS_1, ...BRANDS_SHOPS_2, ...BRANDS_SHOPS_3, ...BRANDS_FOOD, ...BRANDS_MOBILITY_1, ...BRANDS_MOBILITY_2, ...BRANDS_MOBILITY_3, ...BRANDS_SERVICES_1, ...BRANDS_SERVICES_2, ...BRANDS_DIGITAL_1, ...BRANDS_DIGITAL_2, ...BRANDS_MISC, ...EXTRA_BRANDS];
