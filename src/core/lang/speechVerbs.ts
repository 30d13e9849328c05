/**
 * Verbs of saying: one table, with what each stage uses a form for. A form's uses differ because
 * the stages ask different questions: the quote attributor needs every way news introduces a quote
 * ("quipped", "went on"); the people extractor only verbs that prove a human or organisational
 * speaker right after a name; the sentence splitter only verbs that follow a quoted question's
 * speaker ("“Why?” Smith asked.").
 */
import { alternation, words } from './pattern';

/**
 * `quote`: finite verb introducing or following a quote. `participle`: "…, saying". `name`: "Lavrov
 * said". `question`: after a quoted question. `attribution`: the reporting verb an event label
 * drops before a clause with its own subject ("The navy said it has captured…" → "The navy has
 * captured…"). `belief`: a verb of saying before a belief the label reduces to what is said. `report`:
 * a verb that tells only that something was said or made known, never a happening of its own, so that
 * a day after it and the words of where or to whom is the saying's ("said at a news conference Monday", "read
 * aloud at the hearing Tuesday"; not "responded to a call on Saturday", "charges filed Friday").
 */
export type SpeechVerbUse = 'quote' | 'participle' | 'name' | 'question' | 'attribution' | 'belief' | 'addressee' | 'report';

const QUOTE_FORMS = words(`
  said says say told tells added adds stated states wrote writes tweeted posted declared announced explained insisted
  noted notes argued argues warned warns claimed claims acknowledged admitted replied responded asked asks continued
  recalled remarked commented observed conceded confirmed stressed emphasised emphasized suggested described describes called
  calls dubbed hailed praised promised vowed urged apologised apologized denied dismissed reiterated articulated shouted yelled
  screamed cried quipped joked concluded predicted agreed labeled labelled termed characterised characterized branded blasted slammed
  criticised criticized accused pledged boasted lamented complained testified recounted revealed reported reports
  announces mused whispered texted emailed messaged captioned responds explains insists quotes quoted defended
  wondered estimated expects expected believes believed thinks thought hopes hoped felt feels reads
  demanded demands asserted asserts proclaimed proclaims condemned likened countered retorted exclaimed snapped contended
  chanted lauded`);
/** Multi-word finite cues: "pointed out", "went on", "as she put it". */
const QUOTE_PHRASES = ['pointed out', 'went on', 'put it'];

const PARTICIPLE_FORMS = words(`
  saying stating calling describing adding telling insisting noting arguing warning declaring writing explaining
  concluding labeling labelling branding tweeting asking urging vowing promising claiming acknowledging admitting dubbing
  hailing praising recalling stressing emphasising emphasizing suggesting dismissing blasting accusing pledging complaining
  reiterating characterising characterizing quipping joking replying responding remarking commenting posting announcing`);

const NAME_FORMS = words(`
  said says told tells added adds stated states explained explains noted notes insisted insists argued
  argues claimed claims warned warns recalled recalls wrote writes tweeted replied replies
  responded responds asked asks acknowledged acknowledges admitted admits denied denies stressed stresses
  emphasized emphasised emphasizes emphasises suggested suggests urged urges vowed vows declared declares
  remarked remarks commented comments confirmed confirms countered counters`);

const QUESTION_FORMS = words(`
  said says asked asks added told tweeted wrote writes shouted yelled replied recalled explained insisted noted stated
  continued posted screamed cried wondered`);

const TABLE = new Map<string, Set<SpeechVerbUse>>();
function add(use: SpeechVerbUse, forms: readonly string[]): void {
  for (const form of forms) {
    const uses = TABLE.get(form) ?? new Set<SpeechVerbUse>();
    uses.add(use);
    TABLE.set(form, uses);
  }
}
add('quote', [...QUOTE_FORMS, ...QUOTE_PHRASES]);
add('participle', PARTICIPLE_FORMS);
add('name', NAME_FORMS);
add('question', QUESTION_FORMS);
add('attribution', words('said says announced confirmed'));
add('belief', words('says said saying'));
add('report', words('said says stated announced confirmed reported testified explained added noted wrote tweeted read released unsealed published'));
// Verbs whose object is the one spoken to ("told reporters", "warned the council"): that object never speaks.
add('addressee', words('tell tells told warn warns warned urge urges urged assure assures assured remind reminds reminded inform informs informed'));

/** The forms with a use. */
export function speechVerbForms(use: SpeechVerbUse): string[] {
  return [...TABLE].filter(([, uses]) => uses.has(use)).map(([form]) => form);
}

/** The forms with a use as one alternation, longest first. */
export function speechVerbPattern(use: SpeechVerbUse): string {
  return alternation(speechVerbForms(use));
}
