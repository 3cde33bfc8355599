/**
 * Every UI string of the library, in English, in one typed module. Elements never hard-code text
 * in templates: they ask their LocalizeController for a term. Other languages are registered with
 * `registerTranslation` and may leave terms out; missing terms fall back to English.
 *
 * The terms are grouped by element, and each element carries only the groups it uses as its
 * English fallback (`static strings`), so an entry that registers one element does not bundle the
 * text of the others. `en` is all of them together, and its type is the shape of a translation.
 *
 * Terms are strings, or functions for strings with values in them.
 */

/** Terms every element may use: sides, and the message shown for bad input. */
export const common = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',

  // Shared
  sideLeft: 'left',
  sideRight: 'right',
  /** A name with its side, as screen readers and labels say it: "Shoulder, left". */
  withSide: (name: string, side: string) => `${name}, ${side}`,

  /** A property or attribute got a value it cannot take: "heading-level cannot be 9: use a whole number from 1 to 6." */
  invalidValue: (name: string, value: string, expected: string) => `${name} cannot be ${value}: use ${expected}.`,
  expectText: 'text',
  expectFlag: 'true or false',
  expectOneOf: (words: string) => `one of ${words}`,
  expectIds: 'ids, as a list or separated by spaces',
  /** A value that is not text or a number, in a message. */
  valueKind: (kind: string) => (kind === 'nothing' ? kind : kind === 'object' ? 'an object' : `a ${kind}`),
};

/** The message shown inside an element whose input cannot be shown: cards, lists, the timer, the provider. */
export const errors = {
  // What number properties take (heading levels, the timer's settings).
  expectWhole: (min: number, max: number) => `a whole number from ${min} to ${max}`,
  expectNumber: (min: number, max: number) => `a number from ${min} to ${max}`,
  errorHeading: 'This content could not be shown',
  unknownId: (kind: string, id: string) => `There is no ${kind} called “${id}”.`,
  invalidData: (count: number) =>
    count === 1 ? 'The clinic data has 1 problem.' : `The clinic data has ${count} problems.`,
};

/** `<bw-body-map>` */
export const bodyMap = {
  bodyMapLabel: 'Where does it hurt? Body areas',
  bodyMapHint: 'Use the arrow keys to move around the body, and Space or Enter to choose an area.',
  bodyMapSeverityHint: 'Type 0 to 10, or press plus or minus, to rate the pain in the chosen area.',
  viewFront: 'Front',
  viewBack: 'Back',
  /** The Front/Back switch a narrow map shows instead of both drawings. */
  viewSwitch: 'Which side of the body to show',
  /** The list view's groups of body areas. */
  groupHeadNeck: 'Head and neck',
  groupArms: 'Shoulders, arms and hands',
  groupTrunk: 'Chest, belly and back',
  groupLegs: 'Hips and legs',
  sideLetterLeft: 'L',
  sideLetterRight: 'R',
  showAsList: 'Show as a list',
  showAsFigure: 'Show the body figure',
  notRated: 'not rated',
  /** Spoken after a region's name in severity mode, and shown in the list. */
  painOutOf10: (value: number) => `pain ${value} out of 10`,
  severityLegend: 'How bad is the pain? 0 is no pain, 10 is the worst you can imagine.',
  severityFor: (region: string) => `Pain in ${region}`,
  selectedCount: (count: number) =>
    count === 0 ? 'No areas chosen' : count === 1 ? '1 area chosen' : `${count} areas chosen`,
  chooseAtLeastOne: 'Choose at least one area of the body.',
  unknownRegions: (tokens: string) => `These body areas are not on the map and were left out: ${tokens}.`,
  onlyOneRegion: (kept: string) => `Only one area can be chosen here; kept “${kept}”.`,
  expectRegions: 'a list of regions, each with an id, name, area and views',
};

/** Precautions, warning signs and sources: shared by the technique elements and the stretch timer. */
export const warnings = {
  precautionKind: (kind: string) =>
    (
      ({
        avoid: 'Avoid',
        'avoid-area': 'Avoid the area',
        'consult-first': 'Ask first',
        'lighter-pressure': 'Lighter pressure',
        'red-flag': 'Warning signs',
      }) as Record<string, string>
    )[kind] ?? kind,
  /** The name of an urgency, shown before what to do: never colour alone. */
  urgencyName: (urgency: string) =>
    (({ emergency: 'Emergency', 'same-day': 'Urgent', soon: 'Soon' }) as Record<string, string>)[urgency] ?? urgency,
  /** What to do (the clinic's help text), leading into the list of signs: "Call … now if you have:". */
  urgencyIf: (action: string) => `${action.trim().replace(/[.!;:]+$/, '')} if you have:`,
  crisisName: 'Crisis support:',
  sourceLabel: 'Source:',
  opensInNewTab: '(opens in a new tab)',
  /** After a living web page's publisher: when we checked it, e.g. "page checked November 2026". */
  sourceChecked: (date: string) => `page checked ${date}`,
  /** After a living web page's publisher: when it says it was last updated. */
  sourceUpdated: (date: string) => `page updated ${date}`,
};

/** `<bw-technique-card>` and `<bw-technique-list>` */
export const techniqueCard = {
  alsoCalled: (names: string) => `Also called ${names}`,
  /** The words for a pressure level (the dataset's ids are the English words). */
  pressureWord: (level: string) => level,
  pressure: (word: string, scale: number) => `Pressure: ${word}, ${scale} out of 5`,
  /** A compact card's pressure: the words shown beside the dots, then the scale for screen readers only. */
  pressureShort: (word: string) => `Pressure: ${word}`,
  pressureScale: (scale: number) => `, ${scale} out of 5`,
  oftenUsedFor: 'Often used for',
  bodyAreas: (names: string) => `Body areas: ${names}`,
  safetyFirst: 'Safety first',
  /** A compact card's one safety line, a button that opens the details: "3 safety checks". */
  safetyChecks: (count: number) => (count === 1 ? '1 safety check' : `${count} safety checks`),
  /** A compact card in a list whose every precaution is shown once above the cards. */
  safetySeeAbove: 'Safety: see above',
  /** Above a list's cards: the precautions every technique shown shares, said once. */
  beforeAnyMassage: 'Before any massage',
  /** What a technique cannot do: the claims the evidence goes against, in the full card's details. */
  cannotDo: 'What it can’t do',
  cannotDoIntro: 'Things people sometimes say about it that research has not backed up.',
  takeCare: 'Take care if',
  learnMore: 'Learn more',
  /** Read after a button or link's visible text so it makes sense out of context: "Learn more (Swedish massage)". */
  aboutName: (name: string) => `(${name})`,
  howItIsDone: 'How it is done',
  whatItFeelsLike: 'What it feels like',
  typicalSession: 'Typical session',
  sessionMinutes: (min: number, max: number) => (min === max ? `${min} minutes` : `${min} to ${max} minutes`),
  whatTheEvidenceSays: 'What the evidence says',
  evidenceIntro: 'Each finding says how sure the research is, from high certainty down to very low.',
  certainty: (id: string) =>
    (
      ({
        high: 'High certainty',
        moderate: 'Moderate certainty',
        low: 'Low certainty',
        'very-low': 'Very low certainty',
        insufficient: 'Not enough evidence',
        'not-supported': 'Not supported by evidence',
      }) as Record<string, string>
    )[id] ?? id,
  studied: (population: string, comparator: string) => `Studied: ${population}. Compared with: ${comparator}.`,
  sideEffects: 'Side effects',
  /** Before the list of a side effect's sources. */
  sourcesLabel: 'Sources:',
  /** When the technique's content was last reviewed, e.g. "Content reviewed December 2026". */
  /** When and by whom an item was last checked against its sources: "Checked against its sources in December 2026. Reviewer: content editor (not a clinician)." */
  reviewedOn: (date: string, role: string) => `Checked against its sources in ${date}. Reviewer: ${role}.`,
  /** Above a condition's techniques: what has the best support for it. */
  bestSupported: 'What helps most',
  relatedTechniques: 'Related techniques',
  tryAtHome: 'Try at home',
  tryRoutine: (title: string) => `Try at home: ${title}`,
  /** The booking link, with the technique's name: "Book Deep tissue massage". */
  bookNamed: (name: string) => `Book ${name}`,
  /** After a list's first, most relevant techniques: reveals the others used there sometimes. */
  showAll: (count: number) => `Show all ${count}`,
  showFewer: 'Show only the usual ones',
  /** The count when more techniques are used there only sometimes: "6 techniques often used for Neck, of 19". */
  techniqueCountOf: (shown: number, total: number, topic: string) =>
    `${shown === 1 ? '1 technique' : `${shown} techniques`} often used for ${topic}, of ${total}`,
  techniqueCount: (count: number, topic: string) =>
    `${count === 1 ? '1 technique' : `${count} techniques`}${topic ? ` for ${topic}` : ''}`,
  noTechniques: (topic: string) =>
    `There are no techniques ${topic ? `for ${topic} ` : ''}to show yet. Try another area, or ask your therapist.`,
  /** The kinds of id named in unknownId. */
  idKind: (kind: string) =>
    (
      ({ technique: 'technique', area: 'body area', region: 'body region', condition: 'condition' }) as Record<
        string,
        string
      >
    )[kind] ?? kind,
  noTechnique: 'No technique was chosen.',
  invalidUrl: (attribute: string, value: string) =>
    `The ${attribute} “${value}” was ignored: use an http or https address.`,
};

/** `<bw-stretch-timer>` */
export const stretchTimer = {
  timerStart: 'Start',
  timerPause: 'Pause',
  timerResume: 'Resume',
  timerStartAgain: 'Start again',
  timerPrevious: 'Previous',
  timerNext: 'Next',
  timerRestart: 'Restart',
  timerStop: 'Stop — this hurts',
  timerKeys: 'Space starts or pauses. The left and right arrow keys go to the previous or next step.',
  timerAbout: (minutes: number) => (minutes <= 1 ? 'About 1 minute' : `About ${minutes} minutes`),
  timerBeforeStart: 'Before you start',
  timerSteps: 'Steps',
  timerPlan: (seconds: number, repetitions: number, sides: boolean) =>
    `${seconds} s${sides ? ' each side' : ''}${repetitions > 1 ? `, ${repetitions} times` : ''}`,
  timerPrep: 'Get ready',
  timerMove: 'Get into position',
  timerSwitch: 'Switch sides',
  timerHold: 'Hold',
  timerRest: 'Rest',
  /** Where the body is for a step, after its plan: "standing", "in a chair", "lying in bed" and so on. */
  timerPosition: (position: string) =>
    (
      ({
        standing: 'standing',
        chair: 'in a chair',
        bed: 'lying in bed',
        'bed-sitting': 'sitting up in bed',
        floor: 'lying on the floor',
        'floor-sitting': 'sitting on the floor',
        'floor-face-down': 'lying face down',
        kneeling: 'kneeling',
      }) as Record<string, string>
    )[position] ?? position,
  /** The routine's evidence, before the start. */
  timerResearch: 'What the research says',
  timerPaused: 'Paused',
  timerSide: (side: string) => `${side} side`,
  timerTimeLeft: 'Time left',
  /** The time left as a screen reader says it. */
  timerSpoken: (minutes: number, seconds: number) =>
    `${minutes ? `${minutes} min ` : ''}${seconds} ${seconds === 1 ? 'second' : 'seconds'}`,
  timerStepOf: (step: number, steps: number) => `Step ${step} of ${steps}`,
  timerRepOf: (repetition: number, repetitions: number) => `Repetition ${repetition} of ${repetitions}`,
  timerLeftInRoutine: (time: string) => `${time} left in the routine`,
  timerUpNext: 'Up next:',
  timerTheEnd: 'the end',
  timerCompleteTitle: 'Well done — routine complete',
  timerCompleteText: (time: string) => `You took ${time}. Rest a moment before you get up.`,
  timerStoppedTitle: 'Stopped',
  timerStoppedText:
    'Stop the movement now and rest. Do not push into pain. If the pain is sharp, or has not settled by tomorrow, see a physiotherapist or a doctor.',
  timerSettings: 'Settings',
  timerHoldLength: 'Hold length',
  timerScale: (scale: string, word: string) => `${scale}× (${word})`,
  timerShorter: 'shorter',
  timerAsSet: 'as set',
  timerLonger: 'longer',
  timerSound: 'Sound',
  timerVoice: 'Voice',
  timerVibrate: 'Vibration',
  // Spoken by the voice and announced to screen readers
  timerSayPrep: (title: string, seconds: number) => `Get ready for ${title}. Starting in ${seconds} seconds.`,
  timerSayHold: (seconds: number) => `Hold for ${seconds} seconds.`,
  timerSayMove: (title: string, position: string, seconds: number) =>
    `Take your time to get into position, ${position}, for ${title}. ${seconds} seconds.`,
  timerSaySwitch: (side: string) => `Switch to your ${side} side.`,
  timerSayRest: (seconds: number) => `Rest for ${seconds} seconds.`,
  timerSayComplete: 'Routine complete. Well done.',
  timerSayVoiceOn: 'Voice cues are on.',
  // Bad input
  timerBadRoutine: (problems: string) => `This routine cannot be played. ${problems}`,
  expectRoutine: 'the id of a routine, or a routine object',
  timerNoRoutine: 'No routine is chosen yet.',
  /** Copies an address of the page that opens this routine in a timer. */
  timerShareLink: 'Copy a link to this routine',
  timerShareCopied: 'Link copied. Anyone who opens it sees this routine.',
  timerShareManual: 'Copy this link to share the routine:',
  timerShareTooLong: 'This routine is too long to fit in a link.',
  /** A routine from a shared link that cannot be played. */
  timerBadLink: (problems: string) => `The routine in this link cannot be played. ${problems}`,
  /** Above the routines to choose from, when the timer has none (or an unknown one). */
  timerChooseTitle: 'Choose a routine',
  /** The first group of the chooser: routines for the areas chosen on the body map. */
  timerForChoice: (areas: string) => `For ${areas}`,
  timerOtherRoutines: 'Other routines',
  /** The chooser's filter: routines done wholly in one place, for people who cannot stand or get down to the floor. */
  timerChoosePlace: 'Where can you do it?',
  timerPlaceAny: 'Anywhere',
  timerPlaceOnly: (place: string) =>
    ({ standing: 'Standing', chair: 'In a chair', bed: 'In bed', floor: 'On the floor' })[place] ?? place,
  timerNoneThere: 'No routine is done wholly there. Choose another place.',
  /** Where a routine is done, in the chooser. */
  timerPlace: (place: string) =>
    ({ standing: 'standing', chair: 'in a chair', bed: 'in bed', floor: 'on the floor' })[place] ?? place,
  expectClock: 'an object with now(), setTimeout() and clearTimeout()',
};

/** `<bw-provider>` */
export const provider = {
  expectOverrides: 'clinic data: an object, or JSON text',
  /** Title of the summary shown to the site author with the debug attribute. */
  providerDebugTitle: 'Clinic set-up problems',
  providerProblemCount: (count: number) => (count === 1 ? '1 problem was found.' : `${count} problems were found.`),
  providerUsesBundled: 'The clinic data was not used: the elements show the bundled content.',
  providerDebugNote: 'This box is shown because the provider has the debug attribute. Remove it before publishing.',
  providerBadBookingUrl: (value: string) =>
    `The booking-url “${value}” was ignored: use an http or https address, such as https://clinic.example/book?treatment={technique}.`,
  providerUnknownRegions: (ids: string) =>
    `These body regions are not in the data and were left out of the selection: ${ids}.`,
  /** Name of the "Try at home" dialog when its routine has no title in the data. */
  providerTryAtHome: 'Try at home',
  /** The button that closes the "Try at home" dialog. */
  providerClose: 'Close',
  /** After a choice on the body map, beside the summary of what was found: takes focus to the list. */
  providerShowResults: 'Show them',
};

/** Every term: the complete English translation. */
// (A pure call rather than a spread, so bundlers can drop it and the groups no entry uses.)
export const en: typeof common &
  typeof errors &
  typeof bodyMap &
  typeof warnings &
  typeof techniqueCard &
  typeof stretchTimer &
  typeof provider = /* @__PURE__ */ Object.assign(
  {},
  common,
  errors,
  bodyMap,
  warnings,
  techniqueCard,
  stretchTimer,
  provider,
);

type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends 'ltr' | 'rtl'
    ? 'ltr' | 'rtl'
    : T extends string
      ? string
      : T;

/** The shape of a complete translation. */
export type Translation = { [K in keyof typeof en]: Widen<(typeof en)[K]> };

/** A translation that may leave terms out; they fall back to English. */
export type PartialTranslation = Pick<Translation, '$code' | '$name' | '$dir'> & Partial<Translation>;

/** Keys of translatable terms (the `$` keys are metadata). */
export type TermKey = Exclude<keyof Translation, `$${string}`>;
