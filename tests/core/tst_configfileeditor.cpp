// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// ConfigFileEditor changes one value of the configuration file and leaves every other byte alone: member
// order, indentation, other providers and `${VAR}` references as written.

#include "config/configfileeditor.h"
#include "config/journeyconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Journey;

namespace {

const QByteArray sample = "{\n"
    "  \"journey\": {\n"
    "    \"collector\": { \"listen\": \"127.0.0.1:8787\" },\n"
    "    \"provider\": [\"segment\"],\n"
    "    \"providers\": {\n"
    "      \"segment\": {\n"
    "        \"writeKey\": \"${JOURNEY_TEST_SEGMENT_KEY}\",\n"
    "        \"endpoint\": \"http://127.0.0.1:9/segment\"\n"
    "      },\n"
    "      \"posthog\": {\n"
    "        \"apiKey\": \"phc_literal_key_0123456789\"\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "}\n";

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TestConfigFileEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("JOURNEY_TEST_SEGMENT_KEY", "wk_from_environment_123456");
        QVERIFY(m_dir.isValid());
    }

    void readsValuesAsWritten()
    {
        ConfigFileEditor editor;
        QString error;
        QVERIFY2(editor.setText(sample, m_dir.filePath(QStringLiteral("a.json")), &error), qPrintable(error));
        QCOMPARE(editor.value(ConfigFileEditor::providerPath(QStringLiteral("segment"), QStringLiteral("writeKey"))).toString(),
            QStringLiteral("${JOURNEY_TEST_SEGMENT_KEY}"));
        QCOMPARE(editor.providerIds(), (QStringList { QStringLiteral("segment"), QStringLiteral("posthog") }));
        QCOMPARE(editor.provider(QStringLiteral("posthog")).value(QLatin1String("apiKey")).toString(),
            QStringLiteral("phc_literal_key_0123456789"));
        QVERIFY(editor.value({ QStringLiteral("journey"), QStringLiteral("nothing") }).isUndefined());
        QVERIFY(!editor.isModified());
    }

    void replacesOneValueAndNothingElse()
    {
        ConfigFileEditor editor;
        QString error;
        QVERIFY(editor.setText(sample, QString(), &error));
        QVERIFY2(editor.setValue(ConfigFileEditor::providerPath(QStringLiteral("segment"), QStringLiteral("endpoint")),
                     QStringLiteral("http://127.0.0.1:8/other"), &error),
            qPrintable(error));
        QByteArray expected = sample;
        expected.replace("http://127.0.0.1:9/segment", "http://127.0.0.1:8/other");
        QCOMPARE(editor.text(), expected);
        QVERIFY(editor.isModified());
    }

    void addsAMemberWithTheFileIndentation()
    {
        ConfigFileEditor editor;
        QString error;
        QVERIFY(editor.setText(sample, QString(), &error));
        QVERIFY2(editor.setValue(ConfigFileEditor::providerPath(QStringLiteral("segment"), QStringLiteral("enabled")), false,
                     &error),
            qPrintable(error));
        QByteArray expected = sample;
        expected.replace("\"endpoint\": \"http://127.0.0.1:9/segment\"\n",
            "\"endpoint\": \"http://127.0.0.1:9/segment\",\n        \"enabled\": false\n");
        QCOMPARE(editor.text(), expected);
    }

    void addsAProviderWithItsObject()
    {
        ConfigFileEditor editor;
        QString error;
        QVERIFY(editor.setText(sample, QString(), &error));
        QVERIFY2(editor.setValue(ConfigFileEditor::providerPath(QStringLiteral("mixpanel"), QStringLiteral("token")),
                     QStringLiteral("${MIXPANEL_TOKEN}"), &error),
            qPrintable(error));
        QByteArray expected = sample;
        expected.replace("\"apiKey\": \"phc_literal_key_0123456789\"\n      }\n",
            "\"apiKey\": \"phc_literal_key_0123456789\"\n      },\n      \"mixpanel\": {\n        \"token\": "
            "\"${MIXPANEL_TOKEN}\"\n      }\n");
        QCOMPARE(editor.text(), expected);
        QCOMPARE(editor.providerIds().last(), QStringLiteral("mixpanel"));
    }

    void fillsAnEmptyObject()
    {
        ConfigFileEditor editor;
        QString error;
        QVERIFY(editor.setText("{\n    \"journey\": {\n        \"providers\": {}\n    }\n}\n", QString(), &error));
        QVERIFY(editor.setValue(ConfigFileEditor::providerPath(QStringLiteral("segment"), QStringLiteral("writeKey")),
            QStringLiteral("wk"), &error));
        QCOMPARE(editor.text(),
            QByteArray("{\n    \"journey\": {\n        \"providers\": {\n            \"segment\": {\n                "
                       "\"writeKey\": \"wk\"\n            }\n        }\n    }\n}\n"));
    }

    void editsSingleLineObjectsOnOneLine()
    {
        ConfigFileEditor editor;
        QString error;
        QVERIFY(editor.setText("{\"journey\": {\"providers\": {\"segment\": {\"writeKey\": \"a\"}}}}", QString(), &error));
        QVERIFY(editor.setValue(ConfigFileEditor::providerPath(QStringLiteral("segment"), QStringLiteral("enabled")), true, &error));
        QCOMPARE(editor.text(), QByteArray("{\"journey\": {\"providers\": {\"segment\": {\"writeKey\": \"a\", \"enabled\": true}}}}"));
    }

    void startsAMissingFile()
    {
        ConfigFileEditor editor;
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("sub/new.json"));
        QVERIFY2(editor.load(path, &error), qPrintable(error));
        QVERIFY(editor.providerIds().isEmpty());
        QVERIFY(editor.setValue(ConfigFileEditor::providerPath(QStringLiteral("posthog"), QStringLiteral("apiKey")),
            QStringLiteral("phc_new_key_abcdef012345"), &error));
        JourneyConfig config;
        QVERIFY2(editor.check(&config, &error), qPrintable(error));
        QCOMPARE(config.providerSettings.size(), 1);
        QCOMPARE(config.providerSettings.first().id, QStringLiteral("posthog"));
        QVERIFY2(editor.save(&error), qPrintable(error));
        QCOMPARE(readFile(path), editor.text());
        QVERIFY(!editor.isModified());
    }

    void removesMembers_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("first of two") << QByteArray("{\"journey\": {\n  \"a\": 1,\n  \"b\": 2\n}}") << QStringLiteral("a")
                                      << QByteArray("{\"journey\": {\n  \"b\": 2\n}}");
        QTest::newRow("last of two") << QByteArray("{\"journey\": {\n  \"a\": 1,\n  \"b\": 2\n}}") << QStringLiteral("b")
                                     << QByteArray("{\"journey\": {\n  \"a\": 1\n}}");
        QTest::newRow("only one") << QByteArray("{\"journey\": { \"b\": [1, {\"x\": 2}] }}") << QStringLiteral("b")
                                  << QByteArray("{\"journey\": {}}");
        QTest::newRow("absent") << QByteArray("{\"journey\": {\"a\": 1}}") << QStringLiteral("b")
                                << QByteArray("{\"journey\": {\"a\": 1}}");
        QTest::newRow("no parent") << QByteArray("{\"other\": 1}") << QStringLiteral("b") << QByteArray("{\"other\": 1}");
    }

    void removesMembers()
    {
        QFETCH(QByteArray, before);
        QFETCH(QString, key);
        QFETCH(QByteArray, after);
        ConfigFileEditor editor;
        QString error;
        QVERIFY(editor.setText(before, QString(), &error));
        QVERIFY2(editor.remove({ QStringLiteral("journey"), key }, &error), qPrintable(error));
        QCOMPARE(editor.text(), after);
    }

    void keysWithEscapesAndNestedValues()
    {
        ConfigFileEditor editor;
        QString error;
        QVERIFY(editor.setText("{\"journey\": {\"say \\\"hi\\\"\": {\"list\": [1, \"]\", {\"}\": \"{\"}]}, \"x\": 1}}", QString(), &error));
        QVERIFY(editor.setValue({ QStringLiteral("journey"), QStringLiteral("x") }, QStringLiteral("a \"quoted\" value"), &error));
        QCOMPARE(editor.text(), QByteArray("{\"journey\": {\"say \\\"hi\\\"\": {\"list\": [1, \"]\", {\"}\": \"{\"}]}, \"x\": \"a \\\"quoted\\\" value\"}}"));
        QCOMPARE(editor.value({ QStringLiteral("journey"), QStringLiteral("say \"hi\""), QStringLiteral("list") }).toArray().size(), 3);
    }

    void refusesToGoThroughAValue()
    {
        ConfigFileEditor editor;
        QString error;
        QVERIFY(editor.setText("{\"journey\": {\"providers\": \"none\"}}", QString(), &error));
        QVERIFY(!editor.setValue(ConfigFileEditor::providerPath(QStringLiteral("segment"), QStringLiteral("writeKey")),
            QStringLiteral("k"), &error));
        QVERIFY2(error.contains(QStringLiteral("journey.providers")), qPrintable(error));
        QCOMPARE(editor.text(), QByteArray("{\"journey\": {\"providers\": \"none\"}}"));
    }

    void malformedFilesAreNotTouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(writeFile(path, "{\n  \"journey\": {\n    \"providers\": ,\n  }\n}\n"));
        ConfigFileEditor editor;
        QString error;
        QVERIFY(!editor.load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("broken.json:3:")), qPrintable(error));
    }

    void checkReadsLikeTheApp()
    {
        ConfigFileEditor editor;
        QString error;
        QVERIFY(editor.setText(sample, QStringLiteral("config.json"), &error));
        JourneyConfig config;
        QVERIFY2(editor.check(&config, &error), qPrintable(error));
        // Expanded for the app, kept as a reference in the file.
        QVERIFY(config.knownSecrets.contains(QStringLiteral("wk_from_environment_123456")));
        QVERIFY(!editor.text().contains("wk_from_environment_123456"));

        QVERIFY(editor.setValue(ConfigFileEditor::providerPath(QStringLiteral("segment"), QStringLiteral("colour")),
            QStringLiteral("blue"), &error));
        QVERIFY(!editor.check(nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("journey.providers.segment.colour")), qPrintable(error));
    }

    void saveRefusesWhenTheFileChangedOnDisk()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.json"));
        QVERIFY(writeFile(path, sample));
        ConfigFileEditor editor;
        QString error;
        QVERIFY(editor.load(path, &error));
        QVERIFY(editor.setValue(ConfigFileEditor::providerPath(QStringLiteral("posthog"), QStringLiteral("enabled")), false, &error));
        QVERIFY(writeFile(path, QByteArray(sample).replace("8787", "8788")));
        QVERIFY(!editor.save(&error));
        QVERIFY2(error.contains(QStringLiteral("changed on disk")), qPrintable(error));
        QVERIFY(readFile(path).contains("8788"));

        QVERIFY(editor.load(path, &error));
        QVERIFY(editor.setValue(ConfigFileEditor::providerPath(QStringLiteral("posthog"), QStringLiteral("enabled")), false, &error));
        QVERIFY2(editor.save(&error), qPrintable(error));
        const QByteArray saved = readFile(path);
        QVERIFY(saved.contains("8788"));
        QVERIFY(saved.contains("\"enabled\": false"));
        QVERIFY(saved.contains("${JOURNEY_TEST_SEGMENT_KEY}"));
        // A second save from the same editor is fine: it wrote what is on disk now.
        QVERIFY(editor.setValue(ConfigFileEditor::providerPath(QStringLiteral("posthog"), QStringLiteral("enabled")), true, &error));
        QVERIFY2(editor.save(&error), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestConfigFileEditor)
#include "tst_configfileeditor.moc"
