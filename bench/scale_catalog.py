"""Scales the demo catalogue up to N products: copies of each product with new SKUs, varied
prices and stock, so the benchmark imports realistic rows rather than N identical ones."""
import json
import random
import sys

source, target = sys.argv[1], int(sys.argv[2])
products = [json.loads(line) for line in open(source, encoding="utf-8") if line.strip()]
rng = random.Random(42)
out = sys.stdout
for i in range(target):
    p = dict(products[i % len(products)])
    copy = i // len(products)
    if copy:
        p["sku"] = f"{p['sku']}-X{copy}"
        p["name"] = f"{p['name']} ({copy + 1}. változat)"
        p["price"] = max(490, p["price"] + rng.randint(-20, 20) * 100)
        p["sale_price"] = None if p.get("sale_price") is None else min(p["price"], p["sale_price"])
        p["stock"] = rng.randint(0, 120)
    out.write(json.dumps(p, ensure_ascii=False) + "\n")
