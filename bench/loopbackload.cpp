// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "loopbackload.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Journey::Bench {

void runLoopbackClient(quint16 port, const std::vector<QByteArray>& requests, int eventsPerRequest,
    const std::atomic<bool>& stop, std::atomic<qint64>& acknowledged, std::atomic<qint64>& failures)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ++failures;
        ::close(fd);
        return;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    char buffer[4096];
    size_t next = 0;
    while (!stop.load(std::memory_order_relaxed)) {
        const QByteArray& request = requests[next++ % requests.size()];
        if (::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) != request.size()) {
            ++failures;
            break;
        }
        QByteArray answer;
        qsizetype needed = -1;
        while (needed < 0 || answer.size() < needed) {
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            if (got <= 0) {
                ++failures;
                ::close(fd);
                return;
            }
            answer.append(buffer, got);
            const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
            if (needed < 0 && headerEnd >= 0) {
                const qsizetype at = answer.indexOf("Content-Length: ");
                const qsizetype length = at >= 0 && at < headerEnd
                    ? answer.mid(at + 16, answer.indexOf("\r\n", at) - at - 16).toLongLong()
                    : 0;
                needed = headerEnd + 4 + length;
            }
        }
        if (answer.startsWith("HTTP/1.1 2"))
            acknowledged += eventsPerRequest;
        else
            ++failures;
    }
    ::close(fd);
}

std::map<QByteArray, double> threadCpuSeconds()
{
    std::map<QByteArray, double> seconds;
    const long ticks = sysconf(_SC_CLK_TCK);
    for (const QString& task : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        const QByteArray name = line.mid(open + 1, close - open - 1);
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        // Fields 14 and 15 of stat (utime, stime) are 11 and 12 after the name.
        seconds[name] += double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(ticks);
    }
    return seconds;
}

} // namespace Journey::Bench
