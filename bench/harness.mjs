// Browser side of `npm run bench`: loads the bundles run.mjs built into bench/.out/ and exposes
// the measurements as `window.bench`. run.mjs opens harness.html?suite=compare|list|timer, each
// suite in a fresh page, and calls these functions with page.evaluate. Times are in ms.

const suite = new URLSearchParams(location.search).get('suite');
const stage = document.getElementById('stage');
const now = () => performance.now();
/** Outside timed regions: collect garbage (Chromium runs with --expose-gc) and settle layout. */
const settle = () => {
  globalThis.gc?.();
  document.body.getBoundingClientRect();
};

// ---- Body map vs react-body-highlighter ----------------------------------------------------

async function compareSuite() {
  await import('./.out/body-map.js');
  const {
    createElement: h,
    createRoot,
    flushSync,
    Model,
    MuscleType,
  } = await import('./.out/react-body-highlighter.js');

  // The app owns react-body-highlighter's selection (it has none of its own): a click would
  // set it. Ours owns it. Both get a handler, as a real page would wire one.
  const onMuscleClick = () => {};
  const pair = (muscles) => {
    const data = muscles.length ? [{ name: 'Selected', muscles }] : [];
    return h(
      'div',
      { className: 'rbh-pair' },
      h(Model, { type: 'anterior', data, onClick: onMuscleClick }),
      h(Model, { type: 'posterior', data, onClick: onMuscleClick }),
    );
  };

  const ours = {
    async mount() {
      const map = document.createElement('bw-body-map'); // view "both" by default: front and back
      map.addEventListener('bw-region-select', () => {});
      stage.append(map);
      await map.updateComplete;
      map.getBoundingClientRect();
      return map;
    },
    ids: (map) => map.regions.map((r) => r.id),
    async select(map, id) {
      map.value = id;
      await map.updateComplete;
      map.getBoundingClientRect();
    },
    unmount(map) {
      map.remove();
    },
    shapes: (map) => map.shadowRoot.querySelectorAll('path.shape').length,
    nodes: (map) => map.shadowRoot.querySelectorAll('*').length,
    selectedShapes: (map) => map.shadowRoot.querySelectorAll('.region.selected').length,
  };

  const theirs = {
    async mount() {
      const container = document.createElement('div');
      stage.append(container);
      const root = createRoot(container);
      flushSync(() => root.render(pair([])));
      container.getBoundingClientRect();
      return { root, container };
    },
    ids: () => Object.values(MuscleType),
    async select(mounted, id) {
      flushSync(() => mounted.root.render(pair([id])));
      mounted.container.getBoundingClientRect();
    },
    unmount({ root, container }) {
      root.unmount();
      container.remove();
    },
    shapes: ({ container }) => container.querySelectorAll('polygon').length,
    nodes: ({ container }) => container.querySelectorAll('*').length,
    // Unselected polygons have the body colour (#B6BDC3 by default).
    selectedShapes: ({ container }) =>
      [...container.querySelectorAll('polygon')].filter((p) => p.style.fill && p.style.fill !== 'rgb(182, 189, 195)')
        .length,
  };

  const subjects = { ours, theirs };

  /** Mount and unmount each once, reporting what they draw. */
  async function describe() {
    const out = {};
    for (const [name, s] of Object.entries(subjects)) {
      const mounted = await s.mount();
      const ids = s.ids(mounted);
      const before = s.selectedShapes(mounted);
      await s.select(mounted, ids[0]);
      const rect = (mounted.container ?? mounted).getBoundingClientRect();
      out[name] = {
        shapes: s.shapes(mounted),
        nodes: s.nodes(mounted),
        selectableIds: ids.length,
        selectedBefore: before,
        selectedAfter: s.selectedShapes(mounted),
        width: Math.round(rect.width),
        height: Math.round(rect.height),
      };
      s.unmount(mounted);
    }
    settle();
    return out;
  }

  /** Create, mount, render to commit, style and layout; ours and theirs alternate, taking turns going first. */
  async function firstRender({ warmup, runs }) {
    const times = { ours: [], theirs: [] };
    const cold = {};
    for (let i = 0; i < warmup + runs; i++) {
      const order = i % 2 ? ['theirs', 'ours'] : ['ours', 'theirs'];
      for (const name of order) {
        settle();
        const start = now();
        const mounted = await subjects[name].mount();
        const elapsed = now() - start;
        subjects[name].unmount(mounted);
        if (!(name in cold)) cold[name] = elapsed;
        if (i >= warmup) times[name].push(elapsed);
      }
    }
    settle();
    return { times, cold };
  }

  /** `changes` programmatic selection changes on a fresh mount (not timed), each followed by a forced layout. */
  async function selection({ warmup, runs, changes }) {
    const times = { ours: [], theirs: [] };
    const checks = { ours: [], theirs: [] };
    for (let i = 0; i < warmup + runs; i++) {
      const order = i % 2 ? ['theirs', 'ours'] : ['ours', 'theirs'];
      for (const name of order) {
        const s = subjects[name];
        const mounted = await s.mount();
        const ids = s.ids(mounted);
        settle();
        const start = now();
        for (let c = 0; c < changes; c++) await s.select(mounted, ids[c % ids.length]);
        const elapsed = now() - start;
        checks[name].push(s.selectedShapes(mounted));
        s.unmount(mounted);
        if (i >= warmup) times[name].push(elapsed);
      }
    }
    settle();
    return { times, selectedAtEnd: { ours: Math.min(...checks.ours), theirs: Math.min(...checks.theirs) } };
  }

  return { describe, firstRender, selection };
}

// ---- Technique list --------------------------------------------------------------------------

async function listSuite() {
  await import('./.out/elements.js');

  async function listRender({ warmup, runs }) {
    const scripted = [];
    const total = [];
    let cards = 0;
    let cold;
    for (let i = 0; i < warmup + runs; i++) {
      settle();
      const start = now();
      const list = document.createElement('bw-technique-list'); // no filter: every technique
      stage.append(list);
      await list.updateComplete;
      const rendered = [...list.shadowRoot.querySelectorAll('bw-technique-card')];
      await Promise.all(rendered.map((card) => card.updateComplete));
      const script = now() - start;
      list.getBoundingClientRect();
      const elapsed = now() - start;
      cards = rendered.length;
      list.remove();
      cold ??= elapsed;
      if (i >= warmup) {
        scripted.push(script);
        total.push(elapsed);
      }
    }
    settle();
    return { scripted, total, cards, cold };
  }

  return { listRender };
}

// ---- Stretch timer ---------------------------------------------------------------------------

async function timerSuite() {
  const { routines, routineDurationSeconds, routineSegments } = await import('./.out/elements.js');

  /**
   * A 60 s routine made from the first bundled routine's metadata and steps: 5 s prep, a 15 s
   * hold on each side with the timer's 5 s to change sides between them and 5 s rest, then a 15 s
   * hold = 60 s, 6 segments.
   */
  function sixtySecondRoutine() {
    const base = routines[0];
    const [first, second] = base.steps;
    return {
      ...base,
      id: 'bench-60s',
      title: `${base.title} (60 s benchmark)`,
      prepSeconds: 5,
      steps: [
        { ...second, holdSeconds: 15, sides: 'left-then-right', repetitions: 1, restSeconds: 5 },
        { ...first, holdSeconds: 15, sides: 'none', repetitions: 1, restSeconds: 0 },
      ],
    };
  }

  let timer;
  let frames = [];
  let observer;

  async function prepare() {
    const routine = sixtySecondRoutine();
    timer = document.createElement('bw-stretch-timer');
    const errors = [];
    timer.addEventListener('bw-error', (e) => errors.push(e.detail.message));
    timer.routine = routine;
    stage.append(timer);
    await timer.updateComplete;
    timer.getBoundingClientRect();
    settle();
    return {
      seconds: routineDurationSeconds(routine),
      segments: routineSegments(routine).length,
      errors,
      state: timer.state,
      visibility: document.visibilityState,
    };
  }

  /** Idles for `ms` with the timer shown but not started (for the baseline). */
  const idle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  let done;
  /** Starts the routine; `finished()` resolves when it completes. */
  function start() {
    frames = [];
    observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) frames.push({ duration: e.duration, blocking: e.blockingDuration ?? 0 });
    });
    try {
      observer.observe({ type: 'long-animation-frame' });
    } catch {
      observer = undefined; // not supported: the long-frame figures stay empty
    }
    const steps = [];
    const started = now();
    done = new Promise((resolve) => {
      timer.addEventListener('bw-step-change', (e) => steps.push(e.detail.phase));
      timer.addEventListener(
        'bw-timer-complete',
        (e) => resolve({ wallMs: now() - started, elapsedMs: e.detail.elapsedMs, steps: steps.length }),
        { once: true },
      );
    });
    return timer.start();
  }

  async function finished() {
    const result = await done;
    observer?.disconnect();
    return {
      ...result,
      longFrames: frames.length,
      longFrameMs: frames.reduce((sum, f) => sum + f.duration, 0),
      blockingMs: frames.reduce((sum, f) => sum + f.blocking, 0),
      loafSupported: Boolean(observer),
      visibility: document.visibilityState,
      state: timer.state,
    };
  }

  return { prepare, idle, start, finished };
}

const suites = { compare: compareSuite, list: listSuite, timer: timerSuite };
if (!suites[suite]) throw new Error(`harness.html: unknown ?suite=${suite}`);
window.bench = await suites[suite]();
