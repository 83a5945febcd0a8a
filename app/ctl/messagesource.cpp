// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "messagesource.h"

#include "store/eventfilter.h"
#include "store/storereader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Journey::Ctl {

QString MessageSource::describe(const QString& file, const QString& storePath)
{
    return file.isEmpty() ? tr("store %1").arg(storePath) : file;
}

bool MessageSource::read(const QString& file, const QString& storePath,
    const std::function<void(const QJsonObject&, const QString&, qsizetype)>& visit, QString* error)
{
    if (file.isEmpty()) {
        StoreReader reader(storePath);
        if (!reader.open(true, error))
            return false;
        return reader.scan(
            EventFilter(), true,
            [&](const EventBatch& events) {
                for (int i = 0; i < events.size(); ++i) {
                    const QByteArrayView payload = events.payload(i);
                    const QJsonObject message = QJsonDocument::fromJson(payload.toByteArray()).object();
                    visit(message, tr("event %1").arg(events.id(i)), payload.size());
                }
                return true;
            },
            error);
    }

    QFile input(file);
    const bool opened = file == QLatin1String("-") ? input.open(stdin, QIODevice::ReadOnly) : input.open(QIODevice::ReadOnly);
    if (!opened) {
        *error = tr("%1: cannot read: %2").arg(file, input.errorString());
        return false;
    }
    qint64 lineNumber = 0;
    while (!input.atEnd()) {
        QByteArray line = input.readLine();
        ++lineNumber;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        const QString where = QStringLiteral("%1:%2").arg(file).arg(lineNumber);
        if (parseError.error != QJsonParseError::NoError) {
            *error = tr("%1: not valid JSON: %2 at column %3")
                         .arg(where, parseError.errorString())
                         .arg(QString::fromUtf8(line.left(parseError.offset)).size() + 1);
            return false;
        }
        if (!document.isObject()) {
            *error = tr("%1: expected a JSON object (one message per line)").arg(where);
            return false;
        }
        visit(document.object(), where, line.size());
    }
    return true;
}

} // namespace Journey::Ctl
