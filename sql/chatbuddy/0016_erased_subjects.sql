-- GDPR erasure that survives the next sync. The shop's platform (Shoprenter, UNAS) still holds an
-- erased shopper's customer record and orders, so every sync would bring their personal data back.
-- An erasure records the SHA-256 of the lower-cased e-mail (a one-way pseudonym, as in the audit
-- log); from then on the shop-data writers (platform sync, order import) store no customer with that
-- e-mail, and orders placed before the erasure keep no personal details (the trigger below). Orders
-- placed afterwards are new data; a shopper who later asks for the newsletter in the chat is too.
CREATE TABLE erased_subjects (
    shop_id      text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    email_sha256 bytea NOT NULL,
    erased_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shop_id, email_sha256)
);

GRANT SELECT, INSERT ON erased_subjects TO chatbuddy_app;
ALTER TABLE erased_subjects ENABLE ROW LEVEL SECURITY;
CREATE POLICY shop_isolation ON erased_subjects USING (shop_id = app_current_shop()) WITH CHECK (shop_id = app_current_shop());

-- Definer rights: the writers and the trigger must see the list whichever role and shop scope writes.
CREATE FUNCTION erased_subject_at(p_shop text, p_email text) RETURNS timestamptz
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$ SELECT erased_at FROM erased_subjects WHERE shop_id = p_shop AND email_sha256 = sha256(convert_to(lower(p_email), 'UTF8')) $$;

CREATE FUNCTION orders_forget_erased() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    erased timestamptz;
BEGIN
    IF NEW.email IS NOT NULL THEN
        erased := erased_subject_at(NEW.shop_id, NEW.email);
        IF erased IS NOT NULL AND NEW.created_at <= erased THEN
            NEW.user_id := NULL;
            NEW.email := NULL;
            NEW.phone := NULL;
            NEW.customer_name := NULL;
            NEW.shipping_address := NULL;
            NEW.billing_address := NULL;
            NEW.tracking_number := NULL;
            NEW.tracking_url := NULL;
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER orders_forget_erased BEFORE INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION orders_forget_erased();
