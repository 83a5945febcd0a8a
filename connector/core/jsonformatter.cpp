// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "jsonformatter.h"

#include <simdjson.h>

namespace Journey {

bool JsonFormatter::isValid(QByteArrayView json)
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    return !parser.parse(json.data(), size_t(json.size())).get(root);
}

QByteArray JsonFormatter::indent(QByteArrayView json, int width)
{
    if (!isValid(json))
        return json.toByteArray();
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    const auto newline = [&] {
        out.append('\n');
        out.append(QByteArray(depth * width, ' '));
    };
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        switch (c) {
        case '"': {
            const qsizetype start = i;
            ++i;
            while (i < n && json[i] != '"')
                i += json[i] == '\\' ? 2 : 1;
            out.append(json.data() + start, i - start + 1);
            break;
        }
        case '{':
        case '[': {
            // Keep empty containers on one line.
            qsizetype j = i + 1;
            while (j < n && (json[j] == ' ' || json[j] == '\n' || json[j] == '\r' || json[j] == '\t'))
                ++j;
            if (j < n && (json[j] == '}' || json[j] == ']')) {
                out.append(c);
                out.append(json[j]);
                i = j;
                break;
            }
            out.append(c);
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out.append(c);
            break;
        case ',':
            out.append(',');
            newline();
            break;
        case ':':
            out.append(": ");
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

} // namespace Journey
