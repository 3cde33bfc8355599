/**
 * `bodywork-elements/body-map`: registers `<bw-body-map>` and exports its class.
 */
import { BwBodyMap } from './components/body-map/body-map.js';
import { defineElement } from './internal/define.js';

defineElement('bw-body-map', BwBodyMap);

export { BwBodyMap };
export type { BodyMapView, RegionSelectDetail } from './components/body-map/body-map.js';

declare global {
  interface HTMLElementTagNameMap {
    'bw-body-map': BwBodyMap;
  }
}
