import type { HelpTexts } from './types.js';

/**
 * What to do about warning signs, by how urgent they are, and where to turn in a crisis. Written
 * for any country: no phone numbers and no national services. A clinic puts its own in its JSON
 * (`help`), e.g. `{ "emergency": "Call 999 or go to A&E now." }`. Each is one sentence that says
 * what to do: the elements lead into the list of signs with it ("… if you have:").
 */
export const help: HelpTexts = {
  emergency: 'Call your local emergency number now, or go to a hospital that can see you at once.',
  'same-day': 'Get medical help today from your doctor or an urgent care service.',
  soon: 'See your doctor or a physiotherapist in the next few days.',
  crisis: 'Call a crisis line, or your local emergency number if your life is in danger.',
};
