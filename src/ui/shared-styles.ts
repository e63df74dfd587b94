import { css } from 'lit';

/** Text for screen readers only (live regions, extra labels). */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * Styles shared by the panels: the boxed `.panel` with its `h2` heading and `.empty` line, focus
 * rings, and the visually-hidden helper.
 */
export const panelStyles = css`
  :host {
    display: block;
  }
  .panel {
    border: 1px solid #3a3a3a;
    border-radius: 6px;
    background: #161616;
    color: #f2f2f2;
  }
  .panel > h2 {
    margin: 0;
    padding: 0.75rem 1rem;
    font-size: 1.05rem;
    border-bottom: 1px solid #3a3a3a;
  }
  .empty {
    margin: 0;
    padding: 0.75rem 1rem;
    color: #c8c8c8;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--dv-accent, #f0b429);
    outline-offset: 2px;
  }
  ${visuallyHiddenStyles}
`;
