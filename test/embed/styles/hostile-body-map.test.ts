import { hostileStylesSuite } from './hostile-suite.js';

hostileStylesSuite('body-map');
