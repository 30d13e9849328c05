/** Function words: the stop-word tables of the stages that compare or split words. */
import { MONTH_WORDS } from './months';
import { words } from './pattern';
import { WEEKDAY_WORDS } from './weekdays';

/** Function words and reporting words that say nothing about which fact a sentence reports. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...words(`a about above according across after afterwards again against all almost alone along already also although always am
  among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became because become
  becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot could
  did do does doing done down during each either else elsewhere enough etc even ever every everyone everything everywhere
  except few for former formerly from further had has have having he hence her here hereafter hereby herein hers herself
  him himself his how however i if in indeed into is it its itself just last latter least less made many may me meanwhile
  might more moreover most mostly much must my myself namely neither nevertheless next no nobody none noone nor not nothing
  now nowhere of off often on once only onto or other others otherwise our ours ourselves out over own per perhaps please
  rather re same seem seemed seeming seems several she should since so some somehow someone something sometime sometimes
  somewhere still such than that the their theirs them themselves then thence there thereafter thereby therefore therein
  thereupon these they this those though through throughout thru thus to together too toward towards under until up upon
  us very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon
  wherever whether which while whither who whoever whole whom whose why will with within without would yet you your yours
  yourself yourselves said says say saying told tell tells according reported reportedly report reports also new
  mr mrs ms dr st one two three four five six seven eight nine ten first second third fourth fifth sixth seventh eighth
  ninth tenth times time today yesterday tomorrow week weeks month months year years day days ago earlier later recent
  recently morning evening night afternoon
  it's he's she's that's there's can't won't don't didn't doesn't isn't wasn't weren't hasn't haven't hadn't couldn't
  wouldn't shouldn't us u.s also like get got make makes go going went come came take took put set`),
  ...MONTH_WORDS,
  ...WEEKDAY_WORDS,
]);

/** Function words that the wording comparison of two quotes leaves unmarked. */
export const FUNCTION_WORDS = new Set(
  'a an the and or but of in on at to for from by with as is are was were be been being has have had do does did it its this that these those he she they his her their them him we our you your i not no than then so such there here which who whom whose what when where while also into over after before about up out more most very can could would should will may might must said says say'.split(' '),
);

/** Words that open sentences but rarely continue a name after an abbreviation. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'his', 'her', 'its',
  'their', 'our', 'my', 'in', 'on', 'at', 'but', 'and', 'however', 'meanwhile', 'there', 'after', 'before', 'when',
  'while', 'if', 'as', 'for', 'with', 'according', 'since', 'still', 'yet', 'so', 'also', 'both', 'some', 'many',
  'officials', 'earlier', 'later', 'last', 'today', 'during', 'despite', 'although', 'what', 'who', 'no', 'not',
]);

/**
 * Pronouns and conjunctions: a label opening with one leans on the sentence it was cut from
 * ("He took her captive", "And convicted Nichols"), so event labels never start with them.
 */
export const LABEL_PRONOUNS: ReadonlySet<string> = new Set(words(`he she it they we i you him her them us me his its their our my your
  this these those who whom whose which`));
export const LABEL_CONJUNCTIONS: ReadonlySet<string> = new Set(words(`and but or nor so yet although though because while whereas unless whether`));

/** Words that stay lower case inside a place name ("Rio de Janeiro", "Stratford-upon-Avon", "Isle of Wight"). */
export const PLACE_NAME_PARTICLES: ReadonlySet<string> = new Set(words('de del della di da do dos das du la le les van von der den of on upon the y sur'));
