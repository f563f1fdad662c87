import { css } from 'lit';
import { baseTokens } from '../../styles/base-tokens.js';

// Default status colours are the token colours: each has at least 5.8:1 against both --ow-color-surface (#fff) and
// --ow-color-surface-alt (#f3f5f8), so label, icon and the small secondary text all pass WCAG AA. The icon's top margin
// centres it on the label's first line (line-height 1.5). The text colour is the host's, from the tokens.
export const styles = [
  baseTokens,
  css`
    :host {
      display: inline-block;
      max-width: 100%;
      --_icon-size: var(--order-status-badge-icon-size, 1.25em);
    }

    .base {
      --_color: var(--order-status-badge-color-unknown, var(--_ow-text-muted));
      display: flex;
      align-items: flex-start;
      gap: var(--order-status-badge-gap, var(--_ow-space));
      padding: var(--order-status-badge-padding, calc(var(--_ow-space) * 0.75) var(--_ow-space));
      border: 1px solid var(--_color);
      border-inline-start-width: 4px;
      border-radius: var(--order-status-badge-radius, var(--_ow-radius));
      background: var(--order-status-badge-background, var(--_ow-surface));
    }

    .base[data-status='received'] {
      --_color: var(--order-status-badge-color-received, var(--_ow-info));
    }
    .base[data-status='provisioning'] {
      --_color: var(--order-status-badge-color-provisioning, var(--_ow-warning));
    }
    .base[data-status='ready'] {
      --_color: var(--order-status-badge-color-ready, var(--_ow-success));
    }
    .base[data-status='failed'] {
      --_color: var(--order-status-badge-color-failed, var(--_ow-danger));
    }
    .base[data-status='cancelled'] {
      --_color: var(--order-status-badge-color-cancelled, var(--_ow-text-muted));
    }

    .icon {
      flex: none;
      width: var(--_icon-size);
      height: var(--_icon-size);
      margin-block-start: calc((1.5em - var(--_icon-size)) / 2);
      color: var(--_color);
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    .spin {
      transform-origin: 12px 12px;
    }

    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }

    @media (prefers-reduced-motion: no-preference) {
      .spin {
        animation: spin 1.2s linear infinite;
      }
    }

    .text,
    .live {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }

    .label {
      color: var(--_color);
      font-weight: 600;
    }

    .order,
    .message,
    .advice,
    .support,
    .time {
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }

    .order,
    .time {
      color: var(--_ow-text-muted);
    }

    .reconnecting {
      font-size: 0.875em;
      font-weight: 600;
      color: var(--_ow-warning);
    }
  `,
];
