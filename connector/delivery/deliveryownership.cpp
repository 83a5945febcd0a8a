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
#include <sys/mman.h>
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
    if (m_map)
        ::munmap(m_map, size_t(m_mapSize));
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

bool DeliveryOwnership::reserve(qsizetype needed, QString* error)
{
    constexpr qsizetype step = qsizetype(4) << 20;
    const qsizetype size = qMax(step, (2 * needed + step - 1) / step * step);
    // Blocks are allocated now, so that writing into the mapping later cannot fail (a full disk would be a
    // SIGBUS there); file systems without fallocate get a plain size change.
    int failure = ::posix_fallocate(m_fd, 0, off_t(size));
    if (failure == EOPNOTSUPP || failure == EINVAL)
        failure = ::ftruncate(m_fd, off_t(size)) == 0 ? 0 : errno;
    if (failure != 0) {
        *error = tr("cannot write the outbox journal in %1: %2").arg(m_folder, QString::fromLocal8Bit(std::strerror(failure)));
        return false;
    }
    void* map = ::mmap(nullptr, size_t(size), PROT_READ | PROT_WRITE, MAP_SHARED, m_fd, 0);
    if (map == MAP_FAILED) {
        *error = tr("cannot write the outbox journal in %1: %2").arg(m_folder, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (m_map)
        ::munmap(m_map, size_t(m_mapSize));
    m_map = static_cast<char*>(map);
    m_mapSize = size;
    return true;
}

bool DeliveryOwnership::append(QByteArrayView bytes, QString* error)
{
    // A copy into the file's pages (shared with the kernel's page cache, so it survives the process being
    // killed, like a write() would), not a system call per record.
    if (m_offset + bytes.size() > m_mapSize && !reserve(m_offset + bytes.size(), error))
        return false;
    std::memcpy(m_map + m_offset, bytes.data(), size_t(bytes.size()));
    m_offset += bytes.size();
    return true;
}

void DeliveryOwnership::clearJournal()
{
    m_offset = 0;
}

} // namespace Journey
