// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Journey {

/// A JSON document as a tree: one row per member or element, in document order, with its key, value and JSON
/// type. Numbers keep their full precision (64-bit integers are not squeezed through a double).
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Roles {
        JsonPointerRole = Qt::UserRole + 1, ///< RFC 6901 pointer of the node, e.g. "/properties/price"
    };

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    /// Shows \a json (an object or array); anything else shows an empty tree and returns false.
    bool setJson(const QByteArray& json);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        QString pointer;
        QString valueText; ///< leaves: the value for display (strings in quotes, not escaped)
        QString type; ///< "object", "string", …
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    const Node* nodeOf(const QModelIndex& index) const;

    std::unique_ptr<Node> m_root;
};

} // namespace Journey
