// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

// Runs the real journeyctl binary (JOURNEYCTL_PATH, set for every test by journey_add_test) the way a script
// does: arguments in, exit code and both output streams out. Header-only; for the CLI tests.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace JourneyTest {

struct CtlResult
{
    int exitCode = -1; ///< -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;

    /// For failure messages: the exit code and the start of both streams.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(3000) + "\nstderr: " + err.left(2000);
    }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// Runs journeyctl with \a arguments (stdin closed) and waits up to \a timeoutMs for it to finish.
inline CtlResult runJourneyctl(const QStringList& arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(JOURNEYCTL_PATH));
    process.setArguments(arguments);
    process.start();
    CtlResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace JourneyTest
