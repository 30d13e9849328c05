/**
 * The vocabulary of facts about people in the news: actions, the people a description names,
 * body parts, conditions and outcomes, weapons. One table each; the fact extractor
 * (extract/facts) builds its patterns from them.
 */
import { alternation, words } from './pattern';

/** An action and the forms news writes it in; `lemma` is what facts compare. */
interface ActionEntry {
  lemma: string;
  forms: readonly string[];
}

export const ACTIONS: readonly ActionEntry[] = [
  { lemma: 'shoot', forms: words('shoot shoots shot shooting') },
  { lemma: 'kill', forms: words('kill kills killed killing slain slew murder murders murdered massacre massacred') },
  { lemma: 'wound', forms: words('wound wounds wounded wounding injure injures injured injuring hurt') },
  // "Pronounced dead at 10:15 p.m.": the time of the death, not of the shooting told before it.
  { lemma: 'die', forms: [...words('die dies died dying'), 'pronounced dead'] },
  { lemma: 'arrest', forms: words('arrest arrests arrested arresting detained detain') },
  { lemma: 'charge', forms: words('charge charges charged charging indicted indict') },
  { lemma: 'sentence', forms: words('sentence sentences sentenced sentencing') },
  { lemma: 'convict', forms: words('convict convicts convicted') },
  { lemma: 'escape', forms: words('escape escapes escaped escaping fled flee flees') },
  { lemma: 'meet', forms: words('meet meets met meeting') },
  { lemma: 'visit', forms: words('visit visits visited visiting') },
  { lemma: 'attack', forms: words('attack attacks attacked attacking stab stabs stabbed stabbing') },
  { lemma: 'rob', forms: words('rob robs robbed robbing robbery') },
];

/**
 * Actions that make an incident: the attack, the shots, the killing, the wounds, the robbery. A clause
 * telling one of the actions a lead tells, dated a day or two before the news, is the news (the events
 * stage); dying, arrests and charges are later developments.
 */
export const INCIDENT_ACTIONS: ReadonlySet<string> = new Set(words('shoot kill wound attack rob'));

/** Lower-cased form → its action's lemma. */
export const ACTION_OF_FORM: ReadonlyMap<string, string> = new Map(ACTIONS.flatMap((a) => a.forms.map((f) => [f, a.lemma] as const)));

/** Every form of every action, as one alternation (lower case, as written mid-sentence). */
export const ACTION_FORM_PATTERN = alternation(ACTION_OF_FORM.keys());

/**
 * Head nouns of the descriptions news gives people it does not name ("a 4-year-old girl", "the
 * gunman", "his father"): a fact about one of these is about that someone.
 */
export const PERSON_DESCRIPTION_HEADS: ReadonlySet<string> = new Set(
  words(`man men woman women boy boys girl girls child children kid kids toddler toddlers baby babies infant teen teens
  teenager teenagers youth juvenile adult person people victim victims suspect suspects gunman gunmen shooter shooters
  attacker assailant robber robbers driver passenger passengers resident residents neighbor neighbour neighbors
  neighbours student students clerk officer officers deputy deputies trooper agent guard employee employees worker
  workers customer customers pedestrian pedestrians motorist motorists cyclist patient patients nurse doctor teacher
  owner manager bystander bystanders witness witnesses
  son sons daughter daughters father mother parent parents brother brothers sister sisters wife husband
  boyfriend girlfriend grandson granddaughter grandfather grandmother uncle aunt nephew niece cousin stepfather
  stepmother stepson stepdaughter fiance fiancee partner friend friends relative relatives sibling siblings`),
);

/**
 * Words without which the facts stage finds no count of people ("three were killed", "five victims"),
 * no condition ("in critical condition", "died", "the body of"), no weapon or charge ("a handgun",
 * "charged with"): it passes over a claim that has none of them (facts/index.ts, the cues).
 */
export const COUNT_CUE_WORDS: ReadonlySet<string> = new Set(
  words(`killed dead wounded injured shot hurt victims deaths fatalities casualties killing wounding injuring shooting
  arrest arrested arresting detained custody`),
);
/** Words without which no count of companions is found ("with two other men", "and three of her friends"). */
export const COMPANION_CUE_WORDS: ReadonlySet<string> = new Set(
  words(`other others people persons adults men women boys girls children kids teens teenagers juveniles friends companions
  passengers`),
);
export const CONDITION_CUE_WORDS: ReadonlySet<string> = new Set(
  words(`die dies died dead killed killing fatally deceased condition critical critically life unconscious serious
  seriously survive survives survived recover injuries wounds released missing coma comatose discharged recovering
  body bodies remains`),
);
export const WEAPON_OR_CHARGE_CUE_WORDS: ReadonlySet<string> = new Set(
  words(`charged charge charges caliber calibre mm gun guns handgun handguns pistol pistols revolver revolvers rifle
  rifles shotgun shotguns firearm firearms knife knives machete ar-15 ak-47`),
);

/**
 * Acts news tells in several ways (facts slot `act`), each with its phrases (regular-expression sources,
 * lower case): fleeing, giving oneself up, calling 911, hearing shots, shielding someone, and a weapon recovered. "Seized" is a recovery
 * only in the passive ("a rifle was seized"): "seized a guard's gun" is an attacker's act. A bare
 * "surrender" is left out: "refused to surrender" is its opposite.
 */
export const ACT_PHRASES: readonly (readonly [string, string])[] = [
  ['flee', String.raw`(?:fled|flees|fleeing|ran\s+(?:away|off|from\s+the\s+scene)|took\s+off\s+(?:running|on\s+foot))`],
  ['surrender', String.raw`(?:surrender(?:ed|s|ing)(?!\s+(?:his|her|their|the|a|an|its)\b)|turn(?:ed|s|ing)\s+(?:himself|herself|themselves)\s+in|gave\s+(?:himself|herself|themselves)\s+up)`],
  ['call 911', String.raw`(?:call(?:ed|s|ing)?|dial(?:l?ed|s|ing)?|phoned)\s+911`],
  // "heard gunfire", "heard what sounded like shots", "heard two or three shots".
  ['hear shots', String.raw`hear(?:d|s|ing)?\s+(?:(?:what|sounded|like|as|many|several|multiple|about|at|least|two|three|four|five|six|seven|eight|nine|ten|\d+|a|the|loud|gun)\s+){0,4}(?:gunfire|gunshots?|shots|a\s+shot|pops|popping|bangs)`],
  // "shielding her son", "tried to shield them from the gunfire".
  ['shield', String.raw`shield(?:ed|ing|s)?\s+(?:him|her|them|(?:the|a|an|his|their)\s+[\w-]+)`],
  [
    'recover weapon',
    String.raw`(?:(?:recover(?:ed|s)?|found)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:(?!(?:on|in|at|near|with|by|from|under|inside|of|that|no)\s)[\w.-]+\s+){0,3}?(?:guns?|weapons?|handguns?|firearms?|knife|knives|rifles?|pistols?|shotguns?|revolvers?)|(?:guns?|weapons?|handguns?|firearms?|knife|knives|rifles?|pistols?|shotguns?|revolvers?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+)?(?:recovered|found|seized))`,
  ],
];

/** Words without which no act is found (see `ACT_PHRASES`). */
export const ACT_CUE_WORDS: ReadonlySet<string> = new Set(
  words(`fled flees fleeing ran took surrendered surrenders surrendering turned turns turning gave 911 recover
  recovered recovers seized found hear heard hears hearing shield shielded shielding shields`),
);

/** Body parts that name where someone was hit ("shot in the chest"). */
export const BODY_PARTS: ReadonlySet<string> = new Set(
  words(`head face eye eyes neck throat chest torso back stomach abdomen belly side hip hips groin shoulder shoulders
  arm arms elbow wrist hand hands finger fingers leg legs thigh thighs knee knees ankle foot feet buttocks jaw cheek
  mouth temple forehead spine lung lungs heart`),
);

/**
 * Conditions and outcomes, in the order a case can move through them: a later report may move a
 * person forward (wounded → critical → dead), which is an update, not a contradiction.
 */
export type Condition = 'missing' | 'stable' | 'serious' | 'critical' | 'survives' | 'released' | 'dead';

/** Phrases (regular-expression sources, lower case) for each condition. */
export const CONDITION_PHRASES: readonly (readonly [Condition, string])[] = [
  ['dead', String.raw`(?:found\s+(?:the\s+|a\s+)?(?:body|bodies|remains)|(?:body|bodies|remains)\s+(?:of\s+(?:[\w'’,-]+\s+){1,5}?)?(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:found|recovered|discovered)|died|dies|has died|was killed|were killed|been killed|(?:was|were|been)\s+(?:fatally\s+)?(?:shot\s+)?dead|found dead|pronounced dead|(?:is|was|were)\s+dead|killing|fatally(?:\s+\w+)?|deceased)`],
  ['critical', String.raw`(?:(?:in|listed in)\s+critical(?:\s+but\s+stable)?\s+condition|not\s+expected\s+to\s+(?:survive|live|recover)|critically\s+(?:injured|wounded|hurt)|on\s+life\s+support|(?<!\bnon-|\bnon\s|\bnot\s)life[-\s]threatening\s+(?:injuries|wounds)|unconscious|in\s+a\s+(?:medically[-\s]induced\s+)?coma|comatose)`],
  ['serious', String.raw`(?:in\s+serious\s+condition|seriously\s+(?:injured|wounded|hurt))`],
  ['stable', String.raw`(?:in\s+(?:stable|good|fair)\s+condition)`],
  // "survived", but not "is survived by his wife": the obituary's words for a death.
  ['survives', String.raw`(?:expected\s+to\s+(?:survive|recover|be\s+ok(?:ay)?)|(?:non[-\s]life[-\s]threatening|not\s+life[-\s]threatening|minor)\s+(?:injuries|wounds)|(?:injuries|wounds)\s+(?:were|are|was|is)\s+not\s+(?:considered\s+|believed\s+to\s+be\s+|expected\s+to\s+be\s+|thought\s+to\s+be\s+)?life[-\s]threatening|survived(?!\s+by\b))`],
  ['released', String.raw`(?:released\s+from\s+(?:the\s+)?hospital|treated\s+and\s+released|discharged\s+from\s+(?:the\s+)?hospital|recovering\s+at\s+home)`],
  ['missing', String.raw`(?:(?:was|is|were|are|been|went|gone|remains?|reported)\s+missing)`],
];

/** How far along a case each condition is: a report moving a person to a higher rank updates an earlier one. */
export const CONDITION_RANK: Readonly<Record<Condition, number>> = {
  missing: 0,
  stable: 1,
  released: 1,
  survives: 1,
  serious: 2,
  critical: 3,
  dead: 4,
};

/** Weapons, by the word news names them with (a calibre stands for a handgun). */
export const WEAPON_WORDS: ReadonlySet<string> = new Set(
  words(`handgun handguns pistol pistols revolver revolvers rifle rifles shotgun shotguns gun guns firearm firearms knife
  knives machete ar-15 ak-47`),
);

/**
 * Charges: what someone is charged with ("first-degree murder", "manslaughter", "resisting arrest");
 * "crime" names no particular charge.
 */
export const CHARGE_WORDS: ReadonlySet<string> = new Set(
  words(`murder manslaughter homicide assault robbery kidnapping abduction endangerment battery burglary theft
  possession negligence attempted resisting obstruction tampering arson carjacking stalking harassment fraud
  trespassing crime`),
);

/** Words of time approximation before a clock time, with how many minutes each allows either way. */
export const TIME_APPROXIMATIONS: readonly (readonly [string, number])[] = [
  ['about', 5],
  ['around', 5],
  ['approximately', 5],
  ['roughly', 5],
  ['nearly', 10],
  ['almost', 10],
  ['shortly before', 30],
  ['shortly after', 30],
  ['just before', 15],
  ['just after', 15],
  ['soon after', 45],
  ['before', 60],
  ['after', 60],
  ['by', 60],
];

/** The parts of a day as spans of minutes after midnight (night runs past midnight). */
export const DAY_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  // "Early Saturday morning" is any hour after midnight.
  morning: [0, 12 * 60],
  afternoon: [12 * 60, 18 * 60],
  evening: [17 * 60, 22 * 60],
  night: [18 * 60, 30 * 60],
  overnight: [21 * 60, 30 * 60],
};

/**
 * Description heads that name someone by their relation to another person ("his brother", "her
 * mother"): in two sentences they can be two people (each brother is the other's), so facts about
 * them are not aligned across sources by the description alone.
 */
export const RELATIONAL_DESCRIPTION_HEADS: ReadonlySet<string> = new Set(
  words(`son sons daughter daughters father mother parent parents brother brothers sister sisters wife husband boyfriend
  girlfriend grandson granddaughter grandfather grandmother uncle aunt nephew niece cousin stepfather stepmother stepson
  stepdaughter fiance fiancee partner friend friends relative relatives sibling siblings neighbor neighbour neighbors neighbours`),
);

export const PERSON_DESCRIPTION_PATTERN = alternation(PERSON_DESCRIPTION_HEADS);
export const BODY_PART_PATTERN = alternation(BODY_PARTS);

/**
 * The opening of a clause that reports what a source no longer holds ("Contrary to initial reports
 * that the hiker had died, …", "despite previous accounts"): the facts inside it, up to the next comma or
 * semicolon, are not the source's own statement. A regular-expression source, case-insensitive.
 */
export const SUPERSEDED_REPORT_OPENING = String.raw`\b(?:despite|contrary\s+to|unlike)\s+(?:the\s+|some\s+)?(?:earlier|initial|previous|first|early|original)\s+(?:reports?|accounts?|statements?)\b`;

/**
 * Description heads that name several people ("the victims", "two women"): an age given with one
 * of them is not the age of one person.
 */
export const PLURAL_DESCRIPTION_HEADS: ReadonlySet<string> = new Set(
  words(`men women boys girls children kids toddlers babies teens teenagers people victims suspects gunmen shooters robbers
  passengers residents neighbors neighbours students officers deputies sons daughters parents brothers sisters friends
  relatives siblings employees workers customers pedestrians motorists patients bystanders witnesses`),
);

/**
 * Description heads that say a woman or girl, or a man or boy: "she" in the next sentence can be
 * the first and not the second. Other heads ("victim", "teen", "driver") fit either.
 */
export const FEMALE_DESCRIPTION_HEADS: ReadonlySet<string> = new Set(
  words(`woman women girl girls daughter daughters mother sister sisters wife girlfriend granddaughter grandmother aunt
  niece stepmother stepdaughter fiancee mom grandma`),
);
export const MALE_DESCRIPTION_HEADS: ReadonlySet<string> = new Set(
  words(`man men boy boys son sons father brother brothers husband boyfriend grandson grandfather uncle nephew
  stepfather stepson fiance dad gunman gunmen grandpa`),
);
