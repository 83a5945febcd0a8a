// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "capturefile.h"

#include "core/eventparser.h"
#include "core/gzipcodec.h"
#include "core/timestamp.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringDecoder>

namespace Journey {

namespace {

constexpr int formatVersion = 1;
/// Largest capture file read, once decompressed.
constexpr qsizetype maxCaptureBytes = qsizetype(2000) * 1024 * 1024;

QString isoOrEmpty(qint64 ms)
{
    return ms > 0 ? Timestamp::toIso8601String(ms) : QString();
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

QJsonObject requestToJson(const CapturedRequest& request, int eventsInFile)
{
    QJsonObject object;
    object.insert(QStringLiteral("receivedAt"), isoOrEmpty(request.receivedAt));
    object.insert(QStringLiteral("source"), QString::fromLatin1(eventSourceName(request.source)));
    object.insert(QStringLiteral("method"), QString::fromLatin1(request.method));
    if (!request.host.isEmpty())
        object.insert(QStringLiteral("host"), request.host);
    object.insert(QStringLiteral("path"), request.path);
    if (!request.query.isEmpty())
        object.insert(QStringLiteral("query"), request.query);
    QJsonArray headers;
    for (const auto& header : request.headers)
        headers.append(QJsonArray { QString::fromLatin1(header.first), QString::fromUtf8(header.second) });
    object.insert(QStringLiteral("headers"), headers);
    if (request.status > 0)
        object.insert(QStringLiteral("status"), request.status);
    object.insert(QStringLiteral("eventCount"), request.eventCount);
    object.insert(QStringLiteral("events"), eventsInFile);
    if (isValidUtf8(request.body))
        object.insert(QStringLiteral("body"), QString::fromUtf8(request.body));
    else
        object.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(request.body.toBase64()));
    return QJsonObject { { QStringLiteral("request"), object } };
}

/// The first member name of the JSON object on \a line, when the line is an object; empty otherwise.
QByteArrayView firstKey(QByteArrayView line)
{
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            ++i;
    };
    skipSpace();
    if (i >= line.size() || line[i] != '{')
        return {};
    ++i;
    skipSpace();
    if (i >= line.size() || line[i] != '"')
        return {};
    const qsizetype start = ++i;
    while (i < line.size() && line[i] != '"' && line[i] != '\\')
        ++i;
    return line.sliced(start, i - start);
}

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

class CaptureParser
{
    Q_DECLARE_TR_FUNCTIONS(Journey::CaptureFile)

public:
    CaptureParser(const QString& name, Capture& out)
        : m_name(name)
        , m_out(out)
    {
        EventParser::Options options;
        options.source = EventSource::Import;
        options.receivedAt = Timestamp::nowMs();
        options.overrideReceivedAt = false;
        options.requireIdentity = false;
        m_parser.setOptions(options);
    }

    bool parse(const QByteArray& data, QString* error)
    {
        qint64 lineNumber = 0;
        qsizetype position = 0;
        while (position < data.size()) {
            qsizetype end = data.indexOf('\n', position);
            if (end < 0)
                end = data.size();
            const QByteArrayView line = QByteArrayView(data).sliced(position, end - position);
            position = end + 1;
            ++lineNumber;
            if (isBlank(line))
                continue;
            if (!parseLine(line, lineNumber, error))
                return false;
        }
        if (!finishRequest(lineNumber, error))
            return false;
        if (m_headerLine == 0 && m_out.info.origin.isEmpty())
            m_out.info.origin = QStringLiteral("ndjson:%1").arg(QFileInfo(m_name).fileName());
        return true;
    }

private:
    bool fail(QString* error, qint64 line, const QString& text)
    {
        if (error)
            *error = tr("%1:%2: %3").arg(m_name).arg(line).arg(text);
        return false;
    }

    bool parseLine(QByteArrayView line, qint64 lineNumber, QString* error)
    {
        const QByteArrayView key = firstKey(line);
        if (!m_seenContent) {
            m_seenContent = true;
            // The header may have its members in any order: the first line is looked at as a whole.
            if (key != "request" && line.contains("\"journeyCapture\"")) {
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
                if (parseError.error == QJsonParseError::NoError && document.object().contains(QLatin1String("journeyCapture")))
                    return parseHeader(line, lineNumber, error);
            }
        }
        if (key == "journeyCapture")
            return parseHeader(line, lineNumber, error);
        if (key == "request")
            return parseRequest(line, lineNumber, error);
        return parseEvent(line, lineNumber, error);
    }

    std::optional<QJsonObject> parseObject(QByteArrayView line, qint64 lineNumber, QString* error)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail(error, lineNumber,
                tr("not valid JSON at column %1: %2").arg(parseError.offset + 1).arg(parseError.errorString()));
            return std::nullopt;
        }
        return document.object();
    }

    bool parseHeader(QByteArrayView line, qint64 lineNumber, QString* error)
    {
        if (m_headerLine != 0 || m_out.eventCount() > 0 || m_out.requestCount() > 0 || m_request)
            return fail(error, lineNumber, tr("journeyCapture: the header must be the first line, and only once"));
        const auto object = parseObject(line, lineNumber, error);
        if (!object)
            return false;
        const QJsonValue version = object->value(QLatin1String("journeyCapture"));
        if (!version.isDouble() || version.toInt() < 1 || version.toDouble() != double(version.toInt()))
            return fail(error, lineNumber, tr("journeyCapture: expected the format version, a whole number (%1)")
                                               .arg(formatVersion));
        if (version.toInt() > formatVersion)
            return fail(error, lineNumber,
                tr("journeyCapture: format version %1 is newer than this program reads (%2)")
                    .arg(version.toInt())
                    .arg(formatVersion));
        for (const char* field : { "name", "description", "origin", "createdAt" }) {
            const QJsonValue value = object->value(QLatin1String(field));
            if (!value.isUndefined() && !value.isNull() && !value.isString())
                return fail(error, lineNumber, tr("%1: expected a string").arg(QLatin1String(field)));
        }
        m_out.info.name = object->value(QLatin1String("name")).toString();
        m_out.info.description = object->value(QLatin1String("description")).toString();
        m_out.info.origin = object->value(QLatin1String("origin")).toString();
        const QString createdAt = object->value(QLatin1String("createdAt")).toString();
        if (!createdAt.isEmpty()) {
            const auto ms = Timestamp::parseIso8601(createdAt.toUtf8());
            if (!ms)
                return fail(error, lineNumber, tr("createdAt: not an ISO-8601 date-time: %1").arg(createdAt));
            m_out.info.createdAt = *ms;
        }
        m_headerLine = lineNumber;
        return true;
    }

    bool parseRequest(QByteArrayView line, qint64 lineNumber, QString* error)
    {
        if (!finishRequest(lineNumber, error))
            return false;
        const auto document = parseObject(line, lineNumber, error);
        if (!document)
            return false;
        const QJsonValue value = document->value(QLatin1String("request"));
        if (!value.isObject())
            return fail(error, lineNumber, tr("request: expected an object"));
        const QJsonObject object = value.toObject();
        CapturedRequest request;

        auto stringField = [&](const char* name, QString& out, bool required) {
            const QJsonValue field = object.value(QLatin1String(name));
            if (field.isUndefined() || field.isNull()) {
                if (required)
                    return fail(error, lineNumber, tr("request.%1: missing").arg(QLatin1String(name)));
                return true;
            }
            if (!field.isString())
                return fail(error, lineNumber, tr("request.%1: expected a string").arg(QLatin1String(name)));
            out = field.toString();
            return true;
        };
        QString receivedAt, source, method;
        if (!stringField("receivedAt", receivedAt, false) || !stringField("source", source, false)
            || !stringField("method", method, false) || !stringField("host", request.host, false)
            || !stringField("path", request.path, true) || !stringField("query", request.query, false))
            return false;
        if (!receivedAt.isEmpty()) {
            const auto ms = Timestamp::parseIso8601(receivedAt.toUtf8());
            if (!ms)
                return fail(error, lineNumber, tr("request.receivedAt: not an ISO-8601 date-time: %1").arg(receivedAt));
            request.receivedAt = *ms;
        }
        if (!source.isEmpty()) {
            const auto parsed = eventSourceFromName(source.toUtf8());
            if (!parsed)
                return fail(error, lineNumber, tr("request.source: unknown provider format %1").arg(source));
            request.source = *parsed;
        }
        if (!method.isEmpty())
            request.method = method.toLatin1();
        if (!request.path.startsWith(u'/'))
            return fail(error, lineNumber, tr("request.path: expected a path starting with /, got %1").arg(request.path));

        const QJsonValue headers = object.value(QLatin1String("headers"));
        if (!headers.isUndefined() && !headers.isNull()) {
            if (!headers.isArray())
                return fail(error, lineNumber, tr("request.headers: expected an array of [name, value] pairs"));
            const QJsonArray list = headers.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonArray pair = list.at(i).toArray();
                if (!list.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
                    return fail(error, lineNumber,
                        tr("request.headers[%1]: expected a [name, value] pair of strings").arg(i));
                request.headers.append({ pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8() });
            }
        }
        auto intField = [&](const char* name, int& out) {
            const QJsonValue field = object.value(QLatin1String(name));
            if (field.isUndefined() || field.isNull())
                return true;
            if (!field.isDouble() || field.toDouble() < 0 || field.toDouble() != double(qint64(field.toDouble())))
                return fail(error, lineNumber, tr("request.%1: expected a whole number of 0 or more").arg(QLatin1String(name)));
            out = field.toInt();
            return true;
        };
        int events = 0;
        if (!intField("status", request.status) || !intField("eventCount", request.eventCount)
            || !intField("events", events))
            return false;
        const QJsonValue body = object.value(QLatin1String("body"));
        const QJsonValue bodyBase64 = object.value(QLatin1String("bodyBase64"));
        if (!body.isUndefined() && !body.isNull()) {
            if (!body.isString())
                return fail(error, lineNumber, tr("request.body: expected a string"));
            request.body = body.toString().toUtf8();
        } else if (!bodyBase64.isUndefined() && !bodyBase64.isNull()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                bodyBase64.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!bodyBase64.isString() || !decoded)
                return fail(error, lineNumber, tr("request.bodyBase64: expected base64 text"));
            request.body = *decoded;
        }
        if (request.eventCount == 0)
            request.eventCount = events;
        if (events > request.eventCount)
            return fail(error, lineNumber,
                tr("request.events: %1 events follow, but the request carried %2 (eventCount)")
                    .arg(events)
                    .arg(request.eventCount));
        m_request = request;
        m_requestLine = lineNumber;
        m_pendingEvents = events;
        m_requestEvents.clear();
        if (events == 0) {
            m_out.addRequest(*m_request, m_requestEvents, 0, 0);
            m_request.reset();
        }
        return true;
    }

    bool parseEvent(QByteArrayView line, qint64 lineNumber, QString* error)
    {
        EventParser::Options options = m_parser.options();
        options.source = m_request ? m_request->source : EventSource::Import;
        if (m_request && m_request->receivedAt > 0)
            options.receivedAt = m_request->receivedAt;
        m_parser.setOptions(options);
        EventBatch& target = m_request ? m_requestEvents : m_loose;
        if (!m_parser.parseMessage(line, target)) {
            ParseError parseError = m_parser.error();
            parseError.line = 0;
            const qint64 column = parseError.column;
            parseError.column = 0;
            return fail(error, lineNumber,
                column > 0 ? tr("column %1: %2").arg(column).arg(parseError.toString()) : parseError.toString());
        }
        if (m_request) {
            if (--m_pendingEvents == 0) {
                m_out.addRequest(*m_request, m_requestEvents, 0, m_requestEvents.size());
                m_request.reset();
                m_requestEvents.clear();
            }
        } else {
            m_out.addEvent(m_loose, 0);
            m_loose.clear();
        }
        return true;
    }

    /// A request line must be followed by as many events as it says.
    bool finishRequest(qint64 lineNumber, QString* error)
    {
        if (!m_request)
            return true;
        return fail(error, lineNumber,
            tr("the request on line %1 says %2 events follow it, but only %3 do")
                .arg(m_requestLine)
                .arg(m_requestEvents.size() + m_pendingEvents)
                .arg(m_requestEvents.size()));
    }

    QString m_name;
    Capture& m_out;
    EventParser m_parser;
    qint64 m_headerLine = 0;
    bool m_seenContent = false;
    std::optional<CapturedRequest> m_request;
    qint64 m_requestLine = 0;
    int m_pendingEvents = 0;
    EventBatch m_requestEvents;
    EventBatch m_loose;
};

} // namespace

bool CaptureFile::read(const QString& path, Capture& out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    return read(file, path, out, error);
}

bool CaptureFile::read(QIODevice& device, const QString& name, Capture& out, QString* error)
{
    QByteArray data = device.readAll();
    if (GzipCodec::looksGzipped(data)) {
        QByteArray plain;
        QString reason;
        if (GzipCodec::decompress(data, maxCaptureBytes, plain, &reason) != GzipCodec::Result::Ok) {
            if (error)
                *error = tr("%1: gzip-compressed, but it does not decompress: %2").arg(name, reason);
            return false;
        }
        data = std::move(plain);
    }
    Capture capture;
    CaptureParser parser(name, capture);
    if (!parser.parse(data, error))
        return false;
    // Events read from a file are numbered by their position (1, 2, …): stable ids for views and reports.
    capture.assignEventIds(1);
    out = std::move(capture);
    return true;
}

QByteArray CaptureFile::serialize(const Capture& capture)
{
    QByteArray data;
    data.reserve(capture.events().payloadBytes() + capture.eventCount() + 4096);
    QJsonObject header {
        { QStringLiteral("journeyCapture"), formatVersion },
        { QStringLiteral("name"), capture.info.name },
        { QStringLiteral("createdAt"), isoOrEmpty(capture.info.createdAt) },
        { QStringLiteral("origin"), capture.info.origin },
        { QStringLiteral("events"), capture.eventCount() },
        { QStringLiteral("requests"), capture.requestCount() },
    };
    if (!capture.info.description.isEmpty())
        header.insert(QStringLiteral("description"), capture.info.description);
    header.remove(QStringLiteral("journeyCapture"));
    // The marker goes first so that readers (and people) see what the file is from its first bytes.
    const QByteArray members = QJsonDocument(header).toJson(QJsonDocument::Compact);
    data += "{\"journeyCapture\":" + QByteArray::number(formatVersion);
    if (members.size() > 2)
        data += ',' + members.mid(1);
    else
        data += '}';
    data += '\n';
    const EventBatch& events = capture.events();
    for (int i = 0; i < events.size(); ++i) {
        const int request = capture.requestIndex(i);
        if (request >= 0 && capture.firstEventOf(request) == i) {
            data += QJsonDocument(requestToJson(capture.request(request), capture.eventCountOf(request)))
                        .toJson(QJsonDocument::Compact);
            data += '\n';
        }
        data += events.payload(i);
        data += '\n';
    }
    // Requests that kept no event (every one filtered out) still belong to the capture.
    for (int r = 0; r < capture.requestCount(); ++r) {
        if (capture.eventCountOf(r) == 0) {
            data += QJsonDocument(requestToJson(capture.request(r), 0)).toJson(QJsonDocument::Compact);
            data += '\n';
        }
    }
    return data;
}

bool CaptureFile::write(QIODevice& device, const Capture& capture, QString* error)
{
    const QByteArray data = serialize(capture);
    if (device.write(data) != data.size()) {
        if (error)
            *error = tr("cannot write the capture: %1").arg(device.errorString());
        return false;
    }
    return true;
}

bool CaptureFile::write(const QString& path, const Capture& capture, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray data = serialize(capture);
    if (path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive))
        data = GzipCodec::compress(data);
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Journey
