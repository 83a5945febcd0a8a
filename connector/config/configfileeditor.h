// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Journey {

struct JourneyConfig;

/*!
 * Changes single values in the configuration file the way a person would with a text editor: the rest of
 * the file stays byte for byte (member order, indentation, other providers, `${VAR}` references). Values are
 * read and written as written in the file, never `${VAR}`-expanded, so saving a changed endpoint does not
 * bake a secret from the environment into the file.
 *
 *     ConfigFileEditor editor;
 *     editor.load(path, &error);
 *     editor.setValue(ConfigFileEditor::providerPath(QStringLiteral("segment"), QStringLiteral("enabled")), false, &error);
 *     editor.check(&config, &error) && editor.save(&error);
 *
 * A plain value type: load and save do file I/O, so the UI runs them on a worker thread.
 */
class ConfigFileEditor
{
    Q_DECLARE_TR_FUNCTIONS(Journey::ConfigFileEditor)

public:
    /// Reads \a path. A missing file starts an empty configuration, created by save().
    bool load(const QString& path, QString* error);
    /// Edits \a text, to be saved to \a path (overwriting whatever is there).
    bool setText(const QByteArray& text, const QString& path, QString* error);

    const QString& path() const { return m_path; }
    const QByteArray& text() const { return m_text; }
    /// The text differs from what was loaded.
    bool isModified() const { return m_text != m_original; }

    /// The value at \a path (member keys from the root) as written; undefined when absent.
    QJsonValue value(const QStringList& path) const;
    /// Sets the value at \a path, creating the objects on the way. Fails when a step of \a path is there but
    /// is not an object.
    bool setValue(const QStringList& path, const QJsonValue& value, QString* error);
    /// Removes the member at \a path; true when it is absent afterwards.
    bool remove(const QStringList& path, QString* error);

    /// `journey.providers.<id>` (`.<key>` when given) as a path for value()/setValue().
    static QStringList providerPath(const QString& id, const QString& key = {});
    /// The providers configured under `journey.providers`, in file order.
    QStringList providerIds() const;
    /// `journey.providers.<id>` as written.
    QJsonObject provider(const QString& id) const;

    /// Reads the edited text the way the app will (JourneyConfig::parse, `${VAR}` expanded): false with the
    /// error naming the key when the app would reject it. \a config may be null.
    bool check(JourneyConfig* config, QString* error) const;
    /// Writes the text atomically (QSaveFile), creating the folder. Refuses when the file changed on disk
    /// since load() rather than overwrite someone else's edit.
    bool save(QString* error);

private:
    QString m_path;
    QByteArray m_text;
    QByteArray m_original; ///< the text as loaded or last saved
    QByteArray m_disk; ///< the file's content at load() or the last save()
    bool m_existed = false; ///< the file existed at load() or the last save()
    bool m_diskKnown = false; ///< load() or save() saw the file, so save() can tell a change on disk
};

} // namespace Journey
