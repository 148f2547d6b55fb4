// The date a sentence names, in the format's date forms (YYYY, YYYY-MM, YYYY-MM-DD): "on 12 March 2024",
// "March 12, 2024", "in March 2024", "2024-03-12", "in 2023". A weekday or "last month" is left alone: the engine does
// not know the article's date, so it does not guess.
import { checkPartialDate } from '../domain/dates';

const MONTHS =
  'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?';
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const FORMS: { pattern: RegExp; date: (match: RegExpExecArray) => string }[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/u, date: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})\\s+(\\d{4})\\b`, 'iu'),
    date: (m) => `${m[3]}-${month(m[2]!)}-${m[1]!.padStart(2, '0')}`,
  },
  {
    pattern: new RegExp(`\\b(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu'),
    date: (m) => `${m[3]}-${month(m[1]!)}-${m[2]!.padStart(2, '0')}`,
  },
  {
    pattern: new RegExp(`\\b(?:in|since|during|by|until|of|early|late|mid-?)\\s+(${MONTHS})\\s+(\\d{4})\\b`, 'iu'),
    date: (m) => `${m[2]}-${month(m[1]!)}`,
  },
  { pattern: /\b(?:in|since|during|by|until)\s+((?:19|20)\d{2})\b(?!-)/u, date: (m) => m[1]! },
];

function month(name: string): string {
  const index = MONTH_INDEX.indexOf(name.slice(0, 3).toLowerCase());
  return String(index + 1).padStart(2, '0');
}

/** The first date the sentence names that the format accepts, or undefined. */
export function sentenceDate(sentence: string): string | undefined {
  for (const form of FORMS) {
    const match = form.pattern.exec(sentence);
    if (!match) continue;
    const date = form.date(match);
    if (checkPartialDate(date).ok) return date;
  }
  return undefined;
}
