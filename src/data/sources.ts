import type { Source } from './types.js';

/*
 * Every source the dataset cites, once; evidence notes, precautions and routines refer to them
 * by id. Each was checked on `accessed`. For living web pages with no fixed publication date
 * (NHS, NCCIH, Mayo Clinic, Macmillan, Guy's and St Thomas') `year` is the year the page was checked.
 */
const A = '2026-11-21';
const doi = (d: string) => `https://doi.org/${d}`;
const cochrane = 'Cochrane Database of Systematic Reviews';
const nhs = (path: string) => `https://www.nhs.uk/${path}/`;

/** One source: id, title, journal or publisher, year, http(s) address. */
const src = (id: string, title: string, publisher: string, year: number, url: string): Source => ({
  id,
  title,
  publisher,
  year,
  url,
  accessed: A,
});

export const sources: Source[] = [
  src('furlan-2015', 'Massage for low-back pain', cochrane, 2015, doi('10.1002/14651858.CD001929.pub3')),
  src('gross-2024', 'Massage for neck pain', cochrane, 2024, doi('10.1002/14651858.CD004871.pub5')),
  src(
    'li-2014',
    'Massage therapy for fibromyalgia: a systematic review and meta-analysis of randomized controlled trials',
    'PLoS One',
    2014,
    doi('10.1371/journal.pone.0089304'),
  ),
  src(
    'perlman-2019',
    'Efficacy and safety of massage for osteoarthritis of the knee: a randomized clinical trial',
    'Journal of General Internal Medicine',
    2019,
    doi('10.1007/s11606-018-4763-5'),
  ),
  src(
    'crawford-2016',
    'The impact of massage therapy on function in pain populations: a systematic review and meta-analysis of randomized controlled trials. Part I, patients experiencing pain in the general population',
    'Pain Medicine',
    2016,
    doi('10.1093/pm/pnw099'),
  ),
  src(
    'bervoets-2015',
    'Massage therapy has short-term benefits for people with common musculoskeletal disorders compared to no treatment: a systematic review',
    'Journal of Physiotherapy',
    2015,
    doi('10.1016/j.jphys.2015.05.018'),
  ),
  src(
    'laimi-2018',
    'Effectiveness of myofascial release in treatment of chronic musculoskeletal pain: a systematic review',
    'Clinical Rehabilitation',
    2018,
    doi('10.1177/0269215517732820'),
  ),
  src(
    'loew-2014',
    'Deep transverse friction massage for treating lateral elbow or lateral knee tendinitis',
    cochrane,
    2014,
    doi('10.1002/14651858.CD003528.pub2'),
  ),
  src(
    'shin-2012',
    'The role of massage in scar management: a literature review',
    'Dermatologic Surgery',
    2012,
    doi('10.1111/j.1524-4725.2011.02201.x'),
  ),
  src(
    'moyer-2011',
    'Does massage therapy reduce cortisol? A comprehensive quantitative review',
    'Journal of Bodywork and Movement Therapies',
    2011,
    doi('10.1016/j.jbmt.2010.06.001'),
  ),
  src(
    'wiltshire-2010',
    'Massage impairs postexercise muscle blood flow and "lactic acid" removal',
    'Medicine & Science in Sports & Exercise',
    2010,
    doi('10.1249/MSS.0b013e3181c9214f'),
  ),
  src(
    'lu-2022',
    'Effect of ischemic compression on myofascial pain syndrome: a systematic review and meta-analysis',
    'Chiropractic & Manual Therapies',
    2022,
    doi('10.1186/s12998-022-00441-5'),
  ),
  src(
    'chaibi-2014',
    'Manual therapies for primary chronic headaches: a systematic review of randomized controlled trials',
    'The Journal of Headache and Pain',
    2014,
    doi('10.1186/1129-2377-15-67'),
  ),
  src(
    'hawke-2021',
    'Non-drug therapies for the secondary prevention of lower limb muscle cramps',
    cochrane,
    2021,
    doi('10.1002/14651858.CD008496.pub3'),
  ),
  src(
    'wiewelhove-2019',
    'A meta-analysis of the effects of foam rolling on performance and recovery',
    'Frontiers in Physiology',
    2019,
    doi('10.3389/fphys.2019.00376'),
  ),
  src(
    'swain-2020',
    'No consensus on causality of spine postures or physical exposure and low back pain: a systematic review of systematic reviews',
    'Journal of Biomechanics',
    2020,
    doi('10.1016/j.jbiomech.2019.08.006'),
  ),
  src(
    'verhagen-2016',
    'Red flags presented in current low back pain guidelines: a review',
    'European Spine Journal',
    2016,
    doi('10.1007/s00586-016-4684-0'),
  ),
  src(
    'garber-2011',
    'Quantity and quality of exercise for developing and maintaining cardiorespiratory, musculoskeletal, and neuromotor fitness in apparently healthy adults (ACSM position stand)',
    'Medicine & Science in Sports & Exercise',
    2011,
    doi('10.1249/MSS.0b013e318213fefb'),
  ),
  src(
    'nice-ng59',
    'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    'NICE',
    2016,
    'https://www.nice.org.uk/guidance/ng59',
  ),
  src(
    'batavia-2004',
    'Contraindications for therapeutic massage: do sources agree?',
    'Journal of Bodywork and Movement Therapies',
    2004,
    'https://nyuscholars.nyu.edu/en/publications/contraindications-for-therapeutic-massage-do-sources-agree',
  ),
  src(
    'nccih-massage',
    'Massage therapy: what you need to know',
    'NCCIH (US National Institutes of Health)',
    2026,
    'https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know',
  ),
  src(
    'mayo-massage',
    'Massage: get in touch with its many benefits',
    'Mayo Clinic',
    2026,
    'https://www.mayoclinic.org/healthy-lifestyle/stress-management/in-depth/massage/art-20045743',
  ),
  src(
    'macmillan-massage',
    'Massage or other touch therapies',
    'Macmillan Cancer Support',
    2026,
    'https://www.macmillan.org.uk/cancer-information-and-support/treatment/coping-with-treatment/complementary-therapies/massage-or-other-touch-therapies',
  ),
  src('nhs-dvt', 'DVT (deep vein thrombosis)', 'NHS', 2026, nhs('conditions/deep-vein-thrombosis-dvt')),
  src('nhs-sprains', 'Sprains and strains', 'NHS', 2026, nhs('conditions/sprains-and-strains')),
  src('nhs-headaches', 'Headaches', 'NHS', 2026, nhs('conditions/headaches')),
  src(
    'mayo-muscle-pain',
    'Muscle pain: when to see a doctor',
    'Mayo Clinic',
    2026,
    'https://www.mayoclinic.org/symptoms/muscle-pain/basics/when-to-see-doctor/sym-20050866',
  ),
  src(
    'gstt-wounds',
    'Surgical wounds and preventing infections',
    "Guy's and St Thomas' NHS Foundation Trust",
    2026,
    'https://www.guysandstthomas.nhs.uk/health-information/surgical-wounds-and-preventing-infections',
  ),
  src(
    'nhs-urgent-mental-health',
    'Where to get urgent help for mental health',
    'NHS',
    2026,
    nhs('nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health'),
  ),
];
