import { hostileStylesSuite } from './hostile-suite.js';

hostileStylesSuite('stretch-timer');
