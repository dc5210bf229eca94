// Given names common in the US, the UK and Ireland (and among their families from elsewhere), folded. person-memo.ts
// reads a description that starts with one, then a surname, as a person paid or paying. Left out on purpose: names
// that are also everyday or payment words a shop or a memo starts with (May, June, April, August, Bill, Will, Grace,
// Hope, Joy, Faith, Dawn, Summer, Amber, Crystal, Ruby, Rose, Penny, Art, Guy, Jack) and towns or banks that are names
// too (Chase, Austin, Dallas, Brooklyn, Paris, Florence, Phoenix, Madison, Sydney, Victoria).

const FEMALE = [
  "abigail", "ada", "adele", "agnes", "aisha", "alexandra", "alexis", "alice", "alicia", "alison", "amanda", "amelia", "amy", "ana",
  "andrea", "angela", "anita", "ann", "anna", "anne", "annie", "antonia", "aoife", "ashley", "audrey", "ava", "barbara", "beatrice",
  "becky", "belinda", "bethany", "betty", "beverley", "bridget", "brittany", "brenda", "caitlin", "camilla", "carla", "carol",
  "caroline", "carolyn", "catherine", "charlotte", "chloe", "christine", "ciara", "claire", "clara", "courtney", "cynthia", "daisy",
  "danielle", "deborah", "debra", "denise", "diana", "diane", "donna", "doris", "dorothy", "edith", "eileen", "elaine", "eleanor",
  "elena", "eliza", "elizabeth", "ella", "ellen", "ellie", "eloise", "elsie", "emily", "emma", "erin", "esme", "esther", "eva",
  "evelyn", "evie", "fatima", "fiona", "frances", "freya", "gemma", "georgia", "georgina", "gillian", "gloria", "greta", "gwen",
  "hannah", "harriet", "hattie", "hayley", "heather", "helen", "hazel", "holly", "imogen", "ingrid", "irene", "isabel", "isabella", "isla",
  "jacqueline", "jade", "jane", "janet", "janice", "jasmine", "jean", "jennifer", "jenny", "jessica", "jill", "joan", "joanna",
  "joanne", "josephine", "joyce", "judith", "judy", "julia", "julie", "karen", "kate", "katherine", "kathleen", "kathryn", "katie",
  "kayla", "keisha", "kelly", "kimberly", "kirsty", "laura", "lauren", "leah", "lena", "linda", "lisa", "lois", "lorna", "lorraine",
  "louise", "lucy", "lydia", "lynn", "maeve", "maisie", "margaret", "margot", "maria", "marian", "marie", "marilyn", "marion",
  "martha", "mary", "maureen", "megan", "melanie", "melissa", "michelle", "mildred", "millie", "miriam", "molly", "monica", "nadia",
  "nancy", "naomi", "natalie", "natasha", "nell", "nicola", "nicole", "niamh", "nina", "nora", "norma", "olive", "olivia", "orla",
  "paige", "pamela", "patricia", "paula", "pauline", "phoebe", "phyllis", "pippa", "poppy", "priya", "rachel", "rebecca", "rita",
  "roberta", "rosie", "ruth", "sadie", "sally", "samantha", "sandra", "sara", "sarah", "scarlett", "sharon", "sheila", "shirley",
  "sian", "siobhan", "sonia", "sophia", "sophie", "stacey", "stella", "stephanie", "susan", "suzanne", "sylvia", "tamsin", "tanya",
  "teresa", "theresa", "tiffany", "tina", "tracey", "tracy", "valerie", "vanessa", "vera", "veronica", "vicky", "violet", "virginia",
  "wendy", "yasmin", "yvonne", "zara", "zoe",
];

const MALE = [
  "aaron", "abdul", "adam", "adrian", "ahmed", "aidan", "alan", "albert", "alex", "alexander", "alfie", "alfred", "ali", "alistair",
  "andrew", "andy", "angus", "anthony", "archie", "arthur", "barry", "ben", "benjamin", "bernard", "bradley", "brandon", "brendan",
  "brian", "bruce", "callum", "calvin", "carl", "charles", "charlie", "chris", "christian", "christopher", "clive", "colin", "connor",
  "craig", "daniel", "darren", "dave", "david", "dean", "declan", "dennis", "derek", "desmond", "dominic", "donald", "douglas",
  "duncan", "dylan", "eamon", "edward", "elliot", "elliott", "eric", "ethan", "eugene", "ewan", "finley", "finn", "francis", "frank",
  "fraser", "freddie", "frederick", "gareth", "gary", "gavin", "geoffrey", "george", "gerald", "gordon", "graham", "gregory", "hamish",
  "harold", "harry", "harvey", "hassan", "henry", "howard", "hugh", "hugo", "ian", "imran", "isaac", "ivan", "jacob", "jake", "james",
  "jamie", "jason", "jeffrey", "jeremy", "jerome", "jim", "jimmy", "joe", "joel", "john", "jonathan", "jose", "joseph", "joshua",
  "juan", "julian", "justin", "kai", "keith", "kenneth", "kevin", "kieran", "kyle", "lachlan", "larry", "lawrence", "lee", "leo",
  "leon", "leonard", "lewis", "liam", "logan", "louis", "luca", "lucas", "luke", "malcolm", "marcus", "mario", "mark", "martin",
  "matthew", "max", "michael", "miguel", "mohammed", "muhammad", "nathan", "neil", "nicholas", "nigel", "noah", "oliver", "omar",
  "oscar", "owen", "patrick", "paul", "peter", "philip", "raymond", "reece", "rhys", "richard", "robert", "robin", "rory", "ross",
  "rowan", "roy", "russell", "ryan", "samuel", "scott", "sean", "sebastian", "seamus", "shaun", "simon", "stanley", "stephen",
  "steven", "stuart", "terence", "theo", "thomas", "timothy", "toby", "tobias", "todd", "tom", "tony", "trevor", "tyler", "victor",
  "vincent", "walter", "warren", "wayne", "william", "zachary",
];

export const GIVEN_NAMES: ReadonlySet<string> = new Set([...FEMALE, ...MALE]);
