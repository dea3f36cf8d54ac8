-- Conversation engine: one discount code per customer, the handoff queue, and attempt limits.

ALTER TABLE discount_codes ADD COLUMN customer_key text;
CREATE UNIQUE INDEX discount_codes_customer_key ON discount_codes (shop_id, customer_key) WHERE customer_key IS NOT NULL;

ALTER TABLE chat_sessions ADD COLUMN handoff_requested_at timestamptz;
ALTER TABLE chat_sessions ADD COLUMN handoff_reason text;
CREATE INDEX chat_sessions_pending_idx ON chat_sessions (shop_id, handoff_requested_at) WHERE status = 'pending_human';

-- Keys shared by every frontend (session-token signing), created on first use.
CREATE TABLE app_secrets (
    name       text PRIMARY KEY,
    value      bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
