import type { Sentence } from './sentences';
import type { ArticleText, Span } from './text';

export type Gender = 'male' | 'female' | null;

/** A person as one article knows them, before people are merged across the corpus. */
export interface LocalPerson {
  /** Stable within the article: the slug of the fullest name ("vladimir-putin"). */
  key: string;
  /** Fullest form seen in the article. */
  name: string;
  /** Other forms seen ("Putin", "President Putin"). */
  aliases: string[];
  /** Titles and roles attached to the name in this article ("Russian President"). */
  roles: string[];
  /** From titles and pronouns, used to resolve pronoun speakers. */
  gender: Gender;
}

export interface LocalPersonMention extends Span {
  /** `LocalPerson.key` */
  person: string;
  text: string;
  /** The role or title written next to this mention, if any, with its span. */
  role: (Span & { text: string }) | null;
}

export interface PeopleFindings {
  persons: LocalPerson[];
  mentions: LocalPersonMention[];
}

/** Finds the people named in an article. */
export function extractPeople(_article: ArticleText, _sentences: readonly Sentence[]): PeopleFindings {
  return { persons: [], mentions: [] };
}
