// The privacy page's own script: gives the test the library's exports (for registerTranslation),
// as a clinic's script would use them. It adds no behaviour of its own.
import * as bodywork from '/dist/bodywork-elements.js';

window.bodywork = bodywork;
