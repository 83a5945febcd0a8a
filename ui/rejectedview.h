// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTableView;

namespace Journey {

class AppSettings;
class RejectedRequestModel;
class Session;

/*!
 * The Rejected page: requests the collector refused, newest first, with the reason and the request as it
 * arrived (request line, headers with secrets masked, body). Nothing of a rejected request reached the event
 * stream; this page is how a QA engineer sees that an SDK sent something broken, and why.
 */
class RejectedView : public QWidget
{
    Q_OBJECT
public:
    RejectedView(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~RejectedView() override;

    RejectedRequestModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString reasonText() const;
    QString requestText() const;
    void saveState();

Q_SIGNALS:
    /// The number of rejected requests listed changed (for the page's tab title).
    void countChanged(int count);

private:
    void onSelectionChanged();
    void updateCount();

    Session* m_session;
    AppSettings* m_settings;
    RejectedRequestModel* m_model;
    QLabel* m_count;
    QSplitter* m_splitter;
    QTableView* m_table;
    QLabel* m_reason;
    QPlainTextEdit* m_request;
};

} // namespace Journey
