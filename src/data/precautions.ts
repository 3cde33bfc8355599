import type { Precaution, PrecautionKind, Reviewed, Urgency, WarningSign } from './types.js';

/*
 * Who should be careful, and what to do.
 *
 * `general` precautions apply whether or not an item lists them: `true` to every technique and
 * routine, `'techniques'` or `'routines'` to those only.
 *
 * Red flags are warning signs, each with how urgent it is:
 *   emergency  call the local emergency number now (the clinic can name it in its `help` texts);
 *   same-day   get medical help today;
 *   soon       see a doctor or physiotherapist in the next few days.
 * The tiers follow the patient pages cited (mostly the NHS, whose pages sort signs into "call 999",
 * "urgent GP or 111" and "see a GP"); no phone number or national service is written here. Every
 * condition leads with a red-flag set of its own, and every body area has one (areas.ts).
 *
 * A clinic can add precautions and signs but never remove them (merge.ts).
 */

const reviewed: Reviewed = { date: '2026-12-03', role: 'content editor (not a clinician)' };

const sign =
  (urgency: Urgency) =>
  (text: string): WarningSign => ({ text, urgency });
const now = sign('emergency');
const today = sign('same-day');
const soon = sign('soon');

function precaution(
  id: string,
  kind: PrecautionKind,
  title: string,
  when: string,
  action: string,
  sources: string[],
  extra: Partial<Pick<Precaution, 'general' | 'crisis' | 'tools' | 'positions'>> = {},
): Precaution {
  return { id, kind, title, when, action, ...extra, sources, reviewed };
}

/**
 * A red flag. Its action says what to do about massage and exercise; `HOLD` is the shared wording
 * (so a page that shows several says it once), and for a set with signs that only need a visit in
 * the next few days it adds that moving gently is fine meanwhile: long-lasting pain meets those
 * signs often, and rest would not help it.
 */
function redFlag(
  id: string,
  title: string,
  when: string,
  action: string,
  signs: WarningSign[],
  sources: string[],
  crisis = false,
): Precaution {
  const text = action === HOLD && signs.some((s) => s.urgency === 'soon') ? `${HOLD} ${KEEP_MOVING}` : action;
  return { id, kind: 'red-flag', title, when, action: text, signs, ...(crisis ? { crisis } : {}), sources, reviewed };
}

const HOLD = 'If a sign needs help now or today, skip massage and exercises for the pain until you are checked.';
const KEEP_MOVING = 'With the other signs, book a visit, and keep gently active while you wait.';

export const precautions: Precaution[] = [
  // ---- For everyone ----------------------------------------------------------------------
  precaution(
    'trained-therapist',
    'consult-first',
    'Choose a trained therapist',
    'Before you book.',
    'Choose a trained, licensed or registered therapist. Tell them about your health and your medicines.',
    ['nccih-massage'],
    { general: 'techniques' },
  ),
  precaution(
    'not-instead-of-care',
    'consult-first',
    'Massage adds to medical care',
    'At all times.',
    'Use it as well as, not instead of, care from your doctor. Do not let it put off a visit about a new or changing problem.',
    ['nccih-massage'],
    { general: true },
  ),
  precaution(
    'stop-if-sharp',
    'avoid',
    'Stop if pain gets sharp',
    'During any massage, stretch or exercise.',
    'A mild ache or pull is normal and is not a sign of harm. Stop, or ask for less pressure, if the pain turns sharp, spreads, or stays after you stop.',
    ['mayo-massage'],
    { general: true },
  ),
  precaution(
    'check-first',
    'consult-first',
    'Check first if your pain is new',
    'Your pain is new or getting worse, or you have had surgery or a joint replaced.',
    'Ask a physiotherapist or doctor which moves suit you before you start. Begin with a few moves and do a bit more each week.',
    ['nice-ng59', 'nice-ng193'],
    { general: 'routines' },
  ),

  // ---- Who should not have pressure there, or should ask first ------------------------------
  precaution(
    'blood-clot',
    'avoid',
    'Blood clots (deep vein thrombosis)',
    'You have, or might have, a blood clot in a vein.',
    'Do not have massage and do not press on your legs. See a doctor first.',
    ['mayo-massage', 'nhs-dvt'],
  ),
  precaution(
    'bleeding-risk',
    'lighter-pressure',
    'Bleeding problems or blood thinners',
    'You bleed or bruise easily, have low platelets, or take blood thinners.',
    'Avoid deep or strong pressure, rollers and tools. Ask your doctor what is safe for you.',
    ['nccih-massage', 'mayo-massage'],
    { tools: ['ball', 'foam-roller'] },
  ),
  precaution(
    'fracture-or-surgery',
    'avoid-area',
    'Recent broken bone or surgery',
    'A bone in the area is broken, or a wound from an operation is still healing.',
    'Keep massage and tools away from it until your care team says it has healed.',
    ['mayo-massage'],
  ),
  precaution(
    'osteoporosis',
    'lighter-pressure',
    'Weak bones (osteoporosis)',
    'You have osteoporosis, or a bone has broken after a small bump or fall.',
    'Ask your doctor first. Use only light pressure, and skip rollers, massage guns and deep work over bone.',
    ['nccih-massage', 'mayo-massage'],
    { tools: ['ball', 'foam-roller'] },
  ),
  precaution(
    'skin-damage',
    'avoid-area',
    'Wounds, burns or skin infection',
    'The skin is broken, burned, healing or infected.',
    'Do not massage, roll, scrape or put cups on that area.',
    ['mayo-massage'],
  ),
  precaution(
    'fresh-injury',
    'avoid-area',
    'A fresh injury',
    'A muscle or joint was hurt in the last few days.',
    'For the first 2 or 3 days, skip massage there. Keep moving gently as pain allows. A cold pack may help. A joint that turns hot and swollen with no injury needs a check today.',
    ['nhs-sprains'],
  ),
  precaution(
    'unwell',
    'avoid',
    'Fever or feeling unwell',
    'You have a fever or an infection, or you feel ill.',
    'Wait until you are well again.',
    ['nccih-massage'],
  ),
  precaution(
    'cancer',
    'consult-first',
    'Cancer',
    'You have cancer, are having treatment for it, or it has spread to your bones.',
    'Ask your cancer team first and choose a therapist trained in cancer care. Only gentle massage, with no pressure on a tumour, a treated area, a line or a port. If cancer is in your bones, no firm pressure at all.',
    ['nbt-macmillan', 'cruk-massage'],
  ),
  precaution(
    'pregnancy',
    'consult-first',
    'Pregnancy',
    'You are pregnant.',
    'Talk with your midwife or doctor first. From about 28 weeks, lie on your side, not flat on your back or front.',
    ['nccih-massage', 'sleep-position-pregnancy'],
    { positions: ['bed', 'floor', 'floor-face-down'] },
  ),
  precaution(
    'varicose-veins',
    'avoid-area',
    'Varicose veins',
    'You have swollen, twisted veins, most often on the legs.',
    'Do not press on them, roll over them, or use a massage gun or cups there.',
    ['nbt-macmillan', 'nhs-varicose-veins'],
  ),
  precaution(
    'numb-feet',
    'consult-first',
    'Diabetes or numb feet',
    'You have diabetes, or your feet or legs are numb or tingle.',
    'Ask your doctor or foot team first. Press gently, never use heat, and check your skin for marks after.',
    ['bdct-neuropathy', 'nidirect-neuropathy'],
  ),
  precaution(
    'joint-replacement',
    'consult-first',
    'A hip or knee replacement',
    'You have had a hip or knee replaced.',
    'Ask your surgeon or physiotherapist which stretches are safe. Some moves, such as deep hip bends or crossing your legs, may not be.',
    ['cuh-hip-replacement'],
  ),
  precaution(
    'lymphoedema',
    'consult-first',
    'Lymphoedema',
    'An arm or leg swells because of lymph problems, or lymph nodes were taken out.',
    'Ask your lymphoedema team first. No firm massage on that limb. Lymph drainage should be done or taught by a trained therapist.',
    ['nhs-lymphoedema', 'coventry-lymphoedema'],
  ),
  precaution(
    'heat-burns',
    'avoid',
    'Heat on numb skin',
    'Your skin is numb, or you have diabetes or poor blood flow.',
    'Heat can burn you without you feeling it. Do not use hot stones, heat packs or hot water bottles there.',
    ['bdct-neuropathy', 'nhs-sciatica'],
  ),
  precaution(
    'front-of-neck',
    'avoid-area',
    'The front and sides of the neck',
    'Any pressure, tool or massage gun near the neck.',
    'Never press hard, and never use a massage gun, cups or a scraping tool, on the front or sides of the neck.',
    ['sulkowski-2022', 'yin-2014'],
  ),

  // ---- Red flags: by body area and by condition -------------------------------------------
  redFlag(
    'back-pain-red-flags',
    'Back pain warning signs',
    'You have back pain and any of these signs.',
    HOLD,
    [
      now('Numb or tingling skin around your genitals or your bottom'),
      now('New trouble peeing, or you cannot control your bladder or bowels'),
      now('Pain, tingling, weakness or numbness in both legs'),
      now('Chest pain'),
      now('The pain began after a serious accident, such as a car crash'),
      today('A high temperature, or you feel hot and shivery'),
      today('Weight loss that you cannot explain'),
      today('A lump or swelling in your back, or your back has changed shape'),
      today('Pain that does not ease when you rest, or is worse at night'),
      today('Pain high in your back, between your shoulder blades'),
      today('Pain that gets worse when you cough, sneeze or poo'),
      today('New back pain, and you have had cancer'),
      soon('New back pain, and you take steroid tablets for a long time'),
      soon('Pain that is getting worse or has changed'),
      soon('Pain that has lasted a few weeks, and no doctor or physio has checked it'),
    ],
    ['nhs-back-pain', 'verhagen-2016'],
  ),
  redFlag(
    'sciatica-red-flags',
    'Sciatica warning signs',
    'You have pain down your leg and any of these signs.',
    HOLD,
    [
      now('Sciatica in both legs'),
      now('Weakness or numbness in both legs that is bad or getting worse'),
      now('Numbness around your genitals or back passage'),
      now('You cannot pee, find it hard to start, or cannot control it'),
      now('You cannot control when you poo, or do not notice that you need to'),
      soon('Pain that is getting worse, or stops you doing your daily tasks'),
      soon('No better after a few weeks of looking after it yourself'),
    ],
    ['nhs-sciatica'],
  ),
  redFlag(
    'neck-red-flags',
    'Neck pain warning signs',
    'Your neck pain comes with any of these signs.',
    HOLD,
    [
      now('Sudden weakness, or your arms or legs will not do what you want'),
      now('Sudden numbness, or pins and needles that stay, in your face, arm or hand'),
      now('You faint, see double, or find it hard to speak or swallow'),
      now('A high temperature with a stiff neck or a rash'),
      now('Neck pain after a fall or a crash'),
      now('An electric-shock feeling that runs down your arms or legs'),
      today('Your hands feel clumsy, or walking or balance is getting harder'),
      today('Dizziness that keeps coming back, with your neck pain'),
      today('Neck pain with a fever or weight loss you cannot explain, or you have had cancer'),
      soon('Pins and needles, or a cold feeling, in your arm'),
      soon('Pain or stiffness that has lasted a few weeks, and no doctor or physio has checked it'),
    ],
    ['sheffield-whiplash', 'nhs-neck-pain', 'nhs-headaches'],
  ),
  redFlag(
    'whiplash-red-flags',
    'Whiplash warning signs',
    'Your neck was hurt in a crash, a fall or a knock, and you have any of these signs.',
    HOLD,
    [
      now('Any injury, or a worry that you are hurt, right after a road crash'),
      now('Sudden weakness, numbness, or clumsy arms or legs'),
      now('An electric shock feeling in your neck or back that runs into your arms or legs'),
      now('You faint, see double, or find it hard to speak or swallow'),
      soon('Neck pain and stiffness after a recent crash or a blow to the head'),
    ],
    ['nidirect-whiplash', 'sheffield-whiplash'],
  ),
  redFlag(
    'shoulder-red-flags',
    'Shoulder and arm warning signs',
    'You have shoulder or arm pain and any of these signs.',
    HOLD,
    [
      now('Chest pain, or arm pain that spreads to your chest, jaw, neck or back'),
      now('Shortness of breath, sweating or feeling sick with the pain'),
      now('Sudden weakness or numbness in your face, an arm or a leg'),
      today('Sudden or very bad shoulder pain'),
      today('You cannot move your arm, or it has changed shape or is badly swollen'),
      today('Pins and needles that do not go away, or no feeling in your arm'),
      today('Your arm or shoulder feels hot, or cold, to touch'),
      today('The pain began after a fall or an injury'),
      today('Bad pain in both shoulders'),
      today('You feel hot and feverish'),
      soon('Pain that is getting worse, or has not eased after 2 weeks and no one has checked it'),
    ],
    ['nhs-shoulder-pain', 'nhs-heart-attack', 'nhs-stroke'],
  ),
  redFlag(
    'chest-red-flags',
    'Chest pain warning signs',
    'You have pain in your chest or upper body.',
    'Stop at once. Do not wait to see if it passes.',
    [
      now('Chest pain that feels heavy or tight, or spreads to your arms, neck, jaw or back'),
      now('Chest pain with shortness of breath, sweating or feeling sick'),
      now('Chest pain that lasts more than 15 minutes'),
    ],
    ['nhs-heart-attack'],
  ),
  redFlag(
    'headache-red-flags',
    'Headache warning signs',
    'You have a headache and any of these signs.',
    HOLD,
    [
      now('A headache that came on all of a sudden and is extremely painful'),
      now('A bad head injury'),
      now('Sudden trouble speaking or remembering, or loss of sight'),
      now('Feeling drowsy or confused'),
      now('A high temperature with a stiff neck or a rash'),
      now('The white of your eye has turned red'),
      now('Sudden weakness or numbness in your face, an arm or a leg'),
      today('Your jaw hurts when you eat, or your scalp is sore'),
      today('Blurred or double vision'),
      today('Numbness or weakness in your arms or legs that came on slowly'),
      soon('Headaches that keep coming back, or that painkillers do not help'),
    ],
    ['nhs-headaches', 'nidirect-gca', 'nhs-stroke'],
  ),
  redFlag(
    'migraine-red-flags',
    'Migraine warning signs',
    'Your migraine feels different from usual, or comes with any of these signs.',
    HOLD,
    [
      now('Weakness in one or both arms, or in one side of your face'),
      now('Slurred or jumbled speech'),
      now('A sudden, very bad headache, worse than any you have had'),
      now('A headache with a fever, a stiff neck, confusion, a fit, double vision or a rash'),
      soon('Migraines on more than 5 days a month'),
      soon('Attacks that painkillers taken now and then do not control'),
    ],
    ['nhs-migraine'],
  ),
  redFlag(
    'jaw-red-flags',
    'Jaw pain warning signs',
    'You have pain in your jaw, ear or temple and any of these signs.',
    HOLD,
    [
      now('Jaw pain with chest pain, shortness of breath or sweating'),
      now('Sudden loss of sight, in one or both eyes'),
      now('Sudden weakness or numbness in your face, an arm or a leg'),
      today(
        'You are over 50 and your jaw hurts when you chew, with a headache at your temples, a sore scalp or changes in sight',
      ),
      today('Double or blurred vision'),
      soon('Bad headaches that come often'),
      soon('You cannot eat or drink properly'),
      soon('Pain that keeps coming back, or keeps you awake'),
    ],
    ['nhs-tmd', 'nidirect-gca', 'nhs-heart-attack', 'nhs-stroke'],
  ),
  redFlag(
    'hand-red-flags',
    'Hand and wrist warning signs',
    'You have hand or wrist pain and any of these signs.',
    HOLD,
    [
      now('Sudden weakness or numbness in your face, an arm or a leg'),
      today('A joint suddenly turns hot, red, swollen and very painful'),
      today('A hot, swollen joint with a high temperature, or you feel sick'),
      soon('Several swollen joints, and stiffness for more than an hour in the morning'),
      soon('New numbness or weakness in your hand that came on slowly'),
    ],
    ['nhs-wales-gout', 'nhs-rheumatoid-arthritis', 'nhs-stroke'],
  ),
  redFlag(
    'carpal-tunnel-red-flags',
    'Carpal tunnel warning signs',
    'You have numb, tingling or painful fingers and any of these signs.',
    'Book a visit with a doctor. Until then, keep gently active with hand moves that do not make it worse.',
    [
      soon('Numbness that does not go away, even when you rest'),
      soon('A weak grip, or the muscle at the base of your thumb looks flat or thin'),
      soon('It is getting worse, or does not ease with a wrist splint'),
    ],
    ['nhs-carpal-tunnel'],
  ),
  redFlag(
    'belly-red-flags',
    'Belly pain warning signs',
    'You have pain in your belly and any of these signs.',
    'Do not massage your belly. Get checked.',
    [
      now('Very bad belly pain, or pain that goes through to your back'),
      now('Vomiting blood, or black or bloody poo'),
      now('Fainting or collapse'),
      now('Heavy bleeding from your vagina'),
      today('A fever, or you feel hot and shivery'),
    ],
    ['uclh-abdominal-pain'],
  ),
  redFlag(
    'hip-red-flags',
    'Hip warning signs',
    'You have hip pain and any of these signs.',
    HOLD,
    [
      now('After a fall, your hip hurts and you cannot walk or put weight on that leg'),
      now('Your leg looks shorter, or is turned out at an odd angle'),
      today('Your hip is hot, swollen or a different colour'),
      today('Hip pain with a high temperature, or you feel hot and shivery'),
      today('Sudden, bad hip pain with no injury'),
      soon('Pain that is getting worse, or stops you doing your daily tasks'),
    ],
    ['nhs-hip-pain'],
  ),
  redFlag(
    'knee-red-flags',
    'Knee warning signs',
    'You have knee pain and any of these signs.',
    HOLD,
    [
      today('After a fall or a twist, you cannot put weight on it, it looks misshapen, or it swells a lot'),
      today('The knee is hot, red and swollen'),
      today('The knee locks, or gives way'),
      today('A high temperature, or you feel hot and shivery'),
      soon('More and more of your joints are painful'),
      soon('Pain much worse at night, or with night sweats or weight loss you cannot explain'),
      soon('Pain that does not change with rest or movement'),
      soon('A lump you cannot explain, or you have had cancer'),
    ],
    ['nhsggc-knee', 'nhs-wales-gout'],
  ),
  redFlag(
    'clot-warning-signs',
    'Signs of a blood clot',
    'One leg is painful, swollen or warm.',
    'Do not massage, rub or roll that leg.',
    [
      now('Sudden shortness of breath, or chest pain that is worse when you breathe in'),
      now('Coughing up blood'),
      now('You faint, or have new pain in your upper back'),
      today('Throbbing or cramping pain in one leg, often in the calf'),
      today('Swelling in one leg'),
      today('Warm skin, or red or darker skin, over the sore area'),
      today('Swollen veins that feel hard or sore'),
    ],
    ['nhs-dvt', 'nhs-pulmonary-embolism'],
  ),
  redFlag(
    'foot-red-flags',
    'Foot and heel warning signs',
    'You have foot or heel pain and any of these signs.',
    HOLD,
    [
      now('Bad pain after an injury, or your foot looks misshapen'),
      now('A snap or pop when you were hurt, and you cannot walk on it'),
      today('You cannot point your foot down, stand on your toes, or walk as usual'),
      now('You feel very ill or confused, breathe very fast, or your skin or lips look blotchy, pale or blue'),
      today('Heel pain with a fever, or with numbness or tingling'),
      today('You have diabetes and your foot is red, hot or swollen, or has a new sore'),
      soon('Pain that goes on when you are not standing or walking'),
      soon('Pain that does not ease after a few weeks, or makes walking hard'),
    ],
    ['mayo-heel-pain', 'nidirect-neuropathy', 'nhs-sepsis'],
  ),
  redFlag(
    'cramp-red-flags',
    'Leg cramp warning signs',
    'You get leg cramps and any of these signs.',
    'Do not massage a leg that is swollen, warm or red.',
    [
      today('A cramp that lasts more than 10 minutes and does not ease when you move'),
      today('One leg is swollen, warm, red or sore'),
      today('Cramps after you got dirt or soil in a cut'),
      soon('Cramps that often wake you up, or spoil your days'),
      soon('Numbness or swelling in your legs'),
      soon('Your leg muscles are getting smaller or weaker'),
    ],
    ['nhsinform-leg-cramps', 'nhs-dvt'],
  ),
  redFlag(
    'muscle-pain-red-flags',
    'Muscle pain warning signs',
    'Your muscle pain comes with any of these signs.',
    HOLD,
    [
      now('Trouble breathing, or feeling dizzy'),
      now('Very weak muscles'),
      now('A high temperature and a stiff neck'),
      soon('Red, swollen skin around a sore muscle'),
      soon('Pain that began after a new medicine, such as a statin'),
      soon('A tick bite, or a rash shaped like a target'),
      soon('Calf pain when you walk that goes away when you rest'),
    ],
    ['mayo-muscle-pain'],
  ),
  redFlag(
    'exercise-soreness-red-flags',
    'Warning signs after hard exercise',
    'You are sore after exercise and have any of these signs.',
    'Do not massage or roll the sore muscles.',
    [
      now('Dark brown or red pee, or much less pee than usual'),
      now('Muscles so weak, swollen or sore that you can hardly move them'),
      now('Trouble breathing, or feeling dizzy'),
    ],
    ['mayo-rhabdomyolysis', 'mayo-muscle-pain'],
  ),
  redFlag(
    'fibromyalgia-red-flags',
    'Signs that need a fresh check',
    'You live with fibromyalgia and notice any of these.',
    'See your doctor. It may be something new, not your usual pain.',
    [
      now('Very weak muscles, or trouble breathing'),
      today('A high temperature, or you feel hot and shivery'),
      soon('Weight loss that you cannot explain'),
      soon('Swollen joints, or stiffness for more than an hour each morning'),
      soon('New pain that feels different from your usual pain'),
    ],
    ['mayo-muscle-pain', 'nhs-rheumatoid-arthritis'],
  ),
  redFlag(
    'scar-warning-signs',
    'Signs of an infected wound or scar',
    'A wound or new scar shows any of these signs.',
    'Do not massage it.',
    [
      now('You feel very ill or confused, breathe very fast, or your skin or lips look blotchy, pale or blue'),
      today('The skin around it is red, sore, hot or swollen'),
      today('Pus or fluid comes out of it'),
      today('It opens up'),
      today('A high temperature, or you feel unwell'),
    ],
    ['gstt-wounds', 'nhs-sepsis'],
  ),
  redFlag(
    'lymphoedema-red-flags',
    'Lymphoedema warning signs',
    'You have lymphoedema and any of these signs.',
    'Do not massage the limb. An infection needs treatment fast.',
    [
      now('You feel very ill or confused, breathe very fast, or your skin or lips look blotchy, pale or blue'),
      today('Red, hot, painful skin on the swollen limb, with a fever or shivers'),
      today('The swelling or redness gets worse quickly'),
      today('New swelling, pain or warmth in one arm or leg'),
    ],
    ['nhs-cellulitis', 'nhs-sepsis', 'nhs-dvt'],
  ),
  redFlag(
    'cancer-red-flags',
    'Warning signs with cancer',
    'You have cancer, or have had it, and any of these signs.',
    'Stop massage and exercises and get checked. Tell them you have had cancer. If you have a 24-hour cancer helpline, call it.',
    [
      now('Sudden loss of feeling or strength in your legs, or you cannot control your bladder or bowels'),
      now('A high temperature, or you feel unwell all of a sudden, while you have chemo'),
      today('New or worse pain in your back or neck, or back pain that keeps you awake'),
      today('A band of pain around your body, or down an arm or leg'),
      now('Numbness or weakness, or trouble walking or using your arms or legs'),
    ],
    ['rnoh-mscc', 'christie-fever'],
  ),
  redFlag(
    'pregnancy-red-flags',
    'Warning signs in pregnancy',
    'You are pregnant and have back or pelvic pain with any of these signs.',
    HOLD,
    [
      now('Loss of feeling in one or both legs, your bottom or your genitals'),
      now('Heavy bleeding from your vagina, or bleeding with bad pain in your belly'),
      today('Any bleeding from your vagina'),
      today('Your baby is moving less than usual. Call your midwife or maternity unit at once, even at night'),
      today('A bad headache, changes in your sight, or sudden swelling of your face, hands or feet'),
      today('Pain that comes and goes in waves, which could be labour'),
      today('A high temperature, or pain when you pee'),
      today('Pain high in your back, just under your ribs'),
    ],
    ['tommys-back-pain', 'tommys-bleeding', 'nhs-baby-movements', 'nhs-pre-eclampsia', 'nhs-pregnancy-back-pain'],
  ),
  redFlag(
    'mental-health-crisis',
    'Feeling unable to cope',
    'Pain or stress feels too much to bear.',
    'You are not alone, and help works. Talk to someone you trust, or your doctor, today.',
    [
      now('You have hurt yourself, or you might act on thoughts of ending your life'),
      today('Thoughts of harming yourself or ending your life'),
      today('Feeling out of control, or unable to cope'),
    ],
    ['nhs-urgent-mental-health'],
    true,
  ),
];
