// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "replayoptions.h"

#include <cmath>

namespace Journey {

bool ReplayOptions::parseSpeed(const QString& text, ReplayOptions& out, QString* error)
{
    QString value = text.trimmed().toLower();
    if (value == QLatin1String("max")) {
        out.asFastAsPossible = true;
        return true;
    }
    if (value.endsWith(QLatin1Char('x')) || value.endsWith(QChar(0x00d7)))
        value.chop(1);
    bool ok = false;
    const double speed = value.toDouble(&ok);
    if (!ok || !std::isfinite(speed) || speed <= 0 || speed > 1e6) {
        if (error)
            *error = tr("expected a positive factor (1, 2, 0.5, …) or max, got '%1'").arg(text);
        return false;
    }
    out.speed = speed;
    out.asFastAsPossible = false;
    return true;
}

QString ReplayOptions::speedText() const
{
    return asFastAsPossible ? QStringLiteral("max") : QString::number(speed);
}

QString replayTimestampsName(ReplayTimestamps mode)
{
    return mode == ReplayTimestamps::Shift ? QStringLiteral("shift") : QStringLiteral("keep");
}

std::optional<ReplayTimestamps> replayTimestampsFromName(QStringView name)
{
    if (name == u"keep")
        return ReplayTimestamps::Keep;
    if (name == u"shift")
        return ReplayTimestamps::Shift;
    return std::nullopt;
}

} // namespace Journey
