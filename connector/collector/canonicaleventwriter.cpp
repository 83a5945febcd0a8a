// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "canonicaleventwriter.h"

#include "core/timestamp.h"

#include <QJsonDocument>

namespace Journey {

void CanonicalEventWriter::begin(EventSource source, qint64 receivedAt, qsizetype maxEventBytes)
{
    EventParser::Options options;
    options.source = source;
    options.receivedAt = receivedAt;
    options.overrideReceivedAt = true;
    options.maxEventBytes = maxEventBytes;
    options.requireIdentity = false;
    m_parser.setOptions(options);
}

bool CanonicalEventWriter::append(const QJsonObject& message, EventBatch& out, const QString& where, QString* error,
    bool* tooLarge)
{
    m_json = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (m_parser.parseMessage(m_json, out))
        return true;
    const ParseError& parseError = m_parser.error();
    if (tooLarge)
        *tooLarge = parseError.tooLarge;
    if (error) {
        const QString detail = parseError.field.isEmpty() ? parseError.message
                                                          : parseError.field + QStringLiteral(": ") + parseError.message;
        *error = where.isEmpty() ? detail : where + QStringLiteral(": ") + detail;
    }
    return false;
}

QString CanonicalEventWriter::timestamp(qint64 msSinceEpoch)
{
    return Timestamp::toIso8601String(msSinceEpoch);
}

} // namespace Journey
