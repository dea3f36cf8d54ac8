-- The plan's eleven tables plus what the product needs. Every shop-owned row carries shop_id.

CREATE TABLE shops (
    id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name        text NOT NULL,
    domain      text,
    locale      text NOT NULL DEFAULT 'hu',
    currency    char(3) NOT NULL DEFAULT 'HUF',
    settings    jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE shop_policies (
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('shipping', 'returns', 'payment', 'warranty', 'contact', 'privacy', 'terms')),
    title       text NOT NULL,
    body        text NOT NULL,
    url         text,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shop_id, kind)
);

-- Customers of a shop (the plan's "users").
CREATE TABLE users (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    email       text,
    phone       text,
    name        text,
    external_id text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_shop_email_key ON users (shop_id, lower(email)) WHERE email IS NOT NULL;
CREATE INDEX users_shop_phone_idx ON users (shop_id, phone) WHERE phone IS NOT NULL;

CREATE TABLE user_profiles (
    user_id         bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    shop_id         text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    first_name      text,
    last_name       text,
    language        text NOT NULL DEFAULT 'hu',
    customer_group  text,
    shipping_address jsonb,
    billing_address  jsonb,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_preferences (
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    key         text NOT NULL,
    value       jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);

CREATE TABLE product_categories (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    parent_id   bigint REFERENCES product_categories (id) ON DELETE SET NULL,
    name        text NOT NULL,
    path        text NOT NULL,
    depth       int NOT NULL DEFAULT 0,
    UNIQUE (shop_id, path)
);

CREATE TABLE products (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    sku         text NOT NULL,
    name        text NOT NULL,
    description text NOT NULL DEFAULT '',
    category_id bigint REFERENCES product_categories (id) ON DELETE SET NULL,
    brand       text,
    price       integer NOT NULL CHECK (price >= 0),
    sale_price  integer CHECK (sale_price IS NULL OR sale_price >= 0),
    currency    char(3) NOT NULL DEFAULT 'HUF',
    stock       integer NOT NULL DEFAULT 0,
    url         text,
    image_url   text,
    attributes  jsonb NOT NULL DEFAULT '{}'::jsonb,
    is_active   boolean NOT NULL DEFAULT true,
    content_hash text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    search_tsv  tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('hungarian', name), 'A') ||
        setweight(to_tsvector('hungarian', coalesce(brand, '')), 'B') ||
        setweight(to_tsvector('hungarian', left(description, 4000)), 'C')) STORED,
    search_folded tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', f_unaccent(lower(name))), 'A') ||
        setweight(to_tsvector('simple', f_unaccent(lower(coalesce(brand, '')))), 'B') ||
        setweight(to_tsvector('simple', f_unaccent(lower(left(description, 4000)))), 'C')) STORED,
    UNIQUE (shop_id, sku)
);
CREATE INDEX products_category_idx ON products (shop_id, category_id);
CREATE INDEX products_search_tsv_idx ON products USING gin (search_tsv);
CREATE INDEX products_search_folded_idx ON products USING gin (search_folded);
CREATE INDEX products_name_trgm_idx ON products USING gin (f_unaccent(lower(name)) gin_trgm_ops);

-- One embedding per product and model; the model name and dimension are recorded so vectors never mix.
CREATE TABLE product_embeddings (
    product_id  bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    model       text NOT NULL,
    dimensions  integer NOT NULL,
    text_hash   text NOT NULL,
    embedding   vector(384) NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (product_id, model),
    CHECK (dimensions = 384)
);
CREATE INDEX product_embeddings_hnsw_idx ON product_embeddings USING hnsw (embedding vector_cosine_ops);

CREATE TABLE orders (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id           text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    number            text NOT NULL,
    user_id           bigint REFERENCES users (id) ON DELETE SET NULL,
    email             text,
    phone             text,
    customer_name     text,
    status            text NOT NULL CHECK (status IN ('pending', 'processing', 'shipped', 'delivered', 'cancelled', 'returned', 'refunded', 'on_hold')),
    status_text       text,
    shipping_fee      integer NOT NULL DEFAULT 0 CHECK (shipping_fee >= 0),
    total             integer NOT NULL CHECK (total >= 0),
    currency          char(3) NOT NULL DEFAULT 'HUF',
    shipping_method   text,
    tracking_number   text,
    tracking_url      text,
    payment_method    text,
    payment_status    text,
    expected_delivery date,
    shipping_address  jsonb,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    UNIQUE (shop_id, number)
);
CREATE INDEX orders_user_idx ON orders (shop_id, user_id);
CREATE INDEX orders_email_idx ON orders (shop_id, lower(email));

CREATE TABLE order_items (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    order_id    bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no     integer NOT NULL,
    sku         text NOT NULL,
    name        text NOT NULL,
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  integer NOT NULL CHECK (unit_price >= 0),
    UNIQUE (order_id, line_no)
);

CREATE TABLE chat_sessions (
    id               uuid PRIMARY KEY,
    shop_id          text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    user_id          bigint REFERENCES users (id) ON DELETE SET NULL,
    channel          text NOT NULL DEFAULT 'web',
    language         text NOT NULL DEFAULT 'hu',
    status           text NOT NULL DEFAULT 'bot' CHECK (status IN ('bot', 'pending_human', 'human', 'closed')),
    current_agent    text,
    started_at       timestamptz NOT NULL DEFAULT now(),
    last_activity_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_sessions_shop_activity_idx ON chat_sessions (shop_id, last_activity_at);

CREATE TABLE chat_messages (
    id          uuid PRIMARY KEY,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    session_id  uuid NOT NULL REFERENCES chat_sessions (id) ON DELETE CASCADE,
    seq         integer NOT NULL,
    role        text NOT NULL CHECK (role IN ('user', 'assistant', 'human', 'system')),
    agent       text,
    client_id   text,
    content     text NOT NULL,
    payload     jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (session_id, seq)
);
CREATE UNIQUE INDEX chat_messages_client_id_key ON chat_messages (session_id, client_id) WHERE client_id IS NOT NULL;

-- Append-only; each row carries the hash of the previous one (verified by `chatbuddy audit verify`).
CREATE TABLE audit_logs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id     text,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    action      text NOT NULL,
    subject     text,
    details     jsonb NOT NULL DEFAULT '{}'::jsonb,
    prev_hash   bytea,
    hash        bytea
);
CREATE INDEX audit_logs_shop_time_idx ON audit_logs (shop_id, occurred_at);

CREATE OR REPLACE FUNCTION audit_logs_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_logs is append-only';
END $$;
CREATE TRIGGER audit_logs_no_update BEFORE UPDATE OR DELETE ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION audit_logs_append_only();

CREATE TABLE user_consents (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id      text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    user_id      bigint REFERENCES users (id) ON DELETE CASCADE,
    purpose      text NOT NULL,
    granted      boolean NOT NULL,
    text_version text NOT NULL,
    channel      text NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX user_consents_user_idx ON user_consents (shop_id, user_id, purpose);

CREATE TABLE promotions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    name        text NOT NULL,
    description text NOT NULL DEFAULT '',
    kind        text NOT NULL CHECK (kind IN ('percent', 'fixed', 'free_shipping')),
    value       integer NOT NULL DEFAULT 0 CHECK (value >= 0),
    min_basket  integer NOT NULL DEFAULT 0 CHECK (min_basket >= 0),
    code        text,
    category_path text,
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz,
    is_active   boolean NOT NULL DEFAULT true
);
CREATE UNIQUE INDEX promotions_code_key ON promotions (shop_id, upper(code)) WHERE code IS NOT NULL;

CREATE TABLE discount_codes (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id      text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    code         text NOT NULL,
    promotion_id bigint REFERENCES promotions (id) ON DELETE SET NULL,
    user_id      bigint REFERENCES users (id) ON DELETE CASCADE,
    percent      integer CHECK (percent BETWEEN 1 AND 100),
    amount       integer CHECK (amount >= 0),
    min_basket   integer NOT NULL DEFAULT 0,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (shop_id, code)
);

CREATE TABLE carts (
    id               uuid PRIMARY KEY,
    shop_id          text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    user_id          bigint REFERENCES users (id) ON DELETE SET NULL,
    session_id       uuid REFERENCES chat_sessions (id) ON DELETE SET NULL,
    status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'ordered', 'abandoned')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cart_items (
    cart_id     uuid NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    sku         text NOT NULL,
    name        text NOT NULL,
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  integer NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (cart_id, sku)
);

-- A customer's address on a channel (Messenger PSID, WhatsApp number, web visitor id).
CREATE TABLE channel_identities (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    channel     text NOT NULL CHECK (channel IN ('web', 'messenger', 'whatsapp', 'sms', 'email')),
    external_id text NOT NULL,
    user_id     bigint REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (shop_id, channel, external_id)
);
