// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storetestutil.h"

#include "store/eventfilter.h"
#include "store/segmentcodec.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <set>

using namespace Journey;
using namespace JourneyTest;

namespace {

/// A filter as plain values, with a brute-force reference predicate written independently of EventFilter:
/// ASCII-only case folding through QByteArray::toLower(), needles trimmed as typed text is.
struct FilterSpec
{
    quint32 types = 0;
    quint64 sources = 0;
    QString name {};
    QString identity {};
    QString text {};
    std::optional<qint64> from {};
    std::optional<qint64> to {};

    EventFilter toFilter() const
    {
        EventFilter filter;
        filter.setTypes(types);
        filter.setSources(sources);
        filter.setName(name);
        filter.setIdentity(identity);
        filter.setText(text);
        filter.setTimeRange(from, to);
        return filter;
    }

    static bool contains(QByteArrayView haystack, const QString& needle)
    {
        const QByteArray folded = needle.trimmed().toUtf8().toLower();
        return folded.isEmpty() || haystack.toByteArray().toLower().contains(folded);
    }

    bool matches(const EventBatch& events, int i) const
    {
        if (types && !(types & (1u << unsigned(events.type(i)))))
            return false;
        if (sources && !(sources & (quint64(1) << unsigned(events.source(i)))))
            return false;
        if (from && events.timestamp(i) < *from)
            return false;
        if (to && events.timestamp(i) >= *to)
            return false;
        if (!contains(events.name(i), name))
            return false;
        if (!identity.trimmed().isEmpty() && !contains(events.userId(i), identity)
            && !contains(events.anonymousId(i), identity))
            return false;
        return contains(events.payload(i), text);
    }

    QString describe() const
    {
        return QStringLiteral("types=%1 sources=%2 name='%3' identity='%4' text='%5' from=%6 to=%7")
            .arg(types)
            .arg(sources)
            .arg(name, identity, text)
            .arg(from ? QString::number(*from) : QStringLiteral("-"), to ? QString::number(*to) : QStringLiteral("-"));
    }
};

EventBatch oneEvent(const EventSpec& spec)
{
    EventBatch batch;
    appendEvent(batch, spec);
    batch.assignIds(1);
    return batch;
}

EventSpec sampleSpec()
{
    EventSpec spec;
    spec.type = EventType::Track;
    spec.source = EventSource::Mixpanel;
    spec.timestamp = 1000;
    spec.messageId = "m-1";
    spec.userId = "Alice-42";
    spec.anonymousId = "anon-XYZ";
    spec.name = "Order Completed";
    spec.note = "Größe: XL, colour \"Red\"";
    return spec;
}

QList<qint64> idsOf(const EventBatch& events)
{
    QList<qint64> ids;
    for (int i = 0; i < events.size(); ++i)
        ids.append(events.id(i));
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(FilterSpec)

class TestEventFilter : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void containsFolded_data();
    void containsFolded();
    void mayMatch_data();
    void mayMatch();
    void mayMatchNeverPrunesAMatch();
    void accessorsAndEquality();
    void storeAgreesWithBruteForce();
};

void TestEventFilter::matches_data()
{
    QTest::addColumn<FilterSpec>("filter");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty filter") << FilterSpec {} << true;
    QTest::newRow("type matches") << FilterSpec { .types = 1u << 1 } << true;
    QTest::newRow("type among several") << FilterSpec { .types = (1u << 3) | (1u << 1) } << true;
    QTest::newRow("other type") << FilterSpec { .types = 1u << 2 } << false;
    QTest::newRow("source matches") << FilterSpec { .sources = quint64(1) << 3 } << true;
    QTest::newRow("other source") << FilterSpec { .sources = quint64(1) << 1 } << false;
    QTest::newRow("high source bit") << FilterSpec { .sources = quint64(1) << 33 } << false;
    QTest::newRow("name substring") << FilterSpec { .name = QStringLiteral("der comp") } << true;
    QTest::newRow("name other case") << FilterSpec { .name = QStringLiteral("ORDER COMPLETED") } << true;
    QTest::newRow("name trimmed") << FilterSpec { .name = QStringLiteral("  completed\t") } << true;
    QTest::newRow("name mismatch") << FilterSpec { .name = QStringLiteral("Order Started") } << false;
    QTest::newRow("name longer than value") << FilterSpec { .name = QStringLiteral("Order Completed!") } << false;
    QTest::newRow("identity in userId") << FilterSpec { .identity = QStringLiteral("alice") } << true;
    QTest::newRow("identity in anonymousId") << FilterSpec { .identity = QStringLiteral("anon-xyz") } << true;
    QTest::newRow("identity mismatch") << FilterSpec { .identity = QStringLiteral("bob") } << false;
    QTest::newRow("identity is not the name") << FilterSpec { .identity = QStringLiteral("order") } << false;
    QTest::newRow("text in payload") << FilterSpec { .text = QStringLiteral("colour") } << true;
    QTest::newRow("text with json quotes") << FilterSpec { .text = QStringLiteral("\\\"red\\\"") } << true;
    QTest::newRow("text non-ascii exact") << FilterSpec { .text = QStringLiteral("Größe") } << true;
    // Folding is ASCII only (as documented): Ö is not ö.
    QTest::newRow("text non-ascii other case") << FilterSpec { .text = QStringLiteral("GRÖSSE") } << false;
    QTest::newRow("text mismatch") << FilterSpec { .text = QStringLiteral("blue") } << false;
    QTest::newRow("only spaces is no condition") << FilterSpec { .name = QStringLiteral("   ") } << true;
    QTest::newRow("from inclusive") << FilterSpec { .from = 1000 } << true;
    QTest::newRow("from after") << FilterSpec { .from = 1001 } << false;
    QTest::newRow("to exclusive") << FilterSpec { .to = 1000 } << false;
    QTest::newRow("to after") << FilterSpec { .to = 1001 } << true;
    QTest::newRow("range around") << FilterSpec { .from = 999, .to = 1001 } << true;
    QTest::newRow("empty range") << FilterSpec { .from = 1000, .to = 1000 } << false;
    QTest::newRow("everything matches") << FilterSpec { .types = 1u << 1, .sources = quint64(1) << 3,
        .name = QStringLiteral("order"), .identity = QStringLiteral("42"), .text = QStringLiteral("XL"), .from = 0, .to = 2000 }
                                        << true;
    QTest::newRow("everything but one") << FilterSpec { .types = 1u << 1, .sources = quint64(1) << 3,
        .name = QStringLiteral("order"), .identity = QStringLiteral("42"), .text = QStringLiteral("XXL"), .from = 0, .to = 2000 }
                                        << false;
}

void TestEventFilter::matches()
{
    QFETCH(FilterSpec, filter);
    QFETCH(bool, expected);
    const EventBatch events = oneEvent(sampleSpec());
    QCOMPARE(filter.matches(events, 0), expected); // the reference agrees with the table
    QCOMPARE(filter.toFilter().matches(events, 0), expected);
}

void TestEventFilter::containsFolded_data()
{
    QTest::addColumn<QByteArray>("haystack");
    QTest::addColumn<QByteArray>("needle"); // already lower case
    QTest::addColumn<bool>("expected");
    QTest::newRow("empty needle") << QByteArray("abc") << QByteArray() << true;
    QTest::newRow("empty both") << QByteArray() << QByteArray() << true;
    QTest::newRow("empty haystack") << QByteArray() << QByteArray("a") << false;
    QTest::newRow("whole") << QByteArray("Hello") << QByteArray("hello") << true;
    QTest::newRow("at the end") << QByteArray("xxxxEND") << QByteArray("end") << true;
    QTest::newRow("at the start") << QByteArray("Startxxxx") << QByteArray("start") << true;
    QTest::newRow("overlapping prefix") << QByteArray("aaab") << QByteArray("aab") << true;
    QTest::newRow("mixed case first letters") << QByteArray("xAaAaB") << QByteArray("aab") << true;
    QTest::newRow("upper before lower candidate") << QByteArray("Ax ab") << QByteArray("ab") << true;
    QTest::newRow("needle longer") << QByteArray("ab") << QByteArray("abc") << false;
    QTest::newRow("cut off at the end") << QByteArray("xxab") << QByteArray("abc") << false;
    QTest::newRow("digit first") << QByteArray("order 42x") << QByteArray("42x") << true;
    QTest::newRow("punctuation") << QByteArray(R"({"a":"B"})") << QByteArray(R"("b")") << true;
    QTest::newRow("utf-8 bytes") << QByteArray("Größe") << QByteArray("öß") << true;
    QTest::newRow("utf-8 not folded") << QByteArray("GRÖSSE") << QByteArray("grösse") << false;
    QTest::newRow("not there") << QByteArray("abcdef") << QByteArray("abd") << false;
    QTest::newRow("nul bytes") << QByteArray("a\0b", 3) << QByteArray("\0b", 2) << true;
    QTest::newRow("near miss everywhere") << QByteArray("abababababababac") << QByteArray("abac") << true;
}

void TestEventFilter::containsFolded()
{
    QFETCH(QByteArray, haystack);
    QFETCH(QByteArray, needle);
    QFETCH(bool, expected);
    QCOMPARE(EventFilter::containsFolded(haystack, needle), expected);
    // Agrees with the slow way.
    QCOMPARE(haystack.toLower().contains(needle), expected);
}

void TestEventFilter::mayMatch_data()
{
    QTest::addColumn<FilterSpec>("filter");
    QTest::addColumn<bool>("expected");
    // The segment: tracks and pages from Segment and Import, timestamps 100..200.
    QTest::newRow("empty") << FilterSpec {} << true;
    QTest::newRow("type present") << FilterSpec { .types = 1u << 3 } << true;
    QTest::newRow("type absent") << FilterSpec { .types = 1u << 2 } << false;
    QTest::newRow("source present") << FilterSpec { .sources = quint64(1) << 32 } << true;
    QTest::newRow("source absent") << FilterSpec { .sources = quint64(1) << 7 } << false;
    QTest::newRow("from at max") << FilterSpec { .from = 200 } << true;
    QTest::newRow("from after max") << FilterSpec { .from = 201 } << false;
    QTest::newRow("to at min") << FilterSpec { .to = 100 } << false;
    QTest::newRow("to after min") << FilterSpec { .to = 101 } << true;
    QTest::newRow("range inside") << FilterSpec { .from = 150, .to = 160 } << true;
    // Text parts cannot be decided from the summary: they never prune.
    QTest::newRow("text") << FilterSpec { .name = QStringLiteral("nothing has this"), .text = QStringLiteral("zzz") } << true;
}

void TestEventFilter::mayMatch()
{
    QFETCH(FilterSpec, filter);
    QFETCH(bool, expected);
    SegmentInfo info;
    info.minTimestamp = 100;
    info.maxTimestamp = 200;
    info.typeMask = (1u << 1) | (1u << 3);
    info.sourceMask = (quint64(1) << 1) | (quint64(1) << 32);
    QCOMPARE(filter.toFilter().mayMatch(info), expected);
}

void TestEventFilter::mayMatchNeverPrunesAMatch()
{
    // For segments the codec summarises, a filter that matches any event must not be pruned.
    QRandomGenerator generator(1234);
    for (int round = 0; round < 300; ++round) {
        EventBatch events;
        const int count = 1 + int(generator.bounded(20));
        for (int i = 0; i < count; ++i) {
            EventSpec spec = numberedSpec(int(generator.bounded(1000)));
            spec.type = EventType(1 + generator.bounded(6));
            spec.source = generator.bounded(2) ? EventSource::Import : EventSource(generator.bounded(8));
            spec.timestamp = qint64(generator.bounded(10'000)) - 5000;
            appendEvent(events, spec);
        }
        events.assignIds(1);
        const SegmentInfo info = SegmentCodec::encode(events).info;
        FilterSpec spec;
        spec.types = generator.bounded(2) ? quint32(generator.bounded(128)) : 0;
        spec.sources = generator.bounded(2) ? (quint64(generator.generate()) << 32 | generator.generate()) : 0;
        if (generator.bounded(2))
            spec.from = qint64(generator.bounded(12'000)) - 6000;
        if (generator.bounded(2))
            spec.to = qint64(generator.bounded(12'000)) - 6000;
        const EventFilter filter = spec.toFilter();
        bool any = false;
        for (int i = 0; i < events.size(); ++i)
            any = any || spec.matches(events, i);
        if (any)
            QVERIFY2(filter.mayMatch(info), qPrintable(spec.describe()));
    }
}

void TestEventFilter::accessorsAndEquality()
{
    EventFilter filter;
    QVERIFY(filter.isEmpty());
    QVERIFY(!filter.needsPayload());
    filter.addType(EventType::Page);
    filter.addType(EventType::Screen);
    QCOMPARE(filter.typeMask(), (1u << 3) | (1u << 4));
    filter.addSource(EventSource::Connector);
    QCOMPARE(filter.sourceMask(), quint64(1) << 33);
    filter.setName(QStringLiteral("  Checkout Started "));
    QCOMPARE(filter.name(), QStringLiteral("checkout started"));
    filter.setIdentity(QStringLiteral("USER-1"));
    QCOMPARE(filter.identity(), QStringLiteral("user-1"));
    QVERIFY(!filter.needsPayload());
    filter.setText(QStringLiteral("Coupon"));
    QCOMPARE(filter.text(), QStringLiteral("coupon"));
    QVERIFY(filter.needsPayload());
    filter.setTimeRange(5, std::nullopt);
    QCOMPARE(filter.from(), std::optional<qint64>(5));
    QCOMPARE(filter.to(), std::optional<qint64>());
    QVERIFY(!filter.isEmpty());

    EventFilter same = filter;
    QVERIFY(same == filter);
    same.setName(QStringLiteral("CHECKOUT STARTED")); // folds to the same
    QVERIFY(same == filter);
    same.setTimeRange(5, 6);
    QVERIFY(same != filter);
    QVERIFY(EventFilter() == EventFilter());
    EventFilter onlyRange;
    onlyRange.setTimeRange(std::nullopt, 0);
    QVERIFY(!onlyRange.isEmpty());
    QVERIFY(onlyRange != EventFilter());
}

void TestEventFilter::storeAgreesWithBruteForce()
{
    // The live view filters in memory and the history view filters the store, with one EventFilter: both
    // must always show the same events. Random events go into a store with every kind of segment (full,
    // small, merged, bulk-encoded, after a clear), then random filters are run through readPage (paging all
    // the way down), readForward and scan, and compared with a brute-force pass over the events in memory.
    quint32 seed = 20260315;
    if (qEnvironmentVariableIsSet("JOURNEY_TEST_SEED"))
        seed = quint32(qEnvironmentVariableIntValue("JOURNEY_TEST_SEED"));
    qInfo("seed %u (set JOURNEY_TEST_SEED to repeat another run)", seed);
    QRandomGenerator random(seed);

    static const QByteArray names[] = { "Order Completed", "order completed", "ORDER_COMPLETED", "Product Viewed",
        "Produkt angesehen", "Größe gewählt", "注文完了", "Signed Up", "Checkout Step 2", "checkout step 10",
        "Cart/Updated ~x", "" };
    static const QByteArray words[] = { "spam", "Eggs", "HAM", "Ünïcode", "\"quoted\"", "back\\slash", "tab\there",
        "coupon=SAVE10", "42", "🚀", "ß" };
    static const EventSource sources[] = { EventSource::Segment, EventSource::RudderStack, EventSource::Import,
        EventSource::PostHog, EventSource::Connector };

    qint64 clock = 1'767'225'600'000;
    int serial = 0;
    const auto makeEvents = [&](int count) {
        EventBatch batch;
        for (int i = 0; i < count; ++i) {
            EventSpec spec;
            spec.type = EventType(1 + random.bounded(6));
            spec.source = sources[random.bounded(5)];
            // Mostly forward in time, sometimes far back (imports of old data).
            clock += random.bounded(5) == 0 ? -qint64(random.bounded(86'400'000)) : qint64(random.bounded(60'000));
            spec.timestamp = clock;
            spec.receivedAt = clock + random.bounded(1000);
            spec.messageId = "m-" + QByteArray::number(serial++);
            const int user = int(random.bounded(40));
            if (random.bounded(4) != 0)
                spec.userId = (user % 2 ? "user-" : "User-") + QByteArray::number(user);
            if (random.bounded(3) != 0)
                spec.anonymousId = "anon-" + QByteArray::number(random.bounded(100'000), 16);
            if (spec.type == EventType::Track || spec.type == EventType::Page || spec.type == EventType::Screen)
                spec.name = names[random.bounded(12)];
            if (spec.type == EventType::Group)
                spec.groupId = "group-" + QByteArray::number(random.bounded(9));
            if (spec.type == EventType::Alias)
                spec.previousId = "prev-" + QByteArray::number(random.bounded(50));
            for (int w = int(random.bounded(4)); w > 0; --w)
                spec.note += words[random.bounded(11)] + ' ';
            appendEvent(batch, spec);
        }
        return batch;
    };

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("journey.db"));
    StoreWriter writer(path);
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    EventBatch reference; // every stored event, with the id it must have, in id order

    // Events that are cleared away first: ids then do not start at 1.
    {
        EventBatch gone = makeEvents(37);
        QVERIFY(storeEvents(writer, gone, &error));
        QVERIFY(writer.clear(&error));
    }
    const auto writeTransaction = [&](int total, int maxWrite) {
        QVERIFY(writer.begin(&error));
        while (total > 0) {
            const int count = std::min(total, 1 + int(random.bounded(quint32(maxWrite))));
            total -= count;
            IngestBatch batch;
            batch.events = makeEvents(count);
            QVERIFY2(writer.write(batch, &error), qPrintable(error));
            reference.appendAll(batch.events);
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));
    };
    writeTransaction(5000, 700); // full segments and a tail
    if (QTest::currentTestFailed())
        return;
    for (int t = 0; t < 24; ++t) { // small segments, merged once
        writeTransaction(1 + int(random.bounded(60)), 60);
        if (t == 17)
            QVERIFY(writer.compactTail(&error) > 1);
    }
    {
        // A bulk load: encoded on "another thread" with ids 0.., numbered by the store.
        QVERIFY(writer.begin(&error));
        EventBatch bulk = makeEvents(900);
        bulk.assignIds(0);
        EncodedSegment segment = SegmentCodec::encode(bulk);
        QVERIFY2(writer.writeEncoded(segment, &error), qPrintable(error));
        QVERIFY(writer.commit(&error));
        bulk.assignIds(segment.info.firstId);
        reference.appendAll(bulk);
    }
    writeTransaction(4500, 3000);
    for (int t = 0; t < 9; ++t)
        writeTransaction(1 + int(random.bounded(30)), 30); // small segments left as they are
    if (QTest::currentTestFailed())
        return;

    // The store holds exactly the reference.
    StoreReader reader(path);
    QVERIFY2(reader.open(true, &error), qPrintable(error));
    StoreStats stats;
    QVERIFY(reader.stats(stats, &error));
    QCOMPARE(stats.events, qint64(reference.size()));
    QVERIFY2(stats.segments >= 12, "the store should mix full, merged and small segments");
    QCOMPARE(reference.id(0), qint64(38));
    for (int i = 1; i < reference.size(); ++i)
        QCOMPARE(reference.id(i), reference.id(i - 1) + 1);
    {
        EventBatch all;
        QVERIFY(reader.scan(EventFilter(), true, [&](const EventBatch& events) {
            all.appendAll(events);
            return true;
        }, &error));
        const QByteArray difference = batchDifference(reference, all);
        QVERIFY2(difference.isEmpty(), difference.constData());
    }

    // Needles are cut from real values, with ASCII letters in random case, sometimes padded with spaces.
    const auto needleFrom = [&](QByteArrayView value) -> QString {
        const QString text = QString::fromUtf8(value);
        if (text.isEmpty())
            return QStringLiteral("no-such-text");
        const qsizetype start = qsizetype(random.bounded(quint32(text.size())));
        const qsizetype length = 1 + qsizetype(random.bounded(quint32(std::min<qsizetype>(8, text.size() - start))));
        QString needle = text.mid(start, length);
        for (QChar& c : needle) {
            if (c.unicode() < 128 && c.isLetter() && random.bounded(2))
                c = c.isUpper() ? c.toLower() : c.toUpper();
        }
        if (random.bounded(6) == 0)
            needle = QLatin1Char(' ') + needle + QLatin1String("  ");
        return needle;
    };
    const auto randomFilter = [&]() {
        FilterSpec spec;
        const int event = int(random.bounded(quint32(reference.size())));
        if (random.bounded(3) == 0)
            spec.types = quint32(random.bounded(128)) & ~1u;
        if (random.bounded(4) == 0) {
            for (EventSource source : sources) {
                if (random.bounded(2))
                    spec.sources |= quint64(1) << unsigned(source);
            }
        }
        if (random.bounded(3) == 0)
            spec.name = needleFrom(reference.name(event));
        if (random.bounded(4) == 0)
            spec.identity = needleFrom(random.bounded(2) ? reference.userId(event) : reference.anonymousId(event));
        if (random.bounded(4) == 0)
            spec.text = needleFrom(reference.payload(event));
        if (random.bounded(3) == 0)
            spec.from = reference.timestamp(event) - qint64(random.bounded(3'600'000));
        if (random.bounded(3) == 0)
            spec.to = reference.timestamp(int(random.bounded(quint32(reference.size())))) + qint64(random.bounded(3));
        return spec;
    };

    std::vector<FilterSpec> filters;
    filters.push_back({});
    for (int type = 1; type <= 6; ++type)
        filters.push_back(FilterSpec { .types = 1u << type });
    filters.push_back(FilterSpec { .name = QStringLiteral("order completed") });
    filters.push_back(FilterSpec { .text = QStringLiteral("ünïcode") }); // Ü is not folded: matches nothing
    filters.push_back(FilterSpec { .text = QStringLiteral("ÜNÏCODE") }); // nor is ï
    filters.push_back(FilterSpec { .from = reference.timestamp(reference.size() - 1) + 1 });
    filters.push_back(FilterSpec { .identity = QStringLiteral("USER-3") });
    for (int f = 0; f < 260; ++f)
        filters.push_back(randomFilter());

    int nonTrivial = 0;
    for (size_t f = 0; f < filters.size(); ++f) {
        const FilterSpec& spec = filters[f];
        const EventFilter filter = spec.toFilter();
        const QByteArray context = "filter " + QByteArray::number(qulonglong(f)) + " (" + spec.describe().toUtf8()
            + "), seed " + QByteArray::number(seed);

        QList<qint64> expected;
        for (int i = 0; i < reference.size(); ++i) {
            const bool match = spec.matches(reference, i);
            // The same filter object on the same events in memory (as the live view uses it).
            if (filter.matches(reference, i) != match)
                QFAIL(QByteArray("matches() disagrees on id " + QByteArray::number(reference.id(i)) + ", " + context).constData());
            if (match)
                expected.append(reference.id(i));
        }
        if (!expected.isEmpty() && expected.size() < reference.size())
            ++nonTrivial;

        // readPage, newest first, page by page down to the oldest.
        const int limit = std::max(1 + int(random.bounded(800)), int(expected.size() / 40) + 1);
        QList<qint64> paged;
        qint64 beforeId = 0;
        bool exhausted = false;
        for (int round = 0; !exhausted; ++round) {
            if (round > expected.size() + 2)
                QFAIL(QByteArray("readPage never reports the end, " + context).constData());
            EventBatch page;
            if (!reader.readPage(filter, beforeId, limit, page, &exhausted, &error))
                QFAIL(qPrintable(error));
            if (page.size() > limit)
                QFAIL(QByteArray("page larger than the limit, " + context).constData());
            if (page.isEmpty() && !exhausted)
                QFAIL(QByteArray("empty page that is not the end, " + context).constData());
            for (int i = 0; i < page.size(); ++i) {
                if ((beforeId > 0 && page.id(i) >= beforeId) || (i > 0 && page.id(i) <= page.id(i - 1)))
                    QFAIL(QByteArray("page out of order or beyond beforeId, " + context).constData());
                // Spot-check whole events, payloads included.
                if (i == 0 || i == page.size() - 1) {
                    const QByteArray difference
                        = eventDifference(page, i, reference, int(page.id(i) - reference.id(0)));
                    if (!difference.isEmpty())
                        QFAIL(QByteArray(difference + ", " + context).constData());
                }
            }
            if (!page.isEmpty()) {
                paged = idsOf(page) + paged;
                beforeId = page.id(0);
            }
        }
        if (paged != expected) {
            QFAIL(QByteArray("readPage paging: " + QByteArray::number(paged.size()) + " ids instead of "
                + QByteArray::number(expected.size()) + ", " + context).constData());
        }

        // readForward, oldest first.
        QList<qint64> forward;
        qint64 afterId = 0;
        for (int round = 0;; ++round) {
            if (round > expected.size() + 2)
                QFAIL(QByteArray("readForward never ends, " + context).constData());
            EventBatch page;
            if (!reader.readForward(filter, afterId, limit, page, &error))
                QFAIL(qPrintable(error));
            if (page.isEmpty())
                break;
            if (page.size() > limit || page.id(0) <= afterId)
                QFAIL(QByteArray("readForward page out of bounds, " + context).constData());
            forward += idsOf(page);
            afterId = page.id(page.size() - 1);
        }
        if (forward != expected)
            QFAIL(QByteArray("readForward: " + QByteArray::number(forward.size()) + " ids instead of "
                + QByteArray::number(expected.size()) + ", " + context).constData());

        // scan, oldest first, with or without payloads.
        QList<qint64> scanned;
        const bool withPayloads = f % 2 == 0;
        bool payloadsAsAsked = true;
        if (!reader.scan(filter, withPayloads, [&](const EventBatch& events) {
                scanned += idsOf(events);
                if ((withPayloads || filter.needsPayload()) && !events.hasPayloads())
                    payloadsAsAsked = false;
                return true;
            }, &error))
            QFAIL(qPrintable(error));
        if (scanned != expected)
            QFAIL(QByteArray("scan: " + QByteArray::number(scanned.size()) + " ids instead of "
                + QByteArray::number(expected.size()) + ", " + context).constData());
        if (!payloadsAsAsked)
            QFAIL(QByteArray("scan left out payloads, " + context).constData());
    }
    // The random filters must exercise something (not all-or-nothing).
    QVERIFY2(nonTrivial > 150, qPrintable(QString::number(nonTrivial)));
}

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"
