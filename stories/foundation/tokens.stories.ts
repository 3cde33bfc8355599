import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Token {
  name: string;
  purpose: string;
  light: string;
  dark: string;
}

const colours: Token[] = [
  { name: '--bw-color-accent', purpose: 'Links, selection and focus', light: '#23706b', dark: '#7fd0c8' },
  { name: '--bw-color-on-accent', purpose: 'Text on the accent colour', light: '#ffffff', dark: '#0d1d1c' },
  { name: '--bw-color-surface', purpose: 'Element background', light: '#ffffff', dark: '#152024' },
  { name: '--bw-color-surface-2', purpose: 'Raised or alternate background', light: '#f1f5f5', dark: '#1f2c31' },
  { name: '--bw-color-text', purpose: 'Body text', light: '#1c2a30', dark: '#e6eef0' },
  { name: '--bw-color-muted', purpose: 'Secondary text', light: '#4b5c63', dark: '#a9bbc1' },
  { name: '--bw-color-border', purpose: 'Borders and shape outlines', light: '#9fb0b5', dark: '#5a6d74' },
  { name: '--bw-color-danger', purpose: 'Warnings and red flags', light: '#a8231b', dark: '#ffb4ab' },
];

const others: Array<{ name: string; value: string; purpose: string }> = [
  { name: '--bw-color-scheme', value: 'light dark', purpose: 'Follows the reader; set light or dark to force one' },
  { name: '--bw-font-family', value: 'inherit', purpose: "The host page's font" },
  { name: '--bw-font-size', value: 'medium', purpose: "The reader's default size, whatever the page's root size" },
  { name: '--bw-radius', value: '0.5em', purpose: 'Corner radius' },
  { name: '--bw-space-1 … --bw-space-6', value: '0.25em … 2em', purpose: 'Spacing scale' },
];

const meta: Meta = {
  title: 'Foundation/Design tokens',
  parameters: {
    docs: {
      description: {
        component:
          'CSS custom properties that re-brand every element. Set them on the page, on one element, or on a provider. Sizes are in em so host pages with small root font sizes cannot shrink the elements.',
      },
    },
  },
  render: () => html`
    <style>
      .tokens {
        border-collapse: collapse;
        font: inherit;
      }
      .tokens th,
      .tokens td {
        border-bottom: 1px solid #9fb0b5;
        padding: 0.4em 0.75em;
        text-align: start;
      }
      .swatch {
        display: inline-block;
        inline-size: 1.5em;
        block-size: 1.5em;
        border: 1px solid #4b5c63;
        border-radius: 0.25em;
        vertical-align: middle;
        margin-inline-end: 0.4em;
      }
    </style>
    <table class="tokens">
      <caption>
        Colour tokens and their light and dark defaults
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Purpose</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
        </tr>
      </thead>
      <tbody>
        ${colours.map(
          (token) =>
            html`<tr>
              <th scope="row"><code>${token.name}</code></th>
              <td>${token.purpose}</td>
              <td><span class="swatch" style="background:${token.light}"></span><code>${token.light}</code></td>
              <td><span class="swatch" style="background:${token.dark}"></span><code>${token.dark}</code></td>
            </tr>`,
        )}
      </tbody>
    </table>
    <table class="tokens">
      <caption>
        Type, shape and spacing tokens
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Default</th>
          <th scope="col">Purpose</th>
        </tr>
      </thead>
      <tbody>
        ${others.map(
          (token) =>
            html`<tr>
              <th scope="row"><code>${token.name}</code></th>
              <td><code>${token.value}</code></td>
              <td>${token.purpose}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `,
};

export default meta;

export const Tokens: StoryObj = {};
