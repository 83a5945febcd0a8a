// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysissnapshot.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace Journey {

class EventBatch;

/*!
 * Reads the values of one property path (PropertyPath) from the canonical messages of events that an
 * AnalysisSnapshot holds, into a PropertyColumn in the snapshot's event order. add() takes batches with
 * payloads; a message whose text does not even contain the last part of the path is not parsed.
 */
class PropertyColumnBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Journey::PropertyColumnBuilder)

public:
    PropertyColumnBuilder(const AnalysisSnapshot& snapshot, const QString& path);
    ~PropertyColumnBuilder();

    void add(const EventBatch& events);
    /// Takes the values of the events that \a previous (an older snapshot of the same store) already read
    /// from its column of this path, so that only newer events need add().
    void carryOver(const AnalysisSnapshot& previous);
    std::shared_ptr<const PropertyColumn> finish();

    /// Adds to \a snapshot the columns of \a paths it does not have yet, read in one pass over the store at
    /// \a storePath (the store the snapshot was built from).
    static bool addFromStore(const QString& storePath, AnalysisSnapshot& snapshot, const QStringList& paths,
        QString* error, const std::atomic<bool>* cancel = nullptr);

private:
    struct Parser;
    const AnalysisSnapshot& m_snapshot;
    std::shared_ptr<PropertyColumn> m_column;
    QByteArrayList m_parts;
    QByteArray m_needle; ///< "LAST_PART" with its quotes: messages without it are skipped unparsed
    std::unique_ptr<Parser> m_parser;
};

} // namespace Journey
