/**
 * `bodywork-elements/stretch-timer`: registers `<bw-stretch-timer>` and exports its class.
 */
import { BwStretchTimer } from './components/stretch-timer/stretch-timer.js';
import { defineElement } from './internal/define.js';

defineElement('bw-stretch-timer', BwStretchTimer);

export { BwStretchTimer };
export type {
  StepChangeDetail,
  TimerClock,
  TimerCompleteDetail,
  TimerDetail,
  TimerStatus,
  TimerStopDetail,
} from './components/stretch-timer/stretch-timer.js';

declare global {
  interface HTMLElementTagNameMap {
    'bw-stretch-timer': BwStretchTimer;
  }
}
