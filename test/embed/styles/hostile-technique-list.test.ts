import { hostileStylesSuite } from './hostile-suite.js';

hostileStylesSuite('technique-list');
