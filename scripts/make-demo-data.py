#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Journey Connector developers
# SPDX-License-Identifier: MIT
"""Writes resources/demo/events.ndjson: a small, realistic e-commerce journey data set (canonical Segment
Spec messages) for demos, screenshots and first steps. Deterministic: the same file on every run."""
import datetime
import json
import random
import uuid

random.seed(20261127)
start = datetime.datetime(2026, 11, 23, 9, 0, tzinfo=datetime.timezone.utc)
products = [
    ("sku-101", "Trail Runner 3", "Shoes", 129.0),
    ("sku-202", "Merino Crew Socks", "Accessories", 18.5),
    ("sku-303", "Storm Shell Jacket", "Outerwear", 249.0),
    ("sku-404", "Daypack 22L", "Bags", 89.0),
    ("sku-505", "Insulated Bottle", "Accessories", 32.0),
]
pages = ["Home", "Search", "Category: Shoes", "Category: Outerwear", "Pricing", "Blog"]
campaigns = [None, ("newsletter", "email", "black-friday"), ("google", "cpc", "trail-shoes"), ("instagram", "social", "fall")]
browsers = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
]
events = []


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def message(kind, t, anonymous_id, user_id=None, **fields):
    m = {"type": kind, "messageId": str(uuid.UUID(int=random.getrandbits(128))), "timestamp": iso(t),
         "receivedAt": iso(t + datetime.timedelta(milliseconds=random.randint(40, 400)))}
    if user_id:
        m["userId"] = user_id
    m["anonymousId"] = anonymous_id
    m.update(fields)
    return m


for n in range(48):
    anonymous_id = str(uuid.UUID(int=random.getrandbits(128)))
    user_id = "user-%04d" % (1000 + n)
    t = start + datetime.timedelta(minutes=random.randint(0, 5 * 24 * 60))
    campaign = random.choice(campaigns)
    context = {"library": {"name": "analytics.js", "version": "next-1.74.0"}, "userAgent": random.choice(browsers),
               "locale": random.choice(["en-US", "de-DE", "fr-FR", "en-GB"]), "ip": "203.0.113.%d" % random.randint(2, 250)}
    if campaign:
        context["campaign"] = {"source": campaign[0], "medium": campaign[1], "name": campaign[2]}
    identified = False
    for page in random.sample(pages, random.randint(1, 3)):
        t += datetime.timedelta(seconds=random.randint(5, 90))
        path = "/" + page.lower().replace(": ", "/").replace(" ", "-")
        events.append(message("page", t, anonymous_id, name=page,
                              properties={"path": path, "url": "https://shop.example.com" + path, "title": page + " – Example Shop"},
                              context=dict(context, page={"path": path})))
    viewed = random.sample(products, random.randint(1, 3))
    for sku, name, category, price in viewed:
        t += datetime.timedelta(seconds=random.randint(10, 120))
        events.append(message("track", t, anonymous_id, event="Product Viewed",
                              properties={"product_id": sku, "name": name, "category": category, "price": price, "currency": "USD"},
                              context=context))
    if random.random() < 0.6:
        cart = viewed[: random.randint(1, len(viewed))]
        for sku, name, category, price in cart:
            t += datetime.timedelta(seconds=random.randint(5, 60))
            events.append(message("track", t, anonymous_id, event="Product Added",
                                  properties={"product_id": sku, "name": name, "price": price, "quantity": 1, "currency": "USD"},
                                  context=context))
        if random.random() < 0.7:
            t += datetime.timedelta(seconds=random.randint(20, 200))
            events.append(message("identify", t, anonymous_id, user_id,
                                  traits={"email": "%s@example.com" % user_id, "plan": random.choice(["free", "plus"]),
                                          "createdAt": iso(t)}, context=context))
            identified = True
            if random.random() < 0.3:
                events.append(message("group", t + datetime.timedelta(seconds=2), anonymous_id, user_id,
                                      groupId="org-%02d" % random.randint(1, 9),
                                      traits={"name": random.choice(["Acme Outfitters", "Initech Travel", "Globex Clubs"]),
                                              "employees": random.choice([12, 48, 230])}, context=context))
            t += datetime.timedelta(seconds=random.randint(30, 300))
            events.append(message("track", t, anonymous_id, user_id, event="Checkout Started",
                                  properties={"value": sum(p[3] for p in cart), "currency": "USD"}, context=context))
            if random.random() < 0.65:
                t += datetime.timedelta(seconds=random.randint(30, 400))
                total = round(sum(p[3] for p in cart), 2)
                events.append(message("track", t, anonymous_id, user_id, event="Order Completed",
                                      properties={"order_id": "ord-%05d" % random.randint(1, 99999), "revenue": total,
                                                  "tax": round(total * 0.08, 2), "shipping": 5.0, "currency": "USD",
                                                  "coupon": random.choice([None, "BLACKFRIDAY"]),
                                                  "products": [{"product_id": p[0], "name": p[1], "price": p[3], "quantity": 1} for p in cart]},
                                      context=context))
    if identified and random.random() < 0.2:
        events.append(message("alias", t + datetime.timedelta(seconds=5), anonymous_id, user_id, previousId=anonymous_id))
    if random.random() < 0.25:
        t += datetime.timedelta(minutes=random.randint(5, 60))
        events.append(message("screen", t, anonymous_id, user_id if identified else None, name="Order Status",
                              properties={"app": "ios"}, context=dict(context, library={"name": "analytics-ios", "version": "4.1.8"})))

events.sort(key=lambda m: m["timestamp"])
with open("resources/demo/events.ndjson", "w") as out:
    for m in events:
        m = {k: v for k, v in m.items() if v is not None}
        if "properties" in m:
            m["properties"] = {k: v for k, v in m["properties"].items() if v is not None}
        out.write(json.dumps(m, separators=(",", ":"), ensure_ascii=False) + "\n")
print("wrote %d events" % len(events))
