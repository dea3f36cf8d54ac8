/*
 * ChatBuddy chat widget: <script src="https://chat.example/widget.js" data-shop="myshop" defer></script>
 *
 * Plain modern JavaScript, no build step. Speaks the plain WebSocket protocol of docs/realtime.md
 * (/ws/chat/{session_id}). Everything that comes from the server or the shopper is put on the page
 * with textContent and DOM nodes, never as HTML.
 *
 * Configuration (later wins): defaults < data-* attributes of the <script> tag < window.ChatBuddyConfig.
 *   shop       shop id (data-shop)                                         default "demo"
 *   servers    frontend base URLs, tried in turn (data-servers="a,b")       default: where widget.js came from
 *   locale     "hu" | "en" (data-locale)                                    default: <html lang>, then the browser's
 *   title      header text (data-title)
 *   colors     {primary, onPrimary, background, text, userBubble, botBubble} (data-color-primary, …)
 *   open       start opened (data-open="true")
 *   position   "right" | "left" (data-position)
 * Theming also works from the page's CSS: set --chatbuddy-primary etc. on :root.
 */
(() => {
  'use strict';

  if (window.ChatBuddy && window.ChatBuddy.version) {
    return;
  }

  const VERSION = '1';
  const MAX_TEXT = 2000;
  const PING_EVERY_MS = 60000;
  const PONG_WAIT_MS = 15000;
  const TYPING_EVERY_MS = 3000;
  const OUTBOX_MAX_AGE_MS = 60 * 60 * 1000;

  const TEXTS = {
    hu: {
      title: 'Segíthetünk?',
      open: 'Chat megnyitása',
      close: 'Chat bezárása',
      inputLabel: 'Üzenet',
      placeholder: 'Írd ide a kérdésed…',
      send: 'Küldés',
      you: 'Te',
      assistant: 'Asszisztens',
      staff: 'Munkatárs',
      typing: 'Az asszisztens ír…',
      connecting: 'Kapcsolódás…',
      reconnecting: 'A kapcsolat megszakadt, újracsatlakozás…',
      offline: 'Nincs internetkapcsolat, újrapróbálom, amint lesz.',
      sending: 'küldés…',
      products: 'Ajánlott termékek',
      quickReplies: 'Gyors válaszok',
      inStock: 'Raktáron',
      outOfStock: 'Nincs raktáron',
      stockCount: (n) => `Raktáron: ${n} db`,
      salePrice: 'Akciós ár:',
      originalPrice: 'Eredeti ár:',
      price: 'Ár:',
      handoff: 'A beszélgetést átvette egy munkatársunk.',
      failed: 'Ezt most nem sikerült megválaszolni, kérlek, próbáld újra.',
      invalid: 'Az üzenet nem küldhető el (üres vagy túl hosszú).',
      limited: 'Túl sok üzenet érkezett egyszerre – pár másodperc múlva újraküldjük.',
      tooLong: (n) => `Legfeljebb ${n} karakter.`,
      newMessage: 'Új üzenet',
      log: 'Beszélgetés',
    },
    en: {
      title: 'Can we help?',
      open: 'Open chat',
      close: 'Close chat',
      inputLabel: 'Message',
      placeholder: 'Type your question…',
      send: 'Send',
      you: 'You',
      assistant: 'Assistant',
      staff: 'Staff',
      typing: 'The assistant is typing…',
      connecting: 'Connecting…',
      reconnecting: 'Connection lost, reconnecting…',
      offline: 'You are offline; I will retry when you are back.',
      sending: 'sending…',
      products: 'Suggested products',
      quickReplies: 'Quick replies',
      inStock: 'In stock',
      outOfStock: 'Out of stock',
      stockCount: (n) => `${n} in stock`,
      salePrice: 'Sale price:',
      originalPrice: 'Original price:',
      price: 'Price:',
      handoff: 'A member of our staff has taken over the conversation.',
      failed: 'Sorry, that could not be answered right now; please try again.',
      invalid: 'The message cannot be sent (empty or too long).',
      limited: 'Too many messages at once – we will resend in a few seconds.',
      tooLong: (n) => `At most ${n} characters.`,
      newMessage: 'New message',
      log: 'Conversation',
    },
  };

  const CSS = `
:host { all: initial; }
.cb-root {
  --cb-primary: var(--chatbuddy-primary, #0b5cad);
  --cb-on-primary: var(--chatbuddy-on-primary, #ffffff);
  --cb-bg: var(--chatbuddy-background, #ffffff);
  --cb-text: var(--chatbuddy-text, #1d1d1f);
  --cb-muted: var(--chatbuddy-muted, #5c5c66);
  --cb-user: var(--chatbuddy-user-bubble, #e3eefb);
  --cb-bot: var(--chatbuddy-bot-bubble, #f1f1f4);
  --cb-radius: var(--chatbuddy-radius, 14px);
  --cb-font: var(--chatbuddy-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  position: fixed; bottom: 20px; right: 20px; z-index: 2147483000;
  font-family: var(--cb-font); font-size: 15px; line-height: 1.4; color: var(--cb-text);
}
.cb-root.cb-left { right: auto; left: 20px; }
.cb-launcher {
  display: block; margin-left: auto; border: 0; border-radius: 999px; padding: 12px 18px;
  background: var(--cb-primary); color: var(--cb-on-primary); font: inherit; font-weight: 600;
  cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25);
}
.cb-left .cb-launcher { margin-left: 0; }
.cb-panel {
  display: flex; flex-direction: column; width: min(380px, calc(100vw - 40px));
  height: min(560px, calc(100vh - 100px)); margin-bottom: 12px; background: var(--cb-bg);
  border-radius: var(--cb-radius); box-shadow: 0 8px 30px rgba(0,0,0,.25); overflow: hidden;
}
.cb-panel[hidden] { display: none; }
.cb-header {
  display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 10px 14px;
  background: var(--cb-primary); color: var(--cb-on-primary);
}
.cb-header h2 { margin: 0; font-size: 16px; font-weight: 600; }
.cb-close { border: 0; background: transparent; color: inherit; font: inherit; font-size: 22px; line-height: 1; cursor: pointer; padding: 2px 8px; border-radius: 6px; }
.cb-log { flex: 1; overflow-y: auto; margin: 0; padding: 12px; list-style: none; }
.cb-msg { margin: 0 0 10px; display: flex; flex-direction: column; }
.cb-bubble { max-width: 85%; padding: 8px 12px; border-radius: var(--cb-radius); white-space: pre-wrap; overflow-wrap: anywhere; }
.cb-user { align-items: flex-end; }
.cb-user .cb-bubble { background: var(--cb-user); }
.cb-bot .cb-bubble, .cb-human .cb-bubble { background: var(--cb-bot); }
.cb-human .cb-bubble { border-left: 3px solid var(--cb-primary); }
.cb-who { font-size: 12px; color: var(--cb-muted); margin-bottom: 2px; }
.cb-pending .cb-bubble { opacity: .7; }
.cb-pending-note { font-size: 11px; color: var(--cb-muted); }
.cb-note { font-size: 12px; color: var(--cb-muted); margin-top: 4px; }
.cb-products { list-style: none; margin: 8px 0 0; padding: 0; display: grid; gap: 8px; max-width: 85%; }
.cb-product { border: 1px solid #d9d9e0; border-radius: 10px; padding: 8px 10px; background: var(--cb-bg); }
.cb-product-name { font-weight: 600; color: var(--cb-primary); }
.cb-product p { margin: 4px 0 0; }
.cb-sale { color: #b3261e; font-weight: 600; margin-right: 6px; }
.cb-stock { font-size: 13px; color: #1e7a34; }
.cb-stock.cb-out { color: var(--cb-muted); }
.cb-quick { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.cb-quick button {
  border: 1px solid var(--cb-primary); color: var(--cb-primary); background: var(--cb-bg); border-radius: 999px;
  padding: 5px 12px; font: inherit; font-size: 14px; cursor: pointer;
}
.cb-typing { padding: 0 14px 6px; color: var(--cb-muted); font-size: 13px; }
.cb-typing[hidden], .cb-status:empty { display: none; }
.cb-dots span { display: inline-block; width: 6px; height: 6px; margin-right: 3px; border-radius: 50%; background: currentColor; animation: cb-blink 1.2s infinite; }
.cb-dots span:nth-child(2) { animation-delay: .2s; }
.cb-dots span:nth-child(3) { animation-delay: .4s; }
@keyframes cb-blink { 0%, 80%, 100% { opacity: .2; } 40% { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .cb-dots span { animation: none; opacity: .6; } }
.cb-status { padding: 4px 14px; font-size: 12px; color: var(--cb-muted); background: #fff7e0; }
.cb-form { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #e3e3e8; }
.cb-form textarea {
  flex: 1; resize: none; min-height: 40px; max-height: 120px; padding: 8px 10px; border: 1px solid #c8c8d0;
  border-radius: 10px; font: inherit; color: var(--cb-text); background: var(--cb-bg);
}
.cb-send { border: 0; border-radius: 10px; padding: 0 14px; background: var(--cb-primary); color: var(--cb-on-primary); font: inherit; font-weight: 600; cursor: pointer; }
.cb-root :focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.cb-sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;

  // ---------------------------------------------------------------- configuration

  const script = document.currentScript;

  function readConfig() {
    const data = (script && script.dataset) || {};
    const page = (window.ChatBuddyConfig && typeof window.ChatBuddyConfig === 'object') ? window.ChatBuddyConfig : {};
    const scriptBase = script && script.src ? new URL('.', script.src).href : new URL('/', location.href).href;

    const list = (value) => {
      if (Array.isArray(value)) {
        return value.map(String);
      }
      return typeof value === 'string' && value.trim() ? value.split(/[\s,]+/).filter(Boolean) : null;
    };
    const servers = (list(page.servers) || list(page.server) || list(data.servers) || list(data.server) || [scriptBase])
      .map(normaliseBase)
      .filter(Boolean);

    const colors = {};
    for (const key of ['primary', 'onPrimary', 'background', 'text', 'muted', 'userBubble', 'botBubble']) {
      const fromData = data['color' + key[0].toUpperCase() + key.slice(1)];
      const value = (page.colors && page.colors[key]) || fromData;
      if (typeof value === 'string' && value) {
        colors[key] = value;
      }
    }

    const locale = pickLocale(page.locale || data.locale || document.documentElement.lang || '', navigator.languages || [navigator.language]);
    return {
      shop: String(page.shop || data.shop || 'demo'),
      servers: servers.length ? servers : [scriptBase],
      locale,
      title: page.title || data.title || null,
      colors,
      open: truthy(page.open !== undefined ? page.open : data.open),
      position: (page.position || data.position) === 'left' ? 'left' : 'right',
      reconnectBaseMs: Number(page.reconnectBaseMs || data.reconnectBaseMs) || 300,
      reconnectMaxMs: Number(page.reconnectMaxMs || data.reconnectMaxMs) || 15000,
    };
  }

  function normaliseBase(value) {
    try {
      const url = new URL(value, location.href);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return null;
      }
      url.search = '';
      url.hash = '';
      if (!url.pathname.endsWith('/')) {
        url.pathname += '/';
      }
      return url.href;
    } catch {
      return null;
    }
  }

  function pickLocale(configured, browser) {
    for (const candidate of [configured, ...browser]) {
      const tag = String(candidate || '').toLowerCase();
      if (tag.startsWith('hu')) {
        return 'hu';
      }
      if (tag.startsWith('en')) {
        return 'en';
      }
    }
    return 'hu';
  }

  function truthy(value) {
    return value === true || value === 'true' || value === '' || value === '1';
  }

  // ---------------------------------------------------------------- storage

  function createStore(shop) {
    const key = 'chatbuddy:' + shop;
    const read = () => {
      try {
        const parsed = JSON.parse(localStorage.getItem(key) || '{}');
        return parsed && typeof parsed === 'object' ? parsed : {};
      } catch {
        return {};
      }
    };
    return {
      get: read,
      update(changes) {
        const next = Object.assign(read(), changes);
        try {
          localStorage.setItem(key, JSON.stringify(next));
        } catch {
          // Storage may be full or disabled (private mode): the chat still works for this page.
        }
        return next;
      },
    };
  }

  function newClientId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  // ---------------------------------------------------------------- DOM helpers (text only)

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) {
        continue;
      }
      if (name === 'class') {
        node.className = value;
      } else if (name === 'text') {
        node.textContent = value;
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        node.append(child);
      }
    }
    return node;
  }

  function safeHttpUrl(value) {
    if (typeof value !== 'string' || !value) {
      return null;
    }
    try {
      const url = new URL(value, location.href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  }

  // ---------------------------------------------------------------- the widget

  class ChatWidget {
    constructor(config) {
      this.config = config;
      this.t = TEXTS[config.locale] || TEXTS.hu;
      this.store = createStore(config.shop);
      this.socket = null;
      this.serverIndex = 0;
      this.attempt = 0;
      this.reconnectTimer = null;
      this.pingTimer = null;
      this.pongTimer = null;
      this.lastTypingSent = 0;
      this.connecting = false;
      this.seenSeq = 0;
      this.rendered = new Map();
      this.streaming = new Map();
      this.money = new Intl.NumberFormat(config.locale === 'en' ? 'en-GB' : 'hu-HU', { maximumFractionDigits: 0 });
      this.build();
      this.restoreOutbox();

      const saved = this.store.get();
      if (saved.sessionId && saved.token) {
        this.connect();
      }
      if (config.open || saved.open) {
        this.open(false);
      }
      window.addEventListener('online', () => this.reconnectNow());
    }

    // -------- layout

    build() {
      const t = this.t;
      this.host = el('div', { id: 'chatbuddy-widget', 'data-chatbuddy': VERSION });
      const varNames = {
        primary: '--chatbuddy-primary', onPrimary: '--chatbuddy-on-primary', background: '--chatbuddy-background', text: '--chatbuddy-text',
        muted: '--chatbuddy-muted', userBubble: '--chatbuddy-user-bubble', botBubble: '--chatbuddy-bot-bubble',
      };
      for (const [key, value] of Object.entries(this.config.colors)) {
        if (window.CSS && CSS.supports('color', value)) {
          this.host.style.setProperty(varNames[key], value);
        }
      }
      const shadow = this.host.attachShadow({ mode: 'open' });
      shadow.append(el('style', { text: CSS }));

      const ids = { panel: 'cb-panel', title: 'cb-title', input: 'cb-input', log: 'cb-log', limit: 'cb-limit' };
      this.log = el('ol', { class: 'cb-log', id: ids.log, role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': t.log, tabindex: '0' });
      this.typing = el('div', { class: 'cb-typing', role: 'status', hidden: true },
        el('span', { class: 'cb-dots', 'aria-hidden': 'true' }, el('span'), el('span'), el('span')),
        el('span', { class: 'cb-sr', text: t.typing }));
      this.status = el('div', { class: 'cb-status', role: 'status', 'aria-live': 'polite' });
      this.input = el('textarea', {
        id: ids.input, rows: '1', maxlength: String(MAX_TEXT), placeholder: t.placeholder, autocomplete: 'off', 'aria-describedby': ids.limit,
      });
      this.sendButton = el('button', { type: 'submit', class: 'cb-send', text: t.send });
      this.form = el('form', { class: 'cb-form' },
        el('label', { for: ids.input, class: 'cb-sr', text: t.inputLabel }),
        el('span', { id: ids.limit, class: 'cb-sr', text: t.tooLong(MAX_TEXT) }),
        this.input,
        this.sendButton);
      this.closeButton = el('button', { type: 'button', class: 'cb-close', 'aria-label': t.close, text: '×' });
      this.panel = el('section', { class: 'cb-panel', id: ids.panel, role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': ids.title, hidden: true },
        el('div', { class: 'cb-header' }, el('h2', { id: ids.title, text: this.config.title || t.title }), this.closeButton),
        this.status,
        this.log,
        this.typing,
        this.form);
      this.launcher = el('button', { type: 'button', class: 'cb-launcher', 'aria-expanded': 'false', 'aria-controls': ids.panel, text: t.open });
      this.root = el('div', { class: 'cb-root' + (this.config.position === 'left' ? ' cb-left' : ''), lang: this.config.locale },
        this.panel, this.launcher);
      shadow.append(this.root);

      this.launcher.addEventListener('click', () => (this.panel.hidden ? this.open(true) : this.close()));
      this.closeButton.addEventListener('click', () => this.close());
      this.panel.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          this.close();
        }
      });
      this.form.addEventListener('submit', (e) => {
        e.preventDefault();
        this.submit();
      });
      this.input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          this.submit();
        }
      });
      this.input.addEventListener('input', () => this.shopperTyping());

      (document.body || document.documentElement).append(this.host);
    }

    open(focus) {
      this.panel.hidden = false;
      this.launcher.setAttribute('aria-expanded', 'true');
      this.launcher.textContent = this.t.close;
      this.store.update({ open: true });
      this.scrollToEnd();
      if (focus) {
        this.input.focus();
      }
      if (!this.socket && !this.connecting) {
        this.connect();
      }
    }

    close() {
      this.panel.hidden = true;
      this.launcher.setAttribute('aria-expanded', 'false');
      this.launcher.textContent = this.t.open;
      this.store.update({ open: false });
      this.launcher.focus();
    }

    setStatus(text) {
      if (this.status.textContent !== text) {
        this.status.textContent = text;
      }
    }

    scrollToEnd() {
      this.log.scrollTop = this.log.scrollHeight;
    }

    // -------- sending

    submit() {
      const text = this.input.value.trim();
      if (!text) {
        return;
      }
      if (text.length > MAX_TEXT) {
        this.setStatus(this.t.invalid);
        return;
      }
      this.input.value = '';
      this.queue({ kind: 'message', text });
      this.input.focus();
    }

    sendQuickReply(payload) {
      this.queue({ kind: 'quick_reply', text: payload });
      this.input.focus();
    }

    queue(entry) {
      const item = Object.assign({ clientId: newClientId(), at: Date.now(), seq: null, messageId: null }, entry);
      this.outbox.push(item);
      this.saveOutbox();
      this.renderPending(item);
      this.clearQuickReplies();
      if (this.isReady()) {
        this.transmit(item);
      } else if (!this.connecting && !this.reconnectTimer) {
        this.connect();
      }
    }

    transmit(item) {
      this.sendFrame(item.kind === 'quick_reply'
        ? { type: 'quick_reply', client_id: item.clientId, payload: item.text }
        : { type: 'message', client_id: item.clientId, text: item.text });
    }

    shopperTyping() {
      const now = Date.now();
      if (this.isReady() && now - this.lastTypingSent > TYPING_EVERY_MS && this.input.value.trim()) {
        this.lastTypingSent = now;
        this.sendFrame({ type: 'typing' });
      }
    }

    sendFrame(frame) {
      if (this.socket && this.socket.readyState === WebSocket.OPEN) {
        this.socket.send(JSON.stringify(frame));
        return true;
      }
      return false;
    }

    isReady() {
      return !!(this.socket && this.socket.readyState === WebSocket.OPEN && this.socket.helloSent);
    }

    // -------- outbox: messages sent but not yet answered survive reconnects and reloads

    restoreOutbox() {
      const saved = this.store.get().outbox;
      const now = Date.now();
      this.outbox = Array.isArray(saved)
        ? saved.filter((m) => m && typeof m.clientId === 'string' && typeof m.text === 'string' && now - (m.at || 0) < OUTBOX_MAX_AGE_MS)
        : [];
      for (const item of this.outbox) {
        this.renderPending(item);
      }
    }

    saveOutbox() {
      this.store.update({ outbox: this.outbox.map(({ clientId, kind, text, at, seq, messageId }) => ({ clientId, kind, text, at, seq, messageId })) });
    }

    settleOutbox(laterSeq) {
      // The grain answers turns one at a time, so anything stored after a message (its answer, or the
      // next message's ack) means that message's turn is over: it needs no resend.
      const before = this.outbox.length;
      this.outbox = this.outbox.filter((m) => m.seq === null || m.seq >= laterSeq);
      if (this.outbox.length !== before) {
        this.saveOutbox();
      }
    }

    // -------- connection

    async connect() {
      if (this.connecting || (this.socket && this.socket.readyState <= WebSocket.OPEN)) {
        return;
      }
      this.connecting = true;
      clearTimeout(this.reconnectTimer);
      this.reconnectTimer = null;
      this.setStatus(this.attempt === 0 ? '' : this.t.reconnecting);
      try {
        let saved = this.store.get();
        if (!saved.sessionId || !saved.token) {
          saved = await this.createSession();
        }
        this.openSocket(saved.sessionId, saved.token);
      } catch {
        this.connecting = false;
        this.scheduleReconnect();
      }
    }

    async createSession() {
      const base = this.config.servers[this.serverIndex];
      const url = new URL('api/v1/sessions', base);
      url.searchParams.set('shop', this.config.shop);
      const response = await fetch(url.href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: '{}',
        mode: 'cors',
      });
      if (!response.ok) {
        throw new Error('session ' + response.status);
      }
      const body = await response.json();
      if (typeof body.session_id !== 'string' || typeof body.token !== 'string') {
        throw new Error('session response');
      }
      return this.store.update({ sessionId: body.session_id, token: body.token, lastSeq: 0 });
    }

    openSocket(sessionId, token) {
      const url = new URL('ws/chat/' + encodeURIComponent(sessionId), this.config.servers[this.serverIndex]);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      url.searchParams.set('shop', this.config.shop);

      const socket = new WebSocket(url.href);
      this.socket = socket;
      socket.helloSent = false;
      socket.addEventListener('open', () => {
        if (this.socket !== socket) {
          return;
        }
        this.connecting = false;
        // The first connection of a page load replays the whole conversation (seenSeq starts at 0);
        // a reconnect resumes after the last message shown.
        socket.send(JSON.stringify({ type: 'hello', token, last_seq: this.seenSeq }));
        socket.helloSent = true;
        this.setStatus('');
        for (const item of this.outbox) {
          this.transmit(item);
        }
        this.startHeartbeat();
      });
      socket.addEventListener('message', (event) => {
        if (this.socket === socket) {
          this.receive(event.data);
        }
      });
      socket.addEventListener('close', (event) => {
        if (this.socket !== socket) {
          return;
        }
        this.socket = null;
        this.connecting = false;
        this.stopHeartbeat();
        this.dropUnfinishedStreams();
        if (event.code === 1008 || this.unauthorized) {
          // The session or its token is not accepted (e.g. a new signing key): start a new one.
          this.unauthorized = false;
          this.store.update({ sessionId: null, token: null, lastSeq: 0 });
          this.seenSeq = 0;
        }
        if (event.code === 4000 && this.outbox.length === 0) {
          // Closed for idling: come back when the shopper does something.
          return;
        }
        this.scheduleReconnect();
      });
    }

    scheduleReconnect() {
      if (this.reconnectTimer) {
        return;
      }
      // Any frontend can serve any session, so each retry goes to the next server in the list.
      this.serverIndex = (this.serverIndex + 1) % this.config.servers.length;
      const exp = Math.min(this.config.reconnectMaxMs, this.config.reconnectBaseMs * 2 ** Math.min(this.attempt, 10));
      const delay = this.attempt === 0 ? 0 : Math.round(exp / 2 + Math.random() * exp / 2);
      this.attempt += 1;
      this.setStatus(navigator.onLine === false ? this.t.offline : this.t.reconnecting);
      this.reconnectTimer = setTimeout(() => {
        this.reconnectTimer = null;
        this.connect();
      }, delay);
    }

    reconnectNow() {
      if (this.reconnectTimer) {
        clearTimeout(this.reconnectTimer);
        this.reconnectTimer = null;
        this.connect();
      }
    }

    startHeartbeat() {
      this.stopHeartbeat();
      this.pingTimer = setInterval(() => {
        if (this.sendFrame({ type: 'ping' }) && !this.pongTimer) {
          // A connection whose pong never comes is dead (a half-open TCP connection): replace it.
          this.pongTimer = setTimeout(() => {
            this.pongTimer = null;
            if (this.socket) {
              this.socket.close();
            }
          }, PONG_WAIT_MS);
        }
      }, PING_EVERY_MS);
    }

    stopHeartbeat() {
      clearInterval(this.pingTimer);
      clearTimeout(this.pongTimer);
      this.pingTimer = null;
      this.pongTimer = null;
    }

    // -------- receiving

    receive(data) {
      let frame;
      try {
        frame = JSON.parse(data);
      } catch {
        return;
      }
      if (!frame || typeof frame !== 'object') {
        return;
      }
      clearTimeout(this.pongTimer);
      this.pongTimer = null;
      this.attempt = 0;
      switch (frame.type) {
        case 'ack':
          this.onAck(frame);
          break;
        case 'typing':
          if (this.streaming.size === 0) {
            this.showTyping(true);
          }
          break;
        case 'delta':
          this.onDelta(frame);
          break;
        case 'message':
          this.onMessage(frame);
          break;
        case 'error':
          this.onError(frame);
          break;
        default:
          break;
      }
    }

    onAck(frame) {
      const item = this.outbox.find((m) => m.clientId === frame.client_id);
      this.noteSeq(frame.seq);
      if (!item) {
        return;
      }
      item.seq = Number(frame.seq);
      item.messageId = String(frame.message_id);
      this.saveOutbox();
      this.settleOutbox(item.seq);
      const node = this.pendingNode(item.clientId);
      if (this.rendered.has(item.messageId)) {
        // Already shown from the replay: the pending copy goes.
        if (node) {
          node.remove();
        }
      } else if (node) {
        this.confirmUserNode(node, item.messageId, item.seq);
      }
    }

    onDelta(frame) {
      const id = String(frame.message_id);
      if (this.rendered.has(id) || typeof frame.text !== 'string') {
        return;
      }
      this.showTyping(false);
      let stream = this.streaming.get(id);
      if (!stream) {
        const bubble = el('div', { class: 'cb-bubble' });
        // Hidden from screen readers while it grows; the final message is announced once.
        const node = el('li', { class: 'cb-msg cb-bot cb-streaming', 'aria-hidden': 'true', 'data-message-id': id },
          el('span', { class: 'cb-who', text: this.t.assistant }), bubble);
        this.log.append(node);
        stream = { node, bubble };
        this.streaming.set(id, stream);
      }
      stream.bubble.append(document.createTextNode(frame.text));
      this.scrollToEnd();
    }

    onMessage(frame) {
      const id = String(frame.message_id);
      const seq = Number(frame.seq);
      this.noteSeq(seq);
      if (this.rendered.has(id)) {
        return;
      }
      const role = frame.role || (frame.agent === 'user' ? 'user' : frame.agent === 'human' ? 'human' : 'assistant');
      if (role === 'user') {
        this.onUserMessage(frame, id, seq);
        return;
      }

      const stream = this.streaming.get(id);
      if (stream) {
        stream.node.remove();
        this.streaming.delete(id);
      }
      this.showTyping(false);
      this.clearQuickReplies();
      const node = this.renderReply(frame, id, seq, role);
      this.insertBySeq(node, seq);
      this.rendered.set(id, node);
      this.settleOutbox(seq);
      this.scrollToEnd();
    }

    onUserMessage(frame, id, seq) {
      const clientId = frame.client_id ? String(frame.client_id) : null;
      const item = this.outbox.find((m) => m.messageId === id || (clientId && m.clientId === clientId));
      const pending = item ? this.pendingNode(item.clientId) : null;
      if (pending) {
        if (item) {
          item.seq = seq;
          item.messageId = id;
        }
        this.confirmUserNode(pending, id, seq);
        this.insertBySeq(pending, seq);
      } else {
        const node = this.userNode(String(frame.reply ?? frame.text ?? ''));
        this.confirmUserNode(node, id, seq);
        this.insertBySeq(node, seq);
      }
      this.settleOutbox(seq);
    }

    onError(frame) {
      const code = String(frame.code || '');
      if (code === 'unauthorized') {
        this.unauthorized = true;
        return;
      }
      if (code === 'rate_limited') {
        // Not processed: resend what is still unanswered once the limit allows (same client ids, so nothing twice).
        this.setStatus(this.t.limited);
        const wait = Math.max(1, Number(frame.retry_after) || 5) * 1000;
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => {
          this.setStatus('');
          if (this.isReady()) {
            for (const item of this.outbox.filter((m) => m.seq === null)) {
              this.transmit(item);
            }
          }
        }, wait);
      } else if (code === 'invalid_message') {
        this.setStatus(this.t.invalid);
      } else if (code === 'turn_failed') {
        this.showTyping(false);
        this.setStatus(this.t.failed);
      }
    }

    noteSeq(seq) {
      const n = Number(seq);
      if (Number.isFinite(n) && n > this.seenSeq) {
        this.seenSeq = n;
        this.store.update({ lastSeq: n });
      }
    }

    showTyping(on) {
      this.typing.hidden = !on;
    }

    dropUnfinishedStreams() {
      // A half-streamed answer is never kept: after the reconnect it comes back whole (replay or resend).
      for (const { node } of this.streaming.values()) {
        node.remove();
      }
      this.streaming.clear();
      this.showTyping(false);
    }

    // -------- rendering

    userNode(text) {
      return el('li', { class: 'cb-msg cb-user' },
        el('span', { class: 'cb-who cb-sr', text: this.t.you + ':' }),
        el('div', { class: 'cb-bubble', text }));
    }

    renderPending(item) {
      const node = this.userNode(item.text);
      node.classList.add('cb-pending');
      node.dataset.clientId = item.clientId;
      node.append(el('span', { class: 'cb-pending-note', text: this.t.sending }));
      if (item.messageId && this.rendered.has(item.messageId)) {
        return;
      }
      this.log.append(node);
      this.scrollToEnd();
    }

    pendingNode(clientId) {
      for (const node of this.log.querySelectorAll('.cb-pending')) {
        if (node.dataset.clientId === clientId) {
          return node;
        }
      }
      return null;
    }

    confirmUserNode(node, messageId, seq) {
      node.classList.remove('cb-pending');
      const note = node.querySelector('.cb-pending-note');
      if (note) {
        note.remove();
      }
      node.dataset.messageId = messageId;
      node.dataset.seq = String(seq);
      this.rendered.set(messageId, node);
    }

    insertBySeq(node, seq) {
      for (const other of this.log.children) {
        const otherSeq = other.dataset.seq ? Number(other.dataset.seq) : Infinity;
        if (other !== node && otherSeq > seq) {
          if (node.nextSibling !== other) {
            this.log.insertBefore(node, other);
          }
          return;
        }
      }
      if (node.parentNode !== this.log || node !== this.log.lastElementChild) {
        this.log.append(node);
      }
    }

    renderReply(frame, id, seq, role) {
      const t = this.t;
      const who = role === 'human' ? t.staff : t.assistant;
      const node = el('li', { class: 'cb-msg ' + (role === 'human' ? 'cb-human' : 'cb-bot'), 'data-message-id': id, 'data-seq': String(seq) },
        el('span', { class: 'cb-who', text: who }),
        el('div', { class: 'cb-bubble', text: typeof frame.reply === 'string' ? frame.reply : '' }));
      if (typeof frame.agent === 'string') {
        node.dataset.agent = frame.agent;
      }

      const products = Array.isArray(frame.products) ? frame.products : [];
      if (products.length) {
        const list = el('ul', { class: 'cb-products', 'aria-label': t.products });
        for (const product of products) {
          list.append(this.productCard(product));
        }
        node.append(list);
      }
      if (frame.handoff === true && role !== 'human') {
        node.append(el('p', { class: 'cb-note', text: t.handoff }));
      }
      const quick = Array.isArray(frame.quick_replies) ? frame.quick_replies.filter((q) => typeof q === 'string' && q) : [];
      if (quick.length) {
        const group = el('div', { class: 'cb-quick', role: 'group', 'aria-label': t.quickReplies });
        for (const payload of quick) {
          const button = el('button', { type: 'button', text: payload });
          button.addEventListener('click', () => this.sendQuickReply(payload));
          group.append(button);
        }
        node.append(group);
      }
      return node;
    }

    productCard(product) {
      const t = this.t;
      const name = typeof product.name === 'string' ? product.name : '';
      const href = safeHttpUrl(product.url);
      const title = href
        ? el('a', { class: 'cb-product-name', href, target: '_blank', rel: 'noopener noreferrer', text: name })
        : el('span', { class: 'cb-product-name', text: name });

      const currency = typeof product.currency === 'string' ? product.currency : 'HUF';
      const price = Number(product.price);
      const sale = product.sale_price === null || product.sale_price === undefined ? null : Number(product.sale_price);
      const priceLine = el('p', { class: 'cb-price' });
      if (sale !== null && Number.isFinite(sale) && sale < price) {
        priceLine.append(
          el('span', { class: 'cb-sr', text: t.salePrice + ' ' }),
          el('span', { class: 'cb-sale', text: this.formatPrice(sale, currency) }),
          el('span', { class: 'cb-sr', text: ' ' + t.originalPrice + ' ' }),
          el('del', { class: 'cb-was', text: this.formatPrice(price, currency) }));
      } else {
        priceLine.append(el('span', { class: 'cb-sr', text: t.price + ' ' }), el('span', { text: this.formatPrice(price, currency) }));
      }

      let stockText;
      let inStock;
      if (typeof product.stock === 'number') {
        inStock = product.stock > 0;
        stockText = inStock ? t.stockCount(product.stock) : t.outOfStock;
      } else {
        inStock = product.in_stock !== false;
        stockText = inStock ? t.inStock : t.outOfStock;
      }
      const stock = el('p', { class: 'cb-stock' + (inStock ? '' : ' cb-out'), text: stockText });
      return el('li', { class: 'cb-product', 'data-sku': typeof product.sku === 'string' ? product.sku : null }, title, priceLine, stock);
    }

    formatPrice(amount, currency) {
      if (!Number.isFinite(amount)) {
        return '';
      }
      const unit = currency === 'HUF' ? 'Ft' : currency;
      return this.money.format(amount) + '\u00a0' + unit;
    }

    clearQuickReplies() {
      for (const group of this.log.querySelectorAll('.cb-quick')) {
        group.remove();
      }
    }
  }

  const config = readConfig();
  let widget = null;
  const start = () => {
    widget = new ChatWidget(config);
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  }

  window.ChatBuddy = Object.freeze({
    version: VERSION,
    open: () => widget && widget.open(true),
    close: () => widget && widget.close(),
  });
})();
