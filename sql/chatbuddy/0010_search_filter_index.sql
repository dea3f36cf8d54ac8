-- The kNN list checks each product the HNSW walk finds against the hard filters (active, price,
-- stock, sale, brand). Products rows are wide (description, search vectors), so a heap fetch per
-- product was most of the list's cost; this narrow index answers those checks by an index-only scan.
CREATE INDEX products_search_filter_idx ON products (id) INCLUDE (shop_id, is_active, effective_price, stock, sale_price, brand);
