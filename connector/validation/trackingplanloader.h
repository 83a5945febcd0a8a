// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "trackingplan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Journey {

/*!
 * Reads a tracking plan from wherever a team keeps it (docs/TRACKING-PLAN.md, "Importing"):
 *
 * - a plan file in our format (TrackingPlan::parse());
 * - a Segment Protocols export: the Config API's `{"display_name", "rules": {"global", "events": [{"name",
 *   "description", "rules"}], "identify", "group"}}` or the Public API's `{"rules": [{"type": "TRACK"|"PAGE"|
 *   "SCREEN"|"IDENTIFY"|"GROUP"|"COMMON", "key", "jsonSchema"}]}` (also inside `{"data": …}` or
 *   `{"trackingPlan": …}`). Segment's schemas describe the whole message; the part under
 *   `properties.properties` (`properties.traits`) becomes the event's schema, a global/COMMON rule the common
 *   schema;
 * - a folder of `*.json` JSON Schemas, one per track event, named by the event (`Order Completed.json`).
 *
 * Errors name the file and, for JSON mistakes, the line and column; for misplaced parts the JSON pointer.
 */
class TrackingPlanLoader
{
    Q_DECLARE_TR_FUNCTIONS(Journey::TrackingPlanLoader)

public:
    /// Reads \a path: a folder of schemas, a Segment export or a plan file (told apart by their shape).
    static bool load(const QString& path, TrackingPlan& out, QString* error);
    /// A folder of `*.json` schemas named by event; the plan is named after the folder.
    static bool loadSchemaFolder(const QString& folder, TrackingPlan& out, QString* error);
    /// Whether \a json looks like a Segment Protocols export rather than a plan in our format.
    static bool isSegmentExport(const QJsonObject& json);
    /// Converts a Segment Protocols export; \a origin (a file name) starts every error.
    static bool fromSegmentExport(const QJsonObject& json, const QString& origin, TrackingPlan& out, QString* error);

    /// Reads a whole file as one JSON object; errors say "FILE: line L, column C: reason".
    static bool readJsonFile(const QString& path, QJsonObject& out, QString* error);
};

} // namespace Journey
