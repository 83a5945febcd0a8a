// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "config/configfileeditor.h"
#include "config/journeyconfig.h"
#include "delivery/outboxrow.h"
#include "delivery/providerstats.h"

#include <QHash>
#include <QJsonValue>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace Journey {

class AppSettings;
class DeadLetterModel;
class ProviderStatsModel;
class Session;

/*!
 * The Providers page: every configured provider with its live delivery figures; its settings (enabled,
 * endpoint, credentials), edited in the configuration file the app was started with, `${VAR}` references
 * kept as written and secrets shown masked; and its dead letters, which can be retried or discarded.
 *
 * The configuration file is read and written on a worker thread (ConfigFileEditor); after a save the
 * connector restarts with the new settings.
 */
class ProvidersView : public QWidget
{
    Q_OBJECT
public:
    ProvidersView(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~ProvidersView() override;

    ProviderStatsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    DeadLetterModel* deadLetterModel() const { return m_deadModel; }
    QTableView* deadLetterTable() const { return m_deadTable; }
    QPushButton* retrySelectedButton() const { return m_retrySelected; }
    QPushButton* retryAllButton() const { return m_retryAll; }
    QPushButton* discardSelectedButton() const { return m_discardSelected; }
    QPushButton* discardAllButton() const { return m_discardAll; }
    QCheckBox* enabledBox() const { return m_enabled; }
    QLineEdit* endpointEdit() const { return m_endpoint; }
    /// The field of one provider setting ("writeKey") in the settings form, null when the form has none.
    QLineEdit* settingEdit(const QString& key) const { return m_fields.value(key); }
    QPushButton* saveButton() const { return m_save; }
    QLabel* settingsStatus() const { return m_settingsStatus; }
    QLabel* deliveryStatus() const { return m_deliveryStatus; }

    /// The provider whose settings and dead letters are shown.
    const QString& currentProvider() const { return m_current; }
    void selectProvider(const QString& id);
    /// Shows an empty settings form for a provider that is not configured yet.
    void beginAddProvider(const QString& id);
    /// Dead letters confirmation dialogs are skipped (tests, scripted use).
    void setConfirmDiscard(bool confirm) { m_confirmDiscard = confirm; }
    void saveState();

public Q_SLOTS:
    /// Writes the settings form to the configuration file, then restarts delivery.
    void saveSettings();
    void retrySelected();
    void retryAll();
    void discardSelected();
    void discardAll();
    void reloadDeadLetters();

Q_SIGNALS:
    /// A save finished: \a ok false with \a message saying why not.
    void configSaveFinished(bool ok, const QString& message);

private:
    struct Edit
    {
        QStringList path;
        QJsonValue value;
        bool remove = false;
    };
    struct Field
    {
        QString key;
        bool secret = false;
        bool editable = true;
        QString shown; ///< the text the field started with (non-secret fields)
    };

    /// Rows from the session's configuration; \a refillForm also resets the settings form to the file.
    void buildModelRows(bool refillForm);
    void loadConfigFile();
    void onConfigFileLoaded(bool ok, const QString& error, const ConfigFileEditor& editor);
    void fillSettingsForm();
    void clearSettingsForm();
    void saveEdits(const QList<Edit>& edits);
    void onSaved(bool ok, const QString& error, const JourneyConfig& config, const ConfigFileEditor& editor);
    void onSelectionChanged();
    void onStatsChanged(const Journey::ProviderStats& stats);
    void onDeadLettersReady(quint64 ticket, const QList<Journey::OutboxRow>& rows);
    void updateDeadLetterButtons();
    /// The current dead letter in full under the list.
    void showDeadLetter();
    void updateDeliveryStatus();
    void fillAddMenu();
    QList<qint64> selectedDeadLetterIds() const;
    bool confirm(const QString& question);
    bool isRunning(const QString& provider) const;

    Session* m_session;
    AppSettings* m_settings;
    QLabel* m_noProviders;
    QLabel* m_deliveryStatus;
    QToolButton* m_add;
    QPushButton* m_restart;
    QSplitter* m_splitter;
    ProviderStatsModel* m_model;
    QTableView* m_table;

    QGroupBox* m_settingsBox;
    QCheckBox* m_enabled;
    QLineEdit* m_endpoint;
    QFormLayout* m_fieldsLayout;
    QHash<QString, QLineEdit*> m_fields;
    QList<Field> m_fieldInfo;
    QPushButton* m_save;
    QPushButton* m_revert;
    QLabel* m_settingsStatus;
    QLabel* m_fileNote;

    QGroupBox* m_deadBox;
    DeadLetterModel* m_deadModel;
    QTableView* m_deadTable;
    QLabel* m_deadHint;
    QLabel* m_deadDetail;
    QPushButton* m_retrySelected;
    QPushButton* m_retryAll;
    QPushButton* m_discardSelected;
    QPushButton* m_discardAll;

    ConfigFileEditor m_editor; ///< the file as last read or saved
    bool m_editorLoaded = false;
    QString m_editorError;
    QString m_current;
    bool m_adding = false;
    bool m_saving = false;
    bool m_confirmDiscard = true;
    quint64 m_deadTicket = 0;
    quint64 m_countsTicket = 0;
    qint64 m_shownDead = -1; ///< the dead count the list was loaded for
    QTimer m_deadReloadTimer;
};

} // namespace Journey
