// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Tracking-plan validation (PlanValidator, valijson underneath) on one thread, best of three rounds each: a 30-event e-commerce/SaaS plan
// built here, and a deterministic stream of canonical track messages of which about 10 % break it. Printed beside
// QJsonDocument::fromJson over the same bytes, measured in the same run, since stored events are JSON text and
// have to be parsed before they can be validated. The text path (PlanValidator::validate(QByteArrayView)) parses
// with RapidJSON instead and never builds Qt JSON; it must find exactly what the Qt path finds.
//
//   bench_validation [events=200000]

#include "common/processtuning.h"
#include "validation/planvalidator.h"
#include "validation/trackingplan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <map>
#include <thread>
#include <utility>
#include <vector>

using namespace Journey;

namespace {

// What a planned property holds; each kind has one schema and one generator of valid values.
enum class Type { Id, Money, Count, Currency, Bool, Text, Url, Category, Plan, Products, Address, Rating };

struct Property
{
    const char* name;
    Type type;
    bool required;
};

struct Event
{
    const char* name;
    std::vector<Property> properties;
};

// 30 events, 3 to 8 properties each, as a shop with a subscription side would plan them.
const std::vector<Event>& events()
{
    static const std::vector<Event> list {
        { "Product Viewed", { { "product_id", Type::Id, true }, { "name", Type::Text, true }, { "price", Type::Money, true }, { "currency", Type::Currency, false }, { "category", Type::Category, false }, { "url", Type::Url, false } } },
        { "Product Clicked", { { "product_id", Type::Id, true }, { "position", Type::Count, false }, { "category", Type::Category, false } } },
        { "Product Added", { { "product_id", Type::Id, true }, { "cart_id", Type::Id, true }, { "price", Type::Money, true }, { "quantity", Type::Count, true }, { "currency", Type::Currency, false }, { "name", Type::Text, false } } },
        { "Product Removed", { { "product_id", Type::Id, true }, { "cart_id", Type::Id, true }, { "quantity", Type::Count, false } } },
        { "Products Searched", { { "query", Type::Text, true }, { "results", Type::Count, false }, { "category", Type::Category, false } } },
        { "Product List Viewed", { { "list_id", Type::Id, true }, { "category", Type::Category, false }, { "products", Type::Products, true } } },
        { "Product List Filtered", { { "list_id", Type::Id, true }, { "category", Type::Category, false }, { "filter", Type::Text, false }, { "sort", Type::Text, false } } },
        { "Cart Viewed", { { "cart_id", Type::Id, true }, { "products", Type::Products, true }, { "value", Type::Money, false } } },
        { "Checkout Started", { { "order_id", Type::Id, true }, { "value", Type::Money, true }, { "revenue", Type::Money, false }, { "currency", Type::Currency, true }, { "coupon", Type::Text, false }, { "products", Type::Products, true } } },
        { "Checkout Step Viewed", { { "checkout_id", Type::Id, true }, { "step", Type::Count, true }, { "shipping_method", Type::Text, false } } },
        { "Checkout Step Completed", { { "checkout_id", Type::Id, true }, { "step", Type::Count, true }, { "shipping_method", Type::Text, false }, { "payment_method", Type::Text, false } } },
        { "Payment Info Entered", { { "checkout_id", Type::Id, true }, { "order_id", Type::Id, true }, { "payment_method", Type::Text, true } } },
        { "Order Completed", { { "order_id", Type::Id, true }, { "total", Type::Money, true }, { "revenue", Type::Money, true }, { "shipping", Type::Money, false }, { "tax", Type::Money, false }, { "currency", Type::Currency, true }, { "products", Type::Products, true }, { "shipping_address", Type::Address, false } } },
        { "Order Refunded", { { "order_id", Type::Id, true }, { "total", Type::Money, true }, { "currency", Type::Currency, true }, { "reason", Type::Text, false } } },
        { "Order Cancelled", { { "order_id", Type::Id, true }, { "total", Type::Money, false }, { "reason", Type::Text, false } } },
        { "Coupon Applied", { { "order_id", Type::Id, true }, { "coupon_id", Type::Id, true }, { "coupon_name", Type::Text, false }, { "discount", Type::Money, true } } },
        { "Coupon Denied", { { "order_id", Type::Id, true }, { "coupon_id", Type::Id, true }, { "reason", Type::Text, true } } },
        { "Product Added to Wishlist", { { "wishlist_id", Type::Id, true }, { "product_id", Type::Id, true }, { "name", Type::Text, false }, { "price", Type::Money, false } } },
        { "Product Reviewed", { { "product_id", Type::Id, true }, { "review_id", Type::Id, true }, { "rating", Type::Rating, true }, { "review_body", Type::Text, false } } },
        { "Product Shared", { { "product_id", Type::Id, true }, { "share_via", Type::Text, true }, { "url", Type::Url, false } } },
        { "Signed Up", { { "method", Type::Text, true }, { "plan", Type::Plan, true }, { "referrer", Type::Url, false }, { "newsletter", Type::Bool, false } } },
        { "Signed In", { { "method", Type::Text, true }, { "remember_me", Type::Bool, false }, { "attempt", Type::Count, false } } },
        { "Signed Out", { { "session_length", Type::Count, false }, { "reason", Type::Text, false }, { "forced", Type::Bool, false } } },
        { "Trial Started", { { "plan", Type::Plan, true }, { "trial_days", Type::Count, true }, { "source", Type::Text, false } } },
        { "Subscription Started", { { "subscription_id", Type::Id, true }, { "plan", Type::Plan, true }, { "price", Type::Money, true }, { "currency", Type::Currency, true }, { "billing_address", Type::Address, false } } },
        { "Subscription Upgraded", { { "subscription_id", Type::Id, true }, { "plan", Type::Plan, true }, { "previous_plan", Type::Plan, true }, { "price", Type::Money, true } } },
        { "Subscription Cancelled", { { "subscription_id", Type::Id, true }, { "plan", Type::Plan, true }, { "reason", Type::Text, false }, { "churned", Type::Bool, false } } },
        { "Invite Sent", { { "invitee_email", Type::Text, true }, { "invitee_role", Type::Plan, false }, { "workspace_id", Type::Id, true } } },
        { "Feature Used", { { "feature", Type::Text, true }, { "workspace_id", Type::Id, true }, { "count", Type::Count, false }, { "beta", Type::Bool, false } } },
        { "Support Ticket Created", { { "ticket_id", Type::Id, true }, { "priority", Type::Plan, false }, { "subject", Type::Text, true }, { "rating", Type::Rating, false } } },
    };
    return list;
}

QJsonArray names(std::initializer_list<const char*> list)
{
    QJsonArray array;
    for (const char* name : list)
        array.append(QLatin1String(name));
    return array;
}

QJsonValue text(const char* value)
{
    return QLatin1String(value);
}

QJsonObject schemaOf(Type type)
{
    const auto object = [](std::initializer_list<std::pair<const char*, QJsonValue>> members) {
        QJsonObject result;
        for (const auto& [key, value] : members)
            result.insert(QLatin1String(key), value);
        return result;
    };
    switch (type) {
    case Type::Id:
        return object({ { "type", text("string") }, { "pattern", text("^[a-z]+-[0-9a-f]+$") } });
    case Type::Money:
        return object({ { "type", text("number") }, { "minimum", 0 } });
    case Type::Count:
        return object({ { "type", text("integer") }, { "minimum", 0 } });
    case Type::Rating:
        return object({ { "type", text("integer") }, { "minimum", 1 }, { "maximum", 5 } });
    case Type::Currency:
        return object({ { "type", text("string") }, { "enum", names({ "USD", "EUR", "GBP", "JPY", "CHF" }) } });
    case Type::Plan:
        return object({ { "enum", names({ "free", "starter", "pro", "enterprise" }) } });
    case Type::Category:
        return object({ { "enum", names({ "books", "music", "games", "garden", "toys", "apparel" }) } });
    case Type::Bool:
        return object({ { "type", text("boolean") } });
    case Type::Text:
        return object({ { "type", text("string") }, { "maxLength", 200 } });
    case Type::Url:
        return object({ { "type", text("string") }, { "pattern", text("^https?://") } });
    case Type::Products: {
        const QJsonObject item = object({ { "type", text("object") }, { "required", names({ "product_id", "price" }) },
            { "properties",
                object({ { "product_id", schemaOf(Type::Id) }, { "sku", schemaOf(Type::Text) }, { "price", schemaOf(Type::Money) },
                    { "quantity", schemaOf(Type::Count) } }) } });
        return object({ { "type", text("array") }, { "minItems", 1 }, { "items", item } });
    }
    case Type::Address:
        return object({ { "type", text("object") }, { "required", names({ "city", "country" }) },
            { "properties",
                object({ { "street", schemaOf(Type::Text) }, { "city", schemaOf(Type::Text) },
                    { "postal_code", schemaOf(Type::Text) },
                    { "country", object({ { "type", text("string") }, { "pattern", text("^[A-Z]{2}$") } }) } }) } });
    }
    return {};
}

QByteArray planJson()
{
    QJsonObject eventRules;
    for (const Event& event : events()) {
        QJsonObject properties;
        QJsonArray required;
        for (const Property& property : event.properties) {
            properties.insert(QLatin1String(property.name), schemaOf(property.type));
            if (property.required)
                required.append(QLatin1String(property.name));
        }
        QJsonObject schema { { QStringLiteral("type"), QStringLiteral("object") }, { QStringLiteral("properties"), properties } };
        if (!required.isEmpty())
            schema.insert(QStringLiteral("required"), required);
        eventRules.insert(QLatin1String(event.name),
            QJsonObject { { QStringLiteral("description"), QStringLiteral("planned by the growth team") },
                { QStringLiteral("labels"), QJsonObject { { QStringLiteral("team"), QStringLiteral("growth") } } },
                { QStringLiteral("properties"), schema } });
    }
    // Every message: an id (either kind), a message id and a timestamp, and what the library said about itself.
    const QJsonObject common = QJsonDocument::fromJson(R"({
        "type": "object",
        "required": ["type", "messageId", "timestamp"],
        "anyOf": [{"required": ["userId"]}, {"required": ["anonymousId"]}],
        "properties": {
            "userId": {"type": "string", "minLength": 1},
            "anonymousId": {"type": "string", "minLength": 1},
            "messageId": {"type": "string", "minLength": 1},
            "timestamp": {"type": "string"},
            "context": {"type": "object", "properties": {
                "library": {"type": "object", "required": ["name", "version"],
                            "properties": {"name": {"type": "string"}, "version": {"type": "string"}}},
                "ip": {"type": "string"},
                "userAgent": {"type": "string"}}}}})")
                                   .object();
    const QJsonObject plan { { QStringLiteral("name"), QStringLiteral("Bench shop") }, { QStringLiteral("version"), QStringLiteral("3.4.0") },
        { QStringLiteral("unplannedEvents"), QStringLiteral("warn") }, { QStringLiteral("unplannedProperties"), QStringLiteral("warn") },
        { QStringLiteral("common"), common }, { QStringLiteral("events"), eventRules } };
    return QJsonDocument(plan).toJson(QJsonDocument::Compact);
}

QJsonValue valueOf(Type type, QRandomGenerator& random)
{
    static const char* const currencies[] = { "USD", "EUR", "GBP", "JPY", "CHF" };
    static const char* const plans[] = { "free", "starter", "pro", "enterprise" };
    static const char* const categories[] = { "books", "music", "games", "garden", "toys", "apparel" };
    static const char* const words[] = { "blue", "garden", "chair", "express", "standard", "card", "paypal", "summer", "sale",
        "gift", "oak", "lamp" };
    const auto word = [&] { return QLatin1String(words[random.bounded(int(std::size(words)))]); };
    switch (type) {
    case Type::Id:
        return QString(QStringLiteral("id-") + QString::number(random.generate(), 16));
    case Type::Money:
        return double(random.bounded(1, 50'000)) / 100.0;
    case Type::Count:
        return random.bounded(1, 20);
    case Type::Rating:
        return random.bounded(1, 6);
    case Type::Currency:
        return QLatin1String(currencies[random.bounded(int(std::size(currencies)))]);
    case Type::Plan:
        return QLatin1String(plans[random.bounded(int(std::size(plans)))]);
    case Type::Category:
        return QLatin1String(categories[random.bounded(int(std::size(categories)))]);
    case Type::Bool:
        return random.bounded(2) == 1;
    case Type::Text:
        return QString(word() + QLatin1Char(' ') + word());
    case Type::Url:
        return QString(QStringLiteral("https://shop.example.com/p/") + QString::number(random.bounded(10'000)));
    case Type::Products: {
        QJsonArray products;
        for (int i = 0, n = random.bounded(1, 4); i < n; ++i)
            products.append(QJsonObject { { QStringLiteral("product_id"), valueOf(Type::Id, random) },
                { QStringLiteral("sku"), valueOf(Type::Text, random) }, { QStringLiteral("price"), valueOf(Type::Money, random) },
                { QStringLiteral("quantity"), valueOf(Type::Count, random) } });
        return products;
    }
    case Type::Address:
        return QJsonObject { { QStringLiteral("street"), valueOf(Type::Text, random) }, { QStringLiteral("city"), word() },
            { QStringLiteral("postal_code"), QString::number(random.bounded(10'000, 99'999)) },
            { QStringLiteral("country"), QStringLiteral("DE") } };
    }
    return {};
}

// What breaks a message; 2 % of the stream each.
enum class Fault { None, MissingRequired, WrongType, EnumMiss, UnplannedEvent, UnplannedProperty };

QJsonObject makeMessage(qint64 index, QRandomGenerator& random, Fault fault)
{
    static const char* const agents[] = { "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148" };
    // A Zipf-like spread of events, as in real product-analytics streams.
    const auto& list = events();
    const int rank = std::min(int(list.size()) - 1, int(std::pow(random.generateDouble(), 2.0) * double(list.size())));
    const Event& event = list[std::size_t(rank)];

    QJsonObject properties;
    for (const Property& property : event.properties) {
        if (property.required || random.bounded(3) != 0)
            properties.insert(QLatin1String(property.name), valueOf(property.type, random));
    }
    QString name = QLatin1String(event.name);
    switch (fault) {
    case Fault::None:
        break;
    case Fault::MissingRequired:
        for (const Property& property : event.properties) {
            if (property.required) {
                properties.remove(QLatin1String(property.name));
                break;
            }
        }
        break;
    case Fault::WrongType: // a number sent as text, as a form field would
        properties.insert(QLatin1String(event.properties.front().name), 42);
        break;
    case Fault::EnumMiss: {
        const auto found = std::find_if(event.properties.begin(), event.properties.end(), [](const Property& p) {
            return p.type == Type::Currency || p.type == Type::Plan || p.type == Type::Category;
        });
        const char* key = found != event.properties.end() ? found->name : "currency";
        if (found == event.properties.end()) // no enum on this event: a pattern miss instead
            properties.insert(QLatin1String(event.properties.front().name), QStringLiteral("Not An Id"));
        else
            properties.insert(QLatin1String(key), QStringLiteral("bitcoin"));
        break;
    }
    case Fault::UnplannedEvent:
        name += QStringLiteral(" V2");
        break;
    case Fault::UnplannedProperty:
        properties.insert(QStringLiteral("experiment_variant"), QStringLiteral("b"));
        break;
    }

    QJsonObject message { { QStringLiteral("type"), QStringLiteral("track") }, { QStringLiteral("event"), name },
        { QStringLiteral("messageId"), QStringLiteral("m-%1-%2").arg(index).arg(random.generate(), 8, 16, QLatin1Char('0')) },
        { QStringLiteral("timestamp"), QStringLiteral("2026-08-01T12:%1:%2.%3Z").arg(random.bounded(60), 2, 10, QLatin1Char('0')).arg(random.bounded(60), 2, 10, QLatin1Char('0')).arg(random.bounded(1000), 3, 10, QLatin1Char('0')) },
        { QStringLiteral("properties"), properties },
        { QStringLiteral("context"),
            QJsonObject { { QStringLiteral("library"),
                              QJsonObject { { QStringLiteral("name"), QStringLiteral("analytics.js") },
                                  { QStringLiteral("version"), QStringLiteral("5.2.0") } } },
                { QStringLiteral("ip"), QStringLiteral("203.0.113.%1").arg(random.bounded(1, 255)) },
                { QStringLiteral("userAgent"), QLatin1String(agents[random.bounded(int(std::size(agents)))]) },
                { QStringLiteral("locale"), QStringLiteral("en-US") } } } };
    if (random.bounded(4) == 0)
        message.insert(QStringLiteral("anonymousId"), QStringLiteral("anon-%1").arg(random.bounded(1'000'000)));
    else
        message.insert(QStringLiteral("userId"), QStringLiteral("user-%1").arg(random.bounded(200'000)));
    return message;
}

struct Tally
{
    qint64 invalid = 0; ///< messages with at least one violation
    qint64 violations = 0;
    std::map<PlanViolation::Kind, qint64> byKind;
};

// The best of three rounds: the machine is shared, and the best round is the one least disturbed.
template<typename Function>
double eventsPerSecond(qint64 count, Function&& function)
{
    double best = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        function();
        best = std::max(best, double(count) / (double(timer.nsecsElapsed()) / 1e9));
    }
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tuneAllocatorForBulkWork(); // as journeyctl and the app do
    const qint64 count = argc > 1 ? std::max(1000LL, atoll(argv[1])) : 200'000;

    TrackingPlan plan;
    PlanValidator validator;
    QString error;
    if (!TrackingPlan::parse(planJson(), QStringLiteral("bench-plan.json"), plan, &error) || !validator.load(plan, &error)) {
        std::fprintf(stderr, "the plan does not load: %s\n", qPrintable(error));
        return 1;
    }

    QRandomGenerator random(20260801);
    std::vector<QJsonObject> messages;
    std::vector<QByteArray> texts;
    messages.reserve(std::size_t(count));
    texts.reserve(std::size_t(count));
    qint64 bytes = 0;
    qint64 faulty = 0;
    for (qint64 i = 0; i < count; ++i) {
        const int roll = random.bounded(100);
        const Fault fault = roll >= 10 ? Fault::None : Fault(1 + roll / 2);
        faulty += fault != Fault::None;
        messages.push_back(makeMessage(i, random, fault));
        texts.push_back(QJsonDocument(messages.back()).toJson(QJsonDocument::Compact));
        bytes += texts.back().size();
    }
    std::printf("Journey Connector tracking-plan validation benchmark: %lld track messages, one thread\n",
        static_cast<long long>(count));
    std::printf("  plan: %lld events, 3-8 properties each, common schema; messages: %.0f bytes each, %.1f %% made to fail\n",
        static_cast<long long>(plan.events.size()), double(bytes) / double(count), 100.0 * double(faulty) / double(count));

    // Baseline: parsing alone. The documents are kept so the parse cannot be dropped; a checksum is printed.
    qint64 members = 0;
    const double parseRate = eventsPerSecond(count, [&] {
        members = 0;
        for (const QByteArray& text : texts)
            members += QJsonDocument::fromJson(text).object().size();
    });

    Tally tally;
    const auto tallyOf = [&tally](const QList<PlanViolation>& found) {
        tally.invalid += !found.isEmpty();
        tally.violations += found.size();
        for (const PlanViolation& violation : found)
            ++tally.byKind[violation.kind];
    };
    // One warm-up pass over a slice (valijson compiles each `pattern` on first use in a thread).
    for (std::size_t i = 0; i < std::min<std::size_t>(messages.size(), 1000); ++i)
        (void)validator.validate(messages[i]);

    const double validateRate = eventsPerSecond(count, [&] {
        tally = {};
        for (const QJsonObject& message : messages)
            tallyOf(validator.validate(message));
    });
    const Tally parsed = std::exchange(tally, Tally {});
    const double fullRate = eventsPerSecond(count, [&] {
        tally = {};
        for (const QByteArray& text : texts)
            tallyOf(validator.validate(QJsonDocument::fromJson(text).object()));
    });
    if (tally.violations != parsed.violations || tally.invalid != parsed.invalid) {
        std::fprintf(stderr, "the two passes disagree: %lld vs %lld violations\n", static_cast<long long>(tally.violations),
            static_cast<long long>(parsed.violations));
        return 1;
    }
    for (std::size_t i = 0; i < std::min<std::size_t>(texts.size(), 1000); ++i)
        (void)validator.validate(QByteArrayView(texts[i]));
    const double textRate = eventsPerSecond(count, [&] {
        tally = {};
        for (const QByteArray& text : texts)
            tallyOf(validator.validate(QByteArrayView(text)));
    });
    if (tally.violations != parsed.violations || tally.invalid != parsed.invalid || tally.byKind != parsed.byKind) {
        std::fprintf(stderr, "the text path disagrees: %lld vs %lld violations\n", static_cast<long long>(tally.violations),
            static_cast<long long>(parsed.violations));
        return 1;
    }

    // Two threads sharing the one validator (validate() is thread-safe), each over half the stream.
    const int threads = 2;
    std::atomic<qint64> sharedViolations { 0 };
    const double threadedRate = eventsPerSecond(count, [&] {
        sharedViolations = 0;
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                qint64 found = 0;
                for (std::size_t i = std::size_t(t); i < messages.size(); i += threads)
                    found += validator.validate(messages[i]).size();
                sharedViolations += found;
            });
        }
        for (std::thread& worker : workers)
            worker.join();
    });

    const double target = 200'000;
    std::printf("  baseline: QJsonDocument::fromJson alone                     %10.0f events/s   (checksum %lld)\n",
        parseRate, static_cast<long long>(members));
    std::printf("  PlanValidator::validate, parsed messages                    %10.0f events/s   (%.2f x parsing)\n",
        validateRate, validateRate / parseRate);
    std::printf("  fromJson + validate, from JSON text                         %10.0f events/s   (%.2f x parsing alone)\n",
        fullRate, fullRate / parseRate);
    std::printf("  validate(JSON text) through RapidJSON                       %10.0f events/s   (%.2f x parsing alone, "
                "%.2f x fromJson + validate, %.2f x target)\n",
        textRate, textRate / parseRate, textRate / fullRate, textRate / target);
    std::printf("  validate, %d threads sharing one validator                   %10.0f events/s   (%.2f x one thread)%s\n",
        threads, threadedRate, threadedRate / validateRate,
        sharedViolations.load() == parsed.violations ? "" : "   VIOLATION COUNT DIFFERS");
    std::printf("  found: %lld messages with violations (%.1f %%), %lld violations:", static_cast<long long>(parsed.invalid),
        100.0 * double(parsed.invalid) / double(count), static_cast<long long>(parsed.violations));
    for (const auto& [kind, n] : parsed.byKind)
        std::printf(" %s %lld", qPrintable(PlanViolation::kindName(kind)), static_cast<long long>(n));
    std::printf("\n");
    std::printf("  target: >= %.0f events/s validated on one core, from text    %10.2f x target   %s\n", target,
        textRate / target, textRate >= target ? "met" : "NOT met");
    return 0;
}
