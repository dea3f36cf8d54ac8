-- Row Level Security on customer-owned tables. The application role sees only the rows of the shop
-- (and, when set, the customer) its transaction acts for; a missing setting shows nothing.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chatbuddy_app') THEN
        CREATE ROLE chatbuddy_app NOLOGIN;
    END IF;
END $$;

GRANT USAGE ON SCHEMA public TO chatbuddy_app;
GRANT SELECT ON shops, shop_policies, product_categories, products, product_embeddings, promotions TO chatbuddy_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON users, user_profiles, user_preferences, orders, order_items,
    chat_sessions, chat_messages, user_consents, discount_codes, carts, cart_items, channel_identities TO chatbuddy_app;
GRANT SELECT, INSERT ON audit_logs TO chatbuddy_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO chatbuddy_app;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'user_profiles', 'user_preferences', 'orders', 'order_items',
                             'chat_sessions', 'chat_messages', 'user_consents', 'discount_codes',
                             'carts', 'cart_items', 'channel_identities']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY shop_isolation ON %I USING (shop_id = app_current_shop()) WITH CHECK (shop_id = app_current_shop())', t);
    END LOOP;
END $$;

-- Within a shop, a transaction that names a customer sees only that customer's rows.
CREATE POLICY customer_isolation ON users AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR id = app_current_customer());
CREATE POLICY customer_isolation ON orders AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR user_id = app_current_customer());
CREATE POLICY customer_isolation ON order_items AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR EXISTS (
        SELECT 1 FROM orders o WHERE o.id = order_items.order_id AND o.user_id = app_current_customer()));
CREATE POLICY customer_isolation ON user_profiles AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR user_id = app_current_customer());
CREATE POLICY customer_isolation ON user_preferences AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR user_id = app_current_customer());
CREATE POLICY customer_isolation ON user_consents AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR user_id = app_current_customer());
CREATE POLICY customer_isolation ON chat_sessions AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR user_id = app_current_customer());
CREATE POLICY customer_isolation ON carts AS RESTRICTIVE
    USING (app_current_customer() IS NULL OR user_id = app_current_customer());
