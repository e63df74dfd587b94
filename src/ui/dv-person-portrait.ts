import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { styleProps } from './style-props.ts';
import { initials } from '../people/portrait.ts';

/**
 * A generated portrait: the person's initials, white on their own colour (from
 * `src/people/portrait.ts`, at least 4.5:1). No photograph. It is an image for assistive
 * technology, named by `label` ("Portrait de Jack Yusen (illustration)").
 *
 * @summary A person's generated portrait.
 * @csspart portrait - The coloured disc.
 * @cssproperty --dv-person-size - The portrait's width and height (default 3rem).
 */
@customElement('dv-person-portrait')
export class DvPersonPortrait extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      flex: none;
      width: var(--dv-person-size, 3rem);
      height: var(--dv-person-size, 3rem);
    }
    .disc {
      display: grid;
      place-items: center;
      width: 100%;
      height: 100%;
      border-radius: 50%;
      box-shadow: inset 0 0 0 2px rgb(255 255 255 / 0.18);
      color: #fff;
      font-weight: 700;
      font-size: calc(var(--dv-person-size, 3rem) * 0.38);
      letter-spacing: 0.02em;
      line-height: 1;
      user-select: none;
    }
    @media (forced-colors: active) {
      .disc {
        border: 2px solid CanvasText;
      }
    }
  `;

  /** The person's name (the initials are taken from it). */
  @property() name = '';
  /** The background, a #rrggbb dark enough for white text. */
  @property() colour = '#3a3a3a';
  /** The text alternative. */
  @property() label = '';

  override render() {
    return html`<span class="disc" part="portrait" role="img" aria-label=${this.label} ${styleProps({ 'background-color': this.colour })}
      ><span aria-hidden="true">${initials(this.name)}</span></span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-person-portrait': DvPersonPortrait;
  }
}
