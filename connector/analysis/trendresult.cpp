// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "trendresult.h"

#include <QJsonArray>

namespace Journey {

QJsonObject TrendResult::toJson() const
{
    QJsonArray periods;
    for (int i = 0; i < periodCount(); ++i)
        periods.append(periodStart(i).toString(Qt::ISODate));
    QJsonArray series;
    for (qsizetype s = 0; s < query.series.size(); ++s) {
        QJsonArray values;
        for (const qint64 count : counts[size_t(s)])
            values.append(count);
        series.append(QJsonObject { { QStringLiteral("event"), query.series[s].toString() }, { QStringLiteral("counts"), values } });
    }
    return QJsonObject { { QStringLiteral("period"), AnalysisPeriod::name(query.period) },
        { QStringLiteral("measure"), TrendQuery::measureName(query.measure) }, { QStringLiteral("periods"), periods },
        { QStringLiteral("series"), series } };
}

} // namespace Journey
