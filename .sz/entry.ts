import { html } from 'lit';
import { DcwElement } from '../src/shared/dcw-element.js';
import { defineElement } from '../src/shared/define.js';
class P extends DcwElement { protected renderContent() { return html`<p>${this.dataset.version}</p>`; } }
defineElement('dcw-p', P);
