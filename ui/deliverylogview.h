// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/deliveryexchange.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTableView;

namespace Journey {

class AppSettings;
class DeliveryLogModel;
class Session;

/*!
 * The Delivery log page: every request sent to a provider and its response, newest first, filtered by
 * provider and outcome, paging in older entries as the list is scrolled down. The selected exchange is
 * loaded in full off the UI thread: request (method, URL, headers, body) and response (status, headers,
 * body), both with secrets already masked by the connector.
 */
class DeliveryLogView : public QWidget
{
    Q_OBJECT
public:
    DeliveryLogView(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~DeliveryLogView() override;

    DeliveryLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* providerFilter() const { return m_provider; }
    QComboBox* outcomeFilter() const { return m_outcome; }
    QString requestText() const;
    QString responseText() const;
    /// The id of the exchange shown in the detail panes; 0 when none.
    qint64 shownExchangeId() const { return m_shownId; }
    void saveState();

    /// The request of \a exchange as shown: request line, headers, blank line, body pretty-printed.
    static QString requestToText(const DeliveryExchange& exchange);

private:
    void fillProviderFilter();
    void applyFilter();
    void onSelectionChanged();
    void onExchangeReady(quint64 ticket, const Journey::DeliveryExchange& exchange);
    void updateCount();

    Session* m_session;
    AppSettings* m_settings;
    DeliveryLogModel* m_model;
    QComboBox* m_provider;
    QComboBox* m_outcome;
    QLabel* m_count;
    QSplitter* m_splitter;
    QTableView* m_table;
    QLabel* m_summary;
    QPlainTextEdit* m_request;
    QPlainTextEdit* m_response;
    quint64 m_detailTicket = 0;
    qint64 m_shownId = 0;
};

} // namespace Journey
