-- Every e-mail ChatBuddy sends is recorded here first (the outbox) and delivered by a dispatcher
-- when a provider is configured, with retries and backoff; without a provider mails wait here, so
-- nothing is lost. dedupe_key makes queueing the same mail twice a no-op.
CREATE TABLE email_outbox (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id             text REFERENCES shops (id) ON DELETE CASCADE,
    kind                text NOT NULL,
    dedupe_key          text NOT NULL UNIQUE,
    to_address          text NOT NULL,
    to_name             text,
    subject             text NOT NULL,
    text_body           text NOT NULL,
    html_body           text,
    status              text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts            integer NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz NOT NULL,
    locked_until        timestamptz,
    last_error          text,
    provider            text,
    provider_message_id text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    sent_at             timestamptz
);
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX email_outbox_shop_idx ON email_outbox (shop_id, created_at);

-- Where a shop's low-stock alerts go (null: alerts are recorded, not mailed).
ALTER TABLE shop_sync_settings ADD COLUMN alert_email text;
