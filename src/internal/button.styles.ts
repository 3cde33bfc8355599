import { css } from 'lit';

/**
 * The outlined action button (`class="button"`, on a `<button>` or a link) that the map, the
 * cards and the provider's dialog share: accent outline and text on the surface, at least 2.75em
 * tall (a 44 px touch target at 16 px). Elements add their own layout beside it.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-block-size: 2.75em;
    padding: var(--_space-2) var(--_space-4);
    border: 0.0625em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }

  .button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }

  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;
