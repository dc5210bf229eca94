// Money given to the grandchildren: birthday, Easter and Christmas money sent to them by name. The bank text
// seldom says "grandchild"; what marks the row is who it is from, "von Oma und Opa", "love, Grandma", or a
// purpose naming the Enkel. Such transfers to a person are filed as Other (or as a gift under Donations).
import type { Topic } from "./topics.ts";

export const GRANDCHILDREN_TOPIC: Topic = {
  key: "grandchildren",
  en: "Grandchildren",
  de: "Enkelkinder",
  categories: ["other", "donations"],
  words: [
    "oma", "opa", "omi", "opi", "omas", "opas", "grandma", "grandpa", "granny", "grandad", "granddad", "grandparents", "grandmother", "grandfather",
    "enkel*", "grandchild*", "grandkid*", "grandson*", "granddaughter*", "kleinkind*", "petit-fils", "petite-fille", "petits-enfants", "mamie", "papy",
  ],
  said: [
    "grandchildren", "grandchild", "grandkids", "grandkid", "grandson", "grandsons", "granddaughter", "granddaughters", "enkel", "enkelkinder",
    "enkelkind", "enkelkindern", "enkelin", "enkelinnen", "enkeln", "kleinkinderen", "kleinkind", "petits-enfants", "petits enfants",
  ],
};
