// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "commandoutput.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace Journey::Ctl {

bool CommandOutput::write(CtlContext& context, const QString& command, const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty()) {
        context.out.flush();
        QFile standardOutput;
        standardOutput.open(stdout, QIODevice::WriteOnly);
        standardOutput.write(bytes);
        standardOutput.flush();
        return true;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    context.err << "journeyctl " << command << ": "
                << QCoreApplication::translate("journeyctl", "cannot write %1: %2").arg(file.fileName(), file.errorString())
                << '\n';
    return false;
}

} // namespace Journey::Ctl
