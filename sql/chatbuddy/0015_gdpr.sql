-- GDPR: row level security on the personal tables added after 0003, customer isolation on every
-- customer-owned table, and the short-lived links a verified shopper downloads their data from.

-- Download links for a data export: only the SHA-256 of the random token is stored; the e-mail is
-- the verified subject (personal data: exported, erased, and swept once expired).
CREATE TABLE privacy_export_links (
    token_hash  bytea PRIMARY KEY,
    shop_id     text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    email       text NOT NULL,
    expires_at  timestamptz NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX privacy_export_links_email_idx ON privacy_export_links (shop_id, lower(email));

GRANT SELECT, INSERT, UPDATE, DELETE ON email_outbox, privacy_export_links TO chatbuddy_app;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['email_outbox', 'privacy_export_links', 'stock_alerts']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY shop_isolation ON %I USING (shop_id = app_current_shop()) WITH CHECK (shop_id = app_current_shop())', t);
    END LOOP;
END $$;

-- The e-mail of the customer a transaction acts for (null when none is set).
CREATE OR REPLACE FUNCTION app_current_customer_email() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT lower(u.email) FROM users u WHERE u.id = app_current_customer() $$;

-- Within a shop, a transaction that names a customer sees only that customer's rows here too.
CREATE POLICY customer_isolation ON discount_codes AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR user_id = app_current_customer());
CREATE POLICY customer_isolation ON channel_identities AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR user_id = app_current_customer());
CREATE POLICY customer_isolation ON chat_messages AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR EXISTS (
        SELECT 1 FROM chat_sessions s WHERE s.id = chat_messages.session_id AND s.user_id = app_current_customer()));
CREATE POLICY customer_isolation ON cart_items AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR EXISTS (
        SELECT 1 FROM carts c WHERE c.id = cart_items.cart_id AND c.user_id = app_current_customer()));
CREATE POLICY customer_isolation ON email_outbox AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR lower(to_address) = app_current_customer_email());
CREATE POLICY customer_isolation ON privacy_export_links AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR lower(email) = app_current_customer_email());

-- The login the application migrates with switches to chatbuddy_app (SET LOCAL ROLE) for customer
-- data paths, so it must be a member; a superuser already is.
DO $$
BEGIN
    EXECUTE format('GRANT chatbuddy_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'could not grant chatbuddy_app to %: %', current_user, SQLERRM;
END $$;
