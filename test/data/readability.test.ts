import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';
import { techniqueCard } from '../../src/internal/localize/en.js';
import { MIN_SENTENCE_WORDS, fleschKincaid, gradeDataset, gradedSentences, syllables, visitorTexts } from './text.js';

/** The highest Flesch–Kincaid grade any visitor-facing sentence may read at. */
const MAX_GRADE = 8;

describe('dataset plain language', () => {
  it('reads at grade 8 or below in every visitor-facing sentence, study details included (names the offenders)', () => {
    // Study details are graded as the card shows them, through the English `studied` term.
    const graded = gradeDataset(dataset, techniqueCard.studied);
    expect(graded.length).to.be.greaterThan(500);
    const over = graded.filter((g) => g.grade > MAX_GRADE).map((g) => `${g.grade.toFixed(1)} ${g.path}: ${g.sentence}`);
    expect(over, `Sentences above grade ${MAX_GRADE}:\n${over.join('\n')}`).to.deep.equal([]);
  });

  it('grades what the card shows: the study line and every sign, step, side effect and help text', () => {
    const paths = visitorTexts(dataset, techniqueCard.studied).map(([path]) => path);
    for (const part of [
      'population+comparator',
      '.signs[0].text',
      '.steps[0].instruction',
      '.steps[0].safety',
      '.sideEffects.common',
      '.bestSupported.text',
      'help.emergency',
    ])
      expect(
        paths.some((p) => p.includes(part)),
        part,
      ).to.equal(true);
    const line = visitorTexts(dataset, techniqueCard.studied).find(([p]) => p.endsWith('population+comparator'))!;
    expect(line[1]).to.match(/^Studied: .+\. Compared with: .+\.$/);
  });

  it('splits text into sentences, joining sentences too short for the formula to the next one', () => {
    expect(gradedSentences('Always. Stop if it hurts and rest.')).to.deep.equal(['Always. Stop if it hurts and rest.']);
    expect(gradedSentences('Sit tall and breathe out. Then relax your jaw fully.')).to.have.length(2);
    expect(gradedSentences('Rest now. Then stop.')).to.deep.equal(['Rest now. Then stop.']);
    expect(gradedSentences('Lie down on your back. Breathe.')).to.deep.equal(['Lie down on your back. Breathe.']);
    expect(MIN_SENTENCE_WORDS).to.equal(5);
  });

  it('counts syllables with the documented heuristic, and grades hard text higher than plain text', () => {
    expect(syllables('pain')).to.equal(1);
    expect(syllables('gentle')).to.equal(2);
    expect(syllables('massage')).to.equal(2);
    expect(syllables('therapist')).to.equal(3);
    expect(syllables('stretched')).to.equal(1);
    // Vowel runs undercount words like this one (real: 6); fine on average for plain text.
    expect(syllables('osteoarthritis')).to.be.within(4, 6);
    expect(fleschKincaid(['The cat sat on the mat.']).grade).to.be.below(2);
    expect(
      fleschKincaid(['Musculoskeletal manifestations necessitate comprehensive multidisciplinary evaluation.']).grade,
    ).to.be.above(12);
  });
});
