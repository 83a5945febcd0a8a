// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/deliveryexchange.h"
#include "delivery/enqueueresult.h"
#include "delivery/outboxrow.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace Journey {

class AppSettings;
class JsonEdit;
class ProviderPreviewPanel;
class Session;

/*!
 * The Composer page: write one Segment Spec call (six templates to start from), see side by side the exact
 * HTTP request each chosen provider would get (secrets masked), send it through the connector and watch each
 * provider's response and delivery status come back. Sent compositions are kept for reuse ("Recent").
 */
class ComposerView : public QWidget
{
    Q_OBJECT
public:
    enum class CallType { Track, Identify, Page, Screen, Group, Alias };
    Q_ENUM(CallType)

    static constexpr int maxRecent = 20;

    ComposerView(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~ComposerView() override;

    /// Fills the form with the example for \a type.
    void loadTemplate(CallType type);
    CallType callType() const;
    /// Chooses the providers to preview and send to (ids).
    void setSelectedProviders(const QStringList& ids);
    QStringList selectedProviders() const;

    /// The message the form describes, as sent (with its messageId).
    QJsonObject message() const;
    /// Why the message cannot be sent (a JSON editor's parse error or a field-named error); empty when it can.
    const QString& problem() const { return m_problem; }
    bool canSend() const;
    /// Sends the message to the chosen providers; false (and the reason shown) when the connector refused it.
    bool send();
    /// The messageId of the last message sent; empty before the first.
    const QString& sentMessageId() const { return m_sentId; }

    /// Recomputes the preview now instead of after the typing pause.
    void updatePreviewNow();
    QList<ProviderPreviewPanel*> previewPanels() const;
    ProviderPreviewPanel* previewPanel(const QString& provider) const;

    QComboBox* callTypeBox() const { return m_type; }
    QComboBox* recentBox() const { return m_recent; }
    QLineEdit* userIdEdit() const { return m_userId; }
    QLineEdit* anonymousIdEdit() const { return m_anonymousId; }
    QLineEdit* eventEdit() const { return m_event; }
    JsonEdit* propertiesEdit() const { return m_properties; }
    JsonEdit* contextEdit() const { return m_context; }
    QListWidget* providerList() const { return m_providers; }
    QPushButton* sendButton() const { return m_send; }
    QLabel* problemLabel() const { return m_problemLabel; }
    QLabel* noProviderHint() const { return m_noProviders; }
    QLabel* sendStatusLabel() const { return m_sendStatus; }
    void saveState();

Q_SIGNALS:
    /// The user followed the hint to the Providers page.
    void providersPageRequested();

private:
    struct Sent
    {
        QString messageId;
        QStringList providers;
        QStringList settled;
    };

    void buildProviderList();
    void onEdited();
    void onCallTypeChanged();
    void updatePreview();
    void updateFieldVisibility();
    QByteArray messageJson() const;
    void newDraftId();
    void rememberComposition();
    void loadRecent(int index);
    void fillRecentBox();
    QJsonObject composition() const;
    void applyComposition(const QJsonObject& composition);

    void onEventsDelivered(const QString& provider, const QStringList& messageIds);
    void onEventsFailed(const QString& provider, const QStringList& messageIds, const QString& reason);
    void onExchangeFinished(const Journey::DeliveryExchange& exchange);
    void requestStatus();
    void onStatusReady(quint64 ticket, const QList<Journey::OutboxRow>& rows);
    void onExchangeReady(quint64 ticket, const Journey::DeliveryExchange& exchange);

    Session* m_session;
    AppSettings* m_settings;
    QLabel* m_noProviders;
    QSplitter* m_splitter;
    QComboBox* m_type;
    QComboBox* m_recent;
    QFormLayout* m_form;
    QLineEdit* m_userId;
    QLineEdit* m_anonymousId;
    QLineEdit* m_event;
    QLineEdit* m_name;
    QLineEdit* m_groupId;
    QLineEdit* m_previousId;
    QLabel* m_propertiesLabel;
    JsonEdit* m_properties;
    JsonEdit* m_context;
    QListWidget* m_providers;
    QLabel* m_problemLabel;
    QPushButton* m_send;
    QLabel* m_sendStatus;
    QStackedWidget* m_previewStack;
    QLabel* m_previewEmpty;
    QSplitter* m_previewSplitter;
    QHash<QString, ProviderPreviewPanel*> m_panels;

    QTimer m_previewTimer;
    QTimer m_statusTimer;
    QString m_draftId;
    QString m_problem;
    QString m_sentId;
    Sent m_sent;
    bool m_loading = false; ///< filling the form from code: no preview per field
    quint64 m_statusTicket = 0;
    QHash<quint64, QString> m_exchangeTickets; ///< ticket → provider
};

} // namespace Journey
