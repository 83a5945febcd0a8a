// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "ga4hitparser.h"

#include <QJsonArray>
#include <QUrl>

#include <cmath>
#include <map>
#include <optional>

namespace Journey {

namespace {

using Field = QPair<QString, QString>;

/// The query's parameters, then the hit's own, each replacing a shared one of the same name.
QList<Field> merged(const QList<RequestBodyReader::FormField>& shared, const QList<RequestBodyReader::FormField>& own)
{
    QList<Field> fields;
    fields.reserve(shared.size() + own.size());
    const auto put = [&fields](const RequestBodyReader::FormField& field) {
        const QString value = QString::fromUtf8(field.value);
        for (Field& existing : fields) {
            if (existing.first == field.name) {
                existing.second = value;
                return;
            }
        }
        fields.append({ field.name, value });
    };
    for (const auto& field : shared)
        put(field);
    for (const auto& field : own)
        put(field);
    return fields;
}

std::optional<double> number(const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString numberError(const QString& name, const QString& value)
{
    return QStringLiteral("%1: expected a number, got \"%2\"").arg(name, value.left(40));
}

/// Item parameter codes (two letters) and the GA4 item parameter each stands for.
QString itemKey(QStringView code)
{
    static const std::map<QString, QString> keys {
        { QStringLiteral("id"), QStringLiteral("item_id") },
        { QStringLiteral("nm"), QStringLiteral("item_name") },
        { QStringLiteral("br"), QStringLiteral("item_brand") },
        { QStringLiteral("ca"), QStringLiteral("item_category") },
        { QStringLiteral("c2"), QStringLiteral("item_category2") },
        { QStringLiteral("c3"), QStringLiteral("item_category3") },
        { QStringLiteral("c4"), QStringLiteral("item_category4") },
        { QStringLiteral("c5"), QStringLiteral("item_category5") },
        { QStringLiteral("va"), QStringLiteral("item_variant") },
        { QStringLiteral("pr"), QStringLiteral("price") },
        { QStringLiteral("qt"), QStringLiteral("quantity") },
        { QStringLiteral("cp"), QStringLiteral("coupon") },
        { QStringLiteral("ln"), QStringLiteral("item_list_name") },
        { QStringLiteral("li"), QStringLiteral("item_list_id") },
        { QStringLiteral("lp"), QStringLiteral("index") },
        { QStringLiteral("ds"), QStringLiteral("discount") },
        { QStringLiteral("af"), QStringLiteral("affiliation") },
        { QStringLiteral("pi"), QStringLiteral("promotion_id") },
        { QStringLiteral("pn"), QStringLiteral("promotion_name") },
        { QStringLiteral("cn"), QStringLiteral("creative_name") },
        { QStringLiteral("cs"), QStringLiteral("creative_slot") },
        { QStringLiteral("lo"), QStringLiteral("location_id") },
    };
    const auto found = keys.find(code.toString());
    return found == keys.end() ? QString() : found->second;
}

bool isNumericItemKey(const QString& key)
{
    return key == QLatin1String("price") || key == QLatin1String("quantity") || key == QLatin1String("index")
        || key == QLatin1String("discount");
}

/// `pr12` → 12; nothing for other names.
std::optional<int> itemIndex(const QString& name)
{
    if (name.size() < 3 || !name.startsWith(QLatin1String("pr")))
        return std::nullopt;
    bool ok = false;
    const int index = QStringView(name).sliced(2).toInt(&ok);
    if (!ok || index < 0 || !name.at(2).isDigit())
        return std::nullopt;
    return index;
}

} // namespace

bool Ga4HitParser::readItem(const QString& text, QJsonObject& item, QString* error)
{
    // Parts are separated by '~'; "~~" is a '~' inside a value.
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'~') {
            part.append(text[i]);
        } else if (i + 1 < text.size() && text[i + 1] == u'~') {
            part.append(u'~');
            ++i;
        } else {
            parts.append(part);
            part.clear();
        }
    }
    parts.append(part);

    // Custom item parameters come as pairs: k0<name>~v0<value>.
    std::map<QString, QString> customNames;
    std::map<QString, QString> customValues;
    for (const QString& piece : std::as_const(parts)) {
        if (piece.isEmpty())
            continue;
        if (piece.size() < 2) {
            *error = QStringLiteral("malformed item part \"%1\" (expected a two-letter code and a value)").arg(piece);
            return false;
        }
        const QStringView code = QStringView(piece).first(2);
        const QString value = piece.mid(2);
        if ((code[0] == u'k' || code[0] == u'v') && code[1].isDigit()) {
            // k0…k9 and v0…v9 (also k10…: the digits run up to the value).
            qsizetype digits = 1;
            while (digits < piece.size() && piece[digits].isDigit())
                ++digits;
            const QString slot = piece.mid(1, digits - 1);
            (code[0] == u'k' ? customNames : customValues)[slot] = piece.mid(digits);
            continue;
        }
        const QString key = itemKey(code);
        if (key.isEmpty()) {
            item.insert(code.toString(), value); // unknown code: kept under its own name
        } else if (isNumericItemKey(key)) {
            const auto parsed = number(value);
            if (!parsed) {
                *error = numberError(code.toString(), value);
                return false;
            }
            item.insert(key, *parsed);
        } else {
            item.insert(key, value);
        }
    }
    for (const auto& [slot, name] : customNames) {
        const auto value = customValues.find(slot);
        if (!name.isEmpty())
            item.insert(name, value == customValues.end() ? QString() : value->second);
    }
    return true;
}

bool Ga4HitParser::read(const QList<RequestBodyReader::FormField>& shared,
    const QList<RequestBodyReader::FormField>& own, Hit& out, QString* error)
{
    out = Hit();
    const QList<Field> fields = merged(shared, own);

    QString eventName;
    QJsonObject params;
    QJsonObject userProperties;
    QJsonObject device;
    QJsonObject hit;
    QJsonObject page;
    std::map<int, QJsonObject> items;
    QString location;
    QString referrer;
    QString title;
    bool hasLocation = false;
    bool hasReferrer = false;
    bool hasTitle = false;

    for (const auto& [name, value] : fields) {
        if (name == QLatin1String("en")) {
            eventName = value;
        } else if (name == QLatin1String("tid")) {
            out.measurementId = value;
        } else if (name == QLatin1String("cid")) {
            out.body.insert(QStringLiteral("client_id"), value);
        } else if (name == QLatin1String("uid")) {
            out.body.insert(QStringLiteral("user_id"), value);
        } else if (name.startsWith(QLatin1String("ep.")) && name.size() > 3) {
            params.insert(name.mid(3), value);
        } else if (name.startsWith(QLatin1String("epn.")) && name.size() > 4) {
            const auto parsed = number(value);
            if (!parsed) {
                *error = numberError(name, value);
                return false;
            }
            params.insert(name.mid(4), *parsed);
        } else if (name.startsWith(QLatin1String("up.")) && name.size() > 3) {
            userProperties.insert(name.mid(3), QJsonObject { { QStringLiteral("value"), value } });
        } else if (name.startsWith(QLatin1String("upn.")) && name.size() > 4) {
            const auto parsed = number(value);
            if (!parsed) {
                *error = numberError(name, value);
                return false;
            }
            userProperties.insert(name.mid(4), QJsonObject { { QStringLiteral("value"), *parsed } });
        } else if (name == QLatin1String("dl")) {
            location = value;
            hasLocation = true;
        } else if (name == QLatin1String("dr")) {
            referrer = value;
            hasReferrer = true;
        } else if (name == QLatin1String("dt")) {
            title = value;
            hasTitle = true;
        } else if (name == QLatin1String("sid")) {
            params.insert(QStringLiteral("session_id"), value);
        } else if (name == QLatin1String("_et")) {
            const auto parsed = number(value);
            if (!parsed) {
                *error = numberError(name, value);
                return false;
            }
            params.insert(QStringLiteral("engagement_time_msec"), *parsed);
        } else if (name == QLatin1String("cu")) {
            params.insert(QStringLiteral("currency"), value);
        } else if (name == QLatin1String("ul")) {
            device.insert(QStringLiteral("language"), value);
            out.context.insert(QStringLiteral("locale"), value);
        } else if (name == QLatin1String("sr")) {
            device.insert(QStringLiteral("screen_resolution"), value);
            const qsizetype x = value.indexOf(u'x');
            bool widthOk = false;
            bool heightOk = false;
            const int width = x > 0 ? value.left(x).toInt(&widthOk) : 0;
            const int height = x > 0 ? value.mid(x + 1).toInt(&heightOk) : 0;
            if (widthOk && heightOk)
                out.context.insert(QStringLiteral("screen"),
                    QJsonObject { { QStringLiteral("width"), width }, { QStringLiteral("height"), height } });
        } else if (const auto index = itemIndex(name)) {
            QJsonObject item;
            if (!readItem(value, item, error)) {
                *error = name + QStringLiteral(": ") + *error;
                return false;
            }
            items[*index] = item;
        } else {
            hit.insert(name, value);
        }
    }

    if (out.measurementId.isEmpty()) {
        *error = QStringLiteral("tid: required (the measurement id, G-…)");
        return false;
    }
    if (eventName.isEmpty()) {
        *error = QStringLiteral("en: required (the event name)");
        return false;
    }

    // gtag sends the page with every event; GA4 makes event parameters of it. ep.page_* set explicitly win.
    if (hasLocation) {
        if (!params.contains(QLatin1String("page_location")))
            params.insert(QStringLiteral("page_location"), location);
        page.insert(QStringLiteral("url"), location);
        const QUrl url(location);
        if (url.isValid() && !url.path().isEmpty()) {
            page.insert(QStringLiteral("path"), url.path());
            if (url.hasQuery())
                page.insert(QStringLiteral("search"), QString(u'?' + url.query(QUrl::FullyEncoded)));
        }
    }
    if (hasReferrer) {
        if (!params.contains(QLatin1String("page_referrer")))
            params.insert(QStringLiteral("page_referrer"), referrer);
        page.insert(QStringLiteral("referrer"), referrer);
    }
    if (hasTitle) {
        if (!params.contains(QLatin1String("page_title")))
            params.insert(QStringLiteral("page_title"), title);
        page.insert(QStringLiteral("title"), title);
    }
    if (!page.isEmpty())
        out.context.insert(QStringLiteral("page"), page);
    if (!items.empty()) {
        QJsonArray array;
        for (const auto& [index, item] : items)
            array.append(item);
        params.insert(QStringLiteral("items"), array);
    }

    QJsonObject event { { QStringLiteral("name"), eventName } };
    if (!params.isEmpty())
        event.insert(QStringLiteral("params"), params);
    out.body.insert(QStringLiteral("events"), QJsonArray { event });
    if (!userProperties.isEmpty())
        out.body.insert(QStringLiteral("user_properties"), userProperties);
    if (!device.isEmpty())
        out.body.insert(QStringLiteral("device"), device);
    if (!hit.isEmpty())
        out.body.insert(QStringLiteral("hit"), hit);
    return true;
}

} // namespace Journey
