// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "jsonvaluepatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cstring>

namespace Journey {

namespace {

constexpr int maxDepth = 256;

constexpr bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

class Scanner
{
public:
    Scanner(QByteArrayView json, const JsonValuePatcher::Visitor& visitor, QByteArray& out)
        : m_p(json.data())
        , m_end(json.data() + json.size())
        , m_copied(json.data())
        , m_visitor(visitor)
        , m_out(out)
    { }

    bool run()
    {
        whitespace();
        if (!container(0))
            return false;
        whitespace();
        return m_p == m_end;
    }

    void finish() { m_out.append(m_copied, m_end - m_copied); }

    int replaced() const { return m_replaced; }

private:
    void whitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool string()
    {
        // m_p is at the opening quote.
        ++m_p;
        while (m_p < m_end) {
            const char* quote = static_cast<const char*>(std::memchr(m_p, '"', size_t(m_end - m_p)));
            if (!quote)
                return false;
            // An odd run of backslashes before the quote escapes it.
            const char* q = quote;
            while (q > m_p && q[-1] == '\\')
                --q;
            m_p = quote + 1;
            if ((quote - q) % 2 == 0)
                return true;
        }
        return false;
    }

    bool scalar(JsonValuePatcher::Kind& kind)
    {
        if (m_p >= m_end)
            return false;
        const char c = *m_p;
        if (c == '"') {
            kind = JsonValuePatcher::Kind::String;
            return string();
        }
        const char* start = m_p;
        if (c == '-' || (c >= '0' && c <= '9')) {
            kind = JsonValuePatcher::Kind::Number;
            while (m_p < m_end && isNumberChar(*m_p))
                ++m_p;
        } else {
            kind = JsonValuePatcher::Kind::Literal;
            while (m_p < m_end && *m_p >= 'a' && *m_p <= 'z')
                ++m_p;
            const QByteArrayView word(start, m_p - start);
            if (word != "true" && word != "false" && word != "null")
                return false;
        }
        return m_p > start;
    }

    /// Skips any value without visiting it: one pass with a stack of the open brackets, strings by memchr.
    bool skip(int depth)
    {
        if (m_p >= m_end)
            return false;
        if (*m_p != '{' && *m_p != '[') {
            JsonValuePatcher::Kind kind;
            return scalar(kind);
        }
        char open[maxDepth + 1];
        int level = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            switch (c) {
            case '"':
                if (!string())
                    return false;
                continue;
            case '{':
            case '[':
                if (depth + level >= maxDepth)
                    return false;
                open[level++] = c;
                break;
            case '}':
            case ']':
                if (level == 0 || open[level - 1] != (c == '}' ? '{' : '['))
                    return false;
                if (--level == 0) {
                    ++m_p;
                    return true;
                }
                break;
            default:
                break;
            }
            ++m_p;
        }
        return false;
    }

    /// An object or array whose members are visited; m_path is the path up to it.
    bool container(int depth)
    {
        if (m_p >= m_end || depth > maxDepth)
            return false;
        if (*m_p == '{')
            return object(depth);
        if (*m_p == '[')
            return array(depth);
        return false;
    }

    bool object(int depth)
    {
        ++m_p;
        whitespace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        const qsizetype pathLength = m_path.size();
        for (;;) {
            if (m_p >= m_end || *m_p != '"')
                return false;
            const char* keyBegin = m_p;
            if (!string())
                return false;
            const QByteArrayView key(keyBegin + 1, m_p - keyBegin - 2);
            whitespace();
            if (m_p >= m_end || *m_p != ':')
                return false;
            ++m_p;
            whitespace();
            if (m_p >= m_end)
                return false;
            if (pathLength > 0)
                m_path.append('/');
            m_path.append(key.data(), key.size());

            JsonValuePatcher::Member member;
            member.path = m_path;
            member.key = key;
            if (*m_p == '{' || *m_p == '[') {
                member.kind = *m_p == '{' ? JsonValuePatcher::Kind::Object : JsonValuePatcher::Kind::Array;
                m_replacement.clear();
                const JsonValuePatcher::Action action = m_visitor(member, m_replacement);
                if (action == JsonValuePatcher::Action::Skip ? !skip(depth + 1) : !container(depth + 1))
                    return false;
            } else {
                const char* valueBegin = m_p;
                if (!scalar(member.kind))
                    return false;
                member.raw = QByteArrayView(valueBegin, m_p - valueBegin);
                m_replacement.clear();
                if (m_visitor(member, m_replacement) == JsonValuePatcher::Action::Replace) {
                    m_out.append(m_copied, valueBegin - m_copied);
                    m_out.append(m_replacement);
                    m_copied = m_p;
                    ++m_replaced;
                }
            }
            m_path.truncate(pathLength);
            whitespace();
            if (m_p >= m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                whitespace();
                continue;
            }
            if (*m_p != '}')
                return false;
            ++m_p;
            return true;
        }
    }

    bool array(int depth)
    {
        ++m_p;
        whitespace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        const qsizetype pathLength = m_path.size();
        if (pathLength > 0)
            m_path.append('/');
        m_path.append('*');
        for (;;) {
            if (m_p >= m_end)
                return false;
            if (*m_p == '{' || *m_p == '[') {
                if (!container(depth + 1))
                    return false;
            } else if (!skip(depth + 1)) {
                return false;
            }
            whitespace();
            if (m_p >= m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                whitespace();
                continue;
            }
            if (*m_p != ']')
                return false;
            ++m_p;
            m_path.truncate(pathLength);
            return true;
        }
    }

    const char* m_p;
    const char* m_end;
    const char* m_copied;
    const JsonValuePatcher::Visitor& m_visitor;
    QByteArray& m_out;
    QByteArray m_path;
    QByteArray m_replacement;
    int m_replaced = 0;
};

} // namespace

bool JsonValuePatcher::patch(QByteArrayView json, const Visitor& visitor, QByteArray& out, int* replaced)
{
    QByteArray result;
    result.reserve(json.size() + 64);
    Scanner scanner(json, visitor, result);
    if (!scanner.run())
        return false;
    scanner.finish();
    out = std::move(result);
    if (replaced)
        *replaced = scanner.replaced();
    return true;
}

QByteArray JsonValuePatcher::stringValue(QByteArrayView raw)
{
    if (raw.size() < 2 || raw.front() != '"' || raw.back() != '"')
        return {};
    const QByteArrayView inner = raw.sliced(1, raw.size() - 2);
    if (!inner.contains('\\'))
        return inner.toByteArray();
    // Rare (ids and timestamps seldom carry escapes): let Qt resolve them.
    const QByteArray wrapped = '[' + raw.toByteArray() + ']';
    const QJsonDocument document = QJsonDocument::fromJson(wrapped);
    return document.isArray() ? document.array().at(0).toString().toUtf8() : QByteArray();
}

QByteArray JsonValuePatcher::quoted(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    static constexpr char hex[] = "0123456789abcdef";
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 15]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}

} // namespace Journey
