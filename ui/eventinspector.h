// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/event.h"
#include "validation/planviolation.h"
#include "store/storedrequest.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeView;

namespace Journey {

class JsonTreeModel;
class StoreQueryService;

/*!
 * The detail pane: one event as a JSON tree, as indented JSON, and the HTTP request it arrived in
 * (headers with secrets masked, body as decoded or as sent). The request is fetched from the store
 * off the UI thread.
 */
class EventInspector : public QWidget
{
    Q_OBJECT
public:
    enum Tab { TreeTab, JsonTab, RequestTab, ValidationTab };

    explicit EventInspector(StoreQueryService* queries, QWidget* parent = nullptr);

    void setEvent(const Event& event);
    /// An event that is not in the store (a capture's), with the request it came in when it has one.
    void setEvent(const Event& event, const std::optional<StoredRequest>& request);
    void clear();
    const std::optional<Event>& event() const { return m_event; }
    void setCurrentTab(Tab tab);
    /// The text on the raw request tab (for tests and copying).
    QString requestText() const;
    QString jsonText() const;
    /// The text on the validation tab.
    QString validationText() const;

private:
    void onRequestReady(quint64 ticket, const Journey::StoredRequest& request);
    void onQueryFailed(quint64 ticket, const QString& message);
    void showRequest();
    void onValidationReady(quint64 ticket, qint64 eventId, Journey::ValidationState state,
        const QList<Journey::PlanViolation>& violations);

    StoreQueryService* m_queries;
    QLabel* m_title;
    QLabel* m_details;
    QTabWidget* m_tabs;
    QTreeView* m_tree;
    JsonTreeModel* m_treeModel;
    QPlainTextEdit* m_json;
    QLabel* m_requestNote;
    QCheckBox* m_asSent;
    QPlainTextEdit* m_request;
    std::optional<Event> m_event;
    std::optional<StoredRequest> m_storedRequest;
    quint64 m_requestTicket = 0;
    QPlainTextEdit* m_validation;
    quint64 m_validationTicket = 0;
};

} // namespace Journey
