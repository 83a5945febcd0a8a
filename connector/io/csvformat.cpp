// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "csvformat.h"

#include "core/jsonwriter.h"

#include <QCoreApplication>

#include <array>
#include <string_view>
#include <vector>

using namespace std::string_view_literals;

namespace Journey {

namespace {

enum Column {
    Type,
    MessageId,
    Timestamp,
    ReceivedAt,
    UserId,
    AnonymousId,
    EventName,
    Name,
    Category,
    GroupId,
    PreviousId,
    Properties,
    Traits,
    Context,
    Integrations,
    Other,
    ColumnCount
};

constexpr std::array<std::string_view, ColumnCount> names { "type"sv, "messageId"sv, "timestamp"sv, "receivedAt"sv,
    "userId"sv, "anonymousId"sv, "event"sv, "name"sv, "category"sv, "groupId"sv, "previousId"sv, "properties"sv,
    "traits"sv, "context"sv, "integrations"sv, "other"sv };

constexpr bool isJsonColumn(int column)
{
    return column >= Properties;
}

void appendCell(QByteArray& out, QByteArrayView text)
{
    bool needsQuotes = false;
    for (char c : text) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        out.append(text.data(), text.size());
        return;
    }
    out.append('"');
    for (char c : text) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

} // namespace

class CsvFormat::Private
{
public:
    simdjson::dom::parser parser;
    simdjson::dom::parser cellParser;
    std::vector<int> columnOf; ///< header position -> Column
    QByteArray cell;
};

CsvFormat::CsvFormat()
    : d(std::make_unique<Private>())
{
}

CsvFormat::~CsvFormat() = default;

QList<QByteArray> CsvFormat::columnNames()
{
    QList<QByteArray> result;
    for (const auto name : names)
        result.append(QByteArray(name.data(), qsizetype(name.size())));
    return result;
}

void CsvFormat::appendHeader(QByteArray& out)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (c)
            out.append(',');
        out.append(names[size_t(c)].data(), qsizetype(names[size_t(c)].size()));
    }
    out.append('\n');
}

bool CsvFormat::appendRow(QByteArray& out, QByteArrayView json)
{
    simdjson::dom::element root;
    if (d->parser.parse(json.data(), size_t(json.size())).get(root) || root.type() != simdjson::dom::element_type::OBJECT)
        return false;
    std::array<ByteBuffer, ColumnCount> cells;
    ByteBuffer& other = cells[Other];
    for (auto field : simdjson::dom::object(root)) {
        int column = -1;
        for (int c = 0; c < Other; ++c) {
            if (names[size_t(c)] == field.key) {
                column = c;
                break;
            }
        }
        if (column < 0) {
            other.append(other.isEmpty() ? '{' : ',');
            JsonWriter::appendString(other, field.key);
            other.append(':');
            JsonWriter::appendElement(other, field.value);
            continue;
        }
        if (isJsonColumn(column) || field.value.type() != simdjson::dom::element_type::STRING) {
            JsonWriter::appendElement(cells[size_t(column)], field.value);
        } else {
            const std::string_view text(field.value);
            cells[size_t(column)].append(text.data(), qsizetype(text.size()));
        }
    }
    if (!other.isEmpty())
        other.append('}');
    for (int c = 0; c < ColumnCount; ++c) {
        if (c)
            out.append(',');
        appendCell(out, cells[size_t(c)].view());
    }
    out.append('\n');
    return true;
}

bool CsvFormat::setHeader(const QList<QByteArray>& header, QString* error)
{
    d->columnOf.clear();
    std::array<bool, ColumnCount> seen {};
    for (const QByteArray& rawName : header) {
        const QByteArray name = rawName.trimmed();
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (names[size_t(c)] == std::string_view(name.constData(), size_t(name.size()))) {
                column = c;
                break;
            }
        }
        if (column < 0) {
            QStringList known;
            for (const auto n : names)
                known.append(QString::fromLatin1(n.data(), qsizetype(n.size())));
            *error = tr("unknown column '%1' in the header; known columns: %2")
                         .arg(QString::fromUtf8(name), known.join(QLatin1String(", ")));
            return false;
        }
        if (seen[size_t(column)]) {
            *error = tr("column '%1' appears twice in the header").arg(QString::fromUtf8(name));
            return false;
        }
        seen[size_t(column)] = true;
        d->columnOf.push_back(column);
    }
    if (!seen[Type]) {
        *error = tr("the header has no 'type' column");
        return false;
    }
    return true;
}

bool CsvFormat::rowToJson(const QList<QByteArray>& row, ByteBuffer& json, QString* error)
{
    if (row.size() != qsizetype(d->columnOf.size())) {
        *error = tr("the row has %1 fields but the header has %2").arg(row.size()).arg(d->columnOf.size());
        return false;
    }
    json.clear();
    json.append('{');
    bool first = true;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const int column = d->columnOf[size_t(i)];
        const QByteArray& text = row[i];
        if (text.isEmpty())
            continue;
        const auto columnName = QString::fromLatin1(names[size_t(column)].data(), qsizetype(names[size_t(column)].size()));
        if (isJsonColumn(column)) {
            simdjson::dom::element value;
            if (d->cellParser.parse(text.constData(), size_t(text.size())).get(value)) {
                *error = tr("column '%1': not valid JSON").arg(columnName);
                return false;
            }
            if (value.type() != simdjson::dom::element_type::OBJECT) {
                *error = tr("column '%1': expected a JSON object").arg(columnName);
                return false;
            }
            if (column == Other) {
                // Its members become top-level members of the message.
                for (auto field : simdjson::dom::object(value)) {
                    if (!first)
                        json.append(',');
                    first = false;
                    JsonWriter::appendString(json, field.key);
                    json.append(':');
                    JsonWriter::appendElement(json, field.value);
                }
                continue;
            }
            if (!first)
                json.append(',');
            first = false;
            JsonWriter::appendString(json, names[size_t(column)]);
            json.append(':');
            JsonWriter::appendElement(json, value);
            continue;
        }
        if (!first)
            json.append(',');
        first = false;
        JsonWriter::appendString(json, names[size_t(column)]);
        json.append(':');
        JsonWriter::appendString(json, std::string_view(text.constData(), size_t(text.size())));
    }
    json.append('}');
    return true;
}

} // namespace Journey
