// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bytebuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace Journey {

/*!
 * The CSV form of canonical events: one header row, then one row per event with the columns
 *
 *     type, messageId, timestamp, receivedAt, userId, anonymousId, event, name, category, groupId,
 *     previousId, properties, traits, context, integrations, other
 *
 * The last five hold compact JSON objects; `other` gathers every remaining top-level member, so a CSV
 * export imports back to the same events. On import, any subset of the columns may be present in any
 * order; an unknown column is an error.
 */
class CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(Journey::CsvFormat)

public:
    CsvFormat();
    ~CsvFormat();

    static QList<QByteArray> columnNames();
    static void appendHeader(QByteArray& out);
    /// Appends the row for one canonical message. False when \a json is not a JSON object.
    bool appendRow(QByteArray& out, QByteArrayView json);

    /// Reads the header row of a file being imported.
    bool setHeader(const QList<QByteArray>& header, QString* error);
    /// Turns one data row into a message in JSON (then parsed like any other). \a error names the column.
    bool rowToJson(const QList<QByteArray>& row, ByteBuffer& json, QString* error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Journey
