import { css } from 'lit';

/** Styles shared by the panels: buttons, focus rings, the visually-hidden helper. */
export const panelStyles = css`
  :host {
    color: inherit;
    font: inherit;
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
