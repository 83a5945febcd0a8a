// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "ingestjournal.h"

#include "storewriter.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <xxhash.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Journey {

namespace {

constexpr quint32 recordMagic = 0x314E524A; // "JRN1" little-endian; then u32 length, u64 sequence, u32 checksum (XXH3 seeded with the sequence, low 32 bits)
constexpr qsizetype recordHeaderBytes = 4 + 4 + 8 + 4;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Optional parts of a request follow its fixed fields as (u8 tag, QByteArray) pairs, so a record without them
// is byte for byte what earlier builds wrote, and a reader skips tags it does not know.
enum class RequestExtension : quint8 {
    Upstream = 1, ///< UpstreamExchange::toJson()
};

QByteArray serializeRequest(const StoredRequest& request)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << request.receivedAt << quint8(request.source) << request.method << request.path << request.query
           << request.remoteAddress << request.headers << request.contentType << request.contentEncoding
           << request.wireSize << request.body << qint32(request.status) << request.error;
    if (request.upstream)
        stream << quint8(RequestExtension::Upstream) << request.upstream->toJson();
    return bytes;
}

bool deserializeRequest(const QByteArray& bytes, StoredRequest& request)
{
    QDataStream stream(bytes);
    stream.setVersion(QDataStream::Qt_6_4);
    quint8 source = 0;
    qint32 status = 0;
    stream >> request.receivedAt >> source >> request.method >> request.path >> request.query >> request.remoteAddress
        >> request.headers >> request.contentType >> request.contentEncoding >> request.wireSize >> request.body
        >> status >> request.error;
    request.source = EventSource(source);
    request.status = status;
    while (stream.status() == QDataStream::Ok && !stream.atEnd()) {
        quint8 tag = 0;
        QByteArray extension;
        stream >> tag >> extension;
        if (stream.status() != QDataStream::Ok)
            break;
        if (tag == quint8(RequestExtension::Upstream)) {
            request.upstream = UpstreamExchange::fromJson(extension);
            if (!request.upstream)
                return false;
        }
    }
    return stream.status() == QDataStream::Ok;
}

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

} // namespace

IngestJournal::IngestJournal(const QString& storePath)
    : m_folder(folderFor(storePath))
{
}

IngestJournal::~IngestJournal()
{
    for (File& file : m_sealed)
        ::close(file.fd);
    if (m_current.fd >= 0)
        ::close(m_current.fd);
}

QString IngestJournal::folderFor(const QString& storePath)
{
    return storePath + QStringLiteral(".journal");
}

bool IngestJournal::open(QString* error)
{
    if (!QDir().mkpath(m_folder)) {
        *error = tr("cannot create the journal folder %1").arg(m_folder);
        return false;
    }
    return startFile(1, error);
}

bool IngestJournal::startFile(quint64 firstSequence, QString* error)
{
    File file;
    // The start time keeps names unique even when a process id comes round again. O_EXCL: a journal of this
    // process started in the same millisecond has the same name, and its file must never be truncated.
    qint64 started = QDateTime::currentMSecsSinceEpoch();
    do {
        file.name = QStringLiteral("%1-%2-%3.journal").arg(::getpid()).arg(started++).arg(firstSequence);
        file.path = m_folder + QLatin1Char('/') + file.name;
        file.fd = ::open(QFile::encodeName(file.path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    } while (file.fd < 0 && errno == EEXIST);
    if (file.fd < 0) {
        *error = tr("cannot create the journal %1: %2").arg(file.path, systemError());
        return false;
    }
    // The lock says "a live process owns this file"; it goes away with the process.
    if (::flock(file.fd, LOCK_EX | LOCK_NB) != 0) {
        *error = tr("cannot lock the journal %1: %2").arg(file.path, systemError());
        ::close(file.fd);
        return false;
    }
    if (m_current.fd >= 0)
        m_sealed.push_back(m_current);
    m_current = file;
    return true;
}

bool IngestJournal::append(quint64 sequence, const IngestBatch& batch, QString* fileName, QString* error)
{
    std::lock_guard lock(m_mutex);
    if (m_current.size >= rotateBytes && !startFile(sequence, error))
        return false;

    m_record.clear();
    m_record.resize(recordHeaderBytes);
    const QByteArray request = batch.request ? serializeRequest(*batch.request) : QByteArray();
    const quint32 requestBytes = quint32(request.size());
    m_record.append(reinterpret_cast<const char*>(&requestBytes), 4);
    m_record.append(request);
    batch.events.serialize(m_record);

    const quint32 payloadBytes = quint32(m_record.size() - recordHeaderBytes);
    // Seeded with the sequence, so the checksum covers it too.
    const quint32 crc = quint32(XXH3_64bits_withSeed(m_record.data() + recordHeaderBytes, payloadBytes, sequence));
    char* header = m_record.data();
    std::memcpy(header, &recordMagic, 4);
    std::memcpy(header + 4, &payloadBytes, 4);
    std::memcpy(header + 8, &sequence, 8);
    std::memcpy(header + 16, &crc, 4);
    if (!writeAll(m_current.fd, m_record.data(), m_record.size())) {
        *error = tr("cannot write the journal %1: %2").arg(m_current.path, systemError());
        // Cut the partial record so the file stays readable.
        if (::ftruncate(m_current.fd, m_current.size) != 0 || ::lseek(m_current.fd, m_current.size, SEEK_SET) < 0)
            qCWarning(lcStore) << "cannot repair the journal after a failed write";
        return false;
    }
    m_current.size += m_record.size();
    m_current.lastSequence = sequence;
    if (fileName)
        *fileName = m_current.name;
    return true;
}

void IngestJournal::committedThrough(quint64 sequence)
{
    std::vector<File> done;
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_sealed.begin(); it != m_sealed.end();) {
            if (it->lastSequence <= sequence) {
                done.push_back(*it);
                it = m_sealed.erase(it);
            } else {
                ++it;
            }
        }
    }
    // Outside the lock: freeing a file's pages can take a while, and appends must not wait for it.
    for (const File& file : done) {
        ::unlink(QFile::encodeName(file.path).constData());
        ::close(file.fd);
    }
}

void IngestJournal::removeAll()
{
    std::lock_guard lock(m_mutex);
    for (File& file : m_sealed) {
        ::unlink(QFile::encodeName(file.path).constData());
        ::close(file.fd);
    }
    m_sealed.clear();
    if (m_current.fd >= 0) {
        ::unlink(QFile::encodeName(m_current.path).constData());
        ::close(m_current.fd);
        m_current = File();
    }
    QDir().rmdir(m_folder); // only when empty: other processes may have files there
}

bool IngestJournal::readRecords(const QString& path, const std::function<void(quint64, IngestBatch&&)>& visit,
    QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the journal %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    qsizetype pos = 0;
    while (pos + recordHeaderBytes <= data.size()) {
        quint32 magic = 0, payloadBytes = 0, crc = 0;
        quint64 sequence = 0;
        std::memcpy(&magic, data.constData() + pos, 4);
        std::memcpy(&payloadBytes, data.constData() + pos + 4, 4);
        std::memcpy(&sequence, data.constData() + pos + 8, 8);
        std::memcpy(&crc, data.constData() + pos + 16, 4);
        const char* payload = data.constData() + pos + recordHeaderBytes;
        // A torn or damaged tail is a record whose write never finished: nobody was told it was stored.
        if (magic != recordMagic || pos + recordHeaderBytes + qsizetype(payloadBytes) > data.size()
            || quint32(XXH3_64bits_withSeed(payload, payloadBytes, sequence)) != crc)
            break;
        IngestBatch batch;
        quint32 requestBytes = 0;
        std::memcpy(&requestBytes, payload, 4);
        if (requestBytes + 4 > payloadBytes)
            break;
        if (requestBytes > 0) {
            StoredRequest request;
            if (!deserializeRequest(QByteArray(payload + 4, requestBytes), request))
                break;
            batch.request = request;
        }
        if (!EventBatch::deserialize(QByteArrayView(payload + 4 + requestBytes, payloadBytes - 4 - requestBytes), batch.events))
            break;
        visit(sequence, std::move(batch));
        pos += recordHeaderBytes + payloadBytes;
    }
    return true;
}

bool IngestJournal::hasOrphans(const QString& storePath)
{
    const QDir folder(folderFor(storePath));
    if (!folder.exists())
        return false;
    for (const QString& name : folder.entryList({ QStringLiteral("*.journal") }, QDir::Files)) {
        const int fd = ::open(QFile::encodeName(folder.filePath(name)).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        const bool orphan = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        ::close(fd);
        if (orphan)
            return true;
    }
    return false;
}

qint64 IngestJournal::recoverOrphans(const QString& storePath, StoreWriter& writer, QString* error)
{
    const QDir folder(folderFor(storePath));
    if (!folder.exists())
        return 0;
    qint64 recovered = 0;
    for (const QString& name : folder.entryList({ QStringLiteral("*.journal") }, QDir::Files, QDir::Name)) {
        const QString path = folder.filePath(name);
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        // Held by a live process: not ours to replay. We keep the lock while replaying.
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd);
            continue;
        }
        std::vector<IngestBatch> batches;
        quint64 lastSequence = 0;
        QString reason;
        const quint64 committed = writer.journalMark(name);
        const bool read = readRecords(path, [&](quint64 sequence, IngestBatch&& batch) {
            if (sequence > committed)
                batches.push_back(std::move(batch));
            lastSequence = std::max(lastSequence, sequence);
        }, &reason);
        if (!read) {
            ::close(fd);
            *error = reason;
            return -1;
        }
        if (!writer.begin(error)) {
            ::close(fd);
            return -1;
        }
        qint64 events = 0;
        for (IngestBatch& batch : batches) {
            events += batch.events.size();
            if (!writer.write(batch, error, true)) {
                writer.rollback();
                ::close(fd);
                return -1;
            }
        }
        // The mark moves to the end of the file in the same transaction: if we die before the file is
        // deleted, the next replay finds nothing left to store.
        if ((lastSequence > committed && !writer.setJournalMark(name, lastSequence, error)) || !writer.commit(error)) {
            writer.rollback();
            ::close(fd);
            return -1;
        }
        ::unlink(QFile::encodeName(path).constData());
        ::close(fd);
        recovered += events;
        if (events > 0)
            qCInfo(lcStore) << "recovered" << events << "events from" << name;
    }
    // Marks of files that are gone are no longer needed.
    QString reason;
    if (!writer.forgetJournalMarksExcept(folder.entryList({ QStringLiteral("*.journal") }, QDir::Files), &reason))
        qCWarning(lcStore) << "cannot tidy the journal marks:" << reason;
    return recovered;
}

} // namespace Journey
