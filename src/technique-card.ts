/**
 * `bodywork-elements/technique-card`: registers `<bw-technique-card>` and `<bw-technique-list>`
 * and exports their classes and types.
 */
import { BwTechniqueCard } from './components/technique-card/technique-card.js';
import { BwTechniqueList } from './components/technique-card/technique-list.js';
import { defineElement } from './internal/define.js';

defineElement('bw-technique-card', BwTechniqueCard);
defineElement('bw-technique-list', BwTechniqueList);

export { BwTechniqueCard, BwTechniqueList };
export type { TechniqueCardVariant } from './components/technique-card/technique-card.js';
export type { TryRoutineDetail } from './context/flow-events.js';
export type { TechniqueContent } from './components/technique-card/content.js';

declare global {
  interface HTMLElementTagNameMap {
    'bw-technique-card': BwTechniqueCard;
    'bw-technique-list': BwTechniqueList;
  }
}
