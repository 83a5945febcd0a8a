// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "models/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Journey;

namespace {

// The index of the node at \a pointer (RFC 6901), found by walking the model, not by asking it.
QModelIndex indexAt(const QAbstractItemModel& model, const QStringList& keys)
{
    QModelIndex parent;
    for (const QString& key : keys) {
        QModelIndex found;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex candidate = model.index(row, JsonTreeModel::KeyColumn, parent);
            if (candidate.data().toString() == key) {
                found = candidate;
                break;
            }
        }
        if (!found.isValid())
            return {};
        parent = found;
    }
    return parent;
}

QString cell(const QAbstractItemModel& model, const QModelIndex& keyIndex, int column)
{
    return model.index(keyIndex.row(), column, keyIndex.parent()).data().toString();
}

QStringList keysOf(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(parent); ++row)
        keys.append(model.index(row, JsonTreeModel::KeyColumn, parent).data().toString());
    return keys;
}

const QByteArray sampleDocument = R"({
  "type": "track",
  "event": "Order Completed",
  "properties": {
    "zeta": 1,
    "alpha": [10, {"sku": "A/B~1", "qty": 2}, [], {}],
    "a/b": "slash",
    "m~n": "tilde",
    "": "empty key",
    "nested": {"deep": {"deeper": null}}
  },
  "context": {"library": {"name": "analytics.js", "version": "4.1.0"}}
})";

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester();
    void memberOrderIsDocumentOrder();
    void duplicateKeysAreKept();
    void values_data();
    void values();
    void containersSummarise();
    void pointers_data();
    void pointers();
    void invalidInput_data();
    void invalidInput();
    void clearAndReset();
    void headers();
};

void TestJsonTreeModel::modelTester()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setJson(sampleDocument));
    QVERIFY(model.setJson(R"([1, [2, [3, [4, {"five": [5]}]]], "x"])"));
    QVERIFY(!model.setJson("{broken"));
    QVERIFY(model.setJson("{}"));
    QVERIFY(model.setJson(sampleDocument));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTreeModel::memberOrderIsDocumentOrder()
{
    // People compare what they see with what was sent: members stay in the order of the document (a
    // QJsonObject would sort them).
    JsonTreeModel model;
    QVERIFY(model.setJson(sampleDocument));
    QCOMPARE(keysOf(model), (QStringList { QStringLiteral("type"), QStringLiteral("event"),
                                QStringLiteral("properties"), QStringLiteral("context") }));
    const QModelIndex properties = indexAt(model, { QStringLiteral("properties") });
    QCOMPARE(keysOf(model, properties),
        (QStringList { QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("a/b"), QStringLiteral("m~n"),
            QString(), QStringLiteral("nested") }));
    const QModelIndex alpha = indexAt(model, { QStringLiteral("properties"), QStringLiteral("alpha") });
    QCOMPARE(keysOf(model, alpha),
        (QStringList { QStringLiteral("[0]"), QStringLiteral("[1]"), QStringLiteral("[2]"), QStringLiteral("[3]") }));
    const QModelIndex item = indexAt(model, { QStringLiteral("properties"), QStringLiteral("alpha"), QStringLiteral("[1]") });
    QCOMPARE(keysOf(model, item), (QStringList { QStringLiteral("sku"), QStringLiteral("qty") }));
}

void TestJsonTreeModel::duplicateKeysAreKept()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(R"({"a": 1, "b": 2, "a": 3})"));
    QCOMPARE(keysOf(model), (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a") }));
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(2, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("3"));
}

void TestJsonTreeModel::values_data()
{
    QTest::addColumn<QByteArray>("json"); // the value of member "v"
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("type");
    QTest::newRow("string") << QByteArray(R"("hello")") << QStringLiteral("\"hello\"") << QStringLiteral("string");
    QTest::newRow("empty string") << QByteArray(R"("")") << QStringLiteral("\"\"") << QStringLiteral("string");
    QTest::newRow("unicode string") << QByteArray(R"("Größe 🚀")") << QStringLiteral("\"Größe 🚀\"") << QStringLiteral("string");
    QTest::newRow("escaped unicode") << QByteArray(R"("\u00e9\ud83d\ude80")") << QStringLiteral("\"é🚀\"")
                                     << QStringLiteral("string");
    QTest::newRow("zero") << QByteArray("0") << QStringLiteral("0") << QStringLiteral("number");
    QTest::newRow("negative") << QByteArray("-17") << QStringLiteral("-17") << QStringLiteral("number");
    QTest::newRow("largest int64") << QByteArray("9223372036854775807") << QStringLiteral("9223372036854775807")
                                   << QStringLiteral("number");
    QTest::newRow("smallest int64") << QByteArray("-9223372036854775808") << QStringLiteral("-9223372036854775808")
                                    << QStringLiteral("number");
    QTest::newRow("beyond int64") << QByteArray("12345678901234567890") << QStringLiteral("12345678901234567890")
                                  << QStringLiteral("number");
    QTest::newRow("largest uint64") << QByteArray("18446744073709551615") << QStringLiteral("18446744073709551615")
                                    << QStringLiteral("number");
    QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << QStringLiteral("9007199254740993")
                              << QStringLiteral("number");
    QTest::newRow("fraction") << QByteArray("19.99") << QStringLiteral("19.99") << QStringLiteral("number");
    QTest::newRow("tenth") << QByteArray("0.1") << QStringLiteral("0.1") << QStringLiteral("number");
    QTest::newRow("negative fraction") << QByteArray("-2.5") << QStringLiteral("-2.5") << QStringLiteral("number");
    QTest::newRow("true") << QByteArray("true") << QStringLiteral("true") << QStringLiteral("boolean");
    QTest::newRow("false") << QByteArray("false") << QStringLiteral("false") << QStringLiteral("boolean");
    QTest::newRow("null") << QByteArray("null") << QStringLiteral("null") << QStringLiteral("null");
}

void TestJsonTreeModel::values()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    QFETCH(QString, type);
    JsonTreeModel model;
    QVERIFY(model.setJson("{\"v\": " + json + "}"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JsonTreeModel::KeyColumn).data().toString(), QStringLiteral("v"));
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), value);
    QCOMPARE(model.index(0, JsonTreeModel::TypeColumn).data().toString(), type);
    // Tooltips show the same text (long values are cut off in the view).
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data(Qt::ToolTipRole).toString(), value);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    // Roles the model does not serve stay empty.
    QVERIFY(!model.index(0, JsonTreeModel::ValueColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(0, JsonTreeModel::ValueColumn).data(Qt::EditRole).isValid());
}

void TestJsonTreeModel::containersSummarise()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(R"({"o": {"a": 1, "b": 2}, "e": {}, "l": [1, 2, 3], "one": [true]})"));
    const auto value = [&](int row) { return model.index(row, JsonTreeModel::ValueColumn).data().toString(); };
    const auto type = [&](int row) { return model.index(row, JsonTreeModel::TypeColumn).data().toString(); };
    QCOMPARE(type(0), QStringLiteral("object"));
    QCOMPARE(value(0), QStringLiteral("{2 members}"));
    QCOMPARE(value(1), QStringLiteral("{0 members}"));
    QCOMPARE(type(2), QStringLiteral("array"));
    QCOMPARE(value(2), QStringLiteral("[3 items]"));
    QCOMPARE(value(3), QStringLiteral("[1 items]"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
    QCOMPARE(model.rowCount(model.index(2, 0)), 3);
    // Only column 0 has children.
    QCOMPARE(model.rowCount(model.index(0, JsonTreeModel::ValueColumn)), 0);
    QVERIFY(!model.index(0, 0, model.index(0, JsonTreeModel::ValueColumn)).isValid());
}

void TestJsonTreeModel::pointers_data()
{
    QTest::addColumn<QStringList>("path"); // keys as shown
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    QTest::newRow("top level") << QStringList { QStringLiteral("type") } << QStringLiteral("/type")
                               << QStringLiteral("\"track\"");
    QTest::newRow("nested") << QStringList { QStringLiteral("context"), QStringLiteral("library"), QStringLiteral("name") }
                            << QStringLiteral("/context/library/name") << QStringLiteral("\"analytics.js\"");
    QTest::newRow("slash escaped") << QStringList { QStringLiteral("properties"), QStringLiteral("a/b") }
                                   << QStringLiteral("/properties/a~1b") << QStringLiteral("\"slash\"");
    QTest::newRow("tilde escaped") << QStringList { QStringLiteral("properties"), QStringLiteral("m~n") }
                                   << QStringLiteral("/properties/m~0n") << QStringLiteral("\"tilde\"");
    QTest::newRow("empty key") << QStringList { QStringLiteral("properties"), QString() }
                               << QStringLiteral("/properties/") << QStringLiteral("\"empty key\"");
    QTest::newRow("array element") << QStringList { QStringLiteral("properties"), QStringLiteral("alpha"), QStringLiteral("[0]") }
                                   << QStringLiteral("/properties/alpha/0") << QStringLiteral("10");
    QTest::newRow("member of an element")
        << QStringList { QStringLiteral("properties"), QStringLiteral("alpha"), QStringLiteral("[1]"), QStringLiteral("sku") }
        << QStringLiteral("/properties/alpha/1/sku") << QStringLiteral("\"A/B~1\"");
    QTest::newRow("container") << QStringList { QStringLiteral("properties"), QStringLiteral("nested") }
                               << QStringLiteral("/properties/nested") << QStringLiteral("{1 members}");
    QTest::newRow("deep null")
        << QStringList { QStringLiteral("properties"), QStringLiteral("nested"), QStringLiteral("deep"), QStringLiteral("deeper") }
        << QStringLiteral("/properties/nested/deep/deeper") << QStringLiteral("null");
}

void TestJsonTreeModel::pointers()
{
    QFETCH(QStringList, path);
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    JsonTreeModel model;
    QVERIFY(model.setJson(sampleDocument));
    const QModelIndex index = indexAt(model, path);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(JsonTreeModel::JsonPointerRole).toString(), pointer);
    // Every column of the row gives the same pointer (views ask the current index, whatever its column).
    QCOMPARE(model.index(index.row(), JsonTreeModel::TypeColumn, index.parent()).data(JsonTreeModel::JsonPointerRole).toString(),
        pointer);
    QCOMPARE(cell(model, index, JsonTreeModel::ValueColumn), value);
    // parent() leads back up the same way.
    QModelIndex up = index;
    for (int depth = int(path.size()) - 1; depth >= 0; --depth) {
        QCOMPARE(up.data().toString(), path.at(depth));
        up = up.parent();
    }
    QVERIFY(!up.isValid());
}

void TestJsonTreeModel::invalidInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray("  \n ");
    QTest::newRow("truncated") << QByteArray(R"({"a": [1, 2)");
    QTest::newRow("trailing comma") << QByteArray(R"({"a": 1,})");
    QTest::newRow("garbage after") << QByteArray(R"({"a": 1} x)");
    QTest::newRow("single quotes") << QByteArray("{'a': 1}");
    QTest::newRow("bad escape") << QByteArray(R"({"a": "\q"})");
    QTest::newRow("invalid utf-8") << QByteArray("{\"a\": \"\xff\xfe\"}");
    QTest::newRow("a number") << QByteArray("42");
    QTest::newRow("a string") << QByteArray(R"("text")");
    QTest::newRow("null") << QByteArray("null");
}

void TestJsonTreeModel::invalidInput()
{
    QFETCH(QByteArray, json);
    JsonTreeModel model;
    QVERIFY(model.setJson(sampleDocument));
    QVERIFY(model.rowCount() > 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(!model.setJson(json));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

void TestJsonTreeModel::clearAndReset()
{
    JsonTreeModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.setJson(R"([{"a": 1}, 2])"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(JsonTreeModel::JsonPointerRole).toString(), QStringLiteral("/0"));
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(JsonTreeModel::JsonPointerRole).toString(), QStringLiteral("/0/a"));
    model.clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(JsonTreeModel::ColumnCount));
}

void TestJsonTreeModel::headers()
{
    JsonTreeModel model;
    QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(), QStringLiteral("Key"));
    QCOMPARE(model.headerData(JsonTreeModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value"));
    QCOMPARE(model.headerData(JsonTreeModel::TypeColumn, Qt::Horizontal).toString(), QStringLiteral("Type"));
    QVERIFY(!model.headerData(JsonTreeModel::KeyColumn, Qt::Vertical).isValid());
    QVERIFY(!model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
