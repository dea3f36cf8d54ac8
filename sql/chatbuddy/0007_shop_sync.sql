-- Webshop platform sync (Shoprenter, UNAS): where synced rows came from, the shop's sync settings,
-- price history and low-stock alerts as events, sync run reports and webhook de-duplication.

-- The platform is the source of truth for what it sends; columns it never sends (assistant_notes)
-- are local-only and survive every sync.
ALTER TABLE products
    ADD COLUMN source text NOT NULL DEFAULT 'import',
    ADD COLUMN external_id text,
    ADD COLUMN assistant_notes text;
CREATE UNIQUE INDEX products_shop_external_key ON products (shop_id, source, external_id) WHERE external_id IS NOT NULL;

ALTER TABLE orders
    ADD COLUMN source text NOT NULL DEFAULT 'import',
    ADD COLUMN external_id text,
    ADD COLUMN synced_at timestamptz;
CREATE UNIQUE INDEX orders_shop_external_key ON orders (shop_id, source, external_id) WHERE external_id IS NOT NULL;

CREATE TABLE shop_sync_settings (
    shop_id             text PRIMARY KEY REFERENCES shops (id) ON DELETE CASCADE,
    platform            text NOT NULL CHECK (platform IN ('shoprenter', 'unas')),
    base_url            text NOT NULL,
    low_stock_threshold integer NOT NULL DEFAULT 5 CHECK (low_stock_threshold >= 0),
    interval_minutes    integer NOT NULL DEFAULT 15 CHECK (interval_minutes BETWEEN 1 AND 1440),
    enabled             boolean NOT NULL DEFAULT true,
    updated_at          timestamptz NOT NULL DEFAULT now()
);

-- One row per price change of a product (the price-change event).
CREATE TABLE price_history (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id         text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    sku             text NOT NULL,
    old_price       integer,
    new_price       integer NOT NULL,
    old_sale_price  integer,
    new_sale_price  integer,
    currency        char(3) NOT NULL,
    changed_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX price_history_sku_idx ON price_history (shop_id, sku, changed_at);

-- One row each time a product's stock falls to or below the shop's threshold (the alert event);
-- notified_at is set once the shop owner has been told.
CREATE TABLE stock_alerts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    sku         text NOT NULL,
    name        text NOT NULL,
    old_stock   integer NOT NULL,
    new_stock   integer NOT NULL,
    threshold   integer NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    notified_at timestamptz
);
CREATE INDEX stock_alerts_pending_idx ON stock_alerts (shop_id, created_at) WHERE notified_at IS NULL;

-- Every write path (platform sync, JSON Lines import, feed import) records its changes the same way.
CREATE OR REPLACE FUNCTION products_record_changes() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    threshold integer;
BEGIN
    IF NEW.price IS DISTINCT FROM OLD.price OR NEW.sale_price IS DISTINCT FROM OLD.sale_price THEN
        INSERT INTO price_history (shop_id, sku, old_price, new_price, old_sale_price, new_sale_price, currency)
        VALUES (NEW.shop_id, NEW.sku, OLD.price, NEW.price, OLD.sale_price, NEW.sale_price, NEW.currency);
    END IF;
    IF NEW.stock < OLD.stock THEN
        SELECT s.low_stock_threshold INTO threshold FROM shop_sync_settings s WHERE s.shop_id = NEW.shop_id;
        IF threshold IS NOT NULL AND OLD.stock > threshold AND NEW.stock <= threshold THEN
            INSERT INTO stock_alerts (shop_id, sku, name, old_stock, new_stock, threshold)
            VALUES (NEW.shop_id, NEW.sku, NEW.name, OLD.stock, NEW.stock, threshold);
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER products_record_changes AFTER UPDATE OF price, sale_price, stock ON products
    FOR EACH ROW EXECUTE FUNCTION products_record_changes();

CREATE TABLE shop_sync_runs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    platform    text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('full', 'incremental', 'webhook')),
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    status      text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
    counts      jsonb NOT NULL DEFAULT '{}'::jsonb,
    error       text
);
CREATE INDEX shop_sync_runs_shop_idx ON shop_sync_runs (shop_id, started_at DESC);

-- Webhooks are stored once per de-duplication key before they are routed to the tenant grain.
CREATE TABLE shop_webhook_events (
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    dedupe_key  text NOT NULL,
    platform    text NOT NULL,
    event       text NOT NULL,
    resource_id text,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shop_id, dedupe_key)
);

GRANT SELECT ON shop_sync_settings, price_history, stock_alerts, shop_sync_runs TO chatbuddy_app;
