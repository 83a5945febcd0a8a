// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "deliveryownership.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Journey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Journey::DeliveryOwnership", text);
}

} // namespace

DeliveryOwnership::DeliveryOwnership(const QString& storePath)
    : m_folder(storePath + QStringLiteral(".outbox"))
{
}

DeliveryOwnership::~DeliveryOwnership()
{
    if (m_fd >= 0) {
        QFile::remove(QDir(m_folder).filePath(QStringLiteral("%1.lock").arg(m_owner)));
        ::close(m_fd);
    }
}

bool DeliveryOwnership::acquire(QString* error)
{
    if (!QDir().mkpath(m_folder)) {
        *error = tr("cannot create the folder %1").arg(m_folder);
        return false;
    }
    for (int tries = 0; tries < 16; ++tries) {
        const qint64 candidate = qint64(QRandomGenerator::system()->generate64() >> 2) + 1;
        const QByteArray path = QFile::encodeName(QDir(m_folder).filePath(QStringLiteral("%1.lock").arg(candidate)));
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            *error = tr("cannot create %1: %2").arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            *error = tr("cannot lock %1: %2").arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            return false;
        }
        m_fd = fd;
        m_owner = candidate;
        return true;
    }
    *error = tr("cannot pick an owner id in %1").arg(m_folder);
    return false;
}

QList<qint64> DeliveryOwnership::liveOwners() const
{
    QList<qint64> live;
    const QStringList files = QDir(m_folder).entryList({ QStringLiteral("*.lock") }, QDir::Files);
    for (const QString& file : files) {
        bool ok = false;
        const qint64 owner = file.chopped(5).toLongLong(&ok);
        if (!ok || owner == m_owner)
            continue;
        const QByteArray path = QFile::encodeName(QDir(m_folder).filePath(file));
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_SH | LOCK_NB) != 0)
            live.append(owner);
        ::close(fd);
    }
    return live;
}

QList<DeliveryOwnership::Orphan> DeliveryOwnership::claimOrphans() const
{
    QList<Orphan> orphans;
    const QStringList files = QDir(m_folder).entryList({ QStringLiteral("*.lock") }, QDir::Files);
    for (const QString& file : files) {
        bool ok = false;
        const qint64 owner = file.chopped(5).toLongLong(&ok);
        if (!ok || owner == m_owner)
            continue;
        const QByteArray path = QFile::encodeName(QDir(m_folder).filePath(file));
        const int fd = ::open(path.constData(), O_RDWR | O_CLOEXEC);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd); // still running
            continue;
        }
        Orphan orphan;
        orphan.owner = owner;
        orphan.fd = fd;
        char buffer[65536];
        for (;;) {
            const ssize_t got = ::read(fd, buffer, sizeof buffer);
            if (got <= 0)
                break;
            orphan.journal.append(buffer, got);
        }
        orphans.append(orphan);
    }
    return orphans;
}

void DeliveryOwnership::release(const QList<Orphan>& orphans) const
{
    for (const Orphan& orphan : orphans) {
        // Unlink while still holding the lock, so nobody adopts a half-removed file.
        const QByteArray path = QFile::encodeName(QDir(m_folder).filePath(QStringLiteral("%1.lock").arg(orphan.owner)));
        ::unlink(path.constData());
        ::close(orphan.fd);
    }
}

bool DeliveryOwnership::append(const QByteArray& bytes, QString* error)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            *error = tr("cannot write the outbox journal in %1: %2").arg(m_folder, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

void DeliveryOwnership::clearJournal()
{
    if (m_fd >= 0)
        ::lseek(m_fd, 0, SEEK_SET);
}

} // namespace Journey
