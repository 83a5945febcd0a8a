// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "propertycolumnbuilder.h"

#include "core/eventbatch.h"
#include "propertypath.h"
#include "store/storereader.h"

#include <simdjson.h>

#include <charconv>

namespace Journey {

struct PropertyColumnBuilder::Parser
{
    simdjson::dom::parser parser;
};

PropertyColumnBuilder::PropertyColumnBuilder(const AnalysisSnapshot& snapshot, const QString& path)
    : m_snapshot(snapshot)
    , m_column(std::make_shared<PropertyColumn>(path))
    , m_parts(PropertyPath::parts(path))
    , m_parser(std::make_unique<Parser>())
{
    m_column->resize(snapshot.eventCount());
    m_needle = '"' + m_parts.constLast() + '"';
}

PropertyColumnBuilder::~PropertyColumnBuilder() = default;

void PropertyColumnBuilder::add(const EventBatch& events)
{
    if (!events.hasPayloads())
        return;
    for (int i = 0; i < events.size(); ++i) {
        const qsizetype position = m_snapshot.positionOf(events.id(i));
        if (position < 0)
            continue;
        const QByteArrayView payload = events.payload(i);
        if (!payload.contains(QByteArrayView(m_needle)))
            continue;
        simdjson::dom::element element;
        if (m_parser->parser.parse(payload.data(), size_t(payload.size()), true).get(element) != simdjson::SUCCESS)
            continue;
        bool found = true;
        for (const QByteArray& part : std::as_const(m_parts)) {
            simdjson::dom::object object;
            if (element.get_object().get(object) != simdjson::SUCCESS
                || object.at_key(std::string_view(part.constData(), size_t(part.size()))).get(element) != simdjson::SUCCESS) {
                found = false;
                break;
            }
        }
        if (!found || element.is_null())
            continue;
        QByteArray text;
        bool isNumber = false;
        double number = 0;
        switch (element.type()) {
        case simdjson::dom::element_type::STRING: {
            const std::string_view view = element.get_string().value_unsafe();
            text = QByteArray(view.data(), qsizetype(view.size()));
            break;
        }
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
        case simdjson::dom::element_type::DOUBLE: {
            number = element.get_double().value_unsafe();
            char buffer[64];
            const auto written = element.type() == simdjson::dom::element_type::INT64
                ? std::to_chars(buffer, buffer + sizeof buffer, element.get_int64().value_unsafe())
                : element.type() == simdjson::dom::element_type::UINT64
                ? std::to_chars(buffer, buffer + sizeof buffer, element.get_uint64().value_unsafe())
                : std::to_chars(buffer, buffer + sizeof buffer, number);
            text = QByteArray(buffer, written.ptr - buffer);
            isNumber = true;
            break;
        }
        case simdjson::dom::element_type::BOOL:
            text = element.get_bool().value_unsafe() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
            break;
        default: {
            const std::string minified = simdjson::minify(element);
            text = QByteArray(minified.data(), qsizetype(minified.size()));
            break;
        }
        }
        m_column->set(position, m_column->intern(text, isNumber, number));
    }
}

void PropertyColumnBuilder::carryOver(const AnalysisSnapshot& previous)
{
    const PropertyColumn* old = previous.property(m_column->path());
    if (!old)
        return;
    std::vector<quint32> mapped(size_t(old->valueCount()), PropertyColumn::missing);
    for (qsizetype position = 0; position < m_snapshot.eventCount(); ++position) {
        const qsizetype oldPosition = previous.positionOf(m_snapshot.eventId(position));
        if (oldPosition < 0)
            continue;
        const quint32 value = old->valueAt(oldPosition);
        if (value == PropertyColumn::missing)
            continue;
        quint32& id = mapped[value];
        if (id == PropertyColumn::missing)
            id = m_column->intern(old->text(value), old->isNumber(value), old->number(value));
        m_column->set(position, id);
    }
}

std::shared_ptr<const PropertyColumn> PropertyColumnBuilder::finish()
{
    return std::move(m_column);
}

bool PropertyColumnBuilder::addFromStore(const QString& storePath, AnalysisSnapshot& snapshot, const QStringList& paths,
    QString* error, const std::atomic<bool>* cancel)
{
    std::vector<std::unique_ptr<PropertyColumnBuilder>> builders;
    for (const QString& path : paths) {
        if (!snapshot.hasProperty(path))
            builders.push_back(std::make_unique<PropertyColumnBuilder>(snapshot, path));
    }
    if (builders.empty())
        return true;
    StoreReader reader(storePath);
    if (!reader.open(true, error))
        return false;
    const bool scanned = reader.scan(
        EventFilter(), true,
        [&](const EventBatch& batch) {
            for (const auto& builder : builders)
                builder->add(batch);
            return !(cancel && cancel->load(std::memory_order_relaxed));
        },
        error, cancel);
    if (!scanned)
        return false;
    if (cancel && cancel->load()) {
        if (error)
            *error = tr("cancelled");
        return false;
    }
    AnalysisSnapshot extended = snapshot;
    for (const auto& builder : builders)
        extended = extended.withProperty(builder->finish());
    snapshot = extended;
    return true;
}

} // namespace Journey
