import { hostileStylesSuite } from './hostile-suite.js';

hostileStylesSuite('provider');
