// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/deliveryexchange.h"
#include "delivery/requestpreview.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QSplitter;

namespace Journey {

/*!
 * One provider's column in the composer: the exact request(s) it would get for the message (secrets masked),
 * what it cannot take or changes, and after sending, the delivery status and the response.
 */
class ProviderPreviewPanel : public QFrame
{
    Q_OBJECT
public:
    enum class Status { None, Pending, Delivered, Retrying, Failed, NotSent };
    Q_ENUM(Status)

    ProviderPreviewPanel(const QString& provider, QWidget* parent = nullptr);

    const QString& provider() const { return m_provider; }
    void setPreview(const RequestPreview::ProviderRequests& preview);
    /// The delivery result of the last send; Status::None hides it.
    void setStatus(Status status, const QString& text);
    Status status() const { return m_status; }
    /// The provider's answer to the request that carried the event.
    void setResponse(const DeliveryExchange& exchange);
    qint64 responseExchangeId() const { return m_exchangeId; }
    void clearResult();

    QString titleText() const;
    QString requestText() const;
    QString issuesText() const;
    QString statusText() const;
    QString responseText() const;

    /// The response as the composer and the delivery log show it: status line, headers, body.
    static QString responseToText(const DeliveryExchange& exchange);

private:
    QString m_provider;
    QLabel* m_title;
    QLabel* m_issues;
    QPlainTextEdit* m_request;
    QLabel* m_statusLabel;
    QPlainTextEdit* m_response;
    QSplitter* m_splitter;
    Status m_status = Status::None;
    qint64 m_exchangeId = 0;
};

} // namespace Journey
