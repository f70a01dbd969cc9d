import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
class P extends LitElement { @property() x = ''; render() { return html`<p>${this.x}</p>`; } }
customElements.define('x-p', P);
