"""Builds the labelled search evaluation set (search-eval.jsonl) from the demo catalogue.

Each query is written by hand with the rule a shop assistant would use to judge it: `relevant` is
what fully answers the query, `partial` what a shopper would still accept (e.g. the right product
in another colour). The rules run over demo/products.jsonl so the SKU lists stay exact when the
catalogue is regenerated. Run: python3 docs/search/make_eval.py demo/products.jsonl > docs/search/search-eval.jsonl
"""
import json
import sys

products = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]


def attr(p, key):
    value = p["attributes"].get(key)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def price(p):
    return p["sale_price"] if p["sale_price"] is not None else p["price"]


def cat(*names):
    return lambda p: any(p["category"].endswith(n) for n in names)


def name_has(*words):
    return lambda p: all(w in p["name"].lower() for w in words)


def colour(c):
    return lambda p: any(c in v for v in attr(p, "szín"))


def gender(g):
    return lambda p: g in attr(p, "nem") or "unisex" in attr(p, "nem")


def size(s):
    return lambda p: s in attr(p, "méret")


def all_of(*rules):
    return lambda p: all(r(p) for r in rules)


def any_of(*rules):
    return lambda p: any(r(p) for r in rules)


def under(limit):
    return lambda p: price(p) <= limit


def over(limit):
    return lambda p: price(p) >= limit


def on_sale(p):
    return p["sale_price"] is not None


def in_stock(p):
    return p["stock"] > 0


SHOES = cat("Futócipők")
COFFEE = cat("Kávéfőzők")
TENTS = cat("Sátrak")
PHONES = cat("Mobiltelefonok")
HEADPHONES = cat("Fejhallgatók")
COATS = cat("Női kabátok", "Férfi kabátok")
TSHIRTS = cat("Női pólók", "Férfi pólók")
BACKPACKS = cat("Hátizsákok")
BEDDING = cat("Ágyneműk")
PERFUME = cat("Parfümök")
LEGO = cat("Építőjátékok")
NOVELS = cat("Regények")
STROLLERS = cat("Babakocsik")
DOGFOOD = cat("Kutyaeledelek")
SLEEPING = cat("Hálózsákok")
GARDEN = cat("Kerti szerszámok")
MOWERS = cat("Fűnyírók")
PANS = cat("Edények és serpenyők")
SMALL_APPLIANCES = cat("Konyhai kisgépek")
WATCHES = cat("Okosórák")
SPEAKERS = cat("Hangszórók")
TOWELS = cat("Törölközők")
HELMETS = cat("Kerékpáros sisakok")
CATFOOD = cat("Macskaeledelek")

# (kind, query, relevant rule, partially relevant rule or None)
QUERIES = [
    # plain
    ("plain", "futócipő", SHOES, None),
    ("plain", "kávéfőző", COFFEE, SMALL_APPLIANCES),
    ("plain", "sátor", TENTS, SLEEPING),
    ("plain", "okostelefon", PHONES, WATCHES),
    ("plain", "fejhallgató", all_of(HEADPHONES, name_has("fejhallgató")), HEADPHONES),
    ("plain", "fülhallgató", all_of(HEADPHONES, name_has("fülhallgató")), HEADPHONES),
    ("plain", "hátizsák", BACKPACKS, None),
    ("plain", "parfüm", PERFUME, None),
    ("plain", "ágyneműhuzat", all_of(BEDDING, name_has("ágyneműhuzat")), BEDDING),
    ("plain", "babakocsi", STROLLERS, None),
    ("plain", "kutyatáp", DOGFOOD, None),
    ("plain", "macskatáp", CATFOOD, None),
    ("plain", "hálózsák", SLEEPING, TENTS),
    ("plain", "fűnyíró", MOWERS, GARDEN),
    ("plain", "serpenyő", all_of(PANS, name_has("serpenyő")), PANS),
    ("plain", "okosóra", WATCHES, None),
    ("plain", "bluetooth hangszóró", SPEAKERS, HEADPHONES),
    ("plain", "törölköző", TOWELS, None),
    ("plain", "kerékpáros sisak", HELMETS, None),
    ("plain", "építőkészlet", LEGO, None),
    ("plain", "turmixgép", all_of(SMALL_APPLIANCES, name_has("turmix")), SMALL_APPLIANCES),
    ("plain", "metszőolló", all_of(GARDEN, name_has("metszőolló")), GARDEN),
    ("plain", "jógaszőnyeg", all_of(cat("Fitneszeszközök"), name_has("jógaszőnyeg")), cat("Fitneszeszközök")),
    ("plain", "pléd", all_of(cat("Díszpárnák és plédek"), name_has("pléd")), cat("Díszpárnák és plédek")),
    ("plain", "autósülés", cat("Autósülések"), STROLLERS),
    # unaccented
    ("unaccented", "kavefozo", COFFEE, SMALL_APPLIANCES),
    ("unaccented", "futocipo", SHOES, None),
    ("unaccented", "sator", TENTS, SLEEPING),
    ("unaccented", "hatizsak", BACKPACKS, None),
    ("unaccented", "halozsak", SLEEPING, TENTS),
    ("unaccented", "parfum", PERFUME, None),
    ("unaccented", "agynemu", BEDDING, None),
    ("unaccented", "funyiro", MOWERS, GARDEN),
    ("unaccented", "fulhallgato", all_of(HEADPHONES, name_has("fülhallgató")), HEADPHONES),
    ("unaccented", "torolkozo", TOWELS, None),
    ("unaccented", "kutyatap", DOGFOOD, None),
    # misspelled
    ("misspelled", "kávéfözö", COFFEE, SMALL_APPLIANCES),
    ("misspelled", "futocipö", SHOES, None),
    ("misspelled", "fejhalgató", all_of(HEADPHONES, name_has("fejhallgató")), HEADPHONES),
    ("misspelled", "hátizság", BACKPACKS, None),
    ("misspelled", "okostelfon", PHONES, WATCHES),
    ("misspelled", "babakocssi", STROLLERS, None),
    ("misspelled", "parfűm", PERFUME, None),
    ("misspelled", "szerpenyő", all_of(PANS, name_has("serpenyő")), PANS),
    ("misspelled", "kávéföző gép", COFFEE, SMALL_APPLIANCES),
    ("misspelled", "sáttor", TENTS, SLEEPING),
    # inflected
    ("inflected", "futócipőt keresek", SHOES, None),
    ("inflected", "futocipot szeretnek", SHOES, None),
    ("inflected", "kávéfőzőre van szükségem", COFFEE, SMALL_APPLIANCES),
    ("inflected", "sátrakat mutass", TENTS, SLEEPING),
    ("inflected", "hátizsákot keresek", BACKPACKS, None),
    ("inflected", "okostelefonok", PHONES, WATCHES),
    ("inflected", "parfümöt szeretnék", PERFUME, None),
    ("inflected", "babakocsit keresünk", STROLLERS, None),
    ("inflected", "fejhallgatók", all_of(HEADPHONES, name_has("fejhallgató")), HEADPHONES),
    ("inflected", "hálózsákot", SLEEPING, TENTS),
    # synonyms
    ("synonym", "mobil", PHONES, WATCHES),
    ("synonym", "mobiltelefon", PHONES, WATCHES),
    ("synonym", "telefon", PHONES, WATCHES),
    ("synonym", "kávégép", COFFEE, SMALL_APPLIANCES),
    ("synonym", "headset", HEADPHONES, SPEAKERS),
    ("synonym", "kutyakaja", DOGFOOD, None),
    ("synonym", "lego", LEGO, cat("Társasjátékok és puzzle")),
    ("synonym", "dzseki", COATS, None),
    ("synonym", "illat nőknek", all_of(PERFUME, gender("női")), PERFUME),
    ("synonym", "táska laptopnak", all_of(BACKPACKS, lambda p: "laptoprekesz" in p["attributes"] or "laptop" in p["name"].lower()), BACKPACKS),
    # needs
    ("need", "valami, amivel gyorsan kávét főzök", COFFEE, SMALL_APPLIANCES),
    ("need", "amiben aludni lehet a sátorban", SLEEPING, TENTS),
    ("need", "zenehallgatáshoz vezeték nélkül", all_of(HEADPHONES, lambda p: "vezeték nélküli" in p["name"]), any_of(HEADPHONES, SPEAKERS)),
    ("need", "kemping a családdal, nagy sátor", all_of(TENTS, lambda p: any(int(x.split()[0]) >= 4 for x in attr(p, "férőhely") if x.split()[0].isdigit()) or any(f"{n} személyes" in p["name"] for n in range(4, 9))), TENTS),
    ("need", "ajándék a kutyámnak", any_of(DOGFOOD, cat("Fekhelyek és játékok")), None),
    ("need", "futáshoz cipő", SHOES, None),
    ("need", "hideg télre meleg kabát", all_of(COATS, name_has("télikabát")), COATS),
    ("need", "olvasnivaló a nyaralásra", NOVELS, cat("Gyerekkönyvek")),
    ("need", "fűvágás a kertben", MOWERS, GARDEN),
    ("need", "babának utazáshoz az autóba", cat("Autósülések"), STROLLERS),
    # price
    ("price", "futócipő 20 ezer alatt", all_of(SHOES, under(20000)), None),
    ("price", "kávéfőző max 30000 forint", all_of(COFFEE, under(30000)), None),
    ("price", "sátor 30e Ft-ig", all_of(TENTS, under(30000)), None),
    ("price", "okostelefon 100 ezer felett", all_of(PHONES, over(100000)), None),
    ("price", "fejhallgató 10–20 ezer között", all_of(HEADPHONES, over(10000), under(20000)), None),
    ("price", "hátizsák 15000 Ft alatt", all_of(BACKPACKS, under(15000)), None),
    ("price", "parfüm legfeljebb 20 ezer", all_of(PERFUME, under(20000)), None),
    ("price", "olcsó kávéfőző", all_of(COFFEE, under(20000)), COFFEE),
    ("price", "akciós futócipő", all_of(SHOES, on_sale), None),
    ("price", "akciós okostelefon", all_of(PHONES, on_sale), None),
    ("price", "babakocsi 100 ezerig", all_of(STROLLERS, under(100000)), None),
    # colour / size / gender
    ("attributes", "piros futócipő", all_of(SHOES, colour("piros")), SHOES),
    ("attributes", "van piros futócipő 40-es méretben 20 ezer alatt?", all_of(SHOES, colour("piros"), size("40"), under(20000)), None),
    ("attributes", "női futócipő 38-as", all_of(SHOES, gender("női"), size("38")), None),
    ("attributes", "férfi futócipő 44-es kék", all_of(SHOES, gender("férfi"), size("44"), colour("kék")), all_of(SHOES, gender("férfi"), size("44"))),
    ("attributes", "fekete női kabát", all_of(cat("Női kabátok"), colour("fekete")), cat("Női kabátok")),
    ("attributes", "férfi póló XL", all_of(cat("Férfi pólók"), size("XL")), cat("Férfi pólók")),
    ("attributes", "fehér női póló M-es", all_of(cat("Női pólók"), colour("fehér"), size("M")), all_of(cat("Női pólók"), size("M"))),
    ("attributes", "noi futocipo pirosban", all_of(SHOES, gender("női"), colour("piros")), None),
    ("attributes", "szürke hátizsák", all_of(BACKPACKS, colour("szürke")), BACKPACKS),
    ("attributes", "kék sátor", all_of(TENTS, colour("kék")), TENTS),
    ("attributes", "fekete okostelefon", all_of(PHONES, colour("fekete")), PHONES),
    ("attributes", "raktáron lévő férfi futócipő 42", all_of(SHOES, gender("férfi"), size("42"), in_stock), None),
    # English
    ("english", "running shoes", SHOES, None),
    ("english", "red running shoes under 20000", all_of(SHOES, colour("piros"), under(20000)), None),
    ("english", "coffee machine", COFFEE, SMALL_APPLIANCES),
    ("english", "tent", TENTS, SLEEPING),
    ("english", "wireless headphones", all_of(HEADPHONES, lambda p: "vezeték nélküli" in p["name"]), HEADPHONES),
    ("english", "cheap backpack", all_of(BACKPACKS, under(15000)), BACKPACKS),
    ("english", "women's perfume", all_of(PERFUME, gender("női")), PERFUME),
    ("english", "dog food", DOGFOOD, None),
]

for kind, query, rule, partial_rule in QUERIES:
    relevant = [p["sku"] for p in products if rule(p)]
    partial = [p["sku"] for p in products if partial_rule and partial_rule(p) and p["sku"] not in relevant]
    if not relevant:
        print(f"no relevant product for {query!r}", file=sys.stderr)
        continue
    print(json.dumps({"query": query, "relevant": relevant, "partially_relevant": partial, "kind": kind}, ensure_ascii=False))
