// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "capture/capture.h"

#include <QAbstractTableModel>

#include <memory>

namespace Journey {

/// The events of one capture as a table: time, type, name, person, source and the request each came in.
class CaptureEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TypeColumn, NameColumn, PersonColumn, SourceColumn, RequestColumn, ColumnCount };

    explicit CaptureEventModel(QObject* parent = nullptr);

    void setCapture(std::shared_ptr<const Capture> capture);
    const std::shared_ptr<const Capture>& capture() const { return m_capture; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Capture> m_capture;
};

} // namespace Journey
