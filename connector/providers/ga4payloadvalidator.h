// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Journey {

/*!
 * Google Analytics 4 Measurement Protocol checks on a request body (`{client_id, user_id, timestamp_micros,
 * user_properties, events:[{name, params, timestamp_micros}]}`), as Google's validation server
 * (`/debug/mp/collect`) reports them: a list of {fieldPath, description, validationCode} with Google's codes
 * (VALUE_INVALID, VALUE_REQUIRED, NAME_INVALID, NAME_RESERVED, VALUE_OUT_OF_BOUNDS, EXCEEDED_MAX_ENTITIES) and
 * descriptions worded like Google's ("Event at index: [0] has invalid name [_x]. …").
 *
 * The checks are Google's documented limits (../shared/reference/providers.md §5.2): at most 25 events per
 * request, 25 parameters per event and 25 user properties; event and parameter names of at most 40 characters
 * (user properties 24) made of letters, digits and `_`, starting with a letter, not reserved; parameter values of
 * at most 100 characters (page_location 1000, page_referrer 420, page_title 300), user property values of at most
 * 36; client_id (web) or app_instance_id (app) required; user_id at most 256 characters; timestamps no more than
 * 72 hours in the past; a body under 130 000 bytes.
 *
 * Field paths are precise ("events[2].params.page_title", "user_properties.tier.value") where Google often
 * writes only "events"; each message also says which event it concerns (eventIndex, -1 for the request).
 * A JSON object cannot hold a name twice, so NAME_DUPLICATED is never reported.
 *
 * Used by the collector's GA4 decoder and by tracking-plan lints. Stateless and thread-safe.
 */
class Ga4PayloadValidator
{
public:
    /// One finding, in the shape of an entry of Google's `validationMessages`.
    struct Message
    {
        QString fieldPath;
        QString description;
        QString validationCode;
        int eventIndex = -1; ///< the event it concerns, -1 for the request as a whole

        /// {"fieldPath", "description", "validationCode"}: an entry of `validationMessages`.
        QJsonObject toJson() const;
        bool operator==(const Message& other) const = default;
    };

    /// Which kind of data stream the request is for: it decides whether client_id or app_instance_id is needed.
    enum class Stream {
        Unknown, ///< either id will do
        Web, ///< `measurement_id`: client_id required
        App, ///< `firebase_app_id`: app_instance_id required
    };

    struct Options
    {
        Stream stream = Stream::Unknown;
        /// "Now" for the 72-hour back-dating limit, ms since the epoch; 0 = the current time.
        qint64 nowMs = 0;
        /// Size of the body as sent, in bytes; negative = unknown (no size check).
        qsizetype bodyBytes = -1;
    };

    // Google's documented limits.
    static constexpr int maxEvents = 25;
    static constexpr int maxParams = 25;
    static constexpr int maxUserProperties = 25;
    static constexpr int maxNameChars = 40;
    static constexpr int maxUserPropertyNameChars = 24;
    static constexpr int maxParamValueChars = 100;
    static constexpr int maxUserPropertyValueChars = 36;
    static constexpr int maxUserIdChars = 256;
    static constexpr qint64 maxBackdateMs = 72LL * 3600 * 1000;
    static constexpr qsizetype maxBodyBytes = 130000; ///< "< 130kB": a body must be smaller than this

    /// Checks \a body (the JSON body of a Measurement Protocol request). Empty when Google would find nothing.
    QList<Message> validate(const QJsonObject& body, const Options& options) const;
    QList<Message> validate(const QJsonObject& body) const { return validate(body, Options()); }

    /// The longest value GA4 keeps for event parameter \a name (100, or more for page_location and friends).
    static int maxParamValueCharsFor(const QString& name);
    /// Event names Google reserves for the Measurement Protocol.
    static bool isReservedEventName(const QString& name);
    /// User property names Google reserves.
    static bool isReservedUserPropertyName(const QString& name);

    /// `validationMessages` as Google writes it.
    static QJsonArray toJson(const QList<Message>& messages);
    /// The messages concerning event \a index plus those about the whole request.
    static QList<Message> forEvent(const QList<Message>& messages, int index);
};

} // namespace Journey
