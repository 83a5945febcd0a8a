// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "jsontreemodel.h"

#include "core/jsonpointer.h"
#include "core/jsonwriter.h"

namespace Journey {

namespace {
QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}
} // namespace

// Builds the subtree for a parsed value (simdjson keeps member order and exact integers).
static void buildNode(auto& node, simdjson::dom::element value, auto makeChild)
{
    using simdjson::dom::element_type;
    switch (value.type()) {
    case element_type::OBJECT: {
        node.type = QStringLiteral("object");
        int row = 0;
        for (auto field : simdjson::dom::object(value)) {
            auto& child = makeChild(node, text(field.key), jsonPointerToken(text(field.key)), row++);
            buildNode(child, field.value, makeChild);
        }
        break;
    }
    case element_type::ARRAY: {
        node.type = QStringLiteral("array");
        int row = 0;
        for (auto item : simdjson::dom::array(value)) {
            auto& child = makeChild(node, QStringLiteral("[%1]").arg(row), QString::number(row), row);
            ++row;
            buildNode(child, item, makeChild);
        }
        break;
    }
    case element_type::STRING:
        node.type = QStringLiteral("string");
        node.valueText = QLatin1Char('"') + text(std::string_view(value)) + QLatin1Char('"');
        break;
    case element_type::INT64:
        node.type = QStringLiteral("number");
        node.valueText = QString::number(int64_t(value));
        break;
    case element_type::UINT64:
        node.type = QStringLiteral("number");
        node.valueText = QString::number(uint64_t(value));
        break;
    case element_type::DOUBLE: {
        node.type = QStringLiteral("number");
        Journey::ByteBuffer buffer;
        Journey::JsonWriter::appendDouble(buffer, double(value));
        node.valueText = QString::fromLatin1(buffer.data(), buffer.size());
        break;
    }
    case element_type::BOOL:
        node.type = QStringLiteral("boolean");
        node.valueText = bool(value) ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case element_type::NULL_VALUE:
        node.type = QStringLiteral("null");
        node.valueText = QStringLiteral("null");
        break;
    }
}

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

bool JsonTreeModel::setJson(const QByteArray& json)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    const bool ok = !parser.parse(json.constData(), size_t(json.size())).get(root)
        && (root.type() == simdjson::dom::element_type::OBJECT || root.type() == simdjson::dom::element_type::ARRAY);
    if (ok) {
        const auto makeChild = [](Node& parent, const QString& key, const QString& token, int row) -> Node& {
            auto child = std::make_unique<Node>();
            child->key = key;
            child->pointer = parent.pointer + QLatin1Char('/') + token;
            child->parent = &parent;
            child->row = row;
            parent.children.push_back(std::move(child));
            return *parent.children.back();
        };
        buildNode(*m_root, root, makeChild);
    }
    endResetModel();
    return ok;
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

const JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<const Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node* node = nodeOf(parent);
    if (row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* node = nodeOf(child);
    const Node* parent = node->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, const_cast<Node*>(parent));
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    if (role == JsonPointerRole)
        return node->pointer;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case KeyColumn:
        return node->key;
    case ValueColumn:
        if (node->type == QLatin1String("object"))
            return tr("{%n members}", nullptr, int(node->children.size()));
        if (node->type == QLatin1String("array"))
            return tr("[%n items]", nullptr, int(node->children.size()));
        return node->valueText;
    case TypeColumn:
        return node->type;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Journey
