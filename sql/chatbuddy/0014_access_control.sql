-- Access control: blocked client addresses (with expiry) and hashed API keys for server-to-server calls.

-- An address or network refused by every frontend until expires_at (null = until removed).
CREATE TABLE ip_blocks (
    network    cidr PRIMARY KEY,
    reason     text NOT NULL DEFAULT '' CHECK (length(reason) <= 200),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz
);
CREATE INDEX ip_blocks_expires_idx ON ip_blocks (expires_at);

-- A key is shown once as cbk_<id>_<secret>; only the Argon2id hash of the secret and its salt are kept.
CREATE TABLE api_keys (
    id           text PRIMARY KEY CHECK (id ~ '^[a-z0-9]{12}$'),
    shop_id      text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    salt         bytea NOT NULL,
    hash         bytea NOT NULL,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    last_used_at timestamptz
);
CREATE INDEX api_keys_shop_idx ON api_keys (shop_id);
