/**
 * `bodywork-elements/provider`: registers `<bw-provider>` and exports its class, the contexts it
 * provides (for elements and app code that consume them with `@lit/context`) and their types.
 */
import { BwProvider } from './components/provider/provider.js';
import { defineElement } from './internal/define.js';

defineElement('bw-provider', BwProvider);

export { BwProvider };
export type { SelectionChangeDetail } from './components/provider/provider.js';
export { clinicContext, datasetContext, selectionContext, ensureContextRoot } from './context/contexts.js';
export type { ClinicConfig, SharedSelection } from './context/contexts.js';
export { fillBookingUrl } from './components/provider/booking-url.js';
export type { BookingValues } from './components/provider/booking-url.js';

declare global {
  interface HTMLElementTagNameMap {
    'bw-provider': BwProvider;
  }
}
