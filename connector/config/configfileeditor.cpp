// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "configfileeditor.h"

#include "journeyconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace Journey {

namespace {

const QByteArray emptyConfiguration = QByteArrayLiteral("{\n}\n");

/// Where each value sits in the text. Built from text that QJsonDocument accepted, so the scanner needs no
/// error handling of its own.
struct Node
{
    struct Member
    {
        QString key;
        qsizetype keyStart = 0;
        Node* value = nullptr;
    };
    bool isObject = false;
    qsizetype start = 0;
    qsizetype end = 0; ///< exclusive
    std::vector<Member> members;
    std::vector<std::unique_ptr<Node>> owned;

    const Member* member(const QString& key) const
    {
        // The last one wins, as in QJsonDocument.
        for (auto it = members.rbegin(); it != members.rend(); ++it) {
            if (it->key == key)
                return &*it;
        }
        return nullptr;
    }
};

class Scanner
{
public:
    explicit Scanner(const QByteArray& text)
        : m_text(text)
    {
    }

    std::unique_ptr<Node> parse()
    {
        auto root = std::make_unique<Node>();
        skipSpace();
        value(*root);
        return root;
    }

private:
    static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()
            && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }

    qsizetype stringEnd(qsizetype start) const
    {
        qsizetype i = start + 1;
        while (i < m_text.size() && m_text[i] != '"') {
            if (m_text[i] == '\\')
                ++i;
            ++i;
        }
        return i + 1;
    }

    void value(Node& node)
    {
        node.start = m_pos;
        const char c = m_text[m_pos];
        if (c == '{') {
            node.isObject = true;
            ++m_pos;
            skipSpace();
            while (m_pos < m_text.size() && m_text[m_pos] != '}') {
                Node::Member member;
                member.keyStart = m_pos;
                const qsizetype keyEnd = stringEnd(m_pos);
                const QByteArray quoted = m_text.mid(m_pos, keyEnd - m_pos);
                member.key = QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString();
                m_pos = keyEnd;
                skipSpace();
                ++m_pos; // ':'
                skipSpace();
                node.owned.push_back(std::make_unique<Node>());
                member.value = node.owned.back().get();
                value(*member.value);
                node.members.push_back(member);
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos; // '}'
        } else if (c == '[') {
            ++m_pos;
            skipSpace();
            while (m_pos < m_text.size() && m_text[m_pos] != ']') {
                Node element;
                value(element);
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos; // ']'
        } else if (c == '"') {
            m_pos = stringEnd(m_pos);
        } else {
            while (m_pos < m_text.size() && !isDelimiter(m_text[m_pos]))
                ++m_pos;
        }
        node.end = m_pos;
    }

    const QByteArray& m_text;
    qsizetype m_pos = 0;
};

/// The whitespace before \a pos on its line, when only whitespace precedes it; else empty.
QByteArray lineIndent(const QByteArray& text, qsizetype pos)
{
    qsizetype start = pos;
    while (start > 0 && text[start - 1] != '\n')
        --start;
    const QByteArray before = text.mid(start, pos - start);
    for (const char c : before) {
        if (c != ' ' && c != '\t')
            return {};
    }
    return before;
}

/// The indentation of the whole line \a pos is on.
QByteArray leadingIndentOfLine(const QByteArray& text, qsizetype pos)
{
    qsizetype start = pos;
    while (start > 0 && text[start - 1] != '\n')
        --start;
    qsizetype end = start;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t'))
        ++end;
    return text.mid(start, end - start);
}

/// One level of indentation as the file uses it (four spaces when it does not tell).
QByteArray indentUnit(const QByteArray& text, const Node& root)
{
    if (root.isObject && !root.members.empty()) {
        const QByteArray indent = lineIndent(text, root.members.front().keyStart);
        if (!indent.isEmpty())
            return indent;
    }
    return QByteArrayLiteral("    ");
}

QByteArray quoted(const QString& key)
{
    const QByteArray array = QJsonDocument(QJsonArray { key }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray compact(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

/// \a value as JSON text placed at a line indented by \a indent, nested levels indented by \a unit.
QByteArray serialize(const QJsonValue& value, const QByteArray& indent, const QByteArray& unit)
{
    if (!value.isObject() && !value.isArray())
        return compact(value);
    const QByteArray text = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    QByteArray out;
    const QList<QByteArray> lines = text.trimmed().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        qsizetype spaces = 0;
        while (spaces < line.size() && line[spaces] == ' ')
            ++spaces;
        if (i > 0) {
            out += '\n';
            out += indent;
        }
        // QJsonDocument indents by four spaces; use the file's own unit instead.
        for (qsizetype level = 0; level < spaces / 4; ++level)
            out += unit;
        out += line.mid(spaces);
    }
    return out;
}

QJsonValue wrap(const QStringList& path, qsizetype from, const QJsonValue& value)
{
    QJsonValue result = value;
    for (qsizetype i = path.size() - 1; i >= from; --i)
        result = QJsonObject { { path[i], result } };
    return result;
}

QString dotted(const QStringList& path, qsizetype count)
{
    return path.mid(0, count).join(QLatin1Char('.'));
}

} // namespace

bool ConfigFileEditor::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists()) {
        m_path = path;
        m_text = emptyConfiguration;
        m_original = emptyConfiguration;
        m_disk.clear();
        m_existed = false;
        m_diskKnown = true;
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray text = file.readAll();
    if (!setText(text, path, error))
        return false;
    m_disk = text;
    m_existed = true;
    m_diskKnown = true;
    return true;
}

bool ConfigFileEditor::setText(const QByteArray& input, const QString& path, QString* error)
{
    // An empty file is an empty configuration, as if it were missing.
    const QByteArray text = input.trimmed().isEmpty() ? emptyConfiguration : input;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qint64 line = 1;
        qint64 column = 1;
        for (qsizetype i = 0; i < parseError.offset && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        *error = tr("%1:%2:%3: malformed JSON (%4); fix it before changing settings from the app")
                     .arg(path)
                     .arg(line)
                     .arg(column)
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = tr("%1: expected a JSON object with a \"journey\" member").arg(path);
        return false;
    }
    m_path = path;
    m_text = text;
    m_original = text;
    m_diskKnown = false;
    return true;
}

QJsonValue ConfigFileEditor::value(const QStringList& path) const
{
    QJsonValue current = QJsonDocument::fromJson(m_text).object();
    for (const QString& key : path) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(key);
    }
    return current;
}

bool ConfigFileEditor::setValue(const QStringList& path, const QJsonValue& value, QString* error)
{
    if (path.isEmpty()) {
        *error = tr("no key given");
        return false;
    }
    const std::unique_ptr<Node> root = Scanner(m_text).parse();
    const QByteArray unit = indentUnit(m_text, *root);
    const Node* node = root.get();
    QByteArray edited = m_text;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const Node::Member* member = node->member(path[i]);
        if (member && i == path.size() - 1) {
            const QByteArray indent = leadingIndentOfLine(m_text, member->keyStart);
            edited.replace(member->value->start, member->value->end - member->value->start, serialize(value, indent, unit));
            break;
        }
        if (member) {
            if (!member->value->isObject) {
                *error = tr("%1 is not an object in %2").arg(dotted(path, i + 1), m_path);
                return false;
            }
            node = member->value;
            continue;
        }
        // Missing from here on: insert one member holding the rest of the path.
        const QJsonValue nested = wrap(path, i + 1, value);
        if (!node->members.empty()) {
            const Node::Member& last = node->members.back();
            const QByteArray indent = lineIndent(m_text, last.keyStart);
            const bool multiline = m_text.mid(node->start, node->members.front().keyStart - node->start).contains('\n');
            QByteArray insertion;
            if (multiline)
                insertion = ",\n" + indent + quoted(path[i]) + ": " + serialize(nested, indent, unit);
            else
                insertion = ", " + quoted(path[i]) + ": " + compact(nested);
            edited.insert(last.value->end, insertion);
        } else {
            const QByteArray outer = leadingIndentOfLine(m_text, node->start);
            const QByteArray inner = outer + unit;
            const QByteArray interior = '\n' + inner + quoted(path[i]) + ": " + serialize(nested, inner, unit) + '\n' + outer;
            edited.replace(node->start + 1, node->end - node->start - 2, interior);
        }
        break;
    }
    if (QJsonDocument::fromJson(edited).isNull()) {
        *error = tr("could not change %1 in %2 without breaking the file").arg(dotted(path, path.size()), m_path);
        return false;
    }
    m_text = edited;
    return true;
}

bool ConfigFileEditor::remove(const QStringList& path, QString* error)
{
    if (path.isEmpty()) {
        *error = tr("no key given");
        return false;
    }
    const std::unique_ptr<Node> root = Scanner(m_text).parse();
    const Node* node = root.get();
    for (qsizetype i = 0; i < path.size() - 1; ++i) {
        const Node::Member* member = node->member(path[i]);
        if (!member || !member->value->isObject)
            return true;
        node = member->value;
    }
    qsizetype index = -1;
    for (qsizetype k = qsizetype(node->members.size()) - 1; k >= 0; --k) {
        if (node->members[size_t(k)].key == path.last()) {
            index = k;
            break;
        }
    }
    if (index < 0)
        return true;
    QByteArray edited = m_text;
    const auto& members = node->members;
    const size_t k = size_t(index);
    if (k + 1 < members.size()) {
        edited.remove(members[k].keyStart, members[k + 1].keyStart - members[k].keyStart);
    } else if (k > 0) {
        edited.remove(members[k - 1].value->end, members[k].value->end - members[k - 1].value->end);
    } else {
        edited.remove(node->start + 1, node->end - node->start - 2);
    }
    if (QJsonDocument::fromJson(edited).isNull()) {
        *error = tr("could not remove %1 from %2 without breaking the file").arg(dotted(path, path.size()), m_path);
        return false;
    }
    m_text = edited;
    return true;
}

QStringList ConfigFileEditor::providerPath(const QString& id, const QString& key)
{
    QStringList path { QStringLiteral("journey"), QStringLiteral("providers"), id };
    if (!key.isEmpty())
        path.append(key);
    return path;
}

QStringList ConfigFileEditor::providerIds() const
{
    const std::unique_ptr<Node> root = Scanner(m_text).parse();
    const Node* node = root.get();
    for (const QString& key : { QStringLiteral("journey"), QStringLiteral("providers") }) {
        const Node::Member* member = node->member(key);
        if (!member || !member->value->isObject)
            return {};
        node = member->value;
    }
    QStringList ids;
    for (const Node::Member& member : node->members) {
        if (!ids.contains(member.key))
            ids.append(member.key);
    }
    return ids;
}

QJsonObject ConfigFileEditor::provider(const QString& id) const
{
    return value(providerPath(id)).toObject();
}

bool ConfigFileEditor::check(JourneyConfig* config, QString* error) const
{
    JourneyConfig parsed;
    if (!JourneyConfig::parse(m_text, m_path, parsed, error))
        return false;
    if (config)
        *config = parsed;
    return true;
}

bool ConfigFileEditor::save(QString* error)
{
    QFile current(m_path);
    if (m_diskKnown && current.exists() != m_existed) {
        *error = tr("%1 was created by someone else since it was read; reload it and make the change again").arg(m_path);
        return false;
    }
    if (m_diskKnown && m_existed) {
        if (!current.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(m_path, current.errorString());
            return false;
        }
        if (current.readAll() != m_disk) {
            *error = tr("%1 changed on disk since it was read; reload it and make the change again").arg(m_path);
            return false;
        }
        current.close();
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = tr("cannot create the folder for %1").arg(m_path);
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(m_text);
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_original = m_text;
    m_disk = m_text;
    m_existed = true;
    m_diskKnown = true;
    return true;
}

} // namespace Journey
