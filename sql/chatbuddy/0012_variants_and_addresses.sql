-- Product variants from the platforms: child products with their own SKU (Shoprenter parentProduct,
-- UNAS Types children; each is also a row in products) and UNAS variant combinations (no own SKU,
-- combination = true: their stock per combination lives only here). parent_ref is the parent's
-- platform id, or its SKU for UNAS Types children (UNAS names the parent by SKU).
CREATE TABLE product_variants (
    shop_id      text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    source       text NOT NULL,
    external_id  text NOT NULL,
    parent_ref   text NOT NULL,
    sku          text NOT NULL,
    options      jsonb NOT NULL DEFAULT '{}'::jsonb,
    stock        integer,
    extra_price  integer NOT NULL DEFAULT 0,
    combination  boolean NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shop_id, source, external_id)
);
CREATE INDEX product_variants_parent_idx ON product_variants (shop_id, source, parent_ref);

-- Orders keep the billing address beside the shipping address (both as the platform gave them).
ALTER TABLE orders ADD COLUMN billing_address jsonb;

GRANT SELECT ON product_variants TO chatbuddy_app;
