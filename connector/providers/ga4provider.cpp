// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "ga4provider.h"

#include "core/timestamp.h"
#include "propertyflattener.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Journey {

namespace {

// providers.md §5.2 and GA4's collection limits (support.google.com/analytics/answer/9267744).
constexpr int maxEventsPerRequest = 25;
constexpr qint64 maxBodyBytes = 130000; // "< 130kB"; kB read as 1000 bytes, the stricter reading
constexpr int maxParams = 25;
constexpr int maxNameChars = 40;
constexpr int maxValueChars = 100;
constexpr int maxUserProperties = 25;
constexpr int maxUserPropertyNameChars = 24;
constexpr int maxUserPropertyValueChars = 36;
constexpr int maxUserIdChars = 256;
constexpr int maxItems = 200;
constexpr int maxItemCustomParams = 10;

QString settingName(const QString& key)
{
    return QStringLiteral("journey.providers.ga4.") + key;
}

const QString& keyMeasurementId()
{
    static const QString key = QStringLiteral("measurementId");
    return key;
}

const QString& keyFirebaseAppId()
{
    static const QString key = QStringLiteral("firebaseAppId");
    return key;
}

const QString& keyApiSecret()
{
    static const QString key = QStringLiteral("apiSecret");
    return key;
}

const QString& keyValidate()
{
    static const QString key = QStringLiteral("validate");
    return key;
}

/// Event names GA4 reserves (web and app lists). `page_view` is left out on purpose: the Measurement Protocol
/// is widely used to send it and this provider sends it for page calls (providers.md §5.2 marks it unverified).
const QStringList& reservedEventNames()
{
    static const QStringList names {
        QStringLiteral("ad_activeview"), QStringLiteral("ad_click"), QStringLiteral("ad_exposure"),
        QStringLiteral("ad_impression"), QStringLiteral("ad_query"), QStringLiteral("ad_reward"),
        QStringLiteral("adunit_exposure"), QStringLiteral("app_clear_data"), QStringLiteral("app_exception"),
        QStringLiteral("app_remove"), QStringLiteral("app_store_refund"),
        QStringLiteral("app_store_subscription_cancel"), QStringLiteral("app_store_subscription_renew"),
        QStringLiteral("app_update"), QStringLiteral("app_upgrade"), QStringLiteral("click"),
        QStringLiteral("dynamic_link_app_open"), QStringLiteral("dynamic_link_app_update"),
        QStringLiteral("dynamic_link_first_open"), QStringLiteral("error"), QStringLiteral("file_download"),
        QStringLiteral("first_open"), QStringLiteral("first_visit"), QStringLiteral("form_start"),
        QStringLiteral("form_submit"), QStringLiteral("in_app_purchase"), QStringLiteral("notification_dismiss"),
        QStringLiteral("notification_foreground"), QStringLiteral("notification_open"),
        QStringLiteral("notification_receive"), QStringLiteral("os_update"), QStringLiteral("scroll"),
        QStringLiteral("session_start"), QStringLiteral("user_engagement"), QStringLiteral("video_complete"),
        QStringLiteral("video_progress"), QStringLiteral("video_start"), QStringLiteral("view_complete"),
        QStringLiteral("view_search_results"),
    };
    return names;
}

/// User properties GA4 sets itself; one of ours with such a name is not sent.
const QStringList& reservedUserPropertyNames()
{
    static const QStringList names { QStringLiteral("first_open_time"), QStringLiteral("first_visit_time"),
        QStringLiteral("last_deep_link_referrer"), QStringLiteral("user_id"),
        QStringLiteral("first_open_after_install") };
    return names;
}

QString cut(const QString& text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    int length = maxChars;
    if (length > 0 && text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

QString listed(const QStringList& names)
{
    constexpr int shown = 10;
    QStringList quoted;
    for (qsizetype i = 0; i < names.size() && i < shown; ++i)
        quoted.append(QLatin1Char('"') + cut(names.at(i), 80) + QLatin1Char('"'));
    QString text = quoted.join(QLatin1String(", "));
    if (names.size() > shown)
        text += QCoreApplication::translate("Journey::Ga4Provider", " and %n more", nullptr, int(names.size() - shown));
    return text;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString numberText(double number)
{
    if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9007199254740992.0)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString idText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return numberText(value.toDouble());
    return {};
}

/// A key reduced to lower-case letters and digits ("E-Mail Address" → "emailaddress").
QString keyWord(const QString& key)
{
    QString word;
    for (const QChar ch : key) {
        if (ch.isLetterOrNumber())
            word += ch.toLower();
    }
    return word;
}

bool isContactKey(const QString& word)
{
    return word == QLatin1String("email") || word == QLatin1String("emailaddress") || word == QLatin1String("phone")
        || word == QLatin1String("phonenumber");
}

bool isPersonalKey(const QString& word)
{
    return word == QLatin1String("firstname") || word == QLatin1String("lastname") || word == QLatin1String("name")
        || word == QLatin1String("fullname") || word == QLatin1String("address");
}

/// The longest value GA4 keeps for an event parameter.
int valueLimit(const QString& name)
{
    if (name == QLatin1String("page_location"))
        return 1000;
    if (name == QLatin1String("page_referrer"))
        return 420;
    if (name == QLatin1String("page_title"))
        return 300;
    return maxValueChars;
}

/*!
 * Event parameters, item parameters or user properties, built the way GA4 takes them: flattened to strings
 * and numbers, names following the naming rules, values cut to the limits, personal data left out, at most
 * \c maxCount entries; everything changed or left out is kept for the notes.
 */
class ParamSet
{
    Q_DECLARE_TR_FUNCTIONS(Journey::Ga4Provider) // part of the provider's messages

public:
    enum class Kind { Event, Item, UserProperty };

    explicit ParamSet(Kind kind)
        : m_kind(kind)
    {
    }

    bool contains(const QString& name) const { return m_names.contains(name); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// A parameter named by this provider's mapping (already a valid GA4 name).
    void addFixed(const QString& name, QJsonValue value)
    {
        if (m_names.contains(name)) {
            m_duplicates.append(name);
            return;
        }
        if (value.isString() && value.toString().size() > limitFor(name)) {
            m_truncated.append(name);
            value = cut(value.toString(), limitFor(name));
        }
        m_names.insert(name);
        m_entries.append({ name, value });
    }

    /// A canonical property or trait: flattened, renamed to GA4's rules, personal data left out.
    void addProperty(const QString& key, const QJsonValue& value) { addFlattened(m_flattener.flatten(key, value)); }

    void addAll(const QJsonObject& object, const QString& prefix = {})
    {
        addFlattened(m_flattener.flattenAll(object, prefix));
    }

    /// The first maxCount() entries; user properties as {"name": {"value": …}}.
    QJsonObject object() const
    {
        QJsonObject object;
        for (qsizetype i = 0; i < m_entries.size() && i < maxCount(); ++i) {
            const auto& [name, value] = m_entries.at(i);
            if (m_kind == Kind::UserProperty)
                object.insert(name, QJsonObject { { QStringLiteral("value"), value } });
            else
                object.insert(name, value);
        }
        return object;
    }

    void appendNotes(QStringList& notes, const QString& what) const
    {
        if (!m_renamed.isEmpty())
            notes.append(tr("%1 renamed to GA4's naming rules (letters, digits and _, starting with a letter, at most "
                            "%2 characters): %3")
                             .arg(what)
                             .arg(nameLimit())
                             .arg(m_renamed.join(QLatin1String(", "))));
        if (!m_flattener.nestedNames().isEmpty())
            notes.append(tr("%1: nested values flattened into names joined with \"_\": %2")
                             .arg(what, listed(m_flattener.nestedNames())));
        if (!m_flattener.joinedNames().isEmpty())
            notes.append(
                tr("%1: arrays sent as text joined with \",\": %2").arg(what, listed(m_flattener.joinedNames())));
        if (!m_flattener.booleanNames().isEmpty())
            notes.append(tr("%1: true/false sent as the text \"true\"/\"false\": %2")
                             .arg(what, listed(m_flattener.booleanNames())));
        if (!m_flattener.emptyNames().isEmpty())
            notes.append(tr("%1: null or empty values not sent: %2").arg(what, listed(m_flattener.emptyNames())));
        if (!m_truncated.isEmpty() && m_kind == Kind::UserProperty)
            notes.append(tr("%1: values cut to GA4's length limit (%2 characters): %3")
                             .arg(what)
                             .arg(maxUserPropertyValueChars)
                             .arg(listed(m_truncated)));
        else if (!m_truncated.isEmpty())
            notes.append(tr("%1: values cut to GA4's length limit (%2 characters; page_location 1000, page_referrer "
                            "420, page_title 300): %3")
                             .arg(what)
                             .arg(maxValueChars)
                             .arg(listed(m_truncated)));
        if (!m_unusable.isEmpty())
            notes.append(tr("%1 not sent, no letter or digit GA4 accepts in the name: %2").arg(what, listed(m_unusable)));
        if (!m_duplicates.isEmpty())
            notes.append(tr("%1 not sent, the GA4 name is taken by another one: %2").arg(what, listed(m_duplicates)));
        if (!m_personal.isEmpty())
            notes.append(tr("%1 not sent, GA4's policies forbid personally identifiable information: %2")
                             .arg(what, listed(m_personal)));
        if (!m_reserved.isEmpty())
            notes.append(tr("%1 not sent, GA4 reserves these names for its own: %2").arg(what, listed(m_reserved)));
        if (m_entries.size() > maxCount()) {
            QStringList over;
            for (qsizetype i = maxCount(); i < m_entries.size(); ++i)
                over.append(m_entries.at(i).first);
            notes.append(tr("%1 over GA4's limit of %2 not sent: %3").arg(what).arg(maxCount()).arg(listed(over)));
        }
    }

private:
    int maxCount() const
    {
        switch (m_kind) {
        case Kind::Event: return maxParams;
        case Kind::Item: return maxItemCustomParams;
        case Kind::UserProperty: return maxUserProperties;
        }
        return maxParams;
    }

    int nameLimit() const { return m_kind == Kind::UserProperty ? maxUserPropertyNameChars : maxNameChars; }

    int limitFor(const QString& name) const
    {
        if (m_kind == Kind::UserProperty)
            return maxUserPropertyValueChars;
        return m_kind == Kind::Event ? valueLimit(name) : maxValueChars;
    }

    void addFlattened(const QList<PropertyFlattener::Property>& properties)
    {
        for (const PropertyFlattener::Property& property : properties)
            addScalar(property.name, property.value);
    }

    void addScalar(const QString& key, QJsonValue value)
    {
        const QStringList segments = key.split(QLatin1Char('.'));
        const QString last = keyWord(segments.constLast());
        const bool personal = isContactKey(last)
            || (m_kind == Kind::UserProperty && (isPersonalKey(last) || keyWord(segments.constFirst()) == QLatin1String("address")));
        if (personal) {
            m_personal.append(key);
            return;
        }
        const QString name = Ga4Provider::sanitizedName(key, nameLimit(), false);
        if (name.isEmpty()) {
            m_unusable.append(key);
            return;
        }
        if (m_kind == Kind::UserProperty && reservedUserPropertyNames().contains(name, Qt::CaseInsensitive)) {
            m_reserved.append(key);
            return;
        }
        if (name != QString(key).replace(QLatin1Char('.'), QLatin1Char('_')))
            m_renamed.append(QLatin1Char('"') + cut(key, 60) + QStringLiteral("\" → ") + name);
        addFixed(name, value);
    }

    Kind m_kind;
    PropertyFlattener m_flattener { QStringLiteral(",") };
    QList<QPair<QString, QJsonValue>> m_entries;
    QSet<QString> m_names;
    QStringList m_renamed;
    QStringList m_truncated;
    QStringList m_unusable;
    QStringList m_duplicates;
    QStringList m_personal;
    QStringList m_reserved;
};

// Segment's ecommerce spec → GA4's recommended ecommerce events (providers.md §5.5).
enum class EcommerceKind {
    Order, ///< order_id → transaction_id, total/revenue → value, currency, products → items
    Cart, ///< total/revenue → value, currency, payment_method → payment_type, products → items
    Product, ///< the product's own fields → one item; price × quantity → value
    List, ///< list_id → item_list_id, category → item_list_name, products → items
    Search, ///< query → search_term
};

struct EcommerceEvent
{
    const char* segment;
    const char* ga4;
    EcommerceKind kind;
};

const EcommerceEvent* ecommerceEvent(const QString& name)
{
    static const EcommerceEvent table[] = {
        { "Order Completed", "purchase", EcommerceKind::Order },
        { "Order Refunded", "refund", EcommerceKind::Order },
        { "Checkout Started", "begin_checkout", EcommerceKind::Cart },
        { "Cart Viewed", "view_cart", EcommerceKind::Cart },
        { "Payment Info Entered", "add_payment_info", EcommerceKind::Cart },
        { "Product Added", "add_to_cart", EcommerceKind::Product },
        { "Product Removed", "remove_from_cart", EcommerceKind::Product },
        { "Product Viewed", "view_item", EcommerceKind::Product },
        { "Product Clicked", "select_item", EcommerceKind::Product },
        { "Product Added to Wishlist", "add_to_wishlist", EcommerceKind::Product },
        { "Product List Viewed", "view_item_list", EcommerceKind::List },
        { "Products Searched", "search", EcommerceKind::Search },
    };
    for (const EcommerceEvent& entry : table) {
        if (name.compare(QLatin1String(entry.segment), Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

/// Segment product fields and the GA4 item parameter each becomes.
const QList<QPair<QString, QString>>& productFields()
{
    static const QList<QPair<QString, QString>> fields {
        { QStringLiteral("product_id"), QStringLiteral("item_id") },
        { QStringLiteral("name"), QStringLiteral("item_name") },
        { QStringLiteral("brand"), QStringLiteral("item_brand") },
        { QStringLiteral("category"), QStringLiteral("item_category") },
        { QStringLiteral("variant"), QStringLiteral("item_variant") },
        { QStringLiteral("price"), QStringLiteral("price") },
        { QStringLiteral("quantity"), QStringLiteral("quantity") },
        { QStringLiteral("coupon"), QStringLiteral("coupon") },
        { QStringLiteral("position"), QStringLiteral("index") },
        { QStringLiteral("affiliation"), QStringLiteral("affiliation") },
        { QStringLiteral("discount"), QStringLiteral("discount") },
    };
    return fields;
}

/// One GA4 item from a Segment product; \a used receives the product keys it consumed.
QJsonObject itemOf(const QJsonObject& product, bool withCustom, QStringList& notes, QStringList* used = nullptr)
{
    QJsonObject item;
    QStringList consumed;
    for (const auto& [segment, ga4] : productFields()) {
        const QJsonValue value = product.value(segment);
        if (value.isUndefined() || value.isNull())
            continue;
        const bool numeric = ga4 == QLatin1String("price") || ga4 == QLatin1String("quantity")
            || ga4 == QLatin1String("index") || ga4 == QLatin1String("discount");
        if (numeric && value.isDouble())
            item.insert(ga4, value);
        else
            item.insert(ga4,
                cut(idText(value).isEmpty() ? PropertyFlattener::elementText(value) : idText(value), maxValueChars));
        consumed.append(segment);
    }
    // The spec's product_id; older senders use sku or id.
    if (!item.contains(QLatin1String("item_id"))) {
        for (const char* alternative : { "sku", "id" }) {
            const QString key = QString::fromLatin1(alternative);
            const QString value = idText(product.value(key));
            if (!value.isEmpty()) {
                item.insert(QStringLiteral("item_id"), cut(value, maxValueChars));
                consumed.append(key);
                break;
            }
        }
    }
    if (withCustom) {
        // The product's other fields as item-scoped custom parameters.
        ParamSet custom(ParamSet::Kind::Item);
        for (auto it = product.begin(); it != product.end(); ++it) {
            if (!consumed.contains(it.key()))
                custom.addProperty(it.key(), it.value());
        }
        const QJsonObject extra = custom.object();
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            if (!item.contains(it.key()))
                item.insert(it.key(), it.value());
        }
        custom.appendNotes(notes, QCoreApplication::translate("Journey::Ga4Provider", "item parameters"));
    }
    if (used)
        *used = consumed;
    return item;
}

/// The items of a `products` array, with notes about what GA4 cannot take.
QJsonArray itemsOf(const QJsonArray& products, QStringList& notes)
{
    QJsonArray items;
    QStringList itemNotes;
    int withoutId = 0;
    for (const QJsonValue& product : products) {
        if (items.size() >= maxItems)
            break;
        const QJsonObject item = itemOf(product.toObject(), true, itemNotes);
        if (!item.contains(QLatin1String("item_id")) && !item.contains(QLatin1String("item_name")))
            ++withoutId;
        items.append(item);
    }
    itemNotes.removeDuplicates();
    notes += itemNotes;
    if (products.size() > maxItems)
        notes.append(QCoreApplication::translate(
            "Journey::Ga4Provider", "products over GA4's limit of %1 items per event not sent: %2")
                         .arg(maxItems)
                         .arg(products.size() - maxItems));
    if (withoutId > 0)
        notes.append(QCoreApplication::translate("Journey::Ga4Provider",
            "%n item(s) without product_id/sku or name: GA4 needs item_id or item_name", nullptr, withoutId));
    return items;
}

/// Fills \a params for an ecommerce event and returns the property keys consumed and the mapping in words.
QStringList mapEcommerce(const EcommerceEvent& spec, const QJsonObject& properties, ParamSet& params,
    QStringList& mapped, QStringList& notes)
{
    QStringList consumed;
    auto take = [&](const QString& from, const QString& to) {
        const QJsonValue value = properties.value(from);
        if (value.isUndefined() || value.isNull())
            return false;
        const QString text = idText(value).isEmpty() ? PropertyFlattener::elementText(value) : idText(value);
        params.addFixed(to, value.isDouble() ? value : QJsonValue(text));
        consumed.append(from);
        if (from != to)
            mapped.append(from + QStringLiteral(" → ") + to);
        return true;
    };

    const QJsonValue currency = properties.value(QLatin1String("currency"));
    if (currency.isString()) {
        params.addFixed(QStringLiteral("currency"), currency.toString().trimmed().toUpper());
        consumed.append(QStringLiteral("currency"));
    }

    bool hasValue = false;
    switch (spec.kind) {
    case EcommerceKind::Order:
    case EcommerceKind::Cart:
        if (spec.kind == EcommerceKind::Order)
            take(QStringLiteral("order_id"), QStringLiteral("transaction_id"));
        if (spec.kind == EcommerceKind::Cart)
            take(QStringLiteral("payment_method"), QStringLiteral("payment_type"));
        // GA4's value: Segment's total (revenue after discounts, with shipping and tax), else revenue.
        for (const char* key : { "total", "revenue", "value" }) {
            if (properties.value(QLatin1String(key)).isDouble()) {
                hasValue = take(QString::fromLatin1(key), QStringLiteral("value"));
                break;
            }
        }
        break;
    case EcommerceKind::Product: {
        // The product's own fields become the one item; the event's other properties stay event parameters.
        QStringList used;
        const QJsonObject item = itemOf(properties, false, notes, &used);
        consumed += used;
        params.addFixed(QStringLiteral("items"), QJsonArray { item });
        mapped.append(QCoreApplication::translate("Journey::Ga4Provider", "product fields → items[0]"));
        if (properties.value(QLatin1String("value")).isDouble()) {
            hasValue = true;
        } else if (properties.value(QLatin1String("price")).isDouble()) {
            const double quantity = properties.value(QLatin1String("quantity")).toDouble(1);
            params.addFixed(QStringLiteral("value"), properties.value(QLatin1String("price")).toDouble() * quantity);
            mapped.append(QCoreApplication::translate("Journey::Ga4Provider", "price × quantity → value"));
            hasValue = true;
        }
        if (!item.contains(QLatin1String("item_id")) && !item.contains(QLatin1String("item_name")))
            notes.append(QCoreApplication::translate(
                "Journey::Ga4Provider", "the product has no product_id/sku or name: GA4 needs item_id or item_name"));
        break;
    }
    case EcommerceKind::List:
        take(QStringLiteral("list_id"), QStringLiteral("item_list_id"));
        take(QStringLiteral("category"), QStringLiteral("item_list_name"));
        break;
    case EcommerceKind::Search:
        take(QStringLiteral("query"), QStringLiteral("search_term"));
        break;
    }

    const QJsonValue products = properties.value(QLatin1String("products"));
    if (spec.kind != EcommerceKind::Product && products.isArray()) {
        params.addFixed(QStringLiteral("items"), itemsOf(products.toArray(), notes));
        consumed.append(QStringLiteral("products"));
        mapped.append(QStringLiteral("products → items"));
    }
    if (hasValue && !params.contains(QLatin1String("currency")))
        notes.append(QCoreApplication::translate(
            "Journey::Ga4Provider", "value without currency: GA4 counts no revenue for it"));
    return consumed;
}

QByteArray sha256Hex(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

/// Google's normalisation before hashing an e-mail address (lower case, trimmed, no dots before @gmail.com).
QString normalizedEmail(const QString& email)
{
    QString text = email.trimmed().toLower();
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at > 0) {
        const QString domain = text.mid(at + 1);
        if (domain == QLatin1String("gmail.com") || domain == QLatin1String("googlemail.com"))
            text = text.left(at).remove(QLatin1Char('.')) + QLatin1Char('@') + domain;
    }
    return text;
}

/// Google's normalisation of a phone number: its digits with a leading "+".
QString normalizedPhone(const QString& phone)
{
    QString digits;
    for (const QChar ch : phone) {
        if (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))
            digits += ch;
    }
    return digits.isEmpty() ? QString() : QLatin1Char('+') + digits;
}

/// Request-level `device` from the Segment context.
QJsonObject deviceOf(const QJsonObject& context, QStringList& used)
{
    QJsonObject device;
    const QString locale = context.value(QLatin1String("locale")).toString();
    if (!locale.isEmpty()) {
        device.insert(QStringLiteral("language"), locale);
        used.append(QStringLiteral("locale"));
    }
    const QJsonObject screen = context.value(QLatin1String("screen")).toObject();
    if (screen.value(QLatin1String("width")).isDouble() && screen.value(QLatin1String("height")).isDouble()) {
        const QString resolution = numberText(screen.value(QLatin1String("width")).toDouble()) + QLatin1Char('x')
            + numberText(screen.value(QLatin1String("height")).toDouble());
        device.insert(QStringLiteral("screen_resolution"), resolution);
        used.append(QStringLiteral("screen"));
    }
    const QJsonObject os = context.value(QLatin1String("os")).toObject();
    if (os.value(QLatin1String("name")).isString()) {
        device.insert(QStringLiteral("operating_system"), os.value(QLatin1String("name")).toString());
        if (os.value(QLatin1String("version")).isString())
            device.insert(QStringLiteral("operating_system_version"), os.value(QLatin1String("version")).toString());
        used.append(QStringLiteral("os"));
    }
    const QJsonObject hardware = context.value(QLatin1String("device")).toObject();
    if (hardware.value(QLatin1String("model")).isString())
        device.insert(QStringLiteral("model"), hardware.value(QLatin1String("model")).toString());
    if (hardware.value(QLatin1String("manufacturer")).isString())
        device.insert(QStringLiteral("brand"), hardware.value(QLatin1String("manufacturer")).toString());
    if (device.contains(QLatin1String("model")) || device.contains(QLatin1String("brand")))
        used.append(QStringLiteral("device"));
    return device;
}

/// A number when \a value is one or a string of digits (GA4's session ids are epoch seconds).
QJsonValue numberIfNumeric(const QJsonValue& value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return number;
    }
    return value;
}

/// One event as GA4 gets it, with what its request must carry.
struct Encoded
{
    QJsonObject event;
    QJsonObject userProperties;
    QJsonObject userData;
    QStringList notes;
    QString rejection;
};

ProviderRequest jsonRequest(const QUrl& url, QByteArray body)
{
    ProviderRequest request;
    request.url = url;
    request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    request.body = std::move(body);
    return request;
}

/// Events of one request under construction: the envelope (client, user, request-level fields) and events.
struct OpenRequest
{
    QByteArray prefix; ///< the envelope without its closing brace, then `,"events":[`
    QList<QByteArray> events;
    QList<int> items;
    qint64 eventBytes = 0;

    qint64 bytes() const { return prefix.size() + eventBytes + qMax<qint64>(0, events.size() - 1) + 2; }
    qint64 bytesWith(qint64 more) const { return bytes() + more + (events.isEmpty() ? 0 : 1); }

    QByteArray body() const
    {
        QByteArray body;
        body.reserve(bytes());
        body += prefix;
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (i > 0)
                body += ',';
            body += events.at(i);
        }
        body += "]}";
        return body;
    }
};

QByteArray prefixOf(const QJsonObject& envelope)
{
    QByteArray prefix = compact(envelope);
    prefix.chop(1);
    prefix += envelope.isEmpty() ? "\"events\":[" : ",\"events\":[";
    return prefix;
}

/// The index of the event a validation message is about, or -1 when it is about the whole request.
int eventIndexOf(const QJsonObject& message)
{
    static const QRegularExpression inPath(QStringLiteral("events\\[(\\d+)\\]"));
    static const QRegularExpression inText(QStringLiteral("index:? *\\[(\\d+)\\]"), QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch match = inPath.match(message.value(QLatin1String("fieldPath")).toString());
    if (!match.hasMatch())
        match = inText.match(message.value(QLatin1String("description")).toString());
    if (!match.hasMatch())
        return -1;
    bool ok = false;
    const int index = match.captured(1).toInt(&ok);
    return ok ? index : -1;
}

} // namespace

QStringList Ga4Provider::integrationNames() const
{
    return { QStringLiteral("Google Analytics 4"), QStringLiteral("GA4"), QStringLiteral("Google Analytics 4 Cloud"),
        QStringLiteral("Google Analytics 4 Web") };
}

QUrl Ga4Provider::defaultEndpoint() const
{
    return QUrl(QStringLiteral("https://www.google-analytics.com"));
}

BatchLimits Ga4Provider::limits() const
{
    BatchLimits limits;
    limits.maxEvents = maxEventsPerRequest;
    limits.maxRequestBytes = maxBodyBytes;
    // GA4 documents no size for one event; its parameter limits keep real events far below the request limit.
    limits.maxEventBytes = maxBodyBytes;
    return limits;
}

QStringList Ga4Provider::settingKeys() const
{
    return { keyMeasurementId(), keyFirebaseAppId(), keyApiSecret(), keyValidate() };
}

bool Ga4Provider::configure(const QJsonObject& settings, QString* error)
{
    auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    const QStringList keys = settingKeys();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!keys.contains(it.key()))
            return fail(tr("%1: unknown key; expected one of: %2").arg(settingName(it.key()), keys.join(QLatin1String(", "))));
    }
    auto readString = [&](const QString& key, QString& out) {
        const QJsonValue value = settings.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return fail(tr("%1: expected a string").arg(settingName(key)));
        out = value.toString().trimmed();
        if (out.isEmpty())
            return fail(tr("%1: expected a non-empty string").arg(settingName(key)));
        return true;
    };

    QString measurementId;
    QString firebaseAppId;
    QString apiSecret;
    if (!readString(keyMeasurementId(), measurementId) || !readString(keyFirebaseAppId(), firebaseAppId)
        || !readString(keyApiSecret(), apiSecret))
        return false;
    if (!measurementId.isEmpty() && !firebaseAppId.isEmpty())
        return fail(tr("%1 and %2: set only one: measurementId for a web stream, firebaseAppId for an app stream")
                        .arg(settingName(keyMeasurementId()), settingName(keyFirebaseAppId())));
    if (measurementId.isEmpty() && firebaseAppId.isEmpty())
        return fail(tr("%1 or %2: required: the G-… measurement id of a web stream, or the Firebase app id of an app "
                       "stream")
                        .arg(settingName(keyMeasurementId()), settingName(keyFirebaseAppId())));
    static const QRegularExpression measurementPattern(QStringLiteral("^G-[A-Za-z0-9]+$"));
    if (!measurementId.isEmpty() && !measurementPattern.match(measurementId).hasMatch())
        return fail(tr("%1: expected a GA4 measurement id such as G-ABC123XYZ (not a stream id or a UA- property)")
                        .arg(settingName(keyMeasurementId())));
    if (apiSecret.isEmpty())
        return fail(tr("%1: required: a Measurement Protocol API secret of the data stream").arg(settingName(keyApiSecret())));

    const QJsonValue validate = settings.value(keyValidate());
    if (!validate.isUndefined() && !validate.isBool())
        return fail(tr("%1: expected true or false").arg(settingName(keyValidate())));

    m_measurementId = measurementId;
    m_firebaseAppId = firebaseAppId;
    m_apiSecret = apiSecret;
    m_validate = validate.toBool(false);
    return true;
}

QStringList Ga4Provider::secrets() const
{
    if (m_apiSecret.isEmpty())
        return {};
    return { m_apiSecret };
}

QString Ga4Provider::sanitizedName(const QString& name, int maxLength, bool lowercase, const QStringList& reserved)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool separator = false;
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter: "é" → "e"
        const char16_t c = ch.unicode();
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (!allowed) {
            separator = true;
            continue;
        }
        if (separator && !out.isEmpty() && !out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
        separator = false;
        out += lowercase ? ch.toLower() : ch;
    }
    while (out.startsWith(QLatin1Char('_')))
        out.remove(0, 1); // "_" is a reserved prefix
    if (out.isEmpty())
        return {};
    const QString lower = out.toLower();
    const bool reservedPrefix = lower.startsWith(QLatin1String("firebase_")) || lower.startsWith(QLatin1String("ga_"))
        || lower.startsWith(QLatin1String("google_"));
    if (!out.at(0).isLetter() || reservedPrefix || reserved.contains(lower))
        out.prepend(QLatin1String("custom_"));
    if (out.size() > maxLength)
        out.truncate(maxLength);
    return out;
}

QString Ga4Provider::clientIdFromUserId(const QString& userId)
{
    const QByteArray digest = QCryptographicHash::hash(userId.toUtf8(), QCryptographicHash::Sha256);
    const quint32 first = qFromBigEndian<quint32>(digest.constData());
    const quint32 second = qFromBigEndian<quint32>(digest.constData() + 4);
    return QString::number(first) + QLatin1Char('.') + QString::number(second);
}

EncodedBatch Ga4Provider::encode(const QList<OutboundEvent>& events, const BatchLimits& limits) const
{
    EncodedBatch batch;

    // The query takes the stream and the secret; both are percent-encoded so a "+" or "&" survives.
    QUrl url = urlFor(m_validate ? QStringLiteral("/debug/mp/collect") : QStringLiteral("/mp/collect"));
    {
        QByteArray query;
        if (isAppStream())
            query = "firebase_app_id=" + QUrl::toPercentEncoding(m_firebaseAppId, ":");
        else
            query = "measurement_id=" + QUrl::toPercentEncoding(m_measurementId);
        query += "&api_secret=" + QUrl::toPercentEncoding(m_apiSecret);
        url.setQuery(QString::fromLatin1(query));
    }
    const int maxEvents = qBound(1, limits.maxEvents, maxEventsPerRequest);
    const qint64 maxBytes = limits.maxRequestBytes;

    const QString deliveryNote = m_validate
        ? tr("validate mode: sent to GA4's validation server (/debug/mp/collect), which records nothing")
        : tr("GA4 answers 2xx even for events it discards (a timestamp over 72 hours old, a malformed field) and has "
             "no dedup id: delivery cannot be confirmed, and a retry after a lost answer records the event twice");

    std::vector<OpenRequest> requests;
    QHash<QByteArray, int> open; // request key → index into requests

    for (int index = 0; index < events.size(); ++index) {
        const OutboundEvent& source = events.at(index);
        const QJsonObject& message = source.message;
        const QJsonObject context = message.value(QLatin1String("context")).toObject();
        const QJsonObject properties = message.value(QLatin1String("properties")).toObject();
        Encoded encoded;
        QStringList& notes = encoded.notes;
        QStringList usedContext;

        if (source.type == EventType::Alias) {
            batch.rejected.append({ index, tr("GA4 has no equivalent of alias: it joins a user's data by user_id only") });
            continue;
        }

        // Who: one client and one user per request.
        const QString anonymousId = idText(message.value(QLatin1String("anonymousId")));
        QString userId = idText(message.value(QLatin1String("userId")));
        if (anonymousId.isEmpty() && userId.isEmpty()) {
            batch.rejected.append({ index, tr("neither userId nor anonymousId is set: GA4 needs a client id") });
            continue;
        }
        QString clientKey;
        QString clientValue;
        if (isAppStream()) {
            clientKey = QStringLiteral("app_instance_id");
            static const QRegularExpression instancePattern(QStringLiteral("^[0-9A-Fa-f]{32}$"));
            if (instancePattern.match(anonymousId).hasMatch()) {
                clientValue = anonymousId.toLower();
            } else {
                const QString basis = anonymousId.isEmpty() ? userId : anonymousId;
                clientValue = QString::fromLatin1(sha256Hex(basis).left(32));
                notes.append(anonymousId.isEmpty()
                        ? tr("no anonymousId: app_instance_id derived from the userId (first 32 hex digits of its "
                             "SHA-256); it does not match the Firebase SDK's own app instance")
                        : tr("the anonymousId is not a Firebase app instance id (32 hex digits): app_instance_id "
                             "derived from it (first 32 hex digits of its SHA-256)"));
            }
        } else {
            clientKey = QStringLiteral("client_id");
            if (!anonymousId.isEmpty()) {
                clientValue = anonymousId;
            } else {
                clientValue = clientIdFromUserId(userId);
                notes.append(tr("no anonymousId: client_id \"%1\" derived from the userId (first 8 bytes of its SHA-256 "
                                "as two numbers), the same for every event of this user")
                                 .arg(clientValue));
            }
        }
        if (userId.size() > maxUserIdChars) {
            notes.append(tr("user_id not sent: the userId is %1 characters long and GA4 takes at most 256").arg(userId.size()));
            userId.clear();
        }

        // What: the event name and its parameters.
        ParamSet params(ParamSet::Kind::Event);
        QStringList consumed; // property keys already mapped
        QString eventName;
        switch (source.type) {
        case EventType::Track: {
            const QString original = message.value(QLatin1String("event")).toString();
            if (const EcommerceEvent* spec = ecommerceEvent(original)) {
                eventName = QString::fromLatin1(spec->ga4);
                QStringList mapped;
                consumed = mapEcommerce(*spec, properties, params, mapped, notes);
                notes.append(mapped.isEmpty()
                        ? tr("\"%1\" sent as GA4's ecommerce event \"%2\"").arg(original, eventName)
                        : tr("\"%1\" sent as GA4's ecommerce event \"%2\" (%3)")
                              .arg(original, eventName, mapped.join(QLatin1String(", "))));
            } else {
                eventName = sanitizedName(original, maxNameChars, true, reservedEventNames());
                if (eventName.isEmpty()) {
                    encoded.rejection = original.trimmed().isEmpty()
                        ? tr("track without an event name: GA4 needs one")
                        : tr("the event name \"%1\" has no letter or digit GA4 accepts in names").arg(cut(original, 80));
                    break;
                }
                if (eventName != original)
                    notes.append(tr("event name \"%1\" sent as \"%2\" (GA4 names: letters, digits and _, starting with "
                                    "a letter, at most 40 characters, not reserved by GA4)")
                                     .arg(cut(original, 80), eventName));
            }
            break;
        }
        case EventType::Page: {
            eventName = QStringLiteral("page_view");
            const QJsonObject page = context.value(QLatin1String("page")).toObject();
            const struct { const char* property; const char* param; } fields[] = {
                { "url", "page_location" }, { "title", "page_title" }, { "referrer", "page_referrer" } };
            bool usedPage = false;
            for (const auto& field : fields) {
                const QString key = QString::fromLatin1(field.property);
                QString value = properties.value(key).toString();
                if (!value.isEmpty()) {
                    consumed.append(key);
                } else {
                    value = page.value(key).toString();
                    usedPage = usedPage || !value.isEmpty();
                }
                if (!value.isEmpty())
                    params.addFixed(QString::fromLatin1(field.param), value);
            }
            if (usedPage)
                usedContext.append(QStringLiteral("page"));
            const QString name = message.value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                params.addFixed(QStringLiteral("page_name"), name);
            const QString category = message.value(QLatin1String("category")).toString();
            if (!category.isEmpty())
                params.addFixed(QStringLiteral("page_category"), category);
            notes.append(tr("page sent as GA4's page_view event (url → page_location, title → page_title, referrer → "
                            "page_referrer, name → page_name)"));
            break;
        }
        case EventType::Screen: {
            eventName = QStringLiteral("screen_view");
            const QString name = message.value(QLatin1String("name")).toString();
            const QString category = message.value(QLatin1String("category")).toString();
            if (!name.isEmpty())
                params.addFixed(QStringLiteral("screen_name"), name);
            if (!category.isEmpty() || !name.isEmpty())
                params.addFixed(QStringLiteral("screen_class"), category.isEmpty() ? name : category);
            notes.append(tr("screen sent as GA4's screen_view event (name → screen_name, category or else name → "
                            "screen_class)"));
            break;
        }
        case EventType::Identify: {
            eventName = QStringLiteral("login");
            QJsonObject traits = message.value(QLatin1String("traits")).toObject();
            // E-mail and phone only hashed, in user_data (which GA4 takes only with a user_id).
            QJsonArray emails;
            QJsonArray phones;
            for (const QString& key : traits.keys()) {
                const QString word = keyWord(key);
                const QJsonValue value = traits.value(key);
                if (!value.isString() || userId.isEmpty())
                    continue;
                if (word == QLatin1String("email") || word == QLatin1String("emailaddress")) {
                    const QString email = normalizedEmail(value.toString());
                    if (!email.isEmpty() && emails.size() < 3)
                        emails.append(QString::fromLatin1(sha256Hex(email)));
                    traits.remove(key);
                } else if (word == QLatin1String("phone") || word == QLatin1String("phonenumber")) {
                    const QString phone = normalizedPhone(value.toString());
                    if (!phone.isEmpty() && phones.size() < 3)
                        phones.append(QString::fromLatin1(sha256Hex(phone)));
                    traits.remove(key);
                }
            }
            if (!emails.isEmpty())
                encoded.userData.insert(QStringLiteral("sha256_email_address"), emails);
            if (!phones.isEmpty())
                encoded.userData.insert(QStringLiteral("sha256_phone_number"), phones);
            if (!encoded.userData.isEmpty())
                notes.append(tr("e-mail addresses and phone numbers sent only as SHA-256 hashes in user_data (after "
                                "Google's normalisation), not as user properties"));
            ParamSet userProperties(ParamSet::Kind::UserProperty);
            userProperties.addAll(traits);
            userProperties.appendNotes(notes, tr("traits"));
            encoded.userProperties = userProperties.object();
            notes.append(tr("identify sent as GA4's recommended \"login\" event carrying the user_id and the traits as "
                            "user_properties (GA4 has no identify call)"));
            break;
        }
        case EventType::Group: {
            eventName = QStringLiteral("join_group");
            const QString groupId = idText(message.value(QLatin1String("groupId")));
            if (groupId.isEmpty()) {
                encoded.rejection = tr("group without a groupId: join_group needs group_id");
                break;
            }
            params.addFixed(QStringLiteral("group_id"), groupId);
            if (groupId.size() > maxUserPropertyValueChars)
                notes.append(tr("user property group_id cut to GA4's 36 characters"));
            encoded.userProperties.insert(QStringLiteral("group_id"),
                QJsonObject { { QStringLiteral("value"), cut(groupId, maxUserPropertyValueChars) } });
            ParamSet traits(ParamSet::Kind::Event);
            traits.addAll(message.value(QLatin1String("traits")).toObject(), QStringLiteral("group"));
            const QJsonObject traitParams = traits.object();
            for (auto it = traitParams.begin(); it != traitParams.end(); ++it)
                params.addFixed(it.key(), it.value());
            traits.appendNotes(notes, tr("group traits"));
            notes.append(tr("group sent as GA4's recommended \"join_group\" event with group_id, the traits as "
                            "group_* parameters, and the user property group_id (GA4 has no groups)"));
            break;
        }
        case EventType::Alias:
            break;
        }
        if (!encoded.rejection.isEmpty()) {
            batch.rejected.append({ index, encoded.rejection });
            continue;
        }

        // Where the page is, for events other than page views (gtag sends it on every event).
        if (source.type != EventType::Page) {
            const QJsonObject page = context.value(QLatin1String("page")).toObject();
            const QString url = page.value(QLatin1String("url")).toString();
            if (!url.isEmpty() && !properties.contains(QLatin1String("page_location"))) {
                params.addFixed(QStringLiteral("page_location"), url);
                const QString title = page.value(QLatin1String("title")).toString();
                if (!title.isEmpty() && !properties.contains(QLatin1String("page_title")))
                    params.addFixed(QStringLiteral("page_title"), title);
                usedContext.append(QStringLiteral("page"));
            }
        }

        // Sessions: the properties win over the context.
        if (!properties.contains(QLatin1String("session_id"))) {
            const QJsonValue session = context.value(QLatin1String("sessionId"));
            if (session.isString() || session.isDouble()) {
                params.addFixed(QStringLiteral("session_id"), numberIfNumeric(session));
                usedContext.append(QStringLiteral("sessionId"));
            }
        }
        if (!properties.contains(QLatin1String("engagement_time_msec"))) {
            const QJsonValue engagement = context.value(QLatin1String("engagementTimeMsec"));
            if (engagement.isString() || engagement.isDouble()) {
                params.addFixed(QStringLiteral("engagement_time_msec"), numberIfNumeric(engagement));
                usedContext.append(QStringLiteral("engagementTimeMsec"));
            }
        }

        // The remaining properties (track, page, screen).
        if (source.type == EventType::Track || source.type == EventType::Page || source.type == EventType::Screen) {
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (!consumed.contains(it.key()))
                    params.addProperty(it.key(), it.value());
            }
        }
        params.appendNotes(notes, tr("parameters"));

        encoded.event.insert(QStringLiteral("name"), eventName);
        const QJsonObject paramObject = params.object();
        if (!paramObject.isEmpty())
            encoded.event.insert(QStringLiteral("params"), paramObject);
        const std::optional<qint64> ms = Timestamp::parseIso8601(message.value(QLatin1String("timestamp")).toString().toUtf8());
        if (ms)
            encoded.event.insert(QStringLiteral("timestamp_micros"), *ms * 1000);
        else
            notes.append(tr("timestamp unreadable: GA4 uses the time it receives the event"));

        // Request-level fields from the context.
        QJsonObject envelope { { clientKey, clientValue } };
        if (!userId.isEmpty())
            envelope.insert(QStringLiteral("user_id"), userId);
        const QString ip = context.value(QLatin1String("ip")).toString();
        if (!ip.isEmpty()) {
            envelope.insert(QStringLiteral("ip_override"), ip);
            usedContext.append(QStringLiteral("ip"));
        }
        const QJsonObject device = deviceOf(context, usedContext);
        if (!device.isEmpty())
            envelope.insert(QStringLiteral("device"), device);
        if (m_validate)
            envelope.insert(QStringLiteral("validation_behavior"), QStringLiteral("ENFORCE_RECOMMENDATIONS"));
        QByteArray key = compact(envelope);

        QStringList unsent;
        for (auto it = context.begin(); it != context.end(); ++it) {
            if (!usedContext.contains(it.key()))
                unsent.append(QStringLiteral("context.") + it.key());
        }
        if (!unsent.isEmpty())
            notes.append(tr("not sent, the Measurement Protocol has no field for it: %1").arg(listed(unsent)));
        notes.append(deliveryNote);

        const bool hasRequestFields = !encoded.userProperties.isEmpty() || !encoded.userData.isEmpty();
        if (!encoded.userProperties.isEmpty())
            envelope.insert(QStringLiteral("user_properties"), encoded.userProperties);
        if (!encoded.userData.isEmpty())
            envelope.insert(QStringLiteral("user_data"), encoded.userData);

        const QByteArray eventBytes = compact(encoded.event);
        const QByteArray prefix = prefixOf(envelope);
        const qint64 soloBytes = prefix.size() + eventBytes.size() + 2;
        if (eventBytes.size() > limits.maxEventBytes) {
            batch.rejected.append({ index, tr("encoded for GA4 this event takes %1 bytes; the limit is %2 bytes per event")
                                               .arg(eventBytes.size())
                                               .arg(limits.maxEventBytes) });
            continue;
        }
        if (soloBytes > maxBytes) {
            batch.rejected.append({ index, tr("a request carrying only this event would take %1 bytes; GA4 takes at "
                                              "most %2 bytes per request")
                                               .arg(soloBytes)
                                               .arg(maxBytes) });
            continue;
        }

        // Join the open request of this client and user, or start one. User properties start a request of their
        // own so they apply from this event on, not to earlier events.
        auto found = open.constFind(key);
        bool startNew = found == open.constEnd() || hasRequestFields;
        if (!startNew) {
            const OpenRequest& current = requests.at(size_t(*found));
            startNew = current.events.size() >= maxEvents || current.bytesWith(eventBytes.size()) > maxBytes;
        }
        if (startNew) {
            OpenRequest request;
            request.prefix = prefix;
            requests.push_back(std::move(request));
            open.insert(key, int(requests.size() - 1));
            found = open.constFind(key);
        }
        OpenRequest& target = requests.at(size_t(*found));
        target.events.append(eventBytes);
        target.items.append(index);
        target.eventBytes += eventBytes.size();

        for (const QString& note : std::as_const(notes))
            batch.notes.append({ index, note });
    }

    for (const OpenRequest& pending : requests) {
        ProviderRequest request = jsonRequest(url, pending.body());
        request.items = pending.items;
        request.label = m_validate ? tr("validate %n event(s)", nullptr, int(pending.items.size()))
                                   : tr("%n event(s)", nullptr, int(pending.items.size()));
        batch.requests.append(std::move(request));
    }
    return batch;
}

DeliveryVerdict Ga4Provider::classify(const ProviderRequest& request, const ProviderResponse& response) const
{
    DeliveryVerdict verdict = classifyHttp(request, response);
    if (verdict.outcome != DeliveryOutcome::Delivered || !request.url.path().endsWith(QLatin1String("/debug/mp/collect")))
        return verdict;

    // The validation server: 200 with {"validationMessages": [...]}, empty when every event is valid.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    const QJsonValue messages = document.object().value(QLatin1String("validationMessages"));
    if (error.error != QJsonParseError::NoError || !document.isObject() || !messages.isArray()) {
        verdict.outcome = DeliveryOutcome::Failed;
        verdict.reason = tr("GA4's validation server answered without validationMessages: %1").arg(describe(response));
        return verdict;
    }

    QStringList requestProblems;
    QHash<int, QStringList> eventProblems;
    for (const QJsonValue& value : messages.toArray()) {
        const QJsonObject message = value.toObject();
        const QString text = tr("GA4 validation %1 at %2: %3")
                                 .arg(message.value(QLatin1String("validationCode")).toString(),
                                     message.value(QLatin1String("fieldPath")).toString(),
                                     message.value(QLatin1String("description")).toString());
        const int index = eventIndexOf(message);
        if (index >= 0 && index < request.items.size())
            eventProblems[index].append(text);
        else
            requestProblems.append(text);
    }
    if (!requestProblems.isEmpty()) {
        verdict.outcome = DeliveryOutcome::Failed;
        verdict.reason = requestProblems.join(QLatin1String("; "));
        return verdict;
    }
    QList<int> indexes = eventProblems.keys();
    std::sort(indexes.begin(), indexes.end());
    for (int index : std::as_const(indexes)) {
        DeliveryVerdict::Item item;
        item.index = index;
        item.outcome = DeliveryOutcome::Failed;
        item.reason = eventProblems.value(index).join(QLatin1String("; "));
        verdict.items.append(item);
    }
    if (!indexes.isEmpty() && indexes.size() == request.items.size()) {
        verdict.outcome = DeliveryOutcome::Failed;
        verdict.reason = verdict.items.constFirst().reason;
    }
    return verdict;
}

} // namespace Journey
