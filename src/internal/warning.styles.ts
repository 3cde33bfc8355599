import { css } from 'lit';

/**
 * Precautions and tiered warning signs (see warnings.ts), shared by the cards, the list and the
 * stretch timer. Each urgency is named in words; colour and weight only add to the words.
 */
export const warningStyles = css`
  .precaution {
    display: grid;
    gap: var(--_space-2);
  }

  .precaution > * {
    margin: 0;
  }

  .kind {
    justify-self: start;
    margin-inline-end: var(--_space-1);
    padding: 0 0.375em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.8125em;
    font-weight: 700;
  }

  .avoid .kind,
  .red-flag .kind {
    border-color: var(--_danger);
    color: var(--_danger);
  }

  .tier {
    padding-inline-start: var(--_space-3);
    border-inline-start: 0.1875em solid var(--_border);
  }

  .tier.emergency,
  .tier.same-day {
    border-inline-start-color: var(--_danger);
  }

  .tier.emergency {
    border-inline-start-width: 0.375em;
  }

  .tier-head {
    margin: 0;
    font-weight: 700;
  }

  .tier-name {
    display: inline-block;
    margin-inline-end: var(--_space-1);
    padding: 0 0.375em;
    border: 0.0625em solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
    font-size: 0.8125em;
  }

  .tier.emergency .tier-name {
    background: var(--_danger);
    color: var(--_surface);
  }

  .tier.soon .tier-name {
    border-color: var(--_border);
    color: var(--_text);
  }

  .signs {
    display: grid;
    gap: 0;
    margin: var(--_space-1) 0 0;
    padding-inline-start: 1.25em;
  }

  .crisis {
    padding: var(--_space-2) var(--_space-3);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }

  @media (forced-colors: active) {
    .tier.emergency .tier-name {
      background: CanvasText;
      color: Canvas;
      forced-color-adjust: none;
    }
  }
`;
