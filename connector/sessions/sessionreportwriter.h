// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "sessionlist.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Journey {

/*!
 * Writes a SessionList for `journeyctl sessions`, one row per session in the list's order, in UTF-8:
 *
 * - **json**: one object on one line, `{"gap_seconds":S,"total":N,"shown":K,"events":E,"sessions":[…]}` (E: events of
 * the sessions shown), each session
 *   `{"person","start","end","duration_seconds","events","invalid","warnings","validation","sources":[…],"split",
 *   "session_id_kind","session_id","pages","screens","event_ids":[…]}`; times are ISO-8601 UTC with ms, sources
 *   machine names ("segment", "amplitude"), `session_id_kind`/`session_id` null for inactivity sessions.
 * - **csv** (RFC 4180 quoting, LF line ends): a header row with the same names, then one row per session;
 *   `sources` joined with ';', `event_ids` with spaces, empty cells for no session id.
 * - **text**: an aligned table for people (start, duration, person, events, pages, screens, invalid, validation,
 *   sources, how it was split) and a summary line.
 */
class SessionReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Journey::SessionReportWriter)

public:
    enum class Format { Text, Json, Csv };

    /// "text", "json" or "csv"; false for anything else.
    static bool parseFormat(const QString& text, Format& out);

    /// \a total is how many sessions there were before the list was cut (-1: the list's size).
    static QByteArray write(const SessionList& list, Format format, int total = -1);
};

} // namespace Journey
